// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>
#include <vector>

/// Hands filled byte blocks from one producing thread to one consuming
/// thread and the emptied blocks back, through a fixed set of buffers, so
/// neither side copies and at most blocks() are in flight. The producer
/// stalls while the consumer is behind; the consumer stalls while there is
/// nothing to take.
class BlockRelay
{
public:
    struct Filled
    {
        std::vector<char> block;
        std::size_t size;
    };

    BlockRelay(std::size_t blocks, std::size_t blockBytes)
    {
        for (std::size_t i = 0; i < blocks; ++i)
            m_empty.emplace_back(blockBytes);
    }

    /// Producer: passes block[0, size) on and swaps an empty block of the
    /// same size into @p block (waiting for one). Returns false, and keeps
    /// @p block, once the consumer gave up (see stop()).
    bool hand(std::vector<char> &block, std::size_t size)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stopped || !m_empty.empty(); });
        if (m_stopped)
            return false;
        std::vector<char> empty = std::move(m_empty.back());
        m_empty.pop_back();
        m_filled.push_back({std::move(block), size});
        block = std::move(empty);
        m_changed.notify_all();
        return true;
    }

    /// Producer: no more blocks will come.
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }

    /// Consumer: the next filled block, or nothing once closed and drained.
    std::optional<Filled> take()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_closed || !m_filled.empty(); });
        if (m_filled.empty())
            return std::nullopt;
        Filled next = std::move(m_filled.front());
        m_filled.pop_front();
        return next;
    }

    /// Consumer: returns a block taken with take().
    void giveBack(std::vector<char> block)
    {
        std::lock_guard lock(m_mutex);
        m_empty.push_back(std::move(block));
        m_changed.notify_all();
    }

    /// Consumer: takes no more; hand() returns false from now on.
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Filled> m_filled;
    std::vector<std::vector<char>> m_empty;
    bool m_closed = false;
    bool m_stopped = false;
};
