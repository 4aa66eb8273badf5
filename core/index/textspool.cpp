// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textspool.h"
#include "index/fileaccess.h"

#include "compress/decompressor.h"
#include "index/blockrelay.h"
#include "index/spoolwriter.h"
#include "index/transcoder.h"
#include "index/workerlink.h"

#include <QFileInfo>
#include <QThreadPool>

#include <cerrno>
#include <cstring>
#include <optional>
#include <thread>
#include <vector>

#include <poll.h>
#include <unistd.h>

namespace {

constexpr int kPollMs = 100;
constexpr std::size_t kReadBytes = 1024 * 1024;
// Decompressed blocks in flight between the two threads: large writes, and
// enough of them that neither thread waits for the other at every block.
constexpr std::size_t kBlockBytes = 2 * 1024 * 1024;
constexpr std::size_t kRelayBlocks = 4;


QString lastError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

/// What the worker shares with its TextSpool.
struct SpoolJob : WorkerLink<TextSpool>
{
    using WorkerLink::WorkerLink;
    int in = -1;
    int out = -1;
    std::optional<SpoolWriter> writer; // writes to `out`; set by createJob()

    ~SpoolJob()
    {
        if (in >= 0)
            ::close(in);
        if (out >= 0)
            ::close(out);
    }

    void reportChunk(std::shared_ptr<const IndexChunk> chunk)
    {
        post([chunk = std::move(chunk)](TextSpool *self) {
            self->m_written = chunk->endByte;
            Q_EMIT self->indexed(chunk);
        });
    }

    void reportEnd(const QString &error)
    {
        post([error](TextSpool *self) {
            self->m_finished = true;
            Q_EMIT self->finished(error);
        });
    }

    /// Copies `in` to `out` until end of stream, waking every kPollMs to
    /// see whether it was cancelled (a quiet pipe never blocks it for long).
    QString copyStream()
    {
        std::vector<char> buffer(kReadBytes);
        while (!cancel.load()) {
            pollfd ready{in, POLLIN, 0};
            const int polled = ::poll(&ready, 1, kPollMs);
            if (polled < 0 && errno != EINTR)
                return lastError();
            if (polled == 0)
                writer->flush(); // quiet: show what came so far
            if (polled <= 0)
                continue;
            const ssize_t got = ::read(in, buffer.data(), buffer.size());
            if (got < 0 && (errno == EINTR || errno == EAGAIN))
                continue;
            if (got < 0)
                return lastError();
            if (got == 0)
                break;
            if (!writer->append(buffer.data(), static_cast<std::size_t>(got)))
                return lastError();
        }
        writer->flush();
        return {};
    }

    /// Decompresses `in` on this thread while a second one writes and
    /// indexes the blocks. Returns what stopped it early, if anything.
    QString decompressIndexed(Compression compression)
    {
        BlockRelay relay(kRelayBlocks, kBlockBytes);
        int writeError = 0; // set before relay.stop(), read after hand() saw it
        std::thread consumer([&] {
            while (std::optional<BlockRelay::Filled> filled = relay.take()) {
                const bool wrote = !cancel.load() && writer->append(filled->block.data(), filled->size);
                relay.giveBack(std::move(filled->block));
                if (!wrote) {
                    writeError = cancel.load() ? ECANCELED : errno;
                    relay.stop();
                    return;
                }
            }
        });
        const DecompressedBlockSink sink = [&](std::vector<char> &block, std::size_t size) {
            if (relay.hand(block, size))
                return true;
            errno = writeError;
            return false;
        };
        const auto result = decompress(in, compression, cancel, sink, kBlockBytes);
        relay.close();
        consumer.join();
        writer->flush();
        return result ? QString() : result.error().message;
    }
};

TextSpool::TextSpool(QObject *parent)
    : QObject(parent)
    , m_file(tempCopyDirectory() + QStringLiteral("/spool-XXXXXX.log"))
{
}

TextSpool::~TextSpool()
{
    if (m_job)
        m_job->detach();
}

std::expected<std::shared_ptr<SpoolJob>, QString> TextSpool::createJob(int sourceFd)
{
    if (!m_file.open())
        return std::unexpected(tr("Cannot create a temporary copy in %1: %2. Free some space or check the permissions.")
                                   .arg(QFileInfo(m_file.fileTemplate()).absolutePath(), m_file.errorString()));
    auto job = std::make_shared<SpoolJob>(this);
    job->in = ::dup(sourceFd);
    job->out = ::dup(m_file.handle());
    job->writer.emplace(job->out, [link = job.get()](std::shared_ptr<const IndexChunk> chunk) { link->reportChunk(std::move(chunk)); });
    m_job = job;
    return job;
}

std::expected<QString, QString> TextSpool::startTranscode(int sourceFd, TextEncoding encoding)
{
    const auto job = createJob(sourceFd);
    if (!job)
        return std::unexpected(job.error());
    QThreadPool::globalInstance()->start([job = *job, encoding] {
        const auto result = transcodeToUtf8(job->in, encoding, job->cancel, [&job](const char *data, std::size_t size) {
            return job->writer->append(data, size);
        });
        job->writer->flush();
        job->reportEnd(result ? QString() : result.error());
    });
    return m_file.fileName();
}

std::expected<QString, QString> TextSpool::startDecompress(int sourceFd, Compression compression)
{
    const auto job = createJob(sourceFd);
    if (!job)
        return std::unexpected(job.error());
    QThreadPool::globalInstance()->start([job = *job, compression] { job->reportEnd(job->decompressIndexed(compression)); });
    return m_file.fileName();
}

std::expected<QString, QString> TextSpool::startStream(int streamFd)
{
    const auto job = createJob(streamFd);
    if (!job)
        return std::unexpected(job.error());
    // Its own thread: a stream can stay open for days, which must not hold
    // one of the pool's few threads.
    std::thread([job = *job] { job->reportEnd(job->copyStream()); }).detach();
    return m_file.fileName();
}
