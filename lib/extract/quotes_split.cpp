#include "extract/quotes_split.hpp"

#include <algorithm>
#include <optional>
#include <stdexcept>
#include <unordered_map>

#include "patterns/ruleset.hpp"
#include "text/ascii.hpp"

namespace newsclaim {
namespace {

bool is_space(char c) { return c == ' ' || c == '\n'; }

bool is_word_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c & 0x80);
}

Span trim(std::string_view text, Span s) {
  while (s.begin < s.end && is_space(text[s.begin])) ++s.begin;
  while (s.end > s.begin && is_space(text[s.end - 1])) --s.end;
  return s;
}

// The leftmost match of re in text[s] (DFA only); nullopt when none.
std::optional<Span> find_in(const RE2& re, std::string_view text, Span s) {
  const re2::StringPiece sub(text.data() + s.begin, s.size());
  re2::StringPiece m;
  if (!re.Match(sub, 0, sub.size(), RE2::UNANCHORED, &m, 1)) return std::nullopt;
  const auto b = s.begin + static_cast<uint32_t>(m.data() - sub.data());
  return Span{b, b + static_cast<uint32_t>(m.size())};
}

// Whether every word of s opens with an ASCII capital.
bool all_capitalized(std::string_view s) {
  size_t w = 0;
  while (true) {
    if (w >= s.size() || !is_ascii_upper(s[w])) return false;
    const size_t space = s.find(' ', w);
    if (space == std::string_view::npos) return true;
    w = space + 1;
  }
}

// The words before "from", "of" or "at" in a speaker named with its affiliation ("Tom Hale of
// Varna Labs"); words: quotes/affiliation_words.tsv, word -> true for an organization word,
// false for a title. Two or three capitalized words ending in neither are a person, the
// speaker; words ending in an organization word are one name with what follows ("Federal
// Reserve Bank of Dallas"), unless a title and a person follow ("Bank of England governor Mervyn
// King"); a title ("Prime Minister of Japan") decides nothing here.
std::optional<Span> affiliated_speaker(std::string_view text, Span r,
                                       const std::unordered_map<std::string_view, bool>& words) {
  static constexpr std::string_view kJoins[] = {" from the ", " from ",   " of the ",
                                                " of ",       " at the ", " at "};
  const std::string_view s = text.substr(r.begin, r.size());
  for (const std::string_view join : kJoins) {
    const size_t at = s.find(join);
    if (at == std::string_view::npos) continue;
    const std::string_view left = s.substr(0, at), right = s.substr(at + join.size());
    if (right.empty() || !is_ascii_upper(right[0]) || !all_capitalized(left)) return std::nullopt;
    const auto kind = words.find(left.substr(left.rfind(' ') + 1));
    if (kind != words.end()) {
      if (!kind->second) return std::nullopt;  // a title
      return all_capitalized(right) ? std::optional<Span>(r) : std::nullopt;
    }
    const auto n = static_cast<size_t>(std::count(left.begin(), left.end(), ' ')) + 1;
    if (n < 2 || n > 3) return std::nullopt;
    return Span{r.begin, r.begin + static_cast<uint32_t>(at)};
  }
  return std::nullopt;
}

// Whether some word of s opens with a lower-case letter: a description, not a name.
bool has_lower_word(std::string_view s) {
  for (size_t w = 0; w < s.size(); ++w) {
    if ((w == 0 || s[w - 1] == ' ') && s[w] >= 'a' && s[w] <= 'z') return true;
  }
  return false;
}

}  // namespace

MatchSplitter::MatchSplitter(const Ruleset& rules)
    : cue_end_(rules.re("quotes.part_cue_end")),
      cue_start_(rules.re("quotes.part_cue_start")),
      aux_end_(rules.re("quotes.part_aux_end")),
      when_end_(rules.re("quotes.part_when_end")),
      possessed_end_(rules.re("quotes.part_possessed_end")),
      pron_(rules.re("quotes.part_pron")),
      det_(rules.re("quotes.part_det")),
      group_(rules.re("quotes.part_group")),
      name_end_(rules.re("quotes.part_name_end")) {
  for (const auto& row : rules.gazetteer("quotes.affiliation_words").rows()) {
    if (row.size() < 2 || (row[1] != "org" && row[1] != "title"))
      throw std::logic_error("quotes/affiliation_words.tsv: kind must be org or title");
    affiliation_words_.emplace(row[0], row[1] == "org");
  }
}

