// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "referencefilter.h"

#include "filter/filterengine.h"
#include "gen/loggenerator.h"
#include "index/lineindex.h"
#include "parse/fallbackformat.h"
#include "parse/formatregistry.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTemporaryFile>
#include <QTest>

namespace {

const TimeContext &utc()
{
    static const TimeContext ctx(1773475200LL * 1000000000LL, QTimeZone::UTC);
    return ctx;
}

QByteArray generate(GeneratorFormat format, qint64 lines, quint64 seed)
{
    GeneratorOptions options;
    options.format = format;
    options.seed = seed;
    LogGenerator generator(options);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    generator.writeLines(buffer, lines);
    return buffer.data();
}

Query compile(const QString &text)
{
    auto query = Query::parse(text, 1773475200LL * 1000000000LL);
    if (!query)
        qFatal("bad test query %s: %s", qPrintable(text), qPrintable(query.error().message));
    return *query;
}

struct EngineRun
{
    ScanOutcome outcome;
    FilterSummary summary;
    LineIndex index;
    qint64 chunks = 0;
};

/// Runs the engine on the file and collects what the reference returns.
void runEngine(int fd, qint64 from, qint64 to, qint64 firstLine, const LogFormat &format, const Query &query,
               const FilterOptions &options, EngineRun &run, const std::atomic<bool> &cancel,
               const std::function<void()> &afterChunk = {})
{
    FilterRequest request{fd, from, to, firstLine, &format, &utc(), query};
    auto summary = runFilter(request, options, cancel, [&](FilterChunk &&chunk) {
        for (qsizetype i = 0; i < chunk.matchCount(); ++i) {
            const ByteRange range = chunk.byteRanges.at(static_cast<std::size_t>(i));
            run.outcome.matches.push_back({chunk.matchLine(i), chunk.matchLineCount(i), range.begin, range.end});
        }
        run.outcome.stats.merge(chunk.stats);
        run.outcome.lines += chunk.lineCount;
        if (chunk.index)
            run.index.append(chunk.index);
        ++run.chunks;
        if (afterChunk)
            afterChunk();
    });
    QVERIFY2(summary.has_value(), summary ? "" : qPrintable(summary.error()));
    run.summary = *summary;
}

QString pick(QRandomGenerator &random, const QStringList &list)
{
    return list.at(random.bounded(list.size()));
}

/// A random query over terms that occur in every generated format.
QString randomQuery(QRandomGenerator &random)
{
    static const QStringList terms{
        QStringLiteral("error"), QStringLiteral("GET"), QStringLiteral("\"disk full\""), QStringLiteral("/time(d)?out/i"),
        QStringLiteral("level:>=warn"), QStringLiteral("level:error"), QStringLiteral("status:>=500"), QStringLiteral("Exception"),
        QStringLiteral("at"), QStringLiteral("/^\\s+at /"), QStringLiteral("path:/api/*"), QStringLiteral("checkout"),
        QStringLiteral("since:2026-03-14T08:10"), QStringLiteral("until:2026-03-14T08:20"), QStringLiteral("-info"),
        QStringLiteral("Caused"), QStringLiteral("kube"), QStringLiteral("zzzz"), QStringLiteral("/Exce(p)?tion/"),
        QStringLiteral("/Fire(f)?ox/"), QStringLiteral("/dis[k] ful+/i"), QStringLiteral("Firefox"), QStringLiteral("status:<400")};
    QString query = pick(random, terms);
    for (int n = random.bounded(3); n > 0; --n) {
        const QString op = pick(random, {QStringLiteral(" "), QStringLiteral(" OR "), QStringLiteral(" NOT ")});
        query = random.bounded(2) ? QStringLiteral("(%1)%2%3").arg(query, op, pick(random, terms))
                                  : query + op + pick(random, terms);
    }
    return query;
}

} // namespace

