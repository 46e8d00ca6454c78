// Helpers for unit tests: run the whole pipeline on a sentence with a fixed anchor, and read
// items back as the text they cover.
#pragma once
#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <string_view>

#include "pipeline.hpp"

namespace newsclaim::test {

// The engine with the embedded patterns and default options (built once per test run).
inline const Engine& default_engine() {
  static const std::unique_ptr<Engine> engine = [] {
    auto e = Engine::create(EngineOptions{});
    REQUIRE_MESSAGE(e.ok(), (e.ok() ? "" : e.error().to_string()));
    return std::move(e.value());
  }();
  return *engine;
}

// Runs the pipeline over text; published (YYYY-MM-DD or empty) anchors relative dates.
inline Analysis analyze(std::string_view text, std::string published = "", const Engine* engine = nullptr) {
  thread_local Worker worker;
  InputDoc in;
  in.id = "test";
  in.bytes = std::string(text);
  in.published = std::move(published);
  return (engine ? *engine : default_engine()).run(in, worker);
}

// The original text an item covers.
inline std::string text_of(const Analysis& a, Span span) { return std::string(a.doc.original_slice(span)); }

// The value of the date whose text is exactly `text` in sentence, anchored at published; "<none>"
// when no date covers that text.
inline std::string date_value(std::string_view sentence, std::string_view text, std::string published) {
  const Analysis a = analyze(sentence, std::move(published));
  for (const DateItem& d : a.extraction.dates)
    if (text_of(a, d.span) == text) return d.value;
  return "<none>";
}

}  // namespace newsclaim::test
