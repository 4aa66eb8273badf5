// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timerangeterms.h"

#include "query/query.h"
#include "query/querytime.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const qint64 kBase = QDateTime(QDate(2026, 3, 14), QTime(8, 10), QTimeZone::UTC).toSecsSinceEpoch();
}

class TstTimeRangeTerms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withRange_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("expected");
        // clang-format off
        QTest::newRow("empty") << u""_s << QByteArray("UTC") << u"since:2026-03-14T08:10:00Z until:2026-03-14T08:19:59Z"_s;
        QTest::newRow("a word") << u"timeout"_s << QByteArray("UTC") << u"timeout since:2026-03-14T08:10:00Z until:2026-03-14T08:19:59Z"_s;
        QTest::newRow("replaces a range") << u"since:-1h level:error until:now"_s << QByteArray("UTC") << u"level:error since:2026-03-14T08:10:00Z until:2026-03-14T08:19:59Z"_s;
        QTest::newRow("brackets an OR") << u"a OR b"_s << QByteArray("UTC") << u"(a OR b) since:2026-03-14T08:10:00Z until:2026-03-14T08:19:59Z"_s;
        QTest::newRow("keeps one group") << u"(a OR b) since:x until:y"_s << QByteArray("UTC") << u"(a OR b) since:2026-03-14T08:10:00Z until:2026-03-14T08:19:59Z"_s;
        QTest::newRow("a phrase stays") << u"\"since:x  y\""_s << QByteArray("UTC") << u"\"since:x  y\" since:2026-03-14T08:10:00Z until:2026-03-14T08:19:59Z"_s;
        QTest::newRow("local wall clock") << u""_s << QByteArray("Europe/Berlin") << u"since:2026-03-14T09:10:00 until:2026-03-14T09:19:59"_s;
        // clang-format on
    }

    void withRange()
    {
        QFETCH(QString, query);
        QFETCH(QByteArray, zone);
        QFETCH(QString, expected);
        const QTimeZone tz = zone == "UTC" ? QTimeZone(QTimeZone::UTC) : QTimeZone(zone);
        const QString text = TimeRangeTerms::withRange(query, kBase, kBase + 600, tz);
        QCOMPARE(text, expected);
        QVERIFY(TimeRangeTerms::hasRange(text));
        QVERIFY(Query::parse(text, kBase * 1000000000LL).has_value());
    }

    void rangeMeansTheBrushedSpan()
    {
        // since: keeps records from the start on, until: those before the end.
        const QString text = TimeRangeTerms::withRange({}, kBase, kBase + 600, QTimeZone::UTC);
        const QStringList terms = text.split(u' ');
        const auto since = parseQueryTime(terms.at(0).mid(6), 0);
        const auto until = parseQueryTime(terms.at(1).mid(6), 0);
        QVERIFY(since && until);
        QCOMPARE(since->begin, kBase * 1000000000LL);
        QCOMPARE(until->end, (kBase + 600) * 1000000000LL);
    }

    void withoutRange_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        QTest::newRow("none") << u"level:error"_s << u"level:error"_s;
        QTest::newRow("both") << u"level:error since:-15m until:2024-01-01"_s << u"level:error"_s;
        QTest::newRow("first") << u"since:-15m timeout"_s << u"timeout"_s;
        QTest::newRow("only") << u"since:-15m"_s << u""_s;
        QTest::newRow("inside a phrase") << u"\"since:x\" y"_s << u"\"since:x\" y"_s;
    }

    void withoutRange()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        QCOMPARE(TimeRangeTerms::withoutRange(query), expected);
    }
};

QTEST_GUILESS_MAIN(TstTimeRangeTerms)
#include "tst_timerangeterms.moc"