/// The parallel filter engine against the slow reference.
class TestFilterEngine : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        QByteArray data;
        LogFormatPtr format;
        std::unique_ptr<QTemporaryFile> file;
    };

    static Fixture fixture(const QString &kind, bool crlf, bool finalNewline, int lineCount = 1500)
    {
        static const QMap<QString, std::pair<GeneratorFormat, QString>> kinds{
            {QStringLiteral("access"), {GeneratorFormat::Access, QStringLiteral("access-combined")}},
            {QStringLiteral("json"), {GeneratorFormat::Json, QStringLiteral("json")}},
            {QStringLiteral("syslog"), {GeneratorFormat::Syslog, QStringLiteral("syslog-rfc3164")}},
            {QStringLiteral("mixed"), {GeneratorFormat::Mixed, QStringLiteral("text")}},
        };
        Fixture f;
        if (kind == QStringLiteral("access-folded")) {
            // Access lines with continuation lines (some holding the searched
            // literals) between them, for the literal-first search.
            const QList<QByteArray> lines = generate(GeneratorFormat::Access, lineCount, 7).split('\n');
            static const QByteArray kFolds[] = {"    at com.example.Firefox.run(Main.java:42)", "Caused by: disk full",
                                                "\tException in Firefox", "", "... 3 more", "Suppressed: GET error"};
            for (qsizetype i = 0; i < lines.size(); ++i) {
                f.data += lines[i];
                if (i + 1 < lines.size())
                    f.data += '\n';
                if (i % 7 == 3 && i + 1 < lines.size())
                    f.data += kFolds[i % std::size(kFolds)] + '\n';
            }
            f.format = FormatRegistry::builtin(QStringLiteral("access-combined"));
        } else if (kind == QStringLiteral("long-lines")) {
            // Mixed lines with some longer than FoldedRecord::kStartBytes
            // (records and continuation lines): the scanner's general loop
            // takes those, its stats lane the rest.
            const QList<QByteArray> lines = generate(GeneratorFormat::Mixed, lineCount, 7).split('\n');
            for (qsizetype i = 0; i < lines.size(); ++i) {
                f.data += lines[i];
                if (i + 1 < lines.size())
                    f.data += '\n';
                if (i % 97 == 5 && i + 1 < lines.size())
                    f.data += "{\"ts\":\"2026-03-14T08:00:0" + QByteArray::number(i % 10) + "Z\",\"msg\":\""
                        + QByteArray(5000 + i, 'x') + "\",\"level\":\"warn\"}\n";
                if (i % 89 == 7 && i + 1 < lines.size())
                    f.data += "    at " + QByteArray(6000 + i, 'y') + "(Long.java:1)\n";
            }
            f.format = FallbackFormat::wrap(FormatRegistry::builtin(QStringLiteral("json")));
        } else if (kind == QStringLiteral("mixed-json")) {
            // What a file of mixed formats opens as: JSON first, the other
            // formats' lines read by the fallback, exceptions folded.
            f.data = generate(GeneratorFormat::Mixed, lineCount, 7);
            f.format = FallbackFormat::wrap(FormatRegistry::builtin(QStringLiteral("json")));
        } else {
            f.data = generate(kinds.value(kind).first, lineCount, 7);
            f.format = FormatRegistry::builtin(kinds.value(kind).second);
        }
        if (crlf)
            f.data.replace("\n", "\r\n");
        if (!finalNewline)
            f.data.chop(crlf ? 2 : 1);
        f.file = std::make_unique<QTemporaryFile>();
        if (!f.file->open() || f.file->write(f.data) != f.data.size() || !f.file->flush())
            qFatal("cannot write fixture");
        return f;
    }

    /// The columns of matchesReference_data().
    struct Row
    {
        QString kind;
        bool crlf;
        bool finalNewline;
        int threads;
        qint64 chunkBytes;
        qint64 readBytes;
    };

    static Row currentRow()
    {
        QFETCH(QString, kind);
        QFETCH(bool, crlf);
        QFETCH(bool, finalNewline);
        QFETCH(int, threads);
        QFETCH(qint64, chunkBytes);
        QFETCH(qint64, readBytes);
        return Row{kind, crlf, finalNewline, threads, chunkBytes, readBytes};
    }

    /// Lines of a row's fixture: fewer for the tiny chunks, which read a
    /// few bytes at a time (a row took 40 s under ASan with 1500 lines).
    static int fixtureLines(qint64 chunkBytes) { return chunkBytes < 256 ? 300 : 1500; }

    static FilterOptions options(int threads, qint64 chunkBytes, qint64 readBytes)
    {
        FilterOptions o;
        o.threads = threads;
        o.chunkBytes = chunkBytes;
        o.readBytes = readBytes;
        o.collectStats = o.collectRanges = o.buildIndex = true;
        return o;
    }

    static void compareOutcome(const ScanOutcome &actual, const ScanOutcome &expected)
    {
        QCOMPARE(actual.lines, expected.lines);
        QCOMPARE(actual.stats.records, expected.stats.records);
        QCOMPARE(actual.stats.firstTime, expected.stats.firstTime);
        QCOMPARE(actual.stats.lastTime, expected.stats.lastTime);
        for (int i = 0; i < kLevelCount; ++i)
            QCOMPARE(actual.stats.levels[std::size_t(i)], expected.stats.levels[std::size_t(i)]);
        QCOMPARE(actual.matches.size(), expected.matches.size());
        for (std::size_t i = 0; i < actual.matches.size(); ++i) {
            if (!(actual.matches[i] == expected.matches[i]))
                QFAIL(qPrintable(QStringLiteral("match %1: line %2+%3 [%4,%5) expected line %6+%7 [%8,%9)")
                                     .arg(i).arg(actual.matches[i].line).arg(actual.matches[i].lines)
                                     .arg(actual.matches[i].begin).arg(actual.matches[i].end)
                                     .arg(expected.matches[i].line).arg(expected.matches[i].lines)
                                     .arg(expected.matches[i].begin).arg(expected.matches[i].end)));
        }
    }

