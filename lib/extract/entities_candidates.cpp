// Finding name mentions: one RE2 pass for capitalized runs, then each run is cut into names —
// titles become roles, sentence-initial common words and headline words are dropped, and
// "of"/"and" split a run unless an organization cue holds it together.
#include <algorithm>
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
struct DocWords {
  std::unordered_set<std::string_view> mid_sentence;
  std::vector<int8_t> title_case;  // per paragraph: -1 unknown, 0 no, 1 yes
};

bool only_punctuation(std::string_view s) {
  for (unsigned char c : s) {
    if (std::isalnum(c)) return false;
  }
  return s.size() <= 6;
}

bool starts_sentence(const Context& ctx, size_t& sentence, uint32_t b) {
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
  int upper = 0, lower = 0;
  size_t i = 0;
  while (i < p.size()) {
    size_t j = p.find(' ', i);
    if (j == std::string_view::npos) j = p.size();
    const std::string_view w = p.substr(i, j - i);
    if (w.size() > 3 && std::isupper(static_cast<unsigned char>(w[0]))) ++upper;
    else if (w.size() > 3 && std::islower(static_cast<unsigned char>(w[0]))) ++lower;
    i = j + 1;
  }
  return upper >= 3 && lower == 0;
}

bool in_title_case(const Context& ctx, DocWords& doc, uint32_t b) {
  const size_t p = ctx.layout.paragraph_at(b);
  if (p == static_cast<size_t>(-1) || p >= ctx.layout.paragraphs.size()) return false;
  if (doc.title_case.empty()) doc.title_case.assign(ctx.layout.paragraphs.size(), -1);
  if (doc.title_case[p] < 0) doc.title_case[p] = title_case_paragraph(ctx.doc.norm_slice(ctx.layout.paragraphs[p]));
  return doc.title_case[p] == 1;
}

// A frequent English word that is neither a known name, a given name nor an organization word.
bool plain_word(std::string_view w, const Lexicon& lex) {
  const WordFacts* f = lex.facts(w);
  return f && f->has(WordFacts::kCommon) &&
         !f->has(WordFacts::kKnown | WordFacts::kFirstName | WordFacts::kCueLast | WordFacts::kAcronym);
}

std::string_view slice(std::string_view text, const std::vector<Token>& t, size_t a, size_t b) {
  return text.substr(t[a].begin, t[b - 1].end - t[a].begin);
}

// "However", "This" at a sentence start: dropped unless the document capitalizes the word
// elsewhere too or the rest of the run makes it a name ("New Zealand", "Global News",
// "Public Services and Procurement Canada").
void drop_sentence_initial(std::string_view text, const DocWords& doc, const Lexicon& lex,
                           std::vector<Token>& t, size_t first) {
  if (t[first].drop || t[first].connector) return;
  const std::string_view w = word(text, t[first]);
  if (!plain_word(w, lex) || doc.mid_sentence.count(w)) return;
  if (first + 1 < t.size() && t[first + 1].connector) {  // "When the Air Force"
    t[first].drop = true;
    return;
  }
  size_t end = first + 1;
  while (end < t.size() && !t[end - 1].break_after) ++end;
  if (end - first > 1) {
    const std::string_view whole = slice(text, t, first, end);
    if (lex.known(whole) || doc.mid_sentence.count(whole)) return;
    for (size_t i = first + 1; i < end; ++i) {
      const std::string_view x = word(text, t[i]);
      if (lex.org_cue(x, CuePosition::Last) || lex.org_cue(x, CuePosition::Media)) return;
    }
  }
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
    // "Redwood Analytics Inc. and the Northern Water Agency": a complete organization name
    // or "and the" ends one name before the next begins.
    for (size_t i = a + 1; i + 1 < b; ++i) {
      if (!t[i].connector || t[i - 1].connector) continue;
      if (word(text_, t[i]) != "and") continue;
      // "Securities and Exchange Commission" joins ordinary words; "Toyota and General
      // Motors" joins two names.
      const std::string_view left = word(text_, t[i - 1]);
      if (word(text_, t[i + 1]) == "the" || lex_.org_cue(left, CuePosition::Last) || !lex_.common_word(left)) {
        size_t next = i;
        while (next < b && t[next].connector) ++next;
        segment(t, a, i);
        if (next < b) segment(t, next, b);
        return;
      }
    }
    if (auto r = find_role_in_run(text_, t, a, b, lex_); r && !org_like(text_, t, a, b, lex_)) {
      if (r->role_begin > a) segment(t, a, r->role_begin);
      std::string role(slice(text_, t, r->role_begin, r->role_end));
      emit(t, r->name_begin, b, t[r->role_begin].begin, std::move(role));
      return;
    }
    if (org_like(text_, t, a, b, lex_)) return emit(t, a, b, t[a].begin, {});
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

 private:
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
    std::string before = role_before(text_, context, lex_);
    if (!before.empty()) role = role.empty() ? before : before + " " + role;
    m.person_hint = !role.empty();
    m.role = std::move(role);
    find_definition(m);
    out_.push_back(std::move(m));
  }

  // "Canada Border Services Agency (CBSA)": the acronym the name defines.
  void find_definition(Mention& m) {
    const std::string_view after = text_.substr(m.span.end, 2);
    if (after.empty() || (after[0] != '(' && after != " (")) return;
    re2::StringPiece groups[2];
    const size_t end = std::min(text_.size(), static_cast<size_t>(m.span.end) + 16);
    if (rules_.acronym_definition.Match(text_, m.span.end, end, RE2::ANCHOR_START, groups, 2))
      m.defines = std::string_view(groups[1].data(), groups[1].size());
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
  return doc;
}

}  // namespace

std::vector<Mention> find_mentions(const Context& ctx, const EntityRules& rules) {
  const std::string_view text = ctx.doc.norm();
  const std::vector<Run> runs = scan_runs(ctx, rules.lexicon);
  DocWords doc = collect_doc_words(ctx, rules.lexicon, runs);
  std::vector<Mention> out;
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

std::vector<std::string_view> words_of(std::string_view name) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < name.size()) {
    size_t j = name.find(' ', i);
    if (j == std::string_view::npos) j = name.size();
    if (j > i) out.push_back(name.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

}  // namespace newsclaim
