// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/logfile.h"
#include "model/filteredmodel.h"
#include "model/logtablemodel.h"
#include "model/recordindex.h"
#include "model/recordmodel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

/// A text log whose record r has extraLines[r] continuation lines (a stack trace).
QByteArray textLog(const QList<int> &extraLines)
{
    QByteArray data;
    for (qsizetype r = 0; r < extraLines.size(); ++r) {
        const char *level = extraLines[r] > 0 ? "ERROR" : "INFO";
        data += QByteArray("2026-03-14 08:00:") + QByteArray::number(10 + r % 50) + " " + level + " [main] app - record "
            + QByteArray::number(r) + '\n';
        for (int i = 0; i < extraLines[r]; ++i)
            data += "\tat com.example.App.step" + QByteArray::number(i) + "(App.java:" + QByteArray::number(i + 1) + ")\n";
    }
    return data;
}

/// The first line of each record of textLog(extraLines).
QList<qint64> recordStarts(const QList<int> &extraLines)
{
    QList<qint64> starts;
    qint64 line = 0;
    for (int extra : extraLines) {
        starts << line;
        line += 1 + extra;
    }
    return starts;
}

FilterOptions tinyChunks()
{
    FilterOptions options;
    options.threads = 2;
    options.chunkBytes = 97; // records cross chunk boundaries
    options.readBytes = 64;
    return options;
}

Query compile(const QString &text)
{
    return *Query::parse(text, QDateTime::currentMSecsSinceEpoch() * 1000000);
}

} // namespace

