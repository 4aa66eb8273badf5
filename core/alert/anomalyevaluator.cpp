// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "anomalyevaluator.h"

#include <algorithm>
#include <cmath>

AnomalyEvaluator::AnomalyEvaluator(int rule, const AnomalyRule &params)
    : RuleEvaluator(rule)
    , m_params(params)
{
}

qint64 AnomalyEvaluator::bucketOf(TimeNs time) const
{
    qint64 index = time / m_params.bucket;
    if (time % m_params.bucket < 0)
        --index;
    return index;
}

void AnomalyEvaluator::start(TimeNs time)
{
    m_started = true;
    m_bucket = bucketOf(time);
    m_skipBucket = time % m_params.bucket == 0 ? m_bucket - 1 : m_bucket;
}

double AnomalyEvaluator::median(std::vector<double> values)
{
    const std::size_t mid = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(mid), values.end());
    const double upper = values[mid];
    if (values.size() % 2 == 1)
        return upper;
    const double lower = *std::max_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(mid));
    return (lower + upper) / 2;
}

bool AnomalyEvaluator::anomalous(double count) const
{
    std::vector<double> values(m_history.begin(), m_history.end());
    const double center = median(values);
    for (double &v : values)
        v = std::abs(v - center);
    const double band = std::max(m_params.k * median(values), m_params.minDeviation);
    const bool high = count - center > band;
    const bool low = center - count > band;
    switch (m_params.direction) {
    case AlertDirection::Above:
        return high;
    case AlertDirection::Below:
        return low;
    case AlertDirection::Both:
        break;
    }
    return high || low;
}

void AnomalyEvaluator::closeBucket(AlertEvents &out)
{
    const double count = m_count;
    const bool judged = m_bucket != m_skipBucket;
    if (judged && static_cast<int>(m_history.size()) >= m_params.minHistory) {
        m_lastValue = count;
        if (anomalous(count) != m_active) {
            m_active = !m_active;
            out.push_back(event(m_active ? AlertEventType::Triggered : AlertEventType::Recovered,
                                (m_bucket + 1) * m_params.bucket, count, m_lastLine));
        }
    }
    if (judged) {
        m_history.push_back(count);
        if (static_cast<int>(m_history.size()) > m_params.history)
            m_history.pop_front();
    }
    m_count = 0;
    ++m_bucket;
}

void AnomalyEvaluator::closeUntil(TimeNs time, AlertEvents &out)
{
    if (!m_started)
        return;
    const qint64 target = bucketOf(time); // the bucket that stays open
    // After history + 1 empty buckets the baseline is all zeros and the
    // state is settled: skip the rest of a long gap in one step.
    qint64 emptyRun = 0;
    while (m_bucket < target) {
        if (m_count == 0 && ++emptyRun > m_params.history + 1 && !m_active) {
            m_bucket = target;
            break;
        }
        closeBucket(out);
    }
}

void AnomalyEvaluator::add(TimeNs time, qint64 line, QByteArrayView, AlertEvents &out)
{
    if (time == kNoTime)
        return;
    closeUntil(time, out);
    m_count += 1;
    m_lastLine = line;
}

void AnomalyEvaluator::advance(TimeNs to, AlertEvents &out)
{
    closeUntil(to, out);
}

void AnomalyEvaluator::settle(TimeNs now, AlertEvents &out)
{
    closeUntil(now, out);
}
