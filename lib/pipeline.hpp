// newsclaim's public entry point: an Engine (patterns and extractors, built once, shared by
// threads) turns an InputDoc into an Extraction. The stages run in the order of run_stages().
#pragma once
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/extraction.hpp"
#include "extract/context.hpp"
#include "text/document.hpp"
#include "text/layout.hpp"

namespace newsclaim {

class Ruleset;

enum class Stage { Entities, Money, Dates, Quotes, Claims, Contracts };

// Parses "entities,money,dates,quotes,claims,contracts" (also "quantities"/"percentages" as
// money); fails naming the unknown word.
Result<std::set<Stage>> parse_stages(const std::string& list);

struct EngineOptions {
  std::string patterns_dir;      // empty: embedded patterns only
  std::string currency_default;  // ISO 4217 code or empty
  DateOrder date_order = DateOrder::Auto;
  std::string published_default;  // YYYY-MM-DD used when a document has none (--published)
  std::set<Stage> only;           // empty: all stages
  size_t max_doc_bytes = 8u << 20;
};

// One document as read: raw bytes plus what the input said about it.
struct InputDoc {
  std::string id;
  std::string bytes;      // raw text bytes (decoded as UTF-8 by the engine)
  std::string published;  // as given by the input record (any common format), may be empty
  std::vector<DocError> errors;  // problems found while reading (bad JSON line, unreadable file)
  bool skip_extraction = false;  // nothing extractable (unreadable, binary, bad record)
};

// Per-thread scratch state; one per worker thread, reused across documents.
class Worker {
 public:
  Segmenter segmenter;
};

class Extractors;

// A document's text (which output offsets index) and what was extracted from it.
struct Analysis {
  Document doc;
  Extraction extraction;
};

class Engine {
 public:
  static Result<std::unique_ptr<Engine>> create(const EngineOptions& options);
  ~Engine();
  // Never fails: problems become entries in Extraction::errors.
  Analysis run(const InputDoc& input, Worker& worker) const;
  const Ruleset& rules() const { return *rules_; }
  const EngineOptions& options() const { return options_; }

 private:
  Engine() = default;
  bool enabled(Stage s) const;
  void run_stages(const Context& ctx, Extraction& out) const;
  Settings settings_for(const InputDoc& input, const Document& doc, const Layout& layout, Extraction& out) const;

  EngineOptions options_;
  std::shared_ptr<const Ruleset> rules_;
  std::unique_ptr<Extractors> extractors_;
};

}  // namespace newsclaim
