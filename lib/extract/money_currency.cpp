#include "extract/money_currency.hpp"

#include <unicode/ucurr.h>
#include <unicode/uenum.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cstdint>

#include "patterns/ruleset.hpp"
#include "text/ascii.hpp"

namespace newsclaim {
namespace {

std::string to_utf8(const UChar* s, int32_t len) {
  std::string out;
  icu::UnicodeString(s, len).toUTF8String(out);
  return out;
}

// ICU's English display name of a currency: long name, plural "other"/"one", or symbol.
std::string icu_name(const char* code, UCurrNameStyle style) {
  UChar ucode[4];
  for (int i = 0; i < 4; ++i) ucode[i] = static_cast<UChar>(code[i]);
  UErrorCode status = U_ZERO_ERROR;
  UBool is_choice = false;
  int32_t len = 0;
  const UChar* name = ucurr_getName(ucode, "en", style, &is_choice, &len, &status);
  if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING || !name) return {};
  return to_utf8(name, len);
}

std::string icu_plural(const char* code, const char* count) {
  UChar ucode[4];
  for (int i = 0; i < 4; ++i) ucode[i] = static_cast<UChar>(code[i]);
  UErrorCode status = U_ZERO_ERROR;
  UBool is_choice = false;
  int32_t len = 0;
  const UChar* name = ucurr_getPluralName(ucode, "en", &is_choice, count, &len, &status);
  if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING || !name) return {};
  return to_utf8(name, len);
}

// Forms longer than this ("São Tomé & Príncipe dobras") are left to their ISO code.
constexpr int kMaxWords = 3;

// A word without the punctuation that may follow it in running text ("dlrs.", "U.S."), a
// closing quote or a plural possessive among it ("15 mln dlrs' worth", "cost 5 dollars\"").
std::string_view strip_closers(std::string_view w) {
  while (w.size() > 1 &&
         (w.back() == '.' || w.back() == ',' || w.back() == ';' || w.back() == ':' || w.back() == ')' ||
          w.back() == '!' || w.back() == '?' || w.back() == '\'' || w.back() == '"'))
    w.remove_suffix(1);
  return w;
}

int count_words(std::string_view key) {
  return 1 + static_cast<int>(std::count(key.begin(), key.end(), ' '));
}

// Reads the bytes of currency_key(text) one by one without building it.
class KeyBytes {
 public:
  explicit KeyBytes(std::string_view text) : text_(text) {}
  // The next byte of the key, or -1 at its end.
  int next() {
    if (space_) {
      space_ = false;
      return ' ';
    }
    while (i_ < text_.size()) {
      const char c = text_[i_++];
      if (c == ' ' || c == '\t' || c == '\n') {
        gap_ = any_;
        continue;
      }
      const int lower = static_cast<unsigned char>(ascii_lower(c));
      any_ = true;
      if (gap_) {  // a run of whitespace between two bytes: one space, then this byte
        gap_ = false;
        space_ = true;
        --i_;
        return ' ';
      }
      return lower;
    }
    return -1;
  }

 private:
  std::string_view text_;
  size_t i_ = 0;
  bool any_ = false, gap_ = false, space_ = false;
};

// Each byte as a key reads it (A-Z lowered), and kKeySpace for the whitespace a key folds (as
// KeyBytes does): one load per byte where keys are hashed and compared, which is every word
// looked up in the tables.
constexpr uint16_t kKeySpace = 0x100;
constexpr std::array<uint16_t, 256> kKeyByte = [] {
  std::array<uint16_t, 256> table{};
  for (int c = 0; c < 256; ++c)
    table[c] = c == ' ' || c == '\t' || c == '\n' ? kKeySpace
                                                  : static_cast<uint16_t>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return table;
}();
uint16_t key_byte(char c) { return kKeyByte[static_cast<unsigned char>(c)]; }

}  // namespace

// FNV-1a over the key's bytes; a word without whitespace (nearly every lookup) is its own key
// lower-cased, read straight.
size_t CurrencyKeyHash::operator()(std::string_view text) const {
  constexpr uint64_t kBasis = 1469598103934665603ull, kPrime = 1099511628211ull;
  uint64_t h = kBasis;
  for (char c : text) {
    const uint16_t b = key_byte(c);
    if (b == kKeySpace) {
      h = kBasis;
      KeyBytes bytes(text);
      for (int k = bytes.next(); k >= 0; k = bytes.next()) h = (h ^ static_cast<unsigned>(k)) * kPrime;
      return static_cast<size_t>(h);
    }
    h = (h ^ b) * kPrime;
  }
  return static_cast<size_t>(h);
}

