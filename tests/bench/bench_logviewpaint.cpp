// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// bench_logviewpaint [FILE]: opens FILE (default: 200,000 generated mixed
// lines, with Java stack traces) in a real tab (LogTab) on an offscreen
// QApplication at 1280x760, waits until it is indexed and its records are
// found, then times synchronous repaints of the table (LogView) while it
// scrolls: a wheel step (3 rows) and a page step (all rows new), each
// kSteps times from a fresh place, with the message column's
// KSyntaxHighlighting colours off and on (a new, empty cache for each run),
// alternating off/on kRuns times. Reports the median and p99 of a step's
// paint in ms for both, and the ratio on/off, as one JSON object.

#include "logtab.h"
#include "logview.h"

#include "gen/loggenerator.h"
#include "index/logfile.h"
#include "model/recordmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScrollBar>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

constexpr int kSteps = 300;
constexpr int kRuns = 5;

bool waitFor(const std::function<bool()> &done)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > 120000)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

double quantile(std::vector<double> values, double q)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[static_cast<std::size_t>(q * static_cast<double>(values.size() - 1))];
}

/// Paint times (ms) of kSteps scroll steps of @p rows rows each, from @p start.
std::vector<double> scroll(LogView *view, int start, int rows)
{
    std::vector<double> times;
    QScrollBar *bar = view->verticalScrollBar();
    for (int step = 0; step < kSteps; ++step) {
        bar->setValue(start + step * rows);
        QElapsedTimer clock;
        clock.start();
        view->viewport()->repaint();
        times.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
    }
    return times;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : dir.filePath(QStringLiteral("mixed.log"));
    if (argc <= 1) {
        QFile file(path);
        GeneratorOptions options;
        options.format = GeneratorFormat::Mixed;
        options.seed = 1;
        LogGenerator generator(options);
        if (!file.open(QIODevice::WriteOnly) || !generator.writeLines(file, 200000))
            return 1;
    }
    LogTab tab;
    tab.resize(1280, 760);
    tab.show();
    if (!tab.open(path))
        return 1;
    LogView *view = tab.view();
    if (!waitFor([&] { return !tab.logFile()->isIndexing() && view->model()->rowCount() > 10 * kSteps * view->visibleRowCount(); })
        && view->model()->rowCount() < 2 * kSteps * view->visibleRowCount())
        return 1;
    const int page = view->visibleRowCount();
    std::vector<double> wheel[2];
    std::vector<double> pages[2];
    int start = 0;
    for (int run = 0; run < kRuns; ++run) {
        for (int on = 0; on < 2; ++on) {
            view->setSyntaxHighlighting(false);
            view->setSyntaxHighlighting(on == 1); // a new highlighter: an empty cache
            const auto w = scroll(view, start, 3);
            wheel[on].insert(wheel[on].end(), w.begin(), w.end());
            const auto p = scroll(view, start + kSteps * 3, page);
            pages[on].insert(pages[on].end(), p.begin(), p.end());
        }
        start += kSteps * (3 + page); // fresh rows for the next run
    }
    QJsonObject out;
    out.insert(QStringLiteral("rows"), view->model()->rowCount());
    out.insert(QStringLiteral("rows_on_screen"), page);
    for (int on = 0; on < 2; ++on) {
        const QString key = on ? QStringLiteral("highlight_on") : QStringLiteral("highlight_off");
        out.insert(key, QJsonObject{{QStringLiteral("wheel_median_ms"), quantile(wheel[on], 0.5)},
                                    {QStringLiteral("wheel_p99_ms"), quantile(wheel[on], 0.99)},
                                    {QStringLiteral("page_median_ms"), quantile(pages[on], 0.5)},
                                    {QStringLiteral("page_p99_ms"), quantile(pages[on], 0.99)}});
    }
    out.insert(QStringLiteral("page_ratio_on_off"), quantile(pages[1], 0.5) / std::max(1e-9, quantile(pages[0], 0.5)));
    const QByteArray json = QJsonDocument(out).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(json.constData(), 1, static_cast<std::size_t>(json.size()), stdout);
    return 0;
}
