// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parse/logformat.h"

/// Lines with no recognised structure: every line is a record, the whole
/// line is the message, there is no time and no level. Always matches.
class PlainFormat final : public LogFormat
{
public:
    QString name() const override;
    QString description() const override;
    bool parse(QByteArrayView line, Record &out, const TimeContext &ctx) const override;
    bool extractTimeLevel(QByteArrayView line, TimeNs &time, Level &level, const TimeContext &ctx) const override;
    bool startsRecord(QByteArrayView line) const override;
    int specificity() const override { return 0; }
};
