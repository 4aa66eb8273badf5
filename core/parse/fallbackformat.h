// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parse/logformat.h"

#include <vector>

/// A file's format with a safety net: a line the detected (primary) format
/// does not understand is tried with the other built-in formats in turn, so
/// a file that mixes JSON, access and text lines still gets time, level and
/// fields on every line, and the table, the filter engine and the CLI agree.
/// Name, description and specificity are the primary's, and so are record
/// boundaries, except that in a JSON file a non-JSON line starts a record
/// only when another format reads a time from it (an exception's first line
/// folds into the record above). Immutable; thread-safe like every LogFormat.
class FallbackFormat : public LogFormat
{
public:
    FallbackFormat(LogFormatPtr primary, std::vector<LogFormatPtr> others);

    /// @p primary wrapped with the other built-ins; "plain" (which reads
    /// every line) and null are returned as they are.
    static LogFormatPtr wrap(const LogFormatPtr &primary);
    const LogFormatPtr &primary() const { return m_primary; }

    QString name() const override;
    QString description() const override;
    bool parse(QByteArrayView line, Record &out, const TimeContext &ctx) const override;
    bool extractTimeLevel(QByteArrayView line, TimeNs &time, Level &level, const TimeContext &ctx) const override;
    bool extractField(QByteArrayView line, QByteArrayView name, QByteArray &value, const TimeContext &ctx) const override;
    bool startsRecord(QByteArrayView line) const override;
    int specificity() const override;

private:
    LogFormatPtr m_primary;
    std::vector<LogFormatPtr> m_others;
    bool m_foldsForeignLines; ///< the primary is JSON: see startsRecord()
};
