// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelinemodel.h"

#include "model/filteredmodel.h"

TimelineModel::TimelineModel(const FilteredModel *filtered, QObject *parent)
    : QObject(parent)
    , m_filtered(filtered)
{
    follow(filtered->countScan(), m_all, m_allDone, false);
    follow(filtered->queryScan(), m_matches, m_matchesDone, true);
    connect(filtered, &FilteredModel::queryScanStarted, this, &TimelineModel::onQueryScanStarted);
}

bool TimelineModel::showsMatches() const
{
    return m_filtered->queryScan().isActive();
}

bool TimelineModel::isScanning() const
{
    return showsMatches() ? !m_matchesDone || m_filtered->queryScan().isScanning()
                          : !m_allDone || m_filtered->countScan().isScanning();
}

void TimelineModel::follow(const FilterRunner &scan, TimeCounts &counts, bool &done, bool shownWithQuery)
{
    const auto shown = [this, shownWithQuery] { return showsMatches() == shownWithQuery; };
    connect(&scan, &FilterRunner::restarted, this, [this, &counts, &done, shown] {
        counts.clear();
        done = false;
        if (shown())
            Q_EMIT countsChanged();
    });
    connect(&scan, &FilterRunner::chunkArrived, this, [this, &counts, shown](const FilterChunk &chunk) {
        if (chunk.timeline.isEmpty())
            return;
        counts.merge(chunk.timeline);
        if (shown())
            Q_EMIT countsChanged();
    });
    connect(&scan, &FilterRunner::finished, this, [this, &done, shown] {
        const bool full = !done;
        done = true;
        if (shown())
            Q_EMIT scanFinished(full);
    });
}

void TimelineModel::onQueryScanStarted()
{
    m_matches.clear();
    m_matchesDone = false;
    Q_EMIT countsChanged();
    if (!isScanning())
        Q_EMIT scanFinished(true); // back to every record, counted already
}

Histogram TimelineModel::histogram(qint64 bucketSeconds, const QTimeZone &zone, qint64 from, qint64 to) const
{
    const TimeCounts &shown = counts();
    return Histogram::build(shown, TimeGrid(std::max(bucketSeconds, shown.resolution()), zone), from, to);
}
