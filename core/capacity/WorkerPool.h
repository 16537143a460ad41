// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace hp::capacity {

// A fixed set of threads that run one job at a time: fn(index, worker) for every index of [0, n),
// each thread pulling the next index. Threads live as long as the pool, so a job costs a wake-up,
// not thread creation (stacks, arenas, TLB shootdowns: measurable at 60 strips × 3 jobs).
class WorkerPool {
 public:
  using Job = std::function<void(std::size_t index, int worker)>;

  // `helpers` threads of its own (workers 0 .. helpers−1).
  explicit WorkerPool(int helpers);
  ~WorkerPool();  // waits for the running job, then stops the threads
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  int helpers() const { return int(threads_.size()); }

  // Starts a job on the helpers and returns at once. The job must outlive wait().
  void start(std::size_t n, Job job);
  // Waits for the started job; rethrows the first exception it raised (the others stop taking work).
  void wait();
  // True when no job is running or the started one has finished (wait() then returns at once).
  bool isDone();
  // start + the caller joins in as worker helpers() + wait.
  void run(std::size_t n, Job job);

 private:
  void work(int worker);
  void loop(int worker);

  std::mutex mutex_;
  std::condition_variable wake_, finished_;
  Job job_;
  std::size_t count_ = 0;
  std::atomic<std::size_t> next_{0};
  std::atomic<bool> failed_{false};
  std::exception_ptr error_;
  std::uint64_t generation_ = 0;
  int busy_ = 0;
  bool running_ = false;
  bool stop_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace hp::capacity
