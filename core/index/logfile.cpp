// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logfile.h"

#include "index/fileaccess.h"
#include "index/followmirror.h"
#include "index/lineindexer.h"
#include "index/textspool.h"
#include "index/workerlink.h"
#include "parse/fallbackformat.h"
#include "parse/formatdetector.h"
#include "parse/formatregistry.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QThreadPool>


#include <sys/stat.h>
#include <unistd.h>
#include <utility>

Q_LOGGING_CATEGORY(lcLogFile, "tideline.index")

/// What a running scan shares with its LogFile. The worker owns a dup of the
/// file descriptor, so closing the tab never pulls the file from under it.
struct ScanJob : WorkerLink<LogFile>
{
    using WorkerLink::WorkerLink;
    int fd = -1;
    std::shared_ptr<FollowMirror> mirror; // set for a pump job

    ~ScanJob()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

namespace {
constexpr qint64 kDetectBytes = 64 * 1024;

/// What tells that the file at @p path changed: device, inode, size and
/// modification time; all zero when there is nothing at the path.
LogFile::FileStamp fileStamp(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return {qint64(st.st_dev), qint64(st.st_ino), qint64(st.st_size), qint64(st.st_mtim.tv_sec), qint64(st.st_mtim.tv_nsec)};
}

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
    m_pumpDelay.setSingleShot(true);
    m_pumpDelay.callOnTimeout(this, &LogFile::poll);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &LogFile::poll);
}

LogFile::~LogFile()
{
    if (m_job)
        m_job->detach();
}

std::expected<void, QString> LogFile::open(const QString &path, std::optional<TextEncoding> encoding)
{
    m_sourcePath = path;
    QFile source(path);
    if (auto opened = openLogFile(source); !opened)
        return opened;
    m_timeContext = TimeContext::forFile(path);
    m_compression = sniffCompression(source.peek(4));
    m_clock.start();
    if (m_compression != Compression::None) {
        m_encoding = TextEncoding::Utf8;
        m_spool = new TextSpool(this);
        return readThroughSpool(m_spool->startDecompress(source.handle(), m_compression));
    }
    m_encoding = encoding.value_or(detectEncoding(source.peek(4096)));
    if (!needsSpool(m_encoding)) {
        m_data.setFileName(path);
        if (!m_data.open(QIODevice::ReadOnly))
            return std::unexpected(tr("Cannot read “%1”: %2.").arg(path, m_data.errorString()));
        startScan(0, m_data.size());
        return {};
    }
    m_spool = new TextSpool(this);
    return readThroughSpool(m_spool->startTranscode(source.handle(), m_encoding));
}

std::expected<void, QString> LogFile::openStream(int fd, const QString &name)
{
    m_sourcePath = name;
    m_isStream = true;
    m_clock.start();
    m_spool = new TextSpool(this);
    return readThroughSpool(m_spool->startStream(fd));
}

bool LogFile::isReadingStream() const
{
    return m_isStream && m_spool && !m_spool->isFinished();
}

std::expected<void, QString> LogFile::readThroughSpool(const std::expected<QString, QString> &spool)
{
    if (!spool)
        return std::unexpected(spool.error());
    m_data.setFileName(*spool);
    if (!m_data.open(QIODevice::ReadOnly))
        return std::unexpected(tr("Cannot read the temporary copy “%1”: %2.").arg(*spool, m_data.errorString()));
    m_knownSize = 0;
    m_indexMs = -1; // a full index: timed until finishIfComplete()
    // The spool's worker indexes what it writes: its chunks come straight here.
    connect(m_spool, &TextSpool::indexed, this, &LogFile::onSpoolChunk);
    connect(m_spool, &TextSpool::finished, this, &LogFile::onSpoolFinished);
    return {};
}

void LogFile::onSpoolChunk(const std::shared_ptr<const IndexChunk> &chunk)
{
    m_knownSize = chunk->endByte;
    onChunk(chunk);
    if (!m_format && !m_job && (m_knownSize >= kDetectBytes || m_isStream))
        detectSpoolFormat(); // a stream may take long to fill the sample
}

void LogFile::onSpoolFinished(const QString &error)
{
    if (!error.isEmpty())
        Q_EMIT errorOccurred(tr("Reading “%1” stopped: %2. The lines before it are shown.").arg(m_sourcePath, error));
    if (!m_format && !m_job && m_knownSize > 0)
        detectSpoolFormat(); // shorter than the detection sample
    if (!m_job)
        finishIfComplete(); // else when the format is known
}

