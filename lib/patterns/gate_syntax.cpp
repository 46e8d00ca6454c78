// Reading a pattern into the gates' syntax tree (gate_syntax.hpp): a recursive-descent parser
// of the RE2 syntax the pattern files use; anything else throws Unsupported, and parse() then
// answers nullptr.
#include "patterns/gate_syntax.hpp"

#include <bitset>
#include <cctype>
#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>

namespace newsclaim::gate_syntax {

namespace {

struct Unsupported {};

std::bitset<256> byte_range(int lo, int hi) {
  std::bitset<256> b;
  for (int c = lo; c <= hi && c < 256; ++c) b.set(static_cast<size_t>(c));
  return b;
}

// The bytes of a Perl class (\d \s \w and negations); none for other letters.
std::optional<std::bitset<256>> perl_class(char c) {
  std::bitset<256> b;
  switch (std::tolower(static_cast<unsigned char>(c))) {
    case 'd': b = byte_range('0', '9'); break;
    case 's': b.set(' '), b.set('\t'), b.set('\n'), b.set('\r'), b.set('\f'), b.set('\v'); break;
    case 'w': b = byte_range('0', '9') | byte_range('a', 'z') | byte_range('A', 'Z'), b.set('_'); break;
    default: return std::nullopt;
  }
  if (std::isupper(static_cast<unsigned char>(c))) b.flip();
  return b;
}

// The symbols of a byte set, read as StartGate's into n.symbols and as PhraseGate's into
// n.phrase: the byte classes behind each symbol (StartGate::symbol, PhraseGate::symbol)
// tested as whole sets, not byte by byte.
void read_symbols(const std::bitset<256>& bytes, Node& n) {
  static const std::bitset<256> kDigits = byte_range('0', '9');
  static const std::bitset<256> kAlnum = kDigits | byte_range('a', 'z') | byte_range('A', 'Z');
  static const std::bitset<256> kSpaces = [] {
    std::bitset<256> b;
    for (unsigned char c : {' ', '\t', '\n', '\r', '\f', '\v'}) b.set(c);
    return b;
  }();
  for (int i = 0; i < 26; ++i) {
    if (!bytes.test(static_cast<size_t>('a' + i)) && !bytes.test(static_cast<size_t>('A' + i))) continue;
    n.symbols.set(static_cast<size_t>(2 + i));
    n.phrase |= uint64_t{1} << (2 + i);
  }
  if ((bytes & kDigits).any()) n.symbols.set(1), n.phrase |= uint64_t{1} << PhraseGate::kDigit;
  if ((bytes & ~kAlnum).any()) n.symbols.set(0);
  if ((bytes & kSpaces).any()) n.phrase |= uint64_t{1} << PhraseGate::kSpace;
  std::bitset<256> other = bytes & ~(kAlnum | kSpaces);
  for (const char c : PhraseGate::kPunctuation) {
    const auto byte = static_cast<unsigned char>(c);
    if (other.test(byte)) n.phrase |= uint64_t{1} << PhraseGate::symbol(byte), other.reset(byte);
  }
  if (other.any()) n.phrase |= uint64_t{1} << PhraseGate::kOther;
}

class Parser {
 public:
  explicit Parser(std::string_view p) : p_(p) {}
  std::unique_ptr<Node> parse() {
    auto n = alternation();
    if (i_ != p_.size()) throw Unsupported{};  // a stray ')'
    return n;
  }

 private:
  bool at(char c) const { return i_ < p_.size() && p_[i_] == c; }

  std::unique_ptr<Node> alternation() {
    auto alt = std::make_unique<Node>();
    alt->kind = Node::Alt;
    alt->kids.push_back(concatenation());
    while (at('|')) ++i_, alt->kids.push_back(concatenation());
    return alt;
  }

  std::unique_ptr<Node> concatenation() {
    auto cat = std::make_unique<Node>();
    cat->kind = Node::Concat;
    while (i_ < p_.size() && !at('|') && !at(')')) cat->kids.push_back(repeat(atom()));
    return cat;
  }

  // Quantifiers after an atom: ? * + {n} {n,} {n,m}, each maybe lazy.
  std::unique_ptr<Node> repeat(std::unique_ptr<Node> atom) {
    while (i_ < p_.size()) {
      int min = 0, max = 0;
      const char c = p_[i_];
      if (c == '?') min = 0, max = 1, ++i_;
      else if (c == '*') min = 0, max = -1, ++i_;
      else if (c == '+') min = 1, max = -1, ++i_;
      else if (c != '{' || !counted(min, max)) break;
      if (at('?')) ++i_;  // lazy: the same strings
      auto r = std::make_unique<Node>();
      r->kind = Node::Repeat, r->min = min, r->max = max;
      r->kids.push_back(std::move(atom));
      atom = std::move(r);
    }
    return atom;
  }

