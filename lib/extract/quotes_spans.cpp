#include "extract/quotes_spans.hpp"

#include <cstring>
#include <optional>

#include "text/utf8.hpp"

namespace newsclaim {
namespace {

enum class Family { Straight, Curly, Guillemet };

struct Mark {
  uint32_t pos = 0;  // byte of the '"' in norm()
  char32_t ch = '"';  // the original character
};

Family family_of(char32_t ch) {
  if (ch == 0x201C || ch == 0x201D || ch == 0x201E) return Family::Curly;
  if (ch == 0x00AB || ch == 0x00BB) return Family::Guillemet;
  return Family::Straight;
}

bool is_space_at(std::string_view text, size_t i) {
  return i >= text.size() || text[i] == ' ' || text[i] == '\n';
}

// The original character behind the folded '"' at norm byte pos.
char32_t original_char(const Document& doc, uint32_t pos) {
  const Span o = doc.to_original({pos, pos + 1});
  if (o.begin >= doc.original().size()) return '"';
  size_t i = o.begin;
  return utf8::next(doc.original(), i);
}

// Whether the mark may open a quotation when none is open. A straight or closing-style mark
// opens only when text follows it; a straight mark after a digit is an inch sign (6'3").
bool can_open(std::string_view text, const Mark& m) {
  if (m.ch == 0x201C || m.ch == 0x201E || m.ch == 0x00AB) return true;
  if (is_space_at(text, m.pos + 1)) return false;
  if (m.ch == 0x201D) return m.pos == 0 || is_space_at(text, m.pos - 1);  // Swedish ”…”
  if (m.ch == 0x00BB) return true;                                        // German »…«
  return !(m.pos > 0 && text[m.pos - 1] >= '0' && text[m.pos - 1] <= '9');
}

// Whether mark m closes a quotation opened by open (same family, or „ closed by “/”).
bool closes(const Mark& open, const Mark& m) {
  if (family_of(open.ch) != family_of(m.ch)) return false;
  switch (open.ch) {
    case 0x201E: return m.ch == 0x201C || m.ch == 0x201D;
    case 0x201C: return m.ch == 0x201D;
    case 0x201D: return m.ch == 0x201D;
    case 0x00AB: return m.ch == 0x00BB;
    case 0x00BB: return m.ch == 0x00AB;
    default: return true;
  }
}

// Whether quoted text is words, not an id, a number, a date or a lone handle or URL
// ("783499116076687360", "2016-11-07", "@handle" are attribute values, not quotations).
bool is_wording(std::string_view s) {
  const bool one_token = s.find(' ') == std::string_view::npos;
  if (one_token && (s.starts_with('@') || s.starts_with("http"))) return false;
  for (const char c : s) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c & 0x80)) return true;
  }
  return false;
}

// Pairs the marks of one paragraph; see find_quote_spans.
class ParagraphPairer {
 public:
  ParagraphPairer(std::string_view text, size_t index, std::vector<QuoteSpan>& out)
      : text_(text), index_(index), out_(out) {}

  void feed(const Mark& m) {
    if (!has_open_) {
      if (can_open(text_, m)) open_ = m, has_open_ = true;
      return;
    }
    if (has_nested_) {
      if (closes(nested_, m)) has_nested_ = false;
      else if (family_of(m.ch) == family_of(open_.ch)) end_nested_and_feed(m);
      return;
    }
    if (closes(open_, m)) {
      emit({open_.pos, m.pos + 1}, true, false);
      has_open_ = false;
    } else if (family_of(m.ch) != family_of(open_.ch)) {
      if (can_open(text_, m)) nested_ = m, has_nested_ = true;
    } else if (can_open(text_, m)) {
      open_ = m;  // a second opening mark: the first one was never closed
    }
  }

  // Ends the paragraph; next_opens tells whether the next paragraph starts with an opening
  // mark of the same family (the quotation goes on there).
  void finish(Span paragraph, bool next_opens) {
    if (!has_open_) return;
    if (next_opens || open_.pos == paragraph.begin) emit({open_.pos, paragraph.end}, false, next_opens);
  }

  // The mark left open, if any.
  const Mark* open() const { return has_open_ ? &open_ : nullptr; }

 private:
  // A same-family mark inside a nested quote: the nested one was really a stray mark.
  void end_nested_and_feed(const Mark& m) {
    has_nested_ = false;
    feed(m);
  }

  void emit(Span span, bool closed, bool continues) {
    const Span content{span.begin + 1, closed ? span.end - 1 : span.end};
    if (!is_wording(text_.substr(content.begin, content.size()))) return;
    out_.push_back({span, content, index_, closed, continues});
  }

  std::string_view text_;
  size_t index_;
  std::vector<QuoteSpan>& out_;
  Mark open_, nested_;
  bool has_open_ = false, has_nested_ = false;
};

// The first mark of a paragraph when the paragraph starts with one.
std::optional<Mark> leading_mark(const Document& doc, Span paragraph) {
  if (paragraph.empty() || doc.norm()[paragraph.begin] != '"') return std::nullopt;
  return Mark{paragraph.begin, original_char(doc, paragraph.begin)};
}

}  // namespace

std::vector<QuoteSpan> find_quote_spans(const Document& doc, const Layout& layout) {
  std::vector<QuoteSpan> out;
  const std::string& text = doc.norm();
  const auto& paragraphs = layout.paragraphs;
  for (size_t p = 0; p < paragraphs.size(); ++p) {
    const Span para = paragraphs[p];
    ParagraphPairer pairer(text, p, out);
    const char* base = text.data();
    const char* cur = base + para.begin;
    const char* end = base + para.end;
    while (cur < end) {
      const void* hit = std::memchr(cur, '"', static_cast<size_t>(end - cur));
      if (!hit) break;
      const auto pos = static_cast<uint32_t>(static_cast<const char*>(hit) - base);
      pairer.feed({pos, original_char(doc, pos)});
      cur = base + pos + 1;
    }
    bool next_opens = false;
    if (const Mark* open = pairer.open(); open && p + 1 < paragraphs.size()) {
      const auto next = leading_mark(doc, paragraphs[p + 1]);
      next_opens = next && family_of(next->ch) == family_of(open->ch) && can_open(text, *next);
    }
    pairer.finish(para, next_opens);
  }
  return out;
}

}  // namespace newsclaim
