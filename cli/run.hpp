// Runs a parsed command line: validates options into library objects, streams inputs through
// the engine and writes records. Returns the exit status (0 ok, 1 some input failed, 2 usage).
#pragma once
#include "options.hpp"

namespace newsclaim::cli {

int run(const CLI::App& app, const Args& args);

}  // namespace newsclaim::cli
