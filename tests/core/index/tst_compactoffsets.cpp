// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/compactoffsets.h"

#include <QRandomGenerator>
#include <QTest>

class TestCompactOffsets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<qint64>("base");
        QTest::addColumn<qint64>("maxDelta");
        QTest::addColumn<int>("count");
        QTest::newRow("empty") << qint64(0) << qint64(10) << 0;
        QTest::newRow("one") << qint64(5) << qint64(10) << 1;
        QTest::newRow("block boundary") << qint64(0) << qint64(300) << 64;
        QTest::newRow("small deltas") << qint64(0) << qint64(100) << 10000;
        QTest::newRow("zero deltas") << qint64(7) << qint64(0) << 500;
        QTest::newRow("past 4 GiB") << (qint64(5) << 30) << qint64(100) << 1000;
        QTest::newRow("huge deltas") << qint64(0) << (qint64(1) << 40) << 1000;
    }

    void roundTrip()
    {
        QFETCH(qint64, base);
        QFETCH(qint64, maxDelta);
        QFETCH(int, count);
        QRandomGenerator random(42);
        CompactOffsets offsets(base);
        std::vector<qint64> expected;
        qint64 value = base;
        for (int i = 0; i < count; ++i) {
            value += maxDelta == 0 ? 0 : static_cast<qint64>(random.bounded(static_cast<quint64>(maxDelta) + 1));
            offsets.append(value);
            expected.push_back(value);
        }
        QCOMPARE(offsets.size(), count);
        QCOMPARE(offsets.last(), count ? expected.back() : base);
        for (int i = 0; i < count; ++i)
            QCOMPARE(offsets.at(i), expected[static_cast<std::size_t>(i)]);
    }
};

QTEST_GUILESS_MAIN(TestCompactOffsets)
#include "tst_compactoffsets.moc"
