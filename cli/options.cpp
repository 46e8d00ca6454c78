#include "options.hpp"

namespace newsclaim::cli {

namespace {

void bind_extract(CLI::App& app, Args& args) {
  auto* ex = app.add_subcommand("extract", "Extract facts from articles and print them as JSON, JSONL, TSV or HTML");
  ex->footer(
      "Examples:\n"
      "  newsclaim extract article.txt --published 2020-08-07\n"
      "  newsclaim extract --input jsonl archive.jsonl.gz --jobs 8 > facts.jsonl\n"
      "  cat article.txt | newsclaim extract - | jq '.claims[] | select(.score > 0.7)'\n"
      "  newsclaim extract samples/ --format tsv --only money,dates | cut -f2,5,6");
  ExtractArgs& e = args.extract;
  ex->add_option("paths", e.paths, "Files, directories (read recursively) or - for stdin (default: stdin)");
  ex->add_option("--input", e.input, "Input kind: auto (*.jsonl files and stdin starting with '{' are JSONL), text, jsonl")
      ->check(CLI::IsMember({"auto", "text", "jsonl"}))
      ->capture_default_str();
  ex->add_option("--text-field", e.text_field, "JSONL field holding the article text")->capture_default_str();
  ex->add_option("--id-field", e.id_field, "JSONL field holding the document id")->capture_default_str();
  ex->add_option("--published-field", e.published_field, "JSONL field holding the publication date (any common format)")
      ->capture_default_str();
  ex->add_option("--format,-f", e.format,
                 "Output: json (pretty), jsonl (one line per document), tsv (one row per item), html "
                 "(default: json for one plain-text document, else jsonl)")
      ->check(CLI::IsMember({"json", "jsonl", "tsv", "html"}));
  ex->add_option("--published", e.published,
                 "Publication date YYYY-MM-DD anchoring relative dates, for documents whose input gives none "
                 "(e.g. --published 2020-08-07)");
  ex->add_option("--only", e.only,
                 "Comma-separated extractors to run: entities, money, quantities, percentages, dates, quotes, "
                 "claims, contracts (with what they depend on), e.g. --only money,dates");
  ex->add_option("--currency-default", e.currency_default,
                 "ISO 4217 code for a bare '$' that nothing in the article decides, e.g. --currency-default USD");
  ex->add_option("--date-order", e.date_order, "Numeric dates like 03/04/2020: auto, mdy or dmy")
      ->check(CLI::IsMember({"auto", "mdy", "dmy"}))
      ->capture_default_str();
  ex->add_option("--glob", e.glob, "With directories: only files whose name matches, e.g. --glob '*.txt'");
  ex->add_option("--jobs,-j", e.jobs, "Worker threads (default: all cores); output order is input order");
  ex->add_option("--max-doc-bytes", e.max_doc_bytes, "Larger documents yield an error record instead of facts")
      ->capture_default_str();
  ex->add_option("--output-dir", e.output_dir, "With --format html: one page per document in this directory");
  ex->add_flag("--quiet,-q", e.quiet, "No progress on stderr");
  ex->add_flag("--stats", e.stats, "Print a summary (documents, errors, items per kind, MB/s) on stderr at the end");
}

void bind_patterns(CLI::App& app, Args& args) {
  auto* pat = app.add_subcommand("patterns", "Inspect or validate pattern sets");
  pat->require_subcommand(1);
  pat->add_subcommand("list", "List the pattern files in use and where they came from (embedded or --patterns DIR)")
      ->footer("Example:\n  newsclaim patterns list --patterns my-patterns/");
  auto* check = pat->add_subcommand("check", "Validate a pattern directory; errors are printed as file:line: message");
  check->add_option("dir", args.check_dir, "Directory laid out like patterns/ (same relative paths)")->required();
  check->footer("Example:\n  newsclaim patterns check my-patterns/");
}

}  // namespace

void bind(CLI::App& app, Args& args) {
  app.description(
      "newsclaim turns news article text into structured, checkable facts: entities, money, dates, "
      "quantities, quotes, claims and contract awards, each with code point offsets.");
  app.set_version_flag("--version,-V", std::string("newsclaim ") + NEWSCLAIM_VERSION);
  app.add_option("--patterns", args.patterns_dir,
                 "Directory overriding or extending the built-in patterns (same relative paths as patterns/)")
      ->check(CLI::ExistingDirectory);
  app.require_subcommand(1);
  // Subcommands inherit this: --patterns DIR is accepted after "extract" or "patterns list" too.
  app.fallthrough();
  app.footer("Run 'newsclaim extract --help' for extraction options.\nExample:\n  newsclaim extract article.txt --published 2020-08-07");
  bind_extract(app, args);
  bind_patterns(app, args);
}

}  // namespace newsclaim::cli
