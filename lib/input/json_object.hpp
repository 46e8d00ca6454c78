// The JSONL record reader's JSON parser: validates one line as a JSON value and picks a few
// top-level fields out of it, without building a document tree (a tree per line cost more
// than all other input work together). The grammar is RFC 8259's, as nlohmann::json::parse
// reads it (a leading UTF-8 BOM is skipped; numbers must be finite as doubles). Where
// nlohmann refused a whole line for its text, we keep the text: invalid UTF-8 bytes inside a
// string pass through as they are, and a surrogate escape outside a high-low pair becomes
// U+FFFD; both are counted, so the reader can report them and still extract.
#pragma once
#include <cstddef>
#include <span>
#include <string>
#include <string_view>

namespace newsclaim {

// One wanted top-level field: what the line's object holds under its name.
struct JsonField {
  enum class Kind { Absent, String, Number, Other };
  Kind kind = Kind::Absent;
  std::string value;           // String: the unescaped text; Number: the number as written
  size_t invalid_bytes = 0;    // String: bytes in value that start no UTF-8 sequence (kept as read)
  size_t lone_surrogates = 0;  // String: unpaired \uD800-\uDFFF escapes, each now U+FFFD
};

// Parses line as one JSON value. False when it is not valid JSON or not an object (then
// *stopped_at, when given, is the byte offset where reading stopped); else fields[i]
// describes the object's value for key names[i] (the last one when a key repeats, as in
// nlohmann). names and fields have the same size.
bool read_json_object(std::string_view line, std::span<const std::string_view> names,
                      std::span<JsonField> fields, size_t* stopped_at = nullptr);

}  // namespace newsclaim
