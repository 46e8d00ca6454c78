// Entities stage: a run cut into a name (entities_candidates.cpp) made a Mention. Its ends are
// trimmed (connectors, "Flight 447", a title after the name), the runs that name no entity are
// dropped (a month, a lone company suffix, a model number, a table label), and the role before
// it and the acronym it defines are read.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/entities_internal.hpp"
#include "extract/entities_tokens.hpp"

namespace newsclaim {

class MentionEmitter {
 public:
  // text is the document's norm(); rules and out outlive the emitter.
  MentionEmitter(std::string_view text, const EntityRules& rules, std::vector<Mention>& out)
      : text_(text), rules_(rules), lex_(rules.lexicon), out_(out) {}

  // Appends the mention of tokens [a, b) to out unless it names no entity; role is the title
  // found inside the run, context where to look back for a lower-case one ("former president").
  void emit(const std::vector<Token>& t, size_t a, size_t b, uint32_t context, std::string role);
  // The acronym in parentheses right after byte end ("Canada Border Services Agency (CBSA)"),
  // or empty.
  std::string_view acronym_after(uint32_t end) const;
  // "May Four", "April-June": a month and a day in words, or months joined into a period.
  static bool month_phrase(std::string_view text);

 private:
  bool caps_not_name(const Mention& m) const;
  bool month_before_day(const Mention& m) const;
  bool lone_suffix(std::string_view w, const WordFacts* f) const;
  static bool plural_abbreviation(std::string_view w);
  static bool month_or_weekday(std::string_view w);
  bool post_nominal(const Token& last) const;
  bool only_not_names(const std::vector<Token>& t, size_t a, size_t b) const;
  bool not_an_entity(const Token& last) const;
  bool abbreviation_not_name(const Token& last) const;
  bool numbered_word(const Token& last) const;
  bool label_number_after(size_t e) const;
  bool numbered_label(const Mention& m) const;
  bool table_label(const Mention& m) const;
  void find_definition(Mention& m) const;

  std::string_view text_;
  const EntityRules& rules_;
  const Lexicon& lex_;
  std::vector<Mention>& out_;
};

}  // namespace newsclaim
