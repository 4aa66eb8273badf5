// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertfilerun.h"

#include "index/workerlink.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class LogFile;

/// Runs alert rules over one LogFile, off the GUI thread.
///
/// Once the file is indexed (and its format known), a background job
/// replays the whole file on the records' own timestamps (AlertFileRun on
/// a file descriptor of its own for LogFile::dataPath()); afterwards every
/// linesAdded() reads the appended bytes. While the file is followed (or a
/// stream is read), time also passes with the wall clock once a second, so
/// absence rules fire and rates fall when the source goes quiet.
///
/// Jobs run one at a time on a thread pool of their own (not the global
/// one, which indexes files); results arrive on
/// this object's thread (occurred(), snapshotChanged()). setRules(), a new
/// format or a reset of the file cancel the running job and start over
/// (started()). The destructor cancels and returns at once.
///
/// Lives on the GUI thread with its LogFile (not owned; may die first).
class AlertRunner : public QObject
{
    Q_OBJECT

public:
    AlertRunner(LogFile *file, std::vector<AlertRule> rules, QObject *parent = nullptr);
    ~AlertRunner() override;

    /// Replaces the rules and replays the file from its start.
    void setRules(std::vector<AlertRule> rules);
    const std::vector<AlertRule> &rules() const { return m_rules; }
    LogFile *file() const { return m_file; }
    /// True until the replay of the file's indexed content has ended.
    bool isReplaying() const { return !m_replayed; }
    /// Each rule's state, as of the last result.
    const std::vector<AlertRuleSnapshot> &snapshot() const { return m_snapshot; }
    /// Bytes of the file the rules have read, as of the last finished job.
    qint64 readBytes() const { return m_readBytes; }
    /// How often time passes with the wall clock while following (ms).
    void setWallClockInterval(int ms) { m_wallClock.setInterval(ms); }

Q_SIGNALS:
    /// A new run began; the events of the previous one no longer hold.
    void started();
    /// Events, in time order. @p live: from appended data or the wall
    /// clock (worth a notification), not from the replay.
    void occurred(const QList<AlertOccurrence> &events, bool live);
    void snapshotChanged();
    /// The replay of the file's indexed content ended.
    void replayFinished();
    void errorOccurred(const QString &message);

private:
    using Link = WorkerLink<AlertRunner>;

    void restart();
    void startReplay();
    void requestPoll();
    void startPoll();
    bool isLive() const;
    void onResult(const std::shared_ptr<Link> &link, QList<AlertOccurrence> events, std::vector<AlertRuleSnapshot> snapshot, bool live);
    void onJobDone(const std::shared_ptr<Link> &link, std::shared_ptr<AlertFileRun> run, const QString &error, bool replay);

    QPointer<LogFile> m_file;
    std::vector<AlertRule> m_rules;
    std::vector<AlertRuleSnapshot> m_snapshot;
    std::shared_ptr<Link> m_link;       // the current run's jobs; detached on restart
    std::shared_ptr<AlertFileRun> m_run; // between jobs; null while one runs or before the replay
    QTimer m_wallClock;
    qint64 m_readBytes = 0;
    QString m_runPath; // the file the run reads (LogFile::dataPath() when it started)
    bool m_replayed = false;
    bool m_busy = false;
    bool m_pollPending = false;
};
