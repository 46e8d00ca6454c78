// Entities stage, internal: what a capital letter says. At a sentence start, after an opening
// quote or in a Title Case headline it says nothing about a name, so such words are dropped
// unless the article capitalizes them in running text too ("However" vs "Apple"). Sentence
// starts are in entities_capitals.cpp, the document's evidence (DocWords) in
// entities_doc_words.cpp; headlines, headings, datelines and words never inside a name in
// entities_headlines.cpp.
#pragma once
#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/context.hpp"
#include "extract/entities_lexicon.hpp"
#include "extract/entities_tokens.hpp"
#include "text/word_table.hpp"

namespace newsclaim {

struct Run {
  Span span;
  bool sentence_initial = false;
  bool title_case = false;  // in a headline, heading or lead-in, where a capital says nothing
  // In a headline in capitals with few long words ("FED EXPECTED TO ADD RESERVES"), which
  // title_case leaves out: its words are names only where the article vouches for them.
  bool caps_headline = false;
  // A partnership's names joined by commas ("Goldman, Sachs and Co"): one name, never split.
  bool partnership = false;
};

// Evidence from the whole document: capitalized words seen away from a sentence start.
// The words are gathered in a list, then indexed once by hash: sorting them for binary
// search spent more time in string compares than the lookups save. The index is built on the
// first count() after freeze(): of a document's five lists most are never asked (a story
// without a headline in capitals never asks `alone`), and hashing their words was a tenth of
// the stage. A list of a few words is searched without an index.
class WordList {
 public:
  // Adds w (a view into the document, which must outlive the list) until freeze().
  void insert(std::string_view w) { words_.push_back(w); }
  void freeze() { frozen_ = true; }
  // 1 when w was inserted before freeze(), else 0. Not thread-safe (it may build the index).
  size_t count(std::string_view w) const;

 private:
  static constexpr uint64_t kEmpty = ~uint64_t{0};
  static constexpr size_t kScanned = 4;  // lists up to this size are searched word by word
  void index() const;
  std::vector<std::string_view> words_;
  bool frozen_ = false;
  mutable std::vector<uint64_t> slots_;  // per slot: the hash's high half and an index into words_, or kEmpty
};

struct DocWords {
  WordList mid_sentence;
  // First words of sentence-initial names like "Apple Computer" (an ordinary word followed by
  // another): the word alone opening a later sentence ("Apple executives ...") is that name.
  WordList name_heads;
  // Last words of runs that open with a given name ("Brown" of "Gordon Brown"): a family name
  // after a sentence-opening ordinary word is that person ("Later Brown said"), no longer name.
  WordList surnames;
  // Last words of runs that open with an honorific ("Crosby" of "Mr Crosby"): a person's name.
  WordList titled;
  // First words of runs in running text ("Patriot" of "Patriot Coal"): after a sentence-opening
  // ordinary word the name starts there ("Unlike Patriot, ...").
  WordList run_heads;
  // Names of one word in running text ("the Bank said", "Renault"), without possessive: a plain
  // word alone in a wire headline in capitals names something only when the story writes it so.
  WordList alone;
  // Words at either end of a name in a run of two or more words, without possessive: the run's
  // first and last words and those beside a lower-case connector, a possessive or an
  // abbreviation ("Howe" of "Sir Geoffrey Howe and U.S. Secretary", "United" of "UAL Inc's United
  // Airlines", "Commerce" of "the U.S. Commerce Department"); not "Coffee" of "International
  // Coffee Organization".
  WordList name_ends;
};

// Capitalized runs of the text outside boilerplate, each marked when it opens a sentence and
// when it lies in Title Case text.
std::vector<Run> scan_runs(const Context& ctx, const Lexicon& lex);
// Words the article capitalizes in running text (not at a sentence start, not in headlines).
DocWords collect_doc_words(const Context& ctx, const Lexicon& lex, const std::vector<Run>& runs);
// Whether bytes lie in Title Case text (a headline, a section heading, a lead-in before a
// colon), asked in text order: a paragraph cursor moves on, and each paragraph asked about is
// measured once.
class TitleCaseScan {
 public:
  TitleCaseScan(const Context& ctx, const Lexicon& lex) : ctx_(ctx), lex_(lex) {}
  // True when byte b is in Title Case text; b may not be less than in the previous call.
  bool at(uint32_t b);
  // True when the paragraph of the last at() is a headline in capitals that at() is false for.
  bool caps_headline() const { return caps_headline_; }

