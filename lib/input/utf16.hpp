// UTF-16 input: plain-text files saved as UTF-16 with a byte order mark (Windows editors do
// this) are transcoded to UTF-8 before the engine sees them, so they yield facts, not mojibake.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace newsclaim {

// True when bytes start with a UTF-16 byte order mark (FF FE or FE FF).
bool has_utf16_bom(std::string_view bytes);

// Transcodes BOM-marked UTF-16 (the BOM is dropped) to UTF-8. Unpaired surrogates and a final
// odd byte become U+FFFD; returns how many were replaced.
size_t utf16_to_utf8(std::string_view bytes, std::string& out);

}  // namespace newsclaim
