#include "run.hpp"

#include <fmt/format.h>
#include <poll.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <thread>

#include "batch.hpp"
#include "extract/anchor.hpp"
#include "input/reader.hpp"
#include "output/writer.hpp"
#include "patterns/ruleset.hpp"
#include "stage_times.hpp"

namespace newsclaim::cli {
namespace {

// The engine of this run, kept until the process exits: freeing its tables and compiled
// patterns one by one costs ~10 ms at exit, and the OS takes the memory back at once. Held
// here, not leaked, so leak checkers see it as reachable.
std::unique_ptr<Engine>* kept_engine = nullptr;

void keep_until_exit(std::unique_ptr<Engine> engine) {
  kept_engine = new std::unique_ptr<Engine>(std::move(engine));
}

constexpr int kOk = 0, kInputError = 1, kUsage = 2;

// Writes to stdout; a closed pipe ends the run quietly, other write errors are reported.
class Output {
 public:
  bool write(const std::string& s) {
    if (broken_ || failed_) return false;
    if (std::fwrite(s.data(), 1, s.size(), stdout) != s.size() || (s.empty() ? false : std::ferror(stdout))) {
      (errno == EPIPE ? broken_ : failed_) = true;
      if (failed_) error_ = std::strerror(errno);
      return false;
    }
    return true;
  }
  // Pushes what stdio holds to the file or pipe; false on a write error.
  bool flush() { return finish(); }
  bool finish() {
    if (!broken_ && !failed_ && std::fflush(stdout) != 0) {
      (errno == EPIPE ? broken_ : failed_) = true;
      if (failed_) error_ = std::strerror(errno);
    }
    return !failed_;
  }
  bool broken() const { return broken_; }
  const std::string& error() const { return error_; }

