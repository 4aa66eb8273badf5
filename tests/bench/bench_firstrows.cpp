// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// bench_firstrows FILE: opens FILE the way a tab does (LogFile + LogTableModel
// on an event loop) and prints one JSON object:
//   first_rows_ms    open() to the model's first rowsInserted, with the first
//                    screen of rows (kScreenRows) read through data()
//   index_ms         open() to LogFile::indexingFinished
//   lines            rows in the model when indexing finished
//   index_memory_bytes   LineIndex::memoryBytes() at the end
//   rss_anon_before_bytes / rss_anon_after_bytes   RssAnon of this process
//                    just before open() and after indexing finished
// Exit status 1 when the file cannot be opened or indexing does not finish.

#include "benchsupport.h"
#include "index/logfile.h"
#include "model/logtablemodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace {

using Bench::kTimeoutMs;
using Bench::printErr;
using Bench::rssAnonBytes;

constexpr int kScreenRows = 60;

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        printErr(QStringLiteral("usage: bench_firstrows FILE\n"));
        return 2;
    }

    LogFile file;
    LogTableModel model(&file);
    QElapsedTimer clock;
    qint64 firstRowsMs = -1;
    qint64 indexMs = -1;
    qint64 shownChars = 0; // keeps the data() calls from being optimised away

    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &app, [&] {
        if (firstRowsMs >= 0)
            return;
        const int rows = std::min(model.rowCount(), kScreenRows);
        for (int row = 0; row < rows; ++row) {
            for (int column = 0; column < LogTableModel::ColumnCount; ++column)
                shownChars += model.data(model.index(row, column)).toString().size();
        }
        firstRowsMs = clock.elapsed();
    });
    QObject::connect(&file, &LogFile::indexingFinished, &app, [&] {
        indexMs = clock.elapsed();
        QCoreApplication::quit();
    });
    QObject::connect(&file, &LogFile::errorOccurred, &app,
                     [](const QString &message) { printErr(QStringLiteral("bench_firstrows: %1\n").arg(message)); });
    QTimer::singleShot(std::chrono::milliseconds(kTimeoutMs), &app, [] {
        printErr(QStringLiteral("bench_firstrows: indexing did not finish in time\n"));
        QCoreApplication::exit(1);
    });

    const qint64 rssBefore = rssAnonBytes();
    clock.start();
    if (auto opened = file.open(args.at(1)); !opened) {
        printErr(QStringLiteral("bench_firstrows: %1\n").arg(opened.error()));
        return 1;
    }
    if (const int status = QCoreApplication::exec(); status != 0)
        return status;

    const QJsonObject result{
        {QStringLiteral("file"), args.at(1)},
        {QStringLiteral("first_rows_ms"), firstRowsMs},
        {QStringLiteral("index_ms"), indexMs},
        {QStringLiteral("lines"), file.lineCount()},
        {QStringLiteral("index_memory_bytes"), file.index().memoryBytes()},
        {QStringLiteral("rss_anon_before_bytes"), rssBefore},
        {QStringLiteral("rss_anon_after_bytes"), rssAnonBytes()},
        {QStringLiteral("shown_chars"), shownChars},
    };
    const QByteArray json = QJsonDocument(result).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(json.constData(), 1, static_cast<size_t>(json.size()), stdout);
    return 0;
}
