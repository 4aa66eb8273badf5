// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parse/timecontext.h"
#include "record/record.h"

#include <QByteArrayView>
#include <QString>

#include <memory>

/// One log format: how to split a line into time, level, message and fields.
///
/// Implementations are immutable after construction: every method is const
/// and safe to call from several threads at once (the indexer runs them on
/// worker threads). Lines are passed without their terminator; a trailing
/// '\r' is tolerated.
class LogFormat
{
public:
    virtual ~LogFormat() = default;

    /// Stable machine name: "json", "logfmt", "access-combined", ...
    virtual QString name() const = 0;
    /// One line for `tideline-cli formats`, translated.
    virtual QString description() const = 0;

    /// Full parse: fields, time, level and message. Views in @p out point
    /// into @p line (or into @p out's own field values), so the caller keeps
    /// the line alive as long as the record. Returns false when the line
    /// does not have this format; @p out then holds the line as plain text
    /// (raw = message = line, no time, no level).
    virtual bool parse(QByteArrayView line, Record &out, const TimeContext &ctx) const = 0;

    /// Fast path for the indexing pass, called for every line: time and
    /// level only, no allocation. It may stop reading once it has both, so
    /// it can accept a line whose tail is malformed. Leaves kNoTime /
    /// Level::Unknown for what
    /// the line lacks. Returns false when the line does not have this format.
    virtual bool extractTimeLevel(QByteArrayView line, TimeNs &time, Level &level, const TimeContext &ctx) const = 0;

    /// Field @p name of @p line exactly as parse() gives it (the first field
    /// of that name), for queries that read only a few fields: true and
    /// @p value set when parse() would give the line that field, false when
    /// it would not (no such field, or the line does not have this format).
    /// The default parses the whole line; formats override it with cheaper
    /// code. Never reads a thread-local or mutable state.
    virtual bool extractField(QByteArrayView line, QByteArrayView name, QByteArray &value, const TimeContext &ctx) const;

    /// False for continuation lines (stack-trace frames, "Caused by:",
    /// indented dumps, "... 12 more") that fold into the record above.
    virtual bool startsRecord(QByteArrayView line) const;

    /// startsRecord(@p line) and, when it is true, extractTimeLevel(@p line)
    /// in one call, for the indexing pass: @p time and @p level are set as
    /// extractTimeLevel() sets them (kNoTime / Level::Unknown first) only
    /// when the line starts a record. @p line is a whole line, short enough
    /// for startsRecord() to see all of it. Formats whose startsRecord()
    /// already reads the line's time (FallbackFormat) override it to do
    /// that work once; the answers are always those of the two calls.
    virtual bool startsRecordWithTimeLevel(QByteArrayView line, TimeNs &time, Level &level,
                                           const TimeContext &ctx) const;

    /// True when extractTimeLevel() of @p other always gives what this
    /// format's gives (the two access-log variants read time and level from
    /// the same head): a fallback chain then asks only the first of them.
    virtual bool sameTimeLevelAs(const LogFormat &other) const;

    /// How specific a match is, for detection: higher wins when several
    /// formats match the same lines equally well.
    virtual int specificity() const = 0;

protected:
    /// Appends field @p name = @p value to @p out, unless @p value is empty.
    static void addField(Record &out, const char *name, QByteArrayView value);
    /// Resets @p out to the plain-text reading of @p line.
    static void setPlain(QByteArrayView line, Record &out);
    /// @p line without a trailing '\r'. Inline: every reader calls it for
    /// every line it is asked about.
    static QByteArrayView chomp(QByteArrayView line)
    {
        if (!line.isEmpty() && line.back() == '\r')
            line.chop(1);
        return line;
    }
    /// The generic continuation-line test shared by the built-in formats.
    static bool looksLikeContinuation(QByteArrayView line);
};

using LogFormatPtr = std::shared_ptr<const LogFormat>;
