// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "query/query.h"
#include "query/regexliterals.h"
#include "query/regexmatcher.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

#include <map>

using namespace Qt::StringLiterals;

namespace {

// 2024-01-15T12:00:00Z
constexpr TimeNs kNow = 1'705'320'000LL * 1'000'000'000;

TimeNs utcNs(int h, int m, int s)
{
    return QDateTime(QDate(2024, 1, 15), QTime(h, m, s), QTimeZone::UTC).toMSecsSinceEpoch() * 1'000'000;
}

struct Fixture
{
    QByteArray raw;
    QByteArray message; // empty: the whole raw line
    TimeNs time = kNoTime;
    Level level = Level::Unknown;
    std::vector<Field> fields;
};

/// Records of the shapes the formats produce; they live as long as the test.
const std::map<QString, Fixture> &fixtures()
{
    static const std::map<QString, Fixture> all{
        {u"access"_s,
         {R"(203.0.113.7 - - [15/Jan/2024:11:30:00 +0000] "GET /api/users/42 HTTP/1.1" 503 1234 "-" "curl/8.0")",
          "GET /api/users/42 HTTP/1.1",
          utcNs(11, 30, 0),
          Level::Error,
          {{"host", "203.0.113.7"},
           {"method", "GET"},
           {"path", "/api/users/42"},
           {"status", "503"},
           {"bytes", "1234"},
           {"agent", "curl/8.0"}}}},
        {u"access-ok"_s,
         {R"(198.51.100.2 - - [15/Jan/2024:11:59:59 +0000] "POST /login HTTP/1.1" 200 512 "-" "Mozilla/5.0")",
          "POST /login HTTP/1.1",
          utcNs(11, 59, 59),
          Level::Info,
          {{"host", "198.51.100.2"}, {"method", "POST"}, {"path", "/login"}, {"status", "200"}, {"bytes", "512"}}}},
        {u"json"_s,
         {R"({"ts":"2024-01-15T11:59:00Z","level":"warn","msg":"Disk full on /var","request_id":"req-7f3a","duration_ms":"312.5","user":"Jürgen"})",
          "Disk full on /var",
          utcNs(11, 59, 0),
          Level::Warn,
          {{"ts", "2024-01-15T11:59:00Z"},
           {"level", "warn"},
           {"msg", "Disk full on /var"},
           {"request_id", "req-7f3a"},
           {"duration_ms", "312.5"},
           {"user", "Jürgen"},
           {"http.status", " 404 "}}}},
        {u"text"_s,
         {"Traceback (most recent call last): TimeoutError: timed out", {}, kNoTime, Level::Unknown, {}}},
        {u"syslog"_s,
         {"Jan 15 10:00:00 host sshd[123]: Accepted password for root from 10.0.0.1",
          "Accepted password for root from 10.0.0.1",
          utcNs(10, 0, 0),
          Level::Info,
          {{"host", "host"}, {"app", "sshd"}, {"pid", "123"}}}},
        {u"unicode"_s,
         {"GRÖSSE überschritten: Größe=12 MB ÉCLAIR", {}, utcNs(9, 0, 0), Level::Fatal, {{"size", "12 MB"}}}},
    };
    return all;
}

Record recordFor(const QString &name)
{
    const Fixture &f = fixtures().at(name);
    Record r;
    r.raw = f.raw;
    r.message = f.message.isEmpty() ? QByteArrayView(f.raw) : QByteArrayView(f.message);
    r.time = f.time;
    r.level = f.level;
    r.fields = f.fields;
    return r;
}

Query parsed(const QString &text)
{
    std::expected<Query, QueryError> q = Query::parse(text, kNow);
    if (!q) {
        qWarning("query %s: %s", qPrintable(text), qPrintable(q.error().message));
        return Query();
    }
    return *q;
}

QString rangesString(const QList<std::pair<qsizetype, qsizetype>> &ranges)
{
    QStringList parts;
    for (const auto &[start, length] : ranges)
        parts.append(u"%1+%2"_s.arg(start).arg(length));
    return parts.join(u',');
}

} // namespace

class TestQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data();
    void matches();
    void needsParsedRecord_data();
    void needsParsedRecord();
    void prefilter_data();
    void prefilter();
    void regexAsLiterals_data();
    void regexAsLiterals();
    void highlights_data();
    void highlights();
    void copiesShareTheProgram();
    void fieldsRead_data();
    void fieldsRead();
    void findCandidate();
    void tooExpensive_data();
    void tooExpensive();
    void highlightsGiveUpToo();
};

void TestQuery::matches_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("record");
    QTest::addColumn<bool>("expected");

    const auto row = [](const char *name, const QString &query, const QString &record, bool expected) {
        QTest::addRow("%s [%s]", name, qPrintable(record)) << query << record << expected;
    };

    // words: smart case on the raw text
    row("word", u"timeout"_s, u"text"_s, true);
    row("word other case", u"TIMEDOUT"_s, u"text"_s, false);
    row("smart case hit", u"TimeoutError"_s, u"text"_s, true);
    row("smart case miss", u"TIMEOUTERROR"_s, u"text"_s, false);
    row("word in raw not message", u"curl"_s, u"access"_s, true);
    row("word miss", u"kernel"_s, u"syslog"_s, false);
    row("digits", u"503"_s, u"access"_s, true);
    row("non-ascii ci", u"größe"_s, u"unicode"_s, true);
    row("non-ascii ci upper", u"éclair"_s, u"unicode"_s, true);
    row("non-ascii cs", u"GRÖSSE"_s, u"unicode"_s, true);
    row("non-ascii cs miss", u"Größe=13"_s, u"unicode"_s, false);
    row("ascii word never folds non-ascii", u"jurgen"_s, u"json"_s, false);
    row("word in json", u"req-7f3a"_s, u"json"_s, true);
    // phrases
    row("phrase", u"\"disk full\""_s, u"json"_s, true);
    row("phrase cs", u"\"Disk full\""_s, u"json"_s, true);
    row("phrase cs miss", u"\"DISK full\""_s, u"json"_s, false);
    row("phrase with quotes", uR"("\"level\":\"warn\"")"_s, u"json"_s, true);
    row("phrase order", u"\"full disk\""_s, u"json"_s, false);
    // regex
    row("regex", u"/time(d)? out/"_s, u"text"_s, true);
    row("regex cs", u"/TIME(d)? out/"_s, u"text"_s, false);
    row("regex i", u"/TIME(D)?OUT/i"_s, u"text"_s, true);
    row("regex anchored", u"/^Jan \\d+/"_s, u"syslog"_s, true);
    row("regex anchored miss", u"/^\\d+ Jan/"_s, u"syslog"_s, false);
    row("regex unicode", u"/Gr.ße/"_s, u"unicode"_s, true);
    row("regex escaped slash", u"/api\\/users\\/\\d+/"_s, u"access"_s, true);
    // fields
    row("field eq", u"status:503"_s, u"access"_s, true);
    row("field eq miss", u"status:50"_s, u"access"_s, false);
    row("field text ci", u"method:get"_s, u"access"_s, true);
    row("field glob", u"path:/api/*"_s, u"access"_s, true);
    row("field glob miss", u"path:/api/*"_s, u"access-ok"_s, false);
    row("field glob middle", u"path:*users*"_s, u"access"_s, true);
    row("field glob ends", u"path:/*/42"_s, u"access"_s, true);
    row("field glob multi", u"agent:c*l/*.0"_s, u"access"_s, true);
    row("field glob overlap", u"request_id:req*7f*3a"_s, u"json"_s, true);
    row("field glob no overlap", u"request_id:req-7*-7f3a"_s, u"json"_s, false);
    row("field quoted star literal", u"path:\"/api/*\""_s, u"access"_s, false);
    row("field missing", u"status:503"_s, u"json"_s, false);
    row("not field missing", u"-status:503"_s, u"json"_s, true);
    row("field unicode ci", u"user:JÜRGEN"_s, u"json"_s, true);
    row("field unicode glob", u"user:jür*"_s, u"json"_s, true);
    row("field dotted", u"http.status:>=400"_s, u"json"_s, true);
    row("field name is case-sensitive", u"Status:503"_s, u"access"_s, false);
    row("message", u"message:\"disk full on /var\""_s, u"json"_s, true);
    row("msg glob", u"msg:*full*"_s, u"json"_s, true);
    row("message is whole raw for text", u"msg:traceback*"_s, u"text"_s, true);
    row("message is not raw", u"msg:*curl*"_s, u"access"_s, false);
    // numbers
    row("ge hit", u"status:>=500"_s, u"access"_s, true);
    row("ge miss", u"status:>=500"_s, u"access-ok"_s, false);
    row("gt decimal", u"duration_ms:>250"_s, u"json"_s, true);
    row("lt decimal", u"duration_ms:<312.5"_s, u"json"_s, false);
    row("le decimal", u"duration_ms:<=312.5"_s, u"json"_s, true);
    row("eq numeric", u"status:=503.0"_s, u"access"_s, true);
    row("numeric non-number never matches", u"user:>0"_s, u"json"_s, false);
    row("numeric non-number never matches lt", u"size:<1000"_s, u"unicode"_s, false);
    row("numeric missing", u"bytes:>0"_s, u"json"_s, false);
    // levels
    row("level eq", u"level:error"_s, u"access"_s, true);
    row("level eq miss", u"level:error"_s, u"json"_s, false);
    row("level ge", u"level:>=warn"_s, u"json"_s, true);
    row("level ge higher", u"level:>=warn"_s, u"unicode"_s, true);
    row("level ge miss", u"level:>=warn"_s, u"syslog"_s, false);
    row("level unknown is below trace", u"level:>=trace"_s, u"text"_s, false);
    row("level lt", u"level:<notice"_s, u"syslog"_s, true);
    row("level alias", u"level:warning"_s, u"json"_s, true);
    // time
    row("since relative", u"since:-15m"_s, u"json"_s, true);
    row("since relative miss", u"since:-15m"_s, u"access"_s, false);
    row("since exact edge", u"since:-30m"_s, u"access"_s, true);
    row("until relative", u"until:-15m"_s, u"access"_s, true);
    row("until relative miss", u"until:-15m"_s, u"json"_s, false);
    row("no time never in range", u"since:-100d"_s, u"text"_s, false);
    row("no time never until", u"until:now"_s, u"text"_s, false);
    row("no time matches NOT since", u"-since:-100d"_s, u"text"_s, true);
    row("until minute inclusive", u"until:2024-01-15T11:59Z"_s, u"access-ok"_s, true);
    row("until minute exclusive", u"until:2024-01-15T11:58Z"_s, u"access-ok"_s, false);
    row("since second", u"since:2024-01-15T11:59:59Z"_s, u"access-ok"_s, true);
    row("since after", u"since:2024-01-15T11:59:59.001Z"_s, u"access-ok"_s, false);
    row("range", u"since:2024-01-15T10:00Z until:2024-01-15T11:30Z"_s, u"access"_s, true);
    row("range syslog edge", u"since:2024-01-15T10:00Z until:2024-01-15T11:30Z"_s, u"syslog"_s, true);
    row("range miss", u"since:2024-01-15T10:00Z until:2024-01-15T11:30Z"_s, u"json"_s, false);
    row("day utc", u"since:2024-01-15T00:00Z until:2024-01-15T23:59Z"_s, u"unicode"_s, true);
    // boolean
    row("and", u"GET 503"_s, u"access"_s, true);
    row("and miss", u"GET 200"_s, u"access"_s, false);
    row("or", u"kernel OR sshd"_s, u"syslog"_s, true);
    row("or miss", u"kernel OR nginx"_s, u"syslog"_s, false);
    row("not", u"NOT sshd"_s, u"syslog"_s, false);
    row("minus", u"-healthcheck"_s, u"syslog"_s, true);
    row("precedence", u"kernel root OR sshd"_s, u"syslog"_s, true);
    row("precedence 2", u"kernel (root OR sshd)"_s, u"syslog"_s, false);
    row("correlate", u"request_id:req-7f3a level:>=warn -status:200"_s, u"json"_s, true);
    row("lowercase or is a word", u"sshd or kernel"_s, u"syslog"_s, false);
    row("empty", u""_s, u"text"_s, true);
}

