#include "batch.hpp"

#include "stage_times.hpp"

#include <condition_variable>
#include <exception>
#include <memory>
#include <mutex>
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

// One document's result waiting for its turn to be written.
struct Slot {
  Analysis analysis;
  std::string rendered;
  size_t bytes = 0;
  bool ready = false;
};

// Runs the engine; nothing escapes, so no document is ever lost from the output.
void analyze(const Engine& engine, const InputDoc& input, Worker& worker, const BatchOptions& options, Slot& slot) {
  try {
    slot.analysis = engine.run(input, worker);
    StageClock clock;
    if (options.render) options.render(slot.analysis, slot.rendered);
    clock.lap(TimedStage::Render);
  } catch (const std::exception& e) {
    slot.analysis = Analysis{};
    slot.analysis.extraction.id = input.id;
    slot.analysis.extraction.errors.push_back({"internal", std::string("extraction failed: ") + e.what()});
    slot.rendered.clear();
    if (options.render) options.render(slot.analysis, slot.rendered);
  }
}

// Workers claim documents from the shared reader in order (reading is serialized, analysis is
// not) and park results in a ring of slots; the calling thread writes them out in order.
class Pipeline {
 public:
  Pipeline(InputReader& reader, const Engine& engine, const BatchOptions& options)
      : reader_(reader), engine_(engine), options_(options),
        window_(options.window ? options.window : 64 * options.jobs), slots_(window_) {}

  BatchStats run(const std::function<bool(const Analysis&, const std::string&)>& sink,
                 const std::function<void(const BatchStats&)>& progress) {
    std::vector<std::thread> threads;
    for (size_t t = 0; t < options_.jobs; ++t) threads.emplace_back([this] { work(); });
    BatchStats stats;
    while (Slot* slot = wait_next()) {
      stats.add(slot->analysis.extraction, slot->bytes);
      const bool go_on = sink(slot->analysis, slot->rendered);
      release(*slot, go_on);
      if (!go_on) break;
      if (progress && stats.documents % window_ == 0) progress(stats);
    }
    stop();
    for (auto& th : threads) th.join();
    if (progress) progress(stats);
    return stats;
  }

 private:
  void work() {
    Worker worker;
    InputDoc input;
    while (true) {
      size_t seq;
      {
        std::unique_lock lock(mu_);
        space_.wait(lock, [&] { return stopped_ || has_room(); });
        if (stopped_ || done_reading_) return;
        StageClock clock;
        const bool got = reader_.next(input);
        clock.lap(TimedStage::Read);
        if (!got) {
          done_reading_ = true;
          ready_.notify_all();
          return;
        }
        seq = claimed_++;
        in_flight_bytes_ += input.bytes.size();
      }
      Slot& slot = slots_[seq % window_];
      slot.bytes = input.bytes.size();
      analyze(engine_, input, worker, options_, slot);
      std::lock_guard lock(mu_);
      slot.ready = true;
      if (seq == written_) ready_.notify_all();
    }
  }

  bool has_room() const {
    return done_reading_ ||
           (claimed_ - written_ < window_ && (claimed_ == written_ || in_flight_bytes_ < options_.window_bytes));
  }

  // The next slot in input order once it is ready; nullptr when everything has been written.
  Slot* wait_next() {
    std::unique_lock lock(mu_);
    ready_.wait(lock, [&] { return slots_[written_ % window_].ready || (done_reading_ && written_ == claimed_); });
    Slot& slot = slots_[written_ % window_];
    return slot.ready ? &slot : nullptr;
  }

  void release(Slot& slot, bool go_on) {
    Analysis old = std::move(slot.analysis);  // freed outside the lock
    std::lock_guard lock(mu_);
    slot.ready = false;
    slot.rendered.clear();
    in_flight_bytes_ -= slot.bytes;
    ++written_;
    stopped_ = stopped_ || !go_on;
    space_.notify_all();
  }

  void stop() {
    std::lock_guard lock(mu_);
    stopped_ = true;
    space_.notify_all();
  }

  InputReader& reader_;
  const Engine& engine_;
  const BatchOptions& options_;
  const size_t window_;
  std::vector<Slot> slots_;
  std::mutex mu_;
  std::condition_variable space_, ready_;
  size_t claimed_ = 0, written_ = 0, in_flight_bytes_ = 0;
  bool done_reading_ = false, stopped_ = false;
};

}  // namespace

BatchStats run_batch(InputReader& reader, const Engine& engine, const BatchOptions& options,
                     const std::function<bool(const Analysis&, const std::string&)>& sink,
                     const std::function<void(const BatchStats&)>& progress) {
  BatchOptions o = options;
  o.jobs = o.jobs == 0 ? 1 : o.jobs;
  Pipeline pipeline(reader, engine, o);
  return pipeline.run(sink, progress);
}

}  // namespace newsclaim
