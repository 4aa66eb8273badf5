// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "alerthistorymodel.h"
#include "alertruleform.h"
#include "alertrulesdialog.h"
#include "alertrulestatemodel.h"
#include "alertsparklinedelegate.h"

#include "alert/alertrulesloader.h"

#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>

/// The rules editor and the panel's models, driven as a person would.
class TestAlertRulesDialog : public QObject
{
    Q_OBJECT

    static QLineEdit *edit(AlertRulesDialog &dialog, const QString &key) { return qobject_cast<QLineEdit *>(dialog.form()->field(key)); }

    static void retype(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    static std::vector<AlertRule> someRules()
    {
        const QByteArray json = "{\"version\": 1, \"rules\": ["
            "{\"name\": \"api\", \"kind\": \"rate\", \"query\": \"status:>=500\", \"threshold\": 5},"
            "{\"name\": \"quiet\", \"kind\": \"absence\", \"after\": 60}]}";
        return *AlertRulesLoader::parse(json, QStringLiteral("test"), 0);
    }

private Q_SLOTS:
    void showsTheRulesAndTheirFields()
    {
        AlertRulesDialog dialog(someRules());
        dialog.show();
        QCOMPARE(dialog.list()->count(), 2);
        QCOMPARE(dialog.list()->item(1)->text(), QStringLiteral("quiet"));
        QCOMPARE(edit(dialog, QStringLiteral("threshold"))->text(), QStringLiteral("5"));
        QVERIFY(edit(dialog, QStringLiteral("threshold"))->isVisible());
        QVERIFY(!edit(dialog, QStringLiteral("after"))->isVisible());
        dialog.list()->setCurrentRow(1);
        QCOMPARE(edit(dialog, QStringLiteral("after"))->text(), QStringLiteral("60"));
        QVERIFY(edit(dialog, QStringLiteral("after"))->isVisible());
        QVERIFY(!edit(dialog, QStringLiteral("threshold"))->isVisible());
        QVERIFY(dialog.saveButton()->isEnabled());
    }

    void badQueryShowsItsColumnAndCannotBeSaved()
    {
        AlertRulesDialog dialog(someRules());
        dialog.show();
        QLineEdit *query = edit(dialog, QStringLiteral("query"));
        retype(query, QStringLiteral("status:>=500 )"));
        const QString error = dialog.form()->errorText();
        QVERIFY2(error.contains(QStringLiteral("column 14")), qPrintable(error));
        QVERIFY(!query->styleSheet().isEmpty());
        QVERIFY(!dialog.saveButton()->isEnabled());
        QTest::keyClick(query, Qt::Key_Backspace);
        QCOMPARE(dialog.form()->errorText(), QString());
        QVERIFY(query->styleSheet().isEmpty());
        QVERIFY(dialog.saveButton()->isEnabled());
    }

    void badThresholdAndDuplicateNamesAreRefused()
    {
        AlertRulesDialog dialog(someRules());
        dialog.show();
        retype(edit(dialog, QStringLiteral("threshold")), QStringLiteral("lots"));
        QVERIFY2(dialog.form()->errorText().contains(QStringLiteral("threshold")), qPrintable(dialog.form()->errorText()));
        QVERIFY(!dialog.saveButton()->isEnabled());
        retype(edit(dialog, QStringLiteral("threshold")), QStringLiteral("0"));
        QVERIFY(!dialog.saveButton()->isEnabled());
        retype(edit(dialog, QStringLiteral("threshold")), QStringLiteral("2.5"));
        QVERIFY2(dialog.saveButton()->isEnabled(), qPrintable(dialog.form()->errorText()));
        retype(edit(dialog, QStringLiteral("name")), QStringLiteral("quiet"));
        QVERIFY2(dialog.form()->errorText().contains(QStringLiteral("already used")), qPrintable(dialog.form()->errorText()));
        QVERIFY(!dialog.saveButton()->isEnabled());
        retype(edit(dialog, QStringLiteral("name")), QStringLiteral("api-5xx"));
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.rules().size(), std::size_t(2));
        QCOMPARE(dialog.rules()[0].name, QStringLiteral("api-5xx"));
        QCOMPARE(std::get<RateRule>(dialog.rules()[0].params).threshold, 2.5);
    }

    void addedRuleNeedsItsThresholdAndRemoveWorks()
    {
        AlertRulesDialog dialog({});
        dialog.show();
        QVERIFY(dialog.saveButton()->isEnabled()); // no rules is a valid set
        QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
        QCOMPARE(dialog.list()->count(), 1);
        QVERIFY(!dialog.saveButton()->isEnabled()); // a rate rule needs a threshold
        QComboBox *kind = dialog.form()->kindBox();
        kind->setCurrentIndex(kind->findData(QStringLiteral("pattern")));
        Q_EMIT kind->activated(kind->currentIndex());
        QVERIFY(dialog.saveButton()->isEnabled());
        QTest::mouseClick(dialog.removeButton(), Qt::LeftButton);
        QCOMPARE(dialog.list()->count(), 0);
        QVERIFY(!dialog.form()->isEnabled());
    }

    void historyJoinsTriggerAndRecovery()
    {
        AlertHistoryModel model;
        AlertEvent trigger;
        trigger.ruleName = QStringLiteral("r");
        trigger.type = AlertEventType::Triggered;
        trigger.time = 10 * kNsPerSecond;
        trigger.value = 3;
        trigger.line = 7;
        model.add(nullptr, QStringLiteral("a.log"), {trigger, 3});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, AlertHistoryModel::RecoveredColumn).data().toString(), QStringLiteral("firing"));
        AlertEvent recovery = trigger;
        recovery.type = AlertEventType::Recovered;
        recovery.time = 70 * kNsPerSecond;
        recovery.value = 1;
        model.add(nullptr, QStringLiteral("a.log"), {recovery, 8});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.entry(0).recovered, 70 * kNsPerSecond);
        QCOMPARE(model.entry(0).peak, 8.0);
        QCOMPARE(model.index(0, 0).data(AlertHistoryModel::LineRole).toLongLong(), 7);
        model.add(nullptr, QStringLiteral("a.log"), {recovery, 9}); // nothing open: ignored
        QCOMPARE(model.rowCount(), 1);
    }

    void sparklinePaints()
    {
        AlertRuleStateModel model;
        AlertRuleState state;
        state.name = QStringLiteral("r");
        state.state = AlertRuleState::Firing;
        state.samples = {0, 1, 4, 2, 8, 3};
        model.setRules({state});
        QTableView view;
        view.setModel(&model);
        view.setItemDelegateForColumn(AlertRuleStateModel::TrendColumn, new AlertSparklineDelegate(&view));
        view.resize(500, 120);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QImage image = view.viewport()->grab(view.visualRect(model.index(0, AlertRuleStateModel::TrendColumn))).toImage();
        bool red = false;
        for (int y = 0; y < image.height() && !red; ++y)
            for (int x = 0; x < image.width() && !red; ++x)
                red = qRed(image.pixel(x, y)) > 150 && qGreen(image.pixel(x, y)) < 100;
        QVERIFY(red);
        QCOMPARE(model.index(0, AlertRuleStateModel::StateColumn).data().toString(), QStringLiteral("firing"));
    }
};

QTEST_MAIN(TestAlertRulesDialog)
#include "tst_alertrulesdialog.moc"