void TestQuery::matches()
{
    QFETCH(QString, query);
    QFETCH(QString, record);
    QFETCH(bool, expected);
    const std::expected<Query, QueryError> q = Query::parse(query, kNow);
    QVERIFY2(q.has_value(), qPrintable(q ? QString() : q.error().message));
    const Record r = recordFor(record);
    QCOMPARE(q->matches(r), expected);
    if (expected)
        QVERIFY(q->mayMatch(r.raw));
    if (!q->needsParsedRecord()) {
        Record rawOnly;
        rawOnly.raw = r.raw;
        QCOMPARE(q->matches(rawOnly), expected);
    }
}

void TestQuery::needsParsedRecord_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("needed");
    QTest::newRow("empty") << u""_s << false;
    QTest::newRow("word") << u"timeout"_s << false;
    QTest::newRow("words phrase regex") << u"a \"b c\" (/d/ OR -e)"_s << false;
    QTest::newRow("field") << u"status:500"_s << true;
    QTest::newRow("message") << u"msg:x"_s << true;
    QTest::newRow("level") << u"a OR level:error"_s << true;
    QTest::newRow("time") << u"-since:-1h"_s << true;
}

void TestQuery::needsParsedRecord()
{
    QFETCH(QString, query);
    QFETCH(bool, needed);
    QCOMPARE(parsed(query).needsParsedRecord(), needed);
}

