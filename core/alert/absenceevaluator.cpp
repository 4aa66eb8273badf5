// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "absenceevaluator.h"

namespace {
double seconds(TimeNs ns)
{
    return static_cast<double>(ns) / static_cast<double>(kNsPerSecond);
}
} // namespace

AbsenceEvaluator::AbsenceEvaluator(int rule, const AbsenceRule &params)
    : RuleEvaluator(rule)
    , m_params(params)
{
}

void AbsenceEvaluator::add(TimeNs time, qint64 line, QByteArrayView, AlertEvents &out)
{
    if (time == kNoTime)
        return;
    if (m_active) {
        m_active = false;
        m_value = seconds(time - m_last);
        out.push_back(event(AlertEventType::Recovered, time, m_value, line));
    }
    m_last = time;
    m_lastLine = line;
}

void AbsenceEvaluator::triggerIf(bool due, AlertEvents &out)
{
    if (m_active || m_last == kNoTime || !due)
        return;
    m_active = true;
    m_value = seconds(m_params.after);
    out.push_back(event(AlertEventType::Triggered, m_last + m_params.after, m_value, m_lastLine));
}

void AbsenceEvaluator::advance(TimeNs to, AlertEvents &out)
{
    triggerIf(m_last != kNoTime && m_last + m_params.after < to, out);
}

void AbsenceEvaluator::settle(TimeNs now, AlertEvents &out)
{
    triggerIf(m_last != kNoTime && m_last + m_params.after <= now, out);
}
