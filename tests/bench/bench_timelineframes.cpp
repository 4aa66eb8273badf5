// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// bench_timelineframes FILE [QUERY]: opens FILE in a real tab (LogTab, with
// its TimelineWidget) on an offscreen QApplication, waits until the file is
// indexed and the timeline is drawn, then
//   1. runs QUERY (default "level:>=warn") through the filter bar, kQueryRuns
//      times, and times (medians) query -> filter scan done (filter_ms),
//      query -> the chart shows the query's counts (query_to_histogram_ms),
//      and the filter's end -> that chart (histogram_after_filter_ms; the
//      target is <= 300 ms). Alternating with those runs, it emulates the
//      design before (the timeline's own scan next to the filter's) and
//      times query -> both scans done (two_scans_ms);
//   2. with the query dropped again, sends the chart mouse events as a
//      person would: hovering across it, brushing (press, moves, back to
//      the press point and release: a click, so the query stays empty),
//      wheel zooms in and out and Ctrl+drag pans. A frame is
//      one event plus the event loop pass it causes plus a synchronous
//      repaint of the chart; per gesture it reports the frame count and the
//      median, p99 and max frame in ms (the target: no frame over 16 ms).
// One JSON object on stdout; exit status 1 when the file cannot be opened or
// a scan does not finish.

#include "filterbar.h"
#include "logtab.h"
#include "timelineplot.h"
#include "timelinewidget.h"

#include "index/logfile.h"
#include "model/filteredmodel.h"
#include "model/filterrunner.h"
#include "timeline/timelinemodel.h"

#include "benchsupport.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMouseEvent>
#include <QWheelEvent>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>
#include <vector>

namespace {

using Bench::median;
using Bench::msSince;
using Bench::printErr;
using Bench::waitFor;

constexpr int kQueryRuns = 3;

/// Frame times of one gesture.
class Frames
{
public:
    explicit Frames(TimelinePlot *plot)
        : m_plot(plot)
    {
    }

    /// Sends @p event to the chart and times it with the loop pass and the repaint it causes.
    void send(QEvent &&event)
    {
        QElapsedTimer clock;
        clock.start();
        QApplication::sendEvent(m_plot, &event);
        QCoreApplication::processEvents(); // queued replots, the owner's refresh
        QCoreApplication::processEvents(); // what those posted (update requests)
        m_plot->repaint();
        m_ms.push_back(msSince(clock));
    }

