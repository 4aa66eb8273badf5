// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// bench_compressedopen FILE: opens FILE (a .zst or .gz) with LogFile as a tab
// does, on an event loop, and prints one JSON object:
//   first_rows_ms   open() to the first linesAdded
//   index_ms        open() to indexingFinished with nothing left running
//                   (decompressed into the spool, every line end indexed)
//   lines           lines when indexing finished
//   spool_bytes     decompressed bytes in the spool
//   error           errorOccurred's message, if any
// The time excludes process start and closing (removing the spool).
// Exit status 1 when the file cannot be opened or indexing does not finish.

#include "index/logfile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>

namespace {

constexpr int kTimeoutMs = 10 * 60 * 1000;

void print(FILE *to, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), to);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        print(stderr, "usage: bench_compressedopen FILE\n");
        return 2;
    }
    LogFile file;
    QElapsedTimer clock;
    qint64 firstRowsMs = -1;
    qint64 indexMs = -1;
    QString error;
    QObject::connect(&file, &LogFile::linesAdded, &app, [&] {
        if (firstRowsMs < 0)
            firstRowsMs = clock.elapsed();
    });
    QObject::connect(&file, &LogFile::errorOccurred, &app, [&](const QString &message) { error = message; });
    QObject::connect(&file, &LogFile::indexingFinished, &app, [&] {
        if (file.isIndexing())
            return;
        indexMs = clock.elapsed();
        app.quit();
    });
    QTimer::singleShot(kTimeoutMs, &app, &QCoreApplication::quit);
    clock.start();
    if (auto opened = file.open(args.at(1)); !opened) {
        print(stderr, opened.error().toUtf8() + '\n');
        return 1;
    }
    app.exec();
    if (indexMs < 0) {
        print(stderr, "indexing did not finish\n");
        return 1;
    }
    const QJsonObject result{{QStringLiteral("first_rows_ms"), firstRowsMs},
                             {QStringLiteral("index_ms"), indexMs},
                             {QStringLiteral("lines"), file.lineCount()},
                             {QStringLiteral("spool_bytes"), QFileInfo(file.dataPath()).size()},
                             {QStringLiteral("error"), error}};
    print(stdout, QJsonDocument(result).toJson(QJsonDocument::Compact) + '\n');
    return 0;
}
