// Dates stage: TIMEX3 values are written without printf (timex::append_padded) and read back
// without strtol (atoi_ascii); they must come out as printf's zero-padded forms did, signs and
// long numbers included, and read as std::atoi reads them.
#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "extract/dates_internal.hpp"
#include "extract/timex.hpp"

using newsclaim::atoi_ascii;

namespace {

std::string padded(long v, int width) {
  std::string out = "x";  // appends: what is there stays
  newsclaim::timex::append_padded(out, v, width);
  return out;
}

std::string printf_padded(long v, int width) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "x%0*ld", width, v);
  return buf;
}

}  // namespace

TEST_CASE("append_padded writes what %0<width>ld writes") {
  CHECK(padded(7, 2) == "x07");
  CHECK(padded(2020, 4) == "x2020");
  CHECK(padded(12345, 4) == "x12345");  // never cut
  CHECK(padded(-5, 4) == "x-005");      // the sign counts in the width
  for (int width = 1; width <= 5; ++width)
    for (long v : {0L, 1L, 9L, 10L, 99L, 100L, 999L, 1000L, 9999L, 10000L, -1L, -10L, -999L, -1000L,
                   123456789L, -2147483648L, 9223372036854775807L, -9223372036854775807L - 1})
      CHECK(padded(v, width) == printf_padded(v, width));
}

TEST_CASE("the TIMEX3 forms keep their printf shapes") {
  CHECK(newsclaim::timex::format_date({2020, 8, 7}) == "2020-08-07");
  CHECK(newsclaim::timex::format_date({14, 1, 2}) == "0014-01-02");
  CHECK(newsclaim::timex::format_month(987, 12) == "0987-12");
  CHECK(newsclaim::timex::format_year(-44) == "-044");
  CHECK(newsclaim::timex::format_quarter(2020, 3) == "2020-Q3");
  CHECK(newsclaim::timex::format_week({2020, 8, 7}) == "2020-W32");
  CHECK(newsclaim::timex::format_week({2021, 1, 1}) == "2020-W53");  // the ISO year of its Thursday
  CHECK(newsclaim::timex::format_duration("3", "Y") == "P3Y");
  CHECK(newsclaim::timex::format_duration("30", "TM") == "PT30M");
  CHECK(newsclaim::timex::format_duration("", "H") == "PTXH");
  CHECK(newsclaim::timex::format_duration("X", "TM") == "PTXM");
  CHECK(newsclaim::timex::format_duration("2", "10Y") == "P20Y");
  CHECK(newsclaim::timex::format_duration("1", "2W") == "P2W");
  CHECK(newsclaim::timex::format_duration("", "WE") == "PXW");
}

TEST_CASE("atoi_ascii reads what std::atoi reads") {
  for (const char* s : {"2020", "2020-08-07", "08-07", "07T10", "W32", "Q3", "", "-044-03", "+12", " \t7x",
                        "12:30", "X", "0", "-", "BC0500", "1987s", "\n\v\f\r9"})
    CHECK_MESSAGE(atoi_ascii(s) == std::atoi(s), s);
}
