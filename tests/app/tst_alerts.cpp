// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "alertcontroller.h"
#include "alertdock.h"
#include "alerthistorymodel.h"
#include "alertnotifier.h"
#include "alertruleform.h"
#include "alertrulesdialog.h"
#include "alertrulestatemodel.h"
#include "filterbar.h"
#include "logtab.h"
#include "timelinewidget.h"
#include "logview.h"

#include "alert/alertrunner.h"
#include "alert/alertrulesstore.h"
#include "gen/loggenerator.h"
#include "index/logfile.h"
#include "model/filteredmodel.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

namespace {

constexpr qint64 kNsPerMs = 1000000;
constexpr qint64 kCycle = 600; // seconds between the generator's error bursts

/// An access log from @p start: error bursts in seconds [300, 340) of every ten minutes.
QByteArray generatedLog(qint64 lines, TimeNs start)
{
    GeneratorOptions options;
    options.format = GeneratorFormat::Access;
    options.start = start;
    LogGenerator generator(options);
    QByteArray out;
    for (qint64 written = 0; written < lines;)
        written += generator.appendRecord(out);
    return out;
}

bool writeFile(const QString &path, const QByteArray &bytes, QIODevice::OpenMode mode = QIODevice::WriteOnly)
{
    QFile file(path);
    return file.open(mode) && file.write(bytes) == bytes.size();
}

qint64 secondOfCycle(TimeNs time)
{
    return (time / kNsPerSecond) % kCycle;
}

/// Types @p text into the rule form's field @p key, replacing what it holds.
void typeInto(AlertRuleForm *form, const QString &key, const QString &text)
{
    auto *edit = qobject_cast<QLineEdit *>(form->field(key));
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void chooseKind(AlertRuleForm *form, const QString &kind)
{
    QComboBox *box = form->kindBox();
    const int index = box->findData(kind);
    QVERIFY(index >= 0);
    box->setCurrentIndex(index);
    Q_EMIT box->activated(index);
}

void doubleClickRow(QTableView *view, int row)
{
    const QRect rect = view->visualRect(view->model()->index(row, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
}

} // namespace

/// The alert panel in the real main window, used as a person would.
class TestAlerts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QString rulesPath() { return AlertRulesStore::defaultPath(); }

    static AlertRunner *runnerOf(MainWindow &window, LogTab *tab) { return window.alertDock()->controller()->runner(tab); }

    /// Adds a rule in the open editor: Add, then the fields.
    static void addRule(AlertRulesDialog *dialog, const QString &name, const QString &kind, const QString &query,
                        const QList<std::pair<QString, QString>> &numbers)
    {
        QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
        AlertRuleForm *form = dialog->form();
        typeInto(form, QStringLiteral("name"), name);
        chooseKind(form, kind);
        typeInto(form, QStringLiteral("query"), query);
        for (const auto &[key, value] : numbers)
            typeInto(form, key, value);
    }

    static QList<QJsonObject> cliEvents(const QString &log, const QString &rules)
    {
        QProcess process;
        process.setProgram(qEnvironmentVariable("TIDELINE_BIN_DIR") + QStringLiteral("/tideline-cli"));
        process.setArguments({QStringLiteral("watch"), log, QStringLiteral("--rules"), rules, QStringLiteral("--from-start"), QStringLiteral("--once")});
        process.start();
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            qFatal("tideline-cli watch failed: %s", process.readAllStandardError().constData());
        QList<QJsonObject> events;
        for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
            if (!line.isEmpty())
                events << QJsonDocument::fromJson(line).object();
        }
        return events;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("TidelineTest"));
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QFile::remove(rulesPath());
        QSettings().remove(QStringLiteral("alerts"));
        QSettings().remove(QStringLiteral("mainWindow")); // a window state left by another test
    }

