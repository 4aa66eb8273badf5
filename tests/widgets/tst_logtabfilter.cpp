// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailpane.h"
#include "filterbar.h"
#include "logtab.h"
#include "logview.h"
#include "matchoverview.h"

#include "index/logfile.h"
#include "model/filteredmodel.h"
#include "model/logtablemodel.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <algorithm>
#include <functional>

namespace {
constexpr int kLines = 200;

/// Line i: error when i % 10 == 0, else warn when i % 5 == 0, else info;
/// user "Jane Doe" when i % 3 == 0; request_id req-(i % 7); "timeout"
/// when i % 50 == 0.
QByteArray fixture()
{
    QByteArray data;
    for (int i = 0; i < kLines; ++i) {
        const char *level = i % 10 == 0 ? "error" : i % 5 == 0 ? "warn" : "info";
        data += QStringLiteral("{\"time\":\"2024-01-15T10:%1:%2Z\",\"level\":\"%3\",\"msg\":\"request %4%5\","
                               "\"user\":\"%6\",\"request_id\":\"req-%7\"}\n")
                    .arg(i / 60, 2, 10, QLatin1Char('0'))
                    .arg(i % 60, 2, 10, QLatin1Char('0'))
                    .arg(QLatin1StringView(level))
                    .arg(i)
                    .arg(i % 50 == 0 ? QStringLiteral(" timeout") : QString())
                    .arg(i % 3 == 0 ? QStringLiteral("Jane Doe") : QStringLiteral("bob"))
                    .arg(i % 7)
                    .toUtf8();
    }
    return data;
}

/// Runs @p act on the next popup menu or modal dialog to open.
void whenOpened(std::function<void(QWidget *)> act)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act] {
        QWidget *widget = QApplication::activePopupWidget();
        if (!widget)
            widget = QApplication::activeModalWidget();
        if (!widget || !widget->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        act(widget);
    });
    timer->start();
}

/// Picks the item called @p text in @p menu with the keyboard, as a
/// person would (a menu ignores a mouse release that did not move).
void clickItem(QMenu *menu, const QString &text)
{
    QAction *target = nullptr;
    for (QAction *action : menu->actions())
        if (action->text() == text)
            target = action;
    if (!target) {
        qWarning("no menu item %s", qPrintable(text));
        menu->close();
        return;
    }
    for (qsizetype i = 0; i < menu->actions().size() && menu->activeAction() != target; ++i)
        QTest::keyClick(menu, Qt::Key_Down);
    QTest::keyClick(menu, Qt::Key_Return);
}

/// Right-clicks @p widget at @p pos (the context menu event a right click makes).
void rightClick(QWidget *widget, QPoint pos)
{
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, widget->mapToGlobal(pos));
    QApplication::sendEvent(widget, &event);
}
} // namespace

