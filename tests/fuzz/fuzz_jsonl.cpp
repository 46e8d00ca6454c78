// Fuzz target on the JSONL reader: any bytes as a JSONL stream -> InputReader -> Engine ->
// writers. Checks that every non-blank line yields exactly one record (nothing lost, nothing
// invented), that rejected lines carry an error, and the output invariants of each record.
// Built with libFuzzer when NEWSCLAIM_FUZZ is on, else replayed over corpus/fuzz_jsonl/.
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "input/reader.hpp"
#include "invariants.hpp"

namespace {

// Lines holding something other than spaces, tabs and CRs: the records the reader must yield.
size_t non_blank_lines(std::string_view s) {
  size_t count = 0;
  size_t pos = 0;
  while (pos < s.size()) {
    size_t nl = s.find('\n', pos);
    if (nl == std::string_view::npos) nl = s.size();
    const std::string_view line = s.substr(pos, nl - pos);
    count += line.find_first_not_of(" \t\r") != std::string_view::npos;
    pos = nl + 1;
  }
  return count;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace newsclaim;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  // The reader takes paths: give it the bytes as an in-memory file.
  const int fd = memfd_create("fuzz_jsonl", 0);
  if (fd < 0 || write(fd, data, size) != static_cast<ssize_t>(size)) fuzz::fail("memfd", "");
  InputOptions options;
  options.mode = InputMode::Jsonl;
  options.max_doc_bytes = 4096;  // small, so the too_large paths are reachable
  InputReader reader({"/proc/self/fd/" + std::to_string(fd)}, options);
  thread_local Worker worker;
  InputDoc doc;
  size_t records = 0;
  while (reader.next(doc)) {
    ++records;
    if (doc.skip_extraction && doc.errors.empty()) fuzz::fail("skipped record without an error", doc.id);
    const Analysis analysis = fuzz::engine().run(doc, worker);
    fuzz::check_analysis(analysis);
  }
  close(fd);
  // A leading gzip/zstd magic makes the reader decompress; then lines are not countable here.
  const bool compressed = size >= 2 && data[0] == 0x1f && data[1] == 0x8b;
  const bool zstd = size >= 4 && data[0] == 0x28 && data[1] == 0xb5 && data[2] == 0x2f && data[3] == 0xfd;
  if (!compressed && !zstd && records != non_blank_lines(bytes)) {
    fuzz::fail("records != non-blank lines", std::to_string(records) + " vs " + std::to_string(non_blank_lines(bytes)));
  }
  return 0;
}
