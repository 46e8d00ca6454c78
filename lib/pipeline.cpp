#include "pipeline.hpp"

#include <algorithm>
#include <atomic>
#include <functional>
#include <iterator>
#include <exception>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <thread>

#include "extract/anchor.hpp"
#include "extract/claims.hpp"
#include "extract/contracts.hpp"
#include "extract/dates.hpp"
#include "extract/entities.hpp"
#include "extract/money.hpp"
#include "extract/quotes.hpp"
#include "patterns/ruleset.hpp"
#include "stage_times.hpp"
#include "text/boilerplate.hpp"

namespace newsclaim {

namespace {

// The extractors as built: each owned here until the Extractors take them.
struct BuiltExtractors {
  std::unique_ptr<BoilerplateFinder> boilerplate;
  std::unique_ptr<EntityExtractor> entities;
  std::unique_ptr<MoneyExtractor> money;
  std::unique_ptr<DateExtractor> dates;
  std::unique_ptr<QuoteExtractor> quotes;
  std::unique_ptr<ClaimExtractor> claims;
  std::unique_ptr<ContractExtractor> contracts;
};

// Builds every extractor on two threads: start-up is mostly their construction (compiling
// patterns, hashing gazetteers), and each reads only the shared, const Ruleset. Both threads
// take the next task from one list, largest first, which splits the work about evenly. Throws
// the first error in stage order, the one a sequential build would have thrown.
BuiltExtractors build_extractors(const Ruleset& rules) {
  BuiltExtractors b;
  struct Task {
    int stage;  // position in stage order, for the error to rethrow
    std::function<void()> build;
  };
  // The money stage's currency table (ICU's names of every currency) is a task of its own:
  // with it, money is too big a piece to pair with dates (the one task larger than all the
  // rest together would be). Money waits for the table if it is still being built (call_once).
  std::once_flag currencies_once;
  std::optional<CurrencyTable> currencies;
  const auto build_currencies = [&] {
    std::call_once(currencies_once, [&] { currencies.emplace(rules.gazetteer("money.currencies"), rules.gazetteer("money.currency_families")); });
  };
  // Instructions at start-up (callgrind): quotes ~27M, entities ~24M, claims ~17M,
  // currencies ~15M, money ~11M, dates ~11M (its combined pattern compiles on first use), the
  // rest ~0.3-5M each. The currencies go first on the other thread, so that they are done when
  // money starts.
  const Task tasks[] = {
      {4, [&] { b.quotes = std::make_unique<QuoteExtractor>(rules); }},
      {2, build_currencies},
      {1, [&] { b.entities = std::make_unique<EntityExtractor>(rules); }},
      {2,
       [&] {
         build_currencies();
         b.money = std::make_unique<MoneyExtractor>(rules, std::move(*currencies));
       }},
      {5, [&] { b.claims = std::make_unique<ClaimExtractor>(rules); }},
      {3, [&] { b.dates = std::make_unique<DateExtractor>(rules); }},
      {6, [&] { b.contracts = std::make_unique<ContractExtractor>(rules); }},
      {0, [&] { b.boilerplate = std::make_unique<BoilerplateFinder>(rules); }},
      {0, [] { Segmenter::prepare(); }},  // the sentence rules and abbreviation list all workers share
  };
  constexpr size_t kTasks = std::size(tasks);
  std::exception_ptr errors[kTasks];  // per task (two tasks build money)
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < kTasks; i = next++) {
      try {
        tasks[i].build();
      } catch (...) {
        errors[i] = std::current_exception();
      }
    }
  };
  std::thread side(work);
  work();
  side.join();
  for (int stage = 0; stage <= 6; ++stage) {
    for (size_t i = 0; i < kTasks; ++i) {
      if (tasks[i].stage == stage && errors[i]) std::rethrow_exception(errors[i]);
    }
  }
  return b;
}

}  // namespace

// All extractors, built once from the Ruleset and shared read-only by every thread.
class Extractors {
 public:
  explicit Extractors(const Ruleset& rules) : Extractors(build_extractors(rules)) {}
  BoilerplateFinder& boilerplate;
  EntityExtractor& entities;
  MoneyExtractor& money;
  DateExtractor& dates;
  QuoteExtractor& quotes;
  ClaimExtractor& claims;
  ContractExtractor& contracts;

 private:
  explicit Extractors(BuiltExtractors b)
      : boilerplate(*b.boilerplate), entities(*b.entities), money(*b.money), dates(*b.dates),
        quotes(*b.quotes), claims(*b.claims), contracts(*b.contracts), built_(std::move(b)) {}
  BuiltExtractors built_;  // owns what the references name
};

namespace {

Span span_of(Span s) { return s; }
template <typename T>
Span span_of(const T& item) {
  return item.span;
}

// Drops items that lie in boilerplate (run before any later stage refers to them by index).
template <typename T>
void drop_boilerplate(std::vector<T>& items, const Layout& layout) {
  std::erase_if(items, [&](const T& item) { return layout.in_boilerplate(span_of(item)); });
}

void drop_boilerplate_mentions(std::vector<Entity>& entities, const Layout& layout) {
  for (auto& e : entities) drop_boilerplate(e.mentions, layout);
  std::erase_if(entities, [](const Entity& e) { return e.mentions.empty(); });
}

template <typename T>
void sort_by_span(std::vector<T>& items) {
  std::stable_sort(items.begin(), items.end(), [](const T& a, const T& b) { return a.span < b.span; });
}

}  // namespace

