// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logview.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QScrollBar>
#include <QStandardItemModel>
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

private Q_SLOTS:
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
