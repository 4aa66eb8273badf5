// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parse/timecontext.h"
#include "parse/timeparser.h"

#include <QByteArray>
#include <QString>

#include <expected>

/// A timestamp layout written by a user, strftime style, or the name of a
/// built-in layout.
///
/// Conversions: %Y (4-digit year) %y (2-digit year) %m %d %e (day, space
/// padded) %H %I (12-hour) %M %S %f (fraction, 1-9 digits, '.' or ',' must
/// be written literally before it) %b (month name, 3 letters or full)
/// %a (weekday name, skipped) %p (AM/PM) %z (Z, ±hh:mm, ±hhmm) %s (epoch in
/// s/ms/µs/ns by digit count) %% (a literal '%'). Other bytes match
/// themselves; a space matches one or more spaces. Without %Y/%y the year is
/// inferred as for syslog; without %z the context's zone applies.
///
/// Built-in names: "auto" (sniff), "iso8601", "clf", "syslog", "ctime",
/// "epoch", "glog", "yy/MM/dd", "yyMMdd", "MM-dd".
///
/// Immutable after compile(); thread-safe.
class TimePattern
{
public:
    TimePattern() = default;

    /// Fails with a message naming the offending conversion.
    static std::expected<TimePattern, QString> compile(const QString &pattern);

    /// Parses a timestamp at the start of @p text; returns the consumed
    /// length or 0.
    int parse(QByteArrayView text, const TimeContext &ctx, TimeNs &out) const;

    QString pattern() const { return m_pattern; }

private:
    int parseCustom(QByteArrayView text, const TimeContext &ctx, TimeNs &out) const;

    QString m_pattern;
    QByteArray m_spec;                   ///< the strftime spec, when custom
    TimeLayout m_layout = TimeLayout::None;
    bool m_auto = true;
};
