// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parse/logformat.h"

/// logfmt: `time=2024-01-15T10:00:00Z level=info msg="hello world" user=bob`.
///
/// A line matches when it is made of key=value pairs (at least two, bare
/// words at most as many as pairs, the first token a pair). Values may be
/// quoted with backslash escapes. Keys for time, level and message are the
/// ones JsonFormat uses.
class LogfmtFormat final : public LogFormat
{
public:
    QString name() const override;
    QString description() const override;
    bool parse(QByteArrayView line, Record &out, const TimeContext &ctx) const override;
    bool extractTimeLevel(QByteArrayView line, TimeNs &time, Level &level, const TimeContext &ctx) const override;
    int specificity() const override { return 60; }
};
