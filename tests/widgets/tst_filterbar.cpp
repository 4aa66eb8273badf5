// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterbar.h"

#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

/// The filter bar as a person types into it.
class TestFilterBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("TidelineTest"));
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        QSettings().remove(QStringLiteral("filter/history"));
    }

    void typingRunsOnceAfterAPause()
    {
        FilterBar bar;
        QSignalSpy changed(&bar, &FilterBar::queryChanged);
        QTest::keyClicks(bar.lineEdit(), QStringLiteral("level:error"));
        QCOMPARE(changed.size(), 0);
        QTRY_COMPARE(changed.size(), 1);
        QTest::qWait(FilterBar::kDebounceMs * 2);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(bar.text(), QStringLiteral("level:error"));
    }

    void returnRunsAtOnce()
    {
        FilterBar bar;
        QSignalSpy changed(&bar, &FilterBar::queryChanged);
        QTest::keyClicks(bar.lineEdit(), QStringLiteral("GET"));
        QTest::keyClick(bar.lineEdit(), Qt::Key_Return);
        QCOMPARE(changed.size(), 1);
    }

    void historyWalksBackAndForth()
    {
        {
            FilterBar bar;
            for (const QString &query : {QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("one")}) {
                bar.lineEdit()->clear();
                QTest::keyClicks(bar.lineEdit(), query);
                QTest::keyClick(bar.lineEdit(), Qt::Key_Return);
            }
        }
        FilterBar bar; // a new bar reads the persisted history
        QTest::keyClicks(bar.lineEdit(), QStringLiteral("draft"));
        QTest::keyClick(bar.lineEdit(), Qt::Key_Up);
        QCOMPARE(bar.text(), QStringLiteral("one")); // most recent first, no duplicates
        QTest::keyClick(bar.lineEdit(), Qt::Key_Up);
        QCOMPARE(bar.text(), QStringLiteral("two"));
        QTest::keyClick(bar.lineEdit(), Qt::Key_Up);
        QCOMPARE(bar.text(), QStringLiteral("two"));
        QTest::keyClick(bar.lineEdit(), Qt::Key_Down);
        QCOMPARE(bar.text(), QStringLiteral("one"));
        QTest::keyClick(bar.lineEdit(), Qt::Key_Down);
        QCOMPARE(bar.text(), QStringLiteral("draft"));
    }

    void historyKeepsTheLastFifty()
    {
        FilterBar bar;
        for (int i = 0; i < FilterBar::kHistorySize + 10; ++i) {
            bar.lineEdit()->setText(QStringLiteral("q%1").arg(i));
            bar.remember();
        }
        QCOMPARE(QSettings().value(QStringLiteral("filter/history")).toStringList().size(), FilterBar::kHistorySize);
    }

    void escClearsThenLeaves()
    {
        FilterBar bar;
        QSignalSpy changed(&bar, &FilterBar::queryChanged);
        QSignalSpy escaped(&bar, &FilterBar::escapePressed);
        QTest::keyClicks(bar.lineEdit(), QStringLiteral("timeout"));
        QTest::keyClick(bar.lineEdit(), Qt::Key_Escape);
        QCOMPARE(bar.text(), QString());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(escaped.size(), 0);
        QTest::keyClick(bar.lineEdit(), Qt::Key_Escape);
        QCOMPARE(escaped.size(), 1);
    }

    void errorShowsMessageAndColumn()
    {
        FilterBar bar;
        bar.show();
        QTest::keyClicks(bar.lineEdit(), QStringLiteral("(a OR b))"));
        bar.showError(QStringLiteral("unexpected ')' at column 9"), 9);
        QVERIFY(bar.hasError());
        QVERIFY(bar.errorLabel()->isVisible());
        QCOMPARE(bar.errorLabel()->textFormat(), Qt::PlainText);
        QCOMPARE(bar.errorLabel()->text(), QStringLiteral("unexpected ')' at column 9"));
        QCOMPARE(bar.errorColumn(), 9);
        QCOMPARE(bar.text(), QStringLiteral("(a OR b))")); // marking does not change the text
        bar.clearError();
        QVERIFY(!bar.hasError());
        QCOMPARE(bar.errorColumn(), 0);
    }

    void levelTogglesMakeATerm()
    {
        FilterBar bar;
        QSignalSpy changed(&bar, &FilterBar::queryChanged);
        QCOMPARE(bar.levelTerm(), QString());
        FilterStats stats;
        stats.levels[static_cast<int>(Level::Info)] = 1200;
        stats.levels[static_cast<int>(Level::Error)] = 3;
        bar.setLevelCounts(stats);
        bar.show();
        QVERIFY(bar.levelButton(Level::Info)->isVisible());
        QVERIFY(!bar.levelButton(Level::Trace)->isVisible()); // none in the file
        QVERIFY(bar.levelButton(Level::Error)->text().contains(QStringLiteral("3")));
        QTest::mouseClick(bar.levelButton(Level::Info), Qt::LeftButton);
        QCOMPARE(changed.size(), 1);
        const QString term = bar.levelTerm();
        QVERIFY2(!term.contains(QStringLiteral("level:info")), qPrintable(term));
        QVERIFY2(term.contains(QStringLiteral("level:error")) && term.contains(QStringLiteral("level:unknown")), qPrintable(term));
        QVERIFY(bar.levelButton(Level::Info)->isVisible());
    }

    void addTermKeepsOrTogether()
    {
        FilterBar bar;
        bar.setText(QStringLiteral("a OR b"));
        bar.addTerm(QStringLiteral("level:error"));
        QCOMPARE(bar.text(), QStringLiteral("(a OR b) level:error"));
        bar.setText(QString());
        bar.addTerm(QStringLiteral("NOT source:\"db\""));
        QCOMPARE(bar.text(), QStringLiteral("NOT source:\"db\""));
    }

    void findModeReturnSteps()
    {
        FilterBar bar;
        bar.setFindMode(true);
        QSignalSpy next(&bar, &FilterBar::nextMatchRequested);
        QSignalSpy previous(&bar, &FilterBar::previousMatchRequested);
        QTest::keyClicks(bar.lineEdit(), QStringLiteral("GET"));
        QTest::keyClick(bar.lineEdit(), Qt::Key_Return); // runs
        QCOMPARE(next.size(), 0);
        QTest::keyClick(bar.lineEdit(), Qt::Key_Return);
        QCOMPARE(next.size(), 1);
        QTest::keyClick(bar.lineEdit(), Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(previous.size(), 1);
    }
};

QTEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"