/// One row per record over the filtered table, under the model tester.
class TestRecordModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QByteArray &data)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".log"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(data);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("TZ", "UTC");
    }

    void foldsContinuationLines_data()
    {
        QTest::addColumn<QList<int>>("extraLines");
        QTest::addColumn<bool>("shared"); // RecordIndex reads FilteredModel's count scan
        QTest::newRow("no multi-line records") << QList<int>{0, 0, 0, 0} << false;
        QTest::newRow("stack traces") << QList<int>{0, 3, 0, 0, 12, 1, 0} << false;
        QTest::newRow("first and last") << QList<int>{5, 0, 0, 7} << false;
        QTest::newRow("long ones across chunks") << QList<int>{40, 0, 25, 0, 0, 60} << false;
        // Past the lines classified before the scan (RecordIndex::kHeadLines):
        // the rest comes from the scan's chunks.
        QList<int> many;
        for (int i = 0; i < 150; ++i) // about 1,000 lines
            many << QList<int>{0, 3, 0, 0, 12, 1, 0}.at(i % 7) + (i % 11 == 0 ? 30 : 0);
        QTest::newRow("past the head lines, own scan") << many << false;
        QTest::newRow("past the head lines, shared scan") << many << true;
        QTest::newRow("short, shared scan") << QList<int>{5, 0, 0, 7} << true;
    }

    void foldsContinuationLines()
    {
        QFETCH(QList<int>, extraLines);
        QFETCH(bool, shared);
        LogFile file;
        LogTableModel table(&file);
        FilteredModel filtered(&table, &file);
        RecordIndex records(&file, shared ? &filtered.countScan() : nullptr);
        if (shared)
            filtered.setScanOptions(tinyChunks());
        else
            records.setScanOptions(tinyChunks());
        RecordModel model(&filtered, &records);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(file.open(write(textLog(extraLines))));
        const QList<qint64> starts = recordStarts(extraLines);
        QTRY_COMPARE(model.rowCount(), starts.size());
        QTRY_VERIFY(!records.isScanning());
        QCOMPARE(model.rowCount(), starts.size());
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, LogTableModel::MessageColumn);
            QCOMPARE(model.lineAt(row), starts[row]);
            QCOMPARE(index.data(RecordModel::RecordLinesRole).toLongLong(), extraLines[row] + 1);
            QCOMPARE(index.data().toString(), QStringLiteral("app - record %1").arg(row));
            QCOMPARE(model.index(row, LogTableModel::LineColumn).data().toString(), QString::number(starts[row] + 1));
            QCOMPARE(index.data(RecordModel::RecordLastLineRole).toLongLong(), starts[row] + extraLines[row]);
            // The record's text is every line of it.
            QCOMPARE(index.data(RecordModel::RecordTextRole).toString().count(u'\n'), extraLines[row]);
            QCOMPARE(model.rowForLine(starts[row]), row);
            if (extraLines[row] > 0) // a folded line belongs to its record's row
                QCOMPARE(model.rowForLine(starts[row] + 1), row);
        }
    }

    /// The first screen does not wait for the record scan: the first
    /// kHeadLines lines are classified at once. Here the scan never runs.
    void firstLinesShowBeforeTheScan()
    {
        QList<int> extraLines;
        for (int i = 0; i < 300; ++i)
            extraLines << (i % 5 == 1 ? 4 : 0);
        LogFile file;
        LogTableModel table(&file);
        FilteredModel filtered(&table, &file);
        FilterRunner idle(&file); // never started: no chunk ever arrives
        RecordIndex records(&file, &idle);
        RecordModel model(&filtered, &records);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(file.open(write(textLog(extraLines))));
        QTRY_VERIFY(!file.isIndexing());
        QVERIFY(file.lineCount() > RecordIndex::kHeadLines);
        QCOMPARE(records.scannedLines(), RecordIndex::kHeadLines);
        const QList<qint64> starts = recordStarts(extraLines);
        const auto shown = std::count_if(starts.begin(), starts.end(), [](qint64 line) { return line < RecordIndex::kHeadLines; });
        QCOMPARE(model.rowCount(), shown);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.lineAt(row), starts[row]);
    }

    void expandsAndCollapses_data()
    {
        QTest::addColumn<int>("record");
        QTest::newRow("middle") << 1;
        QTest::newRow("last") << 3;
        QTest::newRow("single line: nothing to expand") << 2;
    }

    void expandsAndCollapses()
    {
        QFETCH(int, record);
        const QList<int> extra{0, 4, 0, 6};
        LogFile file;
        LogTableModel table(&file);
        FilteredModel filtered(&table, &file);
        RecordIndex records(&file);
        RecordModel model(&filtered, &records);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(file.open(write(textLog(extra))));
        QTRY_COMPARE(model.rowCount(), 4);
        QTRY_VERIFY(!records.isScanning());
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(model.setData(model.index(record, 0), true, RecordModel::ExpandedRole));
        QCOMPARE(model.rowCount(), 4 + extra[record]);
        QCOMPARE(inserted.size(), extra[record] > 0 ? 1 : 0);
        const qint64 first = recordStarts(extra)[record];
        for (int sub = 0; sub <= extra[record]; ++sub) {
            const QModelIndex index = model.index(record + sub, LogTableModel::MessageColumn);
            QCOMPARE(model.lineAt(record + sub), first + sub);
            QCOMPARE(index.data(RecordModel::ContinuationRole).toBool(), sub > 0);
            QCOMPARE(model.recordRow(record + sub), record);
            QCOMPARE(model.rowForLine(first + sub), record + sub);
            if (sub > 0) { // the line itself, no time or level of its own
                QVERIFY(index.data().toString().startsWith(QStringLiteral("    at com.example"))); // a tab shows as spaces
                QCOMPARE(model.index(record + sub, LogTableModel::TimeColumn).data().toString(), QString());
            }
        }
        // The rows after it are the next records.
        if (record + 1 < 4)
            QCOMPARE(model.lineAt(record + extra[record] + 1), recordStarts(extra)[record + 1]);
        // Collapsing from a continuation row folds the record again.
        model.setExpanded(record + extra[record], false);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(record, 0).data(RecordModel::ExpandedRole).toBool(), false);
    }

    void filterShowsMatchingRecordsAsRows()
    {
        const QList<int> extra{0, 3, 0, 2, 0};
        LogFile file;
        LogTableModel table(&file);
        FilteredModel filtered(&table, &file);
        RecordIndex records(&file);
        RecordModel model(&filtered, &records);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(file.open(write(textLog(extra))));
        QTRY_COMPARE(model.rowCount(), 5);
        model.setExpanded(3, true);
        QCOMPARE(model.rowCount(), 7);
        filtered.setQuery(compile(QStringLiteral("level:error")));
        QTRY_VERIFY(!filtered.isScanning());
        // Records 1 and 3; record 3 stays expanded (remembered by its line).
        QCOMPARE(model.rowCount(), 1 + 1 + 2);
        QCOMPARE(model.lineAt(0), 1);
        QCOMPARE(model.index(0, 0).data(RecordModel::RecordLinesRole).toLongLong(), 4);
        QCOMPARE(model.lineAt(1), 6);
        QCOMPARE(model.index(1, 0).data(RecordModel::ExpandedRole).toBool(), true);
        QCOMPARE(model.lineAt(3), 8);
        QCOMPARE(model.rowForLine(2), 0);
        filtered.setQuery({});
        QCOMPARE(model.rowCount(), 7);
    }

    void rowsGrowWithTheFile()
    {
        const QList<int> extra{0, 2, 0};
        LogFile file;
        LogTableModel table(&file);
        FilteredModel filtered(&table, &file);
        RecordIndex records(&file);
        RecordModel model(&filtered, &records);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString path = write(textLog(extra));
        QVERIFY(file.open(path));
        QTRY_COMPARE(model.rowCount(), 3);
        QVERIFY(file.setFollowing(true, 20));
        {
            QFile more(path);
            QVERIFY(more.open(QIODevice::Append));
            more.write("2026-03-14 08:01:00 ERROR [main] app - late one\n\tat x.y(Z.java:1)\n\tat x.y(Z.java:2)\n");
        }
        // The last record shows at once, although the engine holds it back
        // while following (it may still grow).
        QTRY_COMPARE(model.rowCount(), 4);
        QTRY_COMPARE(model.index(3, 0).data(RecordModel::RecordLinesRole).toLongLong(), 3);
        QCOMPARE(model.lineAt(3), 5);
    }
};

QTEST_GUILESS_MAIN(TestRecordModel)
#include "tst_recordmodel.moc"
