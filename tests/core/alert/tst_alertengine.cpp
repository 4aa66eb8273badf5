// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "alert/alertengine.h"
#include "alert/alertrulesloader.h"
#include "alert/anomalyevaluator.h"
#include "parse/formatregistry.h"

#include <QJsonDocument>
#include <QTest>

/// Rule-engine tables on synthetic timelines.
///
/// A timeline is a list of steps, times in seconds after kBase:
///   5        a matching record ("hit") at 5 s
///   5x       a record that does not match ("miss")
///   5*10     ten matching records at 5 s
///   -        a matching record without a time
///   @60      advanceTo(60 s): time passes without records
/// Records get lines 1, 2, ... in order. Events print as
/// "TYPE SECONDS VALUE", joined by "; ".
class TestAlertEngine : public QObject
{
    Q_OBJECT

    static constexpr TimeNs kBase = 1773475200LL * kNsPerSecond; // 2026-03-14T08:00:00Z

    static TimeNs at(double seconds) { return kBase + std::llround(seconds * 1e9); }

    static AlertRule rule(const QByteArray &json)
    {
        QJsonObject object = QJsonDocument::fromJson(json).object();
        object.insert(QStringLiteral("name"), QStringLiteral("r"));
        if (!object.contains(QStringLiteral("query")))
            object.insert(QStringLiteral("query"), QStringLiteral("hit"));
        auto parsed = AlertRulesLoader::parseRule(object, kBase);
        if (!parsed)
            qFatal("bad rule %s: %s", json.constData(), qPrintable(parsed.error().message));
        return *parsed;
    }

    static QString format(const AlertEvent &e)
    {
        const double seconds = e.time == kNoTime ? -1 : static_cast<double>(e.time - kBase) / 1e9;
        return QStringLiteral("%1 %2 %3").arg(alertEventTypeName(e.type), QString::number(seconds, 'g', 12), QString::number(e.value, 'g', 4));
    }

    static void feedStep(AlertEngine &engine, const QString &step, qint64 &line)
    {
        if (step.startsWith(u'@')) {
            engine.advanceTo(at(step.mid(1).toDouble()));
            return;
        }
        Record record;
        record.raw = step.endsWith(u'x') ? QByteArrayView("miss") : QByteArrayView("hit");
        const QString time = step.endsWith(u'x') ? step.chopped(1) : step.section(u'*', 0, 0);
        record.time = time == u"-" ? kNoTime : at(time.toDouble());
        const int copies = step.contains(u'*') ? step.section(u'*', 1).toInt() : 1;
        for (int i = 0; i < copies; ++i)
            engine.feed(record, ++line);
    }

    static QString run(const std::vector<AlertRule> &rules, const QString &timeline, QList<AlertEvent> *events = nullptr)
    {
        QStringList out;
        AlertEngine engine(rules, [&](const AlertEvent &e) {
            out << format(e);
            if (events)
                events->append(e);
        });
        qint64 line = 0;
        for (const QString &step : timeline.split(u' ', Qt::SkipEmptyParts))
            feedStep(engine, step, line);
        return out.join(QStringLiteral("; "));
    }

    static void addColumns()
    {
        QTest::addColumn<QByteArray>("rule");
        QTest::addColumn<QString>("timeline");
        QTest::addColumn<QString>("expected");
    }

