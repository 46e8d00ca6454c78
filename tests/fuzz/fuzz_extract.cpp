// Fuzz target on the library entry point: any bytes -> Document -> every extractor -> every
// writer, checking the output invariants (tests/fuzz/invariants.hpp). Built with libFuzzer when
// NEWSCLAIM_FUZZ is on, otherwise as a replay test over tests/fuzz/corpus/fuzz_extract/.
#include <cstddef>
#include <cstdint>
#include <string>

#include "invariants.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace newsclaim;
  thread_local Worker worker;
  InputDoc input;
  input.id = "fuzz";
  input.bytes.assign(reinterpret_cast<const char*>(data), size);
  // A fixed anchor half the time, so date resolution runs both with and without one.
  if (size % 2 == 0) input.published = "2020-08-07";
  const Analysis analysis = fuzz::engine().run(input, worker);
  if (analysis.extraction.id != "fuzz") fuzz::fail("id lost", analysis.extraction.id);
  fuzz::check_analysis(analysis);
  return 0;
}
