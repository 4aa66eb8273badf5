// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineplot.h"

#include "levelcolors.h"
#include "timelineticker.h"

#include "parse/levelnames.h"

#include <QFontMetrics>
#include <QLabel>
#include <QLocale>

#include <cmath>

namespace {

/// Bottom to top: the severe levels form the base line, so bursts stand out.
constexpr std::array<Level, kLevelCount> kStackOrder{Level::Fatal, Level::Critical, Level::Error,
                                                     Level::Warn,  Level::Notice,   Level::Info,
                                                     Level::Debug, Level::Trace,    Level::Unknown};
constexpr int kDragThreshold = 4;
constexpr double kMinSpanSeconds = 10;
constexpr double kMaxSpanSeconds = 400.0 * 86400; // zooming out stops at about 400 daily bars

QColor withAlpha(QColor colour, int alpha)
{
    colour.setAlpha(alpha);
    return colour;
}

} // namespace

TimelinePlot::TimelinePlot(QWidget *parent)
    : QCustomPlot(parent)
    , m_ticker(new TimelineTicker)
    , m_tip(new QLabel(this, Qt::ToolTip))
{
    setUpAxes();
    addLayer(QStringLiteral("band"), layer(QStringLiteral("grid")), QCustomPlot::limAbove);
    addLayer(QStringLiteral("marks"), layer(QStringLiteral("main")), QCustomPlot::limAbove);
    QCPBars *below = nullptr;
    for (Level level : kStackOrder) {
        auto *bars = new QCPBars(xAxis, yAxis);
        bars->setName(QString::fromLatin1(levelName(level)));
        bars->setWidthType(QCPBars::wtPlotCoords);
        bars->setStackingGap(0);
        bars->setPen(Qt::NoPen);
        bars->setBrush(levelColor(level));
        bars->setAntialiased(false);
        if (below)
            bars->moveAbove(below);
        below = bars;
        m_bars[static_cast<std::size_t>(level)] = bars;
    }
    m_band = new QCPItemRect(this);
    m_band->setLayer(QStringLiteral("band"));
    m_brush = new QCPItemRect(this);
    m_brush->setLayer(QStringLiteral("marks"));
    for (QCPItemRect *rect : {m_band, m_brush}) {
        rect->setClipToAxisRect(true);
        rect->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
        rect->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
        rect->setVisible(false);
    }
    m_empty = new QCPItemText(this);
    m_empty->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_empty->position->setCoords(0.5, 0.45);
    m_empty->setText(tr("No matching record has a time"));
    m_empty->setVisible(false);
    m_tip->setTextFormat(Qt::PlainText);
    m_tip->setMargin(5);
    m_tip->setForegroundRole(QPalette::ToolTipText);
    m_tip->setBackgroundRole(QPalette::ToolTipBase);
    m_tip->setAutoFillBackground(true);
    setMouseTracking(true);
    setFocusPolicy(Qt::ClickFocus);
    setNoAntialiasingOnDrag(true);
    applyColours();
}

void TimelinePlot::setUpAxes()
{
    m_ticker->setTimeZone(m_zone);
    xAxis->setTicker(m_ticker);
    auto counts = QSharedPointer<QCPAxisTickerFixed>::create();
    counts->setTickStep(1.0);
    counts->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    counts->setTickCount(3);
    yAxis->setTicker(counts);
    yAxis->setNumberFormat(QStringLiteral("f"));
    yAxis->setNumberPrecision(0);
    yAxis->setSubTicks(false);
    xAxis->setSubTicks(false);
    xAxis->grid()->setVisible(false);
    yAxis->setRange(0, 1);
    xAxis->setRange(0, 3600);
    axisRect()->setAutoMargins(QCP::msLeft | QCP::msBottom);
    for (QCPAxis *axis : {xAxis, yAxis}) {
        axis->setTickLengthIn(0);
        axis->setTickLengthOut(3);
        axis->setPadding(2);
        axis->setTickLabelPadding(3);
    }
    yAxis->setBasePen(Qt::NoPen);
    yAxis->setTickPen(Qt::NoPen);
}