    static void runRow()
    {
        QFETCH(QByteArray, rule);
        QFETCH(QString, timeline);
        QFETCH(QString, expected);
        QCOMPARE(run({TestAlertEngine::rule(rule)}, timeline), expected);
    }

private Q_SLOTS:
    void rate_data()
    {
        addColumns();
        const QByteArray r = R"({"kind":"rate","threshold":1,"window":10})";
        QTest::newRow("triggers above") << r << "0*11 @5" << "triggered 0 1.1";
        QTest::newRow("triggers and recovers") << r << "0*11 @20" << "triggered 0 1.1; recovered 10 0";
        QTest::newRow("exactly the threshold does not trigger") << r << "0*10 @20" << "";
        QTest::newRow("non-matching records do not count") << r << "0*10 0x 0x @20" << "";
        QTest::newRow("window is half-open: t leaves at t+window") << r << "0*6 10*6 @30" << "";
        QTest::newRow("window boundary minus 1 ms") << r << "0*6 9.999*6 @30" << "triggered 9.999 1.2; recovered 10 0.6";
        QTest::newRow("hysteresis holds between levels") << r << "0*11 9.5*10 @10 10.5*2 @30" << "triggered 0 1.1; recovered 19.5 0.2";
        QTest::newRow("without hysteresis it flaps")
            << QByteArray(R"({"kind":"rate","threshold":1,"recover":1,"window":10})") << "0*11 9.5*10 @10 10.5*2 @30"
            << "triggered 0 1.1; recovered 10 1; triggered 10.5 1.2; recovered 19.5 0.2";
        QTest::newRow("min duration delays both changes")
            << QByteArray(R"({"kind":"rate","threshold":1,"window":10,"minDuration":5})") << "0*11 @30"
            << "triggered 5 1.1; recovered 15 0";
        QTest::newRow("min duration holds back a short spike")
            << QByteArray(R"({"kind":"rate","threshold":1,"window":10,"minDuration":5})") << "0*5 6*6 @30" << "";
        QTest::newRow("the same spike without min duration") << r << "0*5 6*6 @30" << "triggered 6 1.1; recovered 10 0.6";
        QTest::newRow("equal timestamps are one instant")
            << QByteArray(R"({"kind":"rate","threshold":0.5,"window":10,"direction":"below"})") << "0*6 @9 10*6 @30"
            << "triggered 20 0";
        QTest::newRow("below waits for a full window") << QByteArray(R"({"kind":"rate","threshold":0.5,"window":10,"direction":"below"})")
                                                       << "0 @9.5" << "";
        QTest::newRow("below after warm-up")
            << QByteArray(R"({"kind":"rate","threshold":0.5,"window":10,"direction":"below"})") << "0 1 2 3 4 5 6 7 8 9 @20"
            << "triggered 15 0.4";
        QTest::newRow("below recovers at 110%")
            << QByteArray(R"({"kind":"rate","threshold":0.5,"window":10,"direction":"below"})") << "0 @10 12*5 @13 13 @14"
            << "triggered 10 0; recovered 13 0.6";
        QTest::newRow("out of order counts at the clock") << r << "0*6 20 19.5*10 @40" << "triggered 20 1.1; recovered 30 0";
        QTest::newRow("records without time count at the clock") << r << "5 -*10 @30" << "triggered 5 1.1; recovered 15 0";
        QTest::newRow("a day-long gap") << r << "0*11 86400*11 @90000"
                                       << "triggered 0 1.1; recovered 10 0; triggered 86400 1.1; recovered 86410 0";
    }
    void rate() { runRow(); }

    void pattern_data()
    {
        addColumns();
        QTest::newRow("every match fires") << QByteArray(R"({"kind":"pattern"})") << "1 2x 3" << "fired 1 1; fired 3 1";
        QTest::newRow("a match without time fires") << QByteArray(R"({"kind":"pattern"})") << "-" << "fired -1 1";
        QTest::newRow("cooldown") << QByteArray(R"({"kind":"pattern","cooldown":5})") << "1 2 3 7 12"
                                  << "fired 1 1; fired 7 3; fired 12 1";
        QTest::newRow("grouped N within T") << QByteArray(R"({"kind":"pattern","count":3,"within":10})")
                                            << "0 5 10 11 12 30 35 39.999" << "fired 11 3; fired 39.999 3";
        QTest::newRow("group at the boundary") << QByteArray(R"({"kind":"pattern","count":2,"within":10})") << "0 10 20.5 30.4"
                                               << "fired 30.4 2";
        QTest::newRow("equal timestamps group") << QByteArray(R"({"kind":"pattern","count":3,"within":1})") << "5*3" << "fired 5 3";
        QTest::newRow("out of order joins the group") << QByteArray(R"({"kind":"pattern","count":2,"within":1})") << "5 4.5"
                                                      << "fired 5 2";
    }
    void pattern() { runRow(); }

    void anomaly_data()
    {
        addColumns();
        const QByteArray r = R"({"kind":"anomaly","bucket":10,"history":5,"minHistory":3,"direction":"above"})";
        QTest::newRow("spike and back") << r << "0*2 10*2 20*2 30*2 40*2 50*10 60*2 @80" << "triggered 60 10; recovered 70 2";
        QTest::newRow("needs history") << r << "0*2 10*10 @30" << "";
        QTest::newRow("first bucket partial is skipped") << r << "5*2 10*2 20*2 30*10 @40" << "";
        QTest::newRow("first bucket aligned counts") << r << "0*2 10*2 20*2 30*10 @40" << "triggered 40 10";
        QTest::newRow("within k·MAD") << QByteArray(R"({"kind":"anomaly","bucket":10,"history":5,"minHistory":4,"k":2})")
                                      << "0*2 10*4 20*2 30*4 40*5 @50" << "";
        QTest::newRow("beyond k·MAD") << QByteArray(R"({"kind":"anomaly","bucket":10,"history":5,"minHistory":4,"k":2})")
                                      << "0*2 10*4 20*2 30*4 40*6 @50" << "triggered 50 6";
        QTest::newRow("drop below") << QByteArray(R"({"kind":"anomaly","bucket":10,"history":5,"minHistory":3,"direction":"below"})")
                                    << "0*5 10*5 20*5 30*5 40 50*5 @60" << "triggered 50 1; recovered 60 5";
        QTest::newRow("record at bucket end opens the next") << r << "0*2 10*2 20*2 30*2 40*2 50*2 60*10 @69.999" << "";
        QTest::newRow("long gap settles") << QByteArray(R"({"kind":"anomaly","bucket":10,"history":5,"minHistory":3})")
                                          << "0*3 10*3 20*3 30*3 @100000 100000*3 @100010"
                                          << "triggered 50 0; recovered 80 0; triggered 100010 3";
    }
    void anomaly() { runRow(); }

