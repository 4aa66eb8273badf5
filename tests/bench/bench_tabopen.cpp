// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// bench_tabopen FILE: opens FILE the way a user does, in the real main
// window (MainWindow::openFile(), as File ▸ Open, the command line and drag
// and drop do), shown on an offscreen QApplication, and prints one JSON
// object:
//   first_rows_ms   openFile() called -> the table's first paint that shows
//                   rows has finished (the paint itself included)
//   first_rows      rows the table had then
//   open_call_ms    how long openFile() itself took (the tab's construction)
//   format_ms, line_rows_ms, shown_rows_ms   openFile() -> the format is
//                   known, the line index's first rows, the table's first
//                   rows (the record pass's first chunk), for finding delays
//   index_ms        openFile() -> LogFile::indexingFinished (the line index)
//   records_ms      openFile() -> the record pass (RecordIndex) has every line
//   counts_ms       openFile() -> the level counts (FilteredModel) are complete
//   all_ms          openFile() -> all three done
//   lines           lines of the file
//   index_memory_bytes, timeline_memory_bytes, result_memory_bytes   what the
//                   line index, the timeline's counts and the filter result hold
//   rss_anon_tab_bytes  RssAnon of a tab on a one-line file (two opened:
//                   the second one's growth), the "empty tab" baseline
//   rss_anon_bytes_per_line  (RssAnon growth of opening FILE, minus that
//                   baseline) / lines, once all passes are done
// The main window uses a throwaway settings directory (XDG_CONFIG_HOME is
// set to a temporary directory before QApplication starts).
// With BENCH_PROFILE set, the GUI thread's busiest receivers go to stderr.
// Exit status 1 when the file cannot be opened or a pass does not finish.

#include "logtab.h"
#include "logview.h"
#include "mainwindow.h"

#include "index/logfile.h"
#include "model/filteredmodel.h"
#include "model/recordindex.h"
#include "model/recordmodel.h"
#include "timeline/timelinemodel.h"

#include "benchsupport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace {

using Bench::msSince;
using Bench::printErr;
using Bench::rssAnonBytes;

/// With BENCH_PROFILE set: the GUI thread's time per receiver class and
/// event type (outermost events only), printed to stderr at the end.
class ProfiledApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!m_profile || m_depth > 0)
            return QApplication::notify(receiver, event);
        const QString key = QString::fromLatin1(receiver->metaObject()->className()) + u' ' + QString::number(event->type());
        QElapsedTimer clock;
        clock.start();
        ++m_depth;
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        auto &entry = m_spent[key];
        entry.first += clock.nsecsElapsed();
        ++entry.second;
        return result;
    }

    void report() const
    {
        if (!m_profile)
            return;
        std::vector<std::pair<qint64, QString>> rows;
        for (auto it = m_spent.begin(); it != m_spent.end(); ++it)
            rows.emplace_back(it.value().first, it.key() + QStringLiteral(" x%1").arg(it.value().second));
        std::sort(rows.rbegin(), rows.rend());
        for (std::size_t i = 0; i < std::min<std::size_t>(rows.size(), 12); ++i)
            printErr(QStringLiteral("%1 ms  %2\n").arg(static_cast<double>(rows[i].first) / 1e6, 0, 'f', 1).arg(rows[i].second));
    }

private:
    bool m_profile = qEnvironmentVariableIsSet("BENCH_PROFILE");
    int m_depth = 0;
    QHash<QString, std::pair<qint64, qint64>> m_spent;
};

/// Notes when the table first paints rows: the paint event is delivered
/// from here (the widget is in its paint event already), then timed.
class FirstPaint : public QObject
{
public:
    FirstPaint(LogView *view, const QElapsedTimer &clock)
        : m_view(view)
        , m_clock(clock)
    {
        view->viewport()->installEventFilter(this);
    }

    double ms = -1;
    double paintStartMs = -1; // the paint event's start
    int rows = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (m_inside || ms >= 0 || event->type() != QEvent::Paint || !m_view->model()
            || m_view->model()->rowCount() == 0)
            return false;
        paintStartMs = msSince(m_clock);
        m_inside = true;
        QCoreApplication::sendEvent(watched, event);
        m_inside = false;
        ms = msSince(m_clock);
        rows = m_view->model()->rowCount();
        return true;
    }

private:
    LogView *m_view;
    const QElapsedTimer &m_clock;
    bool m_inside = false;
};

/// Runs the event loop (blocking, no polling: the workers keep the cores)
/// until @p done; false after Bench::kTimeoutMs.
bool waitUntil(const std::function<bool()> &done)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > Bench::kTimeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

bool recordsDone(LogTab *tab)
{
    const RecordIndex *records = tab->recordIndex();
    return !tab->logFile()->isIndexing() && !records->isScanning()
           && records->scannedLines() >= tab->logFile()->lineCount();
}

bool countsDone(LogTab *tab)
{
    return !tab->logFile()->isIndexing() && !tab->filteredModel()->isCounting();
}

} // namespace

