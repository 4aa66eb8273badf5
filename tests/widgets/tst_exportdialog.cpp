// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "compress/decompressor.h"
#include "gen/loggenerator.h"
#include "index/logfile.h"
#include "model/filteredmodel.h"
#include "model/logtablemodel.h"
#include "query/query.h"

#include <QApplication>
#include <QCheckBox>
#include <QFileInfo>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

/// The export dialog, used like a person: choose, type the target, click
/// Export; the count it reports equals the filter's match count.
class TestExportDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_log;

    static QByteArray readFile(const QString &path, bool zstd)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        if (!zstd)
            return file.readAll();
        QTemporaryFile plain;
        plain.open();
        const std::atomic<bool> cancel = false;
        decompressToFd(file.handle(), plain.handle(), Compression::Zstd, cancel);
        plain.seek(0);
        return plain.readAll();
    }

    struct Tab
    {
        LogFile file;
        LogTableModel model{&file};
        FilteredModel filtered{&model, &file};
    };

    std::unique_ptr<Tab> openTab(const QString &query)
    {
        auto tab = std::make_unique<Tab>();
        QSignalSpy indexed(&tab->file, &LogFile::indexingFinished);
        if (!tab->file.open(m_log) || !indexed.wait(30000))
            qFatal("cannot open the log");
        if (query.isEmpty())
            return tab; // every row: no scan runs
        QSignalSpy scanned(&tab->filtered, &FilteredModel::scanFinished);
        tab->filtered.setQuery(*Query::parse(query, 0));
        if (!scanned.wait(30000))
            qFatal("the filter did not finish");
        return tab;
    }

    /// Rows of RFC 4180 text: line breaks inside quoted values (a stack
    /// trace in a message) do not end a row.
    static qsizetype csvRows(const QByteArray &text)
    {
        qsizetype rows = 0;
        bool quoted = false;
        for (const char c : text) {
            if (c == '"')
                quoted = !quoted;
            else if (c == '\n' && !quoted)
                ++rows;
        }
        return rows;
    }

    /// The box a finished export opens: a window of its own here (the dialog has no parent).
    static QMessageBox *resultBox()
    {
        for (QWidget *window : QApplication::topLevelWidgets())
            if (auto *box = qobject_cast<QMessageBox *>(window); box && box->isVisible())
                return box;
        return nullptr;
    }

private Q_SLOTS:
    void cleanup()
    {
        while (QMessageBox *box = resultBox())
            delete box;
    }

    void initTestCase()
    {
        m_log = m_dir.filePath(QStringLiteral("app.log"));
        QFile out(m_log);
        QVERIFY(out.open(QIODevice::WriteOnly));
        LogGenerator generator({3, GeneratorFormat::Mixed});
        QVERIFY(generator.writeLines(out, 20000));
    }

    void exportsTheFilteredRecords_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("target");
        QTest::newRow("raw zst by name") << 0 << QStringLiteral("errors.log.zst");
        QTest::newRow("csv") << 1 << QStringLiteral("errors.csv");
        QTest::newRow("jsonl") << 2 << QStringLiteral("errors.jsonl");
    }
    void exportsTheFilteredRecords()
    {
        QFETCH(int, format);
        QFETCH(QString, target);
        const auto tab = openTab(QStringLiteral("level:>=error"));
        QVERIFY(tab->filtered.matchCount() > 10);
        ExportDialog dialog(&tab->file, &tab->filtered);
        dialog.show();
        dialog.findChild<QComboBox *>(QStringLiteral("format"))->setCurrentIndex(format);
        QLineEdit *edit = dialog.findChild<QLineEdit *>(QStringLiteral("target"));
        const QString path = m_dir.filePath(target);
        QTest::keyClicks(edit, path);
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(1).toString(), QString());
        QCOMPARE(finished.first().at(0).toLongLong(), tab->filtered.matchCount());
        const QByteArray text = readFile(path, target.endsWith(u".zst"));
        const qsizetype records = format == 0 ? text.count("ERROR") + text.count("\" 5")
                                  : format == 1 ? csvRows(text) - 1 // minus the header
                                                : text.count('\n');
        if (format != 0)
            QCOMPARE(qint64(records), tab->filtered.matchCount());
        QVERIFY(!text.isEmpty());
        QTRY_VERIFY(!dialog.isVisible()); // closed after success
        QTRY_VERIFY(resultBox() != nullptr);
        QVERIFY2(resultBox()->text().contains(QString::number(tab->filtered.matchCount())), qPrintable(resultBox()->text()));
        QTest::mouseClick(resultBox()->button(QMessageBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(resultBox() == nullptr);
    }

    void onlySelectedRows()
    {
        const auto tab = openTab(QString());
        ExportDialog dialog(&tab->file, &tab->filtered);
        dialog.setSelection(ExportDialog::LineSpan{10, 19});
        QCheckBox *selected = dialog.findChild<QCheckBox *>(QStringLiteral("selectedOnly"));
        QVERIFY(selected->isEnabled());
        selected->setChecked(true);
        const QString path = m_dir.filePath(QStringLiteral("selected.log"));
        dialog.setTargetPath(path);
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        QVERIFY(dialog.startExport());
        QVERIFY(finished.wait(30000));
        QByteArray expected;
        for (qint64 line = 10; line <= 19; ++line)
            expected += tab->file.lineBytes(line) + '\n';
        QCOMPARE(readFile(path, false), expected);
    }

    void badPatternIsShownAndNothingStarts()
    {
        const auto tab = openTab(QString());
        ExportDialog dialog(&tab->file, &tab->filtered);
        dialog.show();
        dialog.setTargetPath(m_dir.filePath(QStringLiteral("never.log")));
        dialog.findChild<QCheckBox *>(QStringLiteral("redact"))->setChecked(true);
        QTest::keyClicks(dialog.findChild<QWidget *>(QStringLiteral("patterns")), QStringLiteral("abc("));
        QVERIFY(!dialog.startExport());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.log"))));
        QVERIFY(dialog.findChild<QWidget *>(QStringLiteral("problem"))->isVisible());
    }

    void closingTheDialogCancels()
    {
        const auto tab = openTab(QString());
        const QString path = m_dir.filePath(QStringLiteral("closed.log.gz"));
        {
            ExportDialog dialog(&tab->file, &tab->filtered);
            dialog.setTargetPath(path);
            QVERIFY(dialog.startExport());
        } // destroyed at once: the worker is cancelled
        QTest::qWait(500);
        QVERIFY(!QFile::exists(path) || QFileInfo(path).size() > 0); // complete or absent, never partial under the name
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
