// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Golden files: tests/data/formats/NAME.log is parsed with the format its
// name starts with ("text-python.log" -> "text"); the dump must equal
// NAME.expected. Regenerate with tests/data/formats/regenerate.sh (sets
// TIDELINE_REGENERATE_GOLDEN=1) and review the diff.
#include "parse/accessformat.h"
#include "parse/fasttime.h"
#include "parse/formatregistry.h"
#include "parse/levelnames.h"
#include "parse/timeparser.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

namespace {

const TimeContext &goldenContext()
{
    // Reference 2024-06-01T00:00:00Z, zone-less stamps in UTC.
    static const TimeContext ctx(1'717'200'000'000'000'000, QTimeZone(QTimeZone::UTC));
    return ctx;
}

QByteArray escaped(QByteArrayView v)
{
    QByteArray out = v.toByteArray();
    out.replace('\\', "\\\\").replace('\n', "\\n").replace('\r', "\\r").replace('\t', "\\t");
    return out;
}

/// A readable dump of every record: folded continuation lines, time, level,
/// message and fields. The fast path must agree with the full parse.
QByteArray dump(const LogFormat &format, const QByteArray &text, QStringList &problems)
{
    QList<QByteArray> lines = text.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    QByteArray out;
    int recordNo = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        if (i > 0 && !format.startsRecord(line)) {
            out += "  continuation: " + escaped(line) + '\n';
            continue;
        }
        Record r;
        const bool ok = format.parse(line, r, goldenContext());
        TimeNs fastTime = kNoTime;
        Level fastLevel = Level::Unknown;
        const bool fastOk = format.extractTimeLevel(line, fastTime, fastLevel, goldenContext());
        if (ok != fastOk || (ok && (fastTime != r.time || fastLevel != r.level)))
            problems << QStringLiteral("line %1: fast path disagrees with parse()").arg(i + 1);
        // extractField() gives what parse() gives, field by field.
        QByteArrayList names{"no_such_field"};
        for (const Field &f : r.fields)
            names << f.name;
        for (const QByteArray &name : names) {
            QByteArray value = "stale";
            const bool found = format.extractField(line, name, value, goldenContext());
            const std::optional<QByteArrayView> expected = r.field(name);
            if (found != expected.has_value() || (found && QByteArrayView(value) != *expected))
                problems << QStringLiteral("line %1: extractField(%2) disagrees with parse()").arg(i + 1).arg(QString::fromUtf8(name));
        }
        out += "record " + QByteArray::number(++recordNo) + " (line " + QByteArray::number(i + 1) + ")"
            + (ok ? "" : " NOT PARSED") + '\n';
        out += "  time: " + (r.time == kNoTime ? QByteArray("-") : TimeParser::formatIso(r.time, goldenContext(), true)) + '\n';
        out += "  level: " + levelName(r.level).toByteArray() + '\n';
        out += "  message: " + escaped(r.message) + '\n';
        for (const Field &f : r.fields)
            out += "  field " + f.name + " = " + escaped(f.value) + '\n';
    }
    return out;
}

QString dataDir()
{
    return QStringLiteral(TIDELINE_FORMAT_DATA);
}

} // namespace

class TestFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();
    void continuation_data();
    void continuation();
    void jsonFields();
    void junkNeverParses_data();
    void junkNeverParses();
    void fastClfAgreesWithTimeParser();
    void fastIsoAgreesWithTimeParser();
    void fastClfReadsRepeatedMinutesAsTheGeneralParser();
    void fastIsoReadsRepeatedMinutesAsTheGeneralParser();
};

void TestFormats::golden_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = QDir(dataDir()).entryList({QStringLiteral("*.log")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 10);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << f;
}

