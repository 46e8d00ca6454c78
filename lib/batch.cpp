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
// not) and park results in a ring of slots. Whichever worker completes the next document in
// input order writes it, and every later one already waiting, to the sink: the output needs no
// thread of its own, so no thread is woken per document (on this machine a wake-up cost about
// as much as analysing a short article). Only one worker writes at a time (writing_).
class Pipeline {
 public:
  Pipeline(InputReader& reader, const Engine& engine, const BatchOptions& options, const Sink& sink,
           const Progress& progress)
      : reader_(reader), engine_(engine), options_(options), sink_(sink), progress_(progress),
        window_(options.window ? options.window : 64 * options.jobs), slots_(window_) {}

  BatchStats run() {
    std::vector<std::thread> threads;
    for (size_t t = 0; t < options_.jobs; ++t) threads.emplace_back([this] { work(); });
    for (auto& th : threads) th.join();
    if (failure_) std::rethrow_exception(failure_);
    if (progress_) progress_(stats_);
    return stats_;
  }

 private:
  void work() {
    Worker worker;
    InputDoc input;
    size_t seq = 0;
    while (claim(input, seq)) {
      Slot& slot = slots_[seq % window_];
      slot.bytes = input.bytes.size();
      analyze(engine_, input, worker, options_, slot);
      std::unique_lock lock(mu_);
      slot.ready = true;
      if (!writing_ && seq == written_) write_ready(lock);
    }
  }

  // Reads the next document into input and gives it the next sequence number; false when the
  // input is exhausted or the run stopped. Claimers take turns (read_mu_), and the slot lock is
  // free while one reads, so a read blocked on a slow pipe never holds up the writing of
  // documents already analysed.
  bool claim(InputDoc& input, size_t& seq) {
    std::lock_guard turn(read_mu_);
    {
      std::unique_lock lock(mu_);
      if (!has_room()) {
        ++space_waiters_;
        space_.wait(lock, [&] { return has_room(); });
        --space_waiters_;
      }
      if (stopped_ || done_reading_) return false;
    }  // room stays: only claimers (one at a time) use it up, the writer frees it
    StageClock clock;
    const bool got = reader_.next(input);
    clock.lap(TimedStage::Read);
    std::lock_guard lock(mu_);
    if (!got) {
      done_reading_ = true;
      if (space_waiters_ > 0) space_.notify_all();
      return false;
    }
    seq = claimed_++;
    in_flight_bytes_ += input.bytes.size();
    return true;
  }

  // Writes the ready slots from written_ on, in order; called and returns with mu_ held, which
  // it releases around each sink call (the sink may block on a slow pipe).
  void write_ready(std::unique_lock<std::mutex>& lock) {
    writing_ = true;
    while (true) {
      while (!stopped_ && slots_[written_ % window_].ready) write_next(lock);
      // Caught up with the input: the sink may flush before the next read blocks (a slow pipe).
      if (stopped_ || !options_.idle || claimed_ != written_ || idle_at_ == written_) break;
      idle_at_ = written_;
      lock.unlock();
      const bool ok = call_guarded([&] { options_.idle(); });
      lock.lock();
      stopped_ = stopped_ || !ok;
    }
    writing_ = false;
  }

  // Hands slots_[written_] to the sink; mu_ is released around the call.
  void write_next(std::unique_lock<std::mutex>& lock) {
    Slot& slot = slots_[written_ % window_];
    lock.unlock();
    bool go_on = false;
    call_guarded([&] {
      stats_.add(slot.analysis.extraction, slot.bytes);
      go_on = sink_(slot.analysis, slot.rendered);
    });
    { Analysis done = std::move(slot.analysis); }  // freed here, outside the lock
    slot.rendered.clear();
    lock.lock();
    slot.ready = false;
    in_flight_bytes_ -= slot.bytes;
    ++written_;
    stopped_ = stopped_ || !go_on;
    if (space_waiters_ > 0) space_.notify_all();
    if (go_on && progress_ && stats_.documents % window_ == 0) report_progress();
  }

  // Runs a sink-side callback (writer only, mu_ released); false when it threw: the exception
  // is kept for run() to rethrow, and the caller stops the run once it holds mu_ again.
  template <typename F>
  bool call_guarded(F&& f) {
    try {
      f();
      return true;
    } catch (...) {
      failure_ = std::current_exception();
      return false;
    }
  }

  // Called with mu_ held. A progress line reads the reader's counters: skipped while a claimer
  // is reading (the next one will come), never waited for.
  void report_progress() {
    std::unique_lock turn(read_mu_, std::try_to_lock);
    if (!turn.owns_lock()) return;
    try {
      progress_(stats_);
    } catch (...) {
      failure_ = std::current_exception();
      stopped_ = true;
    }
  }

  bool has_room() const {
    return stopped_ || done_reading_ ||
           (claimed_ - written_ < window_ && (claimed_ == written_ || in_flight_bytes_ < options_.window_bytes));
  }

  InputReader& reader_;
  const Engine& engine_;
  const BatchOptions& options_;
  const Sink& sink_;
  const Progress& progress_;
  const size_t window_;
  std::vector<Slot> slots_;
  std::mutex mu_;       // slots and counters
  std::mutex read_mu_;  // the reader: one claimer at a time (locked before mu_; under mu_ only tried)
  std::condition_variable space_;
  size_t claimed_ = 0, written_ = 0, in_flight_bytes_ = 0, space_waiters_ = 0;
  size_t idle_at_ = static_cast<size_t>(-1);  // written_ when idle() last ran
  bool done_reading_ = false, stopped_ = false, writing_ = false;
  BatchStats stats_;                // touched only by the worker holding writing_
  std::exception_ptr failure_;      // set under writing_, read after the join
};

}  // namespace

BatchStats run_batch(InputReader& reader, const Engine& engine, const BatchOptions& options, const Sink& sink,
                     const Progress& progress) {
  BatchOptions o = options;
  o.jobs = o.jobs == 0 ? 1 : o.jobs;
  Pipeline pipeline(reader, engine, o, sink, progress);
  return pipeline.run();
}

}  // namespace newsclaim
