// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parse/levelnames.h"

#include <QTest>

class TestLevelNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void name_data();
    void name();
    void httpStatus_data();
    void httpStatus();
    void parseWordRejectsLetters();
    void tokensThatHashAlikeKeepTheirLevels();
};

void TestLevelNames::parse_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<Level>("expected");
    const struct
    {
        const char *text;
        Level level;
    } rows[] = {
        {"TRACE", Level::Trace},   {"trace", Level::Trace},       {"VERBOSE", Level::Trace},
        {"DEBUG", Level::Debug},   {"dbg", Level::Debug},         {"D", Level::Debug},
        {"INFO", Level::Info},     {"Info", Level::Info},         {"I", Level::Info},
        {"INFORMATION", Level::Info}, {"NOTICE", Level::Notice},  {"WARN", Level::Warn},
        {"WARNING", Level::Warn},  {"w", Level::Warn},            {"ERROR", Level::Error},
        {"ERR", Level::Error},     {"E", Level::Error},           {"CRIT", Level::Critical},
        {"CRITICAL", Level::Critical}, {"SEVERE", Level::Critical}, {"FATAL", Level::Fatal},
        {"F", Level::Fatal},       {"PANIC", Level::Fatal},       {"EMERG", Level::Fatal},
        {"ALERT", Level::Fatal},   {"[error]", Level::Error},     {" warn: ", Level::Warn},
        {"0", Level::Fatal},       {"1", Level::Fatal},           {"2", Level::Critical},
        {"3", Level::Error},       {"4", Level::Warn},            {"5", Level::Notice},
        {"6", Level::Info},        {"7", Level::Debug},           {"8", Level::Unknown},
        {"10", Level::Trace},      {"20", Level::Debug},          {"30", Level::Info},
        {"40", Level::Warn},       {"50", Level::Error},          {"60", Level::Fatal},
        {"35", Level::Unknown},    {"", Level::Unknown},          {"INFOS", Level::Unknown},
        {"hello", Level::Unknown}, {"X", Level::Unknown},         {"99999999999", Level::Unknown},
    };
    for (const auto &r : rows)
        QTest::newRow(r.text[0] ? r.text : "empty") << QByteArray(r.text) << r.level;
}

void TestLevelNames::parse()
{
    QFETCH(QByteArray, text);
    QFETCH(Level, expected);
    QCOMPARE(parseLevel(text), expected);
}

void TestLevelNames::name_data()
{
    QTest::addColumn<Level>("level");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("unknown") << Level::Unknown << QByteArray("unknown");
    QTest::newRow("trace") << Level::Trace << QByteArray("trace");
    QTest::newRow("debug") << Level::Debug << QByteArray("debug");
    QTest::newRow("info") << Level::Info << QByteArray("info");
    QTest::newRow("notice") << Level::Notice << QByteArray("notice");
    QTest::newRow("warn") << Level::Warn << QByteArray("warn");
    QTest::newRow("error") << Level::Error << QByteArray("error");
    QTest::newRow("critical") << Level::Critical << QByteArray("critical");
    QTest::newRow("fatal") << Level::Fatal << QByteArray("fatal");
}

void TestLevelNames::name()
{
    QFETCH(Level, level);
    QFETCH(QByteArray, expected);
    QCOMPARE(levelName(level).toByteArray(), expected);
    if (level != Level::Unknown)
        QCOMPARE(parseLevel(levelName(level)), level); // round trip
}

void TestLevelNames::httpStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<Level>("expected");
    QTest::newRow("200") << 200 << Level::Info;
    QTest::newRow("304") << 304 << Level::Info;
    QTest::newRow("399") << 399 << Level::Info;
    QTest::newRow("400") << 400 << Level::Warn;
    QTest::newRow("499") << 499 << Level::Warn;
    QTest::newRow("500") << 500 << Level::Error;
    QTest::newRow("599") << 599 << Level::Error;
    QTest::newRow("600") << 600 << Level::Info;
    QTest::newRow("0") << 0 << Level::Info;
}

void TestLevelNames::httpStatus()
{
    QFETCH(int, status);
    QFETCH(Level, expected);
    QCOMPARE(levelFromHttpStatus(status), expected);
}

void TestLevelNames::parseWordRejectsLetters()
{
    QCOMPARE(LevelNames::parseWord("E"), Level::Unknown);
    QCOMPARE(LevelNames::parseWord("4"), Level::Unknown);
    QCOMPARE(LevelNames::parseWord("Error:"), Level::Error);
}

void TestLevelNames::tokensThatHashAlikeKeepTheirLevels()
{
    // The per-thread cache hashes by size and end bytes: these share a slot.
    for (int round = 0; round < 2; ++round) {
        QCOMPARE(parseLevel("warn"), Level::Warn);
        QCOMPARE(parseLevel("wxrn"), Level::Unknown);
        QCOMPARE(LevelNames::parseWord("warn"), Level::Warn);
        QCOMPARE(parseLevel("4"), Level::Warn);
        QCOMPARE(LevelNames::parseWord("4"), Level::Unknown); // parse() and parseWord() answer apart
        QCOMPARE(parseLevel("ERROR"), Level::Error);
        QCOMPARE(parseLevel("EROOR"), Level::Unknown);
        // Each length the cache compares its own way: bytes, two words of
        // four, two words of eight (overlapping in the middle).
        QCOMPARE(parseLevel("ERR"), Level::Error);
        QCOMPARE(parseLevel("EXR"), Level::Unknown);
        QCOMPARE(parseLevel("CRITICAL"), Level::Critical);
        QCOMPARE(parseLevel("CRITXCAL"), Level::Unknown);
        QCOMPARE(parseLevel("INFORMATIONAL"), Level::Info);
        QCOMPARE(parseLevel("INFORMXTIONAL"), Level::Unknown);
    }
}

QTEST_GUILESS_MAIN(TestLevelNames)
#include "tst_levelnames.moc"
