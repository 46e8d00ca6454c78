#include "extract/rule_hits.hpp"

#include <re2/filtered_re2.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <optional>
#include <stdexcept>

#if defined(__x86_64__) && defined(__GNUC__)
#include <tmmintrin.h>
#define NEWSCLAIM_HEAD_SCAN 1
#endif

#include "patterns/ruleset.hpp"

namespace newsclaim {
namespace {

// Atoms shorter than this are not looked for (a rule that needs only "a" or "to" is always
// tried): they occur in nearly every sentence and would only grow the atom scan.
constexpr int kMinAtomLength = 3;

char fold(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool is_ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return (c & 0x80) == 0; });
}

// Whether the filter lets rule through when exactly the atoms of present occur.
bool passes(const re2::FilteredRE2& filter, uint64_t present, int rule) {
  std::vector<int> atoms, rules;
  for (int a = 0; a < 64; ++a) {
    if (((present >> a) & 1U) != 0) atoms.push_back(a);
  }
  filter.AllPotentials(atoms, &rules);
  return std::find(rules.begin(), rules.end(), rule) != rules.end();
}

// A clause of rule's filter within pool: a set R of atoms that the rule cannot match without
// one of (it fails when all atoms but R occur, so, the filter being an AND/OR tree of atoms,
// whenever none of R does), made small by dropping atoms while that still holds. Zero when the
// rule passes without any atom of pool.
uint64_t clause_within(const re2::FilteredRE2& filter, uint64_t all, uint64_t pool, int rule) {
  if (passes(filter, all & ~pool, rule)) return 0;
  uint64_t clause = pool;
  for (int a = 0; a < 64; ++a) {
    const uint64_t bit = uint64_t{1} << a;
    if ((clause & bit) != 0 && !passes(filter, all & ~(clause & ~bit), rule)) clause &= ~bit;
  }
  return clause;
}

}  // namespace

RuleHits::RuleHits(const RE2& re, std::string_view text, Span range) {
  // The range is matched as a text of its own, so ^ and $ anchor at its ends.
  const size_t stop = std::min<size_t>(range.end, text.size());
  const re2::StringPiece input(text.data() + range.begin, stop - std::min<size_t>(range.begin, stop));
  re2::StringPiece match;
  size_t pos = 0;
  while (pos < input.size() && re.Match(input, pos, input.size(), RE2::UNANCHORED, &match, 1)) {
    const auto at = static_cast<size_t>(match.data() - input.data());  // offset in input
    const size_t begin = range.begin + at, end = begin + match.size();
    if (end > begin) hits_.push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(end)});
    // Step past an empty match so the scan always advances.
    pos = at + match.size() > pos ? at + match.size() : pos + 1;
  }
}

std::pair<size_t, size_t> RuleHits::within(Span span) const {
  auto first = std::lower_bound(hits_.begin(), hits_.end(), span.begin,
                                [](Span h, uint32_t b) { return h.begin < b; });
  auto last = first;
  while (last != hits_.end() && last->begin < span.end) ++last;
  // Hits starting inside span but running past its end do not belong to it.
  while (last != first && (last - 1)->end > span.end) --last;
  return {static_cast<size_t>(first - hits_.begin()), static_cast<size_t>(last - hits_.begin())};
}

size_t RuleHits::count_in(Span span) const {
  const auto [first, last] = within(span);
  return last - first;
}

std::optional<Span> first_group(const RE2& re, std::string_view text, Span within, int group) {
  // Called per sentence and rule: the groups live on the stack, not in a vector.
  constexpr int kMaxGroup = 15;
  if (group < 0 || group > kMaxGroup) return std::nullopt;
  std::array<re2::StringPiece, kMaxGroup + 1> groups{};
  const re2::StringPiece input(text.data() + within.begin, within.size());
  if (!re.Match(input, 0, input.size(), RE2::UNANCHORED, groups.data(), group + 1)) {
    return std::nullopt;
  }
  const re2::StringPiece g = groups[static_cast<size_t>(group)];
  if (g.data() == nullptr) return std::nullopt;
  const auto begin = static_cast<uint32_t>(g.data() - text.data());
  return Span{begin, begin + static_cast<uint32_t>(g.size())};
}

std::unique_ptr<RE2::Set> make_rule_set(const Ruleset& rules, const std::vector<std::string>& keys) {
  // Latin-1 keeps the set's DFA small (no multi-byte UTF-8 sequences): the rules it holds are
  // ASCII word lists and prefilters, and a non-ASCII class still matches the UTF-8 bytes.
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingLatin1);
  options.set_log_errors(false);
  options.set_max_mem(64 << 20);
  auto set = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
  for (const std::string& key : keys) {
    std::string error;
    if (set->Add(rules.pattern(key), &error) < 0) throw std::logic_error(key + ": " + error);
  }
  if (!set->Compile()) throw std::logic_error("rule set does not compile (out of memory?)");
  return set;
}

