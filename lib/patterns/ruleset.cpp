#include "patterns/ruleset.hpp"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "patterns/pattern_file.hpp"

namespace newsclaim {
namespace fs = std::filesystem;

Gazetteer::Gazetteer(std::shared_ptr<const std::string> text, std::vector<std::string> columns,
                     std::vector<TextSpan> cells)
    : text_(std::move(text)), columns_(std::move(columns)), cells_(std::move(cells)) {}

const std::vector<std::vector<std::string>>& Gazetteer::rows() const {
  std::call_once(lazy_->rows_once, [this] {
    const size_t n = size(), width = columns_.size();
    lazy_->rows.reserve(n);
    for (size_t r = 0; r < n; ++r) {
      auto& row = lazy_->rows.emplace_back();
      row.reserve(width);
      for (size_t c = 0; c < width; ++c) row.emplace_back(cell(r, c));
    }
  });
  return lazy_->rows;
}

std::optional<size_t> Gazetteer::column(std::string_view name) const {
  for (size_t i = 0; i < columns_.size(); ++i) {
    if (columns_[i] == name) return i;
  }
  return std::nullopt;
}

std::vector<const std::vector<std::string>*> Gazetteer::find(std::string_view key) const {
  const auto& all = rows();
  std::call_once(lazy_->index_once, [&] {
    lazy_->index.reserve(all.size());
    for (size_t i = 0; i < all.size(); ++i) {
      if (!all[i].empty()) lazy_->index.emplace(all[i][0], i);
    }
  });
  std::vector<const std::vector<std::string>*> out;
  auto [first, last] = lazy_->index.equal_range(std::string(key));
  for (auto it = first; it != last; ++it) out.push_back(&all[it->second]);
  return out;
}

namespace {

// One file as parsed: rules for a .re2 file, a table for a .tsv file, nothing otherwise.
struct ParsedFile {
  std::optional<Result<std::vector<CompiledRule>>> rules;
  std::optional<Result<GazetteerTable>> table;
};

// Parses every file on two threads, largest first (the places gazetteer alone is a third of
// the bytes); results in file order. Files parse independently: only assembling needs order.
std::vector<ParsedFile> parse_files(const std::vector<PatternFile>& files, const Defines& common, bool compile) {
  std::vector<ParsedFile> parsed(files.size());
  std::vector<size_t> order(files.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return files[a].content.size() > files[b].content.size(); });
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t k = next++; k < order.size(); k = next++) {
      const PatternFile& f = files[order[k]];
      if (f.path.ends_with(".re2")) parsed[order[k]].rules = parse_rule_file(f, common, compile);
      else if (f.path.ends_with(".tsv")) parsed[order[k]].table = parse_gazetteer_file(f);
    }
  };
  std::thread side(work);
  work();
  side.join();
  return parsed;
}

}  // namespace

// Assembles a Ruleset from parsed files; the only code that fills its private members.
class RulesetBuilder {
 public:
  std::optional<Error> add(const PatternFile& file, ParsedFile file_parsed) {
    const std::string folder = folder_of(file.path);
    if (file_parsed.rules) {
      auto& parsed = *file_parsed.rules;
      if (!parsed.ok()) return parsed.error();
      for (auto& rule : parsed.value()) {
        const std::string key = folder + "." + rule.name;
        if (!seen_in_file_.insert(file.path + "|" + key).second) {
          return Error{file.path + ":" + std::to_string(rule.line), "rule '" + rule.name + "' defined twice"};
        }
        if (!set_->rules_.count(key)) set_->rule_order_.push_back(key);
        set_->rules_[key] = std::make_unique<LazyRE2>(std::move(rule.pattern), pattern_options(), std::move(rule.re));
      }
      set_->sets_.push_back({file.path, file.origin, parsed.value().size()});
    } else if (file_parsed.table) {
      auto& table = *file_parsed.table;
      if (!table.ok()) return table.error();
      const std::string key = folder + "." + stem_of(file.path);
      GazetteerTable& t = table.value();
      const size_t rows = t.row_count();
      set_->gazetteers_.insert_or_assign(key, Gazetteer(std::move(t.text), std::move(t.columns), std::move(t.cells)));
      set_->sets_.push_back({file.path, file.origin, rows});
    }
    return std::nullopt;
  }
  std::shared_ptr<const Ruleset> finish(bool compiled_all) {
    set_->compiled_all_ = compiled_all;
    return std::move(set_);
  }

