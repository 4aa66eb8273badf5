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
    /// In a JSON file, a foreign line's fallback chain runs once for both
    /// answers, not once for startsRecord() and again for extractTimeLevel().
    bool startsRecordWithTimeLevel(QByteArrayView line, TimeNs &time, Level &level,
                                   const TimeContext &ctx) const override;
    int specificity() const override;

private:
    /// The first of m_timeReaders that reads @p line under @p ctx (and what
    /// it read), and whether one of them (that one or a later one) reads a
    /// time from it. Whether a built-in format reads a time does not depend
    /// on the context, only which time it reads (years are inferred into
    /// range, February 29 into a leap year), so the answer is startsRecord()'s.
    struct ForeignReading
    {
        bool read = false;             ///< one of them reads the line
        bool hasTime = false;
        TimeNs time = kNoTime;         ///< what the first reader read
        Level level = Level::Unknown;
    };
    ForeignReading readForeign(QByteArrayView line, const TimeContext &ctx) const;
    /// Whether any of m_timeReaders reads a time from @p line (anyTime()).
    /// The answer does not depend on the order they are asked in, so the
    /// one that answered yes last on this thread is asked first: in a file
    /// that mixes formats, the next foreign line is mostly of the same kind.
    bool anyOtherReadsTime(QByteArrayView line) const;
    /// extractTimeLevel() over m_timeReaders only.
    bool extractByOthers(QByteArrayView line, TimeNs &time, Level &level, const TimeContext &ctx) const;

    LogFormatPtr m_primary;
    std::vector<LogFormatPtr> m_others;
    /// m_others without those whose time and level the primary or an
    /// earlier one already reads the same way (LogFormat::sameTimeLevelAs).
    std::vector<LogFormatPtr> m_timeReaders;
    bool m_foldsForeignLines; ///< the primary is JSON: see startsRecord()
};
