// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// bench_alerts FILE [RUNS]: how much twenty active alert rules (rate,
// pattern, anomaly and absence rules on queries for access logs) slow
// indexing and tailing, against no rules, in the same process, alternating
// (0 rules, 20 rules, 0, 20, ...), RUNS times each (default 3); medians.
//   index_ms        LogFile::open() to indexingFinished, with an AlertRunner
//                   on the file (no rules / twenty)
//   replay_ms       open() to the twenty rules' replay of the whole file
//                   finished (when the panel knows the file's alerts)
//   tail_ms         a followed file (FILE's first kTailPrefixLines lines)
//                   gets kTailBatches batches of kTailBatchLines lines
//                   appended, each once the one before is indexed; the sum
//                   of append -> lines indexed
//   tail_alerts_ms  for twenty rules: first append -> the rules have read
//                   every appended byte
// Prints one JSON object with the medians and the ratios index_ratio and
// tail_ratio (twenty rules / none; the target is <= 1.10). Exit status 1
// when the file cannot be read or a step does not finish.

#include "alert/alertrule.h"
#include "alert/alertrunner.h"
#include "index/logfile.h"

#include "benchsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>
#include <vector>

namespace {

using Bench::median;
using Bench::msSince;
using Bench::printErr;
using Bench::waitFor;

constexpr qint64 kTailPrefixLines = 50000;
constexpr int kTailBatches = 40;
constexpr qint64 kTailBatchLines = 5000;

AlertRule rule(const QString &name, const QString &query, decltype(AlertRule::params) params)
{
    const auto parsed = Query::parse(query, 0);
    if (!parsed)
        qFatal("bench_alerts: bad query %s", qPrintable(query));
    return AlertRule{name, query, *parsed, params};
}

/// Twenty rules of all four kinds, on queries an access log answers.
std::vector<AlertRule> twentyRules()
{
    std::vector<AlertRule> rules;
    const QStringList rateQueries{QString(), QStringLiteral("status:>=500"), QStringLiteral("method:POST"),
                                  QStringLiteral("Firefox"), QStringLiteral("status:404")};
    for (const QString &query : rateQueries)
        rules.push_back(rule(QStringLiteral("rate ") + query, query, RateRule{120 * kNsPerSecond, 5, AlertDirection::Above, 4, 10 * kNsPerSecond}));
    const QStringList patternQueries{QStringLiteral("status:503"), QStringLiteral("curl"), QStringLiteral("method:DELETE status:>=500"),
                                     QStringLiteral("login"), QStringLiteral("/time(d)?out/"), QStringLiteral("status:>=500 Firefox")};
    for (const QString &query : patternQueries)
        rules.push_back(rule(QStringLiteral("pattern ") + query, query, PatternRule{20, 60 * kNsPerSecond, 300 * kNsPerSecond}));
    const QStringList anomalyQueries{QString(), QStringLiteral("status:>=500"), QStringLiteral("status:404"),
                                     QStringLiteral("method:GET"), QStringLiteral("Chrome")};
    for (const QString &query : anomalyQueries)
        rules.push_back(rule(QStringLiteral("anomaly ") + query, query, AnomalyRule{}));
    const QStringList absenceQueries{QString(), QStringLiteral("status:>=500"), QStringLiteral("method:PUT"), QStringLiteral("Safari")};
    for (const QString &query : absenceQueries)
        rules.push_back(rule(QStringLiteral("absence ") + query, query, AbsenceRule{120 * kNsPerSecond}));
    return rules;
}

struct IndexRun
{
    double indexMs = -1;
    double replayMs = -1;
};

std::optional<IndexRun> indexOnce(const QString &path, const std::vector<AlertRule> &rules)
{
    LogFile file;
    AlertRunner runner(&file, rules);
    bool replayed = false;
    QObject::connect(&runner, &AlertRunner::replayFinished, &runner, [&] { replayed = true; });
    IndexRun run;
    QElapsedTimer clock;
    clock.start();
    if (!file.open(path))
        return std::nullopt;
    if (!waitFor([&] { return !file.isIndexing() && file.lineCount() > 0; }))
        return std::nullopt;
    run.indexMs = msSince(clock);
    if (!rules.empty()) {
        if (!waitFor([&] { return replayed; }))
            return std::nullopt;
        run.replayMs = msSince(clock);
    }
    return run;
}

struct TailRun
{
    double tailMs = -1;
    double alertsMs = -1;
};

std::optional<TailRun> tailOnce(const QString &dir, const QByteArray &prefix, const QList<QByteArray> &batches,
                                const std::vector<AlertRule> &rules)
{
    const QString path = dir + QStringLiteral("/tail.log");
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(prefix) != prefix.size())
        return std::nullopt;
    out.flush();
    LogFile file;
    AlertRunner runner(&file, rules);
    bool replayed = rules.empty();
    QObject::connect(&runner, &AlertRunner::replayFinished, &runner, [&] { replayed = true; });
    if (!file.open(path) || !waitFor([&] { return !file.isIndexing() && file.lineCount() > 0 && replayed; }))
        return std::nullopt;
    if (!file.setFollowing(true, 20))
        return std::nullopt;
    TailRun run;
    run.tailMs = 0;
    QElapsedTimer all;
    all.start();
    for (const QByteArray &batch : batches) {
        const qint64 expected = file.lineCount() + batch.count('\n');
        QElapsedTimer clock;
        clock.start();
        if (out.write(batch) != batch.size() || !out.flush())
            return std::nullopt;
        if (!waitFor([&] { return file.lineCount() >= expected && !file.isIndexing(); }))
            return std::nullopt;
        run.tailMs += msSince(clock);
    }
    if (!rules.empty()) {
        const qint64 size = out.size();
        if (!waitFor([&] { return runner.readBytes() >= size; }))
            return std::nullopt;
        run.alertsMs = msSince(all);
    }
    return run;
}