bool CurrencyKeyEqual::operator()(std::string_view a, std::string_view b) const {
  // Without whitespace on either side the keys are the bytes lower-cased.
  const size_t n = std::min(a.size(), b.size());
  size_t i = 0;
  for (; i < n; ++i) {
    const uint16_t x = key_byte(a[i]), y = key_byte(b[i]);
    if (x == kKeySpace || y == kKeySpace) break;
    if (x != y) return false;
  }
  if (i == n && a.size() == b.size()) return true;
  KeyBytes x(a), y(b);
  for (;;) {
    const int c = x.next();
    if (c != y.next()) return false;
    if (c < 0) return true;
  }
}

void currency_key(std::string_view text, std::string& out) {
  out.clear();
  out.reserve(text.size());
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c);
  }
}

CurrencyTable::CurrencyTable(const Gazetteer& news_forms, const Gazetteer& families) {
  add_icu();
  for (const auto& row : news_forms.rows()) add_row(row);
  for (const auto& row : families.rows()) {
    if (row.size() < 2) continue;
    size_t at = 0;
    while (at < row[1].size()) {
      const size_t end = std::min(row[1].find(' ', at), row[1].size());
      if (end > at) more_families_.insert(row[0] + ' ' + row[1].substr(at, end - at));
      at = end + 1;
    }
  }
}

void CurrencyTable::add_icu() {
  UErrorCode status = U_ZERO_ERROR;
  UEnumeration* codes = ucurr_openISOCurrencies(UCURR_ALL, &status);
  if (U_FAILURE(status)) return;
  while (const char* code = uenum_next(codes, nullptr, &status)) {
    if (U_FAILURE(status) || std::string_view(code).size() != 3) break;
    const std::string iso(code);
    CurrencyForm form{.code = iso};
    const std::string name = icu_name(code, UCURR_LONG_NAME);
    std::string family;
    currency_key(
        std::string_view(name).substr(name.rfind(' ') == std::string::npos ? 0 : name.rfind(' ') + 1),
        family);
    code_family_[iso] = family;
    // Names after the number only: "20 Swiss francs", "5 Canadian dollars".
    CurrencyForm named = form;
    named.before = false;
    // The long name and its plurals often share a key ("Euro", "euro"): each key is added
    // once (a second add would only assign the same form again).
    std::vector<std::string> keys;
    auto add_named = [&](const std::string& n) {
      std::string key;
      currency_key(n, key);
      if (std::find(keys.begin(), keys.end(), key) != keys.end()) return;
      add(n, named);
      keys.push_back(std::move(key));
    };
    for (const std::string& n : {name, icu_plural(code, "other"), icu_plural(code, "one")}) {
      if (n.empty() || n == iso) continue;
      add_named(n);
      std::string glued = n;  // "42 saudiriyal", "10 egyptianpounds": typed without the space
      glued.erase(std::remove(glued.begin(), glued.end(), ' '), glued.end());
      if (glued.size() != n.size()) add_named(glued);
    }
    // "12 Canadian cts", "7 Australian cents": a named dollar's cents.
    if (constexpr std::string_view kDollar = " Dollar";
        name.size() > kDollar.size() && name.ends_with(kDollar)) {
      CurrencyForm cents = named;
      cents.scale = 0.01;
      const std::string country = name.substr(0, name.size() - kDollar.size());
      for (const char* unit : {" cents", " cent", " cts"}) add(country + unit, cents);
    }
    const std::string symbol = icu_name(code, UCURR_SYMBOL_NAME);
    if (!symbol.empty() && symbol != "$" && symbol != iso) add(symbol, form);
    CurrencyForm upper = form;
    upper.exact = iso;  // codes count only in capitals: "EUR 20", never "eur"
    add(iso, upper);
    CurrencyForm millions = upper;  // "48.5 MGBP", "12 MEUR" in company reports
    millions.exact = "M" + iso;
    millions.scale = 1e6;
    millions.before = false;
    add(millions.exact, millions);
  }
  uenum_close(codes);
}

void CurrencyTable::add(std::string_view text, CurrencyForm form) {
  std::string key;
  currency_key(text, key);
  if (key.empty()) return;
  max_words_ = std::min(kMaxWords, std::max(max_words_, count_words(key)));
  const std::string first(strip_closers(std::string_view(key).substr(0, key.find(' '))));
  const std::string last(strip_closers(std::string_view(key).substr(key.rfind(' ') + 1)));
  first_filter_.add(first);
  last_filter_.add(last);
  forms_filter_.add(key);
  first_words_.insert(first);
  last_words_.insert(last);
  if (key.find(' ') != std::string::npos) {
    phrase_first_filter_.add(first);
    phrase_first_words_.insert(first);
  }
  forms_.insert_or_assign(std::move(key), std::move(form));
}

