#include "input/utf16.hpp"

#include "text/utf8.hpp"

namespace newsclaim {

bool has_utf16_bom(std::string_view bytes) {
  if (bytes.size() < 2) return false;
  const auto b0 = static_cast<unsigned char>(bytes[0]), b1 = static_cast<unsigned char>(bytes[1]);
  return (b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF);
}

size_t utf16_to_utf8(std::string_view bytes, std::string& out) {
  const bool little = static_cast<unsigned char>(bytes[0]) == 0xFF;
  auto unit = [&](size_t i) -> char32_t {
    const auto a = static_cast<unsigned char>(bytes[i]), b = static_cast<unsigned char>(bytes[i + 1]);
    return little ? (b << 8 | a) : (a << 8 | b);
  };
  out.clear();
  out.reserve(bytes.size() * 3 / 2);
  size_t replaced = 0;
  size_t i = 2;
  for (; i + 1 < bytes.size(); i += 2) {
    char32_t cp = unit(i);
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 3 < bytes.size() && unit(i + 2) >= 0xDC00 && unit(i + 2) <= 0xDFFF) {
      cp = 0x10000 + ((cp - 0xD800) << 10) + (unit(i + 2) - 0xDC00);
      i += 2;
    } else if (cp >= 0xD800 && cp <= 0xDFFF) {
      cp = 0xFFFD;  // an unpaired surrogate
      ++replaced;
    }
    utf8::append(out, cp);
  }
  if (i < bytes.size()) {  // an odd trailing byte
    utf8::append(out, 0xFFFD);
    ++replaced;
  }
  return replaced;
}

}  // namespace newsclaim
