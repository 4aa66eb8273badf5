// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gen/loggenerator.h"
#include "index/logfile.h"
#include "model/filteredmodel.h"
#include "model/logtablemodel.h"
#include "parse/levelnames.h"
#include "parse/timeparser.h"
#include "timeline/timelinemodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace Qt::StringLiterals;

/// `tideline-cli histogram` prints what the timeline draws: the test runs the
/// real binary and compares its JSON with TimelineModel's histogram (the
/// engine the widget uses) for the same file and query.
class TstCliHistogram : public QObject
{
    Q_OBJECT

    struct Run
    {
        int status = -1;
        QByteArray out;
        QByteArray err;
    };

    static Run run(const QStringList &args)
    {
        QProcess process;
        process.setProgram(qEnvironmentVariable("TIDELINE_BIN_DIR") + QStringLiteral("/tideline-cli"));
        process.setArguments(args);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir::tempPath() + QStringLiteral("/tideline-cli-test-none"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        process.setProcessEnvironment(env);
        process.start();
        if (!process.waitForFinished(120000))
            qFatal("tideline-cli did not finish");
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

    QString writeLog(GeneratorFormat format, qint64 lines)
    {
        const QString path = m_dir.filePath(QStringLiteral("log-%1-%2.log").arg(int(format)).arg(lines));
        QFile file(path);
        if (!file.exists()) {
            if (!file.open(QIODevice::WriteOnly))
                qFatal("cannot write the log");
            GeneratorOptions options;
            options.format = format;
            LogGenerator(options).writeLines(file, lines);
        }
        return path;
    }

    static QJsonObject levelsOf(const std::array<qint64, kLevelCount> &counts)
    {
        QJsonObject levels;
        for (int i = 0; i < kLevelCount; ++i) {
            if (const qint64 n = counts[static_cast<std::size_t>(i)])
                levels.insert(QString::fromLatin1(levelName(static_cast<Level>(i))), n);
        }
        return levels;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("TZ", "Europe/Berlin");
        tzset();
    }

    void sameAsTheTimeline_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("bucket");
        QTest::addColumn<bool>("utc");
        QTest::newRow("access, all, 1m, utc") << int(GeneratorFormat::Access) << QString() << u"1m"_s << true;
        QTest::newRow("access, errors, 5m, local") << int(GeneratorFormat::Access) << u"level:>=error"_s << u"5m"_s << false;
        QTest::newRow("json, word, 10s, utc") << int(GeneratorFormat::Json) << u"timeout"_s << u"10s"_s << true;
        QTest::newRow("mixed, warn, 1h, local") << int(GeneratorFormat::Mixed) << u"level:warn"_s << u"1h"_s << false;
        QTest::newRow("mixed, nothing matches") << int(GeneratorFormat::Mixed) << u"zzzqqq"_s << u"1m"_s << true;
    }

    void sameAsTheTimeline()
    {
        QFETCH(int, format);
        QFETCH(QString, query);
        QFETCH(QString, bucket);
        QFETCH(bool, utc);
        const QString path = writeLog(GeneratorFormat(format), 20000);
        QStringList args{QStringLiteral("histogram"), path, QStringLiteral("--bucket"), bucket, QStringLiteral("--json")};
        if (!query.isEmpty())
            args << QStringLiteral("-q") << query;
        if (utc)
            args << QStringLiteral("--utc");
        const Run cli = run(args);
        QVERIFY2(cli.status == 0, cli.err.constData());
        const QJsonObject printed = QJsonDocument::fromJson(cli.out).object();

        LogFile file;
        QVERIFY(file.open(path).has_value());
        LogTableModel table(&file);
        FilteredModel filtered(&table, &file);
        TimelineModel model(&filtered);
        QSignalSpy finished(&model, &TimelineModel::scanFinished);
        const auto compiled = Query::parse(query, QDateTime::currentMSecsSinceEpoch() * 1000000);
        QVERIFY(compiled.has_value());
        filtered.setQuery(*compiled);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0 && !model.isScanning(), 60000);
        const QTimeZone zone = utc ? QTimeZone(QTimeZone::UTC) : QTimeZone::systemTimeZone();
        const Histogram histogram = model.histogram(*TimeGrid::parseSize(bucket), zone);

        QCOMPARE(printed.value(u"bucket_seconds").toInteger(), histogram.bucketSeconds);
        QCOMPARE(printed.value(u"records").toInteger(), histogram.timedTotal);
        QCOMPARE(printed.value(u"untimed").toObject().value(u"records").toInteger(), histogram.untimedTotal);
        const QJsonArray buckets = printed.value(u"buckets").toArray();
        QCOMPARE(buckets.size(), qsizetype(histogram.buckets.size()));
        const TimeContext context(0, zone);
        for (qsizetype i = 0; i < buckets.size(); ++i) {
            const HistogramBucket &expected = histogram.buckets[static_cast<std::size_t>(i)];
            const QJsonObject bucketObject = buckets.at(i).toObject();
            QCOMPARE(bucketObject.value(u"start").toString(),
                     QString::fromLatin1(TimeParser::formatIso(expected.start * 1000000000LL, context, utc)));
            QCOMPARE(bucketObject.value(u"records").toInteger(), expected.total());
            QCOMPARE(bucketObject.value(u"levels").toObject(), levelsOf(expected.counts));
        }
        if (query != u"zzzqqq")
            QVERIFY(histogram.timedTotal > 0);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no file") << QStringList{QStringLiteral("histogram")};
        QTest::newRow("bad bucket") << QStringList{QStringLiteral("histogram"), QStringLiteral("x.log"), QStringLiteral("--bucket"), QStringLiteral("7m")};
        QTest::newRow("bad query") << QStringList{QStringLiteral("histogram"), QStringLiteral("x.log"), QStringLiteral("-q"), QStringLiteral("(a")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run cli = run(args);
        QCOMPARE(cli.status, 2);
        QVERIFY(cli.err.startsWith("tideline-cli: "));
    }

    void smallBucketOverAShortSpan()
    {
        const QString path = writeLog(GeneratorFormat::Json, 50);
        const Run cli = run({QStringLiteral("histogram"), path, QStringLiteral("--bucket"), QStringLiteral("1s"), QStringLiteral("--json")});
        QCOMPARE(cli.status, 0); // 50 records span seconds, not years
        QVERIFY(cli.out.startsWith("{"));
    }
};

QTEST_GUILESS_MAIN(TstCliHistogram)
#include "tst_cli_histogram.moc"