    void absence_data()
    {
        addColumns();
        const QByteArray r = R"({"kind":"absence","after":10})";
        QTest::newRow("not yet") << r << "0 5 @14.9" << "";
        QTest::newRow("triggered at last + after") << r << "0 5 @15.1" << "triggered 15 10";
        QTest::newRow("recovered by the next match") << r << "0 5 @20 21" << "triggered 15 10; recovered 21 16";
        QTest::newRow("a gap of exactly after is fine") << r << "0 10 20 30 @39" << "";
        QTest::newRow("non-matching records do not reset it") << r << "0 5x 9x 12x" << "triggered 10 10";
        QTest::newRow("detected inside a record gap") << r << "0 30 @31" << "triggered 10 10; recovered 30 30";
        QTest::newRow("injected clock from the start") << r << "@0 @9 @11" << "triggered 10 10";
        QTest::newRow("injected clock, records late") << r << "@0 @8 5 @17.9 @18.1" << "triggered 18 10";
    }
    void absence() { runRow(); }

    void eventsCarryLineAndText()
    {
        QList<AlertEvent> events;
        run({rule(R"({"kind":"pattern"})"), rule(R"({"kind":"rate","threshold":0.1,"window":10,"query":""})")}, QStringLiteral("1x 2 @20"), &events);
        QCOMPARE(events.size(), 3);
        QCOMPARE(events[0].line, qint64(2));
        QCOMPARE(events[0].text, QByteArray("hit"));
        QCOMPARE(events[0].kind, AlertKind::Pattern);
        QCOMPARE(events[1].ruleName, QStringLiteral("r"));
        QCOMPARE(events[1].kind, AlertKind::Rate);
        QCOMPARE(events[1].type, AlertEventType::Triggered);
        QCOMPARE(events[1].line, qint64(2));
        QCOMPARE(events[2].type, AlertEventType::Recovered);
    }

    void eventsFromRulesInTimeOrder()
    {
        const std::vector<AlertRule> rules{rule(R"({"kind":"absence","after":10})"), rule(R"({"kind":"rate","threshold":0.2,"window":5})")};
        QCOMPARE(run(rules, QStringLiteral("0*2 @30")), QStringLiteral("triggered 0 0.4; recovered 5 0; triggered 10 10"));
    }

    void median_data()
    {
        QTest::addColumn<std::vector<double>>("values");
        QTest::addColumn<double>("expected");
        QTest::newRow("one") << std::vector<double>{4} << 4.0;
        QTest::newRow("odd") << std::vector<double>{5, 1, 3} << 3.0;
        QTest::newRow("even") << std::vector<double>{4, 1, 3, 2} << 2.5;
    }
    void median()
    {
        QFETCH(std::vector<double>, values);
        QFETCH(double, expected);
        QCOMPARE(AnomalyEvaluator::median(values), expected);
    }

    /// Local times across the spring-forward gap in Berlin (02:00 -> 03:00 on
    /// 2026-03-29) are 1 s apart in UTC; the engine sees UTC only.
    void dstChangeDay()
    {
        const LogFormatPtr text = FormatRegistry::builtin(u"text");
        QVERIFY(text);
        const TimeContext ctx(kBase, QTimeZone("Europe/Berlin"));
        QStringList events;
        std::vector<AlertRule> rules{rule(R"({"kind":"rate","threshold":0.5,"window":10,"query":""})")};
        AlertEngine engine(rules, [&](const AlertEvent &e) { events << format(e); });
        const QList<QByteArray> lines{"2026-03-29 01:59:57 INFO a", "2026-03-29 01:59:58 INFO b", "2026-03-29 01:59:59 INFO c",
                                      "2026-03-29 03:00:00 INFO d", "2026-03-29 03:00:01 INFO e", "2026-03-29 03:00:02 INFO f"};
        qint64 line = 0;
        for (const QByteArray &l : lines) {
            Record record;
            QVERIFY(text->parse(l, record, ctx));
            engine.feed(record, ++line);
        }
        engine.advanceTo(engine.clock() + 20 * kNsPerSecond);
        const TimeNs utc0100 = 1774746000LL * kNsPerSecond; // 2026-03-29T01:00:00Z = 03:00 CEST
        const auto seconds = [](TimeNs t) { return QString::number(static_cast<double>(t - kBase) / 1e9, 'g', 12); };
        // six records within 5 s of UTC: 00:59:57Z .. 01:00:02Z
        const QStringList expected{QStringLiteral("triggered %1 0.6").arg(seconds(utc0100 + 2 * kNsPerSecond)),
                                   QStringLiteral("recovered %1 0.4").arg(seconds(utc0100 + 8 * kNsPerSecond))};
        QCOMPARE(events, expected);
    }
};

QTEST_GUILESS_MAIN(TestAlertEngine)
#include "tst_alertengine.moc"
