#include "extract/cue_lexicon.hpp"

#include <algorithm>
#include <array>
#include <limits>
#include <map>
#include <stdexcept>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "patterns/ruleset.hpp"
#include "text/ascii.hpp"

namespace newsclaim {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// ascii_lower as a table: it runs on every byte of every candidate word.
constexpr std::array<char, 256> kLower = [] {
  std::array<char, 256> t{};
  for (int c = 0; c < 256; ++c) t[static_cast<size_t>(c)] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return t;
}();

constexpr size_t kUnknown = std::numeric_limits<size_t>::max();

}  // namespace

CueLexicon::CueLexicon(const Gazetteer& rows, const std::vector<std::string>& cues) {
  if (cues.size() > 64) throw std::logic_error("claims.cue_words: more than 64 cues");
  for (size_t r = 0; r < rows.size(); ++r) {
    const std::string_view phrase = rows.cell(r, 0), cue = rows.cell(r, 1);
    const auto it = std::find(cues.begin(), cues.end(), cue);
    if (it == cues.end())
      throw std::logic_error("claims.cue_words row " + std::to_string(r + 1) + ": unknown cue '" + std::string(cue) + "'");
    add(phrase, uint64_t{1} << (it - cues.begin()), r + 1);
  }
  // The maps view keys_, filled completely first so that no string moves afterwards.
  std::map<std::string, std::vector<uint32_t>, std::less<>> words, prefixes;
  for (uint32_t id = 0; id < phrases_.size(); ++id) {
    const Part& first = phrases_[id].parts.front();
    (first.form == Form::kWord ? words : prefixes)[first.text].push_back(id);
    start_cues_[triple(first.text) % kStartBuckets] |= phrases_[id].cue;
    const char second = phrases_[id].second_letter;
    second_letters_[triple(first.text) % kStartBuckets] |=
        second == 0 ? ~uint64_t{0} : uint64_t{1} << letter_bit(second);
  }
  for (const auto& [key, ids] : words) {
    word_shapes_.set(shape(triple(key), key.size()));
    longest_word_ = std::max(longest_word_, key.size());
  }
  size_t longest_prefix = 0;
  for (const auto& [key, ids] : prefixes) {
    prefix_starts_.set(triple(key));
    longest_prefix = std::max(longest_prefix, key.size());
  }
  if (std::max(longest_word_, longest_prefix) > kLongestKey)
    throw std::logic_error("claims.cue_words: a first word longer than 30 letters");
  keys_.reserve(words.size());
  by_word_.reserve(words.size());
  for (auto& [key, ids] : words) by_word_[keys_.emplace_back(key)] = std::move(ids);
  for (auto& [key, ids] : prefixes) {
    prefixes_.push_back(Prefix{key, triple(key), std::move(ids)});
    shortest_prefix_ = std::min(shortest_prefix_, key.size());
  }
}

// Splits "has *ed" / "all-time" / "tax*" into parts; row numbers the errors.
void CueLexicon::add(std::string_view phrase, uint64_t cue, size_t row) {
  Phrase p;
  p.cue = cue;
  Gap gap = Gap::kSpace;
  size_t i = 0;
  auto fail = [&](const char* why) {
    throw std::logic_error("claims.cue_words row " + std::to_string(row) + ": '" + std::string(phrase) + "': " + why);
  };
  while (i < phrase.size()) {
    Part part;
    part.gap = gap;
    if (phrase[i] == '*') part.form = Form::kSuffix, ++i;
    const size_t start = i;
    while (i < phrase.size() && is_ascii_word_byte(phrase[i])) ++i;
    part.text = ascii_lower(phrase.substr(start, i - start));
    if (part.text.empty()) fail("empty word");
    if (i < phrase.size() && (phrase[i] == '*' || phrase[i] == '+')) {
      if (part.form == Form::kSuffix) fail("a word is a prefix or a suffix, not both");
      if (part.text.size() < 3) fail("a prefix has three letters at least");
      part.form = phrase[i] == '*' ? Form::kPrefix : Form::kPrefixPlus;
      ++i;
    }
    if (p.parts.empty() && part.form == Form::kSuffix) fail("a phrase cannot open with a suffix");
    p.parts.push_back(std::move(part));
    if (i == phrase.size()) break;
    if (phrase[i] != ' ' && phrase[i] != '-') fail("words are joined by ' ' or '-'");
    gap = phrase[i] == ' ' ? Gap::kSpace : Gap::kHyphen;
    if (++i == phrase.size()) fail("ends with a separator");
  }
  if (p.parts.empty()) fail("empty phrase");
  p.one_word = p.parts.size() == 1 && p.parts[0].form == Form::kWord;
  if (p.parts.size() > 1 && p.parts[1].form != Form::kSuffix) p.second_letter = p.parts[1].text[0];
  phrases_.push_back(std::move(p));
}

