// The document's evidence about capitals (DocWords): which words the article capitalizes in
// running text, which open or close its names. Gathered once per document before any run is
// cut, so that entities_capitals.cpp can ask "does the story vouch for this word?" anywhere.
#include <algorithm>
#include <cctype>

#include "extract/entities_capitals.hpp"
#include "text/ascii.hpp"
#include "text/word_table.hpp"

namespace newsclaim {

void WordList::index() const {
  size_t cap = 16;
  while (cap < 2 * words_.size()) cap *= 2;
  slots_.assign(cap, kEmpty);
  for (uint32_t k = 0; k < words_.size(); ++k) {
    const uint64_t h = WordKey::hash_of(words_[k]);
    for (size_t i = h & (cap - 1);; i = (i + 1) & (cap - 1)) {
      if (slots_[i] == kEmpty) {
        slots_[i] = (h & 0xFFFFFFFF00000000ULL) | k;
        break;
      }
      if ((slots_[i] >> 32) == (h >> 32) && words_[static_cast<uint32_t>(slots_[i])] == words_[k]) break;
    }
  }
}

size_t WordList::count(std::string_view w) const {
  if (!frozen_) return 0;
  if (words_.size() <= kScanned) return std::find(words_.begin(), words_.end(), w) != words_.end() ? 1 : 0;
  if (slots_.empty()) index();
  const uint64_t h = WordKey::hash_of(w);
  const size_t mask = slots_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    if (slots_[i] == kEmpty) return 0;
    if ((slots_[i] >> 32) == (h >> 32) && words_[static_cast<uint32_t>(slots_[i])] == w) return 1;
  }
}

// Offset of the first space in s at or after i, or s.size(). A byte loop: a run's words are a
// few bytes long, shorter than a call to memchr costs.
static size_t space_from(std::string_view s, size_t i) {
  while (i < s.size() && s[i] != ' ') ++i;
  return i;
}

// "Apple Computer is ...": a content word followed by an ordinary capitalized word (the shape
// keeps_first_word accepts) starts a name. sp: the first space of s, npos when none; f: the
// facts of the word before it.
static void add_name_head(std::string_view s, size_t sp, const WordFacts* f, const Lexicon& lex,
                          DocWords& doc) {
  if (sp == std::string_view::npos || sp + 1 >= s.size()) return;
  const std::string_view first = s.substr(0, sp);
  const std::string_view second = s.substr(sp + 1, space_from(s, sp + 1) - sp - 1);
  if (first.ends_with('.') || first.ends_with(',') || second.empty() || second[0] < 'A' || second[0] > 'Z')
    return;
  if (!plain_word(first, f, lex) || (f && f->has(WordFacts::kFrequent)) || !plain_word(second, lex)) return;
  doc.name_heads.insert(first);
}

// A word without its possessive ("Trump's" -> "Trump").
static std::string_view without_possessive(std::string_view w) {
  if (w.ends_with("'s")) w.remove_suffix(2);
  return w;
}

// "Gordon Brown", "Donald Trump's": a run of two or more words opening with a given name
// (surnames), "Mr Crosby": one opening with an honorific (titled). first_space, last_space:
// those of s (npos when none).
static void add_surname(std::string_view s, size_t first_space, size_t last_space, const WordFacts* f,
                        DocWords& doc) {
  if (first_space == std::string_view::npos || !f) return;
  const std::string_view last = without_possessive(s.substr(last_space + 1));
  if (f->has(WordFacts::kFirstName)) doc.surnames.insert(last);
  if (Lexicon::honorific(f)) doc.titled.insert(last);
}

// "Apple Inc. said": an organization suffix vouches for a sentence-initial first word, but for
// one of the most frequent words ("But Federal Reserve Board", "However Acme Corp"), which
// would then stand as a name wherever it opens a sentence. Not after a date: "On Monday
// Halvorsen Marine Corp", "In March Acme Inc". f: the facts of the opener.
static bool suffix_vouches_for_opener(std::string_view s, size_t first_space, size_t last_space,
                                      const WordFacts* f, const Lexicon& lex) {
  if (last_space == std::string_view::npos) return false;
  const std::string_view second = s.substr(first_space + 1, space_from(s, first_space + 1) - first_space - 1);
  return !Lexicon::frequent_word(f) && lex.org_cue(s.substr(last_space + 1), CuePosition::Last) &&
         !Lexicon::not_name(f) && std::isupper(static_cast<unsigned char>(s[first_space + 1])) &&
         !lex.calendar_word(second);
}

