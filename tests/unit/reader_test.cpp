// Input: ByteStream (plain, gzip, zstd; detected by content) and InputReader (files,
// directories, JSONL records). Every input record yields exactly one InputDoc.
#include "input/reader.hpp"

#include <doctest/doctest.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "input/byte_stream.hpp"

namespace newsclaim {
namespace {
namespace fs = std::filesystem;

struct TempDir {
  fs::path path;
  TempDir() {
    static int count = 0;
    path = fs::temp_directory_path() /
           ("newsclaim-reader-test-" + std::to_string(::getpid()) + "-" + std::to_string(++count));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
  std::string write(const std::string& rel, const std::string& content) const {
    fs::create_directories((path / rel).parent_path());
    std::ofstream(path / rel, std::ios::binary) << content;
    return (path / rel).string();
  }
};

std::string gzip(const std::string& data) {
  z_stream z{};
  REQUIRE(deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) == Z_OK);
  std::string out(deflateBound(&z, data.size()) + 32, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  REQUIRE(deflate(&z, Z_FINISH) == Z_STREAM_END);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

std::string zstd(const std::string& data) {
  std::string out(ZSTD_compressBound(data.size()), '\0');
  const size_t n = ZSTD_compress(out.data(), out.size(), data.data(), data.size(), 3);
  REQUIRE_FALSE(ZSTD_isError(n));
  out.resize(n);
  return out;
}

// Text that compresses to several input chunks and decodes to several output chunks.
std::string big_text() {
  std::string s;
  for (int i = 0; s.size() < 300000; ++i)
    s += "Line " + std::to_string(i * 7919 % 100003) + " of the report.\n";
  return s;
}

std::string read_all(const std::string& path, ByteStream** keep = nullptr) {
  static thread_local std::unique_ptr<ByteStream> stream;
  stream = std::make_unique<ByteStream>(path);
  std::string out;
  stream->read_all(out, 1u << 30);
  if (keep) *keep = stream.get();
  return out;
}

std::vector<InputDoc> read_docs(std::vector<std::string> paths, InputOptions options = {}) {
  InputReader reader(std::move(paths), std::move(options));
  std::vector<InputDoc> docs;
  InputDoc doc;
  while (reader.next(doc)) docs.push_back(doc);
  return docs;
}

std::string codes(const InputDoc& d) {
  std::string out;
  for (const auto& e : d.errors) out += (out.empty() ? "" : ",") + e.code;
  return out;
}

TEST_CASE("ByteStream decodes plain, gzip, zstd and concatenated gzip byte for byte") {
  TempDir dir;
  const std::string text = big_text();
  ByteStream* s = nullptr;
  CHECK(read_all(dir.write("plain.txt", text), &s) == text);
  CHECK(std::string(s->compression()) == "none");
  CHECK(read_all(dir.write("a.gz", gzip(text)), &s) == text);
  CHECK(std::string(s->compression()) == "gzip");
  CHECK(s->error().empty());
  CHECK(read_all(dir.write("a.bin", zstd(text)), &s) == text);  // detected by magic bytes, not name
  CHECK(std::string(s->compression()) == "zstd");
  CHECK(s->error().empty());
  CHECK(read_all(dir.write("two.gz", gzip("first\n") + gzip("second\n"))) == "first\nsecond\n");
  CHECK(read_all(dir.write("empty.txt", "")).empty());
}

TEST_CASE("ByteStream reports truncated and corrupt compressed data") {
  TempDir dir;
  const std::string gz = gzip(big_text()), zs = zstd(big_text());
  ByteStream* s = nullptr;
  read_all(dir.write("cut.gz", gz.substr(0, gz.size() / 2)), &s);
  CHECK(s->error() == "truncated gzip data");
  read_all(dir.write("cut.zst", zs.substr(0, zs.size() / 2)), &s);
  CHECK(s->error() == "truncated zstd data");
  read_all(dir.write("bad.gz", std::string("\x1f\x8b", 2) + "definitely not deflate data"), &s);
  CHECK_FALSE(s->error().empty());
  ByteStream missing((dir.path / "nope.txt").string());
  CHECK_FALSE(missing.error().empty());
}

TEST_CASE("ByteStream getline splits on LF and returns a last line without one") {
  TempDir dir;
  ByteStream s(dir.write("lines.gz", gzip("a\r\n\nlast")));
  std::string line;
  std::vector<std::string> lines;
  while (s.getline(line)) lines.push_back(line);
  CHECK(lines == std::vector<std::string>{"a\r", "", "last"});
}

TEST_CASE("read_all stops at the limit and says so") {
  TempDir dir;
  ByteStream s(dir.write("t.txt", "0123456789"));
  std::string out;
  s.read_all(out, 4);
  CHECK(out == "0123");
  CHECK(s.truncated());
}

TEST_CASE("parse_jsonl_record: fields, renamed fields, numeric ids, bad lines") {
  InputOptions o;
  InputDoc d;
  parse_jsonl_record(R"({"id": "a1", "text": "Caf\u00e9", "published": "2021-03-04T09:30:00Z"})", o, "f:1",
                     d);
  CHECK(d.id == "a1");
  CHECK(d.bytes == "Caf\xc3\xa9");
  CHECK(d.published == "2021-03-04T09:30:00Z");
  CHECK(d.errors.empty());
  parse_jsonl_record(R"({"id": 42, "text": "x"})", o, "f:2", d);
  CHECK(d.id == "42");
  parse_jsonl_record(R"({"text": "x"})", o, "f:3", d);
  CHECK(d.id == "f:3");
  o.text_field = "body";
  o.id_field = "doc";
  o.published_field = "date";
  parse_jsonl_record(R"({"doc": "b", "body": "y", "date": "2020-01-02", "text": "decoy"})", o, "f:4", d);
  CHECK((d.id == "b" && d.bytes == "y" && d.published == "2020-01-02"));
  for (const char* bad : {R"({"doc": "c", "body": 5})", R"({"doc": "c"})", "[1,2]", "{\"body\": \"cut", ""}) {
    parse_jsonl_record(bad, o, "f:5", d);
    CHECK(codes(d) == "bad_record");
    CHECK(d.skip_extraction);
  }
}

TEST_CASE("InputReader: one document per file, one per JSONL line, in order") {
  TempDir dir;
  const std::string a = dir.write("a.txt", "Plain article.\n");
  const std::string j =
      dir.write("b.jsonl", "{\"id\":\"x\",\"text\":\"one\"}\n\n{broken\n{\"id\":\"z\",\"text\":\"three\"}");
  const std::string g = dir.write("c.jsonl.gz", gzip("{\"id\":\"g\",\"text\":\"zipped\"}\n"));
  const auto docs = read_docs({a, j, (dir.path / "missing.txt").string(), g});
  REQUIRE(docs.size() == 6);
  CHECK((docs[0].id == a && docs[0].bytes == "Plain article.\n"));
  CHECK((docs[1].id == "x" && docs[1].bytes == "one"));
  CHECK((docs[2].id == j + ":3" && codes(docs[2]) == "bad_record"));  // blank line 2 is no record
  CHECK((docs[3].id == "z" && docs[3].bytes == "three"));
  CHECK((codes(docs[4]) == "unreadable" && docs[4].skip_extraction));
  CHECK((docs[5].id == "g" && docs[5].bytes == "zipped"));
}

TEST_CASE("InputReader: --input overrides detection by name") {
  TempDir dir;
  const std::string j = dir.write("b.jsonl", "{\"id\":\"x\",\"text\":\"one\"}\n");
  const std::string t = dir.write("c.txt", "{\"id\":\"y\",\"text\":\"two\"}\n");
  InputOptions text;
  text.mode = InputMode::Text;
  CHECK(read_docs({j}, text).at(0).id == j);
  InputOptions jsonl;
  jsonl.mode = InputMode::Jsonl;
  CHECK(read_docs({t}, jsonl).at(0).id == "y");
}

TEST_CASE("InputReader: directories recurse in sorted order, skip hidden files, apply --glob") {
  TempDir dir;
  dir.write("z.txt", "z");
  dir.write("sub/b.txt", "b");
  dir.write("sub/a.md", "a");
  dir.write(".hidden.txt", "h");
  InputOptions o;
  o.glob = "*.txt";
  const auto docs = read_docs({dir.path.string()}, o);
  REQUIRE(docs.size() == 2);
  CHECK(docs[0].id == (dir.path / "sub/b.txt").string());
  CHECK(docs[1].id == (dir.path / "z.txt").string());
  CHECK(read_docs({dir.path.string()}).size() == 3);
}

TEST_CASE("InputReader: binary files are flagged; larger than max_doc_bytes is a too_large record") {
  TempDir dir;
  const auto bin = read_docs({dir.write("x.bin", std::string("ab\0cd", 5))});
  CHECK((codes(bin.at(0)) == "binary" && bin.at(0).skip_extraction));
  InputOptions o;
  o.max_doc_bytes = 10;
  const auto big = read_docs({dir.write("big.txt", std::string(100, 'x'))}, o);
  REQUIRE(big.size() == 1);
  CHECK(codes(big.at(0)) == "too_large");
  CHECK(big.at(0).skip_extraction);
}

}  // namespace
}  // namespace newsclaim
