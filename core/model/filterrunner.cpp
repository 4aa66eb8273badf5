// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterrunner.h"

#include "index/logfile.h"

#include <QFile>
#include <QLoggingCategory>
#include <QThreadPool>

#include <cerrno>
#include <cstring>
#include <mutex>

#include <fcntl.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcFilterRunner, "tideline.filter")

/// What a running scan shares with its FilterRunner.
struct FilterRunJob
{
    std::atomic<bool> cancel = false;
    std::mutex mutex;
    FilterRunner *receiver = nullptr; // guarded by mutex; null once the runner is gone or moved on

    /// Queues @p call on the receiver's thread, unless the receiver is gone.
    template<typename Call>
    void post(Call call)
    {
        std::lock_guard lock(mutex);
        if (FilterRunner *const r = receiver)
            QMetaObject::invokeMethod(r, [r, call = std::move(call)] { call(r); }, Qt::QueuedConnection);
    }
};

namespace {
/// The scans' driver threads mostly wait for runFilter's own workers, so
/// they get their own pool and never hold up the one that indexes files.
Q_GLOBAL_STATIC(QThreadPool, filterPool)

/// Everything a worker reads, copied so that it outlives the runner.
struct ScanInput
{
    QString path;
    LogFormatPtr format;
    TimeContext context;
    Query query;
    FilterOptions options;
    qint64 from = 0;
    qint64 to = 0;
    qint64 firstLine = 0;
};

/// Runs on a worker: the scan of @p in; results are posted to the runner.
template<typename OnChunk, typename OnEnd>
void runScan(FilterRunJob &job, const ScanInput &in, OnChunk onChunk, OnEnd onEnd)
{
    const int fd = ::open(QFile::encodeName(in.path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        onEnd(FilterSummary{}, QString::fromLocal8Bit(std::strerror(errno)));
        return;
    }
    const FilterRequest request{fd, in.from, in.to, in.firstLine, in.format.get(), &in.context, in.query};
    const auto result = runFilter(request, in.options, job.cancel, onChunk);
    ::close(fd);
    onEnd(result ? *result : FilterSummary{}, result ? QString() : result.error());
}
} // namespace

FilterRunner::FilterRunner(LogFile *file, QObject *parent)
    : QObject(parent)
    , m_file(file)
{
    connect(file, &LogFile::linesAdded, this, &FilterRunner::extend);
    connect(file, &LogFile::reset, this, &FilterRunner::restart);
    connect(file, &LogFile::formatChanged, this, &FilterRunner::restart);
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &FilterRunner::settleTail);
}

FilterRunner::~FilterRunner()
{
    cancelJob();
}

void FilterRunner::cancelJob()
{
    m_settle.stop();
    if (!m_job)
        return;
    m_job->cancel = true;
    {
        std::lock_guard lock(m_job->mutex);
        m_job->receiver = nullptr;
    }
    m_job.reset();
}

int FilterRunner::progressPercent() const
{
    if (!m_job)
        return -1;
    const qint64 total = m_target - m_scanFrom;
    return total <= 0 ? 0 : static_cast<int>(100 * (m_scanned - m_scanFrom) / total);
}

void FilterRunner::start(const Query &query)
{
    cancelJob();
    m_query = query;
    m_active = true;
    m_stats = {};
    m_endByte = m_endLine = m_doneTo = 0;
    Q_EMIT restarted();
    if (m_file && m_file->format())
        launch(0, 0, !m_file->isFollowing());
}

void FilterRunner::stop()
{
    cancelJob();
    m_active = false;
    m_query = {};
    Q_EMIT progressChanged();
}

void FilterRunner::restart()
{
    if (m_active)
        start(m_query);
}

void FilterRunner::extend()
{
    if (!m_active || m_job || !m_file || !m_file->format())
        return;
    if (std::max(m_file->sizeBytes(), m_file->indexedBytes()) > m_doneTo)
        launch(m_endByte, m_endLine, !m_file->isFollowing());
}

void FilterRunner::settleTail()
{
    if (!m_active || m_job || !m_file || !m_file->format() || m_endByte >= m_doneTo)
        return;
    if (std::max(m_file->sizeBytes(), m_file->indexedBytes()) == m_doneTo)
        launch(m_endByte, m_endLine, true);
}

void FilterRunner::launch(qint64 from, qint64 firstLine, bool atEnd)
{
    m_settle.stop();
    auto job = std::make_shared<FilterRunJob>();
    job->receiver = this;
    m_job = job;
    ScanInput in{m_file->dataPath(), m_file->format(), m_file->timeContext(), m_query, m_options, from,
                 std::max(m_file->sizeBytes(), m_file->indexedBytes()), firstLine};
    in.options.atEnd = atEnd;
    m_scanFrom = m_scanned = from;
    m_target = in.to;
    Q_EMIT progressChanged();
    filterPool()->start([job, in = std::move(in)] {
        // The queued calls hold the job: a finished job's address cannot be
        // reused by the next one while its calls wait, so a stale call never
        // passes for the current job's.
        const auto onChunk = [&job](FilterChunk &&chunk) {
            auto shared = std::make_shared<const FilterChunk>(std::move(chunk));
            job->post([job, shared](FilterRunner *self) {
                if (self->m_job == job)
                    self->onChunk(*shared);
            });
        };
        const auto onEnd = [&job, to = in.to](const FilterSummary &summary, const QString &error) {
            job->post([job, summary, error, to](FilterRunner *self) {
                if (self->m_job == job)
                    self->onFinished(summary, to, error);
            });
        };
        runScan(*job, in, onChunk, onEnd);
    });
}

void FilterRunner::onChunk(const FilterChunk &chunk)
{
    m_scanned = chunk.endByte;
    if (m_options.collectStats)
        m_stats.merge(chunk.stats);
    Q_EMIT chunkArrived(chunk);
    Q_EMIT progressChanged();
}

void FilterRunner::onFinished(const FilterSummary &summary, qint64 to, const QString &error)
{
    m_job.reset();
    if (!error.isEmpty()) {
        qCWarning(lcFilterRunner) << m_file->path() << "filter stopped:" << error;
        // A query too expensive to run is the filter bar's to show, not a file error.
        if (error != m_query.tooExpensiveError())
            Q_EMIT errorOccurred(tr("Filtering “%1” stopped: %2").arg(m_file->path(), error));
    } else {
        m_endByte = summary.endByte;
        m_endLine = summary.endLine;
        m_doneTo = to;
    }
    m_scanned = m_target;
    Q_EMIT progressChanged();
    Q_EMIT finished();
    if (error.isEmpty())
        extend(); // the file may have grown meanwhile
    if (!m_job && m_active && m_endByte < m_doneTo)
        m_settle.start(); // a record held back: whole unless more arrives
}
