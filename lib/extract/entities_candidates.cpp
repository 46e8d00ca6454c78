// Finding name mentions: one RE2 pass for capitalized runs, then each run is cut into names —
// titles become roles, sentence-initial common words and headline words are dropped, and
// "of"/"and" split a run unless an organization cue holds it together.
#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <unordered_set>

#include "extract/entities_internal.hpp"
#include "extract/entities_roles.hpp"
#include "extract/entities_scan.hpp"
#include "extract/entities_tokens.hpp"

namespace newsclaim {

namespace {

struct Run {
  Span span;
  bool sentence_initial = false;
};

// Evidence from the whole document: capitalized words seen away from a sentence start.
// Sorted words with binary search: one allocation per article instead of a node per word.
class WordList {
 public:
  void insert(std::string_view w) { words_.push_back(w); }
  void freeze() {
    std::sort(words_.begin(), words_.end());
    words_.erase(std::unique(words_.begin(), words_.end()), words_.end());
  }
  size_t count(std::string_view w) const { return std::binary_search(words_.begin(), words_.end(), w) ? 1 : 0; }

 private:
  std::vector<std::string_view> words_;
};

struct DocWords {
  WordList mid_sentence;
  std::vector<int8_t> title_case;  // per paragraph: -1 unknown, 0 no, 1 yes
};

bool only_punctuation(std::string_view s) {
  for (unsigned char c : s) {
    if (std::isalnum(c)) return false;
  }
  return s.size() <= 6;
}

// True at a sentence start, and after an opening quote ('as: "As long as ...'), where a
// capital says nothing about a name either.
bool starts_sentence(const Context& ctx, size_t& sentence, uint32_t b) {
  const std::string& text = ctx.doc.norm();
  if (b >= 2 && text[b - 1] == '"' && (text[b - 2] == ' ' || text[b - 2] == '(' || text[b - 2] == '\n')) return true;
  const auto& ss = ctx.layout.sentences;
  while (sentence < ss.size() && ss[sentence].end <= b) ++sentence;
  if (sentence >= ss.size() || ss[sentence].begin > b) return false;
  return only_punctuation(std::string_view(ctx.doc.norm()).substr(ss[sentence].begin, b - ss[sentence].begin));
}

std::vector<Run> scan_runs(const Context& ctx, const Lexicon& lex) {
  std::vector<Run> runs;
  size_t sentence = 0;
  for (const Span& s : scan_capitalized_runs(ctx.doc.norm(), lex.connectors())) {
    const bool initial = starts_sentence(ctx, sentence, s.begin);
    if (!ctx.layout.in_boilerplate(s)) runs.push_back({s, initial});
  }
  return runs;
}

// A headline in Title Case capitalizes ordinary words; there they are not names.
bool title_case_paragraph(std::string_view p) {
  int upper = 0;
  size_t i = 0;
  while (i < p.size()) {
    size_t j = p.find(' ', i);
    if (j == std::string_view::npos) j = p.size();
    const std::string_view w = p.substr(i, j - i);
    if (w.size() > 3 && w[0] >= 'A' && w[0] <= 'Z') ++upper;
    else if (w.size() > 3 && w[0] >= 'a' && w[0] <= 'z') return false;  // running text
    i = j + 1;
  }
  return upper >= 3;
}

bool in_title_case(const Context& ctx, DocWords& doc, uint32_t b) {
  const size_t p = ctx.layout.paragraph_at(b);
  if (p == static_cast<size_t>(-1) || p >= ctx.layout.paragraphs.size()) return false;
  if (doc.title_case.empty()) doc.title_case.assign(ctx.layout.paragraphs.size(), -1);
  if (doc.title_case[p] < 0) doc.title_case[p] = title_case_paragraph(ctx.doc.norm_slice(ctx.layout.paragraphs[p]));
  return doc.title_case[p] == 1;
}

bool all_caps_ascii(std::string_view w) {
  for (unsigned char c : w) {
    if (!(c >= 'A' && c <= 'Z')) return false;
  }
  return true;
}

// A frequent English word that is neither a known name, a given name nor an organization word.
bool plain_word(std::string_view w, const Lexicon& lex) {
  const WordFacts* f = lex.facts(w);
  std::array<char, 24> lower;
  if (!f && w.size() > 1 && w.size() <= lower.size() && all_caps_ascii(w)) {  // "SEES" in a wire headline
    for (size_t i = 0; i < w.size(); ++i) lower[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(w[i])));
    f = lex.facts(std::string_view(lower.data(), w.size()));
  }
  return f && f->has(WordFacts::kCommon) &&
         !f->has(WordFacts::kKnown | WordFacts::kFirstName | WordFacts::kCueLast | WordFacts::kAcronym);
}

std::string_view slice(std::string_view text, const std::vector<Token>& t, size_t a, size_t b) {
  return text.substr(t[a].begin, t[b - 1].end - t[a].begin);
}

// "Additionally," "Finally,": an -ly word and a comma open a sentence, whatever the word list.
bool introductory_adverb(std::string_view text, const Token& tok, const Lexicon& lex) {
  const std::string_view w = word(text, tok);
  return w.size() > 4 && w.ends_with("ly") && tok.end < text.size() && text[tok.end] == ',' && !lex.facts(w);
}

// Whether the sentence-initial ordinary word t[first] belongs to the name run [first, end):
// the whole is known or capitalized elsewhere, an organization word follows ("Public Services
// ..."), or a content word is followed by another ordinary capitalized word ("Apple Computer",
// "Global News", "White House"; but "When Global News", "Yesterday Nuctech").
bool keeps_first_word(std::string_view text, const DocWords& doc, const Lexicon& lex, const std::vector<Token>& t,
                      size_t first, size_t end) {
  const std::string_view whole = slice(text, t, first, end);
  if (lex.known(whole) || doc.mid_sentence.count(whole)) return true;
  for (size_t i = first + 1; i < end; ++i) {
    const std::string_view x = word(text, t[i]);
    if (lex.org_cue(x, CuePosition::Last) || lex.org_cue(x, CuePosition::Media)) return true;
  }
  const WordFacts* f = lex.facts(word(text, t[first]));
  if (f && f->has(WordFacts::kFrequent)) return false;
  return plain_word(word(text, t[first + 1]), lex);
}

// "However", "This" at a sentence start: dropped unless the document capitalizes the word
// elsewhere too or the rest of the run makes it a name ("New Zealand", "Global News",
// "Public Services and Procurement Canada").
void drop_sentence_initial(std::string_view text, const DocWords& doc, const Lexicon& lex,
                           std::vector<Token>& t, size_t first) {
  if (t[first].drop || t[first].connector) return;
  const std::string_view w = word(text, t[first]);
  if (doc.mid_sentence.count(w)) return;
  if (!plain_word(w, lex) && !introductory_adverb(text, t[first], lex)) return;
  if (first + 1 < t.size() && t[first + 1].connector) {  // "When the Air Force"
    t[first].drop = true;
    return;
  }
  size_t end = first + 1;
  while (end < t.size() && !t[end - 1].break_after) ++end;
  if (end - first > 1 && keeps_first_word(text, doc, lex, t, first, end)) return;
  t[first].drop = true;
}

// In a Title Case headline an ordinary word is dropped unless the article capitalizes it
// elsewhere in running text ("Apple" in "Apple Unveils New Phone").
void drop_headline_words(std::string_view text, const DocWords& doc, const Lexicon& lex, std::vector<Token>& t) {
  for (auto& tok : t) {
    const std::string_view w = word(text, tok);
    if (!tok.connector && plain_word(w, lex) && !doc.mid_sentence.count(w)) tok.drop = true;
  }
}

// An organization or place name keeps its inner "of"/"and" ("Bank of America", "Securities and
// Exchange Commission", "Gulf of Mexico"); elsewhere they separate two names.
bool org_like(std::string_view text, const std::vector<Token>& t, size_t a, size_t b, const Lexicon& lex) {
  const std::string_view whole = slice(text, t, a, b);
  if (lex.known(whole) || !lex.acronym_of(whole).empty()) return true;
  if (lex.org_cue(word(text, t[b - 1]), CuePosition::Last)) return true;
  for (size_t i = a; i + 1 < b; ++i) {
    const std::string_view next = word(text, t[i + 1]);
    if ((next == "of" || next == "for") && lex.org_cue(word(text, t[i]), CuePosition::First)) return true;
  }
  return false;
}

class MentionBuilder {
 public:
  MentionBuilder(const Context& ctx, const EntityRules& rules, std::vector<Mention>& out)
      : text_(ctx.doc.norm()), rules_(rules), lex_(rules.lexicon), out_(out) {}

