// Deriving a StartGate: parse the RE2 syntax the pattern files use into a small tree of byte
// sets, concatenations, alternations and repeats, then push the empty key through it: each
// byte set extends every open key by the symbols it can match; a key closes at three letters,
// at a digit or at any other byte. Keys still open when the pattern ends may go on with any byte.
#include "patterns/start_gate.hpp"

#include <algorithm>
#include <bitset>
#include <cctype>
#include <cstdint>
#include <deque>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

namespace newsclaim {

namespace {

using Symbols = std::bitset<StartGate::kSymbols>;

// A key being built: up to three symbols; done once it cannot grow; bounded when a \b stood
// before its first symbol.
struct Key {
  uint8_t sym[3] = {0, 0, 0};
  uint8_t len = 0;
  bool done = false;
  bool bounded = false;
  uint32_t code() const {
    return static_cast<uint32_t>(len) | (done ? 4u : 0u) | (uint32_t{sym[0]} << 3) | (uint32_t{sym[1]} << 8) |
           (uint32_t{sym[2]} << 13) | (bounded ? 1u << 18 : 0u);
  }
  static Key from(uint32_t c) {
    Key k;
    k.len = static_cast<uint8_t>(c & 3);
    k.done = (c & 4) != 0;
    k.bounded = (c & (1u << 18)) != 0;
    k.sym[0] = static_cast<uint8_t>((c >> 3) & 31), k.sym[1] = static_cast<uint8_t>((c >> 8) & 31);
    k.sym[2] = static_cast<uint8_t>((c >> 13) & 31);
    return k;
  }
};
using Keys = std::vector<uint32_t>;  // key codes, sorted and distinct

void sort_unique(Keys& k) {
  std::sort(k.begin(), k.end());
  k.erase(std::unique(k.begin(), k.end()), k.end());
}

struct Node {
  enum Kind { Set, Empty, Boundary, Concat, Alt, Repeat } kind = Empty;  // Boundary: \b
  Symbols symbols;                           // Set
  std::vector<Node*> kids;                   // Concat, Alt, Repeat (one)
  int min = 0, max = 0;                      // Repeat; max -1: unbounded
};

struct Unsupported {};

std::bitset<256> byte_range(int lo, int hi) {
  std::bitset<256> b;
  for (int c = lo; c <= hi && c < 256; ++c) b.set(static_cast<size_t>(c));
  return b;
}

// The symbols a byte set can read as: whole-set tests for '$' and '#', then the 26 letters
// (every pattern has hundreds of classes and literals; a test per byte was a tenth of the
// dates gate's start-up cost).
Symbols symbols_of(const std::bitset<256>& bytes) {
  static const std::bitset<256> digits = byte_range('0', '9');
  static const std::bitset<256> alnum = digits | byte_range('a', 'z') | byte_range('A', 'Z');
  Symbols s;
  if ((bytes & ~alnum).any()) s.set(0);
  if ((bytes & digits).any()) s.set(1);
  for (size_t c = 0; c < 26; ++c) {
    if (bytes.test('a' + c) || bytes.test('A' + c)) s.set(2 + c);
  }
  return s;
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

class Parser {
 public:
  explicit Parser(std::string_view p) : p_(p) {}
  Node* parse() {
    auto n = alternation();
    if (i_ != p_.size()) throw Unsupported{};  // a stray ')'
    return n;
  }

 private:
  bool at(char c) const { return i_ < p_.size() && p_[i_] == c; }

  Node* alternation() {
    auto alt = make();
    alt->kind = Node::Alt;
    alt->kids.push_back(concatenation());
    while (at('|')) ++i_, alt->kids.push_back(concatenation());
    return alt;
  }

  Node* concatenation() {
    auto cat = make();
    cat->kind = Node::Concat;
    while (i_ < p_.size() && !at('|') && !at(')')) cat->kids.push_back(repeat(atom()));
    return cat;
  }

  // Quantifiers after an atom: ? * + {n} {n,} {n,m}, each maybe lazy.
  Node* repeat(Node* atom) {
    while (i_ < p_.size()) {
      int min = 0, max = 0;
      const char c = p_[i_];
      if (c == '?') min = 0, max = 1, ++i_;
      else if (c == '*') min = 0, max = -1, ++i_;
      else if (c == '+') min = 1, max = -1, ++i_;
      else if (c != '{' || !counted(min, max)) break;
      if (at('?')) ++i_;  // lazy: the same strings
      auto r = make();
      r->kind = Node::Repeat, r->min = min, r->max = max;
      r->kids.push_back(atom);
      atom = r;
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

  Node* atom() {
    const char c = p_[i_++];
    if (c == '(') return group();
    if (c == '[') return set(char_class());
    if (c == '\\') return escape();
    if (c == '.') return set(~std::bitset<256>());
    if (c == '^' || c == '$') return make();
    return literal(c);
  }

  Node* literal(char c) {
    auto n = make();
    n->kind = Node::Set;
    n->symbols.set(static_cast<size_t>(StartGate::symbol(static_cast<unsigned char>(c))));
    return n;
  }

  Node* set(const std::bitset<256>& bytes) {
    auto n = make();
    n->kind = Node::Set, n->symbols = symbols_of(bytes);
    return n;
  }

  // After '(': (?:...), (?flags:...), (?flags), (?P<name>...), (...).
  Node* group() {
    if (at('?')) {
      ++i_;
      if (at('P') || at('<')) {
        while (i_ < p_.size() && p_[i_] != '>') ++i_;
        if (!at('>')) throw Unsupported{};
        ++i_;
      } else {
        while (i_ < p_.size() && (std::isalpha(static_cast<unsigned char>(p_[i_])) || p_[i_] == '-')) ++i_;
        if (at(')')) return ++i_, make();  // flags for the rest: no bytes
        if (!at(':')) throw Unsupported{};
        ++i_;
      }
    }
    auto inner = alternation();
    if (!at(')')) throw Unsupported{};
    ++i_;
    return inner;
  }

  Node* escape() {
    if (i_ >= p_.size()) throw Unsupported{};
    const char c = p_[i_++];
    if (c == 'b') {
      auto n = make();
      n->kind = Node::Boundary;
      return n;
    }
    if (c == 'B' || c == 'A' || c == 'z') return make();
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

  // A new empty node, owned by the parser: the tree of a long pattern has thousands, and one
  // allocation and one free each were a third of the derivation's cost.
  Node* make() { return &nodes_.emplace_back(); }

  std::string_view p_;
  size_t i_ = 0;
  std::deque<Node> nodes_;
};

// Pushes open keys through a tree. Keys that close are final (nothing after them can change
// them), so they go straight to done_ and only the few open keys travel on. Sorted vectors and
// a bit per closed key keep this cheap: the dates gate is derived at every start-up.
class Walker {
 public:

  Keys walk(const Node& n, const Keys& open) {
    if (open.empty()) return {};  // every key closed before this node: nothing left to extend
    switch (n.kind) {
      case Node::Set:
        return extend(n.symbols, open);
      case Node::Empty:
        return open;
      case Node::Boundary:
        return bound(open);
      case Node::Concat: {
        Keys cur = open;
        for (const auto& kid : n.kids) cur = walk(*kid, cur);
        return cur;
      }
      case Node::Alt: {
        Keys out;
        for (const auto& kid : n.kids) {
          const Keys k = walk(*kid, open);
          out.insert(out.end(), k.begin(), k.end());
        }
        sort_unique(out);
        return out;
      }
      case Node::Repeat:
        return repeat(n, open);
    }
    return open;
  }
  const Keys& done() const { return done_; }

 private:
  // A \b before anything was read marks the key: the match opens at a word boundary.
  static Keys bound(const Keys& open) {
    Keys out;
    for (const uint32_t code : open) {
      Key k = Key::from(code);
      if (k.len == 0) k.bounded = true;
      out.push_back(k.code());
    }
    sort_unique(out);
    return out;
  }

  Keys extend(const Symbols& symbols, const Keys& open) {
    Keys out;
    for (const uint32_t code : open) {
      const Key k = Key::from(code);
      for (size_t s = 0; s < symbols.size(); ++s) {
        if (!symbols.test(s)) continue;
        Key next = k;
        next.sym[next.len++] = static_cast<uint8_t>(s);
        next.done = s < 2 || next.len == 3;
        const uint32_t c = next.code();
        if (!next.done) out.push_back(c);
        else if (!seen_[seen_index(next)]) seen_.set(seen_index(next)), done_.push_back(c);
      }
    }
    sort_unique(out);
    return out;
  }

  Keys repeat(const Node& n, const Keys& open) {
    Keys cur = open;
    for (int i = 0; i < n.min; ++i) cur = walk(*n.kids[0], cur);
    Keys all = cur;
    for (int i = n.min; (n.max < 0 || i < n.max) && !cur.empty(); ++i) {  // open keys are finite: this settles
      const Keys next = walk(*n.kids[0], cur);
      Keys fresh, merged;
      std::set_difference(next.begin(), next.end(), all.begin(), all.end(), std::back_inserter(fresh));
      std::set_union(all.begin(), all.end(), fresh.begin(), fresh.end(), std::back_inserter(merged));
      all = std::move(merged);
      cur = std::move(fresh);
    }
    return all;
  }

  // A closed key's place in seen_: its symbols (padded with '$', which a closed key's length
  // leaves unambiguous) and its \b mark. 5 kB to clear, where one bit per code was 64 kB.
  static size_t seen_index(const Key& k) {
    size_t i = 0;
    for (int j = 0; j < 3; ++j) i = i * StartGate::kSymbols + (j < k.len ? k.sym[j] : 0);
    return i * 2 + (k.bounded ? 1 : 0);
  }

  std::bitset<2 * StartGate::kKeys> seen_;  // closed keys already in done_
  Keys done_;
};

}  // namespace

std::optional<StartGate> StartGate::of(std::string_view pattern) {
  Parser parser(pattern);  // owns the tree
  const Node* tree = nullptr;
  try {
    tree = parser.parse();
  } catch (const Unsupported&) {
    return std::nullopt;
  }
  Walker walker;
  Keys keys = walker.walk(*tree, Keys{Key{}.code()});  // still open at the pattern's end
  keys.insert(keys.end(), walker.done().begin(), walker.done().end());
  StartGate gate;
  for (const uint32_t code : keys) {
    const Key k = Key::from(code);
    if (k.len == 0 || k.sym[0] == 0) return std::nullopt;  // opens on a non-alnum byte
    if (k.sym[0] >= 2 && !k.bounded) gate.letters_in_words_ = true;
    // The key's symbols, then every way an open key can go on (a done key pads with '$').
    size_t base = 0;
    for (int i = 0; i < 3; ++i) base = base * kSymbols + (i < k.len ? k.sym[i] : 0);
    if (k.done) {
      gate.keys_.set(base);
      continue;
    }
    size_t stride = 1;
    for (int i = k.len; i < 3; ++i) stride *= kSymbols;
    for (size_t rest = 0; rest < stride; ++rest) gate.keys_.set(base + rest);
  }
  return gate;
}

}  // namespace newsclaim