private Q_SLOTS:
    void matchesReference_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("crlf");
        QTest::addColumn<bool>("finalNewline");
        QTest::addColumn<int>("threads");
        QTest::addColumn<qint64>("chunkBytes");
        QTest::addColumn<qint64>("readBytes");
        const QStringList kinds{QStringLiteral("access"), QStringLiteral("json"), QStringLiteral("syslog"),
                                QStringLiteral("mixed"), QStringLiteral("access-folded"), QStringLiteral("mixed-json"),
                                QStringLiteral("long-lines")};
        for (const QString &kind : kinds) {
            const QByteArray k = kind.toLatin1();
            QTest::newRow(k + " 1 thread big") << kind << false << true << 1 << qint64(1 << 20) << qint64(1 << 20);
            QTest::newRow(k + " 2 threads 4k") << kind << false << true << 2 << qint64(4096) << qint64(1000);
            QTest::newRow(k + " 4 threads tiny") << kind << false << false << 4 << qint64(7) << qint64(5);
            QTest::newRow(k + " crlf tiny") << kind << true << true << 3 << qint64(1) << qint64(3);
            QTest::newRow(k + " crlf odd") << kind << true << false << 2 << qint64(333) << qint64(64);
        }
    }

    void matchesReference()
    {
        const auto [kind, crlf, finalNewline, threads, chunkBytes, readBytes] = currentRow();
        const Fixture f = fixture(kind, crlf, finalNewline, fixtureLines(chunkBytes));
        QRandomGenerator random(quint32(qHash(kind) + quint32(chunkBytes)));
        // Fixed queries for each fast path: literal-first search (words,
        // regexes with required literals), fields only (status, path).
        QStringList queries{QString(), QStringLiteral("error"), QStringLiteral("at"), QStringLiteral("level:>=warn"),
                            QStringLiteral("Firefox"), QStringLiteral("/Fire(f)?ox/"), QStringLiteral("status:>=500"),
                            QStringLiteral("Firefox OR \"disk full\"")};
        for (int i = 0; i < 8; ++i)
            queries << randomQuery(random);
        for (const QString &text : queries) {
            const Query query = compile(text);
            const ScanOutcome expected = referenceFilter(f.data, *f.format, utc(), query);
            EngineRun run;
            const std::atomic<bool> cancel = false;
            runEngine(f.file->handle(), 0, f.data.size(), 0, *f.format, query, options(threads, chunkBytes, readBytes), run, cancel);
            if (QTest::currentTestFailed())
                return;
            qInfo() << "query" << text << expected.matches.size() << "matches of" << expected.stats.records;
            compareOutcome(run.outcome, expected);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(run.summary.endByte, f.data.size());
            QCOMPARE(run.summary.endLine, expected.lines);
            QCOMPARE(run.index.lineCount(true), expected.lines);
            QCOMPARE(run.index.indexedBytes(), f.data.size());
            if (text.isEmpty()) {
                // Stats and the index only (`tideline-cli stats`): the scanner's stats lane.
                FilterOptions statsOnly = options(threads, chunkBytes, readBytes);
                statsOnly.collectMatches = statsOnly.collectRanges = false;
                EngineRun stats;
                runEngine(f.file->handle(), 0, f.data.size(), 0, *f.format, query, statsOnly, stats, cancel);
                if (QTest::currentTestFailed())
                    return;
                compareOutcome(stats.outcome, ScanOutcome{{}, expected.stats, expected.lines});
                QCOMPARE(stats.index.lineCount(true), expected.lines);
                QCOMPARE(stats.index.indexedBytes(), f.data.size());
            }
            // Matches only: no stats or index, so nothing else reads every
            // record (skipped for the tiny chunks, which are slow to run).
            if (chunkBytes < 256)
                continue;
            EngineRun bare;
            FilterOptions matchesOnly = options(threads, chunkBytes, readBytes);
            matchesOnly.collectStats = matchesOnly.buildIndex = false;
            runEngine(f.file->handle(), 0, f.data.size(), 0, *f.format, query, matchesOnly, bare, cancel);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(bare.outcome.lines, expected.lines);
            QCOMPARE(bare.outcome.matches.size(), expected.matches.size());
            for (std::size_t i = 0; i < expected.matches.size(); ++i)
                QVERIFY2(bare.outcome.matches[i] == expected.matches[i], qPrintable(text));
        }
    }

    void sparseScanMatchesReference_data() { matchesReference_data(); }

    void sparseScanMatchesReference()
    {
        // allRecordStarts off: record starts are tested only around the
        // query's literals; matches, their lines and byte ranges, and the
        // line count must be those of the reference all the same.
        const auto [kind, crlf, finalNewline, threads, chunkBytes, readBytes] = currentRow();
        if (chunkBytes < 7)
            QSKIP("one-byte chunks: covered by matchesReference");
        const Fixture f = fixture(kind, crlf, finalNewline, fixtureLines(chunkBytes));
        QRandomGenerator random(quint32(qHash(kind) + quint32(readBytes)));
        QStringList queries{QStringLiteral("error"), QStringLiteral("at"), QStringLiteral("Firefox"),
                            QStringLiteral("/Fire(f)?ox/"), QStringLiteral("Firefox OR \"disk full\""),
                            QStringLiteral("Caused"), QStringLiteral("zzzz"), QStringLiteral("GET level:>=warn")};
        for (int i = 0; i < 8; ++i)
            queries << randomQuery(random);
        for (const QString &text : queries) {
            const Query query = compile(text);
            const ScanOutcome expected = referenceFilter(f.data, *f.format, utc(), query);
            FilterOptions sparse = options(threads, chunkBytes, readBytes);
            sparse.collectStats = sparse.buildIndex = sparse.allRecordStarts = false;
            EngineRun run;
            const std::atomic<bool> cancel = false;
            runEngine(f.file->handle(), 0, f.data.size(), 0, *f.format, query, sparse, run, cancel);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(run.outcome.lines, expected.lines);
            QCOMPARE(run.summary.endLine, expected.lines);
            QCOMPARE(run.summary.endByte, f.data.size());
            QCOMPARE(run.outcome.matches.size(), expected.matches.size());
            for (std::size_t i = 0; i < expected.matches.size(); ++i)
                QVERIFY2(run.outcome.matches[i] == expected.matches[i], qPrintable(text));
        }
    }

    void foldsAcrossChunksAndCountsLines()
    {
        // A record with continuation lines that span many tiny chunks.
        const QByteArray data = "2026-03-14 08:00:00,000 ERROR boom\n\tat a(A.java:1)\n\tat b(B.java:2)\nCaused by: x\n\n"
                                "2026-03-14 08:00:01,000 INFO fine\r\n  indented\r\n";
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(data);
        file.flush();
        const LogFormatPtr text = FormatRegistry::builtin(u"text");
        EngineRun run;
        const std::atomic<bool> cancel = false;
        runEngine(file.handle(), 0, data.size(), 0, *text, Query(), options(2, 3, 2), run, cancel);
        QCOMPARE(run.outcome.lines, 7);
        QCOMPARE(run.outcome.stats.records, 2);
        QCOMPARE(run.outcome.matches.size(), std::size_t(2));
        QCOMPARE(run.outcome.matches[0], (MatchRow{0, 5, 0, data.indexOf("2026-03-14 08:00:01")}));
        QCOMPARE(run.outcome.matches[1], (MatchRow{5, 2, data.indexOf("2026-03-14 08:00:01"), data.size()}));
        QCOMPARE(run.outcome.stats.levels[std::size_t(Level::Error)], 1);
    }

    void cancelStopsEarlyWithAPrefix_data()
    {
        QTest::addColumn<int>("threads");
        QTest::newRow("1 thread") << 1;
        QTest::newRow("3 threads") << 3;
    }

    void cancelStopsEarlyWithAPrefix()
    {
        QFETCH(int, threads);
        const Fixture f = fixture(QStringLiteral("mixed"), false, true);
        const Query query = compile(QStringLiteral("error"));
        const ScanOutcome expected = referenceFilter(f.data, *f.format, utc(), query);
        std::atomic<bool> cancel = false;
        EngineRun run;
        runEngine(f.file->handle(), 0, f.data.size(), 0, *f.format, query, options(threads, 2048, 512), run, cancel,
                  [&] { cancel = run.chunks >= 3; });
        QVERIFY(run.summary.cancelled);
        QCOMPARE(run.chunks, 3);
        QVERIFY(run.summary.endByte < f.data.size());
        // What was delivered is exactly the reference's start.
        QVERIFY(run.outcome.matches.size() <= expected.matches.size());
        for (std::size_t i = 0; i < run.outcome.matches.size(); ++i)
            QCOMPARE(run.outcome.matches[i], expected.matches[i]);

        std::atomic<bool> cancelled = true;
        EngineRun none;
        runEngine(f.file->handle(), 0, f.data.size(), 0, *f.format, query, options(threads, 2048, 512), none, cancelled);
        QVERIFY(none.summary.cancelled);
        QCOMPARE(none.chunks, 0);
    }

    void appendEqualsFreshScan_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("cut");
        QTest::addColumn<qint64>("chunkBytes");
        for (const QString &kind : {QStringLiteral("mixed"), QStringLiteral("access")}) {
            for (int cut : {1, 1000, 77777, 150001}) {
                const QByteArray name = kind.toLatin1() + " cut " + QByteArray::number(cut);
                QTest::newRow(name + " big") << kind << cut << qint64(1 << 20);
                QTest::newRow(name + " tiny") << kind << cut << qint64(13);
            }
        }
    }

    void appendEqualsFreshScan()
    {
        QFETCH(QString, kind);
        QFETCH(int, cut);
        QFETCH(qint64, chunkBytes);
        const Fixture f = fixture(kind, false, true);
        QVERIFY(cut < f.data.size());
        const Query query = compile(QStringLiteral("error OR at"));
        const ScanOutcome expected = referenceFilter(f.data, *f.format, utc(), query);

        QTemporaryFile growing;
        QVERIFY(growing.open());
        growing.write(f.data.first(cut));
        growing.flush();
        FilterOptions first = options(2, chunkBytes, 100);
        first.atEnd = false;
        EngineRun run;
        const std::atomic<bool> cancel = false;
        runEngine(growing.handle(), 0, cut, 0, *f.format, query, first, run, cancel);
        QVERIFY(run.summary.endByte <= cut);
        growing.write(f.data.sliced(cut));
        growing.flush();
        runEngine(growing.handle(), run.summary.endByte, f.data.size(), run.summary.endLine, *f.format, query,
                  options(2, chunkBytes, 100), run, cancel);
        compareOutcome(run.outcome, expected);
        QCOMPARE(run.index.lineCount(true), expected.lines);
    }

    void truncatedFileEndsTheScan()
    {
        Fixture f = fixture(QStringLiteral("access"), false, true);
        const qint64 claimed = f.data.size() + 100000; // as if the file had shrunk since
        EngineRun run;
        const std::atomic<bool> cancel = false;
        runEngine(f.file->handle(), 0, claimed, 0, *f.format, Query(), options(2, 4096, 1000), run, cancel);
        QCOMPARE(run.summary.endByte, f.data.size());
        QCOMPARE(run.outcome.stats.records, 1500);
    }
};

QTEST_GUILESS_MAIN(TestFilterEngine)
#include "tst_filterengine.moc"
