// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Accuracy on the shared real-log corpora (../shared/corpora), which the
// project does not ship: skipped when the folder is absent. Prints, per
// loghub system, the detected format and the share of lines whose time and
// level (fast path) match loghub's structured ground truth, and checks
// detection of the access/syslog/JSON/logfmt/java files.
#include "parse/formatdetector.h"
#include "parse/formatregistry.h"
#include "parse/levelnames.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTest>

namespace {

QString corpora()
{
    return QStringLiteral(TIDELINE_CORPORA);
}

/// Splits one CSV record (RFC 4180 quoting, no embedded newlines in loghub).
QStringList splitCsv(const QString &line)
{
    QStringList out;
    QString cur;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line[i + 1] == u'"') {
                cur += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cur += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            out << cur;
            cur.clear();
        } else {
            cur += c;
        }
    }
    out << cur;
    return out;
}

/// The ground-truth wall-clock time of a row, as "MM-dd HH:mm:ss" plus
/// ".zzz" when the log has milliseconds and a "yyyy-" prefix when the year
/// is known; empty when the row has no usable time.
QString expectedStamp(const QString &system, const QHash<QString, QString> &row)
{
    const QLocale c = QLocale::c();
    const QString date = row.value(QStringLiteral("Date")), time = row.value(QStringLiteral("Time"));
    QDateTime dt;
    bool hasYear = true, hasMs = false;
    if (system == u"Apache") {
        dt = c.toDateTime(row.value(QStringLiteral("Time")), QStringLiteral("ddd MMM dd HH:mm:ss yyyy"));
    } else if (system == u"HDFS") {
        const QString d = date.rightJustified(6, u'0'), t = time.rightJustified(6, u'0');
        dt = c.toDateTime(d.first(2) + u'-' + d.sliced(2, 2) + u'-' + d.sliced(4) + u' ' + t.first(2) + u':' + t.sliced(2, 2)
                              + u':' + t.sliced(4),
                          QStringLiteral("yy-MM-dd HH:mm:ss"))
                 .addYears(100);
    } else if (system == u"Hadoop" || system == u"Zookeeper") {
        dt = c.toDateTime(date + u' ' + time, QStringLiteral("yyyy-MM-dd HH:mm:ss,zzz"));
        hasMs = true;
    } else if (system == u"Spark") {
        dt = c.toDateTime(date + u' ' + time, QStringLiteral("yy/MM/dd HH:mm:ss")).addYears(100);
    } else if (system == u"Android") {
        dt = c.toDateTime(QStringLiteral("2000-") + date + u' ' + time, QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        hasYear = false;
        hasMs = true;
    } else if (system == u"Linux") {
        dt = c.toDateTime(QStringLiteral("2000 ") + row.value(QStringLiteral("Month")) + u' ' + date + u' ' + time,
                          QStringLiteral("yyyy MMM d HH:mm:ss"));
        hasYear = false;
    } else if (system == u"OpenSSH") {
        dt = c.toDateTime(QStringLiteral("2000 ") + date + u' ' + row.value(QStringLiteral("Day")) + u' ' + time,
                          QStringLiteral("yyyy MMM d HH:mm:ss"));
        hasYear = false;
    }
    if (!dt.isValid())
        return {};
    return dt.toString(QString(hasYear ? QStringLiteral("yyyy-") : QString()) + QStringLiteral("MM-dd HH:mm:ss")
                       + (hasMs ? QStringLiteral(".zzz") : QString()));
}

QString actualStamp(TimeNs t, const TimeContext &ctx, const QString &expected)
{
    if (t == kNoTime)
        return QStringLiteral("-");
    const QDateTime dt = QDateTime::fromMSecsSinceEpoch(t / 1'000'000, ctx.zone());
    const bool hasYear = expected.size() > 5 && expected[4] == u'-';
    const bool hasMs = expected.contains(u'.');
    return dt.toString(QString(hasYear ? QStringLiteral("yyyy-") : QString()) + QStringLiteral("MM-dd HH:mm:ss")
                       + (hasMs ? QStringLiteral(".zzz") : QString()));
}

QByteArray readHead(const QString &path, qint64 bytes = 64 * 1024)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(bytes) : QByteArray();
}

} // namespace

class TestCorpusAccuracy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loghub_data();
    void loghub();
    void detection_data();
    void detection();
};

void TestCorpusAccuracy::initTestCase()
{
    if (!QDir(corpora()).exists())
        QSKIP("../shared/corpora not present");
}

void TestCorpusAccuracy::loghub_data()
{
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("expectedFormat");
    for (const char *s : {"Android", "Apache", "HDFS", "Hadoop", "Linux", "OpenSSH", "Spark", "Zookeeper"}) {
        const bool syslog = qstrcmp(s, "Linux") == 0 || qstrcmp(s, "OpenSSH") == 0;
        QTest::newRow(s) << QString::fromLatin1(s) << (syslog ? QStringLiteral("syslog-rfc3164") : QStringLiteral("text"));
    }
}

