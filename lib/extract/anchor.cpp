#include "extract/anchor.hpp"

#include <re2/re2.h>

#include <cstdio>

namespace newsclaim {

std::optional<std::string> parse_publication_date(std::string_view s) {
  static const RE2 iso(R"(\s*(\d{4})-?(\d{2})-?(\d{2})(?:[T ].*)?\s*)");
  int y = 0, m = 0, d = 0;
  if (RE2::FullMatch(s, iso, &y, &m, &d) && m >= 1 && m <= 12 && d >= 1 && d <= 31) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return std::string(buf);
  }
  return std::nullopt;
}

std::optional<std::string> find_publication_date_in_text(const Document&, const Layout&) {
  return std::nullopt;
}

}  // namespace newsclaim
