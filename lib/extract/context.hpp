// What every extractor sees of one document: its text, its layout (sentences, boilerplate)
// and the per-run settings. Extractors are immutable objects built once per process from the
// Ruleset; run() appends their items to the Extraction and never fails.
#pragma once
#include <string>

#include "core/extraction.hpp"
#include "text/document.hpp"
#include "text/layout.hpp"

namespace newsclaim {

enum class DateOrder { Auto, Mdy, Dmy };

struct Settings {
  std::string anchor;            // YYYY-MM-DD publication date, empty when unknown
  std::string currency_default;  // ISO 4217 code for a bare "$" nothing else decides; may be empty
  DateOrder date_order = DateOrder::Auto;
};

struct Context {
  const Document& doc;
  const Layout& layout;
  const Settings& settings;
};

}  // namespace newsclaim