/// Detects the format from the spool's head on a worker; while it runs,
/// m_job is set, so the spool's end waits for it.
void LogFile::detectSpoolFormat()
{
    auto job = std::make_shared<ScanJob>(this);
    job->fd = ::dup(m_data.handle());
    m_job = job;
    QThreadPool::globalInstance()->start([job, size = m_knownSize, candidates = m_candidates, ctx = m_timeContext] {
        const Detection found = detectFormat(job->fd, size, candidates, ctx);
        ScanJob *const id = job.get();
        job->post([id, found](LogFile *self) {
            if (self->m_job.get() != id)
                return;
            self->m_job.reset();
            self->onFormatDetected(found.format, found.confidence);
            if (self->m_spool && self->m_spool->isFinished())
                self->finishIfComplete();
        });
    });
}

bool LogFile::isIndexing() const
{
    // A stream that stays open is read, not indexed: isReadingStream() says so.
    return m_job || (m_spool && !m_spool->isFinished() && !m_isStream);
}

std::expected<void, QString> LogFile::reopen(TextEncoding encoding)
{
    if (m_isStream)
        return std::unexpected(tr("A stream cannot be read again."));
    if (m_job) {
        m_job->detach();
        m_job.reset();
    }
    delete m_spool;
    m_spool = nullptr;
    m_data.close();
    m_mirror.reset();
    m_mirrorFile.reset();
    m_events.clear();
    m_lastStamp = {};
    m_index.clear();
    m_shownLines = 0;
    Q_EMIT reset();
    const bool follow = std::exchange(m_following, false);
    auto opened = open(m_sourcePath, encoding);
    if (opened && follow)
        setFollowing(true);
    return opened;
}

qint64 LogFile::lineCount() const
{
    return m_shownLines;
}

void LogFile::startScan(qint64 from, qint64 to)
{
    auto job = std::make_shared<ScanJob>(this);
    job->fd = ::dup(m_data.handle());
    m_job = job;
    m_knownSize = to;
    if (from == 0)
        m_indexMs = -1; // a full index: timed until finishIfComplete()
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
    m_format = FallbackFormat::wrap(format);
    m_formatConfidence = confidence;
    Q_EMIT formatChanged();
}

void LogFile::setFormat(LogFormatPtr format)
{
    m_format = FallbackFormat::wrap(format);
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
    qCDebug(lcLogFile) << path() << "indexed to" << reached << "in" << m_clock.elapsed() << "ms";
    if (!error.isEmpty()) {
        Q_EMIT errorOccurred(tr("Reading “%1” stopped: %2. The lines before it are shown.").arg(path(), error));
        finishIfComplete();
        return;
    }
    if (reached < m_knownSize)
        m_knownSize = reached; // the file shrank while it was read: what was read is all there is
    if (std::exchange(m_changedDuringScan, false) && m_following && !m_spool)
        poll();
    catchUp();
}

void LogFile::catchUp()
{
    if (m_job)
        return; // onScanFinished() comes back here
    if (m_knownSize > m_index.indexedBytes())
        startScan(m_index.indexedBytes(), m_knownSize);
    else
        finishIfComplete();
}

void LogFile::finishIfComplete()
{
    if (m_indexMs < 0)
        m_indexMs = m_clock.elapsed();
    if (!m_following && m_index.hasPartialLine() && m_shownLines == m_index.completeLineCount()) {
        m_shownLines += 1;
        Q_EMIT linesAdded(m_shownLines - 1, 1);
    }
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
    const ssize_t got = ::pread(m_data.handle(), bytes.data(), static_cast<size_t>(bytes.size()), range.begin);
    bytes.resize(got > 0 ? got : 0);
    if (bytes.size() == range.length() && bytes.endsWith('\r')) {
        bytes.chop(1);
        if (fullLength)
            *fullLength -= 1; // the '\r' is part of the terminator
    }
    return bytes;
}

bool LogFile::setFollowing(bool follow, int intervalMs)
{
    if (follow && (m_spool || (m_data.isOpen() && !m_mirror && !startMirror())))
        return false;
    m_following = follow;
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (follow) {
        m_pollTimer.start(intervalMs);
        if (QFileInfo::exists(m_sourcePath))
            m_watcher.addPath(m_sourcePath);
        poll();
    } else {
        m_pollTimer.stop();
    }
    return true;
}

bool LogFile::startMirror()
{
    if (!m_data.isOpen())
        return false;
    auto file = std::make_unique<QTemporaryFile>(tempCopyDirectory() + QStringLiteral("/follow-XXXXXX.log"));
    if (!file->open()) {
        Q_EMIT errorOccurred(tr("Cannot follow “%1”: no room for its copy in %2 (%3). Free some space or check the permissions.")
                                 .arg(m_sourcePath, QFileInfo(file->fileTemplate()).absolutePath(), file->errorString()));
        return false;
    }
    m_mirror = std::make_shared<FollowMirror>(::dup(m_data.handle()), m_sourcePath, ::dup(file->handle()));
    m_mirrorFile = std::move(file);
    return true;
}

