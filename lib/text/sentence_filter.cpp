#include "text/sentence_filter.hpp"

#include <unicode/udata.h>
#include <unicode/ures.h>

#include <algorithm>

namespace newsclaim {
namespace {

// The strings ICU's filtered iterator reads: brkitr/en "exceptions/SentenceBreak" (it opens
// the bundle of the locale's base name, en_US, which falls back to en).
std::vector<std::string> icu_abbreviations() {
  std::vector<std::string> out;
  UErrorCode status = U_ZERO_ERROR;
  icu::LocalUResourceBundlePointer bundle(
      ures_open(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "brkitr", "en_US", &status));
  if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING) return {};
  icu::LocalUResourceBundlePointer exceptions(ures_getByKey(bundle.getAlias(), "exceptions", nullptr, &status));
  icu::LocalUResourceBundlePointer list(ures_getByKey(exceptions.getAlias(), "SentenceBreak", nullptr, &status));
  if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING) return {};
  const int32_t n = ures_getSize(list.getAlias());
  for (int32_t i = 0; i < n && U_SUCCESS(status); ++i) {
    int32_t length = 0;
    const UChar* s = ures_getStringByIndex(list.getAlias(), i, &length, &status);
    if (U_FAILURE(status)) return {};
    std::string& word = out.emplace_back();
    // Non-ASCII is kept as an unprintable byte, which build() refuses.
    for (int32_t k = 0; k < length; ++k) word += s[k] < 0x80 ? static_cast<char>(s[k]) : '\x01';
  }
  return out;
}

bool printable(char c) { return c > ' ' && c < 0x7F; }

// The first '.' of an abbreviation that goes on after it ("Ph.D.": 2), or npos.
size_t inner_stop(const std::string& a) {
  const size_t d = a.find('.');
  return d != std::string::npos && d + 1 < a.size() ? d : std::string::npos;
}

}  // namespace

AbbreviationFilter::AbbreviationFilter() : AbbreviationFilter(icu_abbreviations()) {}

AbbreviationFilter::AbbreviationFilter(const std::vector<std::string>& abbreviations)
    : abbreviations_(abbreviations) {
  std::sort(abbreviations_.begin(), abbreviations_.end());
  abbreviations_.erase(std::unique(abbreviations_.begin(), abbreviations_.end()), abbreviations_.end());
  build();
}

// ICU matches the text before a boundary backwards against a trie of abbreviations. An
// abbreviation with a '.' inside ("Ph.D.") is entered there only up to its first '.' ("Ph."),
// marked partial, and that entry then needs the text from its start to run through a forward
// trie of all such abbreviations, together with those equal to such a prefix, which leave the
// backward trie ("Lt." goes forward because of "Lt.Cdr.").
void AbbreviationFilter::build() {
  std::vector<std::string> prefixes;
  for (const std::string& a : abbreviations_) {
    if (a.empty() || !std::all_of(a.begin(), a.end(), printable)) return;
    if (const size_t d = inner_stop(a); d != std::string::npos) prefixes.push_back(a.substr(0, d + 1));
  }
  for (const std::string& p : prefixes) {
    if (p.size() < 2 || p.size() > 31) return;  // suppresses() reads 2 to 31 bytes back
    backward_[p] = kPartial;
  }
  for (const std::string& a : abbreviations_) {
    const bool forward = inner_stop(a) != std::string::npos ||
                         std::find(prefixes.begin(), prefixes.end(), a) != prefixes.end();
    if (!forward) {
      // suppresses() finds backward entries from their final '.', which must be their only one.
      if (a.size() < 2 || a.size() > 31 || a.back() != '.' || a.find('.') + 1 != a.size()) return;
      backward_[a] = kWhole;
      continue;
    }
    for (size_t n = 1; n <= a.size(); ++n) {
      Forward& node = forward_[a.substr(0, n)];
      if (n == a.size()) node.complete = true;
      else node.extends = true;
    }
  }
  for (const auto& [s, kind] : backward_) {
    lengths_by_last_[static_cast<unsigned char>(s[s.size() - 2])] |= 1u << s.size();
  }
  usable_ = !abbreviations_.empty();
}

bool AbbreviationFilter::suppresses(std::string_view text, uint32_t n) const {
  // ICU steps back over one space, expecting "Mr. |Brown".
  size_t p = n;
  if (p > 0 && text[p - 1] == ' ') --p;
  if (p == 0 || text[p - 1] != '.') return false;
  if (p < 2) return false;
  uint32_t lengths = lengths_by_last_[static_cast<unsigned char>(text[p - 2])];
  if (lengths == 0) return false;
  // Backward entries hold one '.', at their end, and no space: the longest one ending at p
  // starts after the previous '.' or space.
  size_t b = p - 2;
  while (b > 0 && p - b < 31 && printable(text[b - 1]) && text[b - 1] != '.') --b;
  lengths &= (2u << (p - b)) - 1;  // no longer than that
  for (; lengths != 0; lengths &= ~(1u << (31 - __builtin_clz(lengths)))) {
    const size_t n = static_cast<size_t>(31 - __builtin_clz(lengths));  // longest first
    const auto it = backward_.find(text.substr(p - n, n));
    if (it == backward_.end()) continue;
    return it->second == kWhole || forward_match(text, p - n);
  }
  return false;
}

// ICU walks the forward trie from q while the text stays on it: a match is an abbreviation
// that no longer one extends, or one cut short by the end of the text.
bool AbbreviationFilter::forward_match(std::string_view text, size_t q) const {
  for (size_t l = 0;; ++l) {
    if (q + l == text.size()) {
      if (l == 0) return true;
      const auto it = forward_.find(text.substr(q, l));
      return it != forward_.end() && it->second.complete;
    }
    const auto it = forward_.find(text.substr(q, l + 1));
    if (it == forward_.end()) return false;
    if (!it->second.extends) return true;
  }
}

}  // namespace newsclaim