std::vector<int> matching_rules(const RE2::Set& set, std::string_view text) {
  std::vector<int> found;
  set.Match(re2::StringPiece(text.data(), text.size()), &found);
  std::sort(found.begin(), found.end());
  return found;
}

namespace {

std::vector<std::pair<std::string, RE2::Options>> texts_of(const std::vector<const RE2*>& rules) {
  std::vector<std::pair<std::string, RE2::Options>> texts;
  for (const RE2* rule : rules) texts.emplace_back(rule->pattern(), rule->options());
  return texts;
}

}  // namespace

RuleFilter::RuleFilter(const std::vector<const RE2*>& rules) { build(texts_of(rules)); }

RuleFilter RuleFilter::of_texts(const std::vector<std::pair<std::string, RE2::Options>>& rules) {
  RuleFilter filter;
  filter.build(rules);
  return filter;
}

void RuleFilter::build(const std::vector<std::pair<std::string, RE2::Options>>& rules) {
  if (rules.size() > 64) throw std::logic_error("rule filter: more than 64 rules");
  all_rules_ = rules.size() == 64 ? ~uint64_t{0} : (uint64_t{1} << rules.size()) - 1;
  clauses_.resize(rules.size());
  re2::FilteredRE2 filter(kMinAtomLength);
  for (const auto& [pattern, options] : rules) {
    int id = 0;
    if (filter.Add(pattern, options, &id) != RE2::NoError) return;  // no gate
  }
  filter.Compile(&atoms_);
  if (atoms_.size() > 64) {  // more than a mask holds: every rule is always tried
    atoms_.clear();
    return;
  }
  const uint64_t all = atoms_.size() == 64 ? ~uint64_t{0} : (uint64_t{1} << atoms_.size()) - 1;
  for (size_t a = 0; a < atoms_.size(); ++a) {
    // A non-ASCII atom would need Unicode case folding to be found: it counts as present.
    if (atoms_[a].size() < 3 || !is_ascii(atoms_[a])) {
      always_ |= uint64_t{1} << a;
      continue;
    }
    for (size_t k = 0; k < 3; ++k) {
      const char c = atoms_[a][k];  // lower case: the upper case byte is entered as well
      by_byte_[k][static_cast<unsigned char>(c)] |= uint64_t{1} << a;
      if (c >= 'a' && c <= 'z') by_byte_[k][static_cast<unsigned char>(c - 'a' + 'A')] |= uint64_t{1} << a;
    }
    add_grams(atoms_[a]);
  }
#if defined(NEWSCLAIM_HEAD_SCAN)
  __builtin_cpu_init();  // needed where this runs before main (a static filter)
  scans_heads_ =
      !atoms_.empty() && always_ == 0 && atoms_.size() <= kHeadAtoms && __builtin_cpu_supports("ssse3");
  for (size_t a = 0; scans_heads_ && a < atoms_.size(); ++a) {
    for (size_t k = 0; k < 3; ++k) {
      const auto b = static_cast<uint8_t>(atoms_[a][k] | 0x20);
      head_nibbles_[2 * k][b & 0x0F] |= static_cast<uint8_t>(1U << a);
      head_nibbles_[2 * k + 1][b >> 4] |= static_cast<uint8_t>(1U << a);
    }
  }
#endif
  for (size_t r = 0; r < rules.size(); ++r) {
    uint64_t pool = all & ~always_;
    while (const uint64_t clause = clause_within(filter, all, pool, static_cast<int>(r))) {
      clauses_[r].push_back(clause);
      pool &= ~clause;
    }
  }
}

void RuleFilter::add_grams(const std::string& atom) {
  const auto byte = [&](size_t k) { return static_cast<unsigned>(static_cast<unsigned char>(atom[k])); };
  add_gram(byte(0), byte(1), byte(2));
  if (atom.size() > 3) {
    add_gram(byte(1), byte(2), byte(3));
    return;
  }
  for (unsigned next = 0; next < 256; ++next) add_gram(byte(1), byte(2), next);
}

void RuleFilter::atoms_at(std::string_view text, size_t i, uint64_t& found) const {
  if (i + 2 >= text.size()) return;
  const auto mask = [&](size_t k) { return by_byte_[k][static_cast<unsigned char>(text[i + k])]; };
  uint64_t maybe = mask(0) & mask(1) & mask(2) & ~found;
  while (maybe != 0) {
    const int a = __builtin_ctzll(maybe);
    maybe &= maybe - 1;
    const std::string& atom = atoms_[static_cast<size_t>(a)];
    if (atom.size() > text.size() - i) continue;
    size_t k = 3;  // the masks checked the first three
    while (k < atom.size() && fold(text[i + k]) == atom[k]) ++k;
    if (k == atom.size()) found |= uint64_t{1} << a;
  }
}

