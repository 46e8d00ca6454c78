// Entities stage, internal: titles and roles around person names — a capitalized title inside
// a run ("Minister of Foreign Affairs Francois-Phillipe Champagne") and lower-case role words
// right before a name ("former president Hu Jintao", "professor Stephanie Carvin").
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/entities_lexicon.hpp"
#include "extract/entities_tokens.hpp"

namespace newsclaim {

struct RoleInRun {
  size_t role_begin = 0, role_end = 0;  // tokens of the title
  size_t name_begin = 0;                // first token of the name after it
};

// A title among tokens [a, b) followed by a name, when there is one.
std::optional<RoleInRun> find_role_in_run(std::string_view text, const std::vector<Token>& t, size_t a,
                                          size_t b, const Lexicon& lex);

// Where a person's given name starts among tokens [from, b) after an office's "of", past the
// last "of"/"the"/"for"/"and" ("... of the Bank of England Mark Carney": at "Mark", not at
// "Bank", also a given name); b when none.
size_t given_name_after_of(std::string_view text, const std::vector<Token>& t, size_t from, size_t b,
                           const Lexicon& lex);

// Lower-case role words (with modifiers and nationalities) ending right before byte `begin`,
// as written ("former Chinese president"); empty when none.
std::string role_before(std::string_view text, uint32_t begin, const Lexicon& lex);

// "vice-director", "ex-minister", "Vice-Premier": a listed role after a modifier prefix and a
// hyphen (the hyphenated forms are not all listed), or nullptr.
const RoleKind* hyphenated_role(std::string_view w, const Lexicon& lex);

}  // namespace newsclaim