// The words of s from byte i on, each without its possessive, to mid_sentence, but for one
// right after a sentence ends inside the run ("Nuctech. According").
static void add_mid_sentence_words(std::string_view s, size_t i, DocWords& doc) {
  bool after_period = false;
  while (i < s.size()) {
    const size_t j = space_from(s, i);
    if (!after_period) doc.mid_sentence.insert(without_possessive(s.substr(i, j - i)));
    after_period = j > i + 2 && s[j - 1] == '.';  // not an initial: "A. Schulman Inc"
    i = j + 1;
  }
}

// The words of run s (two or more words) that end or open a name in it, to name_ends.
static void add_name_ends(std::string_view s, DocWords& doc) {
  // a word after which a name opens: lower case, "The", a possessive, an abbreviation ("U.S.")
  // or a compound ending in lower case ("Tokyo-based")
  const auto closes = [](std::string_view w) {
    const size_t dash = w.rfind('-');
    return !is_ascii_upper(w[0]) || w == "The" || w.ends_with("'s") || (w.size() > 1 && w.back() == '.') ||
           (dash != std::string_view::npos && dash + 1 < w.size() && !is_ascii_upper(w[dash + 1]));
  };
  std::string_view prev;
  for (size_t i = 0; i < s.size();) {
    const size_t j = space_from(s, i);
    const std::string_view w = s.substr(i, j - i);
    const bool last = j >= s.size();
    if (!w.empty() && is_ascii_upper(w[0]) &&
        (prev.empty() || closes(prev) || last || closes(w) || !is_ascii_upper(s[j + 1])))
      doc.name_ends.insert(without_possessive(w));
    prev = w;
    i = j + 1;
  }
}

DocWords collect_doc_words(const Context& ctx, const Lexicon& lex, const std::vector<Run>& runs) {
  const std::string_view text = ctx.doc.norm();
  DocWords doc;
  // One run's words; a partnership's parts ("Sears, Roebuck and Co") each as a run of its own,
  // the first opening the sentence where the whole does: they vouch for "SEARS" in a headline.
  const auto collect = [&](std::string_view s, bool sentence_initial) {
    const size_t first = space_from(s, 0);
    const size_t first_space = first == s.size() ? std::string_view::npos : first;
    const size_t last_space = first_space == std::string_view::npos ? first_space : s.rfind(' ');
    // the opener's facts, looked up once for the questions below (none has one for one word)
    const WordFacts* opener = first_space == std::string_view::npos ? nullptr : lex.facts(s.substr(0, first));
    if (first_space != std::string_view::npos) add_name_ends(s, doc);
    size_t i = 0;
    if (sentence_initial) {
      i = first_space == std::string_view::npos ? s.size() : first_space + 1;
      add_surname(s, first_space, last_space, opener, doc);
      add_name_head(s, first_space, opener, lex, doc);
      if (suffix_vouches_for_opener(s, first_space, last_space, opener, lex)) i = 0;
      // "The Bank said": one word after a sentence-opening "The" is a name alone
      if (first_space != std::string_view::npos && first_space == last_space && s.substr(0, first) == "The")
        doc.alone.insert(without_possessive(s.substr(first_space + 1)));
    } else {
      // a run of one word without a possessive is the word add_mid_sentence_words adds below
      if (first_space != std::string_view::npos || s.ends_with("'s")) doc.mid_sentence.insert(s);
      doc.run_heads.insert(without_possessive(s.substr(0, first)));
      if (first_space == std::string_view::npos) doc.alone.insert(without_possessive(s));
      add_surname(s, first_space, last_space, opener, doc);
    }
    add_mid_sentence_words(s, i, doc);
  };
  for (const Run& r : runs) {
    if (r.title_case || r.caps_headline) continue;  // a headline capitalizes anything
    std::string_view s = text.substr(r.span.begin, r.span.size());
    bool initial = r.sentence_initial;
    for (size_t comma; r.partnership && (comma = s.find(", ")) != std::string_view::npos; initial = false) {
      collect(s.substr(0, comma), initial);
      s.remove_prefix(comma + 2);
    }
    collect(s, initial);
  }
  doc.mid_sentence.freeze();
  doc.name_heads.freeze();
  doc.surnames.freeze();
  doc.titled.freeze();
  doc.run_heads.freeze();
  doc.alone.freeze();
  doc.name_ends.freeze();
  return doc;
}

}  // namespace newsclaim