namespace {

// Bit k: whether the first three bytes of some atom may stand at p + k, from the tables of
// RuleFilter::head_nibbles_; reads p[0, 18). No lambdas: they would not inherit the target.
#if defined(NEWSCLAIM_HEAD_SCAN)
__attribute__((target("ssse3"))) uint32_t heads_at(const char* p,
                                                   const std::array<std::array<uint8_t, 16>, 6>& nibbles) {
  const __m128i bit5 = _mm_set1_epi8(0x20), half = _mm_set1_epi8(0x0F);
  __m128i atoms = _mm_set1_epi8(-1);  // per offset, the atoms all bytes so far allow
  for (size_t k = 0; k < 3; ++k) {
    const __m128i b = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + k)), bit5);
    const __m128i low = _mm_loadu_si128(reinterpret_cast<const __m128i*>(nibbles[2 * k].data()));
    const __m128i high = _mm_loadu_si128(reinterpret_cast<const __m128i*>(nibbles[2 * k + 1].data()));
    const __m128i by_low = _mm_shuffle_epi8(low, _mm_and_si128(b, half));
    const __m128i by_high = _mm_shuffle_epi8(high, _mm_and_si128(_mm_srli_epi16(b, 4), half));
    atoms = _mm_and_si128(atoms, _mm_and_si128(by_low, by_high));
  }
  const auto none = static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(atoms, _mm_setzero_si128())));
  return ~none & 0xFFFFU;
}
#else
uint32_t heads_at(const char*, const std::array<std::array<uint8_t, 16>, 6>&) { return 0; }  // no head scan
#endif

}  // namespace

uint64_t RuleFilter::atoms_by_heads(std::string_view text) const {
  uint64_t found = 0;
  const auto check = [&](uint32_t at, size_t base) {
    for (; at != 0; at &= at - 1) atoms_at(text, base + static_cast<size_t>(__builtin_ctz(at)), found);
  };
  size_t i = 0;
  for (; i + 18 <= text.size(); i += 16) check(heads_at(text.data() + i, head_nibbles_), i);
  if (i + 3 <= text.size()) {
    // The last offsets from a copy padded with zeros: atoms_at refuses what runs past the text.
    std::array<char, 48> tail{};
    std::memcpy(tail.data(), text.data() + i, text.size() - i);
    check(heads_at(tail.data(), head_nibbles_), i);
  }
  return found;
}

uint64_t RuleFilter::atoms_in(std::string_view text) const {
  // U+017F (long s) and U+212A (Kelvin sign) fold to ASCII "s" and "k" in a case-insensitive
  // rule; the ASCII scan below would miss them, so their texts are assumed to hold every atom.
  if (text.find("\xC5\xBF") != std::string_view::npos || text.find("\xE2\x84\xAA") != std::string_view::npos)
    return ~uint64_t{0};
  if (scans_heads_) return atoms_by_heads(text);
  uint64_t found = always_;
  const size_t n = text.size();
  if (n < 3) return found;
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const auto hit = [&](size_t i) {
    if (i > 0) atoms_at(text, i - 1, found);
    atoms_at(text, i, found);
  };
  size_t i = 0;
  for (; i + 4 <= n; i += 2) {
    uint32_t four;
    std::memcpy(&four, bytes + i, 4);
    if (gram_at(four)) hit(i);
  }
  if (i + 3 <= n && gram_at(bytes[i] | bytes[i + 1] << 8 | bytes[i + 2] << 16)) hit(i);
  // A three-byte atom at the odd n - 3 has no three bytes at the even n - 2 to be seen by.
  atoms_at(text, n - 3, found);
  return found;
}

uint64_t RuleFilter::may_match(std::string_view text) const {
  const uint64_t present = atoms_.empty() ? 0 : atoms_in(text);
  uint64_t may = all_rules_;
  for (size_t r = 0; r < clauses_.size(); ++r) {
    for (const uint64_t clause : clauses_[r]) {
      if ((present & clause) == 0) may &= ~(uint64_t{1} << r);
    }
  }
  return may;
}

std::vector<std::vector<std::string>> RuleFilter::clauses(size_t rule) const {
  std::vector<std::vector<std::string>> out;
  for (const uint64_t clause : clauses_.at(rule)) {
    auto& names = out.emplace_back();
    for (size_t a = 0; a < atoms_.size(); ++a) {
      if (((clause >> a) & 1U) != 0) names.push_back(atoms_[a]);
    }
  }
  return out;
}

}  // namespace newsclaim
