// Product and event names are none of the entity types: a name followed by a model number
// ("Boeing 747"), continuing a lower-case-led brand ("iPod Nano"), or written only before a
// product or event noun ("the Zephyr Pro laptops", "the Harbor Lights festival") is dropped.
#include <algorithm>
#include <vector>

#include "extract/entities_internal.hpp"

namespace newsclaim {

namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }
bool alnum(char c) { return digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// " 747", " 777-200LR", " A320neo" right after byte end: a model designation. Amounts ("3,000",
// "2.5"), years ("2010", "Euro 2012" stays an event name) and scores ("3") are not.
bool model_number_after(std::string_view text, size_t end) {
  if (end + 1 >= text.size() || text[end] != ' ') return false;
  size_t i = end + 1, digits = 0;
  while (i < text.size() && (alnum(text[i]) || text[i] == '-')) digits += digit(text[i++]);
  const std::string_view token = text.substr(end + 1, i - end - 1);
  if (token.size() < 3 || digits == 0 || !(digit(token[0]) || digit(token[1]))) return false;
  if (i + 1 < text.size() && (text[i] == ',' || text[i] == '.') && digit(text[i + 1])) return false;
  if (i < text.size() && text[i] == '%') return false;
  const bool year = token.size() == 4 && digits == 4 && (token.starts_with("19") || token.starts_with("20"));
  return !year;
}

// "iPod Nano", "iPhone Pro": a word written lower case first and capitalized inside ("iPod",
// "eBay") right before the name starts a brand the name continues.
bool after_camel_word(std::string_view text, size_t begin) {
  if (begin < 3 || text[begin - 1] != ' ') return false;
  size_t s = begin - 1;
  bool inner_capital = false;
  while (s > 0 && alnum(text[s - 1])) {
    inner_capital |= text[s - 1] >= 'A' && text[s - 1] <= 'Z';
    --s;
  }
  return s < begin - 1 && text[s] >= 'a' && text[s] <= 'z' && inner_capital;
}

// The lower-case word (or two-word phrase) after byte end names a product or an event.
bool product_noun_after(std::string_view text, size_t end, const Lexicon& lex) {
  if (end + 1 >= text.size() || text[end] != ' ' || text[end + 1] < 'a' || text[end + 1] > 'z') return false;
  size_t i = end + 1;
  while (i < text.size() && text[i] >= 'a' && text[i] <= 'z') ++i;
  if (lex.org_cue(text.substr(end + 1, i - end - 1), CuePosition::Product)) return true;
  if (i + 1 >= text.size() || text[i] != ' ') return false;
  size_t j = i + 1;
  while (j < text.size() && text[j] >= 'a' && text[j] <= 'z') ++j;
  return j > i + 1 && lex.org_cue(text.substr(end + 1, j - end - 1), CuePosition::Product);
}

// A name the gazetteers know, or one ending in an organization word ("Ford Motor vehicles"),
// names its maker even before a product noun.
bool maker_name(const Mention& m, const Lexicon& lex) {
  if (lex.known(m.text) || lex.acronym(m.text) || m.person_hint) return true;
  const size_t sp = m.text.rfind(' ');
  return lex.org_cue(sp == std::string_view::npos ? m.text : m.text.substr(sp + 1), CuePosition::Last);
}

}  // namespace

void drop_product_names(std::string_view text, const Lexicon& lex, std::vector<Mention>& ms) {
  std::erase_if(ms, [&](const Mention& m) {
    return model_number_after(text, m.span.end) || after_camel_word(text, m.span.begin);
  });
  std::vector<std::string_view> products, others;
  for (const Mention& m : ms) {
    const bool product = !maker_name(m, lex) && product_noun_after(text, m.span.end, lex);
    (product ? products : others).push_back(m.text);
  }
  if (products.empty()) return;
  // One name, one kind: a name the article also writes without a product noun stays.
  std::sort(others.begin(), others.end());
  std::erase_if(ms, [&](const Mention& m) {
    return std::find(products.begin(), products.end(), m.text) != products.end() &&
           !std::binary_search(others.begin(), others.end(), m.text);
  });
}

}  // namespace newsclaim
