// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlightrules.h"
#include "highlightrulesdialog.h"
#include "logview.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStringListModel>
#include <QTableWidget>
#include <QTest>

/// User highlight rules: the dialog as a person edits it, persistence,
/// matching, and the colour in the painted table.
class TestHighlightRules : public QObject
{
    Q_OBJECT

private:
    /// Types @p text into the cell of @p table being edited and commits it
    /// with Return (the dialog stays open).
    static void typeIntoEditor(QTableWidget *table, const QString &text)
    {
        QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        editor->selectAll();
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(QApplication::focusWidget(), table); // the editor closed
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("TidelineTest"));
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        QSettings().remove(QStringLiteral("highlight/rules"));
    }

    void dialogAddsAndChecksRules()
    {
        HighlightRulesDialog dialog({});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
        typeIntoEditor(dialog.table(), QStringLiteral("timeout"));
        QCOMPARE(dialog.rules().size(), 1);
        QCOMPARE(dialog.rules().first(), (HighlightRules::Rule{QStringLiteral("timeout"), HighlightRulesDialog::kDefaultColour, false}));
        QVERIFY(dialog.okButton()->isEnabled());

        // A second rule: a broken regular expression keeps OK disabled until fixed.
        QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
        typeIntoEditor(dialog.table(), QStringLiteral("(\\d+ms"));
        QTableWidget *table = dialog.table();
        table->item(1, HighlightRulesDialog::RegexColumn)->setCheckState(Qt::Checked);
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(dialog.errorLabel()->isVisible());
        QVERIFY2(dialog.errorLabel()->text().contains(QStringLiteral("(\\d+ms")), qPrintable(dialog.errorLabel()->text()));
        table->editItem(table->item(1, HighlightRulesDialog::PatternColumn));
        typeIntoEditor(dialog.table(), QStringLiteral("\\d+ms"));
        QVERIFY(dialog.okButton()->isEnabled());

        // A colour is typed as a name.
        table->setCurrentCell(1, HighlightRulesDialog::ColourColumn);
        table->editItem(table->item(1, HighlightRulesDialog::ColourColumn));
        typeIntoEditor(dialog.table(), QStringLiteral("not a colour"));
        QVERIFY(!dialog.okButton()->isEnabled());
        table->editItem(table->item(1, HighlightRulesDialog::ColourColumn));
        typeIntoEditor(dialog.table(), QStringLiteral("#4fc3f7"));
        QVERIFY(dialog.okButton()->isEnabled());
        QCOMPARE(dialog.rules().at(1), (HighlightRules::Rule{QStringLiteral("\\d+ms"), QColor(0x4f, 0xc3, 0xf7), true}));

        // Remove takes the current row.
        table->setCurrentCell(0, HighlightRulesDialog::PatternColumn);
        QTest::mouseClick(dialog.removeButton(), Qt::LeftButton);
        QCOMPARE(dialog.rules().size(), 1);
        QCOMPARE(dialog.rules().first().pattern, QStringLiteral("\\d+ms"));
        QVERIFY(dialog.isVisible()); // Return in a cell does not close the dialog
        QCOMPARE(accepted.size(), 0);
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QCOMPARE(accepted.size(), 1);
    }

    void rulesArePersisted()
    {
        const QList<HighlightRules::Rule> rules{{QStringLiteral("timeout"), QColor(Qt::red), false},
                                                {QStringLiteral("user=\\w+"), QColor(0, 0, 255, 128), true}};
        HighlightRules saved;
        QSignalSpy changed(&saved, &HighlightRules::changed);
        saved.setRules(rules + QList<HighlightRules::Rule>{{QStringLiteral("("), QColor(Qt::red), true}});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(saved.rules(), rules); // the broken one is dropped
        HighlightRules loaded;
        loaded.load();
        QCOMPARE(loaded.rules(), rules);
    }

    void spansFollowTheRules_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<qsizetype>>("starts");
        QTest::addColumn<QList<qsizetype>>("lengths");
        QTest::newRow("none") << QStringLiteral("all good") << QList<qsizetype>{} << QList<qsizetype>{};
        QTest::newRow("word ignores case") << QStringLiteral("Timeout after 250ms") << QList<qsizetype>{0, 14}
                                           << QList<qsizetype>{7, 5};
        QTest::newRow("every match") << QStringLiteral("1ms 2ms timeout") << QList<qsizetype>{8, 0, 4}
                                     << QList<qsizetype>{7, 3, 3};
    }

    void spansFollowTheRules()
    {
        QFETCH(QString, text);
        QFETCH(QList<qsizetype>, starts);
        QFETCH(QList<qsizetype>, lengths);
        HighlightRules rules;
        rules.setRules({{QStringLiteral("timeout"), QColor(Qt::red), false}, {QStringLiteral("\\d+ms"), QColor(Qt::blue), true}});
        QList<qsizetype> foundStarts;
        QList<qsizetype> foundLengths;
        for (const HighlightRules::Span &span : rules.spans(text)) {
            foundStarts << span.start;
            foundLengths << span.length;
        }
        QCOMPARE(foundStarts, starts);
        QCOMPARE(foundLengths, lengths);
    }

    void viewPaintsTheRuleColour()
    {
        QStringListModel model({QStringLiteral("ERROR disk full"), QStringLiteral("all good")});
        LogView view;
        view.resize(400, 200);
        view.setModel(&model);
        HighlightRules rules;
        rules.setRules({{QStringLiteral("ERROR"), QColor(Qt::red), false}});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const auto reddish = [&view](int row) {
            const QImage image = view.viewport()->grab().toImage();
            const int y = row * view.rowHeight() + 3;
            int count = 0;
            for (int x = 0; x < 40; ++x) {
                const QColor pixel = image.pixelColor(x, y);
                count += pixel.red() > pixel.green() + 60 && pixel.red() > pixel.blue() + 60;
            }
            return count;
        };
        QCOMPARE(reddish(0), 0);
        view.setHighlightRules(&rules);
        QVERIFY(reddish(0) > 10);
        QCOMPARE(reddish(1), 0);
        rules.setRules({}); // the view repaints without them
        QCOMPARE(reddish(0), 0);
    }
};

QTEST_MAIN(TestHighlightRules)
#include "tst_highlightrules.moc"
