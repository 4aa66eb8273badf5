// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parse/logformat.h"

/// Apache/nginx access logs in the Common Log Format
/// `host ident user [10/Oct/2000:13:55:36 -0700] "GET / HTTP/1.0" 200 2326`
/// and the Combined format, which adds `"referer" "user-agent"` (anything
/// after those is accepted and kept as field "extra").
///
/// Fields: host (also "source"), ident, user, request, method, path,
/// protocol, status, bytes, referer, user_agent. The level comes from the
/// status: 5xx error, 4xx warn, else info. The message is the request line.
class AccessFormat final : public LogFormat
{
public:
    enum class Variant : quint8 { Common, Combined };

    explicit AccessFormat(Variant variant);

    QString name() const override;
    QString description() const override;
    bool parse(QByteArrayView line, Record &out, const TimeContext &ctx) const override;
    bool extractTimeLevel(QByteArrayView line, TimeNs &time, Level &level, const TimeContext &ctx) const override;
    bool extractField(QByteArrayView line, QByteArrayView name, QByteArray &value, const TimeContext &ctx) const override;
    bool startsRecord(QByteArrayView line) const override;
    /// Both variants read time and level from the head up to the status.
    bool sameTimeLevelAs(const LogFormat &other) const override;
    int specificity() const override { return m_variant == Variant::Combined ? 80 : 75; }

private:
    struct Parts;
    enum class Through : quint8 { Status, Bytes };
    /// The fields up to the status, or up to the bytes field (what Common
    /// and Combined share); @p pos ends after the last one read.
    static bool splitHead(QByteArrayView line, Parts &parts, const TimeContext &ctx, qsizetype &pos, Through through);
    bool split(QByteArrayView line, Parts &parts, const TimeContext &ctx) const;
    /// extractTimeLevel() once the line's first bytes did not refuse it: a
    /// function of its own, so that a refusal costs no more than the look.
    static bool readTimeLevel(QByteArrayView line, TimeNs &time, Level &level, const TimeContext &ctx);

    Variant m_variant;
};
