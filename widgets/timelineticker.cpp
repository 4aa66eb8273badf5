// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineticker.h"

#include "timeline/timegrid.h"

#include <cmath>

double TimelineTicker::getTickStep(const QCPRange &range)
{
    const auto span = static_cast<qint64>(std::ceil(range.size()));
    const int ticks = std::max(2, tickCount());
    m_step = TimeGrid::chooseSize(span, ticks);
    if (m_step == TimeGrid::kSizes.back() && span / m_step > ticks)
        m_step = 86400 * ((span / 86400 + ticks - 1) / ticks); // whole days
    return static_cast<double>(m_step);
}

int TimelineTicker::getSubTickCount(double)
{
    return 0;
}

QVector<double> TimelineTicker::createTickVector(double, const QCPRange &range)
{
    QVector<double> ticks;
    const qint64 days = m_step > 86400 ? m_step / 86400 : 1;
    const TimeGrid grid(std::min<qint64>(m_step, 86400), m_zone);
    const auto last = static_cast<qint64>(std::floor(range.upper));
    qint64 start = grid.floor(static_cast<qint64>(std::floor(range.lower)));
    for (int guard = 0; start <= last && guard < 1000; ++guard, start = grid.next(start)) {
        if (days > 1 && (QDateTime::fromSecsSinceEpoch(start, m_zone).date().toJulianDay() % days) != 0)
            continue;
        if (static_cast<double>(start) >= range.lower)
            ticks.append(static_cast<double>(start));
    }
    return ticks;
}

QString TimelineTicker::getTickLabel(double tick, const QLocale &locale, QChar, int)
{
    const QDateTime time = QDateTime::fromSecsSinceEpoch(static_cast<qint64>(tick), m_zone);
    if (m_step >= 86400 || time.time() == QTime(0, 0))
        return locale.toString(time.date(), QStringLiteral("d MMM"));
    return locale.toString(time.time(), m_step < 60 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
}
