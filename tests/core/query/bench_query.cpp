// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Not a test: run on purpose (build/.../bin/bench_query). Measures
// Query::matches() over typical access-log lines held in memory.
#include "query/query.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int kLines = 200'000;

} // namespace

class BenchQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matches_data();
    void matches();

private:
    QByteArray m_buffer;
    std::vector<Record> m_records;
};

void BenchQuery::initTestCase()
{
    QRandomGenerator rng(7);
    static const char *const kPaths[] = {"/api/users/42", "/login", "/static/app.js", "/api/orders?id=981"};
    static const int kStatus[] = {200, 200, 200, 301, 404, 500, 503};
    std::vector<std::pair<qsizetype, qsizetype>> spans;
    for (int i = 0; i < kLines; ++i) {
        const qsizetype start = m_buffer.size();
        m_buffer += QStringLiteral("192.168.%1.%2 - - [15/Jan/2024:11:%3:%4 +0000] \"GET %5 HTTP/1.1\" %6 %7 "
                                   "\"https://example.com/\" \"Mozilla/5.0 (X11; Linux x86_64)\"\n")
                        .arg(rng.bounded(255))
                        .arg(rng.bounded(255))
                        .arg(rng.bounded(60), 2, 10, QChar(u'0'))
                        .arg(rng.bounded(60), 2, 10, QChar(u'0'))
                        .arg(QLatin1StringView(kPaths[rng.bounded(4)]))
                        .arg(kStatus[rng.bounded(7)])
                        .arg(rng.bounded(100000))
                        .toUtf8();
        spans.emplace_back(start, m_buffer.size() - start - 1);
    }
    for (const auto &[start, length] : spans) {
        Record r;
        r.raw = QByteArrayView(m_buffer).sliced(start, length);
        r.fields = {{"status", r.raw.sliced(r.raw.indexOf("\" ") + 2, 3).toByteArray()}};
        m_records.push_back(std::move(r));
    }
    qInfo("%d lines, %.1f MB", kLines, double(m_buffer.size()) / 1e6);
}

void BenchQuery::matches_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("absent word ci") << u"timeout"_s;
    QTest::newRow("common word ci") << u"mozilla"_s;
    QTest::newRow("absent word cs") << u"Timeout"_s;
    QTest::newRow("phrase") << u"\"GET /login\""_s;
    QTest::newRow("two words") << u"login 503"_s;
    QTest::newRow("regex") << u"/time(d)?out/"_s;
    QTest::newRow("status>=500 (fields parsed)") << u"status:>=500"_s;
}

void BenchQuery::matches()
{
    QFETCH(QString, query);
    const Query q = *Query::parse(query, 0);
    qsizetype count = 0;
    QElapsedTimer timer;
    timer.start();
    int rounds = 0;
    QBENCHMARK {
        count = 0;
        for (const Record &r : m_records)
            count += q.matches(r) ? 1 : 0;
        ++rounds;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    qInfo("%s: %lld matches, %.0f MB/s, %.1f ns/line", qPrintable(query), static_cast<long long>(count),
          double(m_buffer.size()) * rounds / seconds / 1e6, seconds * 1e9 / rounds / kLines);
}

QTEST_GUILESS_MAIN(BenchQuery)
#include "bench_query.moc"
