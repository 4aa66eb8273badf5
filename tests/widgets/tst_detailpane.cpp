// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailpane.h"
#include "highlightrepository.h"

#include "model/parsedline.h"
#include "parse/formatregistry.h"
#include "parse/timecontext.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTest>

/// The detail pane fed as LogTab feeds it, looked at as a person would.
class TestDetailPane : public QObject
{
    Q_OBJECT

private:
    static KSyntaxHighlighting::SyntaxHighlighter *highlighter(const DetailPane &pane)
    {
        return pane.findChild<KSyntaxHighlighting::SyntaxHighlighter *>();
    }
    static QString definitionName(const DetailPane &pane) { return highlighter(pane)->definition().name(); }
    static QTableWidget *table(const DetailPane &pane) { return pane.findChild<QTableWidget *>(); }
    static QPlainTextEdit *textEdit(const DetailPane &pane) { return pane.findChild<QPlainTextEdit *>(); }
    static QPalette makePalette(QColor base, QColor text)
    {
        QPalette palette;
        for (auto role : {QPalette::Window, QPalette::Base, QPalette::Button, QPalette::AlternateBase})
            palette.setColor(role, base);
        for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            palette.setColor(role, text);
        return palette;
    }
    static bool isDarkColor(QColor color) { return color.lightness() < 128; }
    /// The colours the highlighter gave the first line's text.
    static QList<QColor> firstLineColors(const DetailPane &pane)
    {
        QList<QColor> colors;
        const QTextBlock block = textEdit(pane)->document()->firstBlock().next(); // "a": 1
        for (const QTextLayout::FormatRange &range : block.layout()->formats())
            if (range.format.hasProperty(QTextFormat::ForegroundBrush))
                colors << range.format.foreground().color();
        return colors;
    }

private Q_SLOTS:
    void repositoryIsShared()
    {
        QCOMPARE(&highlightRepository(), &highlightRepository());
        QVERIFY(jsonDefinition().isValid());
        QVERIFY(logFileDefinition().isValid());
    }

