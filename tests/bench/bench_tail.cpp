// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// bench_tail [--rate N] [--seconds S] [--alerts] [--dir DIR]: live tail under
// load (issue 7). A separate writer process (this program, run with
// --writer) appends N lines a second to a file for S seconds, each line
// carrying its CLOCK_MONOTONIC write time; this process follows the file the
// way a tab does, offscreen: LogFile (following, through its mirror) +
// LogTableModel + FilteredModel with a regex filter (+ 5 alert rules with
// --alerts), on one event loop. Prints one JSON object:
//   lines                 lines written (and rows in the model at the end)
//   latency_p50_ms / latency_p99_ms / latency_max_ms
//                         write time of the oldest row of each rowsInserted
//                         batch to that batch reaching the model
//   max_stall_ms          the longest the event loop was busy: the largest
//                         lateness of a 5 ms timer
//   cpu_percent_of_core   this process's user + system CPU (all threads,
//                         getrusage) over the wall time of the run
//   rss_growth_bytes_per_line, index_bytes_per_line
//                         RssAnon growth over the run, and LineIndex's own
//                         bytes, per line
//   filter_matches        rows the regex filter matched
// Exit status 1 when the writer fails or the rows do not all arrive.

#include "alert/alertrule.h"
#include "alert/alertrunner.h"
#include "index/logfile.h"
#include "model/filteredmodel.h"
#include "model/logtablemodel.h"
#include "query/query.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

namespace {

constexpr int kStallProbeMs = 5;
constexpr int kDrainTimeoutMs = 30000;

qint64 monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

/// The writer: appends @p rate lines a second to @p path for @p seconds, in
/// one write() a millisecond, and prints how many lines it wrote.
int runWriter(const QByteArray &path, qint64 rate, double seconds)
{
    const int fd = ::open(path.constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        return 1;
    static const char *const levels[] = {"INFO", "INFO", "INFO", "WARN", "ERROR", "DEBUG"};
    const qint64 start = monotonicNs();
    const auto end = start + qint64(seconds * 1e9);
    qint64 written = 0;
    QByteArray batch;
    for (qint64 tick = start; tick < end; tick += 1000000) {
        const timespec at{time_t(tick / 1000000000), long(tick % 1000000000)};
        clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &at, nullptr);
        const qint64 now = monotonicNs();
        const qint64 due = std::min(qint64(double(now - start) * double(rate) / 1e9), qint64(double(end - start) * double(rate) / 1e9));
        batch.clear();
        for (; written < due; ++written) {
            const qint64 ms = written * 1000 / std::max<qint64>(1, rate);
            batch += "2026-03-01T10:" + QByteArray::number(10 + (ms / 60000) % 50).rightJustified(2, '0') + ':'
                     + QByteArray::number((ms / 1000) % 60).rightJustified(2, '0') + '.' + QByteArray::number(ms % 1000).rightJustified(3, '0')
                     + "Z " + levels[written % 6] + " [api] seq=" + QByteArray::number(written) + " t=" + QByteArray::number(now)
                     + (written % 97 == 0 ? " GET /api/items status=503 upstream timeout\n" : " GET /api/items status=200 took=12ms\n");
        }
        if (!batch.isEmpty() && ::write(fd, batch.constData(), size_t(batch.size())) != batch.size())
            return 1;
    }
    ::close(fd);
    std::printf("%lld\n", static_cast<long long>(written));
    return 0;
}

qint64 rssAnonBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("RssAnon:"))
            return line.simplified().split(' ').value(1).toLongLong() * 1024;
    return -1;
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return -1;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, std::size_t(p * double(values.size() - 1) + 0.5))];
}

Query parsed(const QString &text)
{
    const auto query = Query::parse(text, 0);
    if (!query)
        qFatal("bench_tail: bad query %s", qPrintable(text));
    return *query;
}

/// Five rules of the kinds a tail watches.
std::vector<AlertRule> fiveRules()
{
    constexpr TimeNs second = 1000000000;
    std::vector<AlertRule> rules;
    const auto add = [&rules](const QString &query, decltype(AlertRule::params) params) {
        rules.push_back(AlertRule{query, query, parsed(query), params});
    };
    add(QStringLiteral("level:error"), RateRule{60 * second, 5, AlertDirection::Above, 4, 10 * second});
    add(QStringLiteral("/status=5\\d\\d/"), RateRule{60 * second, 50, AlertDirection::Above, 4, 10 * second});
    add(QStringLiteral("timeout"), PatternRule{20, 60 * second, 300 * second});
    add(QString(), AnomalyRule{});
    add(QStringLiteral("level:warn"), AbsenceRule{120 * second});
    return rules;
}

