// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterbar.h"
#include "savedfilters.h"

#include "query/query.h"

#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <functional>

namespace {
/// Runs @p act on the next popup menu or modal dialog to open: menus and
/// dialogs run their own event loop, so the test acts from a timer.
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
} // namespace

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
        QSettings().remove(QStringLiteral("filter/saved"));
    }

    void savedFiltersAreSavedPickedAndDeleted()
    {
        const QString query = QStringLiteral("status:>=500 -healthcheck");
        {
            FilterBar bar;
            bar.show();
            QTest::keyClicks(bar.lineEdit(), query);
            QTest::keyClick(bar.lineEdit(), Qt::Key_Return);
            // Saved ▸ Save Query As…, then type a name in the dialog.
            whenOpened([](QWidget *menu) {
                whenOpened([](QWidget *dialog) {
                    auto *edit = dialog->findChild<QLineEdit *>();
                    QVERIFY(qobject_cast<QInputDialog *>(dialog) && edit);
                    QTest::keyClicks(edit, QStringLiteral("server errors"));
                    QTest::keyClick(edit, Qt::Key_Return);
                });
                clickItem(qobject_cast<QMenu *>(menu), FilterBar::tr("&Save Query As…"));
            });
            QTest::mouseClick(bar.savedButton(), Qt::LeftButton);
            QTRY_COMPARE(SavedFilters::names(), QStringList{QStringLiteral("server errors")});
            QCOMPARE(SavedFilters::query(QStringLiteral("server errors")), query);
        }
        // A new bar (another tab, or after a restart) offers it.
        FilterBar bar;
        bar.show();
        QSignalSpy changed(&bar, &FilterBar::queryChanged);
        whenOpened([](QWidget *menu) { clickItem(qobject_cast<QMenu *>(menu), QStringLiteral("server errors")); });
        QTest::mouseClick(bar.savedButton(), Qt::LeftButton);
        QTRY_COMPARE(bar.text(), query);
        QCOMPARE(changed.size(), 1); // and it runs at once

        // Saved ▸ Delete ▸ server errors.
        whenOpened([](QWidget *widget) {
            auto *menu = qobject_cast<QMenu *>(widget);
            QMenu *remove = nullptr;
            for (QAction *action : menu->actions())
                if (action->menu())
                    remove = action->menu();
            QVERIFY(remove);
            clickItem(menu, FilterBar::tr("&Delete"));
            QTRY_VERIFY(remove->isVisible());
            clickItem(remove, QStringLiteral("server errors"));
        });
        QTest::mouseClick(bar.savedButton(), Qt::LeftButton);
        QTRY_VERIFY(SavedFilters::names().isEmpty());
    }

    void fieldTermsQuoteWhatNeedsIt_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("term");
        QTest::newRow("number") << QStringLiteral("status") << QStringLiteral("500") << QStringLiteral("status:500");
        QTest::newRow("id") << QStringLiteral("request_id") << QStringLiteral("req-7f3a") << QStringLiteral("request_id:req-7f3a");
        QTest::newRow("path") << QStringLiteral("path") << QStringLiteral("/api/v1/users") << QStringLiteral("path:/api/v1/users");
        QTest::newRow("dotted name") << QStringLiteral("user.id") << QStringLiteral("42") << QStringLiteral("user.id:42");
        QTest::newRow("space") << QStringLiteral("user") << QStringLiteral("Jane Doe") << QStringLiteral("user:\"Jane Doe\"");
        QTest::newRow("quotes") << QStringLiteral("msg") << QStringLiteral("say \"hi\"") << QStringLiteral("msg:\"say \\\"hi\\\"\"");
        QTest::newRow("star is literal") << QStringLiteral("glob") << QStringLiteral("a*b") << QStringLiteral("glob:\"a*b\"");
        QTest::newRow("comparison") << QStringLiteral("rate") << QStringLiteral(">5") << QStringLiteral("rate:\">5\"");
        QTest::newRow("parenthesis") << QStringLiteral("fn") << QStringLiteral("f(x)") << QStringLiteral("fn:\"f(x)\"");
        QTest::newRow("empty value") << QStringLiteral("tag") << QString() << QStringLiteral("tag:\"\"");
        QTest::newRow("not a field name") << QStringLiteral("two words") << QStringLiteral("x") << QString();
    }

    void fieldTermsQuoteWhatNeedsIt()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, term);
        QCOMPARE(FilterBar::fieldTerm(field, value), term);
        if (term.isEmpty())
            return;
        const auto parsed = Query::parse(term, 0);
        QVERIFY2(parsed.has_value(), qPrintable(term));
        const auto negated = Query::parse(QStringLiteral("NOT ") + term, 0);
        QVERIFY(negated.has_value());
        FilterBar bar;
        bar.setText(QStringLiteral("GET"));
        bar.addFieldTerm(field, value, true);
        QCOMPARE(bar.text(), QStringLiteral("GET NOT ") + term);
    }

    void contextBoxAsksForContextInFilterMode()
    {
        FilterBar bar;
        bar.show();
        QSignalSpy context(&bar, &FilterBar::contextChanged);
        QTest::keyClick(bar.contextBox(), Qt::Key_Up);
        QTest::keyClick(bar.contextBox(), Qt::Key_Up);
        QCOMPARE(context.size(), 2);
        QCOMPARE(context.last().first().toInt(), 2);
        QCOMPARE(bar.context(), 2);
        QVERIFY(bar.contextBox()->isEnabled());
        bar.setFindMode(true);
        QVERIFY(!bar.contextBox()->isEnabled()); // context is for Filter mode
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
