// The typed result of extracting one document. Every list holds items in text order (by span).
// Indexes between lists (a claim's money, a quote's speaker) are positions in these vectors.
// output/ is the only code that maps these types to the JSON contract (schema newsclaim/1).
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/span.hpp"

namespace newsclaim {

enum class EntityType { Person, Org, Gpe, Loc, Norp };
// A country, city or region (GPE) or a natural feature or facility (LOC).
inline bool is_place(EntityType t) { return t == EntityType::Gpe || t == EntityType::Loc; }
enum class CurrencyBasis { Explicit, Context, Default, Unknown };
enum class Approx { None, About, MoreThan, LessThan, UpTo, AtLeast, Estimated };
enum class DateType { Date, Time, Duration, Set };

struct DocError {
  std::string code;     // stable machine code: "invalid_utf8", "too_large", "bad_json", ...
  std::string message;  // human-readable
};

struct Boilerplate {
  Span span;
  std::string kind;  // related | trending | credit | cookie | copyright | duplicate
};

struct Entity {
  EntityType type = EntityType::Org;
  std::string name;                  // canonical: longest well-formed proper-name mention
  std::vector<std::string> aliases;  // other surface forms (surname, acronym, misspelling)
  std::vector<std::string> roles;    // "former president", "professor"
  std::vector<Span> mentions;        // in text order
};

struct Money {
  Span span;
  std::optional<double> value;  // point value in currency units; null for a pure range
  std::optional<double> min, max;
  std::string currency;  // ISO 4217 code; empty means null
  CurrencyBasis basis = CurrencyBasis::Unknown;
  Approx approx = Approx::None;
  std::string per;  // "year", "hour", "share"...; empty means null
};

struct Quantity {
  Span span;
  double value = 0;
  std::string unit;  // singular noun: "contract", "embassy", "km"
};

struct Percentage {
  Span span;
  double value = 0;
  bool points = false;  // "percentage points" rather than "percent"
};

struct DateItem {
  Span span;
  DateType type = DateType::Date;
  std::string value;  // TIMEX3 value: 2020-07-15, 2020-W32, P3Y, XXXX-07-15 ...
  std::string mod;    // since|until|before|after|approx|start|mid|end; empty means null
  bool ambiguous = false;  // numeric date whose day/month order nothing decided (read month first)
};

struct Quote {
  Span span;                         // including the quote marks
  std::optional<size_t> speaker;     // index into Extraction::entities
  std::string speaker_text;          // surface text of the speaker mention; empty means null
  std::optional<Span> speaker_span;  // where speaker_text stands, when found in the text
  std::string cue;                   // "said", "told", "according to"; empty means null
  bool scare = false;                // scare quotes around one or two words: not speech
};

struct Claim {
  Span span;
  std::vector<size_t> entities, money, dates;  // indexes into Extraction lists
  std::optional<size_t> source;                // entity index
  std::string source_text;                     // empty means null
  std::vector<std::string> hedges;
  bool negated = false;
  double score = 0;  // check-worthiness in [0,1]
};

struct Contract {
  std::optional<size_t> supplier, buyer;  // entity indexes
  std::optional<size_t> value;            // money index
  std::optional<size_t> date;             // dates index
  std::optional<int> count;
  std::string subject;  // empty means null
  size_t claim = 0;     // index into Extraction::claims
};

struct Extraction {
  std::string id;
  std::string published;         // anchor date YYYY-MM-DD, empty means null
  std::string published_source;  // input | cli | text; empty means null
  std::vector<DocError> errors;
  std::vector<Boilerplate> boilerplate;
  std::vector<Entity> entities;
  std::vector<Money> money;
  std::vector<Quantity> quantities;
  std::vector<Percentage> percentages;
  std::vector<DateItem> dates;
  std::vector<Quote> quotes;
  std::vector<Claim> claims;
  std::vector<Contract> contracts;
};

}  // namespace newsclaim
