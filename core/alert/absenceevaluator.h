// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ruleevaluator.h"

/// Absence. Triggered at last + after, where last is the time of the last
/// match (or start() when none yet), when no match came at or before that
/// instant: a gap of exactly `after` does not trigger, a longer one does.
/// Recovered by the next match, at its time; the value is the seconds of
/// silence (after when triggered, the whole gap when recovered). The clock
/// is the engine's: log time when replaying, whatever AlertEngine::advanceTo
/// is given (the wall clock while following).
class AbsenceEvaluator final : public RuleEvaluator
{
public:
    AbsenceEvaluator(int rule, const AbsenceRule &params);

    void start(TimeNs time) override { m_last = time; }
    void add(TimeNs time, qint64 line, QByteArrayView text, AlertEvents &out) override;
    void advance(TimeNs to, AlertEvents &out) override;
    void settle(TimeNs now, AlertEvents &out) override;
    bool active() const override { return m_active; }
    double value() const override { return m_value; }

private:
    void triggerIf(bool due, AlertEvents &out);

    AbsenceRule m_params;
    TimeNs m_last = kNoTime;
    qint64 m_lastLine = -1;
    double m_value = 0;
    bool m_active = false;
};
