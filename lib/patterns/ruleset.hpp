// Ruleset: every RE2 rule and gazetteer of patterns/, compiled once per process and shared,
// read-only, by all worker threads. Loaded from the copy embedded at build time, optionally
// overridden or extended file by file from a --patterns directory (same code path for both).
//
// File formats (documented for users in patterns/README.md):
//   *.re2  "name: regex" per rule; indented lines continue the previous rule; "define NAME: frag"
//          makes {NAME} usable in later rules; defines of common.re2 are visible in every file;
//          "#" starts a comment line. A rule is addressed as "<folder>.<name>" ("money.amount").
//   *.tsv  gazetteer: "#" comments, then a header row of column names, then tab-separated rows.
//          Addressed as "<folder>.<file stem>" ("entities.countries").
#pragma once
#include <re2/re2.h>

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/error.hpp"
#include "patterns/lazy_re2.hpp"

namespace newsclaim {

struct PatternFile {
  std::string path;     // relative to the patterns root, '/'-separated: "money/amounts.re2"
  std::string content;  // file text
  std::string origin;   // "embedded" or the directory it was read from
};

// Bytes [begin, begin + size) of a text: half the size of a string_view, for the ~200k cells
// of the built-in gazetteers.
struct TextSpan {
  uint32_t begin = 0, size = 0;
  bool operator==(const TextSpan&) const = default;
};

// A tab-separated table with named columns; rows are looked up by their first column. Cells
// are views into the table's own copy of its file text; the std::string rows and the lookup
// index are built on first use (thread-safe), so start-up pays only for one scan of the file.
class Gazetteer {
 public:
  // cells: rows.size() * columns.size() spans of *text, row after row.
  Gazetteer(std::shared_ptr<const std::string> text, std::vector<std::string> columns, std::vector<TextSpan> cells);
  const std::vector<std::string>& columns() const { return columns_; }
  size_t size() const { return columns_.empty() ? 0 : cells_.size() / columns_.size(); }
  // The cell of a row and column ("" for a cell the row leaves out); no copy.
  std::string_view cell(size_t row, size_t col) const {
    const TextSpan c = cells_[row * columns_.size() + col];
    return {text_->data() + c.begin, c.size};
  }
  // All rows as strings (built on the first call).
  const std::vector<std::vector<std::string>>& rows() const;
  // Index of a column by name; nullopt when absent.
  std::optional<size_t> column(std::string_view name) const;
  // Rows whose first column equals key exactly; empty when none.
  std::vector<const std::vector<std::string>*> find(std::string_view key) const;

 private:
  struct Lazy {  // what rows() and find() build on first use
    std::once_flag rows_once, index_once;
    std::vector<std::vector<std::string>> rows;
    std::unordered_multimap<std::string, size_t> index;
  };
  std::shared_ptr<const std::string> text_;
  std::vector<std::string> columns_;
  std::vector<TextSpan> cells_;
  std::unique_ptr<Lazy> lazy_ = std::make_unique<Lazy>();
};

struct PatternSetInfo {
  std::string path;    // "money/amounts.re2"
  std::string origin;  // "embedded" or a directory
  size_t entries = 0;  // rules or gazetteer rows
};

class Ruleset {
 public:
  // The embedded patterns, each file replaced or extended by the same path under
  // override_dir when it is non-empty. Fails with file:line on the first bad file.
  static Result<std::shared_ptr<const Ruleset>> load(const std::string& override_dir);
  // Loads exactly these files (tests use this with small frozen sets).
  // Every rule is compiled here, so a bad regex fails with its file:line.
  static Result<std::shared_ptr<const Ruleset>> from_files(const std::vector<PatternFile>& files);
  // Validates a user's pattern directory against the embedded set; all errors, one per entry.
  static std::vector<Error> check_dir(const std::string& dir);

  // The compiled rule "<folder>.<name>". Throws std::logic_error when it does not exist
  // (a programming error: loading guarantees every embedded rule is defined). Rules of the
  // embedded set are compiled on first use (thread-safe): many are only ever joined into a
  // combined pattern or set, which needs only their text.
  const RE2& re(std::string_view key) const;
  // The same rule, not compiled until its get(): for rules few documents reach, so that
  // start-up does not pay for them. Throws std::logic_error when it does not exist.
  const LazyRE2& lazy(std::string_view key) const { return rule(key); }
  // The rule's regex text, defines expanded (what re(key).pattern() returns), without compiling.
  const std::string& pattern(std::string_view key) const;
  bool has(std::string_view key) const;
  // Keys of all rules whose key starts with prefix, in file order.
  std::vector<std::string> keys_with_prefix(std::string_view prefix) const;
  // The gazetteer "<folder>.<stem>". Throws std::logic_error when absent.
  const Gazetteer& gazetteer(std::string_view key) const;
  const std::vector<PatternSetInfo>& sets() const { return sets_; }
  // Whether every rule was compiled at load (an override directory, or from_files): then a
  // stage compiles what it derives from the rules at start-up too, so that their errors show
  // there; the embedded rules are known to compile and may defer such work to first use.
  bool compiled_all() const { return compiled_all_; }

 private:
  // The embedded set (compile false) or any set (compile true: every rule compiled now).
  static Result<std::shared_ptr<const Ruleset>> build(const std::vector<PatternFile>& files, bool compile);
  // The rule (which may still have to compile); throws for an unknown key.
  const LazyRE2& rule(std::string_view key) const;

  std::map<std::string, std::unique_ptr<LazyRE2>, std::less<>> rules_;
  std::vector<std::string> rule_order_;
  std::map<std::string, Gazetteer, std::less<>> gazetteers_;
  std::vector<PatternSetInfo> sets_;
  bool compiled_all_ = false;
  friend class RulesetBuilder;
};

// The files embedded at build time (generated source).
const std::vector<PatternFile>& embedded_pattern_files();

}  // namespace newsclaim
