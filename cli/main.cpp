// newsclaim: parse the command line, run the chosen subcommand. All work is in run.cpp and lib/.
#include "options.hpp"
#include "run.hpp"

#if defined(NEWSCLAIM_WITH_MIMALLOC)
#include <mimalloc.h>

#include <string_view>

namespace {
// Start-up builds ~20 MB of tables and compiled rules; in 4 KiB pages that is ~5,000 page
// faults, a third of the empty-document start-up. Letting mimalloc ask for transparent huge
// pages (madvise mode, the Debian default) takes it to ~1,300. mimalloc reads its options when
// it initializes, before main(), so this runs from .preinit_array, ahead of every library's
// constructor. MIMALLOC_LARGE_OS_PAGES in the environment still decides, as mimalloc documents.
// (getenv cannot be used yet: the C library has not set up environ; the loader passes envp.)
void prefer_large_pages(int, char**, char** envp) {
  constexpr std::string_view kVar = "MIMALLOC_LARGE_OS_PAGES=";
  for (char** e = envp; e != nullptr && *e != nullptr; ++e)
    if (std::string_view(*e).starts_with(kVar)) return;
  mi_option_set(mi_option_large_os_pages, 1);
}
using PreinitFunction = void (*)(int, char**, char**);
[[gnu::section(".preinit_array"), gnu::used]] const PreinitFunction kPreferLargePages = prefer_large_pages;
}  // namespace
#endif

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
