// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../filter/referencefilter.h"

#include "gen/loggenerator.h"
#include "index/logfile.h"
#include "model/filteredmodel.h"
#include "model/logtablemodel.h"
#include "parse/levelnames.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <iterator>
#include <set>

namespace {

QByteArray generate(GeneratorFormat format, qint64 lines, quint64 seed = 7)
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
    auto query = Query::parse(text, QDateTime::currentMSecsSinceEpoch() * 1000000);
    if (!query)
        qFatal("bad test query %s: %s", qPrintable(text), qPrintable(query.error().message));
    return *query;
}

/// Tiny chunks, so that a test file arrives in many batches.
FilterOptions smallChunks()
{
    FilterOptions options;
    options.threads = 2;
    options.chunkBytes = 16 * 1024;
    options.readBytes = 4 * 1024;
    return options;
}

/// Every line of every record the slow reference finds, in order.
std::vector<qint64> referenceLines(const QByteArray &data, const LogFile &file, const QString &query)
{
    std::vector<qint64> lines;
    for (const MatchRow &match : referenceFilter(data, *file.format(), file.timeContext(), compile(query)).matches)
        for (qint64 i = 0; i < match.lines; ++i)
            lines.push_back(match.line + i);
    return lines;
}

std::vector<qint64> shownLines(const FilteredModel &model)
{
    std::vector<qint64> lines;
    for (int row = 0; row < model.rowCount(); ++row) {
        lines.push_back(model.lineAt(row));
        if (model.index(row, LogTableModel::LineColumn).data().toLongLong() != model.lineAt(row) + 1)
            qWarning("row %d shows the wrong line number", row);
    }
    return lines;
}

/// Every line of each record within @p records records of a matching one
/// (grep -C), from the slow reference.
std::vector<qint64> referenceContextLines(const QByteArray &data, const LogFile &file, const QString &query, int records)
{
    const auto all = referenceFilter(data, *file.format(), file.timeContext(), Query()).matches;
    std::set<qint64> starts;
    for (const MatchRow &match : referenceFilter(data, *file.format(), file.timeContext(), compile(query)).matches)
        starts.insert(match.line);
    std::vector<bool> shown(all.size());
    for (std::size_t r = 0; r < all.size(); ++r) {
        if (!starts.contains(all[r].line))
            continue;
        const std::size_t from = r >= std::size_t(records) ? r - std::size_t(records) : 0;
        for (std::size_t k = from; k <= std::min(all.size() - 1, r + std::size_t(records)); ++k)
            shown[k] = true;
    }
    std::vector<qint64> lines;
    for (std::size_t r = 0; r < all.size(); ++r)
        for (qint64 i = 0; shown[r] && i < all[r].lines; ++i)
            lines.push_back(all[r].line + i);
    return lines;
}

/// The lines of the rows marked as context.
std::vector<qint64> contextRows(const FilteredModel &model)
{
    std::vector<qint64> lines;
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row, 0).data(FilteredModel::ContextRole).toBool())
            lines.push_back(model.lineAt(row));
    return lines;
}

GeneratorFormat formatNamed(const QString &name)
{
    return generatorFormatFromName(name).value_or(GeneratorFormat::Mixed);
}

} // namespace

