// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parse/logformat.h"

/// BSD syslog (RFC 3164) as files hold it:
/// `[<PRI>]Oct 11 22:14:15 host program[pid]: message`; an ISO 8601 stamp
/// (rsyslog's high-precision template) is accepted in place of the BSD one.
///
/// Fields: host, program, pid, source (= program, else host), and priority
/// when present. The level comes from the priority's severity; lines
/// without one have Level::Unknown. Lines that do not start with a stamp
/// continue the record above (macOS wraps long messages that way).
class SyslogFormat final : public LogFormat
{
public:
    QString name() const override;
    QString description() const override;
    bool parse(QByteArrayView line, Record &out, const TimeContext &ctx) const override;
    bool extractTimeLevel(QByteArrayView line, TimeNs &time, Level &level, const TimeContext &ctx) const override;
    bool startsRecord(QByteArrayView line) const override;
    int specificity() const override { return 50; }

private:
    struct Parts;
    static bool split(QByteArrayView line, Parts &parts, const TimeContext &ctx);
    /// False when split() would refuse @p line at its first bytes.
    static bool mayStartWithStamp(QByteArrayView line);
};
