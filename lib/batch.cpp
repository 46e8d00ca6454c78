#include "batch.hpp"

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

namespace newsclaim {

void BatchStats::add(const Extraction& x, size_t text_bytes) {
  ++documents;
  documents_with_errors += !x.errors.empty();
  bytes += text_bytes;
  entities += x.entities.size();
  money += x.money.size();
  quantities += x.quantities.size();
  percentages += x.percentages.size();
  dates += x.dates.size();
  quotes += x.quotes.size();
  claims += x.claims.size();
  contracts += x.contracts.size();
}

namespace {

// Fills inputs from the reader, at most n; returns how many were read.
size_t read_window(InputReader& reader, std::vector<InputDoc>& inputs, size_t n) {
  inputs.resize(n);
  size_t count = 0;
  while (count < n && reader.next(inputs[count])) ++count;
  inputs.resize(count);
  return count;
}

// Runs the engine over inputs on `jobs` threads, each claiming the next unclaimed index.
void process_window(const Engine& engine, const std::vector<InputDoc>& inputs, std::vector<Analysis>& results,
                    std::vector<std::unique_ptr<Worker>>& workers) {
  results.clear();
  results.resize(inputs.size());
  std::atomic<size_t> next{0};
  auto work = [&](Worker& worker) {
    for (size_t i = next++; i < inputs.size(); i = next++) results[i] = engine.run(inputs[i], worker);
  };
  if (workers.size() == 1 || inputs.size() <= 1) {
    work(*workers[0]);
    return;
  }
  std::vector<std::thread> threads;
  for (size_t t = 1; t < workers.size(); ++t) threads.emplace_back(work, std::ref(*workers[t]));
  work(*workers[0]);
  for (auto& th : threads) th.join();
}

}  // namespace

BatchStats run_batch(InputReader& reader, const Engine& engine, const BatchOptions& options,
                     const std::function<bool(const Analysis&)>& sink,
                     const std::function<void(const BatchStats&)>& progress) {
  const size_t jobs = options.jobs == 0 ? 1 : options.jobs;
  const size_t window = options.window ? options.window : 64 * jobs;
  std::vector<std::unique_ptr<Worker>> workers;
  for (size_t i = 0; i < jobs; ++i) workers.push_back(std::make_unique<Worker>());
  BatchStats stats;
  std::vector<InputDoc> inputs;
  std::vector<Analysis> results;
  while (read_window(reader, inputs, window) > 0) {
    process_window(engine, inputs, results, workers);
    for (size_t i = 0; i < results.size(); ++i) {
      stats.add(results[i].extraction, inputs[i].bytes.size());
      if (!sink(results[i])) return stats;
    }
    if (progress) progress(stats);
  }
  return stats;
}

}  // namespace newsclaim