void TimelinePlot::applyColours()
{
    const QPalette pal = palette();
    setBackground(pal.brush(QPalette::Base));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    // Room on the right for half of a time label, so that a tick at the end
    // of the axis shows its whole label.
    const int halfLabel = QFontMetrics(small).horizontalAdvance(QStringLiteral("00:00:00")) / 2 + 2;
    axisRect()->setMargins(QMargins(0, 6, halfLabel, 0));
    axisRect()->setMinimumMargins(QMargins(8, 6, halfLabel, 2));
    for (QCPAxis *axis : {xAxis, yAxis}) {
        axis->setTickLabelFont(small);
        axis->setTickLabelColor(pal.color(QPalette::PlaceholderText));
        axis->setBasePen(axis == xAxis ? QPen(pal.color(QPalette::Mid)) : QPen(Qt::NoPen));
        axis->setTickPen(axis == xAxis ? QPen(pal.color(QPalette::Mid)) : QPen(Qt::NoPen));
    }
    yAxis->grid()->setPen(QPen(withAlpha(pal.color(QPalette::Mid), 90), 1, Qt::DotLine));
    yAxis->grid()->setZeroLinePen(Qt::NoPen);
    const QColor highlight = pal.color(QPalette::Highlight);
    m_band->setBrush(withAlpha(highlight, 28));
    m_band->setPen(QPen(withAlpha(highlight, 110), 1));
    m_brush->setBrush(withAlpha(highlight, 70));
    m_brush->setPen(QPen(highlight, 1));
    m_empty->setColor(pal.color(QPalette::PlaceholderText));
    m_empty->setFont(font());
}

void TimelinePlot::setHistogram(const Histogram &histogram)
{
    m_histogram = histogram;
    const double width = static_cast<double>(std::max<qint64>(1, histogram.bucketSeconds)) * 0.84;
    double peak = 0;
    std::array<QVector<double>, kLevelCount> values;
    QVector<double> keys;
    keys.reserve(static_cast<qsizetype>(histogram.buckets.size()));
    for (const HistogramBucket &bucket : histogram.buckets) {
        keys.append((static_cast<double>(bucket.start) + static_cast<double>(bucket.end)) / 2);
        for (std::size_t i = 0; i < values.size(); ++i)
            values[i].append(static_cast<double>(bucket.counts[i]));
        peak = std::max(peak, static_cast<double>(bucket.total()));
    }
    for (std::size_t i = 0; i < values.size(); ++i) {
        m_bars[i]->setWidth(width);
        m_bars[i]->setData(keys, values[i], true);
    }
    yAxis->setRange(0, peak > 0 ? std::ceil(peak * 1.12) : 1);
    const bool empty = histogram.buckets.empty();
    m_empty->setVisible(empty);
    xAxis->setTickLabels(!empty);
    yAxis->setTickLabels(!empty);
    xAxis->setTicks(!empty);
    scheduleReplot();
}

void TimelinePlot::setViewRange(double from, double to)
{
    if (to - from < kMinSpanSeconds) {
        const double mid = (from + to) / 2;
        from = mid - kMinSpanSeconds / 2;
        to = mid + kMinSpanSeconds / 2;
    }
    xAxis->setRange(from, to);
    scheduleReplot();
}

QCPRange TimelinePlot::viewRange() const
{
    return xAxis->range();
}

void TimelinePlot::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    m_ticker->setTimeZone(zone);
    scheduleReplot();
}

void TimelinePlot::setBand(std::optional<std::pair<double, double>> span)
{
    m_bandSpan = span;
    m_band->setVisible(span.has_value());
    if (span) {
        // At least two pixels wide, so that a band over one second shows.
        const double minWidth = 2 * xAxis->range().size() / std::max(1, axisRect()->width());
        const double mid = (span->first + span->second) / 2;
        const double half = std::max(span->second - span->first, minWidth) / 2;
        m_band->topLeft->setCoords(mid - half, 0);
        m_band->bottomRight->setCoords(mid + half, 1);
    }
    scheduleReplot();
}