void TestCorpusAccuracy::loghub()
{
    QFETCH(QString, system);
    QFETCH(QString, expectedFormat);
    const QString dir = corpora() + QStringLiteral("/loghub/") + system;
    QFile log(dir + u'/' + system + QStringLiteral("_2k.log"));
    QString truthPath = dir + QStringLiteral("/corrected/") + system + QStringLiteral("_2k.log_structured_corrected.csv");
    if (!QFile::exists(truthPath))
        truthPath = dir + u'/' + system + QStringLiteral("_2k.log_structured.csv");
    QFile truth(truthPath);
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY(truth.open(QIODevice::ReadOnly));
    const QByteArray text = log.readAll();
    const TimeContext ctx = TimeContext::forFile(log.fileName());
    const Detection d = FormatDetector(FormatRegistry().formats()).detect(text.first(std::min<qsizetype>(text.size(), 65536)), ctx);
    const QList<QByteArray> lines = text.split('\n');

    const QStringList header = splitCsv(QString::fromUtf8(truth.readLine()).trimmed());
    int rows = 0, timeOk = 0, levelRows = 0, levelOk = 0, bothOk = 0;
    QStringList misses;
    while (!truth.atEnd()) {
        const QStringList cols = splitCsv(QString::fromUtf8(truth.readLine()).chopped(1));
        QHash<QString, QString> row;
        for (qsizetype i = 0; i < header.size() && i < cols.size(); ++i)
            row.insert(header[i], cols[i]);
        const int lineNo = row.value(QStringLiteral("LineId")).toInt();
        if (lineNo < 1 || lineNo > lines.size())
            continue;
        ++rows;
        TimeNs t = kNoTime;
        Level l = Level::Unknown;
        d.format->extractTimeLevel(lines[lineNo - 1], t, l, ctx);
        const QString expected = expectedStamp(system, row);
        const bool tOk = !expected.isEmpty() && actualStamp(t, ctx, expected) == expected;
        timeOk += tOk;
        const Level gtLevel = parseLevel(row.value(QStringLiteral("Level")).toUtf8());
        const bool hasLevel = gtLevel != Level::Unknown;
        levelRows += hasLevel;
        const bool lOk = !hasLevel || gtLevel == l;
        levelOk += hasLevel && lOk;
        bothOk += tOk && lOk;
        if ((!tOk || !lOk) && misses.size() < 3)
            misses << QStringLiteral("line %1: expected %2/%3, got %4/%5")
                          .arg(lineNo)
                          .arg(expected, QString::fromLatin1(levelName(gtLevel)), actualStamp(t, ctx, expected),
                               QString::fromLatin1(levelName(l)));
    }
    qInfo("%-10s format %-15s (%.2f)  time %4d/%4d  level %4d/%4d  both %5.1f%%", qPrintable(system),
          qPrintable(d.format->name()), d.confidence, timeOk, rows, levelOk, levelRows, 100.0 * bothOk / std::max(rows, 1));
    for (const QString &m : misses)
        qInfo("    %s", qPrintable(m));
    QCOMPARE(d.format->name(), expectedFormat);
    QVERIFY(bothOk * 100 >= rows * 95);
}

void TestCorpusAccuracy::detection_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *file, const char *format) {
        QTest::newRow(file) << QString::fromLatin1(file) << QString::fromLatin1(format);
    };
    // From the corpora's MANIFEST.md files: access/syslog/JSON/logfmt/java.
    row("elastic_examples/apache_logs", "access-combined");
    row("elastic_examples/kafka0_controller.log", "text");
    row("elastic_examples/kafka0_server.log.2016-12-19-16", "text");
    row("elastic_examples/kafka1_server.log.2016-12-19-20", "text");
    row("elastic_examples/kafka0_kafkaServer-gc.log.head1000", "text");
    row("elastic_examples/nginxplus_json_logs.head100.jsonl", "json");
    const char *lnav[][2] = {
        {"logfile_access_log.1", "access-"}, {"logfile_shop_access_log.0", "access-combined"},
        {"logfile_syslog.1", "syslog-rfc3164"}, {"logfile_syslog.3", "syslog-rfc3164"},
        {"logfile_rollover.2", "syslog-rfc3164"}, {"logfile_dst.0", "syslog-rfc3164"},
        {"logfile_bad_syslog.0", "syslog-rfc3164"}, {"logfile_syslog_with_mixed_times.0", "syslog-rfc3164"},
        {"logfile_syslog_with_access_log.0", "syslog-rfc3164"}, {"logfile_haproxy.0", "syslog-rfc3164"},
        {"logfile_filter.1", "syslog-rfc3164"}, {"logfile_ansi.1", "syslog-rfc3164"},
        {"logfile_bunyan.0", "json"}, {"logfile_pino.0", "json"}, {"logfile_caddy_log.1", "json"},
        {"logfile_journald.json", "json"}, {"logfile_nextcloud.0", "json"}, {"logfile_mongodb.0", "json"},
        {"logfile_cloudflare.json", "json"}, {"gharchive_log.jsonl", "json"}, {"logfile_json2.json", "json"},
        {"logfile_jsonid.json", "json"}, {"logfile_logfmt.0", "logfmt"}, {"logfile_glog.0", "text"},
        {"logfile_generic.0", "text"}, {"logfile_generic.2", "text"}, {"logfile_generic_nanos.0", "text"},
        {"logfile_postgres.0", "text"}, {"logfile_xml_msg.0", "text"}, {"logfile_zap_console.0", "text"},
    };
    for (const auto &r : lnav)
        QTest::newRow(r[0]) << QStringLiteral("lnav/logs/") + QString::fromLatin1(r[0]) << QString::fromLatin1(r[1]);
}

void TestCorpusAccuracy::detection()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const QString path = corpora() + u'/' + file;
    if (!QFile::exists(path))
        QSKIP("file not in this corpus snapshot");
    const QByteArray head = readHead(path);
    const TimeContext ctx = TimeContext::forFile(path);
    const Detection d = FormatDetector(FormatRegistry().formats()).detect(head, ctx, QFileInfo(path).size() <= head.size());
    qInfo("%-45s %-16s %.2f", qPrintable(file), qPrintable(d.format->name()), d.confidence);
    QVERIFY2(d.format->name().startsWith(expected), qPrintable(d.format->name()));
}

QTEST_GUILESS_MAIN(TestCorpusAccuracy)
#include "tst_corpusaccuracy.moc"
