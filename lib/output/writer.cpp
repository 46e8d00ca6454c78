#include "output/writer.hpp"

#include <fmt/format.h>

#include <cmath>

#include "output/json_text.hpp"

namespace newsclaim {

std::unique_ptr<Writer> make_json_writer(bool pretty);  // json_writer.cpp
std::unique_ptr<Writer> make_tsv_writer();              // tsv_writer.cpp
std::unique_ptr<Writer> make_html_writer();             // html_writer.cpp

std::optional<Format> parse_format(std::string_view name) {
  if (name == "json") return Format::Json;
  if (name == "jsonl") return Format::Jsonl;
  if (name == "tsv") return Format::Tsv;
  if (name == "html") return Format::Html;
  return std::nullopt;
}

std::string_view to_string(EntityType t) {
  switch (t) {
    case EntityType::Person: return "PERSON";
    case EntityType::Org: return "ORG";
    case EntityType::Gpe: return "GPE";
    case EntityType::Loc: return "LOC";
    case EntityType::Norp: return "NORP";
  }
  return "ORG";
}

std::string_view to_string(CurrencyBasis b) {
  switch (b) {
    case CurrencyBasis::Explicit: return "explicit";
    case CurrencyBasis::Context: return "context";
    case CurrencyBasis::Default: return "default";
    case CurrencyBasis::Unknown: return "unknown";
  }
  return "unknown";
}

std::string_view to_string(Approx a) {
  switch (a) {
    case Approx::None: return "";
    case Approx::About: return "about";
    case Approx::MoreThan: return "more_than";
    case Approx::LessThan: return "less_than";
    case Approx::UpTo: return "up_to";
    case Approx::AtLeast: return "at_least";
    case Approx::Estimated: return "estimated";
  }
  return "";
}

std::string_view to_string(DateType t) {
  switch (t) {
    case DateType::Date: return "DATE";
    case DateType::Time: return "TIME";
    case DateType::Duration: return "DURATION";
    case DateType::Set: return "SET";
  }
  return "DATE";
}

std::string plain_number(double v) {
  // The range test comes first: casting a larger double to long long is undefined.
  if (std::isfinite(v) && std::fabs(v) < 1e15 && v == std::trunc(v)) return fmt::format("{}", static_cast<long long>(v));
  return fmt::format("{}", v);
}

std::unique_ptr<Writer> make_writer(Format format) {
  switch (format) {
    case Format::Json: return make_json_writer(true);
    case Format::Jsonl: return make_json_writer(false);
    case Format::Tsv: return make_tsv_writer();
    case Format::Html: return make_html_writer();
  }
  return nullptr;
}

}  // namespace newsclaim
