// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark, not a test: opens FILE (e.g. a .zst) with LogFile as the GUI
// does and prints the milliseconds until it is fully indexed, and until
// the first lines were there.
#include "index/logfile.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_compressedopen FILE\n");
        return 2;
    }
    QElapsedTimer clock;
    clock.start();
    LogFile file;
    qint64 firstRows = -1;
    QObject::connect(&file, &LogFile::linesAdded, &app, [&] {
        if (firstRows < 0)
            firstRows = clock.elapsed();
    });
    QObject::connect(&file, &LogFile::indexingFinished, &app, [&] {
        if (!file.isIndexing())
            app.quit();
    });
    if (auto opened = file.open(QString::fromLocal8Bit(argv[1])); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    app.exec();
    std::printf("first rows %lld ms, indexed %lld ms, %lld lines\n", static_cast<long long>(firstRows),
                static_cast<long long>(clock.elapsed()), static_cast<long long>(file.lineCount()));
    return 0;
}