// Peels what follows a speaker off the end of region (auxiliaries, a weekday, an appositive,
// a parenthesis, a possessed statement), then tells what kind of speaker is left.
std::optional<Attribution> MatchSplitter::speaker_in(std::string_view text, Span region,
                                                     bool after_verb) const {
  Span r = trim(text, region);
  if (auto aux = find_in(aux_end_, text, r)) r = trim(text, {r.begin, aux->begin});
  if (auto when = find_in(when_end_, text, r)) r = trim(text, {r.begin, when->begin});
  if (r.size() > 0 && text[r.end - 1] == ',') {
    const size_t comma = text.substr(r.begin, r.size()).find(',');  // speakers have no commas
    const Span first = trim(text, {r.begin, r.begin + static_cast<uint32_t>(comma)});
    // "The chairman of the Fenwick Group, Anna Marsh, said": a full name in apposition to a
    // description is who speaks
    const uint32_t after = r.begin + static_cast<uint32_t>(comma) + 1;
    const Span appos = after < r.end ? trim(text, {after, r.end - 1}) : Span{r.end, r.end};
    if (!appos.empty() && has_lower_word(text.substr(first.begin, first.size())) &&
        text.substr(appos.begin, appos.size()).find(' ') != std::string_view::npos) {
      if (const auto name = find_in(name_end_, text, appos); name && *name == appos)
        return Attribution{appos, appos, SpeakerKind::Name, {}};
    }
    r = first;
  }
  if (r.size() > 0 && text[r.end - 1] == ')') {
    const size_t open = text.substr(r.begin, r.size()).rfind('(');
    if (open != std::string_view::npos) r = trim(text, {r.begin, r.begin + static_cast<uint32_t>(open)});
  }
  if (auto poss = find_in(possessed_end_, text, r)) r = trim(text, {r.begin, poss->begin});
  // "Moody's said", "McDonald's said": a name ending in "'s" with nothing possessed after it
  else if (after_verb && r.size() > 3 && text.substr(r.end - 2, 2) == "'s") {
    const Span name{r.begin, r.end - 2};
    if (const auto n = find_in(name_end_, text, name); n && n->end == name.end) {
      const Span whole{n->begin, r.end};
      return Attribution{whole, whole, SpeakerKind::Name, {}};
    }
  }
  while (r.begin < r.end && !is_word_byte(text[r.begin])) ++r.begin;
  if (r.empty()) return std::nullopt;
  auto whole_match = [&](const RE2& re) {
    const auto m = find_in(re, text, r);
    return m && *m == r;
  };
  if (whole_match(pron_)) return Attribution{r, r, SpeakerKind::Pronoun, {}};
  if (const auto d = find_in(det_, text, r); d && d->begin == r.begin) {
    return Attribution{r, r, SpeakerKind::Description, {}};
  }
  if (whole_match(group_)) return Attribution{r, r, SpeakerKind::Group, {}};
  if (const auto name = affiliated_speaker(text, r, affiliation_words_))
    return Attribution{*name, *name, SpeakerKind::Name, {}};
  if (const auto name = find_in(name_end_, text, r)) return Attribution{*name, *name, SpeakerKind::Name, {}};
  return std::nullopt;
}

std::optional<Attribution> MatchSplitter::split(std::string_view text, Span whole, Shape shape) const {
  Span region = whole, cue{};
  switch (shape) {
    case Shape::SpeakerCue:
      if (const auto c = find_in(cue_end_, text, whole)) cue = *c, region.end = c->begin;
      else return std::nullopt;
      break;
    case Shape::CueSpeaker:
      if (const auto c = find_in(cue_start_, text, whole)) {
        cue = *c;
        while (cue.begin < cue.end && !is_word_byte(text[cue.begin])) ++cue.begin;
        region.begin = c->end;
      } else {
        return std::nullopt;
      }
      break;
    case Shape::Inverted:
      // "said Dana Whitfield, an analyst." names its speaker before the description (so the region
      // ends before its first comma; spaces and a colon are trimmed)
      if (const size_t comma = text.substr(region.begin, region.size()).find(',');
          comma != std::string_view::npos)
        region.end = region.begin + static_cast<uint32_t>(comma);
      while (region.end > region.begin && (is_space(text[region.end - 1]) || text[region.end - 1] == ':')) {
        --region.end;
      }
      break;
    case Shape::Subject:
      break;
  }
  auto a = speaker_in(text, region, shape == Shape::SpeakerCue);
  if (a) a->cue = cue;
  return a;
}

}  // namespace newsclaim
