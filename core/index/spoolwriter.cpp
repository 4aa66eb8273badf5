// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spoolwriter.h"

#include "index/newlinescan.h"

#include <cerrno>

#include <unistd.h>

namespace {

bool writeAll(int fd, const char *data, std::size_t size)
{
    std::size_t done = 0;
    while (done < size) {
        const ssize_t wrote = ::write(fd, data + done, size - done);
        if (wrote < 0 && errno == EINTR)
            continue;
        if (wrote < 0)
            return false;
        if (wrote == 0) {
            errno = ENOSPC;
            return false;
        }
        done += static_cast<std::size_t>(wrote);
    }
    return true;
}

} // namespace

SpoolWriter::SpoolWriter(int fd, Deliver deliver)
    : m_fd(fd)
    , m_deliver(std::move(deliver))
    , m_chunk(std::make_shared<IndexChunk>(0))
{
}

bool SpoolWriter::append(const char *data, std::size_t size)
{
    if (!writeAll(m_fd, data, size))
        return false;
    const qint64 base = m_written;
    CompactOffsets &ends = m_chunk->lineEnds;
    forEachNewline(data, size, [&](std::size_t at) { ends.append(base + static_cast<qint64>(at) + 1); });
    m_written += static_cast<qint64>(size);
    m_chunk->endByte = m_written;
    const auto now = std::chrono::steady_clock::now();
    if (!m_deliveredAny || now - m_lastDelivery >= kDeliverInterval)
        flush();
    return true;
}

void SpoolWriter::flush()
{
    if (m_chunk->endByte == m_chunk->beginByte)
        return;
    m_chunk->lineEnds.squeeze();
    m_deliver(std::exchange(m_chunk, std::make_shared<IndexChunk>(m_written)));
    m_lastDelivery = std::chrono::steady_clock::now();
    m_deliveredAny = true;
}