void TestFormats::golden()
{
    QFETCH(QString, file);
    const QString name = file.section(u'.', 0, 0).section(u'-', 0, file.startsWith(u"access") || file.startsWith(u"syslog") ? 1 : 0);
    const LogFormatPtr format = FormatRegistry().find(name);
    QVERIFY2(format, qPrintable(name));
    QFile in(dataDir() + u'/' + file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QStringList problems;
    const QByteArray actual = dump(*format, in.readAll(), problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QFile expectedFile(dataDir() + u'/' + file.chopped(4) + QStringLiteral(".expected"));
    if (qEnvironmentVariableIsSet("TIDELINE_REGENERATE_GOLDEN")) {
        QVERIFY(expectedFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        expectedFile.write(actual);
        return;
    }
    QVERIFY2(expectedFile.open(QIODevice::ReadOnly), "missing .expected file: run tests/data/formats/regenerate.sh");
    const QByteArray expected = expectedFile.readAll();
    if (actual != expected) {
        const QList<QByteArray> a = actual.split('\n'), e = expected.split('\n');
        for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i)
            if (a.value(i) != e.value(i))
                QFAIL(qPrintable(QStringLiteral("first difference at dump line %1:\n  actual:   %2\n  expected: %3")
                                     .arg(i + 1)
                                     .arg(QString::fromUtf8(a.value(i)), QString::fromUtf8(e.value(i)))));
    }
}

void TestFormats::continuation_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("starts");
    const auto row = [](const char *tag, const char *format, const char *line, bool starts) {
        QTest::newRow(tag) << QString::fromLatin1(format) << QByteArray(line) << starts;
    };
    row("text stamp", "text", "2024-01-15 10:00:00,123 INFO x", true);
    row("text frame", "text", "\tat com.example.Job.run(Job.java:42)", false);
    row("text caused by", "text", "Caused by: java.io.IOException: x", false);
    row("text more", "text", "\t... 12 more", false);
    row("text exception", "text", "java.lang.IllegalStateException: boom", false);
    row("text indented", "text", "    key = value", false);
    row("text blank", "text", "", false);
    row("text crlf", "text", "2024-01-15 10:00:00 x\r", true);
    row("json object", "json", "{\"a\":1}", true);
    row("json indented object", "json", "  {\"a\":1}", true);
    row("json text", "json", "not json", true); // another format mixed in: a record of its own
    row("json pretty-printed field", "json", "    \"a\": 1,", false);
    row("json closing brace", "json", "}", false);
    row("json stack frame", "json", "\tat x.Y.z(Y.java:1)", false);
    row("access line", "access-combined", "1.2.3.4 - - [x] \"GET /\" 200 1 \"-\" \"-\"", true);
    row("access frame", "access-combined", "\tat x(Y.java:1)", false);
    row("syslog stamp", "syslog-rfc3164", "Oct 11 22:14:15 host prog: x", true);
    row("syslog pri", "syslog-rfc3164", "<34>Oct 11 22:14:15 host prog: x", true);
    row("syslog wrapped", "syslog-rfc3164", "    wrapped text", false);
    row("syslog unstamped", "syslog-rfc3164", "plain words", false);
    row("logfmt", "logfmt", "a=1 b=2", true);
    row("logfmt indented", "logfmt", "  a=1 b=2", false);
    row("plain indented", "plain", "   anything", true);
    row("plain blank", "plain", "", true);
}

void TestFormats::continuation()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, line);
    QFETCH(bool, starts);
    const LogFormatPtr f = FormatRegistry().find(format);
    QVERIFY(f);
    QCOMPARE(f->startsRecord(line), starts);
}

void TestFormats::jsonFields()
{
    const LogFormatPtr json = FormatRegistry().find(u"json");
    Record r;
    const QByteArray line = R"({"a":{"b":{"c":"deep"}},"msg":"tab\there","level":"warn","n":null,"arr":[1,{"x":2}]})";
    QVERIFY(json->parse(line, r, goldenContext()));
    QCOMPARE(r.field("a.b.c").value_or(""), QByteArrayView("deep"));
    QCOMPARE(r.field("n").value_or(""), QByteArrayView("null"));
    QCOMPARE(r.field("arr").value_or(""), QByteArrayView("[1,{\"x\":2}]"));
    QCOMPARE(r.message, QByteArrayView("tab\there"));
    QCOMPARE(r.level, Level::Warn);
    // The message view survives a copy of the record.
    const Record copy = r;
    QCOMPARE(copy.message, QByteArrayView("tab\there"));
}

void TestFormats::junkNeverParses_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("binary") << QByteArray("\x00\x01\xff\xfe{\"", 6);
    QTest::newRow("half json") << QByteArray("{\"level\":\"info\",\"msg\":\"unterminated");
    QTest::newRow("brace only") << QByteArray("{");
    QTest::newRow("half access") << QByteArray("1.2.3.4 - - [10/Oct/2000:13:55:36 -0700] \"GET /");
    QTest::newRow("half 5424") << QByteArray("<34>1 2003-10-11T22:14:15Z host");
    QTest::newRow("bare pri") << QByteArray("<999>");
    QTest::newRow("long") << QByteArray(1 << 20, 'x');
}

