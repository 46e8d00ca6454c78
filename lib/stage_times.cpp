#include "stage_times.hpp"

#include <fmt/format.h>

#include <array>
#include <atomic>
#include <cstdlib>

namespace newsclaim {
namespace {

constexpr size_t kStages = static_cast<size_t>(TimedStage::Count);
constexpr std::array<const char*, kStages> kNames = {"read+parse input", "decode+normalize", "layout+boilerplate",
                                                      "entities", "money", "dates", "quotes", "claims", "contracts",
                                                      "render output"};
std::array<std::atomic<long long>, kStages> g_nanos{};

}  // namespace

bool stage_times_enabled() {
  static const bool on = [] {
    const char* v = std::getenv("NEWSCLAIM_PROFILE_STAGES");
    return v && *v && std::string(v) != "0";
  }();
  return on;
}

void add_stage_time(TimedStage stage, std::chrono::steady_clock::duration elapsed) {
  g_nanos[static_cast<size_t>(stage)] += std::chrono::duration_cast<std::chrono::nanoseconds>(elapsed).count();
}

std::string stage_times_report(size_t bytes) {
  long long total = 0;
  for (const auto& n : g_nanos) total += n;
  std::string out = fmt::format("{:<20} {:>9} {:>7} {:>10}\n", "stage", "seconds", "share", "MB/s");
  for (size_t i = 0; i < kStages; ++i) {
    const double s = static_cast<double>(g_nanos[i]) / 1e9;
    out += fmt::format("{:<20} {:>9.3f} {:>6.1f}% {:>10.1f}\n", kNames[i], s,
                       total ? 100.0 * static_cast<double>(g_nanos[i]) / static_cast<double>(total) : 0.0,
                       s > 0 ? static_cast<double>(bytes) / 1e6 / s : 0.0);
  }
  const double all = static_cast<double>(total) / 1e9;
  out += fmt::format("{:<20} {:>9.3f} {:>6.1f}% {:>10.1f}\n", "total (all threads)", all, 100.0,
                     all > 0 ? static_cast<double>(bytes) / 1e6 / all : 0.0);
  return out;
}

}  // namespace newsclaim