 private:
  static std::string folder_of(const std::string& path) {
    const auto slash = path.find('/');
    return slash == std::string::npos ? "common" : path.substr(0, slash);
  }
  static std::string stem_of(const std::string& path) {
    const auto slash = path.rfind('/');
    const std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    return name.substr(0, name.rfind('.'));
  }

  std::shared_ptr<Ruleset> set_ = std::make_shared<Ruleset>();
  std::set<std::string> seen_in_file_;
};

namespace {

bool is_pattern_path(std::string_view p) {
  return p.ends_with(".re2") || p.ends_with(".tsv");
}

std::vector<PatternFile> read_dir(const std::string& dir, std::vector<Error>& errors) {
  std::vector<PatternFile> files;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    errors.push_back({dir, "not a readable directory"});
    return files;
  }
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::end(it); it.increment(ec)) {
    if (!it->is_regular_file()) continue;
    const std::string rel = fs::relative(it->path(), dir).generic_string();
    if (!is_pattern_path(rel)) continue;
    std::ifstream in(it->path(), std::ios::binary);
    if (!in) {
      errors.push_back({it->path().string(), "cannot read file"});
      continue;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    files.push_back({rel, ss.str(), dir});
  }
  if (ec) errors.push_back({dir, ec.message()});
  // Directory order is arbitrary; sorted, errors and `patterns list` come out the same every run.
  std::sort(files.begin(), files.end(), [](const PatternFile& a, const PatternFile& b) { return a.path < b.path; });
  return files;
}

// A gazetteer overriding a built-in one must keep its header: the code reads its columns.
std::vector<Error> check_gazetteer_columns(const std::vector<PatternFile>& extra) {
  std::vector<Error> errors;
  for (const auto& user : extra) {
    if (!user.path.ends_with(".tsv")) continue;
    for (const auto& builtin : embedded_pattern_files()) {
      if (builtin.path != user.path) continue;
      auto mine = parse_gazetteer_file(user);
      auto theirs = parse_gazetteer_file(builtin);
      if (!mine.ok() || !theirs.ok()) continue;  // parse errors are reported elsewhere
      const auto& want = theirs.value().columns;
      const auto& got = mine.value().columns;
      if (got == want) continue;
      std::string known;
      for (const auto& c : want) known += (known.empty() ? "" : ", ") + c;
      std::string bad;
      for (const auto& c : got) {
        if (std::find(want.begin(), want.end(), c) == want.end()) bad = c;
      }
      errors.push_back({display_path(user) + ":" + std::to_string(mine.value().header_line),
                        (bad.empty() ? std::string("header columns differ from the built-in file")
                                     : "unknown field '" + bad + "'") +
                            " (expected columns: " + known + ")"});
    }
  }
  return errors;
}

// The effective file list: embedded files with same-path overrides replaced, new files added.
// common.re2 is the exception: the override's defines extend the built-in ones, which every
// built-in file still needs, so both copies stay (built-in first).
std::vector<PatternFile> merge(const std::vector<PatternFile>& base, std::vector<PatternFile> extra) {
  std::vector<PatternFile> out = base;
  for (auto& f : extra) {
    bool replaced = false;
    if (f.path == "common.re2") {
      out.push_back(std::move(f));
      continue;
    }
    for (auto& b : out) {
      if (b.path == f.path) {
        b = f;
        replaced = true;
      }
    }
    if (!replaced) out.push_back(std::move(f));
  }
  return out;
}

// An override must keep every rule and column the program relies on.
std::vector<Error> check_against_embedded(const Ruleset& user, const Ruleset& embedded, const std::string& dir) {
  std::vector<Error> errors;
  for (const auto& key : embedded.keys_with_prefix("")) {
    if (!user.has(key)) {
      errors.push_back({dir, "required rule '" + key + "' is missing (an override file must keep every built-in rule)"});
    }
  }
  return errors;
}

}  // namespace