void TestQuery::prefilter_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("literals");
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<bool>("mayMatch");

    QTest::newRow("word hit") << u"timeout"_s << uR"([["timeout"i]])"_s << "a TIMEOUT b"_ba << true;
    QTest::newRow("word miss") << u"timeout"_s << uR"([["timeout"i]])"_s << "a time out"_ba << false;
    QTest::newRow("cs") << u"Timeout"_s << uR"([["Timeout"]])"_s << "a timeout"_ba << false;
    QTest::newRow("and longest first") << u"ab \"disk full\""_s << uR"([["disk full"i] ["ab"i]])"_s
                                       << "ab disk"_ba << false;
    QTest::newRow("or") << u"foo OR Bar"_s << uR"([["foo"i | "Bar"]])"_s << "xx Bar"_ba << true;
    QTest::newRow("or miss") << u"foo OR Bar"_s << uR"([["foo"i | "Bar"]])"_s << "xx bar"_ba << false;
    QTest::newRow("or picks best branch clause") << u"(a bcd) OR ef"_s << uR"([["bcd"i | "ef"i]])"_s
                                                 << "a ef"_ba << true;
    QTest::newRow("or with field needs nothing") << u"foo OR status:5"_s << u"[]"_s << "xx"_ba << true;
    QTest::newRow("not needs nothing") << u"-foo"_s << u"[]"_s << "foo"_ba << true;
    QTest::newRow("regex needs nothing") << u"/x/"_s << u"[]"_s << "y"_ba << true;
    QTest::newRow("regex of literals") << u"/Fire(f)?ox/"_s << uR"([["Firefox" | "Fireox"]])"_s << "Firefox"_ba << true;
    QTest::newRow("regex of literals miss") << u"/Fire(f)?ox/"_s << uR"([["Firefox" | "Fireox"]])"_s << "Fireo x"_ba << false;
    QTest::newRow("regex literals") << u"/Fire(f)?ox.*/"_s << uR"([["Fire"] ["ox"]])"_s << "Firefox"_ba << true;
    QTest::newRow("regex literals miss") << u"/Fire(f)?ox.*/"_s << uR"([["Fire"] ["ox"]])"_s << "Fireo x"_ba << false;
    QTest::newRow("regex optional char") << u"/colou?r/"_s << uR"([["color" | "colour"]])"_s << "color"_ba << true;
    QTest::newRow("regex optional char dropped") << u"/colou?r\\b/"_s << uR"([["colo"]])"_s << "color"_ba << true;
    QTest::newRow("regex escapes") << uR"(/GET \/api\.v\d+/)"_s << uR"([["GET /api.v"]])"_s << "GET /api.v2"_ba << true;
    QTest::newRow("regex classes break runs") << uR"(/ab[cd]ef.gh\sij/)"_s << uR"([["ab"] ["ef"] ["gh"] ["ij"]])"_s
                                              << "abxef gh ij"_ba << true;
    QTest::newRow("regex ci without k and s") << u"/(?:x)Disk Full/i"_s << uR"([[" full"i] ["di"i]])"_s
                                              << "DISK FULL"_ba << true;
    QTest::newRow("regex counted") << u"/ab{2,3}cd/"_s << uR"([["cd"]])"_s << "abbcd"_ba << true;
    QTest::newRow("regex alternation of literals") << u"/foo|bar/"_s << uR"([["bar" | "foo"]])"_s << "x"_ba << false;
    QTest::newRow("regex alternation needs nothing") << u"/foo|b.r/"_s << u"[]"_s << "x"_ba << true;
    QTest::newRow("regex inline options need nothing") << u"/(?i)foo/"_s << u"[]"_s << "FOO"_ba << true;
    QTest::newRow("regex quoting needs nothing") << uR"(/\Qa.b\E/)"_s << u"[]"_s << "a.b"_ba << true;
    QTest::newRow("regex non-ascii breaks") << u"/abcädef/"_s << uR"([["abc"] ["def"]])"_s << "abcädef"_ba << true;
    QTest::newRow("regex in or") << u"/Fire(f)?ox/ OR Chrome"_s << uR"([["Firefox" | "Fireox" | "Chrome"]])"_s << "Chrome"_ba << true;
    QTest::newRow("field and word") << u"status:500 GET"_s << uR"([["GET"]])"_s << "POST"_ba << false;
    QTest::newRow("non-ascii ci skipped") << u"größe x"_s << uR"([["x"i]])"_s << "x"_ba << true;
    QTest::newRow("non-ascii cs kept") << u"Größe"_s << uR"([["Größe"]])"_s << "größe"_ba << false;
}

