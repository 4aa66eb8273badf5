// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelinemodel.h"

#include "index/logfile.h"

TimelineModel::TimelineModel(LogFile *file, QObject *parent)
    : QObject(parent)
    , m_file(file)
    , m_runner(file)
{
    setScanOptions({});
    connect(&m_runner, &FilterRunner::chunkArrived, this, &TimelineModel::onChunk);
    connect(&m_runner, &FilterRunner::finished, this, &TimelineModel::scanFinished);
    connect(&m_runner, &FilterRunner::restarted, this, [this] {
        m_counts.clear();
        Q_EMIT countsChanged();
    });
    connect(file, &LogFile::indexingFinished, this, &TimelineModel::startWhenIndexed);
}

void TimelineModel::setScanOptions(const FilterOptions &options)
{
    FilterOptions timeline = options;
    timeline.collectTimeline = true;
    timeline.collectStats = false;
    timeline.collectRanges = false;
    timeline.buildIndex = false;
    m_runner.setOptions(timeline);
}

void TimelineModel::setQuery(const Query &query)
{
    m_query = query;
    m_pending = true;
    if (!m_file->isIndexing() || m_runner.isActive())
        startWhenIndexed(); // once scanning, a new query need not wait
}

void TimelineModel::startWhenIndexed()
{
    if (!m_pending)
        return;
    m_pending = false;
    m_runner.start(m_query);
}

void TimelineModel::onChunk(const FilterChunk &chunk)
{
    if (chunk.timeline.isEmpty())
        return;
    m_counts.merge(chunk.timeline);
    Q_EMIT countsChanged();
}

Histogram TimelineModel::histogram(qint64 bucketSeconds, const QTimeZone &zone, qint64 from, qint64 to) const
{
    return Histogram::build(m_counts, TimeGrid(std::max(bucketSeconds, m_counts.resolution()), zone), from, to);
}
