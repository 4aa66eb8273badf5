// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertrule.h"

#include <QString>

#include <vector>

/// What happened to a rule.
enum class AlertEventType {
    Triggered, ///< rate, anomaly, absence: the rule entered the alert state
    Recovered, ///< ... and left it
    Fired,     ///< pattern: a one-shot alert
};

/// "triggered", "recovered", "fired".
QString alertEventTypeName(AlertEventType type);

/// One alert event. Plain value.
struct AlertEvent
{
    int rule = -1;     ///< index into the engine's rules
    QString ruleName;
    AlertKind kind = AlertKind::Rate;
    AlertEventType type = AlertEventType::Fired;
    TimeNs time = kNoTime; ///< engine time of the event (UTC ns); kNoTime only for a pattern fired before any timestamp
    /// rate: records per second over the window; pattern: matches counted
    /// for this alert; anomaly: the bucket's count; absence: seconds of silence.
    double value = 0;
    qint64 line = -1;  ///< 1-based line of the record behind the event, -1 when none
    QByteArray text;   ///< pattern: the record's first line (at most 1000 bytes)
};

using AlertEvents = std::vector<AlertEvent>;
