// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rateevaluator.h"

#include <algorithm>
#include <limits>

namespace {
constexpr TimeNs kNever = std::numeric_limits<TimeNs>::max();
}

RateEvaluator::RateEvaluator(int rule, const RateRule &params)
    : RuleEvaluator(rule)
    , m_params(params)
{
}

void RateEvaluator::start(TimeNs time)
{
    m_warmAt = m_params.direction == AlertDirection::Below ? time + m_params.window : time;
}

void RateEvaluator::add(TimeNs time, qint64 line, QByteArrayView, AlertEvents &)
{
    if (time == kNoTime)
        return;
    if (!m_times.empty() && m_times.back().time == time)
        ++m_times.back().count;
    else
        m_times.push_back({time, 1});
    ++m_count;
    m_lastLine = line;
}

double RateEvaluator::value() const
{
    return static_cast<double>(m_count) * static_cast<double>(kNsPerSecond) / static_cast<double>(m_params.window);
}

bool RateEvaluator::conditionHolds() const
{
    const double v = value();
    const bool above = m_params.direction != AlertDirection::Below;
    if (!m_active)
        return above ? v > m_params.threshold : v < m_params.threshold;
    return above ? v <= m_params.recover : v >= m_params.recover;
}

TimeNs RateEvaluator::nextChange() const
{
    TimeNs next = m_times.empty() ? kNever : m_times.front().time + m_params.window;
    if (!m_warm && m_warmAt != kNoTime)
        next = std::min(next, m_warmAt);
    if (m_pendingSince != kNoTime)
        next = std::min(next, m_pendingSince + m_params.minDuration);
    return next;
}

void RateEvaluator::evaluate(TimeNs now, AlertEvents &out)
{
    while (!m_times.empty() && m_times.front().time <= now - m_params.window) {
        m_count -= m_times.front().count;
        m_times.pop_front();
    }
    if (m_warmAt == kNoTime || now < m_warmAt)
        return;
    m_warm = true;
    if (!conditionHolds()) {
        m_pendingSince = kNoTime;
        return;
    }
    if (m_pendingSince == kNoTime)
        m_pendingSince = now;
    if (now - m_pendingSince < m_params.minDuration)
        return;
    m_active = !m_active;
    m_pendingSince = kNoTime;
    out.push_back(event(m_active ? AlertEventType::Triggered : AlertEventType::Recovered, now, value(), m_lastLine));
}

void RateEvaluator::advance(TimeNs to, AlertEvents &out)
{
    for (TimeNs next = nextChange(); next < to; next = nextChange())
        evaluate(next, out);
}

void RateEvaluator::settle(TimeNs now, AlertEvents &out)
{
    evaluate(now, out);
}