void TimelinePlot::setMarkers(const TimelineMarkers &markers)
{
    for (QCPAbstractItem *item : std::as_const(m_markerItems))
        removeItem(item);
    m_markerItems.clear();
    for (const TimelineMarker &marker : markers) {
        if (marker.time == kNoTime)
            continue;
        const double x = static_cast<double>(marker.time) / 1e9;
        const QColor colour = marker.colour.isValid() ? marker.colour : palette().color(QPalette::Text);
        auto *line = new QCPItemStraightLine(this);
        line->setLayer(QStringLiteral("marks"));
        line->point1->setTypeY(QCPItemPosition::ptAxisRectRatio);
        line->point2->setTypeY(QCPItemPosition::ptAxisRectRatio);
        line->point1->setCoords(x, 0);
        line->point2->setCoords(x, 1);
        line->setPen(QPen(colour, 1.5, Qt::DashLine));
        auto *text = new QCPItemText(this);
        text->setLayer(QStringLiteral("marks"));
        text->setClipToAxisRect(true);
        text->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        text->position->setCoords(x, 0);
        text->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        text->setPadding(QMargins(3, 1, 3, 1));
        text->setText(marker.label);
        text->setColor(colour);
        m_markerItems << line << text;
    }
    scheduleReplot();
}

double TimelinePlot::pixelFor(double utcSeconds) const
{
    return xAxis->coordToPixel(utcSeconds);
}

void TimelinePlot::scheduleReplot()
{
    replot(QCustomPlot::rpQueuedReplot);
}

QString TimelinePlot::tipText(double utcSeconds) const
{
    const qsizetype index = m_histogram.bucketAt(static_cast<qint64>(std::floor(utcSeconds)));
    if (index < 0)
        return {};
    const HistogramBucket &bucket = m_histogram.buckets[static_cast<std::size_t>(index)];
    const QLocale locale;
    const QDateTime start = QDateTime::fromSecsSinceEpoch(bucket.start, m_zone);
    const QDateTime end = QDateTime::fromSecsSinceEpoch(bucket.end, m_zone);
    const QString timeFormat = m_histogram.bucketSeconds < 60 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm");
    QString text = tr("%1, %2 – %3")
                       .arg(locale.toString(start.date(), QLocale::ShortFormat), locale.toString(start.time(), timeFormat),
                            locale.toString(end.time(), timeFormat));
    if (bucket.total() == 0)
        return text + u'\n' + tr("no records");
    for (auto it = kStackOrder.begin(); it != kStackOrder.end(); ++it) {
        if (const qint64 n = bucket.counts[static_cast<std::size_t>(*it)])
            text += u'\n' + tr("%1: %L2").arg(QString::fromLatin1(levelName(*it))).arg(n);
    }
    return text + u'\n' + tr("total: %L1").arg(bucket.total());
}

void TimelinePlot::showTip(const QPoint &pos)
{
    const QString text = axisRect()->rect().contains(pos) ? tipText(xAxis->pixelToCoord(pos.x())) : QString();
    if (text.isEmpty()) {
        m_tip->hide();
        return;
    }
    m_tip->setText(text);
    m_tip->adjustSize();
    m_tip->move(mapToGlobal(pos) + QPoint(14, 16));
    m_tip->show();
}

std::pair<qint64, qint64> TimelinePlot::snapped(double a, double b) const
{
    const auto from = static_cast<qint64>(std::floor(std::min(a, b)));
    const auto to = static_cast<qint64>(std::ceil(std::max(a, b)));
    const qsizetype first = m_histogram.bucketAt(from);
    const qsizetype last = m_histogram.bucketAt(to - 1);
    return {first >= 0 ? m_histogram.buckets[static_cast<std::size_t>(first)].start : from,
            last >= 0 ? m_histogram.buckets[static_cast<std::size_t>(last)].end : to};
}

