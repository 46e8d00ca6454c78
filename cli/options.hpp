// The command line, in two layers: what the user typed (bound to CLI11 in options.cpp), then
// validated into library option objects in run.cpp.
#pragma once
#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace newsclaim::cli {

struct ExtractArgs {
  std::vector<std::string> paths;
  std::string input = "auto";
  std::string text_field = "text", id_field = "id", published_field = "published";
  std::string format;  // empty: json for one plain-text document, jsonl otherwise
  std::string published;
  std::string only;
  std::string currency_default;
  std::string date_order = "auto";
  std::string glob;
  std::string output_dir;
  size_t jobs = 0;  // 0: all cores
  size_t max_doc_bytes = 8u << 20;
  bool quiet = false;
  bool stats = false;
};

struct Args {
  std::string patterns_dir;
  ExtractArgs extract;
  std::string check_dir;
};

// Registers the subcommands and options on app; values land in args.
void bind(CLI::App& app, Args& args);

}  // namespace newsclaim::cli
