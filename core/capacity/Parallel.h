// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <thread>
#include <vector>

namespace hp::capacity {

// Calls fn(index, worker) for every index in [0, n) on `threads` threads (the caller's included,
// as worker 0), each pulling the next index. The first exception stops the others from taking
// more work and is rethrown here once all have finished.
template <class Fn>
void parallelFor(int threads, std::size_t n, const Fn& fn) {
  const int count = int(std::min<std::size_t>(std::size_t(std::max(1, threads)), std::max<std::size_t>(n, 1)));
  std::atomic<std::size_t> next{0};
  std::atomic<bool> failed{false};
  std::vector<std::exception_ptr> errors(static_cast<std::size_t>(count));
  auto work = [&](int worker) {
    try {
      for (std::size_t i = next++; i < n && !failed; i = next++) fn(i, worker);
    } catch (...) {
      errors[std::size_t(worker)] = std::current_exception();
      failed = true;
    }
  };
  std::vector<std::thread> pool;
  for (int w = 1; w < count; ++w) pool.emplace_back(work, w);
  work(0);
  for (std::thread& t : pool) t.join();
  for (const std::exception_ptr& e : errors)
    if (e) std::rethrow_exception(e);
}

}  // namespace hp::capacity