    void ruleAddedInTheEditorFiresMutesAndJumps()
    {
        // A log that keeps growing, with bursts every ten minutes; it runs
        // ahead of the wall clock, so time passing while following moves nothing.
        const TimeNs now = QDateTime::currentMSecsSinceEpoch() * kNsPerMs;
        const TimeNs start = (now / kNsPerSecond / kCycle - 3) * kCycle * kNsPerSecond;
        const QByteArray all = generatedLog(30000, start);
        const qsizetype half = all.indexOf('\n', all.size() / 2) + 1;
        const QString path = m_dir.filePath(QStringLiteral("access.log"));
        QVERIFY(writeFile(path, all.first(half)));

        MainWindow window;
        window.resize(1100, 800);
        window.setFollowNewTabs(true);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        LogTab *tab = window.openFile(path);
        QVERIFY(tab);
        AlertDock *dock = window.alertDock();

        // Alerts ▸ Edit Rules…: a bad threshold is refused inline, then fixed.
        dock->editRulesAction()->trigger();
        auto *dialog = window.findChild<AlertRulesDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        addRule(dialog, QStringLiteral("5xx-burst"), QStringLiteral("rate"), QStringLiteral("status:>=500"),
                {{QStringLiteral("window"), QStringLiteral("60")}, {QStringLiteral("threshold"), QStringLiteral("-1")}});
        QVERIFY2(dialog->form()->errorText().contains(QStringLiteral("threshold")), qPrintable(dialog->form()->errorText()));
        QVERIFY(!dialog->saveButton()->isEnabled());
        typeInto(dialog->form(), QStringLiteral("threshold"), QStringLiteral("1"));
        QCOMPARE(dialog->form()->errorText(), QString());
        QVERIFY(dialog->saveButton()->isEnabled());
        addRule(dialog, QStringLiteral("503-storm"), QStringLiteral("pattern"), QStringLiteral("status:503"),
                {{QStringLiteral("count"), QStringLiteral("20")}, {QStringLiteral("within"), QStringLiteral("30")},
                 {QStringLiteral("cooldown"), QStringLiteral("300")}});
        QVERIFY(dialog->saveButton()->isEnabled());
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(!window.findChild<AlertRulesDialog *>());
        QVERIFY(QFileInfo::exists(rulesPath()));
        QVERIFY(dock->isVisible());

        // The replay of the file fires both rules in every burst.
        AlertRunner *runner = runnerOf(window, tab);
        QVERIFY(runner);
        QTRY_VERIFY_WITH_TIMEOUT(!runner->isReplaying(), 30000);
        AlertHistoryModel *history = dock->controller()->history();
        QTRY_VERIFY(history->rowCount() >= 8);
        // ... and marks them on the tab's timeline.
        QTRY_VERIFY(tab->timeline()->markers().size() >= 4);
        int rates = 0;
        for (int row = 0; row < history->rowCount(); ++row) {
            const AlertHistoryEntry &entry = history->entry(row);
            QVERIFY2(secondOfCycle(entry.triggered) >= 300 && secondOfCycle(entry.triggered) < 340, qPrintable(entry.rule));
            if (entry.rule == QStringLiteral("5xx-burst")) {
                ++rates;
                QVERIFY(!entry.open);
                QVERIFY(secondOfCycle(entry.recovered) >= 340 && secondOfCycle(entry.recovered) < 400);
                QVERIFY(entry.peak >= 1);
            }
            QVERIFY(entry.line > 0);
        }
        QCOMPARE(rates, 5);
        QCOMPARE(history->index(0, AlertHistoryModel::TriggeredColumn).data().toString(),
                 QDateTime::fromMSecsSinceEpoch(history->entry(0).triggered / kNsPerMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        const auto *states = dock->controller()->ruleStates();
        QCOMPARE(states->rowCount(), 2);
        QVERIFY(states->rule(0).samples.size() > 10);

        // Double-click a history entry: its record becomes current in the table.
        doubleClickRow(dock->historyView(), 0);
        QCOMPARE(tab->view()->currentRow(), history->entry(0).line - 1);
        QVERIFY(dock->messageLabel()->isHidden());

        // Mute the rate rule, then the file grows by more bursts.
        const int before = history->rowCount();
        const QRect ruleRect = dock->ruleView()->visualRect(states->index(0, 0));
        QTest::mouseClick(dock->ruleView()->viewport(), Qt::LeftButton, {}, ruleRect.center());
        auto *muteButton = qobject_cast<QToolButton *>(dock->findChild<QToolBar *>()->widgetForAction(dock->muteAction()));
        QVERIFY(muteButton);
        QTest::mouseClick(muteButton, Qt::LeftButton);
        QVERIFY(dock->controller()->isMuted(QStringLiteral("5xx-burst")));
        QCOMPARE(states->rule(0).state, AlertRuleState::Muted);
        QVERIFY(writeFile(path, all.sliced(half), QIODevice::Append));
        QTRY_VERIFY_WITH_TIMEOUT(history->rowCount() >= before + 2, 20000); // the pattern rule fires on
        QTRY_COMPARE_WITH_TIMEOUT(tab->logFile()->lineCount(), 30000, 20000);
        QTest::qWait(1500);
        for (int row = before; row < history->rowCount(); ++row)
            QCOMPARE(history->entry(row).rule, QStringLiteral("503-storm"));

        // Acknowledge: the entries are no longer bold.
        QTest::mouseClick(dock->ruleView()->viewport(), Qt::LeftButton, {}, dock->ruleView()->visualRect(states->index(1, 0)).center());
        dock->acknowledgeAction()->trigger();
        QVERIFY(!history->index(before, 0).data(Qt::FontRole).value<QFont>().bold());

        // A record hidden by the filter: the panel says so.
        tab->filterBar()->lineEdit()->setText(QStringLiteral("status:<500"));
        QTRY_VERIFY(tab->filteredModel()->hasQuery());
        QTRY_VERIFY(!tab->filteredModel()->isScanning());
        doubleClickRow(dock->historyView(), 0);
        QVERIFY(dock->messageLabel()->isVisible());
        QVERIFY2(dock->messageLabel()->text().contains(QStringLiteral("filter")), qPrintable(dock->messageLabel()->text()));

        // The panel as it looks, for a person to check.
        dock->grab().save(QStringLiteral("/tmp/alerts.png"));
    }

    void corruptRulesFileIsReportedAndKept()
    {
        QDir().mkpath(QFileInfo(rulesPath()).absolutePath());
        const QByteArray corrupt = "{\"version\": 1, \"rules\": [{\"name\": \"x\", \"kind\": \"rate\"";
        QVERIFY(writeFile(rulesPath(), corrupt));
        MainWindow window;
        window.show();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>()));
        QCOMPARE(box->textFormat(), Qt::PlainText);
        QVERIFY2(box->text().contains(rulesPath()), qPrintable(box->text()));
        QVERIFY2(box->text().contains(QStringLiteral("not valid JSON")), qPrintable(box->text()));
        QVERIFY(!QFileInfo::exists(rulesPath()));
        const QStringList backups = QFileInfo(rulesPath()).dir().entryList({QStringLiteral("alert-rules.json.corrupt-*")});
        QCOMPARE(backups.size(), 1);
        QVERIFY(box->text().contains(backups.first()));
        QFile backup(QFileInfo(rulesPath()).dir().filePath(backups.first()));
        QVERIFY(backup.open(QIODevice::ReadOnly));
        QCOMPARE(backup.readAll(), corrupt);
        backup.remove();
        QVERIFY(window.alertDock()->controller()->rules().empty());
    }

