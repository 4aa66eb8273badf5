// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parse/logformat.h"

/// A format for logs written with terminal colours: a line that holds escape
/// sequences is read by the wrapped format with them removed (Ansi), so
/// "\e[32mSep 19\e[0m 09:24:04 host prog: msg" parses as syslog and the
/// message, fields and time come out clean. Record::raw and ::message then
/// point into Record::storage. Lines without an ESC byte cost one memchr.
/// The detector wraps the format it picked when its sample had escape codes.
/// Name, description and specificity are the wrapped format's. Immutable;
/// thread-safe like every LogFormat.
class AnsiFormat final : public LogFormat
{
public:
    explicit AnsiFormat(LogFormatPtr inner);

    /// @p inner wrapped (null and formats already wrapped are returned as they are).
    static LogFormatPtr wrap(const LogFormatPtr &inner);
    const LogFormatPtr &inner() const { return m_inner; }

    QString name() const override;
    QString description() const override;
    bool parse(QByteArrayView line, Record &out, const TimeContext &ctx) const override;
    bool extractTimeLevel(QByteArrayView line, TimeNs &time, Level &level, const TimeContext &ctx) const override;
    bool extractField(QByteArrayView line, QByteArrayView name, QByteArray &value, const TimeContext &ctx) const override;
    bool startsRecord(QByteArrayView line) const override;
    bool startsRecordWithTimeLevel(QByteArrayView line, TimeNs &time, Level &level,
                                   const TimeContext &ctx) const override;
    int specificity() const override;

private:
    LogFormatPtr m_inner;
};