void TestFormats::junkNeverParses()
{
    QFETCH(QByteArray, line);
    const FormatRegistry registry;
    for (const LogFormatPtr &f : registry.formats()) {
        if (f->specificity() == 0)
            continue;
        Record r;
        QVERIFY2(!f->parse(line, r, goldenContext()), qPrintable(f->name()));
        QCOMPARE(r.raw.size(), line.size());
        TimeNs t = kNoTime;
        Level l = Level::Unknown;
        QVERIFY2(!f->extractTimeLevel(line, t, l, goldenContext()), qPrintable(f->name()));
        // Every prefix is survivable.
        for (qsizetype n = 0; n < std::min<qsizetype>(line.size(), 80); ++n) {
            f->parse(QByteArrayView(line).first(n), r, goldenContext());
            f->extractTimeLevel(QByteArrayView(line).first(n), t, l, goldenContext());
        }
    }
}

void TestFormats::fastClfAgreesWithTimeParser()
{
    // Valid stamps and mutations of them: whenever the fast path accepts, it
    // must read what TimeParser reads; it must accept the common shape.
    QRandomGenerator random(42);
    static const char kAlphabet[] = "0123456789/:+- .JjaAnNFebMrpyulgSOctvDz]";
    const auto digits = [&](int n, int below) { return QByteArray::number(random.bounded(below)).rightJustified(n, '0'); };
    static const char *const kMonths[] = {"Jan", "feb", "MAR", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    int accepted = 0;
    for (int i = 0; i < 200000; ++i) {
        QByteArray stamp = digits(2, 32) + '/' + kMonths[random.bounded(12)] + '/' + (i % 4 ? QByteArray::number(1678 + random.bounded(584)) : digits(4, 10000))
            + ':' + digits(2, 26) + ':' + digits(2, 61) + ':' + digits(2, 62) + ' ' + (random.bounded(2) ? '+' : '-')
            + digits(2, 16) + digits(2, 61);
        if (i % 3 == 0)
            stamp[random.bounded(stamp.size())] = kAlphabet[random.bounded(int(sizeof kAlphabet) - 1)];
        if (i % 5 == 0)
            stamp += kAlphabet[random.bounded(int(sizeof kAlphabet) - 1)];
        if (i % 11 == 0)
            stamp.chop(random.bounded(4));
        TimeNs fast = kNoTime;
        TimeNs slow = kNoTime;
        const int fastN = FastTime::clf(stamp, fast);
        const int slowN = TimeParser::parseGeneral(TimeLayout::Clf, stamp, goldenContext(), slow);
        if (fastN == 0)
            continue;
        ++accepted;
        QVERIFY2(fastN == slowN && fast == slow, stamp.constData());
    }
    QVERIFY(accepted > 50000);
    // Days come from a per-thread cache: a change of date must not reuse it.
    TimeNs a = kNoTime, b = kNoTime;
    QCOMPARE(FastTime::clf("14/Mar/2026:08:00:00 +0000", a), 26);
    QCOMPARE(FastTime::clf("15/Mar/2026:08:00:00 +0000", b), 26);
    QCOMPARE(b - a, 86400LL * 1'000'000'000);
}

void TestFormats::fastIsoAgreesWithTimeParser()
{
    // As for CLF: valid ISO stamps of many shapes and mutations of them, in a
    // zone with DST; whenever the fast path accepts, it reads what the general
    // parser reads, and it accepts the common shapes.
    QRandomGenerator random(7);
    const TimeContext berlin(goldenContext().reference(), QTimeZone("Europe/Berlin"));
    static const char kAlphabet[] = "0123456789-:+.,TtZz ";
    static const char *const kZones[] = {"", "Z", "z", "+01:00", "-0530", "+14:00", "+15:00", "+01", " UTC", " +0100", " - x", "\"", " INFO"};
    const auto digits = [&](int n, int below) { return QByteArray::number(random.bounded(below)).rightJustified(n, '0'); };
    int accepted = 0;
    for (int i = 0; i < 200000; ++i) {
        QByteArray stamp = (i % 4 ? QByteArray::number(1678 + random.bounded(584)) : digits(4, 10000)) + '-' + digits(2, 14) + '-' + digits(2, 32) + "T t"[random.bounded(3)]
            + digits(2, 26) + ':' + digits(2, 61) + ':' + digits(2, 62);
        if (random.bounded(2))
            stamp += (random.bounded(2) ? '.' : ',') + digits(1 + random.bounded(12), 1000000);
        stamp += kZones[random.bounded(int(std::size(kZones)))];
        if (i % 3 == 0)
            stamp[random.bounded(stamp.size())] = kAlphabet[random.bounded(int(sizeof kAlphabet) - 1)];
        if (i % 5 == 0)
            stamp += kAlphabet[random.bounded(int(sizeof kAlphabet) - 1)];
        if (i % 11 == 0)
            stamp.chop(random.bounded(6));
        const TimeContext &ctx = i % 4 == 0 ? berlin : goldenContext();
        TimeNs fast = kNoTime;
        TimeNs slow = kNoTime;
        const int fastN = FastTime::iso(stamp, ctx, fast);
        const int slowN = TimeParser::parseGeneral(TimeLayout::Iso, stamp, ctx, slow);
        if (fastN == 0)
            continue;
        ++accepted;
        QVERIFY2(fastN == slowN && fast == slow, stamp.constData());
    }
    QVERIFY(accepted > 50000);
    TimeNs a = kNoTime, b = kNoTime;
    QCOMPARE(FastTime::iso("2026-03-14T08:00:00Z", goldenContext(), a), 20);
    QCOMPARE(FastTime::iso("2026-03-15T08:00:00Z", goldenContext(), b), 20);
    QCOMPARE(b - a, 86400LL * 1'000'000'000);
}

void TestFormats::fastClfReadsRepeatedMinutesAsTheGeneralParser()
{
    // The fast path keeps the last stamp's minute and zone and then reads
    // only the seconds: runs of stamps that share them (as an access log's
    // lines do), with seconds no clock has and single bytes changed, read
    // as the general parser reads them.
    QRandomGenerator random(11);
    static const char *const kMinutes[] = {"14/Mar/2026:08:00:", "14/Mar/2026:08:01:", "15/Mar/2026:08:00:",
                                           "29/Feb/2024:23:59:", "29/Feb/2023:23:59:"};
    static const char *const kZones[] = {" +0000", " -0700", " +0530", " +1500"};
    static const char kBytes[] = "0123456789/: +-x";
    QByteArray minute, zone;
    int accepted = 0;
    for (int i = 0; i < 50000; ++i) {
        if (i % 8 == 0) {
            minute = kMinutes[random.bounded(int(std::size(kMinutes)))];
            zone = kZones[random.bounded(int(std::size(kZones)))];
        }
        QByteArray stamp = minute + QByteArray::number(random.bounded(64)).rightJustified(2, '0') + zone;
        if (i % 7 == 0)
            stamp[random.bounded(stamp.size())] = kBytes[random.bounded(int(sizeof kBytes) - 1)];
        TimeNs fast = kNoTime;
        TimeNs slow = kNoTime;
        const int fastN = FastTime::clf(stamp, fast);
        const int slowN = TimeParser::parseGeneral(TimeLayout::Clf, stamp, goldenContext(), slow);
        QVERIFY2(fastN == 0 || (fastN == slowN && fast == slow), stamp.constData());
        accepted += fastN > 0 ? 1 : 0;
    }
    QVERIFY(accepted > 20000);
}

void TestFormats::fastIsoReadsRepeatedMinutesAsTheGeneralParser()
{
    // As for CLF: the fast path keeps the last stamp's minute. Runs of
    // stamps in one minute with other seconds, fractions and zones, minutes
    // Berlin skips or has twice, and single bytes changed.
    QRandomGenerator random(13);
    const TimeContext berlin(goldenContext().reference(), QTimeZone("Europe/Berlin"));
    static const char *const kMinutes[] = {"2026-03-14T08:00:", "2026-03-14 08:00:", "2026-03-14T08:01:",
                                           "2024-03-31T02:30:", "2024-10-27 02:30:", "2024-02-29T23:59:",
                                           "2023-02-29T23:59:", "2026-03-14T24:00:"};
    static const char *const kTails[] = {"", "Z", ".123Z", ",5", ".123456789+01:00", "-0530", " UTC", " INFO x", "0"};
    static const char kBytes[] = "0123456789-:T +.Zx";
    QByteArray minute;
    int accepted = 0;
    for (int i = 0; i < 50000; ++i) {
        if (i % 8 == 0)
            minute = kMinutes[random.bounded(int(std::size(kMinutes)))];
        QByteArray stamp = minute + QByteArray::number(random.bounded(64)).rightJustified(2, '0')
            + kTails[random.bounded(int(std::size(kTails)))];
        if (i % 7 == 0)
            stamp[random.bounded(stamp.size())] = kBytes[random.bounded(int(sizeof kBytes) - 1)];
        const TimeContext &ctx = i % 2 == 0 ? berlin : goldenContext();
        TimeNs fast = kNoTime;
        TimeNs slow = kNoTime;
        const int fastN = FastTime::iso(stamp, ctx, fast);
        const int slowN = TimeParser::parseGeneral(TimeLayout::Iso, stamp, ctx, slow);
        QVERIFY2(fastN == 0 || (fastN == slowN && fast == slow), stamp.constData());
        accepted += fastN > 0 ? 1 : 0;
    }
    QVERIFY(accepted > 20000);
}

QTEST_GUILESS_MAIN(TestFormats)
#include "tst_formats.moc"
