// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "alertnotifier.h"
#include "detailpane.h"
#include "filterbar.h"
#include "logtab.h"
#include "logview.h"

#include "index/logfile.h"

#include <QAbstractItemView>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

namespace {

/// Markup an attacker can write into a log line or a file name.
const QStringList kInjected = {QStringLiteral("<a href="), QStringLiteral("<img src="), QStringLiteral("<b>bold")};

bool holdsMarkup(const QString &text)
{
    for (const QString &tag : kInjected)
        if (text.contains(tag))
            return true;
    return false;
}

} // namespace

/// Log content and file names are text: no label, tool tip or message box
/// of the main window interprets markup found in them.
class TestUntrustedText : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeLog()
    {
        const QString path = m_dir.filePath(QStringLiteral("<b>bold <img src=x>.log")); // no '/' in a file name
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write fixture");
        file.write("{\"level\":\"error\",\"msg\":\"<a href=\\\"https://evil.example\\\">click</a>\",\"user\":\"<img src=\\\"/etc/hostname\\\">\"}\n"
                   "2024-01-15 10:00:00,000 ERROR [main] <b>bold</b> - <a href=\"https://evil.example\">click</a>\n"
                   "<img src=\"/etc/hostname\">\n");
        return path;
    }

    /// Every label and tool tip of @p window that shows injected markup
    /// shows it as text; returns how many labels showed it (so the check
    /// cannot pass by finding nothing).
    static int checkWidgets(QWidget *window)
    {
        int labelsWithMarkup = 0;
        for (QLabel *label : window->findChildren<QLabel *>()) {
            if (!holdsMarkup(label->text()))
                continue;
            ++labelsWithMarkup;
            if (label->textFormat() != Qt::PlainText)
                qWarning("label %s shows markup as %d: %s", qPrintable(label->objectName()), int(label->textFormat()), qPrintable(label->text()));
            [&] { QCOMPARE(label->textFormat(), Qt::PlainText); }();
        }
        for (QWidget *widget : window->findChildren<QWidget *>())
            if (holdsMarkup(widget->toolTip()))
                qWarning("tool tip of %s holds raw markup: %s", widget->metaObject()->className(), qPrintable(widget->toolTip()));
        for (QWidget *widget : window->findChildren<QWidget *>())
            [&] { QVERIFY(!holdsMarkup(widget->toolTip())); }();
        return labelsWithMarkup;
    }

    static void checkModelToolTips(const QAbstractItemModel *model)
    {
        for (int row = 0; row < model->rowCount(); ++row)
            for (int column = 0; column < model->columnCount(); ++column)
                QVERIFY(!holdsMarkup(model->index(row, column).data(Qt::ToolTipRole).toString()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("TidelineTest"));
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void markupInLinesAndFileNamesIsShownAsText()
    {
        const QString path = writeLog();
        MainWindow window;
        window.resize(1000, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        LogTab *tab = window.openFile(path);
        QVERIFY(tab);
        tab->setDetailVisible(true);
        QTRY_VERIFY(!tab->logFile()->isIndexing());
        // Three lines; the last has no time, so it may fold into the record above.
        QTRY_VERIFY(tab->view()->model()->rowCount() >= 2);
        const int rows = tab->view()->model()->rowCount();

        // The user steps through the records: the detail pane shows each.
        auto *pane = tab->findChild<DetailPane *>();
        QVERIFY(pane);
        for (int row = 0; row < rows; ++row) {
            QTest::keyClick(tab->view(), row == 0 ? Qt::Key_Home : Qt::Key_Down, row == 0 ? Qt::ControlModifier : Qt::NoModifier);
            QTRY_VERIFY(!pane->text().isEmpty());
            checkWidgets(&window);
            if (QTest::currentTestFailed())
                return;
        }
        QVERIFY(pane->text().contains(QStringLiteral("<img src=")));

        // A query with markup that does not parse: the error names it as text.
        QLineEdit *edit = tab->filterBar()->lineEdit();
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("<b>bold (<a href=x"));
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY(!tab->filterBar()->errorLabel()->text().isEmpty());
        QCOMPARE(tab->filterBar()->errorLabel()->textFormat(), Qt::PlainText);

        QVERIFY2(checkWidgets(&window) > 0, "no label showed the file name: the check found nothing to check");
        QVERIFY(!holdsMarkup(window.tabs()->tabToolTip(0)));
        QVERIFY(window.tabs()->tabToolTip(0).contains(QStringLiteral("&lt;b&gt;bold")));
        checkModelToolTips(tab->view()->model());
    }

    /// The body of a desktop notification goes to a server that may read
    /// HTML in it: a file name with markup reaches it escaped.
    void notificationBodyIsEscaped()
    {
        AlertEvent event;
        event.ruleName = QStringLiteral("<b>rule</b>");
        event.type = AlertEventType::Fired;
        event.value = 3;
        const QString text = AlertNotifier::messageText(event, QStringLiteral("<b>bold <img src=x>.log & co"));
        QVERIFY(holdsMarkup(text)); // the builder keeps the name as it is...
        const QString body = AlertNotifier::notificationBody(text);
        QVERIFY2(!holdsMarkup(body), qPrintable(body)); // ...the body does not carry it as markup
        QVERIFY2(body.contains(QStringLiteral("&lt;b&gt;bold &lt;img src=x&gt;.log &amp; co")), qPrintable(body));
        QTextDocument document;
        document.setHtml(body); // what a server that reads markup shows
        QCOMPARE(document.toPlainText(), text);
    }

    void missingFileWithMarkupInItsName()
    {
        MainWindow window;
        window.show();
        QVERIFY(!window.openFile(m_dir.filePath(QStringLiteral("<a href=\"x\">missing</a>.log"))));
        auto *box = window.findChild<QMessageBox *>();
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("<a href=")));
        QCOMPARE(box->textFormat(), Qt::PlainText);
    }
};

QTEST_MAIN(TestUntrustedText)
#include "tst_untrustedtext.moc"