    QJsonObject summary()
    {
        std::sort(m_ms.begin(), m_ms.end());
        const auto at = [this](double q) {
            return m_ms.empty() ? 0.0 : m_ms[std::min(m_ms.size() - 1, static_cast<std::size_t>(q * static_cast<double>(m_ms.size())))];
        };
        return {{QStringLiteral("frames"), static_cast<qint64>(m_ms.size())},
                {QStringLiteral("median_ms"), at(0.5)},
                {QStringLiteral("p99_ms"), at(0.99)},
                {QStringLiteral("max_ms"), m_ms.empty() ? 0.0 : m_ms.back()}};
    }

private:
    TimelinePlot *m_plot;
    std::vector<double> m_ms;
};

QMouseEvent mouse(QEvent::Type type, QPoint pos, Qt::MouseButton button, Qt::MouseButtons buttons,
                  Qt::KeyboardModifiers modifiers = {})
{
    return QMouseEvent(type, QPointF(pos), QPointF(pos), button, buttons, modifiers);
}

QWheelEvent wheel(QPoint pos, int delta)
{
    return QWheelEvent(QPointF(pos), QPointF(pos), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier,
                       Qt::NoScrollPhase, false);
}

QJsonObject hover(TimelinePlot *plot)
{
    Frames frames(plot);
    const QRect area = plot->axisRect()->rect();
    for (int pass = 0; pass < 2; ++pass) {
        for (int x = area.left() + 1; x < area.right(); x += 3)
            frames.send(mouse(QEvent::MouseMove, QPoint(x, area.center().y()), Qt::NoButton, Qt::NoButton));
    }
    return frames.summary();
}

QJsonObject brush(TimelinePlot *plot)
{
    Frames frames(plot);
    const QRect area = plot->axisRect()->rect();
    const QPoint start(area.left() + area.width() / 5, area.center().y());
    frames.send(mouse(QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton));
    for (int x = start.x(); x < area.right() - area.width() / 5; x += 3)
        frames.send(mouse(QEvent::MouseMove, QPoint(x, start.y()), Qt::NoButton, Qt::LeftButton));
    // Back to the press point and released: a click on a bar, not a range,
    // so the query stays empty (the table shows the bar's first record).
    frames.send(mouse(QEvent::MouseMove, start, Qt::NoButton, Qt::LeftButton));
    frames.send(mouse(QEvent::MouseButtonRelease, start, Qt::LeftButton, Qt::NoButton));
    return frames.summary();
}

QJsonObject zoom(TimelinePlot *plot)
{
    Frames frames(plot);
    const QRect area = plot->axisRect()->rect();
    const QPoint centre(area.left() + area.width() * 2 / 3, area.center().y());
    for (int round = 0; round < 2; ++round) {
        for (int step = 0; step < 25; ++step)
            frames.send(wheel(centre, 120));
        for (int step = 0; step < 25; ++step)
            frames.send(wheel(centre, -120));
    }
    return frames.summary();
}

QJsonObject pan(TimelinePlot *plot)
{
    Frames frames(plot);
    const QRect area = plot->axisRect()->rect();
    // Zoomed in a little, so that panning shows other buckets.
    for (int step = 0; step < 6; ++step) {
        QWheelEvent in = wheel(area.center(), 120);
        QApplication::sendEvent(plot, &in);
    }
    const QPoint start(area.center());
    frames.send(mouse(QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton, Qt::ControlModifier));
    for (int dx = 0; dx < area.width() / 3; dx += 3)
        frames.send(mouse(QEvent::MouseMove, start + QPoint(dx, 0), Qt::NoButton, Qt::LeftButton, Qt::ControlModifier));
    for (int dx = area.width() / 3; dx > -area.width() / 3; dx -= 3)
        frames.send(mouse(QEvent::MouseMove, start + QPoint(dx, 0), Qt::NoButton, Qt::LeftButton, Qt::ControlModifier));
    frames.send(mouse(QEvent::MouseButtonRelease, start, Qt::LeftButton, Qt::NoButton, Qt::ControlModifier));
    return frames.summary();
}

struct QueryTimes
{
    double filterMs = -1;    ///< query -> the filter's scan finished
    double histogramMs = -1; ///< query -> the chart drawn with the query's counts
    double bothScansMs = -1; ///< with a second scan: query -> both scans finished
    qint64 matches = 0;
};

/// Runs @p query in @p tab from the unfiltered state and back. With
/// @p secondScan, a FilterRunner with the old TimelineModel's options scans
/// the file for the query at the same time (the design before this one).
std::optional<QueryTimes> measureQuery(LogTab &tab, const QString &query, qint64 allRecords, bool secondScan)
{
    FilteredModel *filtered = tab.filteredModel();
    TimelineModel *timeline = tab.timelineModel();
    TimelinePlot *plot = tab.timeline()->plot();
    const auto shows = [&] { return !timeline->isScanning() && plot->histogram().timedTotal == timeline->counts().timedTotal(); };
    QueryTimes times;
    QElapsedTimer clock;
    QObject guard;
    QObject::connect(filtered, &FilteredModel::scanFinished, &guard, [&] {
        if (times.filterMs < 0 && !filtered->isScanning())
            times.filterMs = msSince(clock);
    });
    QObject::connect(plot, &QCustomPlot::afterReplot, &guard, [&] {
        if (times.histogramMs < 0 && times.filterMs >= 0 && shows() && plot->histogram().timedTotal != allRecords)
            times.histogramMs = msSince(clock);
    });
    FilterRunner second(tab.logFile());
    FilterOptions options;
    options.collectTimeline = true;
    second.setOptions(options);
    bool secondDone = false;
    QObject::connect(&second, &FilterRunner::finished, &guard, [&] { secondDone = true; });
    clock.start();
    tab.filterBar()->setText(query);
    if (secondScan)
        second.start(*Query::parse(query, QDateTime::currentMSecsSinceEpoch() * 1000000));
    if (!waitFor([&] { return times.histogramMs >= 0 && (!secondScan || secondDone); }))
        return std::nullopt;
    if (secondScan)
        times.bothScansMs = std::max(msSince(clock), times.histogramMs);
    times.matches = timeline->counts().timedTotal();
    tab.filterBar()->setText(QString());
    if (!waitFor([&] { return !filtered->isScanning() && shows() && plot->histogram().timedTotal == allRecords; }))
        return std::nullopt;
    return times;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TidelineBench"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args.size() > 3) {
        printErr(QStringLiteral("usage: bench_timelineframes FILE [QUERY]\n"));
        return 2;
    }
    const QString query = args.size() == 3 ? args.at(2) : QStringLiteral("level:>=warn");

