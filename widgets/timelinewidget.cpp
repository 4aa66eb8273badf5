// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinewidget.h"

#include "timelinelegend.h"
#include "timelineplot.h"

#include "timeline/timelinemodel.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

TimelineWidget::TimelineWidget(TimelineModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_legend(new TimelineLegend(this))
    , m_plot(new TimelinePlot(this))
    , m_throttle(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_legend);
    layout->addWidget(m_plot, 1);
    setMinimumHeight(70);
    m_throttle->setSingleShot(true);
    connect(m_throttle, &QTimer::timeout, this, &TimelineWidget::refresh);
    connect(model, &TimelineModel::countsChanged, this, &TimelineWidget::scheduleRefresh);
    // The end of a full scan shows at once; appended lines at most 4 times a second.
    connect(model, &TimelineModel::scanFinished, this, [this](bool full) { full ? refresh() : refreshSoon(); });
    connect(m_plot, &TimelinePlot::viewRangeChanged, this, [this] {
        m_autoFit = false;
        refresh();
    });
    connect(m_plot, &TimelinePlot::rangeSelected, this, [this](qint64 from, qint64 to) {
        m_autoFit = true; // the filtered records fill the chart
        Q_EMIT rangeSelected(from, to);
    });
    connect(m_plot, &TimelinePlot::resetRequested, this, [this] {
        resetZoom();
        Q_EMIT resetRequested();
    });
    connect(m_plot, &TimelinePlot::bucketClicked, this, &TimelineWidget::lineRequested);
    connect(m_legend, &TimelineLegend::levelClicked, this, &TimelineWidget::levelClicked);
    setUtc(false);
}

QTimeZone TimelineWidget::zone() const
{
    return m_utc ? QTimeZone(QTimeZone::UTC) : QTimeZone::systemTimeZone();
}

void TimelineWidget::setUtc(bool utc)
{
    const bool changed = utc != m_utc;
    m_utc = utc;
    m_plot->setTimeZone(zone());
    refresh();
    if (changed)
        Q_EMIT utcChanged(utc);
}

void TimelineWidget::setBand(std::optional<std::pair<TimeNs, TimeNs>> span)
{
    if (!span) {
        m_plot->setBand(std::nullopt);
        return;
    }
    m_plot->setBand(std::pair(static_cast<double>(span->first) / 1e9, static_cast<double>(span->second) / 1e9));
}

void TimelineWidget::setMarkers(const TimelineMarkers &markers)
{
    m_markers = markers;
    m_plot->setMarkers(markers);
}

void TimelineWidget::setLevelShown(Level level, bool shown)
{
    m_legend->setLevelShown(level, shown);
}

void TimelineWidget::resetZoom()
{
    m_autoFit = true;
    refresh();
}

void TimelineWidget::scheduleRefresh()
{
    if (!m_throttle->isActive())
        m_throttle->start(kRedrawIntervalMs);
}

void TimelineWidget::refreshSoon()
{
    const qint64 since = m_lastRefresh.isValid() ? m_lastRefresh.elapsed() : kRedrawIntervalMs;
    if (since >= kRedrawIntervalMs)
        refresh();
    else
        m_throttle->start(static_cast<int>(kRedrawIntervalMs - since));
}

int TimelineWidget::maxBuckets() const
{
    const int width = m_plot->axisRect()->width() > 50 ? m_plot->axisRect()->width() : m_plot->width() - 60;
    return std::clamp(width / 6, 10, 400);
}

void TimelineWidget::refresh()
{
    m_throttle->stop();
    m_lastRefresh.start();
    const TimeCounts &counts = m_model->counts();
    const std::vector<TimeSlot> &slots = counts.slots();
    std::array<qint64, kLevelCount> totals = counts.untimed();
    for (const TimeSlot &slot : slots) {
        for (std::size_t i = 0; i < totals.size(); ++i)
            totals[i] += slot.counts[i];
    }
    m_legend->setCounts(totals);
    Histogram histogram;
    if (m_autoFit) {
        const qint64 span = slots.empty() ? 0 : slots.back().second + counts.resolution() - slots.front().second;
        histogram = m_model->histogram(TimeGrid::chooseSize(span, maxBuckets()), zone());
        if (!histogram.buckets.empty()) {
            const auto pad = static_cast<double>(histogram.bucketSeconds) * 0.5;
            m_plot->setViewRange(static_cast<double>(histogram.buckets.front().start) - pad,
                                 static_cast<double>(histogram.buckets.back().end) + pad);
        }
    } else {
        const QCPRange range = m_plot->viewRange();
        const auto from = static_cast<qint64>(std::floor(range.lower));
        const auto to = static_cast<qint64>(std::ceil(range.upper));
        histogram = m_model->histogram(TimeGrid::chooseSize(to - from, maxBuckets()), zone(), from, to);
    }
    m_legend->setSummary(histogram.buckets.empty() ? 0 : histogram.bucketSeconds, counts.untimedTotal());
    m_plot->setHistogram(histogram);
    Q_EMIT redrawn();
}

void TimelineWidget::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *utc = menu.addAction(tr("Times in &UTC"));
    utc->setCheckable(true);
    utc->setChecked(m_utc);
    connect(utc, &QAction::toggled, this, &TimelineWidget::setUtc);
    menu.addAction(tr("&Show All Records"), this, [this] {
        resetZoom();
        Q_EMIT resetRequested();
    });
    menu.exec(event->globalPos());
}
