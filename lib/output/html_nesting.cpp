// Escaping and the nesting of overlapping highlights (see html_marks.hpp).
#include <algorithm>

#include "output/html_marks.hpp"

namespace newsclaim::html {

void append_escaped(std::string& out, std::string_view text) {
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      case '\t':
      case '\n':
      case '\r':
        out.push_back(c);
        break;
      default:
        // NUL and other C0 controls are HTML parse errors; show them as the replacement character.
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
          out += "\xEF\xBF\xBD";
        else
          out.push_back(c);
    }
  }
}

namespace {

// Sorted, unique offsets where some mark starts or ends.
std::vector<uint32_t> boundaries(const std::vector<Mark>& marks) {
  std::vector<uint32_t> points;
  points.reserve(marks.size() * 2);
  for (const Mark& m : marks) {
    points.push_back(m.begin);
    points.push_back(m.end);
  }
  std::sort(points.begin(), points.end());
  points.erase(std::unique(points.begin(), points.end()), points.end());
  return points;
}

class Nester {
 public:
  Nester(const std::vector<Mark>& marks, std::string& out)
      : marks_(marks), started_(marks.size()), out_(out) {}

  // At offset p: closes marks ending at p (and, to keep nesting, every mark opened inside them,
  // to be reopened), then opens marks starting at p, the longest outermost.
  void at(uint32_t p, size_t& next) {
    std::vector<size_t> to_open = close_ending(p);
    for (; next < marks_.size() && marks_[next].begin == p; ++next) to_open.push_back(next);
    std::stable_sort(to_open.begin(), to_open.end(), [&](size_t a, size_t b) {
      const Mark &x = marks_[a], &y = marks_[b];
      if (x.end != y.end) return x.end > y.end;
      return x.layer < y.layer;
    });
    for (const size_t i : to_open) {
      out_ += started_[i] ? marks_[i].reopen : marks_[i].open;
      started_[i] = true;
      stack_.push_back(i);
    }
  }

  void close_all() {
    while (!stack_.empty()) {
      out_ += marks_[stack_.back()].close;
      stack_.pop_back();
    }
  }

 private:
  std::vector<size_t> close_ending(uint32_t p) {
    size_t k = 0;
    while (k < stack_.size() && marks_[stack_[k]].end > p) ++k;
    std::vector<size_t> reopen;
    for (size_t i = stack_.size(); i > k; --i) out_ += marks_[stack_[i - 1]].close;
    for (size_t i = k; i < stack_.size(); ++i) {
      if (marks_[stack_[i]].end > p) reopen.push_back(stack_[i]);
    }
    stack_.resize(k);
    return reopen;
  }

  const std::vector<Mark>& marks_;
  std::vector<bool> started_;
  std::vector<size_t> stack_;  // open marks, outermost first
  std::string& out_;
};

}  // namespace

void render_nested(std::string_view text, std::vector<Mark> marks, std::string& out) {
  const auto size = static_cast<uint32_t>(text.size());
  for (Mark& m : marks) m.end = std::min(m.end, size);
  std::erase_if(marks, [](const Mark& m) { return m.begin >= m.end; });
  std::stable_sort(marks.begin(), marks.end(),
                   [](const Mark& a, const Mark& b) { return a.begin < b.begin; });
  Nester nester(marks, out);
  uint32_t pos = 0;
  size_t next = 0;
  for (const uint32_t p : boundaries(marks)) {
    append_escaped(out, text.substr(pos, p - pos));
    pos = p;
    nester.at(p, next);
  }
  append_escaped(out, text.substr(pos));
  nester.close_all();
}

}  // namespace newsclaim::html
