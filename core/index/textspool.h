// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/textencoding.h"

#include <QObject>
#include <QTemporaryFile>

#include <expected>
#include <memory>

struct SpoolJob;

/// A UTF-8 copy of a UTF-16 file, written to a temporary file in the cache
/// directory by a worker thread, so that the line index and the readers see
/// ordinary UTF-8 lines. The copy grows as the worker goes (grew()), so the
/// first rows show before it is done. The file is removed when the spool is
/// destroyed; the destructor cancels the worker and returns at once.
///
/// Lives on the GUI thread; call it from there.
class TextSpool : public QObject
{
    Q_OBJECT

public:
    explicit TextSpool(QObject *parent = nullptr);
    ~TextSpool() override;

    /// Starts transcoding the open file descriptor @p sourceFd (duplicated;
    /// the caller keeps its own) from @p encoding. Returns the spool's path.
    std::expected<QString, QString> start(int sourceFd, TextEncoding encoding);
    /// UTF-8 bytes written so far.
    qint64 bytesWritten() const { return m_written; }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    /// The spool now holds @p bytes bytes.
    void grew(qint64 bytes);
    /// The whole source was transcoded, or @p error says why it stopped.
    void finished(const QString &error);

private:
    QTemporaryFile m_file;
    std::shared_ptr<SpoolJob> m_job;
    qint64 m_written = 0;
    bool m_finished = false;
};
