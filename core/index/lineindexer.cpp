// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lineindexer.h"

#include "index/newlinescan.h"
#include "index/orderedchunkqueue.h"

#include <QCoreApplication>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <optional>
#include <thread>
#include <vector>

#include <unistd.h>

namespace {

constexpr qint64 kReadBytes = 128 * 1024; // stays in L2 between the kernel's copy and the scan

struct ChunkResult
{
    std::shared_ptr<IndexChunk> chunk;
    QString error; // set when a read failed
};

/// Appends the offset just past every '\n' in [data, data + size), where
/// data[0] is at file offset @p base.
void appendLineEnds(const char *data, std::size_t size, qint64 base, CompactOffsets &ends)
{
    forEachNewline(data, size, [&](std::size_t at) { ends.append(base + static_cast<qint64>(at) + 1); });
}

/// Scans one chunk with pread. Stops early on cancel or EOF.
ChunkResult scanChunk(int fd, qint64 begin, qint64 end, const std::atomic<bool> &cancel)
{
    ChunkResult result{std::make_shared<IndexChunk>(begin), {}};
    IndexChunk &chunk = *result.chunk;
    std::vector<char> buffer(static_cast<std::size_t>(std::min(kReadBytes, end - begin)));
    qint64 pos = begin;
    while (pos < end && !cancel.load(std::memory_order_relaxed)) {
        const auto want = static_cast<std::size_t>(std::min<qint64>(kReadBytes, end - pos));
        const ssize_t got = ::pread(fd, buffer.data(), want, pos);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            result.error = QCoreApplication::translate("LineIndexer", "read error at byte %1: %2")
                               .arg(pos)
                               .arg(QString::fromLocal8Bit(std::strerror(errno)));
            break;
        }
        if (got == 0)
            break; // the file is shorter than it was: truncated while scanning
        appendLineEnds(buffer.data(), static_cast<std::size_t>(got), pos, chunk.lineEnds);
        pos += got;
    }
    chunk.endByte = pos;
    chunk.lineEnds.squeeze();
    return result;
}

/// The chunk bounds: a small first chunk, so the first rows show at once.
std::vector<std::pair<qint64, qint64>> chunkBounds(qint64 from, qint64 to, const IndexOptions &options)
{
    std::vector<std::pair<qint64, qint64>> bounds;
    qint64 pos = from;
    qint64 size = std::max<qint64>(1, options.firstChunkBytes);
    while (pos < to) {
        const qint64 end = std::min(to, pos + size);
        bounds.push_back({pos, end});
        pos = end;
        size = std::max<qint64>(1, options.chunkBytes);
    }
    return bounds;
}

} // namespace

std::expected<qint64, ScanError> scanLines(int fd, qint64 from, qint64 to, const IndexOptions &options,
                                           const std::atomic<bool> &cancel,
                                           const std::function<void(std::shared_ptr<const IndexChunk>)> &deliver)
{
    if (from >= to)
        return from;
    const int workers = std::max(1, options.threads > 0 ? options.threads : QThread::idealThreadCount());
    const std::vector<std::pair<qint64, qint64>> bounds = chunkBounds(from, to, options);
    if (bounds.size() == 1) { // an append while following: no threads to start
        ChunkResult r = scanChunk(fd, from, to, cancel);
        const qint64 reached = r.chunk->endByte;
        deliver(std::move(r.chunk));
        if (!r.error.isEmpty())
            return std::unexpected(ScanError{r.error});
        return reached;
    }
    OrderedChunkQueue<ChunkResult> queue(bounds.size(), static_cast<std::size_t>(workers) * 2);
    std::vector<std::jthread> pool;
    const std::size_t poolSize = std::min<std::size_t>(static_cast<std::size_t>(workers), bounds.size());
    for (std::size_t i = 0; i < poolSize; ++i) {
        pool.emplace_back([&] {
            std::size_t index;
            while (queue.take(index, cancel))
                queue.put(index, scanChunk(fd, bounds[index].first, bounds[index].second, cancel));
        });
    }

    qint64 reached = from;
    std::expected<qint64, ScanError> outcome;
    for (std::size_t i = 0; i < bounds.size(); ++i) {
        std::optional<ChunkResult> r = queue.wait(i, cancel);
        if (!r)
            break; // cancelled before this chunk was scanned
        reached = r->chunk->endByte;
        const bool stoppedShort = reached < bounds[i].second; // cancelled, truncated or failed
        deliver(std::move(r->chunk));
        if (!r->error.isEmpty()) {
            outcome = std::unexpected(ScanError{r->error});
            break;
        }
        if (stoppedShort)
            break;
    }
    queue.stop();
    pool.clear(); // joins the workers
    if (outcome)
        outcome = reached;
    return outcome;
}