Result<std::shared_ptr<const Ruleset>> Ruleset::from_files(const std::vector<PatternFile>& files) {
  return build(files, true);
}

Result<std::shared_ptr<const Ruleset>> Ruleset::build(const std::vector<PatternFile>& files, bool compile) {
  Defines common;
  for (const auto& f : files) {
    if (f.path == "common.re2") {
      auto d = parse_defines(f, common);
      if (!d.ok()) return d.error();
      common = std::move(d.value());
    }
  }
  std::vector<ParsedFile> parsed = parse_files(files, common, compile);
  RulesetBuilder builder;
  for (size_t i = 0; i < files.size(); ++i) {
    if (auto err = builder.add(files[i], std::move(parsed[i]))) return *err;  // the first bad file
  }
  return builder.finish(compile);
}

Result<std::shared_ptr<const Ruleset>> Ruleset::load(const std::string& override_dir) {
  // The embedded rules compile on first use: tests compile them all (from_files), and an
  // override directory is compiled in full below so that its errors name file:line.
  if (override_dir.empty()) return build(embedded_pattern_files(), false);
  std::vector<Error> errors;
  auto extra = read_dir(override_dir, errors);
  if (!errors.empty()) return errors.front();
  if (auto bad = check_gazetteer_columns(extra); !bad.empty()) return bad.front();
  auto loaded = from_files(merge(embedded_pattern_files(), std::move(extra)));
  if (!loaded.ok()) return loaded;
  auto embedded = build(embedded_pattern_files(), false);  // only its rule names are compared
  if (!embedded.ok()) return embedded.error();
  auto missing = check_against_embedded(*loaded.value(), *embedded.value(), override_dir);
  if (!missing.empty()) return missing.front();
  return loaded;
}

std::vector<Error> Ruleset::check_dir(const std::string& dir) {
  std::vector<Error> errors;
  auto extra = read_dir(dir, errors);
  if (!errors.empty()) return errors;
  Defines common;
  for (const auto& f : embedded_pattern_files()) {
    if (f.path != "common.re2") continue;
    auto d = parse_defines(f);
    if (d.ok()) common = std::move(d.value());
  }
  for (const auto& f : extra) {
    if (f.path == "common.re2") {
      auto d = parse_defines(f, common);
      if (!d.ok()) errors.push_back(d.error());
      else common = std::move(d.value());
    }
  }
  for (const auto& f : extra) {
    if (f.path.ends_with(".re2")) {
      auto parsed = parse_rule_file(f, common);
      if (!parsed.ok()) errors.push_back(parsed.error());
    } else {
      auto table = parse_gazetteer_file(f);
      if (!table.ok()) errors.push_back(table.error());
    }
  }
  for (auto& e : check_gazetteer_columns(extra)) errors.push_back(std::move(e));
  if (!errors.empty()) return errors;
  auto loaded = from_files(merge(embedded_pattern_files(), std::move(extra)));
  auto embedded = from_files(embedded_pattern_files());
  if (!loaded.ok()) return {loaded.error()};
  if (!embedded.ok()) return {embedded.error()};
  return check_against_embedded(*loaded.value(), *embedded.value(), dir);
}

const LazyRE2& Ruleset::rule(std::string_view key) const {
  auto it = rules_.find(key);
  if (it == rules_.end()) throw std::logic_error("no pattern rule '" + std::string(key) + "'");
  return *it->second;
}

const RE2& Ruleset::re(std::string_view key) const { return rule(key).get(); }

const std::string& Ruleset::pattern(std::string_view key) const { return rule(key).pattern(); }

bool Ruleset::has(std::string_view key) const { return rules_.find(key) != rules_.end(); }

std::vector<std::string> Ruleset::keys_with_prefix(std::string_view prefix) const {
  std::vector<std::string> out;
  for (const auto& key : rule_order_) {
    if (std::string_view(key).substr(0, prefix.size()) == prefix) out.push_back(key);
  }
  return out;
}

const Gazetteer& Ruleset::gazetteer(std::string_view key) const {
  auto it = gazetteers_.find(key);
  if (it == gazetteers_.end()) throw std::logic_error("no gazetteer '" + std::string(key) + "'");
  return it->second;
}

}  // namespace newsclaim
