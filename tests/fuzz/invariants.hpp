// Invariants every output record must satisfy, checked by the fuzz targets (and their ctest
// replays): spans inside the text and on code point boundaries, slice == text, items in text
// order, every writer's output valid UTF-8 and the JSON parseable. A violation aborts with a
// message, which libFuzzer turns into a saved crash input.
#pragma once
#include "pipeline.hpp"

namespace newsclaim::fuzz {

// The engine with the embedded patterns, built once per process.
const Engine& engine();

// Runs every writer over analysis and checks all invariants; aborts on the first violation.
void check_analysis(const Analysis& analysis);

// Prints what failed and aborts.
[[noreturn]] void fail(const char* what, const std::string& detail);

}  // namespace newsclaim::fuzz
