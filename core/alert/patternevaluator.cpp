// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "patternevaluator.h"

namespace {
constexpr qsizetype kMaxTextBytes = 1000;
}

PatternEvaluator::PatternEvaluator(int rule, const PatternRule &params)
    : RuleEvaluator(rule)
    , m_params(params)
{
}

bool PatternEvaluator::coolingDown(TimeNs time) const
{
    return m_lastFired != kNoTime && time != kNoTime && time - m_lastFired < m_params.cooldown;
}

void PatternEvaluator::add(TimeNs time, qint64 line, QByteArrayView text, AlertEvents &out)
{
    double count = 1;
    if (time == kNoTime) {
        if (m_params.count > 1)
            return;
    } else {
        m_times.push_back(time);
        while (m_times.front() <= time - m_params.within && m_times.size() > 1)
            m_times.pop_front();
        if (m_times.size() < static_cast<std::size_t>(m_params.count) || coolingDown(time))
            return;
        count = static_cast<double>(m_times.size());
        m_times.clear();
        m_lastFired = time;
    }
    AlertEvent e = event(AlertEventType::Fired, time, count, line);
    e.text = text.left(kMaxTextBytes).toByteArray();
    out.push_back(std::move(e));
}
