// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compress/compression.h"
#include "index/followmirror.h"
#include "index/lineindex.h"
#include "index/lineindexer.h"
#include "index/textencoding.h"
#include "parse/logformat.h"
#include "parse/timecontext.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileSystemWatcher>
#include <QObject>
#include <QTemporaryFile>
#include <QTimer>

#include <array>
#include <expected>
#include <memory>
#include <optional>
#include <vector>

struct ScanJob;
class TextSpool;

/// A change of a followed file, shown as a marker above line @p line.
struct FollowEvent
{
    qint64 line = 0; ///< the first line read after the change
    FollowEventKind kind = FollowEventKind::Truncated;
    QDateTime time;
};

/// An open log file and its line index, for one tab.
///
/// open() checks the path and starts indexing on worker threads, then returns
/// at once; chunks of line ends arrive on this object's thread in byte order
/// and grow lineCount() (linesAdded()). Reading a line (lineBytes()) is a
/// pread of that line only.
///
/// Following copies the file into an append-only mirror in the cache
/// directory (FollowMirror) and indexes the copy: appended bytes are indexed
/// without a rescan, and rotation (rename or delete, then a new file),
/// truncation and copytruncate keep every line already read, add the new
/// ones after them and record a FollowEvent where it happened. dataPath()
/// names the mirror then; its bytes up to the change equal the file's, so
/// the line offsets stay valid.
///
/// Lives on the GUI thread; all methods must be called from its thread. The
/// destructor cancels a running scan and returns at once (the worker owns
/// what it still needs).
class LogFile : public QObject
{
    Q_OBJECT

public:
    explicit LogFile(QObject *parent = nullptr);
    ~LogFile() override;

    /// Checks that @p path is a readable regular file and starts indexing.
    /// The encoding is detected from the first bytes unless @p encoding is
    /// given; UTF-16 files are first transcoded to a UTF-8 spool (see
    /// TextSpool), which the index and lineBytes() then read.
    /// zstd and gzip files (told by their first bytes, whatever their name)
    /// are decompressed to a spool the same way; a damaged one shows the
    /// lines before the damage and errorOccurred() says where it stopped.
    /// The error says what went wrong and what the user can do.
    std::expected<void, QString> open(const QString &path, std::optional<TextEncoding> encoding = std::nullopt);
    /// Reads the pipe or terminal @p fd (e.g. standard input) through a
    /// spool in the cache directory, growing as data arrives; @p name is what
    /// path() shows. isReadingStream() turns false when the stream ends.
    std::expected<void, QString> openStream(int fd, const QString &name);
    bool isReadingStream() const;
    bool isStream() const { return m_isStream; }
    /// Drops the index and reads the file again as @p encoding (not for streams).
    std::expected<void, QString> reopen(TextEncoding encoding);

    /// The file the user opened.
    QString path() const { return m_sourcePath; }
    /// The file whose bytes the index describes: path(), or the UTF-8 spool.
    QString dataPath() const { return m_data.fileName(); }
    TextEncoding encoding() const { return m_encoding; }
    /// How the file on disk is compressed (its lines come from a spool then).
    Compression compression() const { return m_compression; }
    /// Bytes indexed so far.
    qint64 indexedBytes() const { return m_index.indexedBytes(); }
    /// The file size seen when the current scan started.
    qint64 sizeBytes() const { return m_knownSize; }
    /// True while a scan runs or a spool (not a stream's) is still being filled.
    bool isIndexing() const;
    /// Lines available. While following, a last line with no '\n' yet is left out.
    qint64 lineCount() const;
    /// The raw bytes of @p line without its terminator, at most @p maxBytes of
    /// them (and *fullLength tells how long the line really is).
    QByteArray lineBytes(qint64 line, qint64 maxBytes = kDefaultMaxLineBytes, qint64 *fullLength = nullptr) const;
    const LineIndex &index() const { return m_index; }
    /// Milliseconds the last full index took, or -1 while it runs.
    qint64 indexMs() const { return m_indexMs; }

