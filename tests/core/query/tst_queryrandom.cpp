// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "query/query.h"
#include "referencequery.h"

#include <QTest>
#include <QtConcurrentMap>

using namespace Qt::StringLiterals;

namespace {

constexpr TimeNs kNow = 1'705'320'000LL * 1'000'000'000;

} // namespace

/// Random records and random queries: Query must agree with the reference.
class TestQueryRandom : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agreesWithReference_data();
    void agreesWithReference();
};

void TestQueryRandom::agreesWithReference_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 8; ++seed)
        QTest::addRow("seed %u", seed) << seed;
}

void TestQueryRandom::agreesWithReference()
{
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    std::vector<RefRecord> owned;
    for (int i = 0; i < 400; ++i)
        owned.push_back(randomRecord(rng, kNow));
    std::vector<Record> records;
    for (const RefRecord &r : owned)
        records.push_back(r.view());

    int matched = 0;
    for (int q = 0; q < 150; ++q) {
        const RefNode reference = randomQuery(rng, kNow, 3);
        const QString text = reference.render(rng);
        const std::expected<Query, QueryError> query = Query::parse(text, kNow);
        QVERIFY2(query.has_value(), qPrintable(text + u" -> "_s + (query ? QString() : query.error().message)));
        for (std::size_t i = 0; i < records.size(); ++i) {
            const Record &record = records[i];
            const bool expected = reference.evaluate(record);
            const QString where = u"query %1\ntree %2\nrecord %3"_s.arg(text, query->toString(),
                                                                      QString::fromUtf8(owned[i].raw));
            QVERIFY2(query->matches(record) == expected, qPrintable(where));
            QVERIFY2(!expected || query->mayMatch(record.raw), qPrintable(u"prefilter rejected a match\n"_s + where));
            if (!query->needsParsedRecord()) {
                Record rawOnly;
                rawOnly.raw = record.raw;
                QVERIFY2(query->matches(rawOnly) == expected, qPrintable(u"raw-only record\n"_s + where));
            }
            matched += expected ? 1 : 0;
        }
        // The same answers from many threads at once.
        if (q % 10 == 0) {
            const Query shared = *query;
            const QList<bool> parallel = QtConcurrent::blockingMapped<QList<bool>>(
                records, [shared](const Record &r) { return shared.matches(r); });
            for (std::size_t i = 0; i < records.size(); ++i)
                QVERIFY2(parallel[qsizetype(i)] == reference.evaluate(records[i]), qPrintable(text));
        }
    }
    // The generator must produce both outcomes, or the comparison proves little.
    QVERIFY(matched > 1000);
    QVERIFY(matched < 150 * 400 - 1000);
}

QTEST_GUILESS_MAIN(TestQueryRandom)
#include "tst_queryrandom.moc"
