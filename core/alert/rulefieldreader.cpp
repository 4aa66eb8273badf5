// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rulefieldreader.h"

#include "alertrulesloader.h"

#include <cmath>

namespace {
constexpr double kMaxSeconds = 10.0 * 366 * 86400; // ten years: no overflow in ns
}

RuleFieldReader::RuleFieldReader(const QJsonObject &object)
    : m_object(object)
{
}

void RuleFieldReader::fail(const QString &field, const QString &message)
{
    if (!m_error)
        m_error = Error{field, message};
}

QJsonValue RuleFieldReader::take(const QString &key)
{
    m_read.insert(key);
    return m_object.value(key);
}

QString RuleFieldReader::name()
{
    const QJsonValue value = take(QStringLiteral("name"));
    if (!value.isString() || value.toString().trimmed().isEmpty())
        fail(QStringLiteral("name"), AlertRulesLoader::tr("“name” must be a non-empty string"));
    return value.toString().trimmed();
}

std::optional<AlertKind> RuleFieldReader::kind()
{
    const QString text = take(QStringLiteral("kind")).toString();
    for (AlertKind kind : {AlertKind::Rate, AlertKind::Pattern, AlertKind::Anomaly, AlertKind::Absence}) {
        if (text == alertKindName(kind))
            return kind;
    }
    fail(QStringLiteral("kind"), AlertRulesLoader::tr("“kind” must be one of rate, pattern, anomaly, absence"));
    return std::nullopt;
}

QString RuleFieldReader::string(const QString &key)
{
    const QJsonValue value = take(key);
    if (!value.isUndefined() && !value.isString())
        fail(key, AlertRulesLoader::tr("“%1” must be a string").arg(key));
    return value.toString();
}

void RuleFieldReader::checkUnknown()
{
    take(QStringLiteral("description"));
    for (const QString &key : m_object.keys()) {
        if (!m_read.contains(key))
            fail(key, AlertRulesLoader::tr("unknown field “%1” for this kind of rule").arg(key));
    }
}

double RuleFieldReader::number(const QString &key, double fallback, bool allowZero, bool required)
{
    const QJsonValue value = take(key);
    if (value.isUndefined() && !required)
        return fallback;
    const double n = value.toDouble(-1);
    if (!value.isDouble() || !std::isfinite(n) || n < 0 || (n == 0 && !allowZero)) {
        fail(key, allowZero ? AlertRulesLoader::tr("“%1” must be a number, zero or more").arg(key)
                            : AlertRulesLoader::tr("“%1” must be a positive number").arg(key));
        return fallback;
    }
    return n;
}

TimeNs RuleFieldReader::seconds(const QString &key, double fallback, bool allowZero)
{
    double s = number(key, fallback, allowZero);
    if (s > kMaxSeconds) {
        fail(key, AlertRulesLoader::tr("“%1” must be at most %2 seconds").arg(key).arg(kMaxSeconds, 0, 'f', 0));
        s = fallback;
    }
    return std::llround(s * static_cast<double>(kNsPerSecond));
}

int RuleFieldReader::integer(const QString &key, int fallback, int minimum)
{
    const QJsonValue value = take(key);
    if (value.isUndefined())
        return fallback;
    const double n = value.toDouble(-1);
    if (!value.isDouble() || n != std::floor(n) || n < minimum || n > 1000000) {
        fail(key, AlertRulesLoader::tr("“%1” must be a whole number from %2 to 1000000").arg(key).arg(minimum));
        return fallback;
    }
    return static_cast<int>(n);
}

AlertDirection RuleFieldReader::direction(const QString &key, AlertDirection fallback, bool allowBoth)
{
    const QJsonValue value = take(key);
    if (value.isUndefined())
        return fallback;
    const QString text = value.toString();
    if (text == u"above")
        return AlertDirection::Above;
    if (text == u"below")
        return AlertDirection::Below;
    if (text == u"both" && allowBoth)
        return AlertDirection::Both;
    fail(key, allowBoth ? AlertRulesLoader::tr("“%1” must be above, below or both").arg(key)
                        : AlertRulesLoader::tr("“%1” must be above or below").arg(key));
    return fallback;
}

std::variant<RateRule, PatternRule, AnomalyRule, AbsenceRule> RuleFieldReader::params(AlertKind kind)
{
    switch (kind) {
    case AlertKind::Rate:
        return rate();
    case AlertKind::Pattern:
        return pattern();
    case AlertKind::Anomaly:
        return anomaly();
    case AlertKind::Absence:
        return absence();
    }
    return RateRule{};
}

RateRule RuleFieldReader::rate()
{
    RateRule p;
    p.window = seconds(QStringLiteral("window"), 120);
    p.threshold = number(QStringLiteral("threshold"), 1, false, true);
    p.direction = direction(QStringLiteral("direction"), AlertDirection::Above, false);
    const bool above = p.direction == AlertDirection::Above;
    p.recover = number(QStringLiteral("recover"), p.threshold * (above ? 0.9 : 1.1), true);
    if (above && p.recover > p.threshold)
        fail(QStringLiteral("recover"), AlertRulesLoader::tr("“recover” must not be above the threshold of a rule with direction above"));
    if (!above && p.recover < p.threshold)
        fail(QStringLiteral("recover"), AlertRulesLoader::tr("“recover” must not be below the threshold of a rule with direction below"));
    p.minDuration = seconds(QStringLiteral("minDuration"), 0, true);
    return p;
}

PatternRule RuleFieldReader::pattern()
{
    PatternRule p;
    p.count = integer(QStringLiteral("count"), 1, 1);
    p.within = seconds(QStringLiteral("within"), 60);
    p.cooldown = seconds(QStringLiteral("cooldown"), 0, true);
    return p;
}

AnomalyRule RuleFieldReader::anomaly()
{
    AnomalyRule p;
    p.bucket = seconds(QStringLiteral("bucket"), 60);
    p.history = integer(QStringLiteral("history"), 30, 3);
    p.minHistory = integer(QStringLiteral("minHistory"), std::min(10, p.history), 1);
    if (p.minHistory > p.history)
        fail(QStringLiteral("minHistory"), AlertRulesLoader::tr("“minHistory” must not be more than “history”"));
    p.k = number(QStringLiteral("k"), 3);
    p.minDeviation = number(QStringLiteral("minDeviation"), 1, true);
    p.direction = direction(QStringLiteral("direction"), AlertDirection::Both, true);
    return p;
}

AbsenceRule RuleFieldReader::absence()
{
    AbsenceRule p;
    p.after = seconds(QStringLiteral("after"), 300);
    return p;
}
