// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "alert/alertrulesloader.h"

#include <QDir>
#include <QTest>

/// Rules files: defaults, round trips and the errors a person sees.
class TestAlertRulesLoader : public QObject
{
    Q_OBJECT

    static constexpr TimeNs kNow = 1773475200LL * kNsPerSecond;

    template<typename T>
    static QString errorText(const std::expected<T, AlertRulesError> &result)
    {
        return result ? QString() : result.error().toString();
    }

    static QByteArray file(const QByteArray &rules) { return "{\"version\":1,\"rules\":[" + rules + "]}"; }

private Q_SLOTS:
    void errors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("field");
        QTest::newRow("not json") << QByteArray("{") << "r.json: not valid JSON: unterminated object at byte 1" << "";
        QTest::newRow("array") << QByteArray("[]") << "r.json: the file must hold an object: {\"version\": 1, \"rules\": [...]}" << "";
        QTest::newRow("no version") << QByteArray("{\"rules\":[]}")
                                    << "r.json: “version” is missing: the file must start with {\"version\": 1, \"rules\": [...]}" << "";
        QTest::newRow("newer version") << QByteArray("{\"version\":2,\"rules\":[]}")
                                       << "r.json: version 2 is newer than this Tideline reads (1); update Tideline" << "";
        QTest::newRow("rules not array") << QByteArray("{\"version\":1,\"rules\":{}}") << "r.json: “rules” must be an array of rules" << "";
        QTest::newRow("rule not object") << file("1") << "r.json: rule 1: a rule must be an object" << "";
        QTest::newRow("no name") << file("{\"kind\":\"pattern\"}") << "r.json: rule 1: “name” must be a non-empty string" << "name";
        QTest::newRow("bad kind") << file("{\"name\":\"a\",\"kind\":\"rates\"}")
                                  << "r.json: rule 1 “a”: “kind” must be one of rate, pattern, anomaly, absence" << "kind";
        QTest::newRow("threshold missing") << file("{\"name\":\"ok\",\"kind\":\"pattern\"},{\"name\":\"api-errors\",\"kind\":\"rate\"}")
                                           << "r.json: rule 2 “api-errors”: “threshold” must be a positive number" << "threshold";
        QTest::newRow("threshold negative") << file("{\"name\":\"api-errors\",\"kind\":\"rate\",\"threshold\":-1}")
                                            << "r.json: rule 1 “api-errors”: “threshold” must be a positive number" << "threshold";
        QTest::newRow("threshold text") << file("{\"name\":\"a\",\"kind\":\"rate\",\"threshold\":\"10\"}")
                                        << "r.json: rule 1 “a”: “threshold” must be a positive number" << "threshold";
        QTest::newRow("recover above threshold")
            << file("{\"name\":\"a\",\"kind\":\"rate\",\"threshold\":10,\"recover\":11}")
            << "r.json: rule 1 “a”: “recover” must not be above the threshold of a rule with direction above" << "recover";
        QTest::newRow("recover below threshold")
            << file("{\"name\":\"a\",\"kind\":\"rate\",\"threshold\":10,\"direction\":\"below\",\"recover\":9}")
            << "r.json: rule 1 “a”: “recover” must not be below the threshold of a rule with direction below" << "recover";
        QTest::newRow("direction") << file("{\"name\":\"a\",\"kind\":\"rate\",\"threshold\":1,\"direction\":\"both\"}")
                                   << "r.json: rule 1 “a”: “direction” must be above or below" << "direction";
        QTest::newRow("zero window") << file("{\"name\":\"a\",\"kind\":\"rate\",\"threshold\":1,\"window\":0}")
                                     << "r.json: rule 1 “a”: “window” must be a positive number" << "window";
        QTest::newRow("negative cooldown") << file("{\"name\":\"a\",\"kind\":\"pattern\",\"cooldown\":-5}")
                                           << "r.json: rule 1 “a”: “cooldown” must be a number, zero or more" << "cooldown";
        QTest::newRow("count fraction") << file("{\"name\":\"a\",\"kind\":\"pattern\",\"count\":1.5}")
                                        << "r.json: rule 1 “a”: “count” must be a whole number from 1 to 1000000" << "count";
        QTest::newRow("minHistory > history") << file("{\"name\":\"a\",\"kind\":\"anomaly\",\"history\":5,\"minHistory\":6}")
                                              << "r.json: rule 1 “a”: “minHistory” must not be more than “history”" << "minHistory";
        QTest::newRow("huge after") << file("{\"name\":\"a\",\"kind\":\"absence\",\"after\":1e30}")
                                    << "r.json: rule 1 “a”: “after” must be at most 316224000 seconds" << "after";
        QTest::newRow("typo") << file("{\"name\":\"a\",\"kind\":\"rate\",\"treshold\":1,\"threshold\":2}")
                              << "r.json: rule 1 “a”: unknown field “treshold” for this kind of rule" << "treshold";
        QTest::newRow("field of another kind") << file("{\"name\":\"a\",\"kind\":\"pattern\",\"threshold\":2}")
                                               << "r.json: rule 1 “a”: unknown field “threshold” for this kind of rule" << "threshold";
        QTest::newRow("duplicate name") << file("{\"name\":\"a\",\"kind\":\"pattern\"},{\"name\":\"a\",\"kind\":\"absence\"}")
                                        << "r.json: rule 2 “a”: the name is already used by rule 1" << "name";
        QTest::newRow("bad query") << file("{\"name\":\"a\",\"kind\":\"pattern\",\"query\":\"level:error )\"}")
                                   << "r.json: rule 1 “a”: query: unexpected ')' at column 13" << "query";
    }
    void errors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QFETCH(QString, field);
        const auto rules = AlertRulesLoader::parse(json, QStringLiteral("r.json"), kNow);
        QVERIFY(!rules);
        QCOMPARE(rules.error().toString(), expected);
        QCOMPARE(rules.error().field, field);
    }

    void queryErrorHasColumn()
    {
        const auto rules = AlertRulesLoader::parse(file("{\"name\":\"a\",\"kind\":\"pattern\",\"query\":\"level:error )\"}"), QString(), kNow);
        QVERIFY(!rules);
        QCOMPARE(rules.error().column, 13);
        QCOMPARE(rules.error().rule, 0);
    }

    void missingFile()
    {
        const auto rules = AlertRulesLoader::load(QStringLiteral("/nonexistent/rules.json"), kNow);
        QVERIFY(!rules);
        QVERIFY2(rules.error().toString().startsWith(QStringLiteral("/nonexistent/rules.json: cannot read the rules file: ")),
                 qPrintable(rules.error().toString()));
    }

    void defaults()
    {
        const auto rules = AlertRulesLoader::parse(file("{\"name\":\"r\",\"kind\":\"rate\",\"threshold\":10},"
                                                        "{\"name\":\"b\",\"kind\":\"rate\",\"threshold\":10,\"direction\":\"below\"},"
                                                        "{\"name\":\"p\",\"kind\":\"pattern\",\"query\":\"level:>=error\"},"
                                                        "{\"name\":\"n\",\"kind\":\"anomaly\"},{\"name\":\"q\",\"kind\":\"absence\"}"),
                                                   QString(), kNow);
        QVERIFY2(rules, qPrintable(errorText(rules)));
        QCOMPARE(rules->size(), std::size_t(5));
        const auto &rate = std::get<RateRule>((*rules)[0].params);
        QCOMPARE(rate.window, 120 * kNsPerSecond);
        QCOMPARE(rate.recover, 9.0);
        QCOMPARE(rate.minDuration, TimeNs(0));
        QVERIFY((*rules)[0].query.isEmpty());
        QCOMPARE(std::get<RateRule>((*rules)[1].params).recover, 11.0);
        QCOMPARE((*rules)[2].kind(), AlertKind::Pattern);
        QCOMPARE(std::get<PatternRule>((*rules)[2].params).count, 1);
        QVERIFY(!(*rules)[2].query.isEmpty());
        const auto &anomaly = std::get<AnomalyRule>((*rules)[3].params);
        QCOMPARE(anomaly.history, 30);
        QCOMPARE(anomaly.minHistory, 10);
        QCOMPARE(std::get<AbsenceRule>((*rules)[4].params).after, 300 * kNsPerSecond);
    }

    void saveRoundTrip()
    {
        const auto rules = AlertRulesLoader::parse(file("{\"name\":\"r\",\"kind\":\"rate\",\"threshold\":2.5,\"window\":30,\"minDuration\":5},"
                                                        "{\"name\":\"p\",\"kind\":\"pattern\",\"count\":3,\"within\":10,\"cooldown\":60}"),
                                                   QString(), kNow);
        QVERIFY(rules);
        const QByteArray saved = AlertRulesLoader::save(*rules);
        const auto again = AlertRulesLoader::parse(saved, QString(), kNow);
        QVERIFY2(again, qPrintable(errorText(again)));
        QCOMPARE(AlertRulesLoader::save(*again), saved);
        QCOMPARE(std::get<RateRule>((*again)[0].params).minDuration, 5 * kNsPerSecond);
    }

    void examplesLoad_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"http-rate.json", "payments-errors.json", "quiet-source.json", "error-anomaly.json"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void examplesLoad()
    {
        QFETCH(QString, name);
        const QString path = qEnvironmentVariable("TIDELINE_SOURCE_DIR") + QStringLiteral("/resources/examples/") + name;
        const auto rules = AlertRulesLoader::load(path, kNow);
        QVERIFY2(rules, qPrintable(errorText(rules)));
        QVERIFY(!rules->empty());
    }
};

QTEST_GUILESS_MAIN(TestAlertRulesLoader)
#include "tst_alertrulesloader.moc"