    /// Formats to choose from when detecting (before open(); default: the built-ins).
    void setCandidateFormats(std::vector<LogFormatPtr> formats) { m_candidates = std::move(formats); }
    /// The format detected from the file's first 64 KiB (null until known),
    /// or the one set with setFormat(); wrapped in a FallbackFormat, so
    /// lines of other built-in formats are read too.
    LogFormatPtr format() const { return m_format; }
    /// Overrides the detected format; emits formatChanged().
    void setFormat(LogFormatPtr format);
    /// Share of sampled lines the detected format parsed (0..1).
    double formatConfidence() const { return m_formatConfidence; }
    /// Reference time (file modification time) and zone for parsing.
    const TimeContext &timeContext() const { return m_timeContext; }

    /// How later scans split their work (tests use tiny chunks).
    void setIndexOptions(const IndexOptions &options) { m_options = options; }

    /// Follow growth of the file: inotify (QFileSystemWatcher) reports
    /// writes at once; polling every @p intervalMs also covers filesystems
    /// that do not notify (network mounts) and a path that was replaced.
    /// Starts the mirror (see the class comment). Not offered for transcoded
    /// (UTF-16) or compressed files, or when the mirror cannot be created
    /// (errorOccurred() says why): returns false then.
    bool setFollowing(bool follow, int intervalMs = 200);
    bool isFollowing() const { return m_following; }
    /// Rotations and truncations seen while following, in line order.
    const std::vector<FollowEvent> &followEvents() const { return m_events; }
    /// "file rotated at 14:02:11", for a marker row.
    static QString describe(const FollowEvent &event);

    static constexpr qint64 kDefaultMaxLineBytes = 64 * 1024;
    using FileStamp = std::array<qint64, 5>;

Q_SIGNALS:
    /// Lines [first, first + count) became available.
    void linesAdded(qint64 first, qint64 count);
    /// All lines were dropped (the file shrank); linesAdded() follows as it is re-read.
    void reset();
    void progressChanged(qint64 bytesDone, qint64 bytesTotal);
    /// The format was detected or overridden.
    void formatChanged();
    void indexingFinished();
    /// Reading failed; the lines indexed before stay available.
    void errorOccurred(const QString &message);
    /// The followed file was rotated or truncated (followEvents() holds it).
    void followEventAdded(const FollowEvent &event);

private:
    void startScan(qint64 from, qint64 to);
    void onFormatDetected(LogFormatPtr format, double confidence);
    void onChunk(const std::shared_ptr<const IndexChunk> &chunk);
    void onScanFinished(qint64 reached, const QString &error);
    void poll();
    bool startMirror();
    void startPump();
    void useMirror();
    void onMirrorEvent(const MirrorEvent &event);
    std::expected<void, QString> readThroughSpool(const std::expected<QString, QString> &spool);
    void onSpoolChunk(const std::shared_ptr<const IndexChunk> &chunk);
    void onSpoolFinished(const QString &error);
    void detectSpoolFormat();
    void catchUp();
    void finishIfComplete();

    QString m_sourcePath;
    QFile m_data;
    TextSpool *m_spool = nullptr;
    TextEncoding m_encoding = TextEncoding::Utf8;
    Compression m_compression = Compression::None;
    bool m_isStream = false;
    LineIndex m_index;
    std::shared_ptr<ScanJob> m_job;
    QTimer m_pollTimer;
    QFileSystemWatcher m_watcher;
    QElapsedTimer m_clock;
    IndexOptions m_options;
    std::vector<LogFormatPtr> m_candidates;
    LogFormatPtr m_format;
    double m_formatConfidence = 0;
    TimeContext m_timeContext;
    qint64 m_knownSize = 0;
    qint64 m_indexMs = -1;
    qint64 m_shownLines = 0; // lines announced with linesAdded()
    bool m_following = false;
    bool m_changedDuringScan = false; // poll() came while a scan ran
    std::unique_ptr<QTemporaryFile> m_mirrorFile;
    std::shared_ptr<FollowMirror> m_mirror; // used by one pump job at a time
    std::vector<FollowEvent> m_events;
    FileStamp m_lastStamp{}; // the path as the last pump started
    QElapsedTimer m_sincePump;
    QTimer m_pumpDelay; // the next pump, when the last one was too recent
};