void LogFile::poll()
{
    if (!m_data.isOpen() || m_spool)
        return;
    if (!m_mirror && !startMirror()) {
        setFollowing(false);
        return;
    }
    // (Re)attach inotify: after open(), or after the path was replaced.
    if (m_following && !m_watcher.files().contains(m_sourcePath) && QFileInfo::exists(m_sourcePath))
        m_watcher.addPath(m_sourcePath);
    if (m_job) {
        m_changedDuringScan = true; // onScanFinished() polls again
        return;
    }
    const FileStamp stamp = fileStamp(m_sourcePath);
    if (stamp == m_lastStamp && stamp != FileStamp{} && !m_mirror->replacementPending())
        return; // nothing changed at the path: no pump (a gone or newly replaced path always pumps)
    // A writer that writes every millisecond would cost a pump each: gather them.
    constexpr qint64 kMinPumpGapMs = 20;
    if (m_sincePump.isValid() && m_sincePump.elapsed() < kMinPumpGapMs) {
        if (!m_pumpDelay.isActive())
            m_pumpDelay.start(static_cast<int>(kMinPumpGapMs - m_sincePump.elapsed()));
        return;
    }
    if (m_following && stamp[1] != m_lastStamp[1] && m_lastStamp != FileStamp{} && stamp != FileStamp{}) {
        m_watcher.removePath(m_sourcePath); // it watched the rotated-away file
        m_watcher.addPath(m_sourcePath);
    }
    m_lastStamp = stamp;
    m_sincePump.start();
    startPump();
}

/// One follow step on a worker: copy what is new into the mirror, then index
/// it, posting each rotation or truncation after the lines before it.
void LogFile::startPump()
{
    auto job = std::make_shared<ScanJob>(this);
    job->fd = ::dup(m_mirrorFile->handle());
    job->mirror = m_mirror;
    m_job = job;
    QThreadPool::globalInstance()->start([job, from = m_index.indexedBytes(), options = m_options] {
        ScanJob *const id = job.get();
        std::vector<MirrorEvent> events;
        const auto size = job->mirror->pump([&events](const MirrorEvent &event) { events.push_back(event); });
        job->post([id](LogFile *self) {
            if (self->m_job.get() == id)
                self->useMirror();
        });
        const auto deliver = [&job, id](std::shared_ptr<const IndexChunk> chunk) {
            job->post([chunk = std::move(chunk), id](LogFile *self) {
                if (self->m_job.get() == id)
                    self->onChunk(chunk);
            });
        };
        qint64 reached = from;
        QString error = size ? QString() : size.error();
        const auto scanTo = [&](qint64 to) {
            const auto result = scanLines(job->fd, reached, to, options, job->cancel, deliver);
            if (result)
                reached = *result;
            else if (error.isEmpty())
                error = result.error().message;
        };
        for (const MirrorEvent &event : events) {
            scanTo(event.offset);
            job->post([id, event](LogFile *self) {
                if (self->m_job.get() == id)
                    self->onMirrorEvent(event);
            });
        }
        const qint64 mirrored = job->mirror->size();
        scanTo(mirrored);
        job->post([id, reached, mirrored, error](LogFile *self) {
            if (self->m_job.get() != id)
                return;
            self->m_knownSize = mirrored;
            self->onScanFinished(reached, error);
        });
    });
}

/// From the first pump on, lines are read from the mirror.
void LogFile::useMirror()
{
    if (!m_mirrorFile || m_data.fileName() == m_mirrorFile->fileName())
        return;
    m_data.close();
    m_data.setFileName(m_mirrorFile->fileName());
    if (!m_data.open(QIODevice::ReadOnly))
        Q_EMIT errorOccurred(tr("Cannot read the copy “%1” of “%2”: %3.").arg(m_data.fileName(), m_sourcePath, m_data.errorString()));
}

void LogFile::onMirrorEvent(const MirrorEvent &event)
{
    const FollowEvent added{m_index.completeLineCount(), event.kind, event.time};
    m_events.push_back(added);
    qCInfo(lcLogFile) << path() << describe(added) << "before line" << added.line + 1;
    Q_EMIT followEventAdded(added);
}

QString LogFile::describe(const FollowEvent &event)
{
    const QString time = event.time.toString(QStringLiteral("HH:mm:ss"));
    switch (event.kind) {
    case FollowEventKind::Rotated:
        return tr("file rotated at %1").arg(time);
    case FollowEventKind::Recreated:
        return tr("file replaced at %1").arg(time);
    case FollowEventKind::Truncated:
        return tr("file truncated at %1").arg(time);
    case FollowEventKind::Deleted:
        return tr("file deleted at %1").arg(time);
    }
    return {};
}
