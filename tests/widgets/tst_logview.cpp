// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logtab.h"
#include "logview.h"
#include "messagehighlighter.h"

#include "model/logtablemodel.h"
#include "model/recordmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

/// The log view driven as a person would: keys, clicks, drags.
class TestLogView : public QObject
{
    Q_OBJECT

private:
    static QStandardItemModel *makeModel(int rows, QObject *parent)
    {
        auto *model = new QStandardItemModel(rows, 2, parent);
        for (int r = 0; r < rows; ++r) {
            model->setItem(r, 0, new QStandardItem(QString::number(r + 1)));
            model->setItem(r, 1, new QStandardItem(QStringLiteral("text %1").arg(r)));
        }
        return model;
    }

    /// A tab over a text log: record 0 one line, record 1 with a six-line
    /// stack trace (lines 2-7), record 2 one line.
    static std::unique_ptr<LogTab> openStackTraceTab(const QTemporaryDir &dir)
    {
        const QString path = dir.filePath(QStringLiteral("trace.log"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write("2026-03-14 08:00:01 INFO [main] app - started\n"
                   "2026-03-14 08:00:02 ERROR [main] app - request failed\n"
                   "java.lang.IllegalStateException: boom\n"
                   "\tat com.example.App.a(App.java:1)\n"
                   "\tat com.example.App.b(App.java:2)\n"
                   "\tat com.example.App.c(App.java:3)\n"
                   "\tat com.example.App.d(App.java:4)\n"
                   "\t... 3 more\n"
                   "2026-03-14 08:00:03 INFO [main] app - recovered\n");
        file.close();
        auto tab = std::make_unique<LogTab>();
        tab->resize(900, 500);
        if (!tab->open(path))
            qFatal("cannot open %s", qPrintable(path));
        return tab;
    }

private Q_SLOTS:
    void multiLineRecordIsOneRowThatExpands()
    {
        QTemporaryDir dir;
        auto tab = openStackTraceTab(dir);
        tab->show();
        QVERIFY(QTest::qWaitForWindowExposed(tab.get()));
        LogView *view = tab->view();
        QTRY_COMPARE(view->model()->rowCount(), 3);
        QCOMPARE(view->model()->index(1, 0).data(RecordModel::RecordLinesRole).toLongLong(), 7);
        QVERIFY(view->expanderRect(0).isEmpty()); // single-line records have none
        const QRect expander = view->expanderRect(1);
        QVERIFY(!expander.isEmpty());
        // A click on the expander shows the six continuation lines.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, expander.center());
        QCOMPARE(view->model()->rowCount(), 9);
        QCOMPARE(view->currentRow(), 1);
        QCOMPARE(tab->lineAt(2), 2);
        // A second click folds them again.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->expanderRect(1).center());
        QCOMPARE(view->model()->rowCount(), 3);
    }

    void expandKeys_data()
    {
        QTest::addColumn<QList<int>>("keys");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("current");
        using Keys = QList<int>;
        QTest::newRow("right expands") << Keys{Qt::Key_Right} << 9 << 1;
        QTest::newRow("plus expands") << Keys{Qt::Key_Plus} << 9 << 1;
        QTest::newRow("right twice enters the record") << Keys{Qt::Key_Right, Qt::Key_Right} << 9 << 2;
        QTest::newRow("left goes back to the record") << Keys{Qt::Key_Right, Qt::Key_Down, Qt::Key_Down, Qt::Key_Left} << 9 << 1;
        QTest::newRow("left collapses") << Keys{Qt::Key_Right, Qt::Key_Left} << 3 << 1;
        QTest::newRow("minus on a continuation collapses") << Keys{Qt::Key_Right, Qt::Key_Down, Qt::Key_Minus} << 3 << 1;
        QTest::newRow("down passes a folded record") << Keys{Qt::Key_Down} << 3 << 2;
    }

    void expandKeys()
    {
        QFETCH(QList<int>, keys);
        QFETCH(int, rows);
        QFETCH(int, current);
        QTemporaryDir dir;
        auto tab = openStackTraceTab(dir);
        tab->show();
        QVERIFY(QTest::qWaitForWindowExposed(tab.get()));
        LogView *view = tab->view();
        QTRY_COMPARE(view->model()->rowCount(), 3);
        view->setFocus();
        view->setCurrentRow(1);
        for (int key : keys)
            QTest::keyClick(view, Qt::Key(key));
        QCOMPARE(view->model()->rowCount(), rows);
        QCOMPARE(view->currentRow(), current);
    }

    void copyingAFoldedRecordCopiesAllItsLines()
    {
        QTemporaryDir dir;
        auto tab = openStackTraceTab(dir);
        tab->show();
        QVERIFY(QTest::qWaitForWindowExposed(tab.get()));
        LogView *view = tab->view();
        QTRY_COMPARE(view->model()->rowCount(), 3);
        view->setFocus();
        view->setCurrentRow(1);
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
        const QString text = QApplication::clipboard()->text();
        QVERIFY(text.startsWith(QStringLiteral("2026-03-14 08:00:02 ERROR")));
        QVERIFY(text.endsWith(QStringLiteral("    ... 3 more")));
        QCOMPARE(text.count(u'\n'), 6);
    }

    void goingToAFoldedLineExpandsItsRecord()
    {
        QTemporaryDir dir;
        auto tab = openStackTraceTab(dir);
        tab->show();
        QVERIFY(QTest::qWaitForWindowExposed(tab.get()));
        QTRY_COMPARE(tab->view()->model()->rowCount(), 3);
        tab->goToLine(5); // "at com.example.App.b"
        QCOMPARE(tab->view()->model()->rowCount(), 9);
        QCOMPARE(tab->lineAt(tab->view()->currentRow()), 4);
        QCOMPARE(tab->view()->model()->index(tab->view()->currentRow(), LogTableModel::MessageColumn).data().toString(),
                 QStringLiteral("    at com.example.App.b(App.java:2)"));
    }

    void messageColoursComeFromTheLogDefinition()
    {
        MessageHighlighter highlighter;
        QVERIFY(highlighter.isValid()); // KF6 ships a log-file definition
        const QString text = QStringLiteral("GET /api/orders/42 failed: java.net.SocketTimeoutException \"read timed out\" after 3000 ms from 192.0.2.14");
        const MessageHighlighter::Spans light = highlighter.spans(text);
        QVERIFY(!light.isEmpty());
        for (const MessageHighlighter::Span &span : light) {
            QVERIFY(span.start >= 0 && span.length > 0 && span.start + span.length <= text.size());
            QVERIFY(span.colour.isValid());
        }
        QCOMPARE(&highlighter.spans(text), &highlighter.spans(text)); // cached
        highlighter.setDark(true);
        const MessageHighlighter::Spans dark = highlighter.spans(text);
        QCOMPARE(dark.size(), light.size());
        bool differs = false;
        for (qsizetype i = 0; i < dark.size(); ++i)
            differs = differs || dark[i].colour != light[i].colour;
        QVERIFY(differs); // the theme follows the palette
    }

    void keyboardNavigation_data()
    {
        QTest::addColumn<QList<QKeyCombination>>("keys");
        QTest::addColumn<int>("expectedRow");
        using Keys = QList<QKeyCombination>;
        QTest::newRow("down twice") << Keys{Qt::Key_Down, Qt::Key_Down} << 1;
        QTest::newRow("up at top") << Keys{Qt::Key_Down, Qt::Key_Up, Qt::Key_Up} << 0;
        QTest::newRow("page down") << Keys{Qt::Key_Down, Qt::Key_PageDown} << -1; // -1: one page
        QTest::newRow("ctrl+end") << Keys{Qt::ControlModifier | Qt::Key_End} << 999;
        QTest::newRow("ctrl+end, ctrl+home") << Keys{Qt::ControlModifier | Qt::Key_End, Qt::ControlModifier | Qt::Key_Home}
                                             << 0;
    }

    void keyboardNavigation()
    {
        QFETCH(QList<QKeyCombination>, keys);
        QFETCH(int, expectedRow);
        LogView view;
        view.resize(600, 300);
        view.setModel(makeModel(1000, &view));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (QKeyCombination key : keys)
            QTest::keyClick(&view, key.key(), key.keyboardModifiers());
        if (expectedRow < 0)
            expectedRow = view.viewport()->height() / view.rowHeight() - 1;
        QCOMPARE(view.currentRow(), expectedRow);
        // The current row is always on screen.
        QVERIFY(view.currentRow() >= view.firstVisibleRow());
        QVERIFY(view.currentRow() < view.firstVisibleRow() + view.visibleRowCount());
    }

    void clickShiftClickAndCopy()
    {
        LogView view;
        view.resize(600, 300);
        view.setModel(makeModel(100, &view));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const int h = view.rowHeight();
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(100, 2 * h + h / 2));
        QCOMPARE(view.currentRow(), 2);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::ShiftModifier, QPoint(100, 4 * h + h / 2));
        QCOMPARE(view.selectedRange(), std::make_pair(2, 4));
        QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("text 2\ntext 3\ntext 4"));
    }

    void staysAtBottomWhenRowsArrive()
    {
        LogView view;
        view.resize(600, 300);
        auto *model = makeModel(1000, &view);
        view.setModel(model);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTest::keyClick(&view, Qt::Key_End, Qt::ControlModifier);
        QVERIFY(view.isAtBottom());
        model->appendRow({new QStandardItem(QStringLiteral("1001")), new QStandardItem(QStringLiteral("new"))});
        QVERIFY(view.isAtBottom());
        QCOMPARE(view.firstVisibleRow(), 1001 - view.verticalScrollBar()->pageStep());
        // Scrolled up, the view holds still.
        view.verticalScrollBar()->setValue(10);
        model->appendRow({new QStandardItem(QStringLiteral("1002")), new QStandardItem(QStringLiteral("newer"))});
        QCOMPARE(view.firstVisibleRow(), 10);
    }

    void columnsFollowTheHeader()
    {
        LogView view;
        view.resize(600, 300);
        view.setModel(makeModel(10, &view));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.header()->count(), 2);
        view.header()->hideSection(0);
        QVERIFY(view.header()->isSectionHidden(0));
        QCOMPARE(view.rowAt(0), 0);
    }
};

QTEST_MAIN(TestLogView)
#include "tst_logview.moc"
