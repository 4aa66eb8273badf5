// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "query/literalsearcher.h"

#include <QRandomGenerator>
#include <QTest>

namespace {

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
}

/// The obvious quadratic search.
qsizetype naiveIndexIn(QByteArrayView haystack, QByteArrayView needle, bool fold, qsizetype from)
{
    for (qsizetype i = from; i + needle.size() <= haystack.size(); ++i) {
        qsizetype k = 0;
        while (k < needle.size()
               && (fold ? lower(haystack[i + k]) == lower(needle[k]) : haystack[i + k] == needle[k]))
            ++k;
        if (k == needle.size())
            return i;
    }
    return -1;
}

} // namespace

class TestLiteralSearcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void indexIn_data();
    void indexIn();
    void randomAgainstNaive();
};

void TestLiteralSearcher::indexIn_data()
{
    QTest::addColumn<QByteArray>("haystack");
    QTest::addColumn<QByteArray>("needle");
    QTest::addColumn<bool>("fold");
    QTest::addColumn<qsizetype>("from");
    QTest::addColumn<qsizetype>("expected");

    QTest::newRow("empty needle") << QByteArray("abc") << QByteArray() << false << qsizetype(1) << qsizetype(1);
    QTest::newRow("empty haystack") << QByteArray() << QByteArray("a") << false << qsizetype(0) << qsizetype(-1);
    QTest::newRow("longer needle") << QByteArray("ab") << QByteArray("abc") << false << qsizetype(0)
                                   << qsizetype(-1);
    QTest::newRow("whole") << QByteArray("abc") << QByteArray("abc") << false << qsizetype(0) << qsizetype(0);
    QTest::newRow("cs miss") << QByteArray("ABC") << QByteArray("abc") << false << qsizetype(0) << qsizetype(-1);
    QTest::newRow("ci hit") << QByteArray("xxABC") << QByteArray("abc") << true << qsizetype(0) << qsizetype(2);
    QTest::newRow("ci needle upper") << QByteArray("xxabc") << QByteArray("ABC") << true << qsizetype(0)
                                     << qsizetype(2);
    QTest::newRow("ci punctuation exact") << QByteArray("a@b a`b") << QByteArray("a`b") << true << qsizetype(0)
                                          << qsizetype(4);
    QTest::newRow("ci utf8 bytes exact") << QByteArray("\xc3\x96 \xc3\xb6") << QByteArray("\xc3\xb6") << true
                                         << qsizetype(0) << qsizetype(3);
    QTest::newRow("after 16 bytes") << QByteArray("0123456789abcdefghijklmnopqrstuvwxyz") << QByteArray("XYZ")
                                    << true << qsizetype(0) << qsizetype(33);
    QTest::newRow("at the very end") << QByteArray(40, 'a') + "b" << QByteArray("ab") << false << qsizetype(0)
                                     << qsizetype(39);
    QTest::newRow("from skips") << QByteArray("abcabc") << QByteArray("abc") << false << qsizetype(1)
                                << qsizetype(3);
    QTest::newRow("from past end") << QByteArray("abc") << QByteArray("c") << false << qsizetype(5)
                                   << qsizetype(-1);
    QTest::newRow("single byte") << QByteArray(100, 'x') + "Q" << QByteArray("q") << true << qsizetype(0)
                                 << qsizetype(100);
    QTest::newRow("nul bytes") << QByteArray("a\0b\0c", 5) << QByteArray("\0c", 2) << false << qsizetype(0)
                               << qsizetype(3);
}

void TestLiteralSearcher::indexIn()
{
    QFETCH(QByteArray, haystack);
    QFETCH(QByteArray, needle);
    QFETCH(bool, fold);
    QFETCH(qsizetype, from);
    QFETCH(qsizetype, expected);
    const LiteralSearcher searcher(needle, fold ? LiteralSearcher::Case::AsciiInsensitive
                                                : LiteralSearcher::Case::Sensitive);
    QCOMPARE(searcher.indexIn(haystack, from), expected);
}

void TestLiteralSearcher::randomAgainstNaive()
{
    QRandomGenerator rng(42);
    static constexpr char kAlphabet[] = {'a', 'b', 'A', 'B', '@', '`', '\xc3', '\x96', ' ', '\0'};
    const auto randomBytes = [&](qsizetype n) {
        QByteArray bytes;
        for (qsizetype i = 0; i < n; ++i)
            bytes.append(kAlphabet[rng.bounded(int(sizeof kAlphabet))]);
        return bytes;
    };
    for (int round = 0; round < 20000; ++round) {
        const QByteArray haystack = randomBytes(rng.bounded(80));
        const QByteArray needle = randomBytes(1 + rng.bounded(5));
        const bool fold = rng.bounded(2) == 1;
        const qsizetype from = rng.bounded(4);
        const LiteralSearcher searcher(needle, fold ? LiteralSearcher::Case::AsciiInsensitive
                                                    : LiteralSearcher::Case::Sensitive);
        const qsizetype expected = naiveIndexIn(haystack, needle, fold, from);
        if (searcher.indexIn(haystack, from) != expected)
            QFAIL(qPrintable(QStringLiteral("round %1: needle %2 in %3 (fold %4)")
                                 .arg(round)
                                 .arg(QString::fromLatin1(needle.toHex()), QString::fromLatin1(haystack.toHex()))
                                 .arg(fold)));
    }
}

QTEST_GUILESS_MAIN(TestLiteralSearcher)
#include "tst_literalsearcher.moc"