void TimelinePlot::finishBrush(double fromX, double toX)
{
    const auto [from, to] = snapped(xAxis->pixelToCoord(fromX), xAxis->pixelToCoord(toX));
    if (to > from)
        Q_EMIT rangeSelected(from, to);
}

void TimelinePlot::mousePressEvent(QMouseEvent *event)
{
    m_tip->hide();
    m_pressPos = event->pos();
    m_pressKey = xAxis->pixelToCoord(event->pos().x());
    m_pressRange = xAxis->range();
    const bool pan = event->button() == Qt::MiddleButton
        || (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ControlModifier));
    m_drag = pan ? Drag::Pan : event->button() == Qt::LeftButton ? Drag::Brush : Drag::None;
    if (m_drag == Drag::None)
        QCustomPlot::mousePressEvent(event);
}

void TimelinePlot::mouseMoveEvent(QMouseEvent *event)
{
    const int dx = event->pos().x() - m_pressPos.x();
    if (m_drag == Drag::Pan) {
        const double perPixel = m_pressRange.size() / std::max(1, axisRect()->width());
        xAxis->setRange(m_pressRange.lower - dx * perPixel, m_pressRange.upper - dx * perPixel);
        Q_EMIT viewRangeChanged();
        scheduleReplot();
    } else if (m_drag == Drag::Brush && std::abs(dx) >= kDragThreshold) {
        const double key = xAxis->pixelToCoord(event->pos().x());
        m_brush->topLeft->setCoords(std::min(m_pressKey, key), 0);
        m_brush->bottomRight->setCoords(std::max(m_pressKey, key), 1);
        m_brush->setVisible(true);
        scheduleReplot();
    } else if (m_drag == Drag::None) {
        showTip(event->pos());
    }
}

void TimelinePlot::mouseReleaseEvent(QMouseEvent *event)
{
    const Drag drag = m_drag;
    m_drag = Drag::None;
    if (drag == Drag::Brush) {
        m_brush->setVisible(false);
        scheduleReplot();
        if (std::abs(event->pos().x() - m_pressPos.x()) >= kDragThreshold) {
            finishBrush(m_pressPos.x(), event->pos().x());
        } else {
            const qsizetype index = m_histogram.bucketAt(static_cast<qint64>(std::floor(m_pressKey)));
            if (index >= 0 && m_histogram.buckets[static_cast<std::size_t>(index)].firstLine >= 0)
                Q_EMIT bucketClicked(m_histogram.buckets[static_cast<std::size_t>(index)].firstLine);
        }
    } else if (drag == Drag::None) {
        QCustomPlot::mouseReleaseEvent(event);
    }
}

void TimelinePlot::mouseDoubleClickEvent(QMouseEvent *event)
{
    m_drag = Drag::None;
    event->accept();
    Q_EMIT resetRequested();
}

void TimelinePlot::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    const double centre = xAxis->pixelToCoord(event->position().x());
    const QCPRange range = xAxis->range();
    const double factor = std::pow(0.8, steps);
    if (range.size() * factor > kMaxSpanSeconds && factor > 1)
        return;
    setViewRange(centre - (centre - range.lower) * factor, centre + (range.upper - centre) * factor);
    event->accept();
    Q_EMIT viewRangeChanged();
}

void TimelinePlot::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        Q_EMIT resetRequested();
        event->accept();
        return;
    }
    QCustomPlot::keyPressEvent(event);
}

void TimelinePlot::leaveEvent(QEvent *event)
{
    m_tip->hide();
    QCustomPlot::leaveEvent(event);
}

void TimelinePlot::resizeEvent(QResizeEvent *event)
{
    m_ticker->setTickCount(std::max(2, event->size().width() / 110));
    QCustomPlot::resizeEvent(event);
}

void TimelinePlot::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyColours();
    QCustomPlot::changeEvent(event);
}
