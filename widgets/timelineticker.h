// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimeZone>

#include "timelineqcp.h"

/// Time axis ticks on round wall-clock times of a zone (local or UTC):
/// every 10 s, 1 min, 30 min, 3 h, a day... (TimeGrid boundaries, so hour
/// ticks sit on full local hours also in zones like +05:30). Labels show
/// the time, and the date at midnight. Axis coordinates: UTC seconds.
class TimelineTicker : public QCPAxisTicker
{
public:
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    const QTimeZone &timeZone() const { return m_zone; }

protected:
    double getTickStep(const QCPRange &range) override;
    int getSubTickCount(double tickStep) override;
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar, int precision) override;
    QVector<double> createTickVector(double tickStep, const QCPRange &range) override;

private:
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    qint64 m_step = 60;
};
