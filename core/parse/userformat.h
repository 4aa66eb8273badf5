// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parse/logformat.h"
#include "parse/timepattern.h"

#include <QHash>
#include <QRegularExpression>

/// A format a user defined in a JSON file (see USER_FORMATS.md): a regular
/// expression with named groups, a timestamp layout and a level mapping.
///
/// Groups "time", "level" and "message" feed the record; every named group
/// becomes a field; the group named by `source` (or one called "source",
/// "logger", "host", "program" or "service") is also exposed as "source".
/// Lines the regex does not match continue the record above.
/// The regex runs on every call, so the fast path allocates (a QString per
/// line): user formats are slower than built-ins.
class UserFormat final : public LogFormat
{
public:
    struct Definition
    {
        QString name;
        QString description;
        QRegularExpression regex;
        TimePattern timestamp;
        QHash<QByteArray, Level> levels; ///< upper-cased value -> level
        QString sourceGroup;
        int specificity = 95;
    };

    explicit UserFormat(Definition definition);

    QString name() const override { return m_def.name; }
    QString description() const override { return m_def.description; }
    bool parse(QByteArrayView line, Record &out, const TimeContext &ctx) const override;
    bool extractTimeLevel(QByteArrayView line, TimeNs &time, Level &level, const TimeContext &ctx) const override;
    bool startsRecord(QByteArrayView line) const override;
    int specificity() const override { return m_def.specificity; }

private:
    Level mapLevel(QByteArrayView text) const;
    QRegularExpressionMatch match(QByteArrayView line) const;
    void timeLevelFrom(const QRegularExpressionMatch &m, TimeNs &time, Level &level, const TimeContext &ctx) const;

    Definition m_def;
    QStringList m_groups; ///< named groups, index = capture number
};
