// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Renders Tideline's main window with the demo log into PNG files, for the
// README and the AppStream metadata. Run by capture.sh.
#include "mainwindow.h"

#include "filterbar.h"
#include "logtab.h"
#include "logview.h"
#include "timelineplot.h"
#include "timelinewidget.h"

#include "gen/demolog.h"
#include "i18n/translations.h"
#include "index/logfile.h"
#include "model/filteredmodel.h"
#include "model/recordmodel.h"
#include "timeline/timelinemodel.h"
#include "timeline/timerangeterms.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTabWidget>

namespace {

void waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

bool save(QWidget &window, const QString &path)
{
    QCoreApplication::processEvents();
    return window.grab().save(path);
}

/// Every indexed line belongs to a row (the records are found).
bool recordsFound(LogTab *tab)
{
    const QAbstractItemModel *rows = tab->view()->model();
    const int count = rows->rowCount();
    return count > 0
        && rows->index(count - 1, 0).data(RecordModel::RecordLastLineRole).toLongLong() >= tab->logFile()->lineCount() - 1;
}

bool settled(LogTab *tab)
{
    return !tab->filteredModel()->isScanning() && !tab->timelineModel()->isScanning();
}

/// The timeline: errors only (the bursts every ten minutes), then brushed
/// to one burst with its records in the table.
bool captureTimeline(QWidget &window, LogTab *tab, const QString &outDir)
{
    tab->filterBar()->setFindMode(false);
    tab->filterBar()->setText(QStringLiteral("level:>=warn"));
    waitFor([tab] { return settled(tab); }, 20000);
    tab->timeline()->refresh();
    tab->view()->setCurrentRow(std::max(0, tab->view()->model()->rowCount() / 2));
    waitFor([] { return false; }, 400);
    bool ok = save(window, outDir + QStringLiteral("/timeline-errors.png"));

    // Brush the bucket with the most errors and its neighbours.
    const Histogram histogram = tab->timeline()->plot()->histogram();
    std::size_t peak = 0;
    for (std::size_t i = 0; i < histogram.buckets.size(); ++i) {
        if (histogram.buckets[i].total() > histogram.buckets[peak].total())
            peak = i;
    }
    if (histogram.buckets.empty())
        return false;
    const qint64 from = histogram.buckets[peak > 3 ? peak - 3 : 0].start;
    const qint64 to = histogram.buckets[std::min(histogram.buckets.size() - 1, peak + 3)].end;
    tab->filterBar()->setText(TimeRangeTerms::withRange(QString(), from, to, tab->timeline()->zone()));
    waitFor([tab] { return settled(tab); }, 20000);
    tab->timeline()->refresh();
    tab->view()->setFocus();
    tab->view()->setCurrentRow(std::max(0, tab->view()->model()->rowCount() / 2));
    waitFor([] { return false; }, 400);
    ok = save(window, outDir + QStringLiteral("/timeline-brushed.png")) && ok;
    tab->filterBar()->setText(QString());
    waitFor([tab] { return settled(tab); }, 20000);
    return ok;
}

/// A stack trace: one row per record; the last long one expanded, with
/// the detail pane open.
bool captureExpandedRecord(QWidget &window, LogTab *tab, const QString &outDir)
{
    const QAbstractItemModel *rows = tab->view()->model();
    int record = -1;
    for (int row = rows->rowCount() - 12; row >= 0 && record < 0; --row)
        if (rows->index(row, 0).data(RecordModel::RecordLinesRole).toLongLong() > 3)
            record = row;
    if (record < 0)
        return false;
    tab->setDetailVisible(true);
    tab->view()->setFocus();
    tab->view()->setCurrentRow(record);
    tab->recordModel()->setExpanded(record, true);
    tab->view()->verticalScrollBar()->setValue(std::max(0, record - 4));
    waitFor([] { return false; }, 400);
    const bool ok = save(window, outDir + QStringLiteral("/expanded-record.png"));
    tab->recordModel()->setExpanded(record, false);
    tab->setDetailVisible(false);
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TidelineScreenshots"));
    QApplication::setApplicationName(QStringLiteral("tideline"));
    installTranslations();
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::currentPath();

    DemoLog demo;
    const auto path = demo.start(1);
    if (!path) {
        qCritical("%s", qPrintable(path.error()));
        return 1;
    }
    MainWindow window;
    window.resize(1280, 760);
    window.show();
    save(window, outDir + QStringLiteral("/empty-window.png"));

    window.setFollowNewTabs(true);
    LogTab *tab = window.openFile(*path);
    if (!tab)
        return 1;
    waitFor([tab] { return !tab->logFile()->isIndexing() && tab->logFile()->format(); }, 20000);
    waitFor([tab] { return recordsFound(tab); }, 20000);
    tab->view()->setFocus();
    tab->view()->setCurrentRow(tab->view()->model()->rowCount() - 8);
    waitFor([] { return false; }, 300);
    bool ok = save(window, outDir + QStringLiteral("/main-window.png"));
    ok = captureExpandedRecord(window, tab, outDir) && ok;

    // Filter mode with a query typed into the bar.
    tab->filterBar()->setText(QStringLiteral("level:>=warn"));
    waitFor([tab] { return !tab->filteredModel()->isScanning(); }, 20000);
    tab->view()->setFocus();
    tab->view()->setCurrentRow(std::max(0, tab->view()->model()->rowCount() - 5));
    waitFor([] { return false; }, 300);
    ok = save(window, outDir + QStringLiteral("/filtered.png")) && ok;

    // Find mode: every line, the matches marked and highlighted.
    tab->filterBar()->setFindMode(true);
    tab->filterBar()->setText(QStringLiteral("timeout OR refused"));
    waitFor([tab] { return !tab->filteredModel()->isScanning(); }, 20000);
    tab->stepMatch(false);
    waitFor([] { return false; }, 300);
    ok = save(window, outDir + QStringLiteral("/find.png")) && ok;
    ok = captureTimeline(window, tab, outDir) && ok;
    return ok ? 0 : 1;
}
