// newsclaim: parse the command line, run the chosen subcommand. All work is in run.cpp and lib/.
#include "options.hpp"
#include "run.hpp"

int main(int argc, char** argv) {
  CLI::App app{"newsclaim"};
  newsclaim::cli::Args args;
  newsclaim::cli::bind(app, args);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int rc = app.exit(e);
    return rc == 0 ? 0 : 2;
  }
  return newsclaim::cli::run(app, args);
}
