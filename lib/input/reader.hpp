// InputReader: turns the command line's inputs (files, directories, stdin; plain text or
// JSONL; optionally gzip/zstd compressed) into a stream of InputDoc, one per article.
// Every input record yields exactly one InputDoc: problems become its errors, never a skip.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "input/byte_stream.hpp"
#include "pipeline.hpp"

namespace newsclaim {

enum class InputMode { Auto, Text, Jsonl };

struct InputOptions {
  InputMode mode = InputMode::Auto;  // Auto: *.jsonl(.gz|.zst) files and stdin starting '{' are JSONL
  std::string text_field = "text";
  std::string id_field = "id";
  std::string published_field = "published";
  std::string glob;                  // directory walks keep files whose name matches (fnmatch)
  size_t max_doc_bytes = 8u << 20;   // larger documents (JSONL lines > 2x this) become too_large error records
};

// Parses one JSONL line into doc (id defaults to fallback_id). Never fails: a bad line
// gives a doc with a "bad_record" error and skip_extraction set.
void parse_jsonl_record(const std::string& line, const InputOptions& options,
                        const std::string& fallback_id, InputDoc& doc);

class InputReader {
 public:
  InputReader(std::vector<std::string> paths, InputOptions options);
  // The next document; false when all inputs are done.
  bool next(InputDoc& doc);
  // Sum of the sizes of the named regular files (0 when unknown, e.g. stdin).
  size_t known_total_bytes() const { return total_bytes_; }
  // Bytes consumed from the inputs so far.
  size_t bytes_read() const { return bytes_done_ + (stream_ ? stream_->raw_bytes_read() : 0); }
  // Inputs that could not be opened or listed (also reported as error records).
  size_t failed_inputs() const { return failed_; }
  // True once any input has been read as JSONL (decides the default output format).
  bool saw_jsonl() const { return saw_jsonl_; }

 private:
  void expand_paths(const std::vector<std::string>& paths);
  bool open_next();
  void close_stream();
  bool is_jsonl_path(const std::string& path) const;
  size_t line_limit() const;
  static void error_doc(InputDoc& doc, const std::string& id, const char* code, const std::string& message);
  bool next_jsonl(InputDoc& doc, const std::string& display);
  void jsonl_record(InputDoc& doc, const std::string& display);
  void text_doc(InputDoc& doc, const std::string& display);
  bool sniff_stdin(InputDoc& doc, const std::string& display);

  InputOptions options_;
  std::vector<std::string> files_;
  std::vector<std::string> pending_errors_;  // paths whose listing failed: path \t message
  size_t next_file_ = 0;
  std::unique_ptr<ByteStream> stream_;
  std::string current_;
  bool current_jsonl_ = false;
  bool saw_jsonl_ = false;
  size_t line_no_ = 0;
  size_t total_bytes_ = 0;
  size_t bytes_done_ = 0;
  size_t failed_ = 0;
  std::string line_;
};

}  // namespace newsclaim
