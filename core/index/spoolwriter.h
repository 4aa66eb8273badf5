// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/lineindex.h"

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>

/// Appends text to a spool file and finds its line ends on the way, so the
/// spool is never read back to be indexed.
///
/// The index comes out as IndexChunks handed to the deliver function in byte
/// order, each covering only bytes already written: the first as soon as
/// there is one (the first rows show at once), later ones at most every
/// kDeliverInterval (few round trips to the GUI thread, steady progress),
/// and the rest on flush(). Used by one thread at a time.
class SpoolWriter
{
public:
    using Deliver = std::function<void(std::shared_ptr<const IndexChunk>)>;
    static constexpr std::chrono::milliseconds kDeliverInterval{50};

    /// Writes to @p fd (not owned), at its current offset, which is byte 0 of the index.
    SpoolWriter(int fd, Deliver deliver);

    /// Writes all of [data, data + size) and indexes it. Returns false with
    /// errno set when the write failed (nothing of it is indexed then).
    bool append(const char *data, std::size_t size);
    /// Delivers what was indexed since the last delivery, if anything.
    void flush();
    /// Bytes written so far.
    qint64 written() const { return m_written; }

private:
    int m_fd;
    Deliver m_deliver;
    std::shared_ptr<IndexChunk> m_chunk;
    std::chrono::steady_clock::time_point m_lastDelivery;
    qint64 m_written = 0;
    bool m_deliveredAny = false;
};