void TestQuery::prefilter()
{
    QFETCH(QString, query);
    QFETCH(QString, literals);
    QFETCH(QByteArray, raw);
    QFETCH(bool, mayMatch);
    const Query q = parsed(query);
    QCOMPARE(q.prefilterString(), literals);
    QCOMPARE(q.mayMatch(raw), mayMatch);
}

void TestQuery::regexAsLiterals_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("caseless");
    QTest::addColumn<QString>("literals"); // '|'-joined, sorted; empty: not a set of literals
    QTest::newRow("optional group") << u"Fire(f)?ox"_s << false << u"Firefox|Fireox"_s;
    QTest::newRow("optional char") << u"time(d)?out"_s << false << u"timedout|timeout"_s;
    QTest::newRow("alternation") << u"GET|POST|(?:PUT|DELETE) /"_s << false << u"DELETE /|GET|POST|PUT /"_s;
    QTest::newRow("nested") << u"a(b(c|d)?)?e"_s << false << u"abce|abde|abe|ae"_s;
    QTest::newRow("escaped punctuation") << u"a\\.b\\/c"_s << false << u"a.b/c"_s;
    QTest::newRow("lazy optional") << u"ab??c"_s << false << u"abc|ac"_s;
    QTest::newRow("caseless") << u"Time(d)?out"_s << true << u"Timedout|Timeout"_s;
    QTest::newRow("caseless k") << u"kafka"_s << true << QString();
    QTest::newRow("class") << u"a[bc]d"_s << false << QString();
    QTest::newRow("dot") << u"a.b"_s << false << QString();
    QTest::newRow("star") << u"ab*c"_s << false << QString();
    QTest::newRow("group star") << u"a(bc)*d"_s << false << QString();
    QTest::newRow("counted") << u"ab{2}"_s << false << QString();
    QTest::newRow("anchor") << u"^abc"_s << false << QString();
    QTest::newRow("char type") << u"ab\\d"_s << false << QString();
    QTest::newRow("lookahead") << u"ab(?=c)"_s << false << QString();
    QTest::newRow("inline option") << u"(?i)abc"_s << false << QString();
    QTest::newRow("empty branch") << u"ab|"_s << false << QString();
    QTest::newRow("one byte") << u"a|bc"_s << false << QString();
    QTest::newRow("non-ascii") << u"größe"_s << false << QString();
    QTest::newRow("unbalanced") << u"(ab"_s << false << QString();
    QTest::newRow("too many") << u"(a|b|c|d|e)(a|b|c|d|e)"_s << false << QString();
}

