// The JSONL record reader's JSON parser: validates one line as a JSON value and picks a few
// top-level fields out of it, without building a document tree (a tree per line cost more
// than all other input work together). Accepts exactly what nlohmann::json::parse accepts
// (RFC 8259; strings must be valid UTF-8 with paired surrogate escapes; a leading UTF-8 BOM is
// skipped; numbers must be finite as doubles), so lines are accepted and rejected as before.
#pragma once
#include <span>
#include <string>
#include <string_view>

namespace newsclaim {

// One wanted top-level field: what the line's object holds under its name.
struct JsonField {
  enum class Kind { Absent, String, Number, Other };
  Kind kind = Kind::Absent;
  std::string value;  // String: the unescaped text (UTF-8); Number: the number as written
};

// Parses line as one JSON value. False when it is not valid JSON or not an object; else
// fields[i] describes the object's value for key names[i] (the last one when a key repeats,
// as in nlohmann). names and fields have the same size.
bool read_json_object(std::string_view line, std::span<const std::string_view> names,
                      std::span<JsonField> fields);

}  // namespace newsclaim
