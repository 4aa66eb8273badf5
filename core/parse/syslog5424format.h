// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parse/logformat.h"

/// Syslog RFC 5424:
/// `<165>1 2003-10-11T22:14:15.003Z host app procid msgid [sd id="1"] message`.
///
/// Fields: priority, host, app (also "source"), procid, msgid,
/// structured_data (raw). "-" (nil) values are left out. The level comes
/// from the priority's severity.
class Syslog5424Format final : public LogFormat
{
public:
    QString name() const override;
    QString description() const override;
    bool parse(QByteArrayView line, Record &out, const TimeContext &ctx) const override;
    bool extractTimeLevel(QByteArrayView line, TimeNs &time, Level &level, const TimeContext &ctx) const override;
    int specificity() const override { return 85; }

private:
    struct Parts;
    static bool split(QByteArrayView line, Parts &parts, const TimeContext &ctx, bool full);
};