  // Tokens [a, b) with no drop or break inside: titles, then connectors decide the cuts.
  void segment(const std::vector<Token>& t, size_t a, size_t b) {
    if (defined_by_initials(t, a, b)) return emit(t, a, b, t[a].begin, {});
    if (const size_t cut = boundary(t, a, b); cut < b) {
      size_t next = cut;
      while (next < b && t[next].connector) ++next;
      segment(t, a, cut);
      if (next < b) segment(t, next, b);
      return;
    }
    if (org_like(text_, t, a, b, lex_)) return emit(t, office_of(t, a, b), b, t[a].begin, {});
    if (auto r = find_role_in_run(text_, t, a, b, lex_)) {
      if (r->role_begin > a) segment(t, a, r->role_begin);
      std::string role(slice(text_, t, r->role_begin, r->role_end));
      emit(t, r->name_begin, b, t[r->role_begin].begin, std::move(role));
      return;
    }
    split_at_connectors(t, a, b);
  }

 private:
  // Where one name ends and the next begins inside tokens [a, b), or b:
  //  "Redwood Analytics Inc. and the Northern Water Agency", "Toyota and General Motors"
  //  ("and" after a complete name; "Securities and Exchange Commission" joins ordinary
  //  words), "Chrysler LLC Jim Press" (an organization suffix, then a given name).
  size_t boundary(const std::vector<Token>& t, size_t a, size_t b) const {
    for (size_t i = a + 1; i + 1 < b; ++i) {
      const std::string_view left = word(text_, t[i - 1]);
      if (t[i - 1].connector) continue;
      if (!t[i].connector) {
        if (lex_.org_cue(left, CuePosition::Last) && lex_.first_name(word(text_, t[i])) && !t[i + 1].connector)
          return i;
        continue;
      }
      if (word(text_, t[i]) != "and") continue;
      if (word(text_, t[i + 1]) == "the" || lex_.org_cue(left, CuePosition::Last) || !lex_.common_word(left))
        return i;
    }
    return b;
  }

