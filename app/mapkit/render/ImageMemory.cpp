// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapkit/render/ImageMemory.h"

#include <cstdint>

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace hp::gui {

namespace {

#ifdef __linux__
constexpr std::size_t kHugePage = std::size_t(2) << 20;

struct Mapping {
  void* address;
  std::size_t length;
};

void unmap(void* info) {
  auto* m = static_cast<Mapping*>(info);
  munmap(m->address, m->length);
  delete m;
}
#endif

}  // namespace

QImage newTransparentImage(int width, int height) {
  const qsizetype bytesPerLine = qsizetype(width) * 4;
#ifdef __linux__
  const std::size_t bytes = std::size_t(bytesPerLine) * std::size_t(height > 0 ? height : 0);
  if (width > 0 && height > 0 && bytes >= kHugePage) {
    // Map a huge page more than needed, keep the aligned part, give the ends back.
    const std::size_t length = (bytes + kHugePage - 1) / kHugePage * kHugePage;
    void* raw = mmap(nullptr, length + kHugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw != MAP_FAILED) {
      const auto start = reinterpret_cast<std::uintptr_t>(raw);
      const std::uintptr_t aligned = (start + kHugePage - 1) / kHugePage * kHugePage;
      if (aligned > start) munmap(raw, aligned - start);
      if (const std::uintptr_t tail = start + length + kHugePage - (aligned + length); tail > 0)
        munmap(reinterpret_cast<void*>(aligned + length), tail);
      void* data = reinterpret_cast<void*>(aligned);  // zeros: transparent
      madvise(data, length, MADV_HUGEPAGE);  // a hint: without it the image still works, in 4 KB pages
      return QImage(static_cast<uchar*>(data), width, height, bytesPerLine, QImage::Format_ARGB32_Premultiplied, unmap,
                    new Mapping{data, length});
    }
  }
#else
  (void)bytesPerLine;
#endif
  QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
  image.fill(Qt::transparent);
  return image;
}

}  // namespace hp::gui
