// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ruleevaluator.h"

#include <deque>

/// Anomaly. Time is cut into buckets [n·bucket, (n+1)·bucket) of UTC
/// nanoseconds (no local time, so DST changes nothing). A bucket closes at
/// its end; its count is compared with the median and the median absolute
/// deviation (MAD) of the previous closed buckets (at most history): it is
/// anomalous when |count - median| > max(k·MAD, minDeviation) on the rule's
/// side (above, below, both). Buckets are judged only once minHistory
/// buckets are known; the bucket the clock starts in is partial and is
/// neither judged nor part of the baseline. Every judged bucket joins the
/// baseline. Triggered at the end of the first anomalous bucket, recovered
/// at the end of the next normal one; the value is the bucket's count.
/// Memory: history doubles.
class AnomalyEvaluator final : public RuleEvaluator
{
public:
    AnomalyEvaluator(int rule, const AnomalyRule &params);

    void start(TimeNs time) override;
    void add(TimeNs time, qint64 line, QByteArrayView text, AlertEvents &out) override;
    void advance(TimeNs to, AlertEvents &out) override;
    void settle(TimeNs now, AlertEvents &out) override;
    bool active() const override { return m_active; }
    double value() const override { return m_lastValue; }

    /// The median of @p values (not empty); exposed for tests.
    static double median(std::vector<double> values);

private:
    qint64 bucketOf(TimeNs time) const;
    /// Closes every bucket that ends at or before @p time.
    void closeUntil(TimeNs time, AlertEvents &out);
    void closeBucket(AlertEvents &out);
    bool anomalous(double count) const;

    AnomalyRule m_params;
    std::deque<double> m_history;
    qint64 m_bucket = 0;     ///< index of the open bucket
    qint64 m_skipBucket = 0; ///< the partial first bucket
    bool m_started = false;
    double m_count = 0;      ///< matches in the open bucket
    double m_lastValue = 0;
    qint64 m_lastLine = -1;
    bool m_active = false;
};
