// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parse/formatregistry.h"
#include "parse/levelnames.h"
#include "parse/timeparser.h"
#include "parse/userformatloader.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

QString userDir()
{
    return QStringLiteral(TIDELINE_FORMAT_DATA "/user");
}

const TimeContext &context()
{
    static const TimeContext ctx(1'717'200'000'000'000'000, QTimeZone(QTimeZone::UTC));
    return ctx;
}

} // namespace

class TestUserFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void directoryLoadsGoodAndReportsBroken();
    void brokenFiles_data();
    void brokenFiles();
    void parse_data();
    void parse();
    void missingDirectory();
    void replacesBuiltinOfSameName();
};

void TestUserFormat::directoryLoadsGoodAndReportsBroken()
{
    FormatRegistry registry;
    const auto errors = registry.loadUserFormats(userDir());
    QCOMPARE(errors.size(), size_t(3));
    QVERIFY(registry.find(u"pipes"));
    QVERIFY(registry.find(u"json")); // built-ins untouched
    for (const FormatLoadError &e : errors) {
        QVERIFY(e.file.endsWith(u".json"));
        QVERIFY(e.line > 0);
        QVERIFY(e.message().startsWith(e.file + u':' + QString::number(e.line) + QStringLiteral(": ")));
    }
}

void TestUserFormat::brokenFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("reasonContains");
    QTest::newRow("syntax") << QStringLiteral("broken-syntax.json") << 5 << QStringLiteral("invalid JSON");
    QTest::newRow("regex") << QStringLiteral("broken-regex.json") << 4 << QStringLiteral("bad \"regex\" at column");
    QTest::newRow("layout") << QStringLiteral("broken-layout.json") << 4 << QStringLiteral("%Q");
}

void TestUserFormat::brokenFiles()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(QString, reasonContains);
    const auto result = UserFormatLoader::loadFile(userDir() + u'/' + file);
    QVERIFY(!result.has_value());
    QCOMPARE(result.error().line, line);
    QVERIFY2(result.error().reason.contains(reasonContains), qPrintable(result.error().message()));
}

void TestUserFormat::parse_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("matches");
    QTest::addColumn<QByteArray>("time");
    QTest::addColumn<Level>("level");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("mapped error") << QByteArray("15.01.2024 10:00:00 | BAD | net.http | it broke") << true
                                  << QByteArray("2024-01-15T10:00:00Z") << Level::Error << QByteArray("it broke");
    QTest::newRow("mapped warn") << QByteArray("15.01.2024 10:00:01 | hmm | db | slow") << true
                                 << QByteArray("2024-01-15T10:00:01Z") << Level::Warn << QByteArray("slow");
    QTest::newRow("fallback alias") << QByteArray("15.01.2024 10:00:02 | WARNING | db | x") << true
                                    << QByteArray("2024-01-15T10:00:02Z") << Level::Warn << QByteArray("x");
    QTest::newRow("utf8 message") << QByteArray("15.01.2024 10:00:03 | OK | ui | caf\xc3\xa9 ok") << true
                                  << QByteArray("2024-01-15T10:00:03Z") << Level::Unknown << QByteArray("caf\xc3\xa9 ok");
    QTest::newRow("no match") << QByteArray("\tat frame") << false << QByteArray() << Level::Unknown << QByteArray("\tat frame");
}

void TestUserFormat::parse()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, matches);
    QFETCH(QByteArray, time);
    QFETCH(Level, level);
    QFETCH(QByteArray, message);
    const auto format = UserFormatLoader::loadFile(userDir() + QStringLiteral("/good.json"));
    QVERIFY2(format.has_value(), qPrintable(format ? QString() : format.error().message()));
    Record r;
    QCOMPARE((*format)->parse(line, r, context()), matches);
    QCOMPARE((*format)->startsRecord(line), matches);
    QCOMPARE(r.message.toByteArray(), message);
    if (!matches)
        return;
    QCOMPARE(TimeParser::formatIso(r.time, context(), true), time);
    QCOMPARE(r.level, level);
    QCOMPARE(r.field("source").value_or(""), r.field("module").value_or("?"));
    // The fast path gives the same time and level. (Found by fuzz_userformat:
    // it read the captures from a freed string; the asan preset catches that.)
    TimeNs fastTime = kNoTime;
    Level fastLevel = Level::Unknown;
    QVERIFY((*format)->extractTimeLevel(line, fastTime, fastLevel, context()));
    QCOMPARE(fastTime, r.time);
    QCOMPARE(fastLevel, level);
}

void TestUserFormat::missingDirectory()
{
    const auto result = UserFormatLoader::loadDirectory(QStringLiteral("/nonexistent/tideline/formats"));
    QVERIFY(result.formats.empty());
    QVERIFY(result.errors.empty());
}

void TestUserFormat::replacesBuiltinOfSameName()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile f(dir.filePath(QStringLiteral("plain.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"name": "plain", "regex": "^(?<message>.*)$"})");
    f.close();
    FormatRegistry registry;
    const size_t before = registry.formats().size();
    QVERIFY(registry.loadUserFormats(dir.path()).empty());
    QCOMPARE(registry.formats().size(), before);
    QCOMPARE(registry.find(u"plain")->specificity(), 95);
}

QTEST_GUILESS_MAIN(TestUserFormat)
#include "tst_userformat.moc"
