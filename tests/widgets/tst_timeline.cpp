// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterbar.h"
#include "logtab.h"
#include "logview.h"
#include "timelinelegend.h"
#include "timelineplot.h"
#include "timelinewidget.h"

#include "gen/loggenerator.h"
#include "index/logfile.h"
#include "model/filteredmodel.h"
#include "model/filterrunner.h"
#include "model/logtablemodel.h"
#include "timeline/timelinemodel.h"
#include "timeline/timerangeterms.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QSignalSpy>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <cmath>

using namespace Qt::StringLiterals;

/// The timeline in a real tab, driven like a person: drags, clicks, the legend.
class TestTimeline : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    /// A tab on @p path (default: the generated JSON log), in UTC, its first scans done.
    std::unique_ptr<LogTab> openTab(const QString &path = {})
    {
        auto tab = std::make_unique<LogTab>();
        tab->resize(1000, 600);
        tab->show();
        if (!tab->open(path.isEmpty() ? m_path : path))
            qFatal("cannot open the test log");
        tab->timeline()->setUtc(true);
        const bool ready = QTest::qWaitFor([&] {
            return !tab->logFile()->isIndexing() && !tab->timelineModel()->isScanning()
                && tab->timelineModel()->counts().timedTotal() > 0;
        }, 30000);
        if (!ready)
            qFatal("the timeline did not fill");
        tab->timeline()->refresh();
        return tab;
    }

    static bool settled(LogTab &tab)
    {
        return !tab.filteredModel()->isScanning() && !tab.timelineModel()->isScanning();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("TidelineTest"));
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("app.log"));
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        GeneratorOptions options;
        options.format = GeneratorFormat::Json;
        LogGenerator(options).writeLines(file, 6000); // about 20 minutes, two error bursts
    }

    void chartShowsTheWholeFile()
    {
        auto tab = openTab();
        const Histogram &histogram = tab->timeline()->plot()->histogram();
        QVERIFY(histogram.buckets.size() > 5);
        QCOMPARE(histogram.timedTotal + histogram.untimedTotal, qint64(6000)); // one record per line
        QCOMPARE(histogram.timedTotal, tab->timelineModel()->counts().timedTotal());
        QVERIFY(!tab->timeline()->legend()->levelEntry(Level::Info)->isHidden());
        QVERIFY(!tab->timeline()->legend()->bucketLabel()->text().isEmpty());
        QVERIFY(tab->timeline()->legend()->untimedLabel()->isHidden());
    }

    void lastTickLabelIsNotClipped()
    {
        auto tab = openTab();
        TimelinePlot *plot = tab->timeline()->plot();
        plot->replot();
        const QVector<double> ticks = plot->xAxis->tickVector();
        const QVector<QString> labels = plot->xAxis->tickVectorLabels();
        QVERIFY(!ticks.isEmpty());
        QCOMPARE(labels.size(), ticks.size());
        const QFontMetrics metrics(plot->xAxis->tickLabelFont());
        for (qsizetype i = 0; i < ticks.size(); ++i) {
            const double right = plot->pixelFor(ticks.at(i)) + metrics.horizontalAdvance(labels.at(i)) / 2.0;
            QVERIFY2(right <= plot->width(), qPrintable(QStringLiteral("label %1 ends at %2 of %3").arg(labels.at(i)).arg(right).arg(plot->width())));
        }
        // A view that ends on a tick: the worst case.
        plot->setViewRange(ticks.first() - 600, ticks.last());
        plot->replot();
        const QVector<QString> ending = plot->xAxis->tickVectorLabels();
        const double last = plot->pixelFor(plot->xAxis->tickVector().last());
        QVERIFY(last + metrics.horizontalAdvance(ending.last()) / 2.0 <= plot->width());
    }

    void recordsWithoutATimeAreCountedAndSaid()
    {
        const QString path = m_dir.filePath(QStringLiteral("untimed.log"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        GeneratorOptions options;
        options.format = GeneratorFormat::Json;
        QVERIFY(LogGenerator(options).writeLines(file, 300));
        for (int i = 0; i < 3; ++i)
            file.write("{\"level\":\"warn\",\"msg\":\"no time here\"}\n");
        file.close();
        auto tab = openTab(path);
        QCOMPARE(tab->timelineModel()->counts().untimedTotal(), qint64(3));
        QCOMPARE(tab->timelineModel()->counts().timedTotal(), qint64(300));
        QLabel *label = tab->timeline()->legend()->untimedLabel();
        QVERIFY(label->isVisible());
        QVERIFY2(label->text().startsWith(u"3 record"), qPrintable(label->text()));
        QVERIFY(label->text().contains(u"without a time"));
        QCOMPARE(tab->timeline()->plot()->histogram().timedTotal, qint64(300));
        // The legend counts them with their level.
        qint64 warn = 3;
        for (const HistogramBucket &bucket : tab->timeline()->plot()->histogram().buckets)
            warn += bucket.counts[static_cast<std::size_t>(Level::Warn)];
        const QString entry = tab->timeline()->legend()->levelEntry(Level::Warn)->text();
        QVERIFY2(entry.endsWith(u' ' + QLocale().toString(warn)), qPrintable(entry));
    }

    void gapsStayGaps()
    {
        // Two bursts of records an hour apart: the buckets between are empty.
        const QString path = m_dir.filePath(QStringLiteral("gap.log"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        GeneratorOptions options;
        options.format = GeneratorFormat::Json;
        options.meanGapMs = 100;
        QVERIFY(LogGenerator(options).writeLines(file, 600));
        options.start += 3600 * 1000000000LL;
        options.seed = 2;
        QVERIFY(LogGenerator(options).writeLines(file, 600));
        file.close();
        auto tab = openTab(path);
        const Histogram &histogram = tab->timeline()->plot()->histogram();
        QCOMPARE(histogram.timedTotal, qint64(1200));
        std::size_t empty = 0;
        for (const HistogramBucket &bucket : histogram.buckets) {
            if (bucket.total() == 0) {
                ++empty;
                QCOMPARE(bucket.firstLine, qint64(-1)); // nothing to show when clicked
            }
        }
        QVERIFY2(empty > histogram.buckets.size() / 2, qPrintable(QString::number(empty)));
        QVERIFY(histogram.buckets.front().total() > 0);
        QVERIFY(histogram.buckets.back().total() > 0);
        // A click in the gap asks for no record.
        TimelinePlot *plot = tab->timeline()->plot();
        QSignalSpy lines(tab->timeline(), &TimelineWidget::lineRequested);
        const double middle = (static_cast<double>(histogram.buckets.front().start) + static_cast<double>(histogram.buckets.back().end)) / 2;
        QTest::mouseClick(plot, Qt::LeftButton, {}, QPoint(static_cast<int>(std::lround(plot->pixelFor(middle))), plot->axisRect()->rect().center().y()));
        QCOMPARE(lines.count(), 0);
    }

    void followedFileGrowsTheLastBucketsInPlace()
    {
        const QString path = m_dir.filePath(QStringLiteral("live.log"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        GeneratorOptions options;
        options.format = GeneratorFormat::Json;
        LogGenerator generator(options);
        QVERIFY(generator.writeLines(file, 2000));
        file.flush();
        auto tab = openTab(path);
        tab->setFollowing(true);
        const qint64 before = tab->timelineModel()->counts().timedTotal();
        QCOMPARE(before, qint64(2000));
        QSignalSpy restarts(&tab->filteredModel()->countScan(), &FilterRunner::restarted);
        QSignalSpy redraws(tab->timeline(), &TimelineWidget::redrawn);
        QElapsedTimer clock;
        clock.start();
        for (int round = 0; round < 40; ++round) {
            QVERIFY(generator.writeLines(file, 50));
            file.flush();
            QTest::qWait(25);
        }
        QTRY_COMPARE_WITH_TIMEOUT(tab->timeline()->plot()->histogram().timedTotal, qint64(4000), 30000);
        const qint64 elapsed = clock.elapsed();
        QCOMPARE(restarts.count(), 0); // appended bytes only, no full recount
        QVERIFY(redraws.count() >= 1);
        QVERIFY2(redraws.count() <= elapsed / TimelineWidget::kRedrawIntervalMs + 1,
                 qPrintable(QStringLiteral("%1 redraws in %2 ms").arg(redraws.count()).arg(elapsed)));
        // The same counts as reading the whole file again.
        auto fresh = openTab(path);
        QCOMPARE(fresh->timelineModel()->counts().slots().size(), tab->timelineModel()->counts().slots().size());
        const Histogram a = tab->timelineModel()->histogram(5, QTimeZone::UTC);
        const Histogram b = fresh->timelineModel()->histogram(5, QTimeZone::UTC);
        QCOMPARE(a.timedTotal, qint64(4000));
        QCOMPARE(a.buckets.size(), b.buckets.size());
        for (std::size_t i = 0; i < a.buckets.size(); ++i)
            QCOMPARE(a.buckets[i].counts, b.buckets[i].counts);
    }

    void escapeAndCtrlDragPan()
    {
        auto tab = openTab();
        TimelinePlot *plot = tab->timeline()->plot();
        const QCPRange before = plot->viewRange();
        const QPoint centre = plot->axisRect()->rect().center();
        QTest::mousePress(plot, Qt::LeftButton, Qt::ControlModifier, centre);
        QTest::mouseMove(plot, centre + QPoint(120, 0));
        QTest::mouseRelease(plot, Qt::LeftButton, Qt::ControlModifier, centre + QPoint(120, 0));
        QVERIFY(plot->viewRange().lower < before.lower); // dragged right: earlier times
        QCOMPARE(tab->filterBar()->text(), QString()); // a pan is no brush
        QTest::keyClick(plot, Qt::Key_Escape);
        QCOMPARE(plot->viewRange().lower, before.lower);
    }

    void dragSelectsATimeRange()
    {
        auto tab = openTab();
        TimelinePlot *plot = tab->timeline()->plot();
        const Histogram histogram = plot->histogram();
        const HistogramBucket &first = histogram.buckets.at(2);
        const HistogramBucket &last = histogram.buckets.at(5);
        const int y = plot->axisRect()->rect().center().y();
        const QPoint from(static_cast<int>(std::lround(plot->pixelFor(static_cast<double>(first.start) + 0.3 * static_cast<double>(histogram.bucketSeconds)))), y);
        const QPoint to(static_cast<int>(std::lround(plot->pixelFor(static_cast<double>(last.end) - 0.3 * static_cast<double>(histogram.bucketSeconds)))), y);
        QTest::mousePress(plot, Qt::LeftButton, {}, from);
        QTest::mouseMove(plot, (from + to) / 2);
        QTest::mouseMove(plot, to);
        QTest::mouseRelease(plot, Qt::LeftButton, {}, to);

        const QString expected = TimeRangeTerms::withRange({}, first.start, last.end, QTimeZone::UTC);
        QCOMPARE(tab->filterBar()->text(), expected);
        QVERIFY(QTest::qWaitFor([&] { return settled(*tab) && tab->filteredModel()->hasQuery(); }, 30000));
        qint64 inRange = 0;
        for (std::size_t i = 2; i <= 5; ++i)
            inRange += histogram.buckets[i].total();
        QCOMPARE(tab->filteredModel()->matchCount(), inRange);
        QAbstractItemModel *rows = tab->view()->model();
        QVERIFY(rows->rowCount() > 0);
        for (int row = 0; row < rows->rowCount(); ++row) {
            const TimeNs time = rows->index(row, 0).data(LogTableModel::TimeRole).toLongLong();
            if (time == kNoTime)
                continue; // a continuation line
            QVERIFY(time >= first.start * 1000000000LL);
            QVERIFY(time < last.end * 1000000000LL);
        }
        // The chart now shows the brushed records only.
        QVERIFY(QTest::qWaitFor([&] { return tab->timeline()->plot()->histogram().timedTotal == inRange; }, 5000));

        // A double-click drops the range again.
        QTest::mouseDClick(plot, Qt::LeftButton, {}, from);
        QCOMPARE(tab->filterBar()->text(), QString());
    }

    void brushKeepsTheRestOfTheQuery()
    {
        auto tab = openTab();
        tab->filterBar()->setText(QStringLiteral("level:error OR level:warn"));
        QVERIFY(QTest::qWaitFor([&] { return settled(*tab); }, 30000));
        tab->timeline()->refresh();
        TimelinePlot *plot = tab->timeline()->plot();
        const int y = plot->axisRect()->rect().center().y();
        const QRect area = plot->axisRect()->rect();
        QTest::mousePress(plot, Qt::LeftButton, {}, QPoint(area.left() + area.width() / 4, y));
        QTest::mouseMove(plot, QPoint(area.left() + area.width() / 2, y));
        QTest::mouseRelease(plot, Qt::LeftButton, {}, QPoint(area.left() + area.width() / 2, y));
        QVERIFY2(tab->filterBar()->text().startsWith(u"(level:error OR level:warn) since:"), qPrintable(tab->filterBar()->text()));
        QVERIFY(!tab->filterBar()->hasError());
        QTest::keyClick(plot, Qt::Key_Escape);
        QCOMPARE(tab->filterBar()->text(), QStringLiteral("(level:error OR level:warn)"));
    }

    void legendTogglesALevel()
    {
        auto tab = openTab();
        QToolButton *entry = tab->timeline()->legend()->levelEntry(Level::Info);
        QVERIFY(entry->isVisible());
        QVERIFY(tab->filterBar()->levelButton(Level::Info)->isChecked());
        QTest::mouseClick(entry, Qt::LeftButton);
        QVERIFY(!tab->filterBar()->levelButton(Level::Info)->isChecked());
        QVERIFY(!tab->filterBar()->levelTerm().isEmpty());
        QVERIFY(entry->font().strikeOut());
        QVERIFY(QTest::qWaitFor([&] { return settled(*tab) && tab->filteredModel()->hasQuery(); }, 30000));
        tab->timeline()->refresh();
        const Histogram &histogram = tab->timeline()->plot()->histogram();
        for (const HistogramBucket &bucket : histogram.buckets)
            QCOMPARE(bucket.counts[static_cast<std::size_t>(Level::Info)], 0);
        QVERIFY(entry->isVisible()); // still there, to switch it back on
        QTest::mouseClick(entry, Qt::LeftButton);
        QVERIFY(tab->filterBar()->levelButton(Level::Info)->isChecked());
        QVERIFY(!entry->font().strikeOut());
    }

    void clickingABarShowsItsFirstRecord()
    {
        auto tab = openTab();
        TimelinePlot *plot = tab->timeline()->plot();
        const Histogram histogram = plot->histogram();
        const HistogramBucket &bucket = histogram.buckets.at(histogram.buckets.size() / 2);
        QVERIFY(bucket.firstLine >= 0);
        const QPoint at(static_cast<int>(std::lround(plot->pixelFor((static_cast<double>(bucket.start) + static_cast<double>(bucket.end)) / 2))),
                        plot->axisRect()->rect().bottom() - 3);
        QTest::mouseClick(plot, Qt::LeftButton, {}, at);
        QCOMPARE(tab->lineAt(tab->view()->currentRow()), bucket.firstLine);
        const TimeNs time = tab->view()->model()->index(tab->view()->currentRow(), 0).data(LogTableModel::TimeRole).toLongLong();
        QVERIFY(time >= bucket.start * 1000000000LL && time < bucket.end * 1000000000LL);
    }

    void hoverTipShowsTheCounts()
    {
        auto tab = openTab();
        TimelinePlot *plot = tab->timeline()->plot();
        const HistogramBucket bucket = plot->histogram().buckets.at(1);
        const QString text = plot->tipText((static_cast<double>(bucket.start) + static_cast<double>(bucket.end)) / 2);
        QVERIFY2(text.contains(QStringLiteral("total: %L1").arg(bucket.total())), qPrintable(text));
        QVERIFY(text.contains(u"info: "));
        QCOMPARE(plot->tip()->textFormat(), Qt::PlainText);
    }

    void wheelZoomsToFinerBuckets()
    {
        auto tab = openTab();
        TimelinePlot *plot = tab->timeline()->plot();
        const qint64 before = plot->histogram().bucketSeconds;
        const QPoint centre = plot->axisRect()->rect().center();
        for (int i = 0; i < 8; ++i) {
            QWheelEvent wheel(centre, plot->mapToGlobal(centre), {}, QPoint(0, 120), Qt::NoButton, {}, Qt::NoScrollPhase, false);
            QCoreApplication::sendEvent(plot, &wheel);
        }
        QVERIFY(plot->histogram().bucketSeconds < before);
        QTest::mouseDClick(plot, Qt::LeftButton, {}, centre);
        QCOMPARE(plot->histogram().bucketSeconds, before);
    }

    void bandFollowsTheTable()
    {
        auto tab = openTab();
        tab->view()->setCurrentRow(tab->view()->model()->rowCount() - 1);
        QAbstractItemModel *rows = tab->view()->model();
        const TimeNs lastTime = rows->index(rows->rowCount() - 1, 0).data(LogTableModel::TimeRole).toLongLong();
        QVERIFY(QTest::qWaitFor([&] {
            const auto band = tab->timeline()->plot()->band();
            return band && std::abs(band->second - static_cast<double>(lastTime) / 1e9) < 0.001;
        }, 5000));
        const auto band = tab->timeline()->plot()->band();
        QVERIFY(band->first <= band->second);
    }
};

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"
