// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textspool.h"

#include "compress/decompressor.h"
#include "index/transcoder.h"
#include "index/workerlink.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThreadPool>

#include <cerrno>
#include <cstring>
#include <thread>
#include <vector>

#include <poll.h>
#include <unistd.h>

namespace {

constexpr int kPollMs = 100;
constexpr std::size_t kReadBytes = 1024 * 1024;

QString spoolDirectory()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (dir.isEmpty() || !QDir().mkpath(dir + QStringLiteral("/spool")))
        return QDir::tempPath();
    return dir + QStringLiteral("/spool");
}

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

    ~SpoolJob()
    {
        if (in >= 0)
            ::close(in);
        if (out >= 0)
            ::close(out);
    }

    void reportGrowth(qint64 written)
    {
        post([written](TextSpool *self) {
            self->m_written = written;
            Q_EMIT self->grew(written);
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
        qint64 written = 0;
        while (!cancel.load()) {
            pollfd ready{in, POLLIN, 0};
            const int polled = ::poll(&ready, 1, kPollMs);
            if (polled < 0 && errno != EINTR)
                return lastError();
            if (polled <= 0)
                continue;
            const ssize_t got = ::read(in, buffer.data(), buffer.size());
            if (got < 0 && (errno == EINTR || errno == EAGAIN))
                continue;
            if (got < 0)
                return lastError();
            if (got == 0)
                return {};
            if (::write(out, buffer.data(), static_cast<size_t>(got)) != got)
                return lastError();
            written += got;
            reportGrowth(written);
        }
        return {};
    }
};

TextSpool::TextSpool(QObject *parent)
    : QObject(parent)
    , m_file(spoolDirectory() + QStringLiteral("/spool-XXXXXX.log"))
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
    m_job = job;
    return job;
}

std::expected<QString, QString> TextSpool::startTranscode(int sourceFd, TextEncoding encoding)
{
    const auto job = createJob(sourceFd);
    if (!job)
        return std::unexpected(job.error());
    QThreadPool::globalInstance()->start([job = *job, encoding] {
        const auto result = transcodeToUtf8(job->in, job->out, encoding, job->cancel,
                                            [&job](qint64 written) { job->reportGrowth(written); });
        job->reportEnd(result ? QString() : result.error());
    });
    return m_file.fileName();
}

std::expected<QString, QString> TextSpool::startDecompress(int sourceFd, Compression compression)
{
    const auto job = createJob(sourceFd);
    if (!job)
        return std::unexpected(job.error());
    QThreadPool::globalInstance()->start([job = *job, compression] {
        const auto result = decompressToFd(job->in, job->out, compression, job->cancel,
                                           [&job](qint64 written) { job->reportGrowth(written); });
        if (!result)
            job->reportGrowth(result.error().written);
        job->reportEnd(result ? QString() : result.error().message);
    });
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
