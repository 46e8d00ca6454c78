// ICU's English abbreviation filter ("en_US@ss=standard", SimpleFilteredSentenceBreakIterator)
// without ICU's iterators: which of the plain sentence boundaries ICU drops
// after an abbreviation such as "Mr.". The abbreviations are read from ICU's own data.
#pragma once
#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace newsclaim {

class AbbreviationFilter {
 public:
  // Reads ICU's English SentenceBreak exceptions; not usable() when they cannot be read or are
  // not the shape suppresses() assumes (printable ASCII without spaces, one final '.', at most
  // 31 bytes to the first '.').
  AbbreviationFilter();
  // Builds the filter from a given list of abbreviations (for tests).
  explicit AbbreviationFilter(const std::vector<std::string>& abbreviations);

  bool usable() const { return usable_; }
  const std::vector<std::string>& abbreviations() const { return abbreviations_; }

  // Whether ICU drops its plain boundary at byte n of text (UTF-8, 0 < n < text.size()).
  bool suppresses(std::string_view text, uint32_t n) const;

 private:
  enum Backward : uint8_t { kWhole, kPartial };
  struct Forward {
    bool complete = false;  // the prefix is an abbreviation itself
    bool extends = false;   // some longer abbreviation begins with it
  };
  // Hashes std::string and std::string_view alike, so lookups need no copy.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  template <typename Value>
  using Map = std::unordered_map<std::string, Value, Hash, std::equal_to<>>;

  void build();
  bool forward_match(std::string_view text, size_t q) const;

  std::vector<std::string> abbreviations_;
  Map<Backward> backward_;  // what text before a boundary may end with
  Map<Forward> forward_;    // every prefix of the forward abbreviations
  // Bit n set for the byte c when a backward entry of n bytes ends with c and its '.'.
  std::array<uint32_t, 256> lengths_by_last_{};
  bool usable_ = false;
};

}  // namespace newsclaim
