#include "input/byte_stream.hpp"

#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#include <cerrno>
#include <cstring>

namespace newsclaim {

namespace {
constexpr size_t kChunk = 1 << 16;
}

struct ByteStream::Decoder {
  z_stream z{};
  bool z_open = false;
  ZSTD_DStream* zstd = nullptr;
  ~Decoder() {
    if (z_open) inflateEnd(&z);
    if (zstd) ZSTD_freeDStream(zstd);
  }
};

ByteStream::ByteStream(const std::string& path) : raw_(kChunk), buf_(kChunk) {
  if (path == "-") {
    file_ = stdin;
  } else {
    file_ = std::fopen(path.c_str(), "rb");
    owns_file_ = file_ != nullptr;
    if (!file_) {
      error_ = std::strerror(errno);
      eof_raw_ = true;
      return;
    }
  }
  detect();
}

ByteStream::~ByteStream() {
  if (owns_file_) std::fclose(file_);
}

// What read(2) gives now, up to n bytes; 0 only at the end of input or on an error. Not fread:
// it waits for all n bytes, so a line arriving on a pipe would wait for the next 64 KB.
size_t ByteStream::read_raw(char* dst, size_t n) {
  if (eof_raw_) return 0;
  const int fd = fileno(file_);
  while (true) {
    const ssize_t got = ::read(fd, dst, n);
    if (got > 0) {
      raw_read_ += static_cast<size_t>(got);
      return static_cast<size_t>(got);
    }
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) error_ = std::strerror(errno);
    eof_raw_ = true;
    return 0;
  }
}

void ByteStream::detect() {
  // The magic bytes need the first four bytes, which a pipe may deliver in pieces.
  constexpr size_t kMagicBytes = 4;
  raw_len_ = 0;
  while (raw_len_ < kMagicBytes) {
    const size_t got = read_raw(raw_.data() + raw_len_, raw_.size() - raw_len_);
    if (got == 0) break;
    raw_len_ += got;
  }
  const auto* b = reinterpret_cast<const unsigned char*>(raw_.data());
  if (raw_len_ >= 2 && b[0] == 0x1f && b[1] == 0x8b) {
    codec_ = Codec::Gzip;
    decoder_ = std::make_unique<Decoder>();
    decoder_->z_open = inflateInit2(&decoder_->z, 15 + 32) == Z_OK;
  } else if (raw_len_ >= 4 && b[0] == 0x28 && b[1] == 0xb5 && b[2] == 0x2f && b[3] == 0xfd) {
    codec_ = Codec::Zstd;
    decoder_ = std::make_unique<Decoder>();
    decoder_->zstd = ZSTD_createDStream();
    ZSTD_initDStream(decoder_->zstd);
  } else {
    std::memcpy(buf_.data(), raw_.data(), raw_len_);  // plain input: the first chunk is data
    len_ = raw_len_;
    raw_len_ = 0;
  }
}

const char* ByteStream::compression() const {
  return codec_ == Codec::Gzip ? "gzip" : codec_ == Codec::Zstd ? "zstd" : "none";
}

void ByteStream::inflate_step() {
  z_stream& z = decoder_->z;
  z.next_in = reinterpret_cast<Bytef*>(raw_.data() + raw_pos_);
  z.avail_in = static_cast<uInt>(raw_len_ - raw_pos_);
  z.next_out = reinterpret_cast<Bytef*>(buf_.data());
  z.avail_out = static_cast<uInt>(buf_.size());
  const int rc = inflate(&z, Z_NO_FLUSH);
  const bool progress = raw_len_ - z.avail_in > raw_pos_ || z.avail_out < buf_.size();
  raw_pos_ = raw_len_ - z.avail_in;
  len_ = buf_.size() - z.avail_out;
  if (progress) mid_frame_ = true;
  if (rc == Z_STREAM_END) {
    mid_frame_ = false;
    inflateReset(&z);  // concatenated gzip members
  } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
    error_ = "corrupt gzip data";
  }
}

void ByteStream::zstd_step() {
  ZSTD_inBuffer in{raw_.data(), raw_len_, raw_pos_};
  ZSTD_outBuffer out{buf_.data(), buf_.size(), 0};
  const size_t rc = ZSTD_decompressStream(decoder_->zstd, &out, &in);
  const bool progress = in.pos > raw_pos_ || out.pos > 0;
  raw_pos_ = in.pos;
  len_ = out.pos;
  if (ZSTD_isError(rc)) {
    error_ = std::string("corrupt zstd data: ") + ZSTD_getErrorName(rc);
  } else if (progress) {
    mid_frame_ = rc != 0;  // 0: a frame was completely decoded and flushed
  }
}

bool ByteStream::fill() {
  pos_ = len_ = 0;
  if (!error_.empty()) return false;
  if (codec_ == Codec::None) {
    len_ = read_raw(buf_.data(), buf_.size());
    return len_ > 0;
  }
  while (len_ == 0) {
    if (raw_pos_ == raw_len_) {
      raw_pos_ = 0;
      raw_len_ = read_raw(raw_.data(), raw_.size());
    }
    // Even with no input left the decoder may hold output that did not fit last time.
    const bool input_done = raw_pos_ == raw_len_;
    if (codec_ == Codec::Gzip) inflate_step();
    else zstd_step();
    if (!error_.empty()) return len_ > 0;
    if (len_ == 0 && input_done) {
      // Input ended inside a gzip member or zstd frame: the file was cut short.
      if (mid_frame_) error_ = std::string("truncated ") + compression() + " data";
      return false;
    }
  }
  return true;
}

bool ByteStream::getline(std::string& line, size_t limit) {
  line.clear();
  line_truncated_ = false;
  bool any = false;
  while (true) {
    if (pos_ == len_ && !fill()) return any;
    any = true;
    const char* start = buf_.data() + pos_;
    const void* nl = std::memchr(start, '\n', len_ - pos_);
    const size_t n = nl ? static_cast<size_t>(static_cast<const char*>(nl) - start) : len_ - pos_;
    append_limited(line, start, n, limit);
    pos_ += nl ? n + 1 : n;
    if (nl) return true;
  }
}

// Appends up to what limit allows; memory stays bounded by limit however long the line is.
void ByteStream::append_limited(std::string& line, const char* data, size_t n, size_t limit) {
  const size_t room = limit > line.size() ? limit - line.size() : 0;
  if (n > room) line_truncated_ = true;
  line.append(data, n < room ? n : room);
}

void ByteStream::read_all(std::string& out, size_t limit) {
  while (true) {
    if (pos_ == len_ && !fill()) return;
    const size_t n = len_ - pos_;
    if (out.size() + n > limit) {
      out.append(buf_.data() + pos_, limit - out.size());
      truncated_ = true;
      return;
    }
    out.append(buf_.data() + pos_, n);
    pos_ = len_;
  }
}

}  // namespace newsclaim
