// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compress/compression.h"
#include "index/lineindex.h"
#include "index/textencoding.h"

#include <QObject>
#include <QTemporaryFile>

#include <expected>
#include <memory>

struct SpoolJob;

/// A UTF-8 file in the cache directory that a worker thread fills, so that
/// the line index and the readers see an ordinary, seekable file:
/// - startTranscode(): a UTF-16 file converted to UTF-8;
/// - startStream(): a pipe or standard input copied as it arrives, until
///   it ends;
/// - startDecompress(): a zstd or gzip file decompressed; a damaged one
///   keeps what came before the damage, and finished() says where it stopped.
/// The worker finds the line ends in the bytes it writes (SpoolWriter) and
/// hands the index over in chunks (indexed()), so the copy is never read
/// back to be indexed and the first rows show before it is done.
/// Decompression runs on two threads: one decompresses, the other writes
/// and indexes the blocks it is handed (BlockRelay). The file is removed
/// when the spool is destroyed; the destructor cancels the worker and
/// returns at once.
///
/// Lives on the GUI thread; call it from there. Start it once.
class TextSpool : public QObject
{
    Q_OBJECT

public:
    explicit TextSpool(QObject *parent = nullptr);
    ~TextSpool() override;

    /// Converts the open file @p sourceFd (duplicated; the caller keeps its
    /// own) from @p encoding. Returns the spool's path.
    std::expected<QString, QString> startTranscode(int sourceFd, TextEncoding encoding);
    /// Decompresses the file @p sourceFd (duplicated) as @p compression.
    std::expected<QString, QString> startDecompress(int sourceFd, Compression compression);
    /// Copies the stream @p streamFd (duplicated) until end of file.
    std::expected<QString, QString> startStream(int streamFd);
    /// Bytes written and indexed so far (the end of the last chunk).
    qint64 bytesWritten() const { return m_written; }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    /// The line ends of the next bytes written: chunks come in byte order,
    /// the first starting at 0, each beginning where the one before ended.
    void indexed(const std::shared_ptr<const IndexChunk> &chunk);
    /// The whole source was copied (all chunks came before), or @p error
    /// says why it stopped.
    void finished(const QString &error);

private:
    friend struct SpoolJob;
    std::expected<std::shared_ptr<SpoolJob>, QString> createJob(int sourceFd);

    QTemporaryFile m_file;
    std::shared_ptr<SpoolJob> m_job;
    qint64 m_written = 0;
    bool m_finished = false;
};
