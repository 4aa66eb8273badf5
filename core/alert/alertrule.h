// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "query/query.h"
#include "record/record.h"

#include <QString>

#include <variant>

inline constexpr TimeNs kNsPerSecond = 1000000000;

/// The kinds of alert rule (see ALERTS.md for their semantics).
enum class AlertKind { Rate, Pattern, Anomaly, Absence };

/// Which side of a level raises an alert.
enum class AlertDirection { Above, Below, Both };

/// Rate threshold: matching records per second over the window
/// (now - window, now] compared with a threshold.
struct RateRule
{
    TimeNs window = 120 * kNsPerSecond;
    double threshold = 0;                      ///< records per second, > 0
    AlertDirection direction = AlertDirection::Above; ///< Above or Below
    double recover = 0;                        ///< recovery level (hysteresis); see AlertRuleDefaults
    TimeNs minDuration = 0;                    ///< a condition must hold this long before the state changes
};

/// Pattern: fires when count matches fall in (t - within, t].
struct PatternRule
{
    int count = 1;
    TimeNs within = 60 * kNsPerSecond;
    TimeNs cooldown = 0; ///< after firing, no new alert before this much time has passed
};

/// Anomaly: a bucket's count leaves median ± max(k·MAD, minDeviation) of the
/// previous `history` buckets.
struct AnomalyRule
{
    TimeNs bucket = 60 * kNsPerSecond;
    int history = 30;
    int minHistory = 10;
    double k = 3;
    double minDeviation = 1;
    AlertDirection direction = AlertDirection::Both;
};

/// Absence: no matching record for `after`.
struct AbsenceRule
{
    TimeNs after = 300 * kNsPerSecond;
};

/// One alert rule: a name, a compiled query and its kind's parameters.
/// Plain value; the Query is shared and immutable, so copies are cheap.
struct AlertRule
{
    QString name;
    QString queryText; ///< as written; empty: every record
    Query query;
    std::variant<RateRule, PatternRule, AnomalyRule, AbsenceRule> params;

    AlertKind kind() const { return static_cast<AlertKind>(params.index()); }
};

/// "rate", "pattern", "anomaly", "absence" (the rules file's names).
QString alertKindName(AlertKind kind);
/// "above", "below", "both".
QString alertDirectionName(AlertDirection direction);
