#include "extract/attribution.hpp"

#include <algorithm>
#include <cctype>

#include "patterns/ruleset.hpp"

namespace newsclaim {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// "is  believed\nto" -> "is believed to": hedges are reported as words, not layout.
std::string squeeze_spaces(std::string_view s) {
  std::string out;
  for (const char c : s) {
    const bool space = std::isspace(static_cast<unsigned char>(c)) != 0;
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  return out;
}

// A source phrase without trailing punctuation the name pattern may have taken ("Canada.").
Span trim_phrase(std::string_view text, Span s) {
  while (s.end > s.begin && std::string_view(".,;:'").find(text[s.end - 1]) != std::string_view::npos) --s.end;
  return s;
}

}  // namespace

Attribution::Attribution(const Ruleset& rules)
    : hedge_(rules.re("claims.hedge")) {
  for (const std::string& key : rules.keys_with_prefix("claims.source_")) source_rules_.push_back(&rules.re(key));
  const Gazetteer& words = rules.gazetteer("claims.not_sources");
  for (const auto& row : words.rows()) {
    if (!row.empty()) not_sources_.insert(lower(row[0]));
  }
}

bool Attribution::is_pronoun(std::string_view phrase) const {
  return not_sources_.count(lower(phrase)) > 0;
}

std::optional<Source> Attribution::named_source(std::string_view text, Span sentence,
                                                const MentionIndex& mentions) const {
  for (const RE2* rule : source_rules_) {
    const std::optional<Span> g = first_group(*rule, text, sentence, 1);
    if (!g) continue;
    const Span phrase = trim_phrase(text, *g);
    if (phrase.empty() || is_pronoun(text.substr(phrase.begin, phrase.size()))) continue;
    return Source{mentions.entity_at(phrase), std::string(text.substr(phrase.begin, phrase.size()))};
  }
  return std::nullopt;
}

std::optional<Source> Attribution::source(std::string_view text, Span sentence, const MentionIndex& mentions,
                                          const std::vector<Quote>& quotes) const {
  if (auto named = named_source(text, sentence, mentions)) return named;
  // A sentence mostly spoken inside a quotation is sourced to the quote's speaker.
  auto it = std::find_if(quotes.begin(), quotes.end(), [&](const Quote& q) {
    const uint32_t begin = std::max(q.span.begin, sentence.begin), end = std::min(q.span.end, sentence.end);
    return !q.scare && end > begin && 2 * (end - begin) >= sentence.size();
  });
  if (it == quotes.end() || (!it->speaker && it->speaker_text.empty())) return std::nullopt;
  return Source{it->speaker, it->speaker_text};
}

std::vector<std::string> Attribution::hedges(std::string_view text, Span sentence) const {
  std::vector<std::string> out;
  const RuleHits found(hedge_, text, sentence);
  for (const Span h : found.hits()) {
    std::string word = squeeze_spaces(lower(text.substr(h.begin, h.size())));
    if (std::find(out.begin(), out.end(), word) == out.end()) out.push_back(std::move(word));
  }
  return out;
}

}  // namespace newsclaim
