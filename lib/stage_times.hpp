// Per-stage CPU profile: with NEWSCLAIM_PROFILE_STAGES=1 in the environment, the pipeline and
// the batch runner add up the time each stage takes over all threads, and the CLI prints the
// table on stderr at the end (a benchmark aid; off and nearly free otherwise).
#pragma once
#include <chrono>
#include <cstddef>
#include <string>

namespace newsclaim {

enum class TimedStage : size_t { Read, Text, Layout, Entities, Money, Dates, Quotes, Claims, Contracts, Render, Count };

// True when NEWSCLAIM_PROFILE_STAGES is set to something other than "" or "0".
bool stage_times_enabled();

// Adds elapsed time to stage (thread-safe).
void add_stage_time(TimedStage stage, std::chrono::steady_clock::duration elapsed);

// The table: seconds and share per stage, and MB/s when bytes > 0.
std::string stage_times_report(size_t bytes);

// Measures consecutive stages: lap(stage) charges the time since the previous lap to stage.
class StageClock {
 public:
  StageClock() : on_(stage_times_enabled()), last_(on_ ? std::chrono::steady_clock::now() : std::chrono::steady_clock::time_point{}) {}
  void lap(TimedStage stage) {
    if (!on_) return;
    const auto now = std::chrono::steady_clock::now();
    add_stage_time(stage, now - last_);
    last_ = now;
  }

 private:
  bool on_;
  std::chrono::steady_clock::time_point last_;
};

}  // namespace newsclaim