 private:
  const Context& ctx_;
  const Lexicon& lex_;
  size_t paragraph_ = 0;
  bool measured_ = false;                 // title_end_ is paragraph_'s
  uint32_t title_end_ = 0;                // where paragraph_'s Title Case text ends
  bool paragraph_caps_headline_ = false;  // paragraph_ is a headline in capitals
  bool caps_headline_ = false;            // the last at() was in such a paragraph
};
// A frequent English word that is neither a known name, a given name nor an organization word.
bool plain_word(std::string_view w, const Lexicon& lex);
// plain_word(w, lex) where f = lex.facts(w) (a token's facts): no second probe.
bool plain_word(std::string_view w, const WordFacts* f, const Lexicon& lex);
// A word no list knows that is still ordinary: the plural of an ordinary word ("Lawmakers") or a
// word the article also writes in lower case.
bool ordinary_unlisted(std::string_view text, std::string_view w, const Lexicon& lex);
// "City", "Council" opening a sentence that the article also writes in lower case ("the city")
// and never capitalizes mid-sentence: a generic institution, not a name (f = lex.facts(w)).
bool generic_institution(std::string_view text, const DocWords& doc, const Lexicon& lex, std::string_view w,
                         const WordFacts* f);
// "U.S. Officials said", "the U.K. Would fight": t[i] is a word right after a dotted place
// acronym, where the wires capitalize as if a sentence began, and the run from the acronym on
// is no known name.
bool after_place_abbreviation(std::string_view text, const Lexicon& lex, const std::vector<Token>& t,
                              size_t i);
// "And", "Of": a connector word written with a capital.
bool capitalized_connector(std::string_view w, const Lexicon& lex);
// The word t[i] after such an acronym is an ordinary word, not part of a name ("U.S. Will",
// "U.S. Exports", "U.S. And").
bool ordinary_after_place(std::string_view text, const Lexicon& lex, const std::vector<Token>& t, size_t i);
// Sets drop on the sentence-initial word t[first] when it is an ordinary word, not a name.
void drop_sentence_initial(std::string_view text, const DocWords& doc, const Lexicon& lex,
                           std::vector<Token>& t, size_t first);
// Sets drop on the ordinary words of a run in a Title Case headline.
void drop_headline_words(std::string_view text, const DocWords& doc, const Lexicon& lex,
                         std::vector<Token>& t);
// In a headline in capitals (Run::caps_headline), a run holding no company word ("INC", "BANK")
// keeps only the words the article vouches for: "ICAHN DROPS BID FOR TWA" -> "ICAHN", "TWA".
void drop_caps_headline_words(std::string_view text, const DocWords& doc, const Lexicon& lex,
                              std::vector<Token>& t);
// A word of the capitals I, V and X only ("III", "XIV"): a Roman numeral, the part number of a
// name it follows ("Harlan Voss III"), never an acronym of its own.
inline bool roman_numeral(std::string_view w) {
  return !w.empty() && w.find_first_not_of("IVX") == std::string_view::npos;
}
// True for a word with no lower-case letter and at least two capitals ("ALDEN", "ZÜRICH").
// Inline: asked of most words and names, and most answer at their second letter.
inline bool caps_word(std::string_view w) {
  int upper = 0;
  for (unsigned char c : w) {
    if (c >= 'a' && c <= 'z') return false;
    upper += c >= 'A' && c <= 'Z';
  }
  return upper >= 2;
}
// True when every byte of w is an ASCII capital letter ("CD", "SEES"; not "U.S.", "B2").
bool all_caps_ascii(std::string_view w);
// f (= lex.facts(w)), or when w has no list entry of its own and is all A-Z ("SEES" in a wire
// headline), the facts of its lower-case form.
const WordFacts* facts_or_lower_case(std::string_view w, const WordFacts* f, const Lexicon& lex);
// "NEW YORK, March 3 -", "PORT ALDEN - City council ...": an all-caps run opening a paragraph
// and followed by a comma and a date or by a dash names the place the story was filed from.
bool dateline_run(const Context& ctx, const Lexicon& lex, const std::vector<Token>& t);
// A dash at `dash` (the space before "-") ends a dateline with a date ("GENVAL, Belgium, June
// 2 -"): a digit before it, and its line opens with two capitals within a few dozen bytes.
bool dated_dateline(std::string_view text, size_t dash);
// A word in capitals whose title case is never a name ("FEBRUARY", "FEB"; not an acronym);
// f = lex.facts(w).
bool caps_title_not_name(std::string_view w, const WordFacts* f, const Lexicon& lex);
// Whether w is an organization cue at position p as written or, in capitals, in title case
// ("INC" as "Inc"); f = lex.facts(w).
bool org_cue_any_case(std::string_view w, const WordFacts* f, const Lexicon& lex, CuePosition p);
// In a run all in capitals ("JAPAN FEBRUARY CURRENT ACCOUNT", "4TH QTR FEB 28"), the words that
// are never names are dropped, so the run splits around them.
void drop_caps_not_names(std::string_view text, const Lexicon& lex, std::vector<Token>& t);
// "told Congress Friday", "briefed the Hill Monday": a weekday closing a run is the date of the
// sentence, not part of the name; "Black Friday", "Super Tuesday" (ordinary words before it) are
// days, no names at all.
void drop_trailing_weekday(std::string_view text, const Lexicon& lex, std::vector<Token>& t);
// The text of tokens [a, b).
std::string_view slice(std::string_view text, const std::vector<Token>& t, size_t a, size_t b);

}  // namespace newsclaim
