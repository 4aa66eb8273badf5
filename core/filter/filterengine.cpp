// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filter/filterengine.h"

#include "filter/chunkscanner.h"
#include "filter/foldedrecord.h"
#include "index/orderedchunkqueue.h"

#include <QCoreApplication>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <optional>
#include <thread>
#include <unistd.h>

namespace {

struct FilterText
{
    Q_DECLARE_TR_FUNCTIONS(FilterText)
};

struct ChunkOutcome
{
    std::expected<FilterChunk, QString> chunk;
    bool stoppedEarly = false;
};

std::expected<void, QString> readFully(int fd, char *into, qint64 begin, qint64 length)
{
    qint64 done = 0;
    while (done < length) {
        const ssize_t got = ::pread(fd, into + done, static_cast<std::size_t>(length - done), begin + done);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return std::unexpected(FilterText::tr("read error at byte %1: %2")
                                       .arg(begin + done)
                                       .arg(QString::fromLocal8Bit(std::strerror(errno))));
        if (got == 0)
            return std::unexpected(FilterText::tr("the file was truncated at byte %1").arg(begin + done));
        done += got;
    }
    return {};
}

} // namespace

std::expected<qint64, QString> lastRecordStart(int fd, qint64 from, qint64 to, const LogFormat &format)
{
    qint64 window = 64 * 1024;
    std::vector<char> buffer;
    for (;;) {
        const qint64 begin = std::max(from, to - window);
        buffer.resize(static_cast<std::size_t>(to - begin));
        if (auto read = readFully(fd, buffer.data(), begin, to - begin); !read)
            return std::unexpected(read.error());
        // Walk the lines backwards; line i starts after a '\n' (or at from).
        qsizetype lineEnd = static_cast<qsizetype>(buffer.size());
        for (qsizetype i = lineEnd - 1; i >= 0; --i) {
            const bool atFrom = i == 0 && begin == from;
            if (!atFrom && (i == 0 || buffer[static_cast<std::size_t>(i - 1)] != '\n'))
                continue;
            QByteArrayView line(buffer.data() + i, lineEnd - i);
            if (line.endsWith('\n'))
                line.chop(1);
            if (atFrom || FoldedRecord::startsRecord(format, line))
                return begin + i;
            lineEnd = i;
        }
        if (begin == from)
            return from;
        window *= 4;
    }
}

std::expected<FilterSummary, QString> runFilter(const FilterRequest &request, const FilterOptions &options,
                                                const std::atomic<bool> &cancel,
                                                const std::function<void(FilterChunk &&)> &deliver)
{
    Q_ASSERT(request.format && request.context);
    FilterRequest req = request;
    if (!options.atEnd) {
        const auto last = lastRecordStart(req.fd, req.from, req.to, *req.format);
        if (!last)
            return std::unexpected(last.error());
        req.to = *last;
    }
    FilterSummary summary{req.from, req.firstLine, false};
    if (req.from >= req.to)
        return summary;
    const qint64 chunkBytes = std::max<qint64>(1, options.chunkBytes);
    const auto chunks = static_cast<std::size_t>((req.to - req.from + chunkBytes - 1) / chunkBytes);
    const int cores = options.threads > 0 ? options.threads : QThread::idealThreadCount();
    const auto workers = std::min<std::size_t>(static_cast<std::size_t>(std::max(1, cores)), chunks);
    OrderedChunkQueue<ChunkOutcome> queue(chunks, workers * 2);
    std::vector<std::jthread> pool;
    for (std::size_t w = 0; w < workers; ++w) {
        pool.emplace_back([&] {
            ChunkScanner scanner(req, options);
            std::size_t index;
            while (queue.take(index, cancel)) {
                const qint64 begin = req.from + static_cast<qint64>(index) * chunkBytes;
                ChunkOutcome outcome;
                outcome.chunk = scanner.scan(begin, std::min(req.to, begin + chunkBytes), cancel, outcome.stoppedEarly);
                queue.put(index, std::move(outcome));
            }
        });
    }
    std::expected<FilterSummary, QString> result = summary;
    for (std::size_t i = 0; i < chunks; ++i) {
        std::optional<ChunkOutcome> outcome = queue.wait(i, cancel);
        if (!outcome || cancel.load()) {
            result->cancelled = true;
            break;
        }
        if (!outcome->chunk) {
            result = std::unexpected(outcome->chunk.error());
            break;
        }
        // A regex that gave up (Query::tooExpensiveError) matched nothing
        // from then on: no chunk of that is delivered as a result.
        if (const QString expensive = req.query.tooExpensiveError(); !expensive.isEmpty()) {
            result = std::unexpected(expensive);
            break;
        }
        FilterChunk &chunk = *outcome->chunk;
        chunk.firstLine = result->endLine;
        chunk.timeline.shiftLines(chunk.firstLine);
        result->endLine += chunk.lineCount;
        result->endByte = chunk.endByte;
        deliver(std::move(chunk));
        if (outcome->stoppedEarly)
            break; // the file ended early: truncated while scanning
    }
    queue.stop();
    pool.clear(); // joins the workers
    return result;
}