/// The CLOCK_MONOTONIC write time a line carries ("t=..."), or -1.
qint64 writeTime(const QByteArray &line)
{
    const qsizetype at = line.indexOf(" t=");
    if (at < 0)
        return -1;
    const qsizetype end = line.indexOf(' ', at + 3);
    return line.mid(at + 3, end < 0 ? -1 : end - at - 3).toLongLong();
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc == 5 && qstrcmp(argv[1], "--writer") == 0)
        return runWriter(argv[2], QByteArray(argv[3]).toLongLong(), QByteArray(argv[4]).toDouble());
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("tideline.*.debug=false"));
    QStringList args = app.arguments();
    const auto option = [&args](const QString &name, const QString &fallback) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args[at + 1] : fallback;
    };
    const qint64 rate = option(QStringLiteral("--rate"), QStringLiteral("100000")).toLongLong();
    const QString seconds = option(QStringLiteral("--seconds"), QStringLiteral("60"));
    const bool withAlerts = args.contains(QStringLiteral("--alerts"));
    QTemporaryDir dir(option(QStringLiteral("--dir"), QDir::tempPath()) + QStringLiteral("/bench-tail-XXXXXX"));
    const QString path = dir.filePath(QStringLiteral("tail.log"));
    QFile(path).open(QIODevice::WriteOnly);

    LogFile file;
    LogTableModel model(&file);
    FilteredModel filtered(&model, &file);
    std::unique_ptr<AlertRunner> alerts;
    if (withAlerts)
        alerts = std::make_unique<AlertRunner>(&file, fiveRules());
    std::vector<double> latencies;
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &model, [&](const QModelIndex &, int first, int) {
        const qint64 written = writeTime(file.lineBytes(first));
        if (written > 0)
            latencies.push_back(double(monotonicNs() - written) / 1e6);
    });
    if (!file.open(path) || !file.setFollowing(true)) {
        std::fprintf(stderr, "bench_tail: cannot follow %s\n", qPrintable(path));
        return 1;
    }
    filtered.setQuery(parsed(QStringLiteral("/status=5\\d\\d.*time(d)?out/")));

    double maxStallMs = 0;
    qint64 lastProbe = monotonicNs();
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.callOnTimeout(&app, [&] {
        const qint64 now = monotonicNs();
        maxStallMs = std::max(maxStallMs, double(now - lastProbe) / 1e6 - kStallProbeMs);
        lastProbe = now;
    });

    const qint64 rssBefore = rssAnonBytes();
    const double cpuBefore = cpuSeconds();
    const qint64 wallBefore = monotonicNs();
    QProcess writer;
    writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    qint64 expected = -1;
    QObject::connect(&writer, &QProcess::finished, &app, [&](int code) {
        expected = code == 0 ? writer.readAllStandardOutput().trimmed().toLongLong() : -1;
        if (expected < 0)
            QCoreApplication::exit(1);
    });
    QTimer done;
    done.callOnTimeout(&app, [&] {
        if (expected >= 0 && model.rowCount() >= expected && !filtered.isScanning())
            QCoreApplication::exit(0);
    });
    done.start(20);
    writer.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--writer"), path, QString::number(rate), seconds});
    probe.start(kStallProbeMs);
    QTimer::singleShot(int(seconds.toDouble() * 1000) + kDrainTimeoutMs, &app, [] { QCoreApplication::exit(1); });
    const int status = QCoreApplication::exec();
    const double wallSeconds = double(monotonicNs() - wallBefore) / 1e9;
    const double cpu = cpuSeconds() - cpuBefore;
    const qint64 rssAfter = rssAnonBytes();
    const qint64 lines = model.rowCount();

    const QJsonObject result{
        {QStringLiteral("rate"), rate},
        {QStringLiteral("seconds"), seconds.toDouble()},
        {QStringLiteral("alert_rules"), withAlerts ? 5 : 0},
        {QStringLiteral("lines"), lines},
        {QStringLiteral("lines_written"), expected},
        {QStringLiteral("latency_p50_ms"), percentile(latencies, 0.5)},
        {QStringLiteral("latency_p99_ms"), percentile(latencies, 0.99)},
        {QStringLiteral("latency_max_ms"), percentile(latencies, 1.0)},
        {QStringLiteral("batches"), qint64(latencies.size())},
        {QStringLiteral("max_stall_ms"), maxStallMs},
        {QStringLiteral("cpu_percent_of_core"), 100.0 * cpu / wallSeconds},
        {QStringLiteral("rss_growth_bytes_per_line"), lines > 0 ? double(rssAfter - rssBefore) / double(lines) : -1.0},
        {QStringLiteral("index_bytes_per_line"), lines > 0 ? double(file.index().memoryBytes()) / double(lines) : -1.0},
        {QStringLiteral("filter_matches"), filtered.matchCount()},
    };
    const QByteArray json = QJsonDocument(result).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    if (status != 0)
        std::fprintf(stderr, "bench_tail: %lld of %lld lines arrived\n", static_cast<long long>(lines), static_cast<long long>(expected));
    return status;
}
