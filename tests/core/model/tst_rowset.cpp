// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/linebitmap.h"
#include "model/rowset.h"

#include <QTest>

#include <algorithm>
#include <random>

/// RowSet and LineBitmap against a plain sorted vector.
class TestRowSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesVector_data()
    {
        QTest::addColumn<qint64>("start");
        QTest::addColumn<qint64>("maxGap");
        QTest::addColumn<int>("count");
        QTest::newRow("dense") << qint64{0} << qint64{1} << 200000;
        QTest::newRow("sparse") << qint64{5} << qint64{1000} << 5000;
        QTest::newRow("past 2^32") << qint64{1} << qint64{3'000'000'000} << 50;
    }

    void matchesVector()
    {
        QFETCH(qint64, start);
        QFETCH(qint64, maxGap);
        QFETCH(int, count);
        std::mt19937_64 random(42);
        std::vector<qint64> lines;
        RowSet set;
        qint64 line = start;
        for (int i = 0; i < count; ++i) {
            const auto run = static_cast<qint64>(random() % 3) + 1; // records of 1-3 lines
            set.append(line, run);
            for (qint64 k = 0; k < run; ++k)
                lines.push_back(line + k);
            line += run + static_cast<qint64>(random() % static_cast<quint64>(maxGap));
        }
        QCOMPARE(set.size(), static_cast<qint64>(lines.size()));
        QCOMPARE(set.last(), lines.back());
        for (std::size_t i = 0; i < lines.size(); i += 1 + lines.size() / 3000) {
            QCOMPARE(set.line(static_cast<qint64>(i)), lines[i]);
            QVERIFY(set.contains(lines[i]));
            QCOMPARE(set.countBelow(lines[i]), static_cast<qint64>(i));
            QCOMPARE(set.countBelow(lines[i] + 1), static_cast<qint64>(i + 1));
        }
        QCOMPARE(set.countBelow(-1), 0);
        QCOMPARE(set.countBelow(lines.back() + 10), set.size());
        QVERIFY(!set.contains(lines.back() + 1));
        QVERIFY(set.memoryBytes() < static_cast<qint64>(lines.size()) * 4 + 64 * 1024 * 8);
    }

    void bitmapMatchesVector_data()
    {
        QTest::addColumn<qint64>("start");
        QTest::addColumn<qint64>("maxGap");
        QTest::addColumn<int>("count");
        QTest::newRow("dense") << qint64{0} << qint64{1} << 200000;
        QTest::newRow("runs and gaps") << qint64{3} << qint64{40} << 20000;
        QTest::newRow("sparse, gaps over a block") << qint64{5} << qint64{3 * LineBitmap::kBlockLines} << 300;
        QTest::newRow("block edges") << LineBitmap::kBlockLines - 1 << qint64{LineBitmap::kBlockLines} << 50;
    }

    void bitmapMatchesVector()
    {
        QFETCH(qint64, start);
        QFETCH(qint64, maxGap);
        QFETCH(int, count);
        std::mt19937_64 random(7);
        std::vector<qint64> lines;
        LineBitmap set;
        qint64 line = start;
        for (int i = 0; i < count; ++i) {
            const auto run = static_cast<qint64>(random() % 70) + 1; // runs across words and blocks
            set.append(line, run);
            set.append(line + run / 2, run); // overlapping: only the new lines count
            for (qint64 k = 0; k < run + run / 2; ++k)
                lines.push_back(line + k);
            line += run + run / 2 + static_cast<qint64>(random() % static_cast<quint64>(maxGap));
        }
        QCOMPARE(set.size(), static_cast<qint64>(lines.size()));
        QCOMPARE(set.last(), lines.back());
        for (std::size_t i = 0; i < lines.size(); i += 1 + lines.size() / 5000) {
            QCOMPARE(set.line(static_cast<qint64>(i)), lines[i]);
            QVERIFY(set.contains(lines[i]));
            QCOMPARE(set.countBelow(lines[i]), static_cast<qint64>(i));
            QCOMPARE(set.countBelow(lines[i] + 1), static_cast<qint64>(i + 1));
            if (i > 0 && lines[i - 1] + 1 < lines[i])
                QVERIFY(!set.contains(lines[i] - 1));
        }
        QCOMPARE(set.line(set.size() - 1), lines.back());
        QCOMPARE(set.countBelow(0), 0);
        QCOMPARE(set.countBelow(lines.back() + 10), set.size());
        QVERIFY(!set.contains(lines.back() + 1));
        QVERIFY(!set.contains(-1));
        // One bit per line up to the last, a count per block, little slack.
        const qint64 bitmapBytes = (lines.back() / 64 + 1) * 8;
        QVERIFY2(set.memoryBytes() <= bitmapBytes * 5 / 4 + 64, qPrintable(QString::number(set.memoryBytes())));
    }

    void bitmapSkipsLinesNotAboveTheLast()
    {
        LineBitmap set;
        set.append(10, 3); // 10 11 12
        set.append(11, 3); // 13 only
        set.append(5);
        QCOMPARE(set.size(), 4);
        QCOMPARE(set.line(3), 13);
        QCOMPARE(set.countBelow(12), 2);
        set.clear();
        QVERIFY(set.isEmpty());
        QCOMPARE(set.countBelow(100), 0);
        QCOMPARE(set.last(), -1);
    }

    void skipsLinesNotAboveTheLast()
    {
        RowSet set;
        set.append(10, 3); // 10 11 12
        set.append(11, 3); // 13 only
        set.append(5);
        QCOMPARE(set.size(), 4);
        QCOMPARE(set.line(3), 13);
        set.clear();
        QVERIFY(set.isEmpty());
        QCOMPARE(set.countBelow(100), 0);
        QCOMPARE(set.last(), -1);
    }
};

QTEST_GUILESS_MAIN(TestRowSet)
#include "tst_rowset.moc"