  // "Chief Executive Officer of General Motors": an office held in an organization names the
  // organization after the last "of"; a is returned when the run does not start with a role.
  size_t office_of(const std::vector<Token>& t, size_t a, size_t b) const {
    const RoleKind* k = lex_.role(word(text_, t[a]));
    if (!k || *k == RoleKind::Honorific) return a;
    for (size_t i = b - 1; i > a; --i) {
      if (word(text_, t[i]) == "of") return i + 1 < b ? i + 1 : a;
    }
    return a;
  }

  void split_at_connectors(const std::vector<Token>& t, size_t a, size_t b) {
    size_t start = a;
    for (size_t i = a; i < b; ++i) {
      const std::string_view w = word(text_, t[i]);
      if (t[i].connector && !name_particle(w) && w != "&") {
        if (start < i) emit(t, start, i, t[start].begin, {});
        start = i + 1;
      }
    }
    if (start < b) emit(t, start, b, t[start].begin, {});
  }

  // context: where to look back for a lower-case role ("former president").
  void emit(const std::vector<Token>& t, size_t a, size_t b, uint32_t context, std::string role) {
    while (a < b && t[a].connector) ++a;
    while (b > a && t[b - 1].connector) --b;
    if (a >= b) return;
    Mention m;
    m.span = {t[a].begin, t[b - 1].end};
    m.text = text_.substr(m.span.begin, m.span.size());
    if (m.text.size() < 2) return;
    m.tokens = static_cast<int>(b - a);
    m.sentence_initial = t[a].sentence_start;
    m.after_the = m.span.begin >= 4 && (text_.substr(m.span.begin - 4, 4) == "the " ||
                                        text_.substr(m.span.begin - 4, 4) == "The ");
    m.place_hint = t[b - 1].place_hint;
    if (lex_.not_name(m.text) || lex_.role(m.text)) return;  // "Prime Minister" alone
    if (not_an_entity(t[b - 1])) return;
    std::string before = role_before(text_, context, lex_);
    if (!before.empty()) role = role.empty() ? before : before + " " + role;
    m.person_hint = !role.empty();
    m.role = std::move(role);
    find_definition(m);
    out_.push_back(std::move(m));
  }

  // "Public Services and Procurement Canada (PSPC)": the acronym after the run spells its
  // capitalized words, so the run is one name whatever its inner "and"/"of".
  bool defined_by_initials(const std::vector<Token>& t, size_t a, size_t b) const {
    if (b - a < 3) return false;
    const std::string_view acronym = acronym_after(t[b - 1].end);
    if (acronym.empty()) return false;
    size_t k = 0;
    for (size_t i = a; i < b; ++i) {
      if (t[i].connector) continue;
      if (k >= acronym.size() || acronym[k] != text_[t[i].begin]) return false;
      ++k;
    }
    return k == acronym.size();
  }

  // A model number ("Airbus A380") or an index ("Dow Jones Industrial Average") names a
  // product or a market figure, none of the entity types.
  bool not_an_entity(const Token& last) const {
    const std::string_view w = word(text_, last);
    if (lex_.org_cue(w, CuePosition::Other)) return true;
    return w.size() >= 2 && w.find_first_of("0123456789") != std::string_view::npos;
  }