    void panelHistoryEqualsCliWatch()
    {
        const QString log = m_dir.filePath(QStringLiteral("cli.log"));
        QVERIFY(writeFile(log, generatedLog(15000, GeneratorOptions().start)));
        const QByteArray rules = "{\"version\": 1, \"rules\": ["
            "{\"name\": \"5xx-burst\", \"kind\": \"rate\", \"query\": \"status:>=500\", \"window\": 60, \"threshold\": 1},"
            "{\"name\": \"503-storm\", \"kind\": \"pattern\", \"query\": \"status:503\", \"count\": 20, \"within\": 30, \"cooldown\": 300},"
            "{\"name\": \"error-anomaly\", \"kind\": \"anomaly\", \"query\": \"status:>=500\", \"bucket\": 60, \"minHistory\": 5, \"minDeviation\": 5},"
            "{\"name\": \"no-posts\", \"kind\": \"absence\", \"query\": \"POST\", \"after\": 30}]}";
        QDir().mkpath(QFileInfo(rulesPath()).absolutePath());
        QVERIFY(writeFile(rulesPath(), rules));
        const QList<QJsonObject> expected = cliEvents(log, rulesPath());
        QVERIFY(expected.size() > 10);

        MainWindow window;
        window.show();
        LogTab *tab = window.openFile(log);
        QVERIFY(tab);
        QTRY_VERIFY(runnerOf(window, tab));
        QTRY_VERIFY_WITH_TIMEOUT(!runnerOf(window, tab)->isReplaying(), 30000);
        const QList<AlertEvent> events = window.alertDock()->events(tab);
        QCOMPARE(events.size(), expected.size());
        for (qsizetype i = 0; i < events.size(); ++i) {
            const QJsonObject &cli = expected.at(i);
            const AlertEvent &event = events.at(i);
            QCOMPARE(event.ruleName, cli.value(QStringLiteral("rule")).toString());
            QCOMPARE(alertEventTypeName(event.type), cli.value(QStringLiteral("event")).toString());
            QCOMPARE(event.time / kNsPerMs,
                     QDateTime::fromString(cli.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs).toMSecsSinceEpoch());
            QCOMPARE(event.line, cli.value(QStringLiteral("line")).toInteger(-1));
            QCOMPARE(std::round(event.value * 1000) / 1000, cli.value(QStringLiteral("value")).toDouble());
        }
        // The history: one row per trigger or firing.
        const auto triggers = std::count_if(expected.begin(), expected.end(),
                                            [](const QJsonObject &e) { return e.value(QStringLiteral("event")).toString() != QStringLiteral("recovered"); });
        QCOMPARE(window.alertDock()->controller()->history()->rowCount(), static_cast<int>(triggers));
    }

