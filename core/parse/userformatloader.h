// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parse/logformat.h"

#include <QString>

#include <expected>
#include <vector>

/// Why a user format file was rejected.
struct FormatLoadError
{
    QString file;
    int line = 0; ///< 1-based; 0 when the file could not be read at all
    QString reason;

    /// "FILE:LINE: REASON", ready to show.
    QString message() const;
};

/// Loads user-defined formats (schema in USER_FORMATS.md) from JSON files.
/// Stateless and thread-safe; reads files synchronously.
namespace UserFormatLoader {

/// One definition from @p path. Errors name the file, the line and the
/// reason (a JSON syntax error, a missing key, a bad regex or layout, a
/// sample line the regex does not match).
std::expected<LogFormatPtr, FormatLoadError> loadFile(const QString &path);

/// Same, from bytes already read; @p path is only used in messages.
std::expected<LogFormatPtr, FormatLoadError> loadBytes(const QByteArray &json, const QString &path);

struct Result
{
    std::vector<LogFormatPtr> formats;
    std::vector<FormatLoadError> errors;
};

/// Every "*.json" in @p directory, sorted by name; a broken file adds an
/// error and the others still load. A missing directory is not an error.
Result loadDirectory(const QString &directory);

} // namespace UserFormatLoader