  // "Canada Border Services Agency (CBSA)": the acronym the name defines.
  void find_definition(Mention& m) const { m.defines = acronym_after(m.span.end); }

  // The acronym in parentheses right after byte end, or empty. The regex sees only the next
  // bytes: RE2's ^ does not match at a start position inside a text.
  std::string_view acronym_after(uint32_t end) const {
    const std::string_view after = text_.substr(end, 2);
    if (after.empty() || (after[0] != '(' && after != " (")) return {};
    const std::string_view window = text_.substr(end, 16);
    re2::StringPiece groups[2];
    if (!rules_.acronym_definition.Match(window, 0, window.size(), RE2::ANCHOR_START, groups, 2)) return {};
    return std::string_view(groups[1].data(), groups[1].size());
  }

  std::string_view text_;
  const EntityRules& rules_;
  const Lexicon& lex_;
  std::vector<Mention>& out_;
};

DocWords collect_doc_words(const Context& ctx, const Lexicon& lex, const std::vector<Run>& runs) {
  const std::string_view text = ctx.doc.norm();
  DocWords doc;
  for (const Run& r : runs) {
    if (in_title_case(ctx, doc, r.span.begin)) continue;  // a headline capitalizes anything
    const std::string_view s = text.substr(r.span.begin, r.span.size());
    size_t i = 0;
    if (r.sentence_initial) i = s.find(' ') == std::string_view::npos ? s.size() : s.find(' ') + 1;
    if (!r.sentence_initial) doc.mid_sentence.insert(s);
    // "Apple Inc. said": an organization suffix vouches for a sentence-initial first word.
    const size_t last_space = s.rfind(' ');
    const size_t first_space = s.find(' ');
    if (r.sentence_initial && last_space != std::string_view::npos &&
        lex.org_cue(s.substr(last_space + 1), CuePosition::Last) && !lex.not_name(s.substr(0, first_space)) &&
        std::isupper(static_cast<unsigned char>(s[first_space + 1])))
      i = 0;
    bool after_period = false;  // "Nuctech. According": a new sentence inside the run
    while (i < s.size()) {
      size_t j = s.find(' ', i);
      if (j == std::string_view::npos) j = s.size();
      std::string_view w = s.substr(i, j - i);
      if (w.ends_with("'s")) w.remove_suffix(2);
      if (!after_period) doc.mid_sentence.insert(w);
      after_period = j > i && s[j - 1] == '.';
      i = j + 1;
    }
  }
  doc.mid_sentence.freeze();
  return doc;
}

}  // namespace

std::vector<Mention> find_mentions(const Context& ctx, const EntityRules& rules) {
  const std::string_view text = ctx.doc.norm();
  const std::vector<Run> runs = scan_runs(ctx, rules.lexicon);
  DocWords doc = collect_doc_words(ctx, rules.lexicon, runs);
  std::vector<Mention> out;
  out.reserve(runs.size() + runs.size() / 2);
  std::vector<Token> tokens;
  MentionBuilder builder(ctx, rules, out);
  for (const Run& run : runs) {
    tokenize_run(text, run.span.begin, run.span.end, rules.lexicon, tokens);
    if (tokens.empty()) continue;
    if (word(text, tokens[0]) == "The" || word(text, tokens[0]) == "A" || word(text, tokens[0]) == "An")
      tokens[0].drop = true;
    if (in_title_case(ctx, doc, run.span.begin)) drop_headline_words(text, doc, rules.lexicon, tokens);
    else {
      tokens[0].sentence_start = run.sentence_initial;
      for (size_t i = 0; i < tokens.size(); ++i) {
        if (tokens[i].sentence_start) drop_sentence_initial(text, doc, rules.lexicon, tokens, i);
      }
    }
    size_t a = 0;
    for (size_t i = 0; i <= tokens.size(); ++i) {
      const bool end = i == tokens.size() || tokens[i].drop;
      if (end || tokens[i].break_after) {
        const size_t b = end ? i : i + 1;
        if (a < b) builder.segment(tokens, a, b);
        a = i + 1;
      }
    }
  }
  return out;
}

Words words_of(std::string_view name) {
  Words out;
  size_t i = 0;
  while (i < name.size() && out.n < Words::kMax) {
    size_t j = out.n + 1 == Words::kMax ? std::string_view::npos : name.find(' ', i);
    if (j == std::string_view::npos) j = name.size();
    if (j > i) out.w[out.n++] = name.substr(i, j - i);
    i = j + 1;
  }
  return out;
}

}  // namespace newsclaim