// The words after the first are read from the text as the match goes: most phrases are one
// word, and splitting a sentence into a vector of words first cost an allocation per sentence.
bool CueLexicon::rest_matches(const Phrase& p, std::string_view text, Word first) const {
  Word w = first;
  for (size_t k = 0; k < p.parts.size(); ++k) {
    const Part& part = p.parts[k];
    if (k == 0 && part.form == Form::kWord) continue;  // the word it was looked up by
    if (k > 0) {
      size_t next = w.end;
      while (next < text.size() && !word_byte(text[next])) ++next;
      if (next == text.size()) return false;
      const std::string_view between = text.substr(w.end, next - w.end);
      if (part.gap == Gap::kHyphen ? between != "-" : !std::all_of(between.begin(), between.end(), is_space)) return false;
      w.begin = next;
      w.end = next + 1;
      while (w.end < text.size() && word_byte(text[w.end])) ++w.end;
    }
    const std::string_view word = text.substr(w.begin, w.end - w.begin);
    const size_t n = part.text.size();
    switch (part.form) {
      case Form::kWord:
        if (!ascii_equal_lower(word, part.text)) return false;
        break;
      case Form::kPrefix:
      case Form::kPrefixPlus:
        if (word.size() < n + (part.form == Form::kPrefixPlus ? 1 : 0) || !ascii_equal_lower(word.substr(0, n), part.text))
          return false;
        break;
      case Form::kSuffix:
        if (word.size() <= n || !ascii_equal_lower(word.substr(word.size() - n), part.text)) return false;
        break;
    }
  }
  return true;
}

// Whether p can match at first, from the facts kept with it: false when rest_matches would be
// false, true when it would be true or must be asked. second: where the next word starts
// (text.size() when none), found on first use (kUnknown until then).
bool CueLexicon::may_match(const Phrase& p, std::string_view text, Word first, size_t& second) {
  if (p.second_letter == 0) return true;
  if (second == kUnknown) {
    second = first.end;
    while (second < text.size() && !word_byte(text[second])) ++second;
  }
  return second < text.size() && kLower[static_cast<unsigned char>(text[second])] == p.second_letter;
}

uint64_t CueLexicon::phrases_from(const std::vector<uint32_t>* ids, uint64_t have, std::string_view text,
                                  Word first) const {
  uint64_t found = 0;
  if (ids == nullptr) return found;
  size_t second = kUnknown;
  for (const uint32_t id : *ids) {
    const Phrase& p = phrases_[id];
    if (((have | found) & p.cue) != 0) continue;
    // A one-word phrase is the word it was looked up by.
    if (p.one_word || (may_match(p, text, first, second) && rest_matches(p, text, first))) found |= p.cue;
  }
  return found;
}

uint64_t CueLexicon::phrases_at(std::string_view text, Word w, size_t start, bool as_word, bool as_prefix,
                                uint64_t found) const {
  const size_t size = w.end - w.begin;
  uint64_t more = 0;
  if (as_word) {
    char lower[kLongestKey];
    for (size_t k = 0; k < size; ++k) lower[k] = kLower[static_cast<unsigned char>(text[w.begin + k])];
    more |= phrases_from(by_word_.find(std::string_view(lower, size)), found, text, w);
  }
  if (!as_prefix) return more;
  for (const Prefix& p : prefixes_) {
    if (p.start != start || size < p.text.size() || !ascii_equal_lower(text.substr(w.begin, p.text.size()), p.text)) continue;
    more |= phrases_from(&p.ids, found | more, text, w);
  }
  return more;
}

uint64_t CueLexicon::word_mask(std::string_view text, size_t base) {
  uint64_t mask = 0;
  size_t k = 0;
#if defined(__SSE2__)
  // Range tests as signed compares: c is in [lo, lo + n) when c - lo + 0x80 < n - 0x80.
  auto in_range = [](__m128i v, char lo, int n) {
    const __m128i shifted = _mm_add_epi8(v, _mm_set1_epi8(static_cast<char>(0x80 - lo)));
    return _mm_cmplt_epi8(shifted, _mm_set1_epi8(static_cast<char>(n - 0x80)));
  };
  for (; k < 64 && base + k + 16 <= text.size(); k += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + base + k));
    const __m128i letter = in_range(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 26);  // 0x20: lower case
    const __m128i digit = in_range(v, '0', 10);
    const __m128i underscore = _mm_cmpeq_epi8(v, _mm_set1_epi8('_'));
    const auto bits =
        static_cast<uint32_t>(_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(letter, digit), underscore)));
    mask |= uint64_t{bits} << k;
  }
#endif
  for (; k < 64 && base + k < text.size(); ++k) mask |= uint64_t{word_byte(text[base + k])} << k;
  return mask;
}

uint64_t CueLexicon::matching(std::string_view text) const {
  return matching(text, [](size_t, size_t) {});
}

}  // namespace newsclaim
