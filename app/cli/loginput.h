// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parse/formatregistry.h"
#include "parse/timecontext.h"

#include <QFile>
#include <QString>
#include <QTemporaryFile>

#include <expected>
#include <memory>

/// One input of a tideline-cli command: a regular file, or standard input
/// ("-") spooled to a temporary file first (zstd and gzip input
/// decompressed to one), with its detected (or chosen)
/// format and time context. Owns the open file; not copyable.
class LogInput
{
public:
    /// Opens @p path; "-" spools stdin. @p formatName empty: detect from the
    /// first 64 KiB. Errors are ready to print (what, where, what to do).
    static std::expected<std::unique_ptr<LogInput>, QString> open(const QString &path, const FormatRegistry &registry,
                                                                  const QString &formatName);

    int fd() const { return m_file->handle(); }
    qint64 size() const { return m_size; }
    /// The name to show: the path, or "-".
    const QString &name() const { return m_name; }
    const LogFormat &format() const { return *m_format; }
    LogFormatPtr formatPtr() const { return m_format; }
    /// Non-empty when a compressed input was damaged: where reading stopped
    /// (the records before it are read). Ready to print.
    const QString &warning() const { return m_warning; }
    const TimeContext &context() const { return m_context; }

private:
    LogInput() = default;
    std::expected<void, QString> spoolStdin();
    /// A UTF-16 input is read through a UTF-8 copy, like the GUI does.
    std::expected<void, QString> convertUtf16();
    /// A .zst or .gz input (told by its first bytes) is read through a decompressed copy.
    std::expected<void, QString> decompress();
    std::expected<void, QString> detectFormat(const FormatRegistry &registry, const QString &formatName);

    QString m_name;
    std::unique_ptr<QFile> m_file;
    std::unique_ptr<QTemporaryFile> m_spool;
    std::unique_ptr<QTemporaryFile> m_utf8;
    std::unique_ptr<QTemporaryFile> m_plain;
    QString m_warning;
    qint64 m_size = 0;
    LogFormatPtr m_format;
    TimeContext m_context;
};
