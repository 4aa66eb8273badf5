// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <optional>
#include <vector>

/// Hands chunk indexes 0..count-1 to worker threads and their results, in
/// index order, to one delivering thread: the pattern of the line indexer
/// and the filter engine.
///
/// Workers call take() for the next index and put() its result; the
/// delivering thread calls wait(0), wait(1), ... in order. take() blocks
/// while the workers are maxAhead chunks ahead of delivery, to bound
/// memory. Setting the cancel flag does not notify: take() and wait() poll
/// it every kCancelPoll. Thread-safe.
template<typename Result>
class OrderedChunkQueue
{
public:
    static constexpr std::chrono::milliseconds kCancelPoll{20};

    OrderedChunkQueue(std::size_t count, std::size_t maxAhead)
        : m_results(count)
        , m_maxAhead(maxAhead)
    {
    }

    std::size_t count() const { return m_results.size(); }

    /// The next chunk index for a worker; false when none is left, the
    /// queue was stopped or @p cancel is set.
    bool take(std::size_t &index, const std::atomic<bool> &cancel)
    {
        std::unique_lock lock(m_mutex);
        while (!m_cv.wait_for(lock, kCancelPoll,
                              [&] { return m_next < m_delivered + m_maxAhead || m_stopped || cancel.load(); })) {
        }
        if (m_stopped || cancel.load() || m_next >= m_results.size())
            return false;
        index = m_next++;
        return true;
    }

    void put(std::size_t index, Result result)
    {
        {
            std::lock_guard lock(m_mutex);
            m_results[index] = std::move(result);
        }
        m_cv.notify_all();
    }

    /// The result of chunk @p index (called in order by the delivering
    /// thread), or nothing when @p cancel was set first.
    std::optional<Result> wait(std::size_t index, const std::atomic<bool> &cancel)
    {
        std::unique_lock lock(m_mutex);
        while (!m_cv.wait_for(lock, kCancelPoll, [&] { return m_results[index].has_value() || cancel.load(); })) {
        }
        if (!m_results[index])
            return std::nullopt;
        std::optional<Result> r = std::move(m_results[index]);
        m_results[index].reset();
        m_delivered = index + 1;
        m_cv.notify_all();
        return r;
    }

    /// Makes take() return false from now on.
    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopped = true;
        }
        m_cv.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::vector<std::optional<Result>> m_results; // guarded by m_mutex
    std::size_t m_next = 0;                       // guarded by m_mutex
    std::size_t m_delivered = 0;                  // guarded by m_mutex
    bool m_stopped = false;                       // guarded by m_mutex
    const std::size_t m_maxAhead;
};