/// The filtered table against the slow reference filter, under the model tester.
class TestFilteredModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            qFatal("cannot write fixture");
        return path;
    }

    static bool openAndIndex(LogFile &file, const QString &path)
    {
        QSignalSpy finished(&file, &LogFile::indexingFinished);
        return file.open(path) && finished.wait(20000) && file.format();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("TZ", "UTC");
    }

    void matchesReference_data()
    {
        QTest::addColumn<QString>("generator");
        QTest::addColumn<QString>("query");
        QTest::newRow("access word") << QStringLiteral("access") << QStringLiteral("GET");
        QTest::newRow("access status") << QStringLiteral("access") << QStringLiteral("status:>=500");
        QTest::newRow("access none") << QStringLiteral("access") << QStringLiteral("zzzz-nothing");
        QTest::newRow("json level") << QStringLiteral("json") << QStringLiteral("level:>=warn");
        QTest::newRow("syslog not") << QStringLiteral("syslog") << QStringLiteral("NOT level:info");
        QTest::newRow("mixed regex") << QStringLiteral("mixed") << QStringLiteral("/time(d)?out/i OR Exception");
        QTest::newRow("mixed stack traces") << QStringLiteral("mixed") << QStringLiteral("level:error");
    }

    void matchesReference()
    {
        QFETCH(QString, generator);
        QFETCH(QString, query);
        const QByteArray data = generate(formatNamed(generator), 3000);
        LogFile file;
        QVERIFY(openAndIndex(file, write(generator + QStringLiteral(".log"), data)));
        LogTableModel source(&file);
        FilteredModel model(&source, &file);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setScanOptions(smallChunks());
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy finished(&model, &FilteredModel::scanFinished);
        model.setQuery(compile(query));
        QVERIFY(model.isScanning());
        QVERIFY(finished.wait(20000));

        const std::vector<qint64> expected = referenceLines(data, file, query);
        QVERIFY(expected.empty() == query.startsWith(QStringLiteral("zzzz")));
        QCOMPARE(shownLines(model), expected);
        QCOMPARE(model.rowCount(), static_cast<int>(expected.size()));
        if (expected.size() > 100)
            QVERIFY2(inserted.size() > 1, "rows should arrive in batches");
        // Columns and roles are LogTableModel's for the line shown.
        for (int row = 0; row < std::min(model.rowCount(), 20); ++row) {
            const auto line = static_cast<int>(model.lineAt(row));
            for (int column = 0; column < LogTableModel::ColumnCount; ++column)
                QCOMPARE(model.index(row, column).data(), source.index(line, column).data());
            QCOMPARE(model.index(row, 0).data(LogTableModel::RawTextRole), source.index(line, 0).data(LogTableModel::RawTextRole));
        }
    }

    void resultMemoryIsABitPerLinePlusFourBytesPerMatch_data()
    {
        QTest::addColumn<QString>("generator");
        QTest::addColumn<QString>("query");
        QTest::newRow("most lines match") << QStringLiteral("access") << QStringLiteral("GET");
        QTest::newRow("a few match") << QStringLiteral("json") << QStringLiteral("level:>=error");
        QTest::newRow("stack traces") << QStringLiteral("mixed") << QStringLiteral("level:error");
        QTest::newRow("none") << QStringLiteral("access") << QStringLiteral("zzzz-nothing");
    }

    void resultMemoryIsABitPerLinePlusFourBytesPerMatch()
    {
        // The filter issue's target for a result. Allowed on top: the line
        // bitmap grows by an eighth and keeps a count per 4096 lines, and
        // RowSet's last block may be up to half empty (128 KiB).
        QFETCH(QString, generator);
        QFETCH(QString, query);
        constexpr qint64 kLines = 200000;
        LogFile file;
        QVERIFY(openAndIndex(file, write(QStringLiteral("memory-") + generator + QStringLiteral(".log"),
                                         generate(formatNamed(generator), kLines))));
        LogTableModel source(&file);
        FilteredModel model(&source, &file);
        QSignalSpy finished(&model, &FilteredModel::scanFinished);
        model.setQuery(compile(query));
        QVERIFY(finished.wait(20000));
        const qint64 lineBits = file.lineCount() / 8 * 9 / 8 + file.lineCount() / 4096 * 8;
        const qint64 bound = lineBits + 4 * model.matchCount() + 128 * 1024;
        qInfo() << query << model.matchCount() << "matches of" << file.lineCount() << "lines:"
                << model.resultMemoryBytes() << "bytes, bound" << bound;
        QVERIFY2(model.resultMemoryBytes() <= bound, qPrintable(QString::number(model.resultMemoryBytes())));
    }

    void emptyQueryShowsEveryRow()
    {
        const QByteArray data = generate(GeneratorFormat::Access, 500);
        LogFile file;
        QVERIFY(openAndIndex(file, write(QStringLiteral("all.log"), data)));
        LogTableModel source(&file);
        FilteredModel model(&source, &file);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 500);
        QSignalSpy finished(&model, &FilteredModel::scanFinished);
        model.setQuery(compile(QStringLiteral("GET")));
        QVERIFY(finished.wait(20000));
        QVERIFY(model.rowCount() < 500);
        model.setQuery(Query());
        QVERIFY(!model.hasQuery());
        QCOMPARE(model.rowCount(), 500);
        QCOMPARE(model.index(499, 0).data().toString(), QStringLiteral("500"));
    }

    void levelCountsCoverTheFile()
    {
        const QByteArray data = generate(GeneratorFormat::Json, 2000);
        LogFile file;
        QVERIFY(openAndIndex(file, write(QStringLiteral("levels.log"), data)));
        LogTableModel source(&file);
        FilteredModel model(&source, &file);
        model.setScanOptions(smallChunks());
        const ScanOutcome reference = referenceFilter(data, *file.format(), file.timeContext(), Query());
        QTRY_COMPARE(model.levelCounts().records, reference.stats.records);
        for (int level = 0; level < kLevelCount; ++level)
            QCOMPARE(model.levelCounts().levels[level], reference.stats.levels[level]);
    }

    void levelCountsFollowTheQuery_data()
    {
        QTest::addColumn<QString>("generator");
        QTest::addColumn<QString>("countQuery");
        QTest::addColumn<QString>("levelTerm");
        QTest::newRow("json word, all levels") << QStringLiteral("json") << QStringLiteral("user") << QString();
        QTest::newRow("json word, errors hidden")
            << QStringLiteral("json") << QStringLiteral("user") << QStringLiteral("NOT level:error");
        QTest::newRow("mixed regex, only warn") << QStringLiteral("mixed") << QStringLiteral("/time(d)?out/i OR Exception")
                                                << QStringLiteral("level:warn");
        QTest::newRow("syslog field") << QStringLiteral("syslog") << QStringLiteral("NOT level:info") << QString();
    }

    /// The level toggles count the records that match the query without
    /// the toggles' own term, whatever that term hides.
    void levelCountsFollowTheQuery()
    {
        QFETCH(QString, generator);
        QFETCH(QString, countQuery);
        QFETCH(QString, levelTerm);
        const QByteArray data = generate(formatNamed(generator), 3000);
        LogFile file;
        QVERIFY(openAndIndex(file, write(generator + QStringLiteral("-counts.log"), data)));
        LogTableModel source(&file);
        FilteredModel model(&source, &file);
        model.setScanOptions(smallChunks());
        const QString query = levelTerm.isEmpty() ? countQuery : QStringLiteral("(%1) %2").arg(countQuery, levelTerm);
        QSignalSpy finished(&model, &FilteredModel::scanFinished);
        model.setQuery(compile(query), compile(countQuery));
        QVERIFY(finished.wait(20000));
        QTRY_VERIFY(!model.isCounting());

        const auto &ctx = file.timeContext();
        const auto matching = referenceFilter(data, *file.format(), ctx, compile(countQuery)).matches;
        QVERIFY(!matching.empty());
        QCOMPARE(model.levelCounts().records, static_cast<qint64>(matching.size()));
        for (int level = 0; level < kLevelCount; ++level) {
            const QString name = QString::fromLatin1(levelName(static_cast<Level>(level)));
            const QString perLevel = QStringLiteral("(%1) level:%2").arg(countQuery, name);
            const auto expected = referenceFilter(data, *file.format(), ctx, compile(perLevel)).matches.size();
            QCOMPARE(model.levelCounts().levels[std::size_t(level)], static_cast<qint64>(expected));
        }
        QCOMPARE(shownLines(model), referenceLines(data, file, query));
    }

    void context_data()
    {
        QTest::addColumn<QString>("generator");
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("records");
        QTest::newRow("none") << QStringLiteral("access") << QStringLiteral("status:>=500") << 0;
        QTest::newRow("one, sparse") << QStringLiteral("access") << QStringLiteral("status:>=500") << 1;
        QTest::newRow("overlapping") << QStringLiteral("access") << QStringLiteral("status:>=400") << 4;
        QTest::newRow("multi-line records") << QStringLiteral("mixed") << QStringLiteral("level:error") << 2;
        QTest::newRow("across chunks") << QStringLiteral("mixed") << QStringLiteral("Exception") << 40;
        QTest::newRow("no match") << QStringLiteral("access") << QStringLiteral("zzzz-nothing") << 3;
    }

    void context()
    {
        QFETCH(QString, generator);
        QFETCH(QString, query);
        QFETCH(int, records);
        const QByteArray data = generate(formatNamed(generator), 3000);
        LogFile file;
        QVERIFY(openAndIndex(file, write(generator + QStringLiteral("-context.log"), data)));
        LogTableModel source(&file);
        FilteredModel model(&source, &file);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setScanOptions(smallChunks());
        QSignalSpy finished(&model, &FilteredModel::scanFinished);
        model.setQuery(compile(query));
        QVERIFY(finished.wait(20000));
        model.setContext(records); // rescans
        QCOMPARE(model.context(), records);
        QTRY_VERIFY(!model.isScanning());

        QCOMPARE(shownLines(model), referenceContextLines(data, file, query, records));
        // The context rows are exactly the shown rows that do not match.
        const std::vector<qint64> matching = referenceLines(data, file, query);
        std::vector<qint64> context;
        std::ranges::set_difference(shownLines(model), matching, std::back_inserter(context));
        QCOMPARE(contextRows(model), context);
        QCOMPARE(model.matchCount(), static_cast<qint64>(referenceFilter(data, *file.format(), file.timeContext(), compile(query)).matches.size()));
        // Find mode shows every row, context or not.
        model.setMode(FilteredModel::FindMode);
        QCOMPARE(model.rowCount(), source.rowCount());
        QVERIFY(contextRows(model).empty());
    }

    void contextAtTheFileEdges_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("records");
        QTest::addColumn<QList<int>>("rows");
        QTest::addColumn<QList<int>>("contextRows");
        // Lines: 0 "hit first", 1-8 "filler N", 9 "hit last".
        QTest::newRow("first and last, 2") << QStringLiteral("hit") << 2 << QList<int>{0, 1, 2, 7, 8, 9} << QList<int>{1, 2, 7, 8};
        QTest::newRow("first, 20: the whole file") << QStringLiteral("first") << 20 << QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
                                                   << QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9};
        QTest::newRow("last, 1") << QStringLiteral("last") << 1 << QList<int>{8, 9} << QList<int>{8};
        QTest::newRow("overlap in the middle") << QStringLiteral("\"filler 4\" OR \"filler 6\"") << 1
                                               << QList<int>{3, 4, 5, 6, 7} << QList<int>{3, 5, 7};
    }

    void contextAtTheFileEdges()
    {
        QFETCH(QString, query);
        QFETCH(int, records);
        QFETCH(QList<int>, rows);
        QFETCH(QList<int>, contextRows);
        QByteArray data = "hit first\n";
        for (int i = 1; i <= 8; ++i)
            data += "filler " + QByteArray::number(i) + '\n';
        data += "hit last\n";
        LogFile file;
        QVERIFY(openAndIndex(file, write(QStringLiteral("edges.log"), data)));
        LogTableModel source(&file);
        FilteredModel model(&source, &file);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContext(records);
        QSignalSpy finished(&model, &FilteredModel::scanFinished);
        model.setQuery(compile(query));
        QVERIFY(finished.wait(20000));
        QList<int> shown;
        QList<int> marked;
        for (int row = 0; row < model.rowCount(); ++row) {
            shown << int(model.lineAt(row));
            if (model.index(row, LogTableModel::MessageColumn).data(FilteredModel::ContextRole).toBool())
                marked << int(model.lineAt(row));
        }
        QCOMPARE(shown, rows);
        QCOMPARE(marked, contextRows);
        QCOMPARE(model.rowForLine(rows.back()), int(rows.size()) - 1);
    }

    void findModeMarksAndSteps()
    {
        const QByteArray data = generate(GeneratorFormat::Mixed, 2000);
        LogFile file;
        QVERIFY(openAndIndex(file, write(QStringLiteral("find.log"), data)));
        LogTableModel source(&file);
        FilteredModel model(&source, &file);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setScanOptions(smallChunks());
        model.setMode(FilteredModel::FindMode);
        QSignalSpy finished(&model, &FilteredModel::scanFinished);
        const QString query = QStringLiteral("level:error");
        model.setQuery(compile(query));
        QVERIFY(finished.wait(20000));
        QCOMPARE(model.rowCount(), source.rowCount());

        const std::vector<qint64> expected = referenceLines(data, file, query);
        std::vector<qint64> marked;
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.index(row, 2).data(FilteredModel::MatchRole).toBool())
                marked.push_back(row);
        QCOMPARE(marked, expected);

        // Stepping visits each record's first line, in order, and wraps.
        const auto starts = referenceFilter(data, *file.format(), file.timeContext(), compile(query)).matches;
        QVERIFY(starts.size() > 2);
        QCOMPARE(model.matchCount(), static_cast<qint64>(starts.size()));
        QCOMPARE(model.nextMatchLine(-1, true), starts.front().line);
        QCOMPARE(model.nextMatchLine(starts.front().line, true), starts[1].line);
        QCOMPARE(model.nextMatchLine(starts.back().line, true), starts.front().line);
        QCOMPARE(model.nextMatchLine(starts.front().line, false), starts.back().line);
        QCOMPARE(model.matchNumberAt(starts[1].line), 2);
        QCOMPARE(model.matchNumberAt(starts[1].line + starts[1].lines - 1), 2);

        // Back to Filter mode: only the matching rows.
        model.setMode(FilteredModel::FilterMode);
        QCOMPARE(shownLines(model), expected);
        QVERIFY(!model.index(0, 0).data(FilteredModel::MatchRole).toBool());
    }

    void highlightsTheQueryWords()
    {
        const QByteArray data = "ok one\nthe disk is full\nok two\n";
        LogFile file;
        QVERIFY(openAndIndex(file, write(QStringLiteral("words.log"), data)));
        LogTableModel source(&file);
        FilteredModel model(&source, &file);
        QSignalSpy finished(&model, &FilteredModel::scanFinished);
        model.setQuery(compile(QStringLiteral("disk")));
        QVERIFY(finished.wait(20000));
        QCOMPARE(model.rowCount(), 1);
        const auto ranges = model.index(0, LogTableModel::MessageColumn)
                                .data(FilteredModel::HighlightRole)
                                .value<QList<std::pair<qsizetype, qsizetype>>>();
        QCOMPARE(ranges.size(), 1);
        QCOMPARE(ranges.front(), (std::pair<qsizetype, qsizetype>(4, 4)));
    }

    void newQueryReplacesRunningScan()
    {
        const QByteArray data = generate(GeneratorFormat::Access, 20000);
        LogFile file;
        QVERIFY(openAndIndex(file, write(QStringLiteral("cancel.log"), data)));
        LogTableModel source(&file);
        FilteredModel model(&source, &file);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setScanOptions(smallChunks());
        QSignalSpy finished(&model, &FilteredModel::scanFinished);
        model.setQuery(compile(QStringLiteral("GET")));
        QTest::qWait(5);
        model.setQuery(compile(QStringLiteral("status:>=500")));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.size(), 1); // the first scan was cancelled and said nothing more
        QCOMPARE(shownLines(model), referenceLines(data, file, QStringLiteral("status:>=500")));
    }

    void appendedLinesAreFilteredIncrementally()
    {
        const QByteArray first = generate(GeneratorFormat::Access, 1000, 3);
        const QString path = write(QStringLiteral("grow.log"), first);
        LogFile file;
        QVERIFY(openAndIndex(file, path));
        file.setFollowing(true, 20);
        LogTableModel source(&file);
        FilteredModel model(&source, &file);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setScanOptions(smallChunks());
        const QString query = QStringLiteral("status:>=400");
        QSignalSpy finished(&model, &FilteredModel::scanFinished);
        model.setQuery(compile(query));
        QVERIFY(finished.wait(20000));
        // While following, the last record may still grow: it waits.
        const std::vector<qint64> before = referenceLines(first, file, query);
        const auto rowsBefore = shownLines(model);
        QVERIFY(rowsBefore.size() + 1 >= before.size() && rowsBefore.size() <= before.size());

        const QByteArray more = generate(GeneratorFormat::Access, 3000, 4);
        QFile out(path);
        QVERIFY(out.open(QIODevice::Append));
        out.write(more);
        out.close();
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const QByteArray all = first + more;
        std::vector<qint64> expected = referenceLines(all, file, query);
        if (!expected.empty() && expected.back() == 3999)
            expected.pop_back(); // the last record waits for more
        QTRY_COMPARE_WITH_TIMEOUT(shownLines(model), expected, 20000);
        QCOMPARE(reset.size(), 0); // grown, not rescanned
    }

    void appendedLinesExtendTheContext()
    {
        const QByteArray first = generate(GeneratorFormat::Access, 1000, 3);
        const QString path = write(QStringLiteral("grow-context.log"), first);
        LogFile file;
        QVERIFY(openAndIndex(file, path));
        file.setFollowing(true, 20);
        LogTableModel source(&file);
        FilteredModel model(&source, &file);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setScanOptions(smallChunks());
        model.setContext(3);
        const QString query = QStringLiteral("status:>=500");
        QSignalSpy finished(&model, &FilteredModel::scanFinished);
        model.setQuery(compile(query));
        QVERIFY(finished.wait(20000));

        const QByteArray more = generate(GeneratorFormat::Access, 3000, 4);
        QFile out(path);
        QVERIFY(out.open(QIODevice::Append));
        out.write(more);
        out.close();
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        // While following, the last record waits for more (until the file
        // settles): the scan sees the file without it, or all of it.
        const QByteArray all = first + more;
        const QByteArray seen = all.left(all.lastIndexOf('\n', all.size() - 2) + 1);
        const std::vector<qint64> withoutLast = referenceContextLines(seen, file, query, 3);
        const std::vector<qint64> withLast = referenceContextLines(all, file, query, 3);
        QTRY_VERIFY_WITH_TIMEOUT(shownLines(model) == withoutLast || shownLines(model) == withLast, 20000);
        QCOMPARE(reset.size(), 0); // grown, not rescanned
    }

    void deletingWhileScanningReturnsAtOnce()
    {
        const QByteArray data = generate(GeneratorFormat::Json, 50000);
        LogFile file;
        QVERIFY(openAndIndex(file, write(QStringLiteral("delete.log"), data)));
        LogTableModel source(&file);
        for (int i = 0; i < 5; ++i) {
            auto model = std::make_unique<FilteredModel>(&source, &file);
            model->setScanOptions(smallChunks());
            model->setQuery(compile(QStringLiteral("/a.*b.*c/")));
            QCoreApplication::processEvents();
            model.reset();
            QCoreApplication::processEvents();
        }
    }
};

QTEST_GUILESS_MAIN(TestFilteredModel)
#include "tst_filteredmodel.moc"
