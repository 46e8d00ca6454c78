// Error values returned by loading and parsing (patterns, inputs). Extraction never fails:
// problems with a document become DocError entries in its Extraction.
#pragma once
#include <string>
#include <utility>
#include <variant>

namespace newsclaim {

// A load/parse failure with its location ("patterns/money/amounts.re2:12: missing ':'").
struct Error {
  std::string where;    // file[:line], or empty
  std::string message;  // human-readable, no trailing newline
  std::string to_string() const { return where.empty() ? message : where + ": " + message; }
};

// Either a value or an Error; callers test ok() before value().
template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}          // NOLINT: implicit by design
  Result(Error error) : v_(std::move(error)) {}      // NOLINT
  bool ok() const { return v_.index() == 0; }
  T& value() { return std::get<0>(v_); }
  const T& value() const { return std::get<0>(v_); }
  const Error& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

}  // namespace newsclaim
