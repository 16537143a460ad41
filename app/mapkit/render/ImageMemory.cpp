// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapkit/render/ImageMemory.h"

#include <cstdint>
#include <new>

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace hp::gui {

namespace {

#ifdef __linux__
constexpr std::size_t kHugePage = std::size_t(2) << 20;

std::size_t roundedUp(std::size_t bytes) { return (bytes + kHugePage - 1) / kHugePage * kHugePage; }

// Maps a huge page more than needed, keeps the aligned part and gives the ends back; null when refused.
void* mapAligned(std::size_t bytes) {
  const std::size_t length = roundedUp(bytes);
  void* raw = mmap(nullptr, length + kHugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (raw == MAP_FAILED) return nullptr;
  const auto start = reinterpret_cast<std::uintptr_t>(raw);
  const std::uintptr_t aligned = (start + kHugePage - 1) / kHugePage * kHugePage;
  if (aligned > start) munmap(raw, aligned - start);
  if (const std::uintptr_t tail = start + length + kHugePage - (aligned + length); tail > 0)
    munmap(reinterpret_cast<void*>(aligned + length), tail);
  void* data = reinterpret_cast<void*>(aligned);
  madvise(data, length, MADV_HUGEPAGE);  // a hint: without it the memory still works, in 4 KB pages
  return data;                           // zeros
}

struct Mapping {
  void* address;
  std::size_t bytes;
};

void unmapImage(void* info) {
  auto* m = static_cast<Mapping*>(info);
  releaseLarge(m->address, m->bytes);
  delete m;
}
#endif

}  // namespace

void* allocateLarge(std::size_t bytes) {
#ifdef __linux__
  if (void* p = mapAligned(bytes)) return p;
  throw std::bad_alloc();
#else
  return ::operator new(bytes);
#endif
}

void releaseLarge(void* pointer, std::size_t bytes) {
#ifdef __linux__
  if (pointer) munmap(pointer, roundedUp(bytes));
#else
  (void)bytes;
  ::operator delete(pointer);
#endif
}

QImage newTransparentImage(int width, int height) {
  const qsizetype bytesPerLine = qsizetype(width) * 4;
#ifdef __linux__
  const std::size_t bytes = std::size_t(bytesPerLine) * std::size_t(height > 0 ? height : 0);
  if (width > 0 && height > 0 && bytes >= kHugePage)
    if (void* data = mapAligned(bytes))
      return QImage(static_cast<uchar*>(data), width, height, bytesPerLine, QImage::Format_ARGB32_Premultiplied,
                    unmapImage, new Mapping{data, bytes});
#else
  (void)bytesPerLine;
#endif
  QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
  image.fill(Qt::transparent);
  return image;
}

}  // namespace hp::gui
