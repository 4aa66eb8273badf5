// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "filterbar.h"
#include "logtab.h"
#include "columncontroller.h"
#include "detailpane.h"
#include "logview.h"

#include "../support/accesslog.h"
#include "index/logfile.h"
#include "model/filteredmodel.h"
#include "model/logtablemodel.h"
#include "parse/formatregistry.h"
#include "timelinewidget.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QMimeData>
#include <QProgressBar>
#include <QScopeGuard>
#include <QFile>
#include <QTimer>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

#include <sys/stat.h>
#include <unistd.h>
#include <QToolButton>

/// The real main window, opening real files as a user would.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString generated(const QString &name, qint64 lines)
    {
        return TestSupport::writeAccessLog(m_dir.filePath(name), lines);
    }

    /// 0-based numbers of the lines of @p path that contain @p word.
    static QList<int> linesWith(const QString &path, const QByteArray &word)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QList<int> lines;
        int line = 0;
        for (const QByteArray &text : file.readAll().split('\n')) {
            if (text.contains(word))
                lines << line;
            ++line;
        }
        return lines;
    }

    /// The file lines the view shows, in order.
    static QList<int> shownLines(const LogView *view)
    {
        QList<int> lines;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            lines << view->model()->index(row, 0).data(LogTableModel::LineNumberRole).toInt() - 1;
        return lines;
    }

    struct Opened
    {
        std::unique_ptr<MainWindow> window;
        LogTab *tab = nullptr;
    };

    Opened openShown(const QString &path, bool follow = false)
    {
        Opened opened{std::make_unique<MainWindow>()};
        opened.window->resize(1000, 600);
        opened.window->setFollowNewTabs(follow);
        opened.window->show();
        opened.window->activateWindow();
        if (!QTest::qWaitForWindowActive(opened.window.get()))
            qWarning("window not active");
        if (!path.isEmpty())
            opened.tab = opened.window->openFile(path);
        return opened;
    }

    static QString expectedLine(const QString &path, int line)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll().split('\n').at(line));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("TidelineTest"));
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear(); // every run starts from the defaults a new user has
    }

    void opensFileAndShowsRows()
    {
        const QString path = generated(QStringLiteral("access.log"), 50000);
        MainWindow window;
        window.resize(900, 500);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        LogTab *tab = window.openFile(path);
        QVERIFY(tab);
        QCOMPARE(window.tabs()->count(), 1);
        QCOMPARE(window.tabs()->tabText(0), QStringLiteral("access.log"));
        QTRY_COMPARE(tab->view()->model()->rowCount(), 50000);
        QTRY_VERIFY(!tab->logFile()->isIndexing());

        // The first screen shows the first lines of the file.
        LogView *view = tab->view();
        QCOMPARE(view->firstVisibleRow(), 0);
        QVERIFY(view->visibleRowCount() > 5);
        QCOMPARE(view->model()->index(0, 0).data(LogTableModel::RawTextRole).toString(), expectedLine(path, 0));

        // Ctrl+End, as a user would, shows the last line.
        QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(view->currentRow(), 49999);
        QVERIFY(view->isAtBottom());
        QCOMPARE(view->model()->index(view->currentRow(), 0).data(LogTableModel::RawTextRole).toString(), expectedLine(path, 49999));

        // The status bar names the file and the line count.
        const QString status = window.statusBar()->findChild<QLabel *>()->text();
        QVERIFY2(status.contains(QStringLiteral("access.log")), qPrintable(status));
        QVERIFY2(status.contains(QLocale().toString(50000)), qPrintable(status));
    }

    void formatCanBeOverridden()
    {
        const QString path = generated(QStringLiteral("override.log"), 100);
        MainWindow window;
        window.show();
        LogTab *tab = window.openFile(path);
        QVERIFY(tab);
        QTRY_COMPARE(tab->formatName(), QStringLiteral("access-combined"));
        QTRY_VERIFY(!tab->view()->model()->index(0, LogTableModel::LevelColumn).data().toString().isEmpty());
        tab->setFormatName(QStringLiteral("plain"));
        QCOMPARE(tab->formatName(), QStringLiteral("plain"));
        QVERIFY(tab->view()->header()->isSectionHidden(LogTableModel::LevelColumn));
        const QString status = window.statusBar()->findChild<QLabel *>()->text();
        QVERIFY2(status.contains(QStringLiteral("format: plain")), qPrintable(status));
    }

    void openingTheSameFileAgainReusesItsTab()
    {
        const QString path = generated(QStringLiteral("twice.log"), 10);
        MainWindow window;
        QVERIFY(window.openFile(path));
        QVERIFY(window.openFile(path));
        QCOMPARE(window.tabs()->count(), 1);
    }

    void missingFileGivesMessageNotTab()
    {
        MainWindow window;
        window.show();
        QVERIFY(!window.openFile(m_dir.filePath(QStringLiteral("missing.log"))));
        QCOMPARE(window.tabs()->count(), 0);
        QMessageBox *box = window.findChild<QMessageBox *>();
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("does not exist")));
        QCOMPARE(box->textFormat(), Qt::PlainText);
    }

    /// Each way a path can fail to open, the message says what is wrong,
    /// which path, and what the user can do; the open tab keeps working.
    void openProblemsSayWhatWhereAndWhatToDo_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("todo");
        QTest::newRow("missing file") << QStringLiteral("missing") << QStringLiteral("does not exist")
                                      << QStringLiteral("Check the path");
        QTest::newRow("folder") << QStringLiteral("folder") << QStringLiteral("is a folder, not a file")
                                << QStringLiteral("Open a log file inside it");
        QTest::newRow("named pipe") << QStringLiteral("fifo") << QStringLiteral("is not a regular file")
                                    << QStringLiteral("tideline -");
        QTest::newRow("unreadable file") << QStringLiteral("unreadable") << QStringLiteral("Cannot read")
                                         << QStringLiteral("Check the file's permissions");
    }

    void openProblemsSayWhatWhereAndWhatToDo()
    {
        QFETCH(QString, kind);
        QFETCH(QString, what);
        QFETCH(QString, todo);
        const QString path = m_dir.filePath(QStringLiteral("problem-") + kind);
        if (kind == u"folder") {
            QVERIFY(QDir().mkpath(path));
        } else if (kind == u"fifo") {
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        } else if (kind == u"unreadable") {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("secret\n");
            file.close();
            QVERIFY(file.setPermissions(QFileDevice::WriteOwner));
            if (QFileInfo(path).isReadable())
                QSKIP("running as root: every file is readable");
        }
        const QString good = generated(QStringLiteral("good-") + kind + QStringLiteral(".log"), 100);
        auto [window, tab] = openShown(good);
        QVERIFY(tab);

        QVERIFY(!window->openFile(path));
        QCOMPARE(window->tabs()->count(), 1);
        auto *box = window->findChild<QMessageBox *>();
        QVERIFY(box);
        QCOMPARE(box->textFormat(), Qt::PlainText);
        const QString text = box->text();
        QVERIFY2(text.contains(what), qPrintable(text));
        QVERIFY2(text.contains(QFileInfo(path).absoluteFilePath()), qPrintable(text));
        QVERIFY2(text.contains(todo), qPrintable(text));
        QCOMPARE(window->statusBar()->currentMessage(), text);

        // The tab that was open still works.
        QTRY_COMPARE(tab->view()->model()->rowCount(), 100);
        QCOMPARE(window->currentTab(), tab);
    }

    /// Dropping files on the window opens each in a tab; a dropped folder
    /// is reported, the files still open.
    void droppedFilesOpenInTabs()
    {
        const QString first = generated(QStringLiteral("dropped-1.log"), 20);
        const QString second = generated(QStringLiteral("dropped-2.log"), 30);
        const QString folder = m_dir.filePath(QStringLiteral("dropped-folder"));
        QVERIFY(QDir().mkpath(folder));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.acceptDrops());

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(first), QUrl::fromLocalFile(folder), QUrl::fromLocalFile(second)});
        const QPoint centre = window.rect().center();
        QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(drop.isAccepted());

        QCOMPARE(window.tabs()->count(), 2);
        QCOMPARE(window.tabs()->tabText(0), QStringLiteral("dropped-1.log"));
        QCOMPARE(window.tabs()->tabText(1), QStringLiteral("dropped-2.log"));
        auto *tab = qobject_cast<LogTab *>(window.tabs()->widget(1));
        QVERIFY(tab);
        QTRY_COMPARE(tab->view()->model()->rowCount(), 30);
        auto *box = window.findChild<QMessageBox *>();
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("is a folder")), qPrintable(box->text()));
    }

    /// File ▸ Open (Ctrl+O) shows a file dialog; the file typed there opens.
    void fileOpenDialogOpensTheChosenFile()
    {
        const QString path = generated(QStringLiteral("chosen.log"), 40);
        auto [window, none] = openShown(QString());
        QCOMPARE(window->tabs()->count(), 0);
        bool seen = false;
        QString complaint;
        std::function<void()> answer = [&] {
            QFileDialog *dialog = nullptr;
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (auto *shown = qobject_cast<QFileDialog *>(widget); shown && shown->isVisible())
                    dialog = shown;
                // The dialog's own "file not found" box would wait forever: note it, close it.
                if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible()) {
                    complaint = box->text();
                    box->reject();
                }
            }
            if (!dialog) {
                // Keep asking until the dialog shows (a loaded machine may take
                // seconds); the timer dies with the window when the test ends.
                QTimer::singleShot(10, window.get(), answer);
                return;
            }
            seen = true;
            // Go to the file's folder, type its name, press Return. (Typing a
            // whole path does not reach the dialog's folder model under the
            // offscreen platform.)
            dialog->setDirectory(QFileInfo(path).absolutePath());
            auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            if (edit) {
                edit->clear();
                QTest::keyClicks(edit, QFileInfo(path).fileName());
                if (QCompleter *completer = edit->completer(); completer && completer->popup()->isVisible())
                    QTest::keyClick(completer->popup(), Qt::Key_Escape); // closes the completer's list
                QTest::keyClick(edit, Qt::Key_Return);
            }
            // Never hang: a dialog still open now fails the test below.
            QTimer::singleShot(0, dialog, [dialog] {
                if (dialog->isVisible())
                    dialog->reject();
            });
            QTimer::singleShot(10, window.get(), answer); // for a message box it may raise
        };
        QAction *open = nullptr;
        for (QAction *action : window->findChildren<QAction *>())
            if (action->text() == QStringLiteral("&Open…"))
                open = action;
        QVERIFY(open);
        QCOMPARE(open->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_O));
        // As clicking File ▸ Open… does (Ctrl+O, checked above, would run the
        // dialog's event loop inside the test's key press).
        QTimer::singleShot(0, window.get(), answer);
        QMetaObject::invokeMethod(open, &QAction::trigger, Qt::QueuedConnection);
        QTRY_VERIFY2_WITH_TIMEOUT(seen, "no file dialog appeared", 60000);
        QTRY_COMPARE(window->tabs()->count(), 1);
        QVERIFY2(complaint.isEmpty(), qPrintable(complaint));
        QCOMPARE(window->tabs()->tabText(0), QStringLiteral("chosen.log"));
        QTRY_COMPARE(window->currentTab()->view()->model()->rowCount(), 40);
    }

    /// File ▸ Open Recent lists the files opened last, newest first, and
    /// opens the one chosen; a recent file that went away gives a message.
    void recentFilesReopenFromTheMenu()
    {
        QSettings().remove(QStringLiteral("recentFiles"));
        const QString older = generated(QStringLiteral("recent-older.log"), 10);
        const QString newer = generated(QStringLiteral("recent-newer.log"), 20);
        {
            MainWindow first;
            QVERIFY(first.openFile(older));
            QVERIFY(first.openFile(newer));
        }
        MainWindow window;
        window.show();
        QMenu *recent = nullptr;
        for (QMenu *menu : window.findChildren<QMenu *>())
            if (menu->title() == QStringLiteral("Open &Recent"))
                recent = menu;
        QVERIFY(recent);
        recent->popup(window.mapToGlobal(QPoint(10, 10))); // fills it, as opening it does
        QTRY_VERIFY(recent->isVisible());
        const QList<QAction *> entries = recent->actions();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0)->text(), QDir::toNativeSeparators(newer));
        QCOMPARE(entries.at(1)->text(), QDir::toNativeSeparators(older));
        recent->setActiveAction(entries.at(1));
        QTest::keyClick(recent, Qt::Key_Return);
        QCOMPARE(window.tabs()->count(), 1);
        QCOMPARE(window.tabs()->tabText(0), QStringLiteral("recent-older.log"));
        QTRY_COMPARE(window.currentTab()->view()->model()->rowCount(), 10);

        // The newer file is removed meanwhile: choosing it says so.
        QVERIFY(QFile::remove(newer));
        recent->popup(window.mapToGlobal(QPoint(10, 10)));
        QTRY_VERIFY(recent->isVisible());
        QCOMPARE(recent->actions().at(0)->text(), QDir::toNativeSeparators(older)); // opened last now
        recent->setActiveAction(recent->actions().at(1));
        QTest::keyClick(recent, Qt::Key_Return);
        QCOMPARE(window.tabs()->count(), 1);
        auto *box = window.findChild<QMessageBox *>();
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("does not exist")), qPrintable(box->text()));
    }

    /// The status bar gives the file, its size and line count, and the
    /// indexing time once done; the progress bar shows only while indexing.
    void statusBarShowsFileSizeAndLines()
    {
        const QString path = generated(QStringLiteral("status.log"), 2000);
        auto [window, tab] = openShown(path);
        QVERIFY(tab);
        QTRY_VERIFY(!tab->logFile()->isIndexing());
        QTRY_COMPARE(tab->view()->model()->rowCount(), 2000);
        auto *progress = window->statusBar()->findChild<QProgressBar *>();
        QVERIFY(progress);
        QTRY_VERIFY(!progress->isVisible());
        const QString status = window->statusBar()->findChild<QLabel *>()->text();
        QVERIFY2(status.contains(QStringLiteral("status.log")), qPrintable(status));
        QVERIFY2(status.contains(QLocale().formattedDataSize(QFileInfo(path).size())), qPrintable(status));
        QVERIFY2(status.contains(QLocale().toString(2000) + QStringLiteral(" lines")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("indexed in")), qPrintable(status));
        QCOMPARE(window->windowTitle(), QStringLiteral("status.log — Tideline"));
    }

    void typingAQueryFiltersTheRows()
    {
        const QString path = generated(QStringLiteral("filter.log"), 3000);
        const QList<int> expected = linesWith(path, "POST");
        QVERIFY(!expected.isEmpty() && expected.size() < 3000);
        auto [window, tab] = openShown(path);
        QVERIFY(tab);
        QTRY_VERIFY(!tab->logFile()->isIndexing());
        QTRY_COMPARE(tab->view()->model()->rowCount(), int(tab->logFile()->lineCount())); // records found
        QTRY_VERIFY(tab->logFile()->format());

        // Ctrl+F puts the cursor in the bar; typing filters after a pause.
        QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
        QLineEdit *edit = tab->filterBar()->lineEdit();
        QTRY_VERIFY(edit->hasFocus());
        QTest::keyClicks(edit, QStringLiteral("POST"));
        QTRY_COMPARE(shownLines(tab->view()), expected);
        QTRY_VERIFY(!tab->filteredModel()->isScanning());
        const QString count = tab->filterBar()->matchLabel()->text();
        QVERIFY2(count.contains(QLocale().toString(expected.size())), qPrintable(count));
        QCOMPARE(tab->filterBar()->matchLabel()->textFormat(), Qt::PlainText);

        // A malformed query is not run: the error names the column, the rows stay.
        QTest::keyClicks(edit, QStringLiteral(" )"));
        QTRY_VERIFY(tab->filterBar()->errorLabel()->isVisible());
        const QString error = tab->filterBar()->errorLabel()->text();
        QVERIFY2(error.contains(QStringLiteral("column 6")), qPrintable(error));
        QCOMPARE(tab->filterBar()->errorColumn(), 6);
        QCOMPARE(tab->filterBar()->errorLabel()->textFormat(), Qt::PlainText);
        QCOMPARE(shownLines(tab->view()), expected);

        // Fixing it hides the error; Esc clears the query and shows every line.
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTRY_VERIFY(!tab->filterBar()->errorLabel()->isVisible());
        QTest::keyClick(edit, Qt::Key_Escape);
        QCOMPARE(edit->text(), QString());
        QTRY_COMPARE(tab->view()->model()->rowCount(), 3000);
        QCOMPARE(tab->filterBar()->matchLabel()->text(), QString());
        // A second Esc goes back to the table.
        QTest::keyClick(edit, Qt::Key_Escape);
        QTRY_VERIFY(tab->view()->hasFocus());
    }

    void slashFocusesTheBar()
    {
        const QString path = generated(QStringLiteral("slash.log"), 10);
        auto [window, tab] = openShown(path);
        QVERIFY(tab);
        tab->view()->setFocus();
        QTest::keyClick(tab->view(), Qt::Key_Slash);
        QTRY_VERIFY(tab->filterBar()->lineEdit()->hasFocus());
        // In the bar, '/' is text (a regular expression), not the shortcut.
        QTest::keyClicks(tab->filterBar()->lineEdit(), QStringLiteral("/x/"));
        QCOMPARE(tab->filterBar()->text(), QStringLiteral("/x/"));
    }

    void findModeStepsWithF3()
    {
        const QString path = generated(QStringLiteral("find.log"), 2000);
        const QList<int> expected = linesWith(path, "POST");
        QVERIFY(expected.size() > 3);
        auto [window, tab] = openShown(path);
        QVERIFY(tab);
        QTRY_VERIFY(!tab->logFile()->isIndexing());
        QTRY_COMPARE(tab->view()->model()->rowCount(), int(tab->logFile()->lineCount())); // records found
        QToolButton *find = nullptr;
        for (QToolButton *button : tab->filterBar()->findChildren<QToolButton *>())
            if (button->text() == tr("Find"))
                find = button;
        QVERIFY(find);
        QTest::mouseClick(find, Qt::LeftButton);
        QVERIFY(tab->filterBar()->isFindMode());
        QTest::keyClicks(tab->filterBar()->lineEdit(), QStringLiteral("POST"));
        QTRY_COMPARE(tab->filteredModel()->matchCount(), expected.size());
        QTRY_VERIFY(!tab->filteredModel()->isScanning());
        QCOMPARE(tab->view()->model()->rowCount(), 2000); // all lines stay
        const QModelIndex first = tab->view()->model()->index(expected[0], 0);
        QVERIFY(first.data(FilteredModel::MatchRole).toBool());

        QTest::keyClick(window.get(), Qt::Key_F3);
        QCOMPARE(tab->view()->currentRow(), expected[0]);
        QTest::keyClick(window.get(), Qt::Key_F3);
        QCOMPARE(tab->view()->currentRow(), expected[1]);
        const QString label = tab->filterBar()->matchLabel()->text();
        QVERIFY2(label.contains(QStringLiteral("2")) && label.contains(QLocale().toString(expected.size())), qPrintable(label));
        QTest::keyClick(window.get(), Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(tab->view()->currentRow(), expected[0]);
        QTest::keyClick(window.get(), Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(tab->view()->currentRow(), expected.last()); // wraps around
        tab->view()->setFocus();
        QTest::keyClick(tab->view(), Qt::Key_N);
        QCOMPARE(tab->view()->currentRow(), expected[0]);

        // Back to Filter mode: the current line stays current.
        tab->filterBar()->setFindMode(false);
        QCOMPARE(tab->view()->model()->rowCount(), expected.size());
        QCOMPARE(shownLines(tab->view()).at(tab->view()->currentRow()), expected[0]);
    }

    void followedFileGrowsTheFilteredRows()
    {
        const QString path = generated(QStringLiteral("follow.log"), 1000);
        auto [window, tab] = openShown(path, true);
        QVERIFY(tab);
        QVERIFY(tab->isFollowing());
        QTRY_VERIFY(!tab->logFile()->isIndexing());
        QTRY_COMPARE(tab->view()->model()->rowCount(), int(tab->logFile()->lineCount())); // records found
        QTest::keyClicks(tab->filterBar()->lineEdit(), QStringLiteral("POST"));
        QTRY_VERIFY(tab->filteredModel()->hasQuery());
        QTRY_VERIFY(!tab->filteredModel()->isScanning());
        const int before = tab->view()->model()->rowCount();
        QVERIFY(before > 0);

        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        GeneratorOptions options;
        options.format = GeneratorFormat::Access;
        options.seed = 99;
        LogGenerator generator(options);
        QVERIFY(generator.writeLines(file, 2000));
        file.close();
        QList<int> expected = linesWith(path, "POST");
        if (expected.last() == 2999)
            expected.removeLast(); // the last record waits for more while following
        QTRY_COMPARE_WITH_TIMEOUT(shownLines(tab->view()), expected, 20000);
        QVERIFY(tab->view()->model()->rowCount() > before);
    }

    void contextMenuFiltersOnAValue()
    {
        const QString path = generated(QStringLiteral("context.log"), 500);
        auto [window, tab] = openShown(path);
        QVERIFY(tab);
        QTRY_VERIFY(!tab->logFile()->isIndexing());
        QTRY_COMPARE(tab->view()->model()->rowCount(), int(tab->logFile()->lineCount())); // records found
        QTRY_VERIFY(tab->logFile()->format());
        int row = 0;
        while (tab->view()->model()->index(row, LogTableModel::LevelColumn).data().toString() != u"ERROR")
            ++row;
        std::unique_ptr<QMenu> menu(tab->createContextMenu(row, LogTableModel::LevelColumn));
        QStringList actions;
        for (QAction *action : menu->actions())
            actions << action->text();
        QVERIFY2(actions.contains(QStringLiteral("Filter on level:error")), qPrintable(actions.join(u',')));
        QVERIFY2(actions.contains(QStringLiteral("Exclude level:error")), qPrintable(actions.join(u',')));

        menu->actions().constFirst()->trigger();
        QCOMPARE(tab->filterBar()->text(), QStringLiteral("level:error"));
        QTRY_VERIFY(tab->view()->model()->rowCount() > 0);
        QTRY_VERIFY(!tab->filteredModel()->isScanning());
        for (int r = 0; r < tab->view()->model()->rowCount(); ++r)
            QCOMPARE(tab->view()->model()->index(r, LogTableModel::LevelColumn).data().toString(), QStringLiteral("ERROR"));

        tab->filterBar()->setText(QString());
        QTRY_COMPARE(tab->view()->model()->rowCount(), 500);
        tab->filterOnCell(row, LogTableModel::LevelColumn, true);
        QCOMPARE(tab->filterBar()->text(), QStringLiteral("NOT level:error"));
        QTRY_VERIFY(!tab->filteredModel()->isScanning());
        QTRY_VERIFY(tab->view()->model()->rowCount() < 500);
        QCOMPARE(tab->cellTerm(0, LogTableModel::MessageColumn), QString()); // messages offer no term
    }

    void closingTabWhileIndexing()
    {
        const QString path = generated(QStringLiteral("big.log"), 300000);
        MainWindow window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        for (int i = 0; i < 5; ++i) {
            QVERIFY(window.openFile(path));
            QTest::keyClick(&window, Qt::Key_W, Qt::ControlModifier);
            QCOMPARE(window.tabs()->count(), 0);
        }
    }
    void detailPaneShowsTheCurrentRecord()
    {
        const QString path = m_dir.filePath(QStringLiteral("detail.log"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"ts":"2026-03-14T08:00:00Z","level":"info","msg":"first"})" "\n"
                   R"({"ts":"2026-03-14T08:00:01Z","level":"error","msg":"second","order":{"id":7}})" "\n");
        file.close();
        MainWindow window;
        window.show();
        LogTab *tab = window.openFile(path);
        QVERIFY(tab);
        tab->setDetailVisible(true);
        QTRY_COMPARE(tab->view()->model()->rowCount(), 2);
        auto *pane = tab->findChild<DetailPane *>();
        QVERIFY(pane);
        QTest::keyClick(tab->view(), Qt::Key_End, Qt::ControlModifier);
        QTRY_VERIFY(pane->text().contains(QStringLiteral("\"second\"")));
        QVERIFY(pane->isJson());
        QVERIFY(pane->text().contains(QStringLiteral("\n"))); // pretty-printed
        tab->setDetailVisible(false);
        QVERIFY(pane->isHidden());
        QVERIFY(!tab->isDetailVisible());
    }

    void detailPaneShowsAWholeStackTrace()
    {
        const QString path = m_dir.filePath(QStringLiteral("trace.log"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("2026-03-14 08:00:01,250 ERROR [main] a.B - boom\n"
                   "java.io.IOException: reset\n"
                   "\tat a.B.c(B.java:1)\n"
                   "2026-03-14 08:00:02,000 INFO  [main] a.B - next\n");
        file.close();
        MainWindow window;
        window.show();
        LogTab *tab = window.openFile(path);
        QVERIFY(tab);
        tab->setDetailVisible(true);
        QTRY_COMPARE(tab->view()->model()->rowCount(), 2); // one row per record
        QTRY_VERIFY(tab->logFile()->format());
        tab->view()->setCurrentRow(0);
        auto *pane = tab->findChild<DetailPane *>();
        QTRY_VERIFY(pane->text().contains(QStringLiteral("B.java:1")));
        QVERIFY(!pane->text().contains(QStringLiteral("next")));
    }

    void userFormatsLoadAndBrokenOnesAreReported()
    {
        const QString directory = FormatRegistry::defaultUserFormatDirectory();
        QVERIFY(QDir().mkpath(directory));
        const auto cleanup = qScopeGuard([directory] { QDir(directory).removeRecursively(); });
        QFile good(directory + QStringLiteral("/pipes.json"));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write("{\"name\": \"pipes\", \"regex\": \"^(?<time>\\\\S+ \\\\S+) \\\\| (?<level>\\\\w+) \\\\| (?<message>.*)$\"}\n");
        good.close();
        QFile broken(directory + QStringLiteral("/broken.json"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\n  \"name\": \"broken\",\n  \"regex\": \"(\"\n}\n");
        broken.close();
        const QString path = m_dir.filePath(QStringLiteral("pipes.log"));
        QFile log(path);
        QVERIFY(log.open(QIODevice::WriteOnly));
        for (int i = 0; i < 20; ++i)
            log.write(QByteArray("2026-03-14 08:00:") + QByteArray::number(10 + i) + " | BAD | disk " + QByteArray::number(i) + " failed\n");
        log.close();

        MainWindow window;
        window.show();
        // The broken file is named with its line; the rest still loads.
        QCOMPARE(window.formatErrors().size(), 1);
        QVERIFY2(window.formatErrors().first().contains(QStringLiteral("broken.json:3")), qPrintable(window.formatErrors().first()));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>()) != nullptr);
        QVERIFY2(box->text().contains(QStringLiteral("broken.json")), qPrintable(box->text()));
        box->close();
        // The user format is detected, and listed in View ▸ Format.
        LogTab *tab = window.openFile(path);
        QVERIFY(tab);
        QTRY_COMPARE(tab->formatName(), QStringLiteral("pipes"));
        QMenu *formats = nullptr;
        for (QMenu *menu : window.findChildren<QMenu *>())
            if (menu->title() == QStringLiteral("F&ormat"))
                formats = menu;
        QVERIFY(formats);
        Q_EMIT formats->aboutToShow();
        QStringList names;
        for (QAction *action : formats->actions())
            names << action->text();
        QVERIFY2(names.contains(QStringLiteral("pipes")), qPrintable(names.join(u',')));
        tab->setFormatName(QStringLiteral("plain"));
        tab->setFormatName(QStringLiteral("pipes")); // chosen by name, as the menu does
        QCOMPARE(tab->formatName(), QStringLiteral("pipes"));
    }

    void utcOrLocalTimeEverywhere()
    {
        const QByteArray oldZone = qgetenv("TZ");
        qputenv("TZ", "Asia/Kolkata"); // +05:30, no DST
        const auto restore = qScopeGuard([oldZone] { qputenv("TZ", oldZone); QSettings().remove(QStringLiteral("timeline/utc")); });
        QSettings().setValue(QStringLiteral("timeline/utc"), false);
        const QString path = m_dir.filePath(QStringLiteral("zones.log"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"ts\":\"2026-03-14T08:00:01Z\",\"level\":\"info\",\"msg\":\"hello\"}\n");
        file.close();
        MainWindow window;
        window.show();
        LogTab *tab = window.openFile(path);
        QVERIFY(tab);
        tab->setDetailVisible(true);
        QTRY_COMPARE(tab->view()->model()->rowCount(), 1);
        const auto shownTime = [tab] { return tab->view()->model()->index(0, LogTableModel::TimeColumn).data().toString(); };
        QTRY_COMPARE(shownTime(), QStringLiteral("2026-03-14 13:30:01.000"));
        QVERIFY(!window.utcAction()->isChecked());
        QVERIFY(!tab->timeline()->isUtc());
        auto *pane = tab->findChild<DetailPane *>();
        tab->view()->setCurrentRow(0);
        QTRY_VERIFY2(pane->title().contains(QStringLiteral("13:30:01")), qPrintable(pane->title()));

        // View ▸ Times in UTC: table, detail pane and timeline agree, and it is remembered.
        window.utcAction()->trigger();
        QCOMPARE(shownTime(), QStringLiteral("2026-03-14 08:00:01.000"));
        QVERIFY(tab->timeline()->isUtc());
        QTRY_VERIFY2(pane->title().contains(QStringLiteral("08:00:01")) && pane->title().contains(QStringLiteral("UTC")),
                     qPrintable(pane->title()));
        QCOMPARE(QSettings().value(QStringLiteral("timeline/utc")).toBool(), true);
        MainWindow second;
        QVERIFY(second.utcAction()->isChecked());
        LogTab *other = second.openFile(path);
        QVERIFY(other);
        QVERIFY(other->timeline()->isUtc());
        QTRY_COMPARE(other->view()->model()->index(0, LogTableModel::TimeColumn).data().toString(),
                     QStringLiteral("2026-03-14 08:00:01.000"));

        // The timeline's own choice goes the other way for the whole window.
        tab->timeline()->setUtc(false);
        QVERIFY(!window.utcAction()->isChecked());
        QCOMPARE(shownTime(), QStringLiteral("2026-03-14 13:30:01.000"));
        QCOMPARE(QSettings().value(QStringLiteral("timeline/utc")).toBool(), false);
    }

    void encodingCanBeChosen()
    {
        const QString path = m_dir.filePath(QStringLiteral("latin1.log"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("caf\xe9 au lait\n");
        file.close();
        MainWindow window;
        window.show();
        LogTab *tab = window.openFile(path);
        QVERIFY(tab);
        QTRY_COMPARE(tab->view()->model()->rowCount(), 1);
        tab->setEncodingName(QStringLiteral("ISO-8859-1"));
        QTRY_COMPARE(tab->view()->model()->rowCount(), 1);
        QTRY_COMPARE(tab->view()->model()->index(0, 0).data(LogTableModel::RawTextRole).toString(),
                     QStringLiteral("café au lait"));
        const QString status = window.statusBar()->findChild<QLabel *>()->text();
        QVERIFY2(status.contains(QStringLiteral("ISO-8859-1")), qPrintable(status));
    }

    void standardInputThroughAPipe()
    {
        int fds[2];
        QCOMPARE(::pipe(fds), 0);
        MainWindow window;
        window.show();
        LogTab *tab = window.openStream(fds[0], QStringLiteral("standard input"));
        ::close(fds[0]);
        QVERIFY(tab);
        QCOMPARE(window.tabs()->tabText(0), QStringLiteral("standard input"));
        const QByteArray lines = "one\ntwo\n";
        QCOMPARE(::write(fds[1], lines.constData(), size_t(lines.size())), lines.size());
        QTRY_COMPARE(tab->view()->model()->rowCount(), 2);
        QVERIFY(window.statusBar()->findChild<QLabel *>()->text().contains(QStringLiteral("reading the stream")));
        ::close(fds[1]);
        QTRY_VERIFY(window.statusBar()->findChild<QLabel *>()->text().contains(QStringLiteral("stream has ended")));
    }
    void fieldColumnsAreRememberedPerFormat()
    {
        QSettings().remove(QStringLiteral("columns"));
        const auto writeJson = [this](const QString &name) {
            const QString path = m_dir.filePath(name);
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                qFatal("cannot write fixture");
            file.write(R"({"ts":"2026-03-14T08:00:00Z","level":"info","msg":"a","duration_ms":42})" "\n");
            return path;
        };
        MainWindow window;
        window.show();
        LogTab *tab = window.openFile(writeJson(QStringLiteral("first.json")));
        QVERIFY(tab);
        QTRY_COMPARE(tab->formatName(), QStringLiteral("json"));
        QTRY_COMPARE(tab->view()->model()->rowCount(), 1);
        tab->view()->setCurrentRow(0);
        // The header's menu offers the row's fields, as a user would see it.
        std::unique_ptr<QMenu> menu(tab->columns()->createMenu(LogTableModel::MessageColumn));
        QAction *add = nullptr;
        for (QAction *action : menu->actions())
            if (action->menu() && action->text() == QStringLiteral("Add Field Column"))
                for (QAction *field : action->menu()->actions())
                    if (field->text() == QStringLiteral("duration_ms"))
                        add = field;
        QVERIFY(add);
        add->trigger();
        const int column = LogTableModel::ColumnCount;
        QCOMPARE(tab->view()->model()->columnCount(), column + 1);
        QCOMPARE(tab->view()->model()->headerData(column, Qt::Horizontal).toString(), QStringLiteral("duration_ms"));
        QCOMPARE(tab->view()->model()->index(0, column).data().toString(), QStringLiteral("42"));

        LogTab *second = window.openFile(writeJson(QStringLiteral("second.json")));
        QVERIFY(second);
        QTRY_COMPARE(second->view()->model()->columnCount(), column + 1);
        QTRY_COMPARE(second->view()->model()->index(0, column).data().toString(), QStringLiteral("42"));
        second->columns()->removeFieldColumn(QStringLiteral("duration_ms"));
        QCOMPARE(second->view()->model()->columnCount(), column);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
