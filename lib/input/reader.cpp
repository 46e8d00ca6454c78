#include "input/reader.hpp"

#include <fnmatch.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "input/json_object.hpp"
#include "input/utf16.hpp"
#include "text/utf8.hpp"

namespace newsclaim {
namespace fs = std::filesystem;

namespace {

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// A number used as the id, spelled as nlohmann's dump() spelled it before (4.50 -> "4.5",
// 1e3 -> "1000.0"), so ids stay stable. Numeric ids are rare; this runs only for them.
std::string number_text(const std::string& token) {
  return nlohmann::json::parse(token, nullptr, /*allow_exceptions=*/false).dump();
}

// An id or date read from the record, as valid UTF-8 (output writes it back as JSON).
std::string valid_text(JsonField& field) {
  return field.invalid_bytes == 0 ? std::move(field.value) : utf8::decode(field.value).text;
}

}  // namespace

void parse_jsonl_record(const std::string& line, const InputOptions& options,
                        const std::string& fallback_id, InputDoc& doc) {
  doc = InputDoc{};
  doc.id = fallback_id;
  const std::string_view names[] = {options.id_field, options.published_field, options.text_field};
  JsonField fields[3];
  size_t stopped_at = 0;
  if (!read_json_object(line, names, fields, &stopped_at)) {
    doc.errors.push_back({"bad_record", "line is not a JSON object (reading stopped at byte " +
                                            std::to_string(stopped_at) + ")"});
    doc.skip_extraction = true;
    return;
  }
  using Kind = JsonField::Kind;
  JsonField& id = fields[0];
  if (id.kind == Kind::String) doc.id = valid_text(id);
  if (id.kind == Kind::Number) doc.id = number_text(id.value);
  if (fields[1].kind == Kind::String) doc.published = valid_text(fields[1]);
  JsonField& text = fields[2];
  if (text.kind != Kind::String) {
    doc.errors.push_back({"bad_record", "field '" + options.text_field + "' is " +
                                            (text.kind == Kind::Absent ? "missing" : "not a string")});
    doc.skip_extraction = true;
    return;
  }
  // Invalid UTF-8 bytes stay for the Document to replace and report, as in a text file.
  if (text.lone_surrogates > 0) {
    doc.errors.push_back({"invalid_utf16", std::to_string(text.lone_surrogates) +
                                               " unpaired surrogate escape(s) in field '" +
                                               options.text_field + "' replaced by U+FFFD"});
  }
  doc.bytes = std::move(text.value);
}

InputReader::InputReader(std::vector<std::string> paths, InputOptions options)
    : options_(std::move(options)) {
  if (paths.empty()) paths.push_back("-");
  expand_paths(paths);
}

void InputReader::expand_paths(const std::vector<std::string>& paths) {
  for (const auto& p : paths) {
    std::error_code ec;
    if (p != "-" && fs::is_directory(p, ec)) {
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(p, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::end(it); it.increment(ec)) {
        if (!it->is_regular_file(ec)) continue;
        const std::string name = it->path().filename().string();
        if (name.empty() || name[0] == '.') continue;
        if (!options_.glob.empty() && fnmatch(options_.glob.c_str(), name.c_str(), 0) != 0) continue;
        found.push_back(it->path().string());
      }
      if (ec) pending_errors_.push_back(p + "\t" + ec.message());
      std::sort(found.begin(), found.end());
      files_.insert(files_.end(), found.begin(), found.end());
    } else {
      files_.push_back(p);
    }
  }
  for (const auto& f : files_) {
    std::error_code ec;
    if (f != "-" && fs::is_regular_file(f, ec)) total_bytes_ += fs::file_size(f, ec);
  }
}

bool InputReader::is_jsonl_path(const std::string& path) const {
  if (options_.mode != InputMode::Auto) return options_.mode == InputMode::Jsonl;
  return ends_with(path, ".jsonl") || ends_with(path, ".jsonl.gz") || ends_with(path, ".jsonl.zst") ||
         ends_with(path, ".ndjson");
}

void InputReader::close_stream() {
  if (stream_) bytes_done_ += stream_->raw_bytes_read();
  stream_.reset();
}

bool InputReader::open_next() {
  close_stream();
  if (next_file_ >= files_.size()) return false;
  current_ = files_[next_file_++];
  stream_ = std::make_unique<ByteStream>(current_);
  current_jsonl_ = is_jsonl_path(current_);
  saw_jsonl_ = saw_jsonl_ || current_jsonl_;
  line_no_ = 0;
  return true;
}

// A record that stands for an input that yielded no text (counted as failed when unreadable).
void InputReader::error_doc(InputDoc& doc, const std::string& id, const char* code, const std::string& message) {
  doc = InputDoc{};
  doc.id = id;
  doc.errors.push_back({code, message});
  doc.skip_extraction = true;
}

size_t InputReader::line_limit() const { return 2 * options_.max_doc_bytes + 65536; }

// Reads the next line of a JSONL input into doc; false at the end of this input.
bool InputReader::next_jsonl(InputDoc& doc, const std::string& display) {
  while (stream_->getline(line_, line_limit())) {
    ++line_no_;
    if (line_.find_first_not_of(" \t\r") == std::string::npos) continue;  // blank lines are no records
    jsonl_record(doc, display);
    return true;
  }
  const std::string err = stream_->error();
  close_stream();
  if (err.empty()) return false;
  error_doc(doc, display + ":" + std::to_string(line_no_ + 1), "unreadable", "read error in " + display + ": " + err);
  ++failed_;
  return true;
}

// Turns line_ (line line_no_ of display) into doc; an overlong line is an error record.
void InputReader::jsonl_record(InputDoc& doc, const std::string& display) {
  const std::string id = display + ":" + std::to_string(line_no_);
  if (stream_->line_truncated()) {
    error_doc(doc, id, "too_large",
              "line is longer than " + std::to_string(line_limit()) + " bytes (2 x --max-doc-bytes + 64 KiB); not extracted");
    return;
  }
  parse_jsonl_record(line_, options_, id, doc);
}

// Reads the rest of a plain-text input as one document (UTF-16 with a BOM is transcoded).
void InputReader::text_doc(InputDoc& doc, const std::string& display) {
  stream_->read_all(doc.bytes, options_.max_doc_bytes + 1);
  if (!stream_->error().empty()) {
    doc.errors.push_back({"unreadable", "read error in " + display + ": " + stream_->error()});
    ++failed_;
  }
  if (doc.bytes.size() > options_.max_doc_bytes) {
    error_doc(doc, display, "too_large",
              display + " has more than --max-doc-bytes " + std::to_string(options_.max_doc_bytes) + " bytes; not extracted");
  } else if (has_utf16_bom(doc.bytes)) {
    std::string utf8;
    if (const size_t bad = utf16_to_utf8(doc.bytes, utf8)) {
      doc.errors.push_back({"invalid_utf16", std::to_string(bad) + " unpaired UTF-16 code unit(s) replaced by U+FFFD"});
    }
    doc.bytes = std::move(utf8);
  } else if (doc.bytes.find('\0') != std::string::npos) {
    doc.errors.push_back({"binary", display + " looks binary (contains NUL bytes); not extracted"});
    doc.skip_extraction = true;
  }
  close_stream();
}

// stdin in auto mode: JSONL when its first line is a JSON object, else one text document.
bool InputReader::sniff_stdin(InputDoc& doc, const std::string& display) {
  if (!stream_->getline(line_, line_limit())) return false;
  ++line_no_;
  const size_t first = line_.find_first_not_of(" \t\r");
  if (first != std::string::npos && line_[first] == '{') {
    current_jsonl_ = true;
    saw_jsonl_ = true;
    jsonl_record(doc, display);
    return true;
  }
  doc = InputDoc{};
  doc.id = display;
  doc.bytes = line_;
  if (!stream_->line_truncated()) doc.bytes += "\n";
  text_doc(doc, display);
  return true;
}

bool InputReader::next(InputDoc& doc) {
  if (!pending_errors_.empty()) {
    const std::string e = pending_errors_.back();
    pending_errors_.pop_back();
    const auto tab = e.find('\t');
    error_doc(doc, e.substr(0, tab), "unreadable", "cannot list directory: " + e.substr(tab + 1));
    ++failed_;
    return true;
  }
  while (true) {
    if (!stream_ && !open_next()) return false;
    const std::string display = current_ == "-" ? "stdin" : current_;
    if (!stream_->error().empty() && line_no_ == 0 && stream_->raw_bytes_read() == 0) {
      error_doc(doc, display, "unreadable", "cannot read " + display + ": " + stream_->error());
      ++failed_;
      close_stream();
      return true;
    }
    if (!current_jsonl_ && options_.mode == InputMode::Auto && current_ == "-" && line_no_ == 0) {
      if (sniff_stdin(doc, display)) return true;
    }
    if (current_jsonl_) {
      if (next_jsonl(doc, display)) return true;
      continue;
    }
    doc = InputDoc{};
    doc.id = display;
    text_doc(doc, display);
    return true;
  }
}

}  // namespace newsclaim
