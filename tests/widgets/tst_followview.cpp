// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/logfile.h"
#include "logtab.h"
#include "logview.h"
#include "newlinesbadge.h"
#include "filterbar.h"
#include "model/filteredmodel.h"

#include <QFile>
#include <QLineEdit>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>

/// A followed tab as a person sees it: scrolled up, new lines are counted on
/// the badge instead of moving the view; a click or End jumps down; a
/// truncation leaves a marker between the old and the new rows.
class TestFollowView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /// Shows @p tab as a person sees it, with @p path open and followed.
    static bool showFollowing(LogTab &tab, const QString &path)
    {
        tab.resize(800, 600);
        tab.show();
        if (!QTest::qWaitForWindowExposed(&tab) || !tab.open(path))
            return false;
        tab.setFollowing(true);
        return tab.isFollowing();
    }

    static QByteArray numbered(int from, int count)
    {
        QByteArray out;
        for (int i = from; i < from + count; ++i)
            out += "2026-03-14 08:00:00,000 INFO [main] app - line " + QByteArray::number(i) + '\n';
        return out;
    }

    static void put(const QString &path, const QByteArray &data, QIODevice::OpenMode mode = QIODevice::Append)
    {
        QFile file(path);
        if (!file.open(mode) || file.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
    }

private Q_SLOTS:
    void badgeCountsRowsWhileScrolledUp_data()
    {
        QTest::addColumn<bool>("byKey");
        QTest::newRow("click") << false;
        QTest::newRow("End key") << true;
    }

    void badgeCountsRowsWhileScrolledUp()
    {
        QFETCH(bool, byKey);
        const QString path = m_dir.filePath(QStringLiteral("badge-%1.log").arg(byKey));
        put(path, numbered(0, 500), QIODevice::WriteOnly);
        LogTab tab;
        QVERIFY(showFollowing(tab, path));
        LogView *view = tab.view();
        auto *badge = view->findChild<NewLinesBadge *>(QStringLiteral("newLinesBadge"));
        QVERIFY(badge);
        QTRY_COMPARE(view->model()->rowCount(), 500);
        view->setFocus();
        put(path, numbered(500, 2)); // following from the top: rows arrive, nothing to announce
        QTRY_COMPARE(view->model()->rowCount(), 502);
        QVERIFY(!badge->isVisible());
        QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier); // to the last row
        QVERIFY(view->isAtBottom());

        put(path, numbered(502, 3)); // at the bottom: the view follows, no badge
        QTRY_COMPARE(view->model()->rowCount(), 505);
        QVERIFY(view->isAtBottom());
        QVERIFY(!badge->isVisible());

        view->verticalScrollBar()->setValue(0); // the user scrolls up
        put(path, numbered(505, 7));
        QTRY_COMPARE(view->model()->rowCount(), 512);
        QTRY_VERIFY(badge->isVisible());
        QCOMPARE(badge->newRows(), qint64(7));
        QVERIFY(badge->text().contains(QStringLiteral("7")));
        QCOMPARE(view->firstVisibleRow(), 0); // held still

        if (byKey) {
            view->setFocus();
            QTest::keyClick(view, Qt::Key_End);
        } else {
            QTest::mouseClick(badge, Qt::LeftButton);
        }
        QVERIFY(view->isAtBottom());
        QVERIFY(!badge->isVisible());
        put(path, numbered(512, 2));
        QTRY_COMPARE(view->model()->rowCount(), 514);
        QVERIFY(view->isAtBottom());
        QVERIFY(!badge->isVisible());

        tab.setFollowing(false); // paused: nothing counted
        QVERIFY(!badge->isVisible());
    }

    void aNewFilterIsNotNewLines()
    {
        const QString path = m_dir.filePath(QStringLiteral("filter.log"));
        put(path, numbered(0, 500), QIODevice::WriteOnly);
        LogTab tab;
        QVERIFY(showFollowing(tab, path));
        LogView *view = tab.view();
        auto *badge = view->findChild<NewLinesBadge *>(QStringLiteral("newLinesBadge"));
        QTRY_COMPARE(view->model()->rowCount(), 500);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier); // at the bottom: the badge is armed
        QTest::keyClicks(tab.filterBar()->findChild<QLineEdit *>(), QStringLiteral("line"));
        QTest::keyClick(tab.filterBar()->findChild<QLineEdit *>(), Qt::Key_Return);
        QTRY_VERIFY(tab.filteredModel()->rowCount() == 500 && !tab.filteredModel()->isScanning());
        QVERIFY(!badge->isVisible());
    }

    void truncationLeavesAMarkerRow()
    {
        const QString path = m_dir.filePath(QStringLiteral("marker.log"));
        put(path, numbered(0, 5), QIODevice::WriteOnly);
        LogTab tab;
        QVERIFY(showFollowing(tab, path));
        LogView *view = tab.view();
        QTRY_COMPARE(view->model()->rowCount(), 5);
        QTRY_VERIFY(tab.logFile()->dataPath() != path); // following through the mirror
        QTRY_VERIFY(!tab.logFile()->isIndexing());
        const QImage before = view->viewport()->grab().toImage();
        put(path, numbered(100, 2), QIODevice::WriteOnly | QIODevice::Truncate);
        QTRY_COMPARE(view->model()->rowCount(), 7);
        QCOMPARE(tab.logFile()->followEvents().size(), std::size_t(1));
        // The rule is drawn at the top edge of row 5, the first new row.
        const QImage after = view->viewport()->grab().toImage();
        const int y = 5 * view->rowHeight();
        const QColor rule = view->palette().color(QPalette::Link);
        QCOMPARE(after.pixelColor(2, y), rule);
        QVERIFY(before.pixelColor(2, y) != rule);
    }
};

QTEST_MAIN(TestFollowView)
#include "tst_followview.moc"