int main(int argc, char *argv[])
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    ProfiledApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TidelineBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_tabopen"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        printErr(QStringLiteral("usage: bench_tabopen FILE\n"));
        return 2;
    }
    QTemporaryDir scratch;
    const QString tiny = scratch.filePath(QStringLiteral("tiny.log"));
    {
        QFile out(tiny);
        if (!out.open(QIODevice::WriteOnly) || out.write("2026-01-01T00:00:00Z INFO one line\n") < 0) {
            printErr(QStringLiteral("bench_tabopen: cannot write %1\n").arg(tiny));
            return 1;
        }
    }

    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QCoreApplication::processEvents();

    // The empty-tab baseline: the second tab on a one-line file (the first
    // pays for one-time set-up: fonts, caches, thread pools).
    qint64 rssTab = -1;
    qint64 rssBefore = -1;
    for (int copy = 0; copy < 2; ++copy) {
        const QString path = scratch.filePath(QStringLiteral("tiny%1.log").arg(copy));
        QFile::copy(tiny, path);
        const qint64 before = rssAnonBytes();
        LogTab *small = window.openFile(path);
        if (!small || !waitUntil([small] { return recordsDone(small) && countsDone(small); })) {
            printErr(QStringLiteral("bench_tabopen: the one-line file did not open\n"));
            return 1;
        }
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
        rssBefore = rssAnonBytes();
        rssTab = rssBefore - before;
    }

    QElapsedTimer clock;
    clock.start();
    LogTab *tab = window.openFile(args.at(1));
    if (!tab)
        return 1;
    const double openCallMs = msSince(clock);
    FirstPaint paint(tab->view(), clock);
    // Where the time to the first paint goes.
    double formatMs = -1, lineRowsMs = -1, shownRowsMs = -1;
    QObject::connect(tab->logFile(), &LogFile::formatChanged, &app, [&] {
        if (formatMs < 0)
            formatMs = msSince(clock);
    });
    QObject::connect(tab->model(), &QAbstractItemModel::rowsInserted, &app, [&] {
        if (lineRowsMs < 0)
            lineRowsMs = msSince(clock);
    });
    QObject::connect(tab->recordModel(), &QAbstractItemModel::rowsInserted, &app, [&] {
        if (shownRowsMs < 0)
            shownRowsMs = msSince(clock);
    });
    double indexMs = -1, recordsMs = -1, countsMs = -1;
    const bool finished = waitUntil([&] {
        if (indexMs < 0 && !tab->logFile()->isIndexing())
            indexMs = msSince(clock);
        if (recordsMs < 0 && recordsDone(tab))
            recordsMs = msSince(clock);
        if (countsMs < 0 && countsDone(tab))
            countsMs = msSince(clock);
        return paint.ms >= 0 && indexMs >= 0 && recordsMs >= 0 && countsMs >= 0;
    });
    const double allMs = msSince(clock);
    if (!finished) {
        printErr(QStringLiteral("bench_tabopen: the passes did not finish in time\n"));
        return 1;
    }
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    const qint64 lines = tab->logFile()->lineCount();
    const qint64 rssAfter = rssAnonBytes();
    const double perLine = lines > 0 ? static_cast<double>(rssAfter - rssBefore - rssTab) / static_cast<double>(lines) : 0;

    const QJsonObject result{
        {QStringLiteral("file"), args.at(1)},
        {QStringLiteral("first_rows_ms"), paint.ms},
        {QStringLiteral("first_rows"), paint.rows},
        {QStringLiteral("first_paint_start_ms"), paint.paintStartMs},
        {QStringLiteral("open_call_ms"), openCallMs},
        {QStringLiteral("format_ms"), formatMs},
        {QStringLiteral("line_rows_ms"), lineRowsMs},
        {QStringLiteral("shown_rows_ms"), shownRowsMs},
        {QStringLiteral("index_ms"), indexMs},
        {QStringLiteral("records_ms"), recordsMs},
        {QStringLiteral("counts_ms"), countsMs},
        {QStringLiteral("all_ms"), allMs},
        {QStringLiteral("lines"), lines},
        {QStringLiteral("rows"), tab->recordModel()->rowCount()},
        {QStringLiteral("index_memory_bytes"), tab->logFile()->index().memoryBytes()},
        {QStringLiteral("timeline_memory_bytes"), tab->timelineModel()->counts().memoryBytes()},
        {QStringLiteral("result_memory_bytes"), tab->filteredModel()->resultMemoryBytes()},
        {QStringLiteral("rss_anon_tab_bytes"), rssTab},
        {QStringLiteral("rss_anon_before_bytes"), rssBefore},
        {QStringLiteral("rss_anon_after_bytes"), rssAfter},
        {QStringLiteral("rss_anon_bytes_per_line"), perLine},
        {QStringLiteral("status"), tab->statusText()},
    };
    const QByteArray json = QJsonDocument(result).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(json.constData(), 1, static_cast<size_t>(json.size()), stdout);
    std::fflush(stdout);
    app.report();
    std::_Exit(0); // the window's teardown is not what this measures
}
