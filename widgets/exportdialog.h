// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporter.h"

#include <QDialog>
#include <QFile>
#include <QPointer>

#include <optional>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QHeaderView;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressDialog;
QT_END_NAMESPACE

class ExportJob;
class FilteredModel;
class LogFile;
class LogView;

/// File > Export: writes what a tab's table shows (the records matching its
/// filter in Filter mode, every record in Find mode, or only the selected
/// lines) as raw text, CSV or JSON Lines, compressed with zstd or gzip by
/// choice or by the file name, optionally redacted.
///
/// Export starts an ExportJob in the background with a progress dialog and
/// Cancel; the target file appears complete or not at all. The result (the
/// number of records written, or what went wrong) is shown in a message
/// box and emitted with exportFinished(). The file and model are not owned
/// and must outlive the dialog; closing the dialog cancels the export.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    /// Lines of the file, first and last (0-based, inclusive).
    struct LineSpan
    {
        qint64 first = 0;
        qint64 last = 0;
    };

    ExportDialog(LogFile *file, FilteredModel *model, QWidget *parent = nullptr);
    ~ExportDialog() override;

    /// Offers "Only the selected rows" for @p lines.
    void setSelection(std::optional<LineSpan> lines);
    /// The CSV columns, in order (default: all of the table's).
    void setColumns(const QList<ExportColumn> &columns) { m_columns = columns; }
    void setTargetPath(const QString &path);

    /// Checks the choices and starts the export; returns at once. False
    /// (and the reason shown in the dialog) when it could not start.
    bool startExport();
    bool isExporting() const;

    /// The table's visible columns, in the order shown.
    static QList<ExportColumn> visibleColumns(const QHeaderView *header);
    /// What @p model shows of @p file (all of it, or @p lines) as one
    /// export source; @p fd is the descriptor to read (borrowed).
    static ExportSource sourceFor(const LogFile &file, const FilteredModel &model, int fd, std::optional<LineSpan> lines);

    /// Opens the dialog (deleted on close) for what @p view shows of @p file
    /// through @p model: its visible columns and its selection.
    static ExportDialog *openFor(LogFile *file, FilteredModel *model, const LogView *view, QWidget *parent);
    /// The file lines of @p view's selected rows (@p view shows @p model), if any.
    static std::optional<LineSpan> selectedLines(const LogView &view, const FilteredModel &model);
    /// Edit > Copy As: the selected rows of @p view as @p format (Raw: the
    /// text as in the file) on the clipboard. The error says why nothing was copied.
    static std::expected<void, QString> copyRows(const LogFile &file, const FilteredModel &model, const LogView &view, ExportFormat format);

Q_SIGNALS:
    /// The export ended: @p error empty on success.
    void exportFinished(qint64 records, const QString &error);

private:
    void build();
    void browse();
    ExportOptions chosenOptions() const;
    void onFinished(qint64 records, const QString &error, bool cancelled, const QStringList &warnings);
    void showProblem(const QString &message);

    QPointer<LogFile> m_file;
    QPointer<FilteredModel> m_model;
    QFile m_data;
    std::optional<LineSpan> m_selection;
    QList<ExportColumn> m_columns;
    QComboBox *m_format = nullptr;
    QComboBox *m_compression = nullptr;
    QCheckBox *m_redact = nullptr;
    QPlainTextEdit *m_patterns = nullptr;
    QCheckBox *m_selectedOnly = nullptr;
    QLineEdit *m_target = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_problem = nullptr;
    ExportJob *m_job = nullptr;
    QProgressDialog *m_progress = nullptr;
};
