// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parse/logformat.h"
#include "parse/userformatloader.h"

#include <QString>

#include <vector>

/// The formats Tideline knows: the built-ins, then user formats.
///
/// Not thread-safe while loading; once loaded, const access is safe from
/// any thread and the formats it hands out are immutable and shared.
class FormatRegistry
{
public:
    /// Built-ins only: json, syslog-rfc5424, access-combined, access-common,
    /// logfmt, syslog-rfc3164, text, plain.
    FormatRegistry();

    /// Adds every user format in @p directory (see USER_FORMATS.md); a user
    /// format named like an existing one replaces it. Returns the files
    /// that failed; the others are loaded.
    std::vector<FormatLoadError> loadUserFormats(const QString &directory);

    /// Adds or replaces (same name) one format.
    void add(LogFormatPtr format);

    const std::vector<LogFormatPtr> &formats() const { return m_formats; }
    /// nullptr when there is no format called @p name.
    LogFormatPtr find(QStringView name) const;

    /// QStandardPaths' app config location + "/formats".
    static QString defaultUserFormatDirectory();

    /// The shared built-in instance of "plain" / "text" etc., for callers
    /// without a registry.
    static LogFormatPtr builtin(QStringView name);

private:
    std::vector<LogFormatPtr> m_formats;
};
