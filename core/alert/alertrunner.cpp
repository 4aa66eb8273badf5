// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertrunner.h"

#include "index/logfile.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QThreadPool>
#include <QtConcurrentRun>

namespace {

constexpr int kProgressMs = 200;

/// A replay holds its thread for as long as it reads the file: alert jobs
/// get their own pool, so they never hold up the global pool, where files
/// are indexed (appended lines included).
Q_GLOBAL_STATIC(QThreadPool, alertPool)

TimeNs wallNow()
{
    return QDateTime::currentMSecsSinceEpoch() * 1000000;
}

} // namespace

AlertRunner::AlertRunner(LogFile *file, std::vector<AlertRule> rules, QObject *parent)
    : QObject(parent)
    , m_file(file)
    , m_rules(std::move(rules))
{
    m_wallClock.setInterval(1000);
    connect(&m_wallClock, &QTimer::timeout, this, [this] {
        if (m_replayed && isLive())
            requestPoll();
    });
    m_wallClock.start();
    connect(file, &LogFile::indexingFinished, this, [this] {
        if (!m_replayed && !m_busy)
            startReplay();
    });
    connect(file, &LogFile::linesAdded, this, [this] {
        if (m_replayed)
            requestPoll();
    });
    connect(file, &LogFile::formatChanged, this, &AlertRunner::restart);
    connect(file, &LogFile::reset, this, &AlertRunner::restart);
    restart();
}

AlertRunner::~AlertRunner()
{
    if (m_link)
        m_link->detach();
}

void AlertRunner::setRules(std::vector<AlertRule> rules)
{
    m_rules = std::move(rules);
    restart();
}

bool AlertRunner::isLive() const
{
    return m_file && (m_file->isFollowing() || m_file->isReadingStream());
}

void AlertRunner::restart()
{
    if (m_link)
        m_link->detach();
    m_link.reset();
    m_run.reset();
    m_busy = false;
    m_pollPending = false;
    m_replayed = false;
    m_readBytes = 0;
    m_snapshot.assign(m_rules.size(), AlertRuleSnapshot{});
    Q_EMIT started();
    Q_EMIT snapshotChanged();
    if (m_file && !m_file->isIndexing() && m_file->format())
        startReplay();
}

void AlertRunner::startReplay()
{
    if (!m_file || !m_file->format() || m_rules.empty())
        return;
    auto link = std::make_shared<Link>(this);
    m_link = link;
    m_busy = true;
    const auto end = isLive() ? AlertFileReader::End::FlushCompleteLines : AlertFileReader::End::FlushAll;
    const qint64 size = m_file->indexedBytes();
    m_runPath = m_file->dataPath();
    auto job = [link, end, size, path = m_file->dataPath(), format = m_file->format(), context = m_file->timeContext(), rules = m_rules] {
        auto opened = AlertFileRun::open(path, format, context, rules);
        if (!opened) {
            link->post([link, error = opened.error()](AlertRunner *r) { r->onJobDone(link, nullptr, error, true); });
            return;
        }
        std::shared_ptr<AlertFileRun> run = std::move(*opened);
        QElapsedTimer sinceReport;
        sinceReport.start();
        std::expected<void, QString> result;
        while (result && run->position() < size && !link->cancel) {
            const qint64 before = run->position();
            result = run->read(std::min(size, before + 16 * AlertFileRun::kStepBytes), AlertFileReader::End::HoldLastRecord, link->cancel);
            if (run->position() == before)
                break;
            if (sinceReport.elapsed() >= kProgressMs) {
                sinceReport.restart();
                link->post([link, events = run->takeOccurrences(), snapshot = run->snapshot()](AlertRunner *r) mutable {
                    r->onResult(link, std::move(events), std::move(snapshot), false);
                });
            }
        }
        if (result && !link->cancel) {
            result = run->read(size, end, link->cancel);
            run->settle();
        }
        link->post([link, run, events = run->takeOccurrences(), snapshot = run->snapshot(), error = result ? QString() : result.error()](AlertRunner *r) mutable {
            r->onResult(link, std::move(events), std::move(snapshot), false);
            r->onJobDone(link, run, error, true);
        });
    };
    (void)QtConcurrent::run(alertPool(), std::move(job));
}

void AlertRunner::requestPoll()
{
    if (m_busy || !m_run) {
        m_pollPending = true;
        return;
    }
    startPoll();
}

void AlertRunner::startPoll()
{
    m_pollPending = false;
    m_busy = true;
    // A followed file is read from its mirror once following starts; the
    // mirror has the same bytes at the same offsets, and survives rotation.
    QString switchTo = m_file->dataPath() != m_runPath ? m_file->dataPath() : QString();
    m_runPath = m_file->dataPath();
    auto job = [link = m_link, run = std::move(m_run), now = isLive() ? wallNow() : kNoTime, switchTo] {
        auto result = switchTo.isEmpty() ? std::expected<void, QString>() : run->switchTo(switchTo);
        if (result)
            result = run->poll(now);
        link->post([link, run, events = run->takeOccurrences(), snapshot = run->snapshot(), error = result ? QString() : result.error()](AlertRunner *r) mutable {
            r->onResult(link, std::move(events), std::move(snapshot), true);
            r->onJobDone(link, run, error, false);
        });
    };
    (void)QtConcurrent::run(alertPool(), std::move(job));
}

void AlertRunner::onResult(const std::shared_ptr<Link> &link, QList<AlertOccurrence> events, std::vector<AlertRuleSnapshot> snapshot, bool live)
{
    if (link != m_link)
        return;
    m_snapshot = std::move(snapshot);
    if (!events.isEmpty())
        Q_EMIT occurred(events, live);
    Q_EMIT snapshotChanged();
}

void AlertRunner::onJobDone(const std::shared_ptr<Link> &link, std::shared_ptr<AlertFileRun> run, const QString &error, bool replay)
{
    if (link != m_link)
        return;
    m_busy = false;
    m_run = std::move(run);
    if (m_run)
        m_readBytes = m_run->position();
    if (!error.isEmpty())
        Q_EMIT errorOccurred(error);
    if (replay && m_run) {
        m_replayed = true;
        Q_EMIT replayFinished();
    }
    if (m_pollPending && m_run)
        startPoll();
}