    void jsonIsPrettyPrintedAndHighlighted_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("json format") << QStringLiteral("json");
        QTest::newRow("json text in a plain file") << QStringLiteral("plain");
        QTest::newRow("no format") << QString();
    }

    void jsonIsPrettyPrintedAndHighlighted()
    {
        QFETCH(QString, format);
        DetailPane pane;
        const QString line = QStringLiteral(R"({"ts":"2024-01-15T10:00:00Z","level":"error","msg":"disk {full}","big":12345678901234567890,"http":{"status":503,"tags":[]}})");
        pane.showRecord(line, {}, format);
        QVERIFY(pane.isJson());
        const QString text = pane.text();
        QCOMPARE(text, QStringLiteral("{\n"
                                      "    \"ts\": \"2024-01-15T10:00:00Z\",\n"
                                      "    \"level\": \"error\",\n"
                                      "    \"msg\": \"disk {full}\",\n"
                                      "    \"big\": 12345678901234567890,\n"
                                      "    \"http\": {\n"
                                      "        \"status\": 503,\n"
                                      "        \"tags\": []\n"
                                      "    }\n"
                                      "}"));
        QCOMPARE(textEdit(pane)->toPlainText(), text);
        QCOMPARE(definitionName(pane), QStringLiteral("JSON"));
    }

    void indentJson_data()
    {
        // (moc mis-reads raw strings with an odd number of quotes: escaped here)
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty object") << QStringLiteral("{}") << QStringLiteral("{}");
        QTest::newRow("empty with space") << QStringLiteral("{ }") << QStringLiteral("{}");
        QTest::newRow("array") << QStringLiteral("[1, 2]") << QStringLiteral("[\n    1,\n    2\n]");
        QTest::newRow("escaped quote and brace in string")
            << QStringLiteral("{\"a\":\"x\\\"}, [y\",\"b\":\"\\\\\"}")
            << QStringLiteral("{\n    \"a\": \"x\\\"}, [y\",\n    \"b\": \"\\\\\"\n}");
        QTest::newRow("unicode, spaces kept in strings")
            << QStringLiteral(u"{ \"k\" : \"Grüße  ü\" }") << QStringLiteral(u"{\n    \"k\": \"Grüße  ü\"\n}");
        QTest::newRow("nested") << QStringLiteral(R"({"a":[{"b":null}]})")
                                << QStringLiteral("{\n    \"a\": [\n        {\n            \"b\": null\n        }\n    ]\n}");
    }

    void indentJson()
    {
        QFETCH(QString, json);
        QFETCH(QString, expected);
        const QString indented = DetailPane::indentJson(json);
        QCOMPARE(indented, expected);
        // Same document as the input.
        QCOMPARE(QJsonDocument::fromJson(indented.toUtf8()), QJsonDocument::fromJson(json.toUtf8()));
    }

    void textUsesLogDefinition_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("format");
        QTest::newRow("text log") << QStringLiteral("2024-01-15 10:00:00,123 ERROR [main] c.e.App - boom") << QStringLiteral("text");
        QTest::newRow("broken json") << QStringLiteral("{\"level\":\"info\",\"msg\":\"cut") << QStringLiteral("json");
        QTest::newRow("bracketed text") << QStringLiteral("[2024-01-15 10:00:00] [error] x") << QStringLiteral("text");
    }

    void textUsesLogDefinition()
    {
        QFETCH(QString, line);
        QFETCH(QString, format);
        DetailPane pane;
        pane.showRecord(line, {}, format);
        QVERIFY(!pane.isJson());
        QCOMPARE(pane.text(), line);
        const QString name = definitionName(pane);
        QVERIFY2(name == u"Log File (advanced)" || name == u"Log File", qPrintable(name));
        QCOMPARE(name, logFileDefinition().name());
    }

    void multiLineRecordKeepsItsLines()
    {
        DetailPane pane;
        const QString record = QStringLiteral("2024-01-15 10:00:00 ERROR boom\r\n\tat a.B.c(B.java:1)\r\n\tat d.E.f(E.java:2)\n");
        pane.showRecord(record, {}, QStringLiteral("text"));
        QCOMPARE(pane.text(), QStringLiteral("2024-01-15 10:00:00 ERROR boom\n\tat a.B.c(B.java:1)\n\tat d.E.f(E.java:2)"));
    }

    void controlCharactersAreVisible()
    {
        DetailPane pane;
        pane.showRecord(QStringLiteral("a\x1b[31mred\x1b[0m\x01z") + QChar(u'\0') + u'!', {}, {});
        QCOMPARE(pane.text(), QStringLiteral(u"a\u241b[31mred\u241b[0m\u2401z\u2400!"));
    }

    void fieldsTableMatches()
    {
        DetailPane pane;
        const DetailPane::Fields fields{{QStringLiteral("level"), QStringLiteral("error")},
                                        {QStringLiteral("http.status"), QStringLiteral("503")},
                                        {QStringLiteral("msg"), QStringLiteral("line one\nline two")}};
        pane.showRecord(QStringLiteral("level=error http.status=503"), fields, QStringLiteral("logfmt"));
        QTableWidget *t = table(pane);
        QCOMPARE(t->rowCount(), 3);
        QCOMPARE(t->columnCount(), 2);
        for (int row = 0; row < 2; ++row) {
            QCOMPARE(t->item(row, 0)->text(), fields[row].first);
            QCOMPARE(t->item(row, 1)->text(), fields[row].second);
        }
        QCOMPARE(t->item(2, 1)->text(), QStringLiteral(u"line one\u21b5line two"));
        QVERIFY(!(t->item(0, 1)->flags() & Qt::ItemIsEditable));

        // A new record replaces the rows.
        pane.showRecord(QStringLiteral("x"), {{QStringLiteral("a"), QStringLiteral("b")}}, {});
        QCOMPARE(t->rowCount(), 1);
    }

    void copyFields()
    {
        DetailPane pane;
        pane.showRecord(QStringLiteral("x"),
                        {{QStringLiteral("level"), QStringLiteral("error")}, {QStringLiteral("msg"), QStringLiteral("a\nb")}},
                        {});
        pane.resize(500, 400);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QTableWidget *t = table(pane);
        t->setFocus();
        // The value alone...
        QTest::mouseClick(t->viewport(), Qt::LeftButton, {}, t->visualRect(t->model()->index(1, 1)).center());
        QTest::keyClick(t, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("a\nb"));
        // ...or whole rows, tab-separated.
        t->selectAll();
        QTest::keyClick(t, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("level\terror\nmsg\ta\nb"));
    }

    void markupIsShownLiterally()
    {
        DetailPane pane;
        const QString markup = QStringLiteral(R"(<a href="x">y</a><img src=z>)");
        pane.showRecord(markup, {{markup, markup}}, markup);
        QCOMPARE(pane.text(), markup);
        QCOMPARE(textEdit(pane)->toPlainText(), markup);
        QCOMPARE(table(pane)->item(0, 0)->text(), markup);
        QCOMPARE(table(pane)->item(0, 1)->text(), markup);
        QCOMPARE(table(pane)->item(0, 1)->toolTip(), QString());
        const auto labels = pane.findChildren<QLabel *>();
        QVERIFY(!labels.isEmpty());
        for (QLabel *label : labels)
            QCOMPARE(label->textFormat(), Qt::PlainText);
        QVERIFY(labels.first()->text().contains(markup));
    }

    void themeFollowsPalette()
    {
        DetailPane pane;
        pane.showRecord(QStringLiteral(R"({"a":1})"), {}, QStringLiteral("json"));
        using KSyntaxHighlighting::Theme;

        pane.setPalette(makePalette(QColor(0x20, 0x20, 0x24), QColor(0xee, 0xee, 0xee)));
        Theme theme = highlighter(pane)->theme();
        QVERIFY(theme.isValid());
        QVERIFY2(isDarkColor(QColor::fromRgba(theme.editorColor(Theme::BackgroundColor))), qPrintable(theme.name()));
        QVERIFY(isDarkColor(textEdit(pane)->palette().color(QPalette::Base)));
        QVERIFY(!isDarkColor(textEdit(pane)->palette().color(QPalette::Text)));
        // The text already shown is coloured again, with the dark theme's colours.
        const QList<QColor> darkColors = firstLineColors(pane);
        QVERIFY(!darkColors.isEmpty());

        pane.setPalette(makePalette(QColor(0xfc, 0xfc, 0xfc), QColor(0x10, 0x10, 0x10)));
        theme = highlighter(pane)->theme();
        QVERIFY2(!isDarkColor(QColor::fromRgba(theme.editorColor(Theme::BackgroundColor))), qPrintable(theme.name()));
        QVERIFY(!isDarkColor(textEdit(pane)->palette().color(QPalette::Base)));
        QVERIFY(isDarkColor(textEdit(pane)->palette().color(QPalette::Text)));
        const QList<QColor> lightColors = firstLineColors(pane);
        QVERIFY(!lightColors.isEmpty());
        QVERIFY(lightColors != darkColors);
        // Fresh panes with each palette colour the same way.
        DetailPane dark;
        dark.setPalette(makePalette(QColor(0x20, 0x20, 0x24), QColor(0xee, 0xee, 0xee)));
        dark.showRecord(QStringLiteral(R"({"a":1})"), {}, QStringLiteral("json"));
        QCOMPARE(firstLineColors(dark), darkColors);
    }

    void wrapToggle()
    {
        DetailPane pane;
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QSignalSpy spy(&pane, &DetailPane::wordWrapChanged);
        QVERIFY(pane.wordWrap());
        QCOMPARE(textEdit(pane)->lineWrapMode(), QPlainTextEdit::WidgetWidth);
        auto *box = pane.findChild<QCheckBox *>();
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(4, box->height() / 2));
        QVERIFY(!pane.wordWrap());
        QCOMPARE(textEdit(pane)->lineWrapMode(), QPlainTextEdit::NoWrap);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().toBool(), false);
        pane.setWordWrap(true);
        QCOMPARE(textEdit(pane)->lineWrapMode(), QPlainTextEdit::WidgetWidth);
    }

    void textIsReadOnly()
    {
        DetailPane pane;
        pane.showRecord(QStringLiteral("hello"), {}, {});
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        textEdit(pane)->setFocus();
        QTest::keyClicks(textEdit(pane), QStringLiteral("xyz"));
        QCOMPARE(pane.text(), QStringLiteral("hello"));
    }

    void longRecords()
    {
        DetailPane pane;
        pane.resize(600, 400);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));

        // A 1 MiB line without a space is cut and wrapped anywhere: wrapping
        // it at word boundaries took minutes.
        QElapsedTimer timer;
        timer.start();
        pane.showRecord(QString(1 << 20, u'x'), {}, {});
        pane.grab(); // lays the text out
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(pane.text(), QString(DetailPane::kMaxChars, u'x'));
        QCOMPARE(textEdit(pane)->wordWrapMode(), QTextOption::WrapAnywhere);
        QCOMPARE(definitionName(pane), logFileDefinition().name());

        // JSON that was cut is no JSON any more.
        const QString cut = QStringLiteral("{\"a\":\"") + QString(DetailPane::kMaxChars, u'y') + QStringLiteral("\"}");
        pane.showRecord(cut, {}, QStringLiteral("json"));
        QCOMPARE(pane.text().size(), DetailPane::kMaxChars);
        QVERIFY(!pane.isJson());

        // JSON that grows past the limit when indented is shown without colours.
        QString wide = QStringLiteral("[");
        while (wide.size() < DetailPane::kMaxChars - 10)
            wide += QStringLiteral("[1,2],");
        wide += QStringLiteral("0]");
        pane.showRecord(wide, {}, QStringLiteral("json"));
        QVERIFY(pane.isJson());
        QVERIFY(pane.text().size() > DetailPane::kMaxHighlightChars);
        QVERIFY(!highlighter(pane)->definition().isValid());

        pane.showRecord(QStringLiteral("short words"), {}, {});
        QCOMPARE(definitionName(pane), logFileDefinition().name());
        QCOMPARE(textEdit(pane)->wordWrapMode(), QTextOption::WrapAtWordBoundaryOrAnywhere);
    }

    void showParsedLine()
    {
        const LogFormatPtr json = FormatRegistry::builtin(u"json");
        QVERIFY(json);
        auto line = parseLine(QByteArrayLiteral(R"({"time":"2024-01-15T10:00:00Z","level":"warn","msg":"slow","http":{"status":404}})"),
                              json, {}, TimeContext());
        QVERIFY(line->parsed);
        DetailPane pane;
        pane.showLine(*line, json->name());
        QVERIFY(pane.isJson());
        QTableWidget *t = table(pane);
        QCOMPARE(t->rowCount(), static_cast<int>(line->record.fields.size()));
        QStringList names;
        for (int row = 0; row < t->rowCount(); ++row)
            names << t->item(row, 0)->text();
        QVERIFY2(names.contains(u"level") && names.contains(u"http.status"), qPrintable(names.join(u',')));
    }

    void clearEmpties()
    {
        DetailPane pane;
        pane.showRecord(QStringLiteral(R"({"a":1})"), {{QStringLiteral("a"), QStringLiteral("1")}}, QStringLiteral("json"));
        pane.clear();
        QVERIFY(pane.text().isEmpty());
        QVERIFY(!pane.isJson());
        QCOMPARE(table(pane)->rowCount(), 0);
        QVERIFY(!highlighter(pane)->definition().isValid());
        QVERIFY(!textEdit(pane)->placeholderText().isEmpty());
    }

    void splitterStateRoundTrips()
    {
        DetailPane pane;
        pane.resize(400, 600);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        const QByteArray state = pane.saveState();
        QVERIFY(!state.isEmpty());
        QVERIFY(pane.restoreState(state));
        QVERIFY(!pane.restoreState(QByteArrayLiteral("garbage")));
    }

    void screenshot()
    {
        // Not a check: a picture to look at (TIDELINE_SCREENSHOT=path).
        const QString path = qEnvironmentVariable("TIDELINE_SCREENSHOT");
        if (path.isEmpty())
            QSKIP("TIDELINE_SCREENSHOT not set");
        DetailPane pane;
        pane.resize(640, 480);
        pane.showRecord(QStringLiteral(R"({"ts":"2024-01-15T10:00:00Z","level":"error","msg":"upstream timed out","http":{"method":"GET","path":"/api/v1/users","status":504,"duration_ms":30012.5},"retry":true,"tags":["edge","eu-west"]})"),
                        {{QStringLiteral("ts"), QStringLiteral("2024-01-15T10:00:00Z")},
                         {QStringLiteral("level"), QStringLiteral("error")},
                         {QStringLiteral("msg"), QStringLiteral("upstream timed out")},
                         {QStringLiteral("http.status"), QStringLiteral("504")}},
                        QStringLiteral("json"));
        if (qEnvironmentVariableIsSet("TIDELINE_SCREENSHOT_TEXT"))
            pane.showRecord(QStringLiteral("2024-01-15 10:00:00,123 ERROR [main] com.example.App - request failed: "
                                           "status=504 path=/api/v1/users\n"
                                           "java.net.SocketTimeoutException: Read timed out\n"
                                           "\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)\n"
                                           "\tat com.example.App.main(App.java:42)"),
                            {{QStringLiteral("level"), QStringLiteral("error")},
                             {QStringLiteral("logger"), QStringLiteral("com.example.App")}},
                            QStringLiteral("text"));
        if (qEnvironmentVariableIsSet("TIDELINE_SCREENSHOT_DARK"))
            pane.setPalette(makePalette(QColor(0x23, 0x26, 0x29), QColor(0xfc, 0xfc, 0xfc)));
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QVERIFY(pane.grab().save(path));
    }
};

QTEST_MAIN(TestDetailPane)
#include "tst_detailpane.moc"
