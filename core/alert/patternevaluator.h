// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ruleevaluator.h"

#include <deque>

/// Pattern. A match at t fires when at least count matches (itself
/// included, none already used by an earlier alert) fall in
/// (t - within, t] and no alert fired in (t - cooldown, t]. The event
/// carries the record's line and text; its value is the number of matches
/// in the group. Matches before any timestamp (kNoTime) fire only when
/// count is 1 and take no part in grouping.
class PatternEvaluator final : public RuleEvaluator
{
public:
    PatternEvaluator(int rule, const PatternRule &params);

    void start(TimeNs) override { }
    void add(TimeNs time, qint64 line, QByteArrayView text, AlertEvents &out) override;
    void advance(TimeNs, AlertEvents &) override { }
    void settle(TimeNs, AlertEvents &) override { }
    bool active() const override { return false; }
    double value() const override { return static_cast<double>(m_times.size()); }

private:
    bool coolingDown(TimeNs time) const;

    PatternRule m_params;
    std::deque<TimeNs> m_times; ///< unused matches in the group window
    TimeNs m_lastFired = kNoTime;
};
