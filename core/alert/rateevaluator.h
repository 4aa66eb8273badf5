// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ruleevaluator.h"

#include <deque>

/// Rate threshold. The value at instant x is the number of matches in
/// (x - window, x] divided by the window in seconds: a match at t counts
/// for t <= x < t + window. Above: triggered when value > threshold,
/// recovered when value <= recover. Below: triggered when value <
/// threshold, recovered when value >= recover, and only once a whole window
/// has passed since start() (before that the value is not yet known).
/// A state change happens when its condition has held at every change
/// of the value for minDuration; the event's time is then start of the
/// condition + minDuration. Memory: 16 bytes per distinct match time in the
/// window (logs with second resolution: per second).
class RateEvaluator final : public RuleEvaluator
{
public:
    RateEvaluator(int rule, const RateRule &params);

    void start(TimeNs time) override;
    void add(TimeNs time, qint64 line, QByteArrayView text, AlertEvents &out) override;
    void advance(TimeNs to, AlertEvents &out) override;
    void settle(TimeNs now, AlertEvents &out) override;
    bool active() const override { return m_active; }
    double value() const override;

private:
    void evaluate(TimeNs now, AlertEvents &out);
    bool conditionHolds() const;
    TimeNs nextChange() const;

    RateRule m_params;
    struct Instant
    {
        TimeNs time;
        qint64 count;
    };
    std::deque<Instant> m_times; ///< matches in the window per time, oldest first
    qint64 m_count = 0;          ///< matches in the window
    TimeNs m_warmAt = kNoTime;  ///< when the value becomes known: start (Above), start + window (Below)
    bool m_warm = false;        ///< m_warmAt has passed
    TimeNs m_pendingSince = kNoTime; ///< the condition for a state change holds since
    qint64 m_lastLine = -1;
    bool m_active = false;
};
