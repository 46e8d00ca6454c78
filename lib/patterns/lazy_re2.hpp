// A regex compiled on its first use, thread-safely: for rules a run may never need (the
// group-reading twins of the quotes stage), so that start-up does not pay for them.
#pragma once
#include <re2/re2.h>

#include <memory>
#include <mutex>
#include <string>
#include <utility>

namespace newsclaim {

class LazyRE2 {
 public:
  LazyRE2(std::string pattern, RE2::Options options) : pattern_(std::move(pattern)), options_(options) {}
  // The compiled regex; check ok() as for any RE2 (a pattern that compiled once compiles again).
  const RE2& get() const {
    std::call_once(once_, [this] { re_ = std::make_unique<RE2>(pattern_, options_); });
    return *re_;
  }

 private:
  std::string pattern_;
  RE2::Options options_;
  mutable std::once_flag once_;
  mutable std::unique_ptr<RE2> re_;
};

}  // namespace newsclaim
