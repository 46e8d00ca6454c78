// Segmenter's sentence boundaries (SentenceBreaks, or ICU on the paragraph alone for the
// paragraphs it refuses) against ICU over the whole text, on real documents: every paragraph
// of the repository's samples, and of the JSONL or text files listed (':'-separated) in the
// environment variable NEWSCLAIM_SENTENCE_CORPUS (e.g. a news corpus kept outside the
// repository), run through Document and Layout as the pipeline runs them.
#include "text/sentence_breaks.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "input/reader.hpp"
#include "test_support.hpp"
#include "text/layout.hpp"
#include "text/sentence_icu.hpp"
#include "text/utf8.hpp"

namespace newsclaim {
namespace {

struct Tally {
  size_t documents = 0;
  size_t paragraphs = 0;  // compared
  size_t refused = 0;     // left to ICU on the paragraph
  size_t non_ascii = 0;   // holding a non-ASCII character
  size_t differing = 0;
};

struct Icu {
  IcuSentenceBreaks whole_text;  // the reference
  IcuSentenceBreaks paragraph;   // the fallback
};

void compare_document(const InputDoc& in, Segmenter& segmenter, Icu& icu, Tally& t) {
  const Document doc = Document::from_bytes(in.bytes);
  const Layout layout = segmenter.segment(doc, test::default_engine().rules());
  const std::string_view text = doc.norm();
  icu.whole_text.reset(text);
  icu.paragraph.reset(text);
  ++t.documents;
  std::vector<uint32_t> expected, got;
  for (const Span para : layout.paragraphs) {
    expected.clear();
    got.clear();
    icu.whole_text.whole_text_boundaries(para, expected);
    ++t.paragraphs;
    if (!utf8::is_ascii(text.substr(para.begin, para.size()))) ++t.non_ascii;
    if (!SentenceBreaks::instance().boundaries(text, para, got)) {
      ++t.refused;
      got.clear();
      icu.paragraph.boundaries(para, got);
    }
    if (got == expected) continue;
    if (++t.differing <= 5) {
      INFO("document ", in.id, " paragraph at byte ", para.begin);
      CHECK(got == expected);
    }
  }
}

std::vector<std::string> corpus_paths() {
  std::vector<std::string> paths{std::string(NEWSCLAIM_SOURCE_DIR) + "/samples"};
  const char* env = std::getenv("NEWSCLAIM_SENTENCE_CORPUS");
  for (std::string rest = env ? env : ""; !rest.empty();) {
    const size_t colon = rest.find(':');
    paths.push_back(rest.substr(0, colon));
    rest = colon == std::string::npos ? "" : rest.substr(colon + 1);
  }
  return paths;
}

TEST_CASE("every paragraph of the samples (and of NEWSCLAIM_SENTENCE_CORPUS) agrees with ICU") {
  InputReader reader(corpus_paths(), InputOptions{});
  Segmenter segmenter;
  Icu icu;
  Tally t;
  for (InputDoc in; reader.next(in);) {
    if (!in.skip_extraction) compare_document(in, segmenter, icu, t);
  }
  MESSAGE("documents: ", t.documents, ", paragraphs compared: ", t.paragraphs, " (non-ASCII: ",
          t.non_ascii, ", left to ICU on the paragraph: ", t.refused, "), differing: ", t.differing);
  CHECK(reader.failed_inputs() == 0);
  CHECK(t.paragraphs > 50);
  CHECK(t.non_ascii > 0);  // the samples hold some
  CHECK(t.differing == 0);
}

}  // namespace
}  // namespace newsclaim
