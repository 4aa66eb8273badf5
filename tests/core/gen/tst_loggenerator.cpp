// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gen/loggenerator.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QTest>

class TestLogGenerator : public QObject
{
    Q_OBJECT

private:
    static QByteArray generate(GeneratorFormat format, quint64 seed, qint64 lines)
    {
        GeneratorOptions options;
        options.format = format;
        options.seed = seed;
        LogGenerator generator(options);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (!generator.writeLines(buffer, lines))
            qFatal("write failed");
        return buffer.data();
    }

private Q_SLOTS:
    void shapes_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("linePattern");
        QTest::newRow("access") << QStringLiteral("access")
                                << QStringLiteral(R"(^\S+ - \S+ \[\d\d/\w{3}/\d{4}:\d\d:\d\d:\d\d \+0000\] "\w+ \S+ HTTP/1.1" \d{3} \d+ "[^"]*" "[^"]*"$)");
        QTest::newRow("json") << QStringLiteral("json")
                              << QStringLiteral(R"(^\{"ts":"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z","level":"\w+",.*\}$)");
        QTest::newRow("syslog") << QStringLiteral("syslog")
                                << QStringLiteral(R"(^\w{3} [ \d]\d \d\d:\d\d:\d\d \S+ \S+: .*$)");
        QTest::newRow("mixed") << QStringLiteral("mixed") << QStringLiteral(R"(^.+$)");
    }

    void shapes()
    {
        QFETCH(QString, format);
        QFETCH(QString, linePattern);
        const auto chosen = generatorFormatFromName(format);
        QVERIFY(chosen);
        const QByteArray out = generate(*chosen, 7, 5000);
        QCOMPARE(out.count('\n'), 5000);
        QVERIFY(out.endsWith('\n'));
        const QRegularExpression re(linePattern);
        for (const QByteArray &line : out.split('\n').mid(0, 5000))
            QVERIFY2(re.match(QString::fromUtf8(line)).hasMatch(), line.constData());
    }

    void deterministic()
    {
        QCOMPARE(generate(GeneratorFormat::Mixed, 1, 3000), generate(GeneratorFormat::Mixed, 1, 3000));
        QVERIFY(generate(GeneratorFormat::Mixed, 1, 3000) != generate(GeneratorFormat::Mixed, 2, 3000));
    }

    void exactLineCountCutsStackTraces_data()
    {
        QTest::addColumn<qint64>("lines");
        for (qint64 n : {0, 1, 2, 3, 17, 1001})
            QTest::newRow(qPrintable(QString::number(n))) << n;
    }

    void exactLineCountCutsStackTraces()
    {
        QFETCH(qint64, lines);
        QCOMPARE(generate(GeneratorFormat::Mixed, 3, lines).count('\n'), lines);
    }

    void hasErrorBursts()
    {
        // Errors cluster in the burst window of each ten-minute cycle.
        const QByteArray out = generate(GeneratorFormat::Access, 5, 20000);
        int inBurst = 0, outside = 0;
        for (const QByteArray &line : out.split('\n')) {
            if (!line.contains("\" 50"))
                continue;
            const qsizetype year = line.indexOf("/2026:");
            const int minute = line.mid(year + 9, 2).toInt();
            (minute % 10 == 5 ? inBurst : outside) += 1;
        }
        QVERIFY2(inBurst > 2 * outside, qPrintable(QStringLiteral("%1 vs %2").arg(inBurst).arg(outside)));
    }

    void unknownFormatName()
    {
        QVERIFY(!generatorFormatFromName(u"xml"));
    }
};

QTEST_GUILESS_MAIN(TestLogGenerator)
#include "tst_loggenerator.moc"
