// The publication date that anchors relative dates: parsed from what the input says, or
// found in the text itself (a date line or dateline near the top).
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "text/document.hpp"
#include "text/layout.hpp"

namespace newsclaim {

// A date in any common format ("2020-08-07", "2020-08-07T10:00:00-04:00", "20200807",
// "Aug 7, 2020", "7 August 2020", "08/07/2020" as month/day) as "YYYY-MM-DD"; nullopt otherwise.
std::optional<std::string> parse_publication_date(std::string_view s);

// A publication date stated in the first paragraphs of the text ("September 04, 2008" on a
// line of its own, "OTTAWA, Aug. 7, 2020 (Reuters) -"); nullopt when none.
std::optional<std::string> find_publication_date_in_text(const Document& doc, const Layout& layout);

}  // namespace newsclaim
