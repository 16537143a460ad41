// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The capacity engine's inner loops for Byte canopy rows, 16 pixels at a time with SSE2 (every
// x86-64 CPU has it) and plain loops elsewhere. They carry most of the engine's time: see
// docs/PERFORMANCE.md.

#include <bit>
#include <cstddef>
#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace hp::capacity {

// What makes a Byte value valid (≤ 100 and not nodata) and habitat (valid and ≥ habitatMin).
struct ByteThresholds {
  std::uint8_t habitatMin = 60;  // ceil(min_canopy_pct)
  int nodata = -1;               // the nodata value when it lies in 0..100, else −1
};

// The kernels read whole groups of 16 bytes: p[0 .. n + 15) must be readable (the strip buffers
// carry kReadPadding spare bytes); the bytes past n are ignored.
inline constexpr std::size_t kReadPadding = 16;

#if defined(__SSE2__)
// 0xFF in the first `lanes` bytes (0..16), 0 in the others.
inline __m128i firstLanes(int lanes) {
  const __m128i index = _mm_setr_epi8(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
  return _mm_cmplt_epi8(index, _mm_set1_epi8(char(lanes)));
}
#endif

// Over p[0..n): the number of valid pixels and the sum of their canopy values.
inline void sumValidCanopy(const std::uint8_t* p, int n, const ByteThresholds& t, std::uint64_t& count,
                           std::uint64_t& sum) {
  int c = 0;
#if defined(__SSE2__)
  const __m128i hundred = _mm_set1_epi8(100), one = _mm_set1_epi8(1), zero = _mm_setzero_si128();
  const __m128i nodata = _mm_set1_epi8(char(t.nodata < 0 ? 0 : t.nodata));
  const bool checkNodata = t.nodata >= 0;
  __m128i counts = zero, sums = zero;
  for (; c < n; c += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + c));
    __m128i valid = _mm_cmpeq_epi8(_mm_min_epu8(x, hundred), x);  // x ≤ 100
    if (checkNodata) valid = _mm_andnot_si128(_mm_cmpeq_epi8(x, nodata), valid);
    if (n - c < 16) valid = _mm_and_si128(valid, firstLanes(n - c));  // the last, partial group
    counts = _mm_add_epi64(counts, _mm_sad_epu8(_mm_and_si128(valid, one), zero));
    sums = _mm_add_epi64(sums, _mm_sad_epu8(_mm_and_si128(valid, x), zero));
  }
  alignas(16) std::uint64_t lanes[2];
  _mm_store_si128(reinterpret_cast<__m128i*>(lanes), counts);
  count += lanes[0] + lanes[1];
  _mm_store_si128(reinterpret_cast<__m128i*>(lanes), sums);
  sum += lanes[0] + lanes[1];
#endif
  for (; c < n; ++c) {
    const std::uint8_t v = p[c];
    const bool valid = v <= 100 && int(v) != t.nodata;
    count += valid;
    sum += valid ? v : 0;
  }
}

