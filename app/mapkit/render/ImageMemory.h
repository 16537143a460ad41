// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>

#include <cstddef>
#include <new>

namespace hp::gui {

// A premultiplied ARGB image for the map's drawing, every pixel transparent. Large ones live in 2 MB
// pages where the system offers them (Linux's transparent huge pages): a fresh image
// otherwise costs a page fault for every 4 KB on first touch, and on a virtual machine here a 64 MB
// overview level spent 190 ms of CPU in those faults (2 MB pages: 6 ms), a 1600 x 1000 frame 18 ms.
// The system's fresh pages are zeros, so large images need no clearing of their own.
// A null image when the memory cannot be had, as QImage's own constructor gives.
QImage newTransparentImage(int width, int height);

// Memory of `bytes` in 2 MB pages where the system offers them (zeros), for large scratch buffers with
// the same first-touch cost; throws std::bad_alloc. Give it back with releaseLarge(pointer, bytes).
void* allocateLarge(std::size_t bytes);
void releaseLarge(void* pointer, std::size_t bytes);

// A std::vector allocator over allocateLarge for buffers of a megabyte and more (smaller ones: the heap).
template <typename T>
struct LargeAllocator {
  using value_type = T;
  static constexpr std::size_t kLargeBytes = std::size_t(1) << 20;
  LargeAllocator() = default;
  template <typename U>
  LargeAllocator(const LargeAllocator<U>&) {}
  T* allocate(std::size_t n) {
    const std::size_t bytes = n * sizeof(T);
    return static_cast<T*>(bytes >= kLargeBytes ? allocateLarge(bytes) : ::operator new(bytes));
  }
  void deallocate(T* p, std::size_t n) {
    const std::size_t bytes = n * sizeof(T);
    if (bytes >= kLargeBytes) releaseLarge(p, bytes);
    else ::operator delete(p);
  }
  template <typename U>
  bool operator==(const LargeAllocator<U>&) const { return true; }
};

}  // namespace hp::gui
