// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logtab.h"
#include "logview.h"
#include "mainwindow.h"

#include "../support/accesslog.h"
#include "index/logfile.h"
#include "model/logtablemodel.h"
#include "model/recordindex.h"

#include <QApplication>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

/// A file opened in the real main window and moved around in with the
/// keyboard, as a person would: Ctrl+Home/End, PgUp/PgDn, Ctrl+G; long
/// lines, encodings (View ▸ Encoding) and the row cap of a Qt view.
class TestLogTabKeys : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    static constexpr int kLines = 20000;

    QString generated(const QString &name, qint64 lines)
    {
        const QString path = m_dir.filePath(name);
        return QFile::exists(path) ? path : TestSupport::writeAccessLog(path, lines);
    }

    QString written(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write fixture");
        return path;
    }

    /// Opens @p path in @p window, shown and active, and waits until every line is a row.
    static LogTab *openAndWait(MainWindow &window, const QString &path)
    {
        window.resize(1000, 600);
        window.show();
        window.activateWindow();
        if (!QTest::qWaitForWindowActive(&window))
            qWarning("window not active");
        LogTab *tab = window.openFile(path);
        if (!tab)
            return nullptr;
        const bool done = QTest::qWaitFor([tab] {
            return !tab->logFile()->isIndexing() && !tab->recordIndex()->isScanning()
                   && tab->recordIndex()->scannedLines() == tab->logFile()->lineCount();
        }, 20000);
        if (!done)
            return nullptr;
        tab->view()->setFocus();
        return tab;
    }

    /// The 1-based file line of the view's current row.
    static qint64 currentLine(const LogTab *tab) { return tab->lineAt(tab->view()->currentRow()) + 1; }

    static bool currentRowOnScreen(const LogView *view)
    {
        return view->currentRow() >= view->firstVisibleRow()
               && view->currentRow() < view->firstVisibleRow() + view->visibleRowCount();
    }

    static QString statusText(const MainWindow &window)
    {
        const QLabel *label = window.statusBar()->findChild<QLabel *>();
        return label ? label->text() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("TidelineTest"));
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void navigationKeys_data()
    {
        QTest::addColumn<QList<QKeyCombination>>("keys");
        QTest::addColumn<int>("expectedLine"); // 1-based; 0: one page down from line 1; -1: one page up from the end
        using Keys = QList<QKeyCombination>;
        QTest::newRow("ctrl+end") << Keys{Qt::ControlModifier | Qt::Key_End} << kLines;
        QTest::newRow("ctrl+end, ctrl+home") << Keys{Qt::ControlModifier | Qt::Key_End, Qt::ControlModifier | Qt::Key_Home} << 1;
        QTest::newRow("page down") << Keys{Qt::Key_Down, Qt::Key_Up, Qt::Key_PageDown} << 0;
        QTest::newRow("page down, page up") << Keys{Qt::Key_Down, Qt::Key_PageDown, Qt::Key_PageUp} << 1;
        QTest::newRow("ctrl+end, page up") << Keys{Qt::ControlModifier | Qt::Key_End, Qt::Key_PageUp} << -1;
        QTest::newRow("ctrl+end, down stays") << Keys{Qt::ControlModifier | Qt::Key_End, Qt::Key_Down, Qt::Key_PageDown} << kLines;
    }

    void navigationKeys()
    {
        QFETCH(QList<QKeyCombination>, keys);
        QFETCH(int, expectedLine);
        MainWindow window;
        LogTab *tab = openAndWait(window, generated(QStringLiteral("access.log"), kLines));
        QVERIFY(tab);
        LogView *view = tab->view();
        QCOMPARE(view->model()->rowCount(), kLines);
        for (QKeyCombination key : keys)
            QTest::keyClick(view, key.key(), key.keyboardModifiers());
        const int page = view->viewport()->height() / view->rowHeight();
        if (expectedLine == 0)
            expectedLine = page; // row page - 1
        else if (expectedLine == -1)
            expectedLine = kLines - page + 1;
        QCOMPARE(currentLine(tab), expectedLine);
        QVERIFY(currentRowOnScreen(view));
    }

    void goToLine_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("expectedLine");
        QTest::newRow("middle") << QStringLiteral("12345") << 12345;
        QTest::newRow("first") << QStringLiteral("1") << 1;
        QTest::newRow("last") << QString::number(kLines) << kLines;
        QTest::newRow("past the last line: the last line") << QStringLiteral("99999") << kLines;
    }

    /// Ctrl+G, the number typed into the dialog, Enter.
    void goToLine()
    {
        QFETCH(QString, typed);
        QFETCH(int, expectedLine);
        MainWindow window;
        LogTab *tab = openAndWait(window, generated(QStringLiteral("access.log"), kLines));
        QVERIFY(tab);
        bool answered = false;
        std::function<void()> answer = [&] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            if (!dialog) {
                QTimer::singleShot(10, &window, answer); // not up yet
                return;
            }
            auto *spin = dialog->findChild<QSpinBox *>();
            QVERIFY(spin);
            spin->selectAll();
            QTest::keyClicks(spin, typed);
            QTest::keyClick(spin, Qt::Key_Return);
            answered = true;
        };
        QTimer::singleShot(0, &window, answer);
        QTest::keyClick(tab->view(), Qt::Key_G, Qt::ControlModifier);
        QTRY_VERIFY(answered);
        QTRY_COMPARE(currentLine(tab), expectedLine);
        QVERIFY(currentRowOnScreen(tab->view()));
        QCOMPARE(tab->view()->model()->index(tab->view()->currentRow(), 0).data(LogTableModel::LineNumberRole).toLongLong(),
                 expectedLine);
    }

    /// A line of 1 MiB or more is a row like any other, cut with a visible marker.
    void longLineIsCutWithAMarker()
    {
        const qint64 length = 3 * (1 << 20) / 2;
        const QByteArray content = "2026-03-14 08:00:01 INFO [main] app - before\n"
                                   "2026-03-14 08:00:02 WARN [main] app - " + QByteArray(length, 'x') + "\n"
                                   "2026-03-14 08:00:03 INFO [main] app - after\n";
        MainWindow window;
        LogTab *tab = openAndWait(window, written(QStringLiteral("long.log"), content));
        QVERIFY(tab);
        const QAbstractItemModel *rows = tab->view()->model();
        QCOMPARE(rows->rowCount(), 3);
        const QString message = rows->index(1, LogTableModel::MessageColumn).data().toString();
        QVERIFY2(message.size() < LogTableModel::kMaxShownChars + 100, qPrintable(QString::number(message.size())));
        QVERIFY2(message.endsWith(QStringLiteral("[line cut: %1 bytes in all]").arg(QLocale().toString(content.split('\n').at(1).size()))),
                 qPrintable(message.right(80)));
        QVERIFY(rows->index(1, 0).data(LogTableModel::TruncatedRole).toBool());
        QVERIFY(rows->index(2, LogTableModel::MessageColumn).data().toString().endsWith(QStringLiteral("after")));
        // The keys still move over it.
        QTest::keyClick(tab->view(), Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(currentLine(tab), 3);
    }

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("chosen"); // from View ▸ Encoding; empty: none
        QTest::addColumn<QString>("expectedEncoding");
        QTest::addColumn<QString>("expectedLine");
        const QString text = QStringLiteral("grüße € ok\nline 2\n");
        QStringEncoder le(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        QStringEncoder be(QStringConverter::Utf16BE, QStringConverter::Flag::WriteBom);
        QTest::newRow("utf-8") << text.toUtf8() << QString() << QStringLiteral("UTF-8") << QStringLiteral("grüße € ok");
        QTest::newRow("utf-16le by bom") << QByteArray(le.encode(text)) << QString() << QStringLiteral("UTF-16LE")
                                         << QStringLiteral("grüße € ok");
        QTest::newRow("utf-16be by bom") << QByteArray(be.encode(text)) << QString() << QStringLiteral("UTF-16BE")
                                         << QStringLiteral("grüße € ok");
        QTest::newRow("invalid utf-8") << QByteArray("caf\xe9 \xff\xfe ok\nline 2\n") << QString() << QStringLiteral("UTF-8")
                                       << QStringLiteral("caf\ufffd \ufffd\ufffd ok");
        QTest::newRow("invalid utf-8, then latin-1 chosen") << QByteArray("caf\xe9 ok\nline 2\n") << QStringLiteral("ISO-8859-1")
                                                            << QStringLiteral("ISO-8859-1") << QStringLiteral("café ok");
    }

    void encodings()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, chosen);
        QFETCH(QString, expectedEncoding);
        QFETCH(QString, expectedLine);
        MainWindow window;
        const QString name = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_').remove(u',') + QStringLiteral(".log");
        LogTab *tab = openAndWait(window, written(name, content));
        QVERIFY(tab);
        if (!chosen.isEmpty()) {
            QMenu *encodingMenu = nullptr;
            for (QAction *top : window.menuBar()->actions()) {
                if (!top->menu())
                    continue;
                for (QAction *item : top->menu()->actions()) {
                    if (item->menu() && item->text().remove(u'&') == QStringLiteral("Encoding"))
                        encodingMenu = item->menu();
                }
            }
            QVERIFY(encodingMenu);
            Q_EMIT encodingMenu->aboutToShow(); // the menu fills itself as it opens
            QAction *choice = nullptr;
            for (QAction *action : encodingMenu->actions()) {
                if (action->text() == chosen)
                    choice = action;
            }
            QVERIFY(choice);
            choice->trigger();
            QTRY_VERIFY_WITH_TIMEOUT(!tab->logFile()->isIndexing() && tab->view()->model()->rowCount() > 0, 20000);
        }
        QCOMPARE(tab->encodingName(), expectedEncoding);
        QTRY_COMPARE(tab->view()->model()->index(0, 0).data(LogTableModel::RawTextRole).toString(), expectedLine);
        if (expectedEncoding != u"UTF-8")
            QTRY_VERIFY2(statusText(window).contains(expectedEncoding), qPrintable(statusText(window)));
    }

    /// More lines than a Qt view can address (a row is an int): the rows
    /// stop at the limit and the status bar says so. A small limit stands
    /// in for 2^31 - 1.
    void rowCapIsSaidInTheStatusBar_data()
    {
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<int>("expectedRows");
        QTest::addColumn<bool>("capped");
        QTest::newRow("file longer than the limit") << qint64{100} << 100 << true;
        QTest::newRow("file as long as the limit") << qint64{250} << 250 << false;
        QTest::newRow("the default limit") << LogTableModel::kMaxRows << 250 << false;
    }

    void rowCapIsSaidInTheStatusBar()
    {
        QFETCH(qint64, limit);
        QFETCH(int, expectedRows);
        QFETCH(bool, capped);
        QCOMPARE(LogTableModel::kMaxRows, qint64{std::numeric_limits<int>::max()});
        auto *window = new MainWindow;
        const std::unique_ptr<MainWindow> owner(window);
        window->resize(1000, 600);
        window->show();
        // The limit must be set before the tab's model sees any line.
        LogTab *tab = window->openFile(generated(QStringLiteral("capped.log"), 250));
        QVERIFY(tab);
        tab->model()->setRowLimit(limit);
        QTRY_VERIFY_WITH_TIMEOUT(!tab->logFile()->isIndexing() && !tab->recordIndex()->isScanning(), 20000);
        QCOMPARE(tab->logFile()->lineCount(), 250);
        QTRY_COMPARE(tab->view()->model()->rowCount(), expectedRows);
        QCOMPARE(tab->model()->isCapped(), capped);
        const QString says = QStringLiteral("only the first %1 lines can be shown").arg(QLocale().toString(limit));
        QTRY_COMPARE(statusText(*window).contains(says), capped);
        QCOMPARE(statusText(*window).contains(QStringLiteral("can be shown")), capped);
        QTest::keyClick(tab->view(), Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(currentLine(tab), expectedRows);
    }
};

QTEST_MAIN(TestLogTabKeys)
#include "tst_logtabkeys.moc"
