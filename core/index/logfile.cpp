// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logfile.h"

#include "index/fileaccess.h"
#include "index/lineindexer.h"
#include "parse/formatdetector.h"
#include "parse/formatregistry.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QThreadPool>

#include <mutex>

#include <unistd.h>

Q_LOGGING_CATEGORY(lcLogFile, "tideline.index")

/// What a running scan shares with its LogFile. The worker owns a dup of the
/// file descriptor, so closing the tab never pulls the file from under it.
struct ScanJob
{
    std::atomic<bool> cancel = false;
    std::mutex mutex;
    LogFile *receiver = nullptr; // guarded by mutex; null once the LogFile is gone
    int fd = -1;

    ~ScanJob()
    {
        if (fd >= 0)
            ::close(fd);
    }

    /// Queues @p call on the receiver's thread, unless the receiver is gone.
    template<typename Call>
    void post(Call call)
    {
        std::lock_guard lock(mutex);
        if (LogFile *const r = receiver)
            QMetaObject::invokeMethod(r, [r, call = std::move(call)] { call(r); }, Qt::QueuedConnection);
    }
};

namespace {
constexpr qint64 kDetectBytes = 64 * 1024;

/// Reads the head of the file and picks its format (on a worker thread).
Detection detectFormat(int fd, qint64 size, const std::vector<LogFormatPtr> &candidates, const TimeContext &ctx)
{
    QByteArray head(std::min(size, kDetectBytes), Qt::Uninitialized);
    const ssize_t got = ::pread(fd, head.data(), static_cast<size_t>(head.size()), 0);
    head.resize(got > 0 ? got : 0);
    return FormatDetector(candidates).detect(head, ctx, head.size() == size);
}
} // namespace

LogFile::LogFile(QObject *parent)
    : QObject(parent)
    , m_candidates(FormatRegistry().formats())
{
    m_pollTimer.callOnTimeout(this, &LogFile::poll);
}

LogFile::~LogFile()
{
    if (m_job) {
        m_job->cancel = true;
        std::lock_guard lock(m_job->mutex);
        m_job->receiver = nullptr;
    }
}

std::expected<void, QString> LogFile::open(const QString &path)
{
    m_file.setFileName(path);
    if (auto opened = openLogFile(m_file); !opened)
        return opened;
    m_timeContext = TimeContext::forFile(path);
    m_clock.start();
    startScan(0, m_file.size());
    return {};
}

qint64 LogFile::lineCount() const
{
    return m_shownLines;
}

void LogFile::startScan(qint64 from, qint64 to)
{
    auto job = std::make_shared<ScanJob>();
    job->receiver = this;
    job->fd = ::dup(m_file.handle());
    m_job = job;
    m_knownSize = to;
    m_indexMs = -1;
    Q_EMIT progressChanged(from, to);
    const bool detect = from == 0 && !m_format;
    QThreadPool::globalInstance()->start([job, from, to, options = m_options, detect, candidates = m_candidates,
                                          ctx = m_timeContext] {
        if (detect) {
            const Detection found = detectFormat(job->fd, to, candidates, ctx);
            ScanJob *const id = job.get();
            job->post([id, found](LogFile *self) {
                if (self->m_job.get() == id)
                    self->onFormatDetected(found.format, found.confidence);
            });
        }
        const auto deliver = [&job](std::shared_ptr<const IndexChunk> chunk) {
            ScanJob *const id = job.get();
            job->post([chunk = std::move(chunk), id](LogFile *self) {
                if (self->m_job.get() == id)
                    self->onChunk(chunk);
            });
        };
        const auto result = scanLines(job->fd, from, to, options, job->cancel, deliver);
        const qint64 reached = result ? *result : -1;
        const QString error = result ? QString() : result.error().message;
        ScanJob *const id = job.get();
        job->post([id, reached, error](LogFile *self) {
            if (self->m_job.get() == id)
                self->onScanFinished(reached, error);
        });
    });
}

void LogFile::onFormatDetected(LogFormatPtr format, double confidence)
{
    m_format = std::move(format);
    m_formatConfidence = confidence;
    Q_EMIT formatChanged();
}

void LogFile::setFormat(LogFormatPtr format)
{
    m_format = std::move(format);
    m_formatConfidence = 1.0;
    Q_EMIT formatChanged();
}

void LogFile::onChunk(const std::shared_ptr<const IndexChunk> &chunk)
{
    m_index.append(chunk);
    const qint64 complete = m_index.completeLineCount();
    if (complete > m_shownLines) {
        const qint64 first = m_shownLines;
        m_shownLines = complete;
        Q_EMIT linesAdded(first, complete - first);
    }
    Q_EMIT progressChanged(m_index.indexedBytes(), m_knownSize);
}

void LogFile::onScanFinished(qint64 reached, const QString &error)
{
    m_job.reset();
    m_indexMs = m_clock.elapsed();
    qCDebug(lcLogFile) << path() << "indexed to" << reached << "in" << m_indexMs << "ms";
    if (!m_following && m_index.hasPartialLine() && m_shownLines == m_index.completeLineCount()) {
        m_shownLines += 1;
        Q_EMIT linesAdded(m_shownLines - 1, 1);
    }
    if (!error.isEmpty())
        Q_EMIT errorOccurred(tr("Reading “%1” stopped: %2. The lines before it are shown.").arg(path(), error));
    Q_EMIT indexingFinished();
}

QByteArray LogFile::lineBytes(qint64 line, qint64 maxBytes, qint64 *fullLength) const
{
    if (line < 0 || line >= m_shownLines || line > m_index.completeLineCount()) {
        if (fullLength)
            *fullLength = 0;
        return {};
    }
    const LineRange range = m_index.lineRange(line);
    if (fullLength)
        *fullLength = range.length();
    QByteArray bytes(std::min(range.length(), maxBytes), Qt::Uninitialized);
    const ssize_t got = ::pread(m_file.handle(), bytes.data(), static_cast<size_t>(bytes.size()), range.begin);
    bytes.resize(got > 0 ? got : 0);
    if (bytes.size() == range.length() && bytes.endsWith('\r'))
        bytes.chop(1);
    return bytes;
}

void LogFile::setFollowing(bool follow, int intervalMs)
{
    m_following = follow;
    if (follow)
        m_pollTimer.start(intervalMs);
    else
        m_pollTimer.stop();
}

void LogFile::poll()
{
    if (m_job || !m_file.isOpen())
        return;
    const qint64 size = QFileInfo(path()).size();
    if (size < m_index.indexedBytes()) {
        m_index.clear();
        m_shownLines = 0;
        Q_EMIT reset();
        m_clock.start();
        startScan(0, size);
    } else if (size > m_index.indexedBytes()) {
        m_clock.start();
        startScan(m_index.indexedBytes(), size);
    }
}
