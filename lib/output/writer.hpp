// Output writers: the only code that maps Extraction types to output formats.
// JSON follows ../shared/CONTRACT.md (schema "newsclaim/1", documented in docs/output.md and
// schema/newsclaim-1.schema.json); TSV is one row per extracted item for awk/cut.
#pragma once
#include <memory>
#include <string>
#include <string_view>

#include "pipeline.hpp"

namespace newsclaim {

enum class Format { Json, Jsonl, Tsv, Html };

// Parses "json", "jsonl", "tsv", "html"; nullopt otherwise.
std::optional<Format> parse_format(std::string_view name);

// Names of the enums as the contract spells them.
std::string_view to_string(EntityType t);
std::string_view to_string(CurrencyBasis b);
std::string_view to_string(Approx a);  // "" for Approx::None
std::string_view to_string(DateType t);

// A number as the TSV and HTML outputs print it: whole values (below 10^15) without a decimal
// point ("6800000"), others in fmt's shortest round-trip form ("0.22", "2.5e-07").
std::string plain_number(double v);

class Writer {
 public:
  virtual ~Writer() = default;
  // Text written once before the first record (a header row, a page head); may be empty.
  virtual void begin(std::string& out) { (void)out; }
  // Appends one record for analysis to out.
  virtual void write(const Analysis& analysis, std::string& out) = 0;
  // Text written once after the last record.
  virtual void end(std::string& out) { (void)out; }
  // True when each record's text depends only on that record, so records may be rendered by
  // separate writers on several threads; false when the writer keeps state across records.
  virtual bool independent_records() const { return true; }
};

std::unique_ptr<Writer> make_writer(Format format);

// One record as JSON (pretty with 2-space indents, or compact on one line, no newline).
void write_json(const Analysis& analysis, bool pretty, std::string& out);

}  // namespace newsclaim
