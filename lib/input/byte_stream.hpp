// ByteStream: bytes from a file or stdin, transparently decompressing gzip and zstd input
// (detected by magic bytes, not by name). Read errors are kept, never thrown.
#pragma once
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

namespace newsclaim {

class ByteStream {
 public:
  // Opens path ("-" is stdin). On failure the stream is at end and error() says why.
  explicit ByteStream(const std::string& path);
  ~ByteStream();
  ByteStream(const ByteStream&) = delete;
  ByteStream& operator=(const ByteStream&) = delete;

  // Sets line to the next line (without '\n'); false at end of input. A line longer than limit
  // keeps its first limit bytes, the rest is skipped and line_truncated() is set until the next call.
  bool getline(std::string& line, size_t limit = static_cast<size_t>(-1));
  bool line_truncated() const { return line_truncated_; }
  // Appends everything left; stops after limit bytes and sets truncated() when there is more.
  void read_all(std::string& out, size_t limit);
  bool truncated() const { return truncated_; }
  const std::string& error() const { return error_; }
  const char* compression() const;  // "gzip", "zstd" or "none"
  // Bytes consumed from the underlying file so far (compressed size for compressed input).
  size_t raw_bytes_read() const { return raw_read_; }

 private:
  bool fill();          // refills buf_ with decoded bytes; false at end
  void append_limited(std::string& line, const char* data, size_t n, size_t limit);
  size_t read_raw(char* dst, size_t n);
  void detect();

  void inflate_step();  // one gzip decoding step from raw_ into buf_
  void zstd_step();     // one zstd decoding step from raw_ into buf_

  FILE* file_ = nullptr;
  bool owns_file_ = false;
  std::string error_;
  bool truncated_ = false;
  bool line_truncated_ = false;
  bool eof_raw_ = false;
  enum class Codec { None, Gzip, Zstd } codec_ = Codec::None;
  std::vector<char> raw_;  // compressed input buffer
  size_t raw_pos_ = 0, raw_len_ = 0;
  std::vector<char> buf_;  // decoded bytes
  size_t pos_ = 0, len_ = 0;
  size_t raw_read_ = 0;
  bool mid_frame_ = false;  // compressed input: inside a gzip member or zstd frame
  struct Decoder;
  std::unique_ptr<Decoder> decoder_;
};

}  // namespace newsclaim