void TestQuery::regexAsLiterals()
{
    QFETCH(QString, pattern);
    QFETCH(bool, caseless);
    QFETCH(QString, literals);
    const QRegularExpression regex(pattern, caseless ? QRegularExpression::CaseInsensitiveOption : QRegularExpression::NoPatternOption);
    QStringList got;
    for (const QByteArray &literal : ::regexAsLiterals(regex))
        got << QString::fromUtf8(literal);
    QCOMPARE(got.join(u'|'), literals);
    if (!regex.isValid())
        return;
    // The matcher that uses the literals agrees with PCRE2 on texts around them.
    const RegexMatcher matcher(regex);
    QStringList texts{u""_s, u"x"_s, u"FIREFOX"_s, u"a Firefox b"_s, u"timeout"_s, u"TIMEDOUT!"_s, u"time out"_s,
                      u"PUT /x"_s, u"DELETE"_s, u"abde"_s, u"a.b/c"_s, u"ab.c"_s, u"ac"_s, u"größe"_s};
    for (const QString &literal : got)
        texts << u"..."_s + literal + u"..."_s << literal.chopped(1);
    for (const QString &text : texts)
        QVERIFY2(matcher.matches(text.toUtf8()) == regex.match(text).hasMatch(), qPrintable(text));
}

void TestQuery::fieldsRead_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArrayList>("fields");
    QTest::newRow("none") << u"foo /bar/"_s << QByteArrayList{};
    QTest::newRow("one") << u"status:>=500"_s << QByteArrayList{"status"};
    QTest::newRow("two and words") << u"status:>=500 (path:/api/* OR foo) -status:503"_s
                                   << QByteArrayList{"status", "path"};
    QTest::newRow("level reads more") << u"status:>=500 level:error"_s << QByteArrayList{};
    QTest::newRow("time reads more") << u"status:500 since:2024-01-01"_s << QByteArrayList{};
    QTest::newRow("message reads more") << u"status:500 message:x"_s << QByteArrayList{};
}

void TestQuery::fieldsRead()
{
    QFETCH(QString, query);
    QFETCH(QByteArrayList, fields);
    const Query q = parsed(query);
    const std::vector<QByteArray> &read = q.fieldsRead();
    QCOMPARE(QByteArrayList(read.begin(), read.end()), fields);
}

void TestQuery::findCandidate()
{
    const QByteArray text = "a Foo b bar c FOO"_ba;
    QCOMPARE(parsed(u"foo"_s).findCandidate(text, 0), 2);
    QCOMPARE(parsed(u"foo"_s).findCandidate(text, 3), 14);
    QCOMPARE(parsed(u"foo"_s).findCandidate(text, 15), -1);
    QCOMPARE(parsed(u"Foo OR bar"_s).findCandidate(text, 3), 8);
    QCOMPARE(parsed(u"status:5"_s).findCandidate(text, 4), 4); // no literal required
}

void TestQuery::highlights_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("ranges");

    QTest::newRow("word") << u"err"_s << u"ERR x err"_s << u"0+3,6+3"_s;
    QTest::newRow("smart case") << u"Err"_s << u"ERR x Err"_s << u"6+3"_s;
    QTest::newRow("non-overlapping") << u"aa"_s << u"aaaaa"_s << u"0+4"_s;
    QTest::newRow("phrase") << u"\"disk full\""_s << u"DISK FULL and disk full"_s << u"0+9,14+9"_s;
    QTest::newRow("regex") << u"/\\d+/"_s << u"a 12 b 345"_s << u"2+2,7+3"_s;
    QTest::newRow("regex i") << u"/x+/i"_s << u"aXxb"_s << u"1+2"_s;
    QTest::newRow("merged overlap") << u"abc bcd"_s << u"abcd"_s << u"0+4"_s;
    QTest::newRow("adjacent merged") << u"ab cd"_s << u"abcd"_s << u"0+4"_s;
    QTest::newRow("negated skipped") << u"a -b"_s << u"a b"_s << u"0+1"_s;
    QTest::newRow("or both") << u"x OR y"_s << u"y x"_s << u"0+1,2+1"_s;
    QTest::newRow("fields skipped") << u"status:500 x"_s << u"500 x"_s << u"4+1"_s;
    QTest::newRow("unicode ci") << u"éclair"_s << u"ÉCLAIR éclair"_s << u"0+6,7+6"_s;
    QTest::newRow("ascii folds ascii only") << u"k"_s << u"\u212A k K"_s << u"2+1,4+1"_s;
    QTest::newRow("none") << u"zzz"_s << u"abc"_s << u""_s;
    QTest::newRow("empty query") << u""_s << u"abc"_s << u""_s;
}