Result<std::set<Stage>> parse_stages(const std::string& list) {
  std::set<Stage> out;
  size_t pos = 0;
  while (pos <= list.size()) {
    size_t comma = list.find(',', pos);
    if (comma == std::string::npos) comma = list.size();
    const std::string word = list.substr(pos, comma - pos);
    pos = comma + 1;
    if (word.empty()) continue;
    if (word == "entities") out.insert(Stage::Entities);
    else if (word == "money" || word == "quantities" || word == "percentages") out.insert(Stage::Money);
    else if (word == "dates") out.insert(Stage::Dates);
    else if (word == "quotes") out.insert(Stage::Quotes);
    else if (word == "claims") out.insert(Stage::Claims);
    else if (word == "contracts") out.insert(Stage::Contracts);
    else return Error{"--only", "unknown extractor '" + word + "' (known: entities, money, quantities, percentages, dates, quotes, claims, contracts)"};
  }
  return out;
}

Result<std::unique_ptr<Engine>> Engine::create(const EngineOptions& options) {
  auto rules = Ruleset::load(options.patterns_dir);
  if (!rules.ok()) return rules.error();
  std::unique_ptr<Engine> engine(new Engine());
  engine->options_ = options;
  engine->rules_ = rules.value();
  // Later stages need earlier ones: quotes need entities; claims and contracts need all.
  auto& only = engine->options_.only;
  if (only.count(Stage::Contracts)) only.insert(Stage::Claims);
  if (only.count(Stage::Claims)) only.insert({Stage::Entities, Stage::Money, Stage::Dates, Stage::Quotes});
  if (only.count(Stage::Quotes)) only.insert(Stage::Entities);
  try {
    engine->extractors_ = std::make_unique<Extractors>(*engine->rules_);
  } catch (const std::logic_error& e) {
    return Error{options.patterns_dir.empty() ? "patterns" : options.patterns_dir, e.what()};
  }
  return engine;
}

Engine::~Engine() = default;

bool Engine::enabled(Stage s) const { return options_.only.empty() || options_.only.count(s) > 0; }

Settings Engine::settings_for(const InputDoc& input, const Document& doc, const Layout& layout,
                              Extraction& out) const {
  Settings settings;
  settings.currency_default = options_.currency_default;
  settings.date_order = options_.date_order;
  if (!input.published.empty()) {
    if (auto d = parse_publication_date(input.published)) {
      settings.anchor = *d;
      out.published_source = "input";
    } else {
      out.errors.push_back({"bad_published", "cannot read the published date '" + input.published + "'"});
    }
  }
  if (settings.anchor.empty() && !options_.published_default.empty()) {
    settings.anchor = options_.published_default;
    out.published_source = "cli";
  }
  if (settings.anchor.empty()) {
    if (auto d = find_publication_date_in_text(doc, layout)) {
      settings.anchor = *d;
      out.published_source = "text";
    }
  }
  out.published = settings.anchor;
  return settings;
}

// The pipeline, in order. Each stage appends its items; boilerplate is dropped before any
// later stage can refer to an item by index.
void Engine::run_stages(const Context& ctx, Extraction& out) const {
  const Layout& layout = ctx.layout;
  StageClock clock;
  if (enabled(Stage::Entities)) {
    extractors_->entities.run(ctx, out);
    drop_boilerplate_mentions(out.entities, layout);
    clock.lap(TimedStage::Entities);
  }
  if (enabled(Stage::Money)) {
    extractors_->money.run(ctx, out);
    drop_boilerplate(out.money, layout);
    drop_boilerplate(out.quantities, layout);
    drop_boilerplate(out.percentages, layout);
    sort_by_span(out.money);
    sort_by_span(out.quantities);
    sort_by_span(out.percentages);
    clock.lap(TimedStage::Money);
  }
  if (enabled(Stage::Dates)) {
    extractors_->dates.run(ctx, out);
    drop_boilerplate(out.dates, layout);
    sort_by_span(out.dates);
    clock.lap(TimedStage::Dates);
  }
  if (enabled(Stage::Quotes)) {
    extractors_->quotes.run(ctx, out);
    drop_boilerplate(out.quotes, layout);
    sort_by_span(out.quotes);
    clock.lap(TimedStage::Quotes);
  }
  if (enabled(Stage::Claims)) {
    extractors_->claims.run(ctx, out);
    drop_boilerplate(out.claims, layout);
    clock.lap(TimedStage::Claims);
  }
  if (enabled(Stage::Contracts)) extractors_->contracts.run(ctx, out);
  clock.lap(TimedStage::Contracts);
}

Analysis Engine::run(const InputDoc& input, Worker& worker) const {
  Analysis analysis;
  Extraction& out = analysis.extraction;
  out.id = input.id;
  out.errors = input.errors;
  if (input.bytes.size() > options_.max_doc_bytes) {
    out.errors.push_back({"too_large", "document has " + std::to_string(input.bytes.size()) +
                                           " bytes, more than --max-doc-bytes " +
                                           std::to_string(options_.max_doc_bytes) + "; not extracted"});
    return analysis;
  }
  if (input.skip_extraction) return analysis;
  StageClock clock;
  analysis.doc = Document::from_bytes(input.bytes);
  clock.lap(TimedStage::Text);
  const Document& doc = analysis.doc;
  if (doc.invalid_bytes() > 0) {
    out.errors.push_back({"invalid_utf8", std::to_string(doc.invalid_bytes()) +
                                              " invalid UTF-8 byte(s) replaced by U+FFFD, the first at byte " +
                                              std::to_string(doc.first_invalid_byte())});
  }
  Layout layout = worker.segmenter.segment(doc, *rules_);
  layout.boilerplate = extractors_->boilerplate.find(doc, layout);
  clock.lap(TimedStage::Layout);
  const Settings settings = settings_for(input, doc, layout, out);
  const Context ctx{doc, layout, settings};
  run_stages(ctx, out);
  out.boilerplate = layout.boilerplate;
  return analysis;
}

}  // namespace newsclaim