  // "{n}", "{n,}", "{n,m}" at i_ (consumed); false (nothing consumed) for a literal '{'.
  bool counted(int& min, int& max) {
    size_t j = i_ + 1;
    auto number = [&](int& out) {
      const size_t from = j;
      out = 0;
      while (j < p_.size() && std::isdigit(static_cast<unsigned char>(p_[j]))) out = out * 10 + (p_[j++] - '0');
      return j > from && j - from < 5;
    };
    if (!number(min)) return false;
    max = min;
    if (j < p_.size() && p_[j] == ',') {
      ++j;
      if (j < p_.size() && p_[j] == '}') max = -1;
      else if (!number(max)) return false;
    }
    if (j >= p_.size() || p_[j] != '}') return false;
    i_ = j + 1;
    return true;
  }

  std::unique_ptr<Node> atom() {
    const char c = p_[i_++];
    if (c == '(') return group();
    if (c == '[') return set(char_class());
    if (c == '\\') return escape();
    if (c == '.') return set(~std::bitset<256>());
    if (c == '^' || c == '$') return std::make_unique<Node>();
    return literal(c);
  }

  static std::unique_ptr<Node> literal(char c) {
    auto n = std::make_unique<Node>();
    n->kind = Node::Set;
    n->symbols.set(static_cast<size_t>(StartGate::symbol(static_cast<unsigned char>(c))));
    n->phrase = uint64_t{1} << PhraseGate::symbol(static_cast<unsigned char>(c));
    return n;
  }

  static std::unique_ptr<Node> set(const std::bitset<256>& bytes) {
    auto n = std::make_unique<Node>();
    n->kind = Node::Set;
    read_symbols(bytes, *n);
    return n;
  }

  // After '(': (?:...), (?flags:...), (?flags), (?P<name>...), (...).
  std::unique_ptr<Node> group() {
    if (at('?')) {
      ++i_;
      if (at('P') || at('<')) {
        while (i_ < p_.size() && p_[i_] != '>') ++i_;
        if (!at('>')) throw Unsupported{};
        ++i_;
      } else {
        while (i_ < p_.size() && (std::isalpha(static_cast<unsigned char>(p_[i_])) || p_[i_] == '-')) ++i_;
        if (at(')')) return ++i_, std::make_unique<Node>();  // flags for the rest: no bytes
        if (!at(':')) throw Unsupported{};
        ++i_;
      }
    }
    auto inner = alternation();
    if (!at(')')) throw Unsupported{};
    ++i_;
    return inner;
  }

  std::unique_ptr<Node> escape() {
    if (i_ >= p_.size()) throw Unsupported{};
    const char c = p_[i_++];
    if (c == 'b') {
      auto n = std::make_unique<Node>();
      n->kind = Node::Boundary;
      return n;
    }
    if (c == 'B' || c == 'A' || c == 'z') return std::make_unique<Node>();
    if (auto b = perl_class(c)) return set(*b);
    return literal(escaped_byte(c));
  }

  // The byte an escape outside \d \s \w stands for: punctuation itself, \n \t \r \f \v.
  static char escaped_byte(char c) {
    switch (c) {
      case 'n': return '\n';
      case 't': return '\t';
      case 'r': return '\r';
      case 'f': return '\f';
      case 'v': return '\v';
      default:
        if (std::isalnum(static_cast<unsigned char>(c))) throw Unsupported{};  // \p, \x, \Q, \C, \1...
        return c;
    }
  }

  // After '[': the class's bytes (a non-ASCII member stands as byte 0x80: symbol '$').
  std::bitset<256> char_class() {
    std::bitset<256> b;
    const bool negated = at('^');
    if (negated) ++i_;
    bool first = true;
    while (i_ < p_.size() && (first || p_[i_] != ']')) {
      first = false;
      if (at('[') && i_ + 1 < p_.size() && p_[i_ + 1] == ':') throw Unsupported{};  // [:alpha:]
      int lo = member(b);
      if (lo < 0) continue;  // a Perl class
      if (at('-') && i_ + 1 < p_.size() && p_[i_ + 1] != ']') {
        ++i_;
        const int hi = member(b);
        if (hi < 0) throw Unsupported{};
        b |= byte_range(lo, hi > 255 ? 255 : hi);
      } else {
        b.set(static_cast<size_t>(lo > 255 ? 0x80 : lo));
      }
    }
    if (!at(']')) throw Unsupported{};
    ++i_;
    return negated ? ~b : b;
  }

  // One class member at i_ (consumed): its byte (a UTF-8 lead byte counts as 0x80), or -1
  // after adding a Perl class to b.
  int member(std::bitset<256>& b) {
    const unsigned char c = static_cast<unsigned char>(p_[i_++]);
    if (c != '\\') {
      if (c >= 0x80) {  // skip the rest of the UTF-8 sequence
        while (i_ < p_.size() && (static_cast<unsigned char>(p_[i_]) & 0xC0) == 0x80) ++i_;
        return 0x80;
      }
      return c;
    }
    if (i_ >= p_.size()) throw Unsupported{};
    const char e = p_[i_++];
    if (auto cls = perl_class(e)) return b |= *cls, -1;
    return static_cast<unsigned char>(escaped_byte(e));
  }

  std::string_view p_;
  size_t i_ = 0;
};

}  // namespace

std::unique_ptr<Node> parse(std::string_view pattern) {
  try {
    return Parser(pattern).parse();
  } catch (const Unsupported&) {
    return nullptr;
  }
}

}  // namespace newsclaim::gate_syntax
