// HugePageAllocator: an allocator for the few tables of several megabytes built at start-up
// (the entities lexicon's word table). Measured here: touching 4 MB of fresh memory in 4 KB
// pages costs ~25 ms of page faults; in 2 MB pages, ~0.5 ms. Linux gives an allocation
// transparent huge pages only when asked (THP "madvise" mode), so a large block is mapped from
// the kernel, aligned to 2 MB and marked with madvise(MADV_HUGEPAGE) (through malloc, mimalloc's
// aligned allocation kept more fresh pages to fault); smaller ones go to operator new as usual.
#pragma once
#include <cstddef>
#include <cstdint>
#include <new>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace newsclaim {

template <typename T>
struct HugePageAllocator {
  using value_type = T;
  static constexpr size_t kHugePage = size_t{2} << 20;

  HugePageAllocator() = default;
  template <typename U>
  HugePageAllocator(const HugePageAllocator<U>&) {}

  T* allocate(size_t n) {
    const size_t bytes = n * sizeof(T);
    if (!huge(bytes)) return static_cast<T*>(::operator new (bytes, std::align_val_t{alignof(T)}));
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    // Straight from the kernel, 2 MB-aligned: over-map by one huge page, unmap the ends.
    const size_t rounded = round_up(bytes);
    void* mapped =
        mmap(nullptr, rounded + kHugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapped == MAP_FAILED) throw std::bad_alloc();
    const auto start = reinterpret_cast<uintptr_t>(mapped);
    const uintptr_t aligned = (start + kHugePage - 1) / kHugePage * kHugePage;
    if (aligned > start) munmap(mapped, aligned - start);
    if (const uintptr_t tail = start + rounded + kHugePage - (aligned + rounded); tail > 0)
      munmap(reinterpret_cast<void*>(aligned + rounded), tail);
    (void)madvise(reinterpret_cast<void*>(aligned), rounded, MADV_HUGEPAGE);  // a hint: works without, slower
    return reinterpret_cast<T*>(aligned);
#else
    return static_cast<T*>(::operator new (bytes, std::align_val_t{alignof(T)}));
#endif
  }
  void deallocate(T* p, size_t n) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    if (huge(n * sizeof(T))) {
      munmap(p, round_up(n * sizeof(T)));
      return;
    }
#endif
    ::operator delete (p, std::align_val_t{alignof(T)});
  }
  template <typename U>
  bool operator==(const HugePageAllocator<U>&) const {
    return true;
  }

 private:
  static bool huge(size_t bytes) { return bytes >= kHugePage; }
  static size_t round_up(size_t bytes) { return (bytes + kHugePage - 1) / kHugePage * kHugePage; }
};

}  // namespace newsclaim