 private:
  bool broken_ = false, failed_ = false;
  std::string error_;
};

// True when fd has bytes to read right now (a read would not block).
bool input_waiting(int fd) {
  pollfd p{fd, POLLIN, 0};
  return ::poll(&p, 1, 0) > 0 && (p.revents & POLLIN) != 0;
}

Result<EngineOptions> engine_options(const Args& args) {
  const ExtractArgs& e = args.extract;
  EngineOptions o;
  o.patterns_dir = args.patterns_dir;
  o.max_doc_bytes = e.max_doc_bytes;
  o.date_order = e.date_order == "mdy" ? DateOrder::Mdy : e.date_order == "dmy" ? DateOrder::Dmy : DateOrder::Auto;
  if (!e.currency_default.empty()) {
    const bool letters = std::all_of(e.currency_default.begin(), e.currency_default.end(),
                                     [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; });
    if (e.currency_default.size() != 3 || !letters) {
      return Error{"--currency-default", "expects an ISO 4217 code such as USD, got '" + e.currency_default + "'"};
    }
    for (const char c : e.currency_default) o.currency_default.push_back(static_cast<char>(std::toupper(c)));
  }
  if (!e.published.empty()) {
    auto d = parse_publication_date(e.published);
    if (!d) return Error{"--published", "expects a date such as 2020-08-07, got '" + e.published + "'"};
    o.published_default = *d;
  }
  if (!e.only.empty()) {
    auto stages = parse_stages(e.only);
    if (!stages.ok()) return stages.error();
    o.only = stages.value();
  }
  return o;
}

InputOptions input_options(const ExtractArgs& e) {
  InputOptions o;
  o.mode = e.input == "jsonl" ? InputMode::Jsonl : e.input == "text" ? InputMode::Text : InputMode::Auto;
  o.text_field = e.text_field;
  o.id_field = e.id_field;
  o.published_field = e.published_field;
  o.glob = e.glob;
  o.max_doc_bytes = e.max_doc_bytes;
  return o;
}

void print_progress(const BatchStats& s, const InputReader& reader, std::chrono::steady_clock::time_point t0) {
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  const double mb = static_cast<double>(reader.bytes_read()) / 1e6;
  std::string line = fmt::format("\r{} documents, {:.1f} MB, {:.1f} MB/s", s.documents, mb, secs > 0 ? mb / secs : 0.0);
  if (reader.known_total_bytes() > 0 && mb > 0) {
    const double total = static_cast<double>(reader.known_total_bytes()) / 1e6;
    line += fmt::format(", ETA {:.0f} s", std::max(0.0, (total - mb) / (mb / secs)));
  }
  std::fputs((line + "   ").c_str(), stderr);
}

void print_stats(const BatchStats& s, double secs) {
  const double mb = static_cast<double>(s.bytes) / 1e6;
  std::fprintf(stderr,
               "newsclaim: %zu documents (%zu with errors), %.2f MB in %.2f s (%.1f MB/s, %.0f documents/s); "
               "entities %zu, money %zu, quantities %zu, percentages %zu, dates %zu, quotes %zu, claims %zu, "
               "contracts %zu\n",
               s.documents, s.documents_with_errors, mb, secs, secs > 0 ? mb / secs : 0.0,
               secs > 0 ? static_cast<double>(s.documents) / secs : 0.0, s.entities, s.money, s.quantities,
               s.percentages, s.dates, s.quotes, s.claims, s.contracts);
}

// Reports a record's errors on stderr, naming the document.
void report_errors(const Extraction& x) {
  for (const auto& e : x.errors) {
    std::fprintf(stderr, "newsclaim: %s: %s: %s\n", x.id.c_str(), e.code.c_str(), e.message.c_str());
  }
}

std::string safe_file_name(const std::string& id, size_t n, const std::string& extension) {
  std::string out;
  for (const char c : id) out.push_back(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' ? c : '_');
  if (out.size() > 80) out.resize(80);
  return fmt::format("{:05}-{}.{}", n, out, extension);
}

// Writes one file (normally an HTML page) for a document into dir, named after its id with the
// format's name as extension; false when it cannot be written.
bool write_page(const std::string& dir, const std::string& format_name, const Analysis& a, size_t n) {
  const Format format = *parse_format(format_name);
  std::string page;
  auto writer = make_writer(format);
  writer->begin(page);
  writer->write(a, page);
  writer->end(page);
  std::ofstream f(std::filesystem::path(dir) / safe_file_name(a.extraction.id, n, format_name), std::ios::binary);
  f << page;
  return static_cast<bool>(f);
}

int run_extract(const Args& args) {
  auto options = engine_options(args);
  if (!options.ok()) {
    std::fprintf(stderr, "newsclaim: %s\n", options.error().to_string().c_str());
    return kUsage;
  }
  auto engine = Engine::create(options.value());
  if (!engine.ok()) {
    std::fprintf(stderr, "newsclaim: %s\n", engine.error().to_string().c_str());
    return kUsage;
  }
  const ExtractArgs& e = args.extract;
  InputReader reader(e.paths, input_options(e));
  BatchOptions batch;
  batch.jobs = e.jobs ? e.jobs : std::max(1u, std::thread::hardware_concurrency());
  Output out;
  std::string buffer;
  size_t written = 0;
  const bool several_paths = e.paths.size() > 1 ||
                             (e.paths.size() == 1 && std::filesystem::is_directory(e.paths[0]));
  // The format is known once the first input has been opened (stdin may turn out to be JSONL),
  // which happens before any worker renders.
  auto format_name = [&]() -> std::string {
    if (!e.format.empty()) return e.format;
    if (!e.output_dir.empty()) return "html";  // --output-dir: one page per document
    return several_paths || reader.saw_jsonl() ? "jsonl" : "json";
  };
  auto format = [&] { return *parse_format(format_name()); };
  // Records render on the worker threads (one writer per record) when the format allows it;
  // otherwise, and for --output-dir pages, the sink renders them in order with one writer.
  // (Only an explicit --format can pick a stateful writer, so deciding before any input is read
  // is safe.)
  std::unique_ptr<Writer> writer;
  const bool parallel_render = e.output_dir.empty() && make_writer(format())->independent_records();
  if (parallel_render) {
    batch.render = [&](const Analysis& a, std::string& text) { make_writer(format())->write(a, text); };
  }
  auto sink = [&](const Analysis& a, const std::string& rendered) {
    report_errors(a.extraction);
    if (!e.output_dir.empty()) return write_page(e.output_dir, format_name(), a, written++);
    if (!writer) {
      writer = make_writer(format());
      writer->begin(buffer);
    }
    if (parallel_render) {
      buffer += rendered;
    } else {
      writer->write(a, buffer);
    }
    if (buffer.size() >= (1u << 16)) {
      const bool ok = out.write(buffer);
      buffer.clear();
      return ok;
    }
    return true;
  };
  // Reading a pipe, a record should not wait in the buffer for the next one to arrive: when
  // the output has caught up with the input and no more input is waiting, flush.
  const bool from_stdin = e.paths.empty() || std::find(e.paths.begin(), e.paths.end(), "-") != e.paths.end();
  if (from_stdin && e.output_dir.empty()) {
    batch.idle = [&] {
      if (buffer.empty() || input_waiting(STDIN_FILENO)) return;
      out.write(buffer);
      buffer.clear();
      out.flush();
    };
  }
  if (!e.output_dir.empty()) std::filesystem::create_directories(e.output_dir);
  const bool show_progress = !e.quiet && isatty(STDERR_FILENO);
  const auto t0 = std::chrono::steady_clock::now();
  const BatchStats stats = run_batch(reader, *engine.value(), batch, sink, [&](const BatchStats& s) {
    if (show_progress) print_progress(s, reader, t0);
  });
  keep_until_exit(std::move(engine.value()));
  if (show_progress) std::fputs("\n", stderr);
  if (writer) writer->end(buffer);
  out.write(buffer);
  if (!out.finish()) {
    std::fprintf(stderr, "newsclaim: cannot write output: %s\n", out.error().c_str());
    return kInputError;
  }
  if (e.stats) print_stats(stats, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  if (stage_times_enabled()) std::fputs(stage_times_report(stats.bytes).c_str(), stderr);
  return stats.documents_with_errors > 0 ? kInputError : kOk;
}

int run_patterns_list(const Args& args) {
  auto rules = Ruleset::load(args.patterns_dir);
  if (!rules.ok()) {
    std::fprintf(stderr, "newsclaim: %s\n", rules.error().to_string().c_str());
    return kUsage;
  }
  std::printf("%-40s %8s  %s\n", "file", "entries", "origin");
  for (const auto& s : rules.value()->sets()) {
    std::printf("%-40s %8zu  %s\n", s.path.c_str(), s.entries, s.origin.c_str());
  }
  return kOk;
}

int run_patterns_check(const Args& args) {
  const auto errors = Ruleset::check_dir(args.check_dir);
  for (const auto& e : errors) std::fprintf(stderr, "%s\n", e.to_string().c_str());
  if (errors.empty()) std::printf("%s: ok\n", args.check_dir.c_str());
  return errors.empty() ? kOk : kInputError;
}

}  // namespace

int run(const CLI::App& app, const Args& args) {
  std::signal(SIGPIPE, SIG_IGN);  // a closed pipe shows up as EPIPE and ends the run quietly
  if (app.got_subcommand("extract")) return run_extract(args);
  const auto* patterns = app.get_subcommand("patterns");
  if (patterns->got_subcommand("list")) return run_patterns_list(args);
  if (patterns->got_subcommand("check")) return run_patterns_check(args);
  return kUsage;
}

}  // namespace newsclaim::cli
