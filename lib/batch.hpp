// Batch runner: streams documents from an InputReader through the Engine on N worker threads
// and hands each Analysis to a sink in input order. Memory is bounded by a window of
// in-flight documents (a count and a byte budget), never by input size.
#pragma once
#include <cstddef>
#include <functional>
#include <string>

#include "input/reader.hpp"
#include "pipeline.hpp"

namespace newsclaim {

struct BatchStats {
  size_t documents = 0;
  size_t documents_with_errors = 0;
  size_t bytes = 0;  // document text bytes processed
  size_t entities = 0, money = 0, quantities = 0, percentages = 0, dates = 0, quotes = 0, claims = 0,
         contracts = 0;
  void add(const Extraction& x, size_t text_bytes);
};

struct BatchOptions {
  size_t jobs = 1;                  // worker threads (>= 1)
  size_t window = 0;                // documents in flight; 0 means 64 per job
  size_t window_bytes = 32u << 20;  // input bytes in flight (one document may exceed it)
  // Optional: turns an Analysis into output text on the worker thread (must be thread-safe);
  // the sink then receives it, so formatting runs in parallel too.
  std::function<void(const Analysis&, std::string&)> render;
  // Optional: called like the sink (one call at a time, never during one) whenever every
  // document read so far has been written, before the next read, which may block on a slow
  // pipe: the place to flush buffered output so a stream's records appear as they are ready.
  std::function<void()> idle;
};

using Sink = std::function<bool(const Analysis&, const std::string&)>;
using Progress = std::function<void(const BatchStats&)>;

// Calls sink(analysis, rendered) for every document, in input order, one call at a time (from
// the worker threads: each call happens-after the previous one, so the sink needs no lock of
// its own); rendered is empty without options.render. sink returns false to stop early (a
// closed pipe). progress(stats) is called every window's worth of documents the same way, while
// no worker reads input (so it may look at the reader), and once more at the end on the calling
// thread. Every document read yields exactly one sink call
// (an exception inside the engine becomes an "internal" error record); an exception thrown by
// sink or progress stops the run and is rethrown here.
BatchStats run_batch(InputReader& reader, const Engine& engine, const BatchOptions& options, const Sink& sink,
                     const Progress& progress = {});

}  // namespace newsclaim