// A table row: form, currency ("$" dollar family, "~franc" another family, "-" unknown, "!" not
// a currency), scale,
// where (before|after|both; end: after, ending the noun phrase; magnitude: after a magnitude),
// case (exact|any).
void CurrencyTable::add_row(const std::vector<std::string>& row) {
  if (row.size() < 5) return;
  std::string key;
  currency_key(row[0], key);
  if (row[1] == "!") {
    forms_.erase(key);
    forms_.erase("m" + key);  // and its millions: "MALL", "MTOP"
    return;
  }
  CurrencyForm form;
  if (row[1] == "$")
    form.family = "dollar";
  else if (row[1].size() > 1 && row[1][0] == '~')
    form.family = row[1].substr(1);
  else if (row[1] != "-")
    form.code = row[1];
  form.scale = std::strtod(row[2].c_str(), nullptr);
  if (form.scale <= 0) form.scale = 1;
  form.before = row[3] == "before" || row[3] == "both";
  form.after = row[3] != "before";
  form.phrase_end = row[3] == "end";
  form.after_magnitude = row[3] == "magnitude";
  if (row[4] == "exact") form.exact = row[0];
  add(row[0], std::move(form));
}

const CurrencyForm* CurrencyTable::find(std::string_view text) const {
  if (!forms_filter_.may_hold(text)) return nullptr;
  const auto it = forms_.find(text);
  if (it == forms_.end()) return nullptr;
  const CurrencyForm& f = it->second;
  if (!f.exact.empty()) {
    std::string collapsed;
    for (char c : text) collapsed.push_back(c == '\t' || c == '\n' ? ' ' : c);
    if (collapsed != f.exact && !shouted(collapsed, f.exact)) return nullptr;
  }
  return &f;
}

// A headline in capitals writes a lower-case word form in capitals: "6.5 BILLION MARKS", "400
// MLN MARK EUROBOND". Not the one- and two-letter forms, which are letters or units in capitals
// ("43C", "5 CT").
bool CurrencyTable::shouted(std::string_view text, std::string_view exact) {
  if (exact.size() < 3 || text.size() != exact.size()) return false;
  for (size_t i = 0; i < exact.size(); ++i)
    if (!is_ascii_lower(exact[i]) || text[i] != exact[i] - 'a' + 'A') return false;
  return true;
}

bool CurrencyTable::has_word(const CurrencyKeySet& words, const CurrencyKeyFilter& filter,
                             std::string_view word) {
  word = strip_closers(word);
  if (word.empty() || word.size() > 40 || !filter.may_hold(word)) return false;
  return words.find(word) != words.end();
}

const CurrencyForm* CurrencyTable::find_code(std::string_view letters) const {
  if (letters.size() != 3) return nullptr;
  std::string key(letters);
  for (char& c : key)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  const auto it = forms_.find(key);
  if (it == forms_.end() || it->second.code.empty()) return nullptr;
  std::string upper = key;
  for (char& c : upper) c = static_cast<char>(c - 'a' + 'A');
  return it->second.exact == upper ? &it->second : nullptr;
}

namespace {

bool iso_code_like(std::string_view s) {
  return s.size() == 3 && std::all_of(s.begin(), s.end(), is_ascii_upper);
}

// YYYY-MM-DD, compared as text.
bool iso_day_like(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (const size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!is_ascii_digit(s[i])) return false;
  return true;
}

}  // namespace

CurrencyHistory::CurrencyHistory(const Gazetteer& history) {
  if (history.columns().size() < 3) return;
  for (size_t i = 0; i < history.size(); ++i) {
    const std::string_view code = history.cell(i, 0), predecessor = history.cell(i, 1),
                           since = history.cell(i, 2);
    if (!iso_code_like(code) || !iso_code_like(predecessor) || !iso_day_like(since)) continue;
    before_.emplace(std::string(code), Change{std::string(predecessor), std::string(since)});
    latest_ = std::max(latest_, std::string(since));
  }
}

std::string_view CurrencyHistory::on(std::string_view code, std::string_view day) const {
  if (day.size() < 10) return code;
  day = day.substr(0, 10);
  if (day >= latest_) return code;  // a story after the last change: every code is today's
  // A chain is short (four links at most); the bound guards against a cycle in an override.
  for (size_t links = 0; links < before_.size(); ++links) {
    const auto it = before_.find(std::string(code));
    if (it == before_.end() || day >= it->second.since) break;
    code = it->second.predecessor;
  }
  return code;
}

}  // namespace newsclaim
