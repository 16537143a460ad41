// SPDX-License-Identifier: GPL-3.0-or-later
#include "capacity/WorkerPool.h"

#include <utility>

namespace hp::capacity {

WorkerPool::WorkerPool(int helpers) {
  for (int w = 0; w < helpers; ++w) threads_.emplace_back([this, w] { loop(w); });
}

WorkerPool::~WorkerPool() {
  try {
    wait();
  } catch (...) {
    // An error nobody asked for any more: the pool is going away with the call that owned it.
  }
  {
    std::lock_guard lock(mutex_);
    stop_ = true;
  }
  wake_.notify_all();
  for (std::thread& t : threads_) t.join();
}

void WorkerPool::work(int worker) {
  try {
    for (std::size_t i = next_++; i < count_ && !failed_; i = next_++) job_(i, worker);
  } catch (...) {
    std::lock_guard lock(mutex_);
    if (!error_) error_ = std::current_exception();
    failed_ = true;
  }
}

void WorkerPool::loop(int worker) {
  std::uint64_t seen = 0;
  std::unique_lock lock(mutex_);
  while (true) {
    wake_.wait(lock, [&] { return stop_ || generation_ != seen; });
    if (stop_) return;
    seen = generation_;
    lock.unlock();
    work(worker);
    lock.lock();
    if (--busy_ == 0) finished_.notify_all();
  }
}

void WorkerPool::start(std::size_t n, Job job) {
  wait();
  {
    std::lock_guard lock(mutex_);
    job_ = std::move(job);
    count_ = n;
    next_ = 0;
    failed_ = false;
    error_ = nullptr;
    busy_ = int(threads_.size());
    running_ = true;
    ++generation_;
  }
  wake_.notify_all();
}

void WorkerPool::wait() {
  std::unique_lock lock(mutex_);
  if (!running_) return;
  finished_.wait(lock, [&] { return busy_ == 0; });
  running_ = false;
  job_ = nullptr;
  if (error_) std::rethrow_exception(std::exchange(error_, nullptr));
}

bool WorkerPool::isDone() {
  std::lock_guard lock(mutex_);
  return !running_ || busy_ == 0;
}

void WorkerPool::run(std::size_t n, Job job) {
  start(n, std::move(job));
  work(helpers());
  wait();
}

}  // namespace hp::capacity
