// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinemarker.h"

#include "record/level.h"

#include <QElapsedTimer>
#include <QTimeZone>
#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

class TimelineLegend;
class TimelineModel;
class TimelinePlot;

/// A tab's timeline: the legend line and the chart (TimelinePlot) over a
/// TimelineModel (not owned), which counts the records of the current
/// filter over the whole file.
///
/// Until the user zooms or pans, the chart shows all the records; buckets
/// get a nice size for the span shown and the chart's width (about one bar
/// per 6 pixels), rebuilt from the model's counts without reading the file.
/// New counts (a scan's chunks, appended lines while following) redraw at
/// most 4 times per second; the end of a full scan (a new query) redraws at
/// once. The widget edits no query: it asks its owner
/// (rangeSelected(), resetRequested(), levelClicked(), lineRequested()).
class TimelineWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineWidget(TimelineModel *model, QWidget *parent = nullptr);

    /// Times in UTC instead of the local zone (axis, buckets, brushed range).
    void setUtc(bool utc);
    bool isUtc() const { return m_utc; }
    QTimeZone zone() const;

    /// Marks the span the table shows; nothing: no band.
    void setBand(std::optional<std::pair<TimeNs, TimeNs>> span);
    /// Alert markers (replaces the previous ones).
    void setMarkers(const TimelineMarkers &markers);
    const TimelineMarkers &markers() const { return m_markers; }
    /// Whether @p level is switched on in the filter bar.
    void setLevelShown(Level level, bool shown);
    /// Shows all the records again (after a zoom or pan).
    void resetZoom();
    /// Rebuilds the chart now instead of at the next throttled update.
    void refresh();

    TimelinePlot *plot() const { return m_plot; }
    TimelineLegend *legend() const { return m_legend; }

    static constexpr int kRedrawIntervalMs = 250;

Q_SIGNALS:
    /// The user brushed [from, to) (UTC seconds).
    void rangeSelected(qint64 from, qint64 to);
    /// Double-click or Esc on the chart: drop the brushed range.
    void resetRequested();
    /// A bar was clicked: show this 0-based file line.
    void lineRequested(qint64 line);
    void levelClicked(Level level);
    /// The "UTC" choice of the context menu changed.
    void utcChanged(bool utc);
    /// The chart was rebuilt from the model's counts (refresh()).
    void redrawn();

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void scheduleRefresh();
    void refreshSoon();
    int maxBuckets() const;

    TimelineModel *m_model;
    TimelineLegend *m_legend;
    TimelinePlot *m_plot;
    QTimer *m_throttle;
    QElapsedTimer m_lastRefresh;
    bool m_utc = false;
    bool m_autoFit = true;
    TimelineMarkers m_markers;
};
