// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <optional>

/// How a log file's bytes are text.
enum class TextEncoding {
    Utf8,    ///< the default; invalid sequences show as U+FFFD
    Utf16LE, ///< transcoded to a UTF-8 spool before indexing
    Utf16BE, ///< likewise
    Latin1,  ///< ISO 8859-1, decoded for display only
};

/// The encoding of a file from its first bytes: a UTF-16 byte order mark,
/// or UTF-16 without one when most of @p head's NUL bytes sit at every
/// other position (ASCII text in UTF-16). Anything else is UTF-8.
TextEncoding detectEncoding(QByteArrayView head);

/// Stable names for menus and the command line: "UTF-8", "UTF-16LE",
/// "UTF-16BE", "ISO-8859-1".
QString encodingName(TextEncoding encoding);
std::optional<TextEncoding> encodingFromName(QStringView name);
QStringList encodingNames();

/// True when lines must be transcoded before the line index can read them.
inline bool needsSpool(TextEncoding encoding)
{
    return encoding == TextEncoding::Utf16LE || encoding == TextEncoding::Utf16BE;
}