    void liveAlertInTheBackgroundIsAnnouncedAndLogged()
    {
        QDir().mkpath(QFileInfo(rulesPath()).absolutePath());
        QVERIFY(writeFile(rulesPath(), "{\"version\": 1, \"rules\": ["
                                       "{\"name\": \"503s\", \"kind\": \"pattern\", \"query\": \"status:503\", \"count\": 5, \"within\": 30, \"cooldown\": 300}]}"));
        // 1000 lines: about 200 s of log, before the first burst at 300 s.
        const QByteArray all = generatedLog(4000, GeneratorOptions().start);
        qsizetype quiet = 0;
        for (int i = 0; i < 1000; ++i)
            quiet = all.indexOf('\n', quiet) + 1;
        const QString log = m_dir.filePath(QStringLiteral("live.log"));
        QVERIFY(writeFile(log, all.first(quiet)));
        const QString events = m_dir.filePath(QStringLiteral("events.jsonl"));
        QFile::remove(events);

        MainWindow window;
        window.setFollowNewTabs(true);
        window.show();
        LogTab *tab = window.openFile(log);
        QVERIFY(tab);
        AlertDock *dock = window.alertDock();
        QTRY_VERIFY(runnerOf(window, tab));
        QTRY_VERIFY_WITH_TIMEOUT(!runnerOf(window, tab)->isReplaying(), 30000);
        QCOMPARE(dock->controller()->history()->rowCount(), 0);
        dock->notifier()->setEventLogPath(events);
        QSignalSpy announced(dock->notifier(), &AlertNotifier::announced);
        // Another window is active: Tideline is in the background.
        QWidget other;
        other.show();
        other.activateWindow();
        QTRY_VERIFY(!window.isActiveWindow());

        QVERIFY(writeFile(log, all.sliced(quiet), QIODevice::Append));
        QTRY_VERIFY_WITH_TIMEOUT(announced.count() >= 1, 20000);
        QVERIFY2(announced.first().at(0).toString().contains(QStringLiteral("503s")), qPrintable(announced.first().at(0).toString()));
        QVERIFY(announced.first().at(1).toString().contains(QStringLiteral("live.log")));
        QFile file(events);
        QTRY_VERIFY(file.size() > 0);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), qsizetype(dock->controller()->history()->rowCount()));
        for (const QByteArray &line : lines) {
            QJsonParseError error;
            const QJsonObject event = QJsonDocument::fromJson(line, &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            QCOMPARE(event.value(QStringLiteral("rule")).toString(), QStringLiteral("503s"));
            QCOMPARE(event.value(QStringLiteral("event")).toString(), QStringLiteral("fired"));
            QCOMPARE(event.value(QStringLiteral("file")).toString(), QStringLiteral("live.log"));
            QVERIFY(event.value(QStringLiteral("line")).toInteger() > 1000);
            QVERIFY(event.value(QStringLiteral("text")).toString().contains(QStringLiteral(" 503 ")));
        }
        // In the foreground: logged, not announced.
        window.activateWindow();
        QTRY_VERIFY(window.isActiveWindow());
        dock->notifier()->handle(tab, dock->events(tab).constLast());
        QCOMPARE(announced.count(), lines.size());
    }

    void dockPlaceAndSizeSurviveARestart_data()
    {
        QTest::addColumn<int>("area");
        QTest::addColumn<bool>("visible");
        QTest::newRow("right, shown") << int(Qt::RightDockWidgetArea) << true;
        QTest::newRow("left, shown") << int(Qt::LeftDockWidgetArea) << true;
        QTest::newRow("bottom, hidden") << int(Qt::BottomDockWidgetArea) << false;
    }

    void dockPlaceAndSizeSurviveARestart()
    {
        QFETCH(int, area);
        QFETCH(bool, visible);
        const auto dockArea = static_cast<Qt::DockWidgetArea>(area);
        const Qt::Orientation across = dockArea == Qt::BottomDockWidgetArea ? Qt::Vertical : Qt::Horizontal;
        int size = 0;
        {
            MainWindow window;
            window.resize(780, 560); // within the offscreen screen, which restoreGeometry() keeps windows in
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            AlertDock *dock = window.alertDock();
            window.addDockWidget(dockArea, dock);
            dock->show();
            window.resizeDocks({dock}, {across == Qt::Horizontal ? 330 : 220}, across);
            QTRY_VERIFY(dock->isVisible());
            QTRY_VERIFY((across == Qt::Horizontal ? dock->width() : dock->height()) > 200);
            QCoreApplication::processEvents(); // the layout settles: the size that gets saved
            size = across == Qt::Horizontal ? dock->width() : dock->height();
            // View ▸ Alerts Panel, as a person hides it.
            if (!visible)
                dock->toggleViewAction()->trigger();
            QCOMPARE(dock->isVisible(), visible);
            QVERIFY(window.close());
        }
        MainWindow again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        AlertDock *dock = again.alertDock();
        QCOMPARE(again.dockWidgetArea(dock), dockArea);
        QCOMPARE(dock->isVisible(), visible);
        QCOMPARE(again.size(), QSize(780, 560));
        if (visible)
            QTRY_VERIFY2(std::abs((across == Qt::Horizontal ? dock->width() : dock->height()) - size) <= 8,
                         qPrintable(QStringLiteral("%1 instead of %2").arg(across == Qt::Horizontal ? dock->width() : dock->height()).arg(size)));
    }

    // Not an alert, but the same window state: View ▸ Timeline.
    void timelineToggleHidesEveryTabsTimelineAndIsRemembered()
    {
        QSettings().remove(QStringLiteral("timeline/visible"));
        const QString log = m_dir.filePath(QStringLiteral("toggle.log"));
        QVERIFY(writeFile(log, generatedLog(200, GeneratorOptions().start)));
        {
            MainWindow window;
            window.show();
            LogTab *tab = window.openFile(log);
            QVERIFY(tab);
            QVERIFY(window.timelineAction()->isChecked());
            QTRY_VERIFY(tab->timeline()->isVisible());
            window.timelineAction()->trigger();
            QVERIFY(!tab->timeline()->isVisible());
            QVERIFY(tab->view()->isVisible());
        }
        MainWindow again;
        again.show();
        QVERIFY(!again.timelineAction()->isChecked());
        LogTab *tab = again.openFile(log);
        QVERIFY(tab);
        QVERIFY(!tab->timeline()->isVisible());
        again.timelineAction()->trigger();
        QTRY_VERIFY(tab->timeline()->isVisible());
        QVERIFY(QSettings().value(QStringLiteral("timeline/visible")).toBool());
    }
};

QTEST_MAIN(TestAlerts)
#include "tst_alerts.moc"