// Maximal runs of habitat pixels in p[0..n), the columns col0..col0+n of a row: onRun(begin, end,
// Σ perKm2[value]) for each, in columns, in order. Uniform stretches of 16 pixels (all habitat or
// none) skip the per-pixel branches.
// With kSums, also what sumValidCanopy(p, n, t, count, sum) adds, from the same loads and masks.
template <bool kSums, class OnRun>
inline void habitatRunsAndSums(const std::uint8_t* p, int n, int col0, const ByteThresholds& t, const double* perKm2,
                               std::uint64_t& count, std::uint64_t& sum, OnRun&& onRun) {
  int start = -1;
  double total = 0;
  auto pixel = [&](int c) {
    const std::uint8_t v = p[c];
    if (v >= t.habitatMin && v <= 100 && int(v) != t.nodata) {
      if (start < 0) start = c, total = 0;
      total += perKm2[v];
    } else if (start >= 0) {
      onRun(col0 + start, col0 + c, total);
      start = -1;
    }
  };
  int c = 0;
#if defined(__SSE2__)
  const __m128i hundred = _mm_set1_epi8(100), low = _mm_set1_epi8(char(t.habitatMin));
  const __m128i nodata = _mm_set1_epi8(char(t.nodata < 0 ? 0 : t.nodata));
  const bool checkNodata = t.nodata >= 0;
  const __m128i one = _mm_set1_epi8(1), zero = _mm_setzero_si128();
  __m128i counts = zero, sums = zero;
  for (; c < n; c += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + c));
    __m128i valid = _mm_cmpeq_epi8(_mm_min_epu8(x, hundred), x);  // x ≤ 100
    if (checkNodata) valid = _mm_andnot_si128(_mm_cmpeq_epi8(x, nodata), valid);
    const __m128i habitat = _mm_and_si128(valid, _mm_cmpeq_epi8(_mm_max_epu8(x, low), x));  // x ≥ habitatMin
    // In the last, partial group the lanes past n read as "not habitat": a run reaching n ends there.
    const int lanes = n - c < 16 ? n - c : 16;
    if constexpr (kSums) {
      if (lanes < 16) valid = _mm_and_si128(valid, firstLanes(lanes));
      counts = _mm_add_epi64(counts, _mm_sad_epu8(_mm_and_si128(valid, one), zero));
      sums = _mm_add_epi64(sums, _mm_sad_epu8(_mm_and_si128(valid, x), zero));
    }
    const int mask = _mm_movemask_epi8(habitat) & ((1 << lanes) - 1);
    if (mask == 0xFFFF) {
      if (start < 0) start = c, total = 0;
      const std::uint8_t* q = p + c;
      // Four independent sums: no chain of dependent additions.
      double a = perKm2[q[0]] + perKm2[q[1]], b = perKm2[q[2]] + perKm2[q[3]];
      double d = perKm2[q[4]] + perKm2[q[5]], e = perKm2[q[6]] + perKm2[q[7]];
      a += perKm2[q[8]] + perKm2[q[9]];
      b += perKm2[q[10]] + perKm2[q[11]];
      d += perKm2[q[12]] + perKm2[q[13]];
      e += perKm2[q[14]] + perKm2[q[15]];
      total += (a + b) + (d + e);
    } else if (mask == 0) {
      if (start >= 0) {
        onRun(col0 + start, col0 + c, total);
        start = -1;
      }
    } else {
      // Walk the runs of the mask, not its pixels: one branch per run boundary.
      const unsigned bits = unsigned(mask);
      int k = 0;
      while (k < 16) {
        if (start >= 0) {
          const unsigned rest = ~bits & (0xFFFFu << k) & 0xFFFFu;
          const int end = rest ? std::countr_zero(rest) : 16;
          for (; k < end; ++k) total += perKm2[p[c + k]];
          if (end == 16) break;
          onRun(col0 + start, col0 + c + end, total);
          start = -1;
        } else {
          const unsigned rest = bits & (0xFFFFu << k);
          if (!rest) break;
          k = std::countr_zero(rest);
          start = c + k;
          total = 0;
        }
      }
    }
  }
  c = n;
  if constexpr (kSums) {
    alignas(16) std::uint64_t lanes[2];
    _mm_store_si128(reinterpret_cast<__m128i*>(lanes), counts);
    count += lanes[0] + lanes[1];
    _mm_store_si128(reinterpret_cast<__m128i*>(lanes), sums);
    sum += lanes[0] + lanes[1];
  }
#else
  if constexpr (kSums) sumValidCanopy(p, n, t, count, sum);
#endif
  for (; c < n; ++c) pixel(c);
  if (start >= 0) onRun(col0 + start, col0 + n, total);
}

template <class OnRun>
inline void habitatRuns(const std::uint8_t* p, int n, int col0, const ByteThresholds& t, const double* perKm2,
                        OnRun&& onRun) {
  std::uint64_t unusedCount = 0, unusedSum = 0;
  habitatRunsAndSums<false>(p, n, col0, t, perKm2, unusedCount, unusedSum, onRun);
}

}  // namespace hp::capacity
