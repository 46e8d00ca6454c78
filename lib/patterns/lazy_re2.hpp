// A regex compiled on its first use, thread-safely: for rules a run may never need (the
// embedded rules of a Ruleset, the group-reading twins of the quotes stage), so that start-up
// does not pay for them.
#pragma once
#include <re2/re2.h>

#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <utility>

namespace newsclaim {

class LazyRE2 {
 public:
  // compiled, when given, is pattern already compiled with options (then get() returns it).
  LazyRE2(std::string pattern, RE2::Options options, std::unique_ptr<RE2> compiled = nullptr)
      : pattern_(std::move(pattern)), options_(options), re_(std::move(compiled)), ready_(re_.get()) {}
  // The compiled regex; check ok() as for any RE2 (a pattern that compiled once compiles again).
  // Once compiled, one atomic load: std::call_once sets thread-local state on every call, and
  // the stages ask for their rules per sentence.
  const RE2& get() const {
    if (const RE2* re = ready_.load(std::memory_order_acquire)) return *re;
    std::call_once(once_, [this] {
      if (!re_) re_ = std::make_unique<RE2>(pattern_, options_);
      ready_.store(re_.get(), std::memory_order_release);
    });
    return *re_;
  }
  // The regex text, without compiling it.
  const std::string& pattern() const { return pattern_; }

 private:
  std::string pattern_;
  RE2::Options options_;
  mutable std::once_flag once_;
  mutable std::unique_ptr<RE2> re_;
  mutable std::atomic<const RE2*> ready_;  // re_ once compiled, else null
};

}  // namespace newsclaim