/// The tab's filter features as a person uses them: right-click to filter,
/// level counts, context rows, the match overview.
class TestLogTabFilter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    static bool openAndWait(LogTab &tab, const QString &path)
    {
        tab.resize(1100, 700);
        tab.show();
        if (!tab.open(path))
            return false;
        return QTest::qWaitFor([&] { return tab.logFile()->format() && !tab.logFile()->isIndexing(); }, 20000)
               && QTest::qWaitFor([&] { return tab.view()->model()->rowCount() == kLines; }, 20000);
    }

    static void typeQuery(LogTab &tab, const QString &query)
    {
        QLineEdit *edit = tab.filterBar()->lineEdit();
        edit->clear();
        QTest::keyClicks(edit, query);
        QTest::keyClick(edit, Qt::Key_Return);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("TZ", "UTC");
        QCoreApplication::setOrganizationName(QStringLiteral("TidelineTest"));
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_path = m_dir.filePath(QStringLiteral("requests.log"));
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(fixture());
    }

    void rightClickOnATableValueAddsItToTheQuery()
    {
        LogTab tab;
        QVERIFY(openAndWait(tab, m_path));
        tab.model()->setFieldColumns({QStringLiteral("request_id"), QStringLiteral("user")});
        LogView *view = tab.view();
        const int requestColumn = LogTableModel::ColumnCount;
        const int userColumn = LogTableModel::ColumnCount + 1;
        view->header()->moveSection(view->header()->visualIndex(userColumn), 1);
        view->header()->moveSection(view->header()->visualIndex(requestColumn), 1);
        const auto cellPoint = [view](int row, int column) {
            return QPoint(view->header()->sectionViewportPosition(column) + 8, row * view->rowHeight() + view->rowHeight() / 2);
        };

        whenOpened([](QWidget *menu) {
            clickItem(qobject_cast<QMenu *>(menu), LogTab::tr("Filter on %1").arg(QStringLiteral("user:\"Jane Doe\"")));
        });
        rightClick(view->viewport(), cellPoint(0, userColumn));
        QTRY_COMPARE(tab.filterBar()->text(), QStringLiteral("user:\"Jane Doe\""));
        QTRY_COMPARE(view->model()->rowCount(), (kLines + 2) / 3);

        whenOpened([](QWidget *menu) {
            clickItem(qobject_cast<QMenu *>(menu), LogTab::tr("Exclude %1").arg(QStringLiteral("request_id:req-0")));
        });
        rightClick(view->viewport(), cellPoint(0, requestColumn));
        QTRY_COMPARE(tab.filterBar()->text(), QStringLiteral("user:\"Jane Doe\" NOT request_id:req-0"));
        // i % 3 == 0 and i % 7 != 0
        int expected = 0;
        for (int i = 0; i < kLines; ++i)
            expected += i % 3 == 0 && i % 7 != 0;
        QTRY_COMPARE(view->model()->rowCount(), expected);
    }

    void rightClickOnADetailFieldAddsItToTheQuery_data()
    {
        QTest::addColumn<QString>("item");
        QTest::addColumn<QString>("query");
        QTest::newRow("filter on") << DetailPane::tr("&Filter on This Value") << QStringLiteral("request_id:req-3");
        QTest::newRow("exclude") << DetailPane::tr("&Exclude This Value") << QStringLiteral("NOT request_id:req-3");
    }

    void rightClickOnADetailFieldAddsItToTheQuery()
    {
        QFETCH(QString, item);
        QFETCH(QString, query);
        LogTab tab;
        QVERIFY(openAndWait(tab, m_path));
        tab.setDetailVisible(true);
        tab.view()->setCurrentRow(3);
        auto *fields = tab.findChild<QTableWidget *>(QStringLiteral("detailFields"));
        QVERIFY(fields);
        QTRY_VERIFY(!fields->findItems(QStringLiteral("request_id"), Qt::MatchExactly).isEmpty());
        QTableWidgetItem *name = fields->findItems(QStringLiteral("request_id"), Qt::MatchExactly).first();
        const QPoint point = fields->visualItemRect(fields->item(name->row(), 1)).center();
        QTest::mouseClick(fields->viewport(), Qt::LeftButton, {}, point);
        QCOMPARE(fields->currentRow(), name->row());
        whenOpened([item](QWidget *menu) { clickItem(qobject_cast<QMenu *>(menu), item); });
        rightClick(fields->viewport(), point);
        QTRY_COMPARE(tab.filterBar()->text(), query);
    }

    void levelCountsFollowTheQuery()
    {
        LogTab tab;
        QVERIFY(openAndWait(tab, m_path));
        FilterBar *bar = tab.filterBar();
        QTRY_COMPARE(bar->levelButton(Level::Error)->text(), QStringLiteral("ERROR 20"));
        QTRY_COMPARE(bar->levelButton(Level::Info)->text(), QStringLiteral("INFO 160"));
        typeQuery(tab, QStringLiteral("timeout")); // lines 0, 50, 100, 150: all errors
        QTRY_COMPARE(bar->levelButton(Level::Error)->text(), QStringLiteral("ERROR 4"));
        QTRY_COMPARE(bar->levelButton(Level::Info)->text(), QStringLiteral("INFO 0"));
        QVERIFY(bar->levelButton(Level::Info)->isVisible()); // the toggles do not jump around
        // Hiding errors hides every match, but the toggle still says what the query matches.
        QTest::mouseClick(bar->levelButton(Level::Error), Qt::LeftButton);
        QTRY_COMPARE(tab.view()->model()->rowCount(), 0);
        QTRY_VERIFY(!tab.filteredModel()->isCounting());
        QCOMPARE(bar->levelButton(Level::Error)->text(), QStringLiteral("ERROR 4"));
        typeQuery(tab, QStringLiteral("user:bob"));
        QTRY_VERIFY(!tab.filteredModel()->isCounting());
        QTRY_COMPARE(bar->levelButton(Level::Error)->text(), QStringLiteral("ERROR 13")); // i % 10 == 0, i % 3 != 0
    }

    /// A regex that backtracks without end: the filter bar says so, and the
    /// tab keeps answering (the scan ends instead of grinding every record).
    void tooExpensiveRegexIsShownInTheBar()
    {
        const QString path = m_dir.filePath(QStringLiteral("redos.log"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < kLines; ++i)
            file.write("2024-01-15 10:00:00,000 INFO [main] app - " + QByteArray(40, 'a') + "!\n");
        file.close();
        LogTab tab;
        QVERIFY(openAndWait(tab, path));
        typeQuery(tab, QStringLiteral("/(a+)+$/"));
        QTRY_VERIFY_WITH_TIMEOUT(tab.filterBar()->hasError(), 20000);
        QCOMPARE(tab.filterBar()->errorLabel()->text(),
                 QStringLiteral("query too expensive: the regex /(a+)+$/ backtracks too much; make it more specific"));
        typeQuery(tab, QStringLiteral("/a+!/")); // a fresh query starts clean
        QTRY_COMPARE_WITH_TIMEOUT(tab.view()->model()->rowCount(), kLines, 20000);
        QVERIFY(!tab.filterBar()->hasError());
    }

    void contextRowsAroundMatches()
    {
        LogTab tab;
        QVERIFY(openAndWait(tab, m_path));
        typeQuery(tab, QStringLiteral("timeout"));
        QAbstractItemModel *rows = tab.view()->model();
        QTRY_COMPARE(rows->rowCount(), 4);
        QTest::keyClick(tab.filterBar()->contextBox(), Qt::Key_Up);
        QTest::keyClick(tab.filterBar()->contextBox(), Qt::Key_Up);
        // Lines 0-2, 48-52, 98-102, 148-152.
        QTRY_COMPARE(rows->rowCount(), 18);
        QTRY_VERIFY(!tab.filteredModel()->isScanning());
        QList<qint64> context;
        for (int row = 0; row < rows->rowCount(); ++row)
            if (rows->index(row, 0).data(FilteredModel::ContextRole).toBool())
                context << tab.lineAt(row);
        QCOMPARE(context, (QList<qint64>{1, 2, 48, 49, 51, 52, 98, 99, 101, 102, 148, 149, 151, 152}));
        // Find mode shows every row; no context there.
        tab.filterBar()->setFindMode(true);
        QTRY_COMPARE(rows->rowCount(), kLines);
        QVERIFY(!rows->index(1, 0).data(FilteredModel::ContextRole).toBool());
    }

    void matchOverviewShowsAndJumps()
    {
        LogTab tab;
        QVERIFY(openAndWait(tab, m_path));
        MatchOverview *overview = tab.matchOverview();
        typeQuery(tab, QStringLiteral("timeout"));
        QVERIFY(!overview->isVisible()); // Filter mode hides the rest anyway
        tab.filterBar()->setFindMode(true);
        QTRY_VERIFY(overview->isVisible());
        QTRY_VERIFY(!tab.filteredModel()->isScanning());
        const std::vector<bool> marks = overview->marks(kLines);
        std::vector<int> marked;
        for (int i = 0; i < kLines; ++i)
            if (marks[std::size_t(i)])
                marked.push_back(i);
        QCOMPARE(marked, (std::vector<int>{0, 50, 100, 150}));
        QCOMPARE(std::ranges::count(overview->marks(4), true), 4);

        // Clicking just above the third match goes to it.
        const int height = overview->height();
        QVERIFY(height > 20);
        const int y = static_cast<int>(qint64{95} * height / kLines);
        QVERIFY(overview->lineAtY(y, height) <= 100);
        QTest::mouseClick(overview, Qt::LeftButton, {}, QPoint(overview->width() / 2, y));
        QTRY_COMPARE(tab.lineAt(tab.view()->currentRow()), 100);
        tab.filterBar()->setFindMode(false);
        QVERIFY(!overview->isVisible());
    }
};

QTEST_MAIN(TestLogTabFilter)
#include "tst_logtabfilter.moc"
