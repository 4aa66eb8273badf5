// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporter.h"

#include <QString>

#include <memory>
#include <vector>

class LogInput;

/// Writes the matching records of tideline-cli's inputs through the
/// Exporter, the code path of File > Export: to standard output, or
/// atomically to a file (compressed by choice or by its name).
/// Not thread-safe; the inputs outlive it.
class RecordPrinter
{
public:
    explicit RecordPrinter(const Exporter &exporter);

    /// Exports the records of @p inputs that match @p query, in order, to
    /// @p outPath or (empty) standard output. Returns the records written,
    /// or the message to print. What the export warns of (a file that
    /// shrank meanwhile) is printed to standard error.
    std::expected<qint64, QString> print(const std::vector<std::unique_ptr<LogInput>> &inputs, const Query &query,
                                         const QString &outPath);

private:
    static void printWarnings(const ExportReport &report);

    const Exporter &m_exporter;
};
