// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertrule.h"

#include <QJsonObject>
#include <QSet>
#include <QString>

#include <optional>

/// Reads the fields of one rule object for AlertRulesLoader, with
/// defaults. Keeps the first error (field and translated message) and
/// returns defaults after it, so parsing reads straight through. Remembers
/// the fields it read, for checkUnknown().
class RuleFieldReader
{
public:
    struct Error
    {
        QString field;
        QString message;
    };

    explicit RuleFieldReader(const QJsonObject &object);

    QString name();
    std::optional<AlertKind> kind();
    /// An optional string field; empty when absent.
    QString string(const QString &key);
    /// The kind's parameters, defaults filled in.
    std::variant<RateRule, PatternRule, AnomalyRule, AbsenceRule> params(AlertKind kind);
    /// Fails on a field no read asked for.
    void checkUnknown();

    const std::optional<Error> &error() const { return m_error; }

private:
    RateRule rate();
    PatternRule pattern();
    AnomalyRule anomaly();
    AbsenceRule absence();

    /// Seconds > 0 (or >= 0 when @p allowZero), as nanoseconds.
    TimeNs seconds(const QString &key, double fallback, bool allowZero = false);
    /// A number > 0 (or >= 0 when @p allowZero); @p required: no default.
    double number(const QString &key, double fallback, bool allowZero = false, bool required = false);
    int integer(const QString &key, int fallback, int minimum);
    AlertDirection direction(const QString &key, AlertDirection fallback, bool allowBoth);
    QJsonValue take(const QString &key);
    void fail(const QString &field, const QString &message);

    QJsonObject m_object;
    QSet<QString> m_read;
    std::optional<Error> m_error;
};