void TestQuery::highlights()
{
    QFETCH(QString, query);
    QFETCH(QString, text);
    QFETCH(QString, ranges);
    QCOMPARE(rangesString(parsed(query).highlights(text)), ranges);
}

void TestQuery::copiesShareTheProgram()
{
    const Query a = parsed(u"status:>=500"_s);
    const Query b = a; // NOLINT(performance-unnecessary-copy-initialization)
    QCOMPARE(b.toString(), a.toString());
    QVERIFY(b.matches(recordFor(u"access"_s)));
}

void TestQuery::tooExpensive_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("record");
    QTest::addColumn<bool>("givesUp");
    const QString aaa = QString(40, u'a');
    QTest::newRow("nested quantifiers, anchored") << u"/(a+)+$/"_s << aaa + u'b' << true;
    QTest::newRow("two quantifiers in a loop") << u"/(x+x+)+y/"_s << QString(40, u'x') + u"zy"_s << true;
    QTest::newRow("inside an OR") << u"timeout OR /(a+)+$/"_s << aaa + u'b' << true;
    QTest::newRow("negated") << u"-/(a+)+$/"_s << aaa + u'b' << true;
    QTest::newRow("short subject: in budget") << u"/(a+)+$/"_s << QString(8, u'a') + u'b' << false;
    QTest::newRow("PCRE2 sees the missing y") << u"/(x+x+)+y/"_s << QString(40, u'x') << false;
    QTest::newRow("plain regex") << u"/a+b/"_s << aaa + u'b' << false;
}

void TestQuery::tooExpensive()
{
    QFETCH(QString, query);
    QFETCH(QString, record);
    QFETCH(bool, givesUp);
    const Query q = parsed(query);
    const Query copy = q; // NOLINT(performance-unnecessary-copy-initialization)
    Record r;
    const QByteArray raw = record.toUtf8();
    r.raw = raw;
    (void)q.matches(r);
    QCOMPARE(!q.tooExpensiveError().isEmpty(), givesUp);
    QCOMPARE(copy.tooExpensiveError(), q.tooExpensiveError());
    if (!givesUp)
        return;
    QVERIFY2(q.tooExpensiveError().startsWith(u"query too expensive: the regex /"_s), qPrintable(q.tooExpensiveError()));
    QVERIFY(q.tooExpensiveError().contains(u"backtracks too much; make it more specific"_s));
    // From then on the regex matches nothing: the scan's result is void anyway.
    Record matching;
    matching.raw = "aa";
    if (query == u"/(a+)+$/"_s)
        QVERIFY(!q.matches(matching) && parsed(query).matches(matching));
    const Query sameText = parsed(query); // a fresh parse starts clean
    QVERIFY(sameText.tooExpensiveError().isEmpty());
}

void TestQuery::highlightsGiveUpToo()
{
    const Query q = parsed(u"/(a+)+$/ OR /\\d+/"_s);
    QCOMPARE(rangesString(q.highlights(u"12 a"_s)), u"0+2,3+1"_s);
    QVERIFY(q.tooExpensiveError().isEmpty());
    (void)q.highlights(QString(40, u'a') + u'b');
    QCOMPARE(q.tooExpensiveError(), u"query too expensive: the regex /(a+)+$/ backtracks too much; make it more specific"_s);
    QCOMPARE(rangesString(q.highlights(u"12 a"_s)), u"0+2"_s); // the other regex still highlights
}

QTEST_GUILESS_MAIN(TestQuery)
#include "tst_query.moc"