    LogTab tab;
    tab.resize(1400, 900);
    tab.show();
    TimelineModel *timeline = tab.timelineModel();
    TimelinePlot *plot = tab.timeline()->plot();
    QElapsedTimer clock;
    clock.start();
    if (const auto opened = tab.open(args.at(1)); !opened) {
        printErr(opened.error() + u'\n');
        return 1;
    }
    const auto shows = [&] {
        return !timeline->isScanning() && plot->histogram().timedTotal == timeline->counts().timedTotal();
    };
    if (!waitFor([&] { return !tab.logFile()->isIndexing() && timeline->counts().timedTotal() > 0 && shows(); })) {
        printErr(QStringLiteral("the timeline did not fill\n"));
        return 1;
    }
    const double openMs = msSince(clock);
    const qint64 allRecords = timeline->counts().timedTotal();

    // One scan per query (this design), alternating with the design before
    // it, emulated: a second scan with the timeline's options next to the filter's.
    std::vector<double> filterMs, histogramMs, afterFilterMs, twoScansMs;
    qint64 matches = 0;
    for (int run = 0; run < kQueryRuns; ++run) {
        for (const bool second : {false, true}) {
            const auto measured = measureQuery(tab, query, allRecords, second);
            if (!measured) {
                printErr(QStringLiteral("the filtered timeline did not show\n"));
                return 1;
            }
            if (second) {
                twoScansMs.push_back(measured->bothScansMs);
                continue;
            }
            filterMs.push_back(measured->filterMs);
            histogramMs.push_back(measured->histogramMs);
            afterFilterMs.push_back(measured->histogramMs - measured->filterMs);
            matches = measured->matches;
        }
    }
    const QJsonObject hovering = hover(plot);
    const QJsonObject brushing = brush(plot);
    const QJsonObject zooming = zoom(plot);
    const QJsonObject panning = pan(plot);
    double worst = 0;
    for (const QJsonObject &gesture : {hovering, brushing, zooming, panning})
        worst = std::max(worst, gesture.value(u"max_ms").toDouble());

    const QJsonObject result{
        {QStringLiteral("lines"), tab.logFile()->lineCount()},
        {QStringLiteral("records_with_time"), allRecords},
        {QStringLiteral("buckets"), static_cast<qint64>(plot->histogram().buckets.size())},
        {QStringLiteral("open_to_timeline_ms"), openMs},
        {QStringLiteral("query"), query},
        {QStringLiteral("query_matches"), matches},
        {QStringLiteral("query_runs"), kQueryRuns},
        {QStringLiteral("filter_ms"), median(filterMs)},
        {QStringLiteral("query_to_histogram_ms"), median(histogramMs)},
        {QStringLiteral("histogram_after_filter_ms"), median(afterFilterMs)},
        {QStringLiteral("histogram_after_filter_max_ms"), *std::max_element(afterFilterMs.begin(), afterFilterMs.end())},
        {QStringLiteral("two_scans_ms"), median(twoScansMs)},
        {QStringLiteral("hover"), hovering},
        {QStringLiteral("brush"), brushing},
        {QStringLiteral("zoom"), zooming},
        {QStringLiteral("pan"), panning},
        {QStringLiteral("max_frame_ms"), worst},
    };
    const QByteArray json = QJsonDocument(result).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(json.constData(), 1, static_cast<size_t>(json.size()), stdout);
    return 0;
}
