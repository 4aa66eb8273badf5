// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinemarker.h"

#include "timeline/histogram.h"

#include <QTimeZone>

#include "timelineqcp.h"

#include <array>
#include <optional>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

class TimelineTicker;

/// The timeline chart: a Histogram as bars stacked by level (levelColor()),
/// on a time axis in a zone (local or UTC), with a band for the span the
/// table shows, alert markers and the brush.
///
/// It draws and reports; it filters nothing. Mouse: a drag selects a time
/// range (rangeSelected(), snapped to the buckets); a click on a bar asks
/// for its first record (bucketClicked()); a double-click or Esc asks to
/// reset (resetRequested()); the wheel zooms the time axis around the
/// pointer and Ctrl+drag (or a middle-button drag) pans it
/// (viewRangeChanged(); the owner then supplies finer or coarser buckets).
/// Hovering a bar shows its time and counts per level in a plain-text tip.
/// Axis coordinates are UTC seconds since the epoch.
class TimelinePlot : public QCustomPlot
{
    Q_OBJECT

public:
    explicit TimelinePlot(QWidget *parent = nullptr);

    /// Shows @p histogram; keeps the time axis where it is. Without
    /// buckets the chart says that no matching record has a time.
    void setHistogram(const Histogram &histogram);
    const Histogram &histogram() const { return m_histogram; }
    /// Shows [@p from, @p to) on the time axis (UTC seconds).
    void setViewRange(double from, double to);
    QCPRange viewRange() const;
    void setTimeZone(const QTimeZone &zone);
    const QTimeZone &timeZone() const { return m_zone; }
    /// The band for the span the table shows; nothing: no band.
    void setBand(std::optional<std::pair<double, double>> span);
    std::optional<std::pair<double, double>> band() const { return m_bandSpan; }
    void setMarkers(const TimelineMarkers &markers);
    /// The hover tip's text for the bucket at @p utcSeconds (empty: none).
    QString tipText(double utcSeconds) const;
    QLabel *tip() const { return m_tip; }
    /// The pixel x of @p utcSeconds (for tests and the owner).
    double pixelFor(double utcSeconds) const;
    /// Redraws at the next event loop pass (coalesced).
    void scheduleReplot();

Q_SIGNALS:
    void rangeSelected(qint64 from, qint64 to);
    void bucketClicked(qint64 firstLine);
    void resetRequested();
    void viewRangeChanged();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class Drag { None, Brush, Pan };
    void setUpAxes();
    void applyColours();
    void showTip(const QPoint &pos);
    void finishBrush(double fromX, double toX);
    std::pair<qint64, qint64> snapped(double a, double b) const;

    Histogram m_histogram;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QSharedPointer<TimelineTicker> m_ticker;
    std::array<QCPBars *, kLevelCount> m_bars{};
    QCPItemRect *m_band;
    std::optional<std::pair<double, double>> m_bandSpan;
    QCPItemRect *m_brush;
    QCPItemText *m_empty;
    QList<QCPAbstractItem *> m_markerItems;
    QLabel *m_tip;
    Drag m_drag = Drag::None;
    QPoint m_pressPos;
    double m_pressKey = 0;
    QCPRange m_pressRange;
    bool m_replotQueued = false;
};