/// FILE's first kTailPrefixLines lines, and the batches that follow them.
bool splitForTail(const QString &path, QByteArray &prefix, QList<QByteArray> &batches)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    for (qint64 i = 0; i < kTailPrefixLines && !in.atEnd(); ++i)
        prefix += in.readLine();
    for (int b = 0; b < kTailBatches; ++b) {
        QByteArray batch;
        for (qint64 i = 0; i < kTailBatchLines && !in.atEnd(); ++i)
            batch += in.readLine();
        if (batch.isEmpty())
            break;
        batches.append(batch);
    }
    return !batches.isEmpty();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args.size() > 3) {
        printErr(QStringLiteral("usage: bench_alerts FILE [RUNS]\n"));
        return 2;
    }
    const QString path = args.at(1);
    const int runs = args.size() == 3 ? std::max(1, args.at(2).toInt()) : 3;
    const std::vector<AlertRule> rules = twentyRules();
    QTemporaryDir dir;
    QByteArray prefix;
    QList<QByteArray> batches;
    if (!dir.isValid() || !splitForTail(path, prefix, batches)) {
        printErr(QStringLiteral("bench_alerts: cannot read %1 or write a temporary file\n").arg(path));
        return 1;
    }

    std::vector<double> index0, index20, replay20, tail0, tail20, tailAlerts20;
    for (int run = 0; run < runs; ++run) {
        for (const bool withRules : {false, true}) {
            const std::vector<AlertRule> active = withRules ? rules : std::vector<AlertRule>{};
            const auto indexed = indexOnce(path, active);
            const auto tailed = tailOnce(dir.path(), prefix, batches, active);
            if (!indexed || !tailed) {
                printErr(QStringLiteral("bench_alerts: a run did not finish (%1 rules)\n").arg(active.size()));
                return 1;
            }
            (withRules ? index20 : index0).push_back(indexed->indexMs);
            (withRules ? tail20 : tail0).push_back(tailed->tailMs);
            if (withRules) {
                replay20.push_back(indexed->replayMs);
                tailAlerts20.push_back(tailed->alertsMs);
            }
        }
    }
    const QJsonObject result{
        {QStringLiteral("rules"), static_cast<qint64>(rules.size())},
        {QStringLiteral("runs"), runs},
        {QStringLiteral("index_ms_0"), median(index0)},
        {QStringLiteral("index_ms_20"), median(index20)},
        {QStringLiteral("index_ratio"), median(index20) / median(index0)},
        {QStringLiteral("replay_ms_20"), median(replay20)},
        {QStringLiteral("tail_lines"), static_cast<qint64>(batches.size()) * kTailBatchLines},
        {QStringLiteral("tail_ms_0"), median(tail0)},
        {QStringLiteral("tail_ms_20"), median(tail20)},
        {QStringLiteral("tail_ratio"), median(tail20) / median(tail0)},
        {QStringLiteral("tail_alerts_ms_20"), median(tailAlerts20)},
    };
    const QByteArray json = QJsonDocument(result).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(json.constData(), 1, static_cast<size_t>(json.size()), stdout);
    return 0;
}
