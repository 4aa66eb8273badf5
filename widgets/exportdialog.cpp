// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "logview.h"

#include "export/exportjob.h"
#include "index/logfile.h"
#include "model/filteredmodel.h"
#include "model/logtablemodel.h"
#include "model/recordmodel.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>

#include <algorithm>
#include <climits>

namespace {

/// The byte just past line @p line and its terminator.
qint64 endOfLine(const LineIndex &index, qint64 line)
{
    if (line + 1 < index.completeLineCount())
        return index.lineRange(line + 1).begin;
    if (line + 1 == index.completeLineCount())
        return index.endOfCompleteLines();
    return index.indexedBytes();
}

} // namespace

ExportDialog::ExportDialog(LogFile *file, FilteredModel *model, QWidget *parent)
    : QDialog(parent)
    , m_file(file)
    , m_model(model)
    , m_data(file->dataPath())
    , m_columns(defaultExportColumns())
{
    setWindowTitle(tr("Export"));
    build();
    setSelection(std::nullopt);
}

ExportDialog::~ExportDialog() = default; // m_job (a child) cancels a running export

void ExportDialog::build()
{
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("format"));
    m_format->addItem(tr("Raw text (the lines as in the file)"), int(ExportFormat::Raw));
    m_format->addItem(tr("CSV (the visible columns)"), int(ExportFormat::Csv));
    m_format->addItem(tr("JSON Lines (parsed fields and the raw text)"), int(ExportFormat::JsonLines));
    m_compression = new QComboBox(this);
    m_compression->setObjectName(QStringLiteral("compression"));
    m_compression->addItem(tr("By file name (.zst, .gz)"), -1);
    m_compression->addItem(tr("None"), int(Compression::None));
    m_compression->addItem(tr("zstd"), int(Compression::Zstd));
    m_compression->addItem(tr("gzip"), int(Compression::Gzip));
    m_redact = new QCheckBox(tr("Mask e-mail and IP addresses, tokens, API keys and card numbers"), this);
    m_redact->setObjectName(QStringLiteral("redact"));
    m_patterns = new QPlainTextEdit(this);
    m_patterns->setObjectName(QStringLiteral("patterns"));
    m_patterns->setPlaceholderText(tr("More regular expressions to mask, one per line"));
    m_patterns->setMaximumHeight(fontMetrics().lineSpacing() * 4);
    m_selectedOnly = new QCheckBox(tr("Only the selected rows"), this);
    m_selectedOnly->setObjectName(QStringLiteral("selectedOnly"));
    m_target = new QLineEdit(this);
    m_target->setObjectName(QStringLiteral("target"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(browse);
    m_summary = new QLabel(this);
    m_problem = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_problem->setTextFormat(Qt::PlainText); // errors name files: never rich text
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *exportButton = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::startExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(m_summary);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Compression:"), m_compression);
    form->addRow(m_redact);
    form->addRow(tr("&Mask also:"), m_patterns);
    form->addRow(m_selectedOnly);
    form->addRow(tr("F&ile:"), targetRow);
    form->addRow(m_problem);
    form->addRow(buttons);
}

void ExportDialog::setSelection(std::optional<LineSpan> lines)
{
    m_selection = lines;
    m_selectedOnly->setEnabled(lines.has_value());
    m_selectedOnly->setChecked(false);
    const qint64 records = m_model && m_model->mode() == FilteredModel::FilterMode ? m_model->matchCount() : -1;
    m_summary->setText(records >= 0 && m_model->hasQuery() ? tr("%n record(s) match the filter.", nullptr, static_cast<int>(std::min<qint64>(records, INT_MAX)))
                                                           : tr("Every record of the file."));
}

void ExportDialog::setTargetPath(const QString &path)
{
    m_target->setText(path);
}

void ExportDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export To"), m_target->text(),
                                                      tr("Logs (*.log *.txt);;CSV (*.csv);;JSON Lines (*.jsonl);;Compressed (*.zst *.gz);;All files (*)"));
    if (!path.isEmpty())
        m_target->setText(path);
}

ExportOptions ExportDialog::chosenOptions() const
{
    ExportOptions options;
    options.format = static_cast<ExportFormat>(m_format->currentData().toInt());
    options.columns = m_columns;
    options.redact = m_redact->isChecked();
    for (const QString &line : m_patterns->toPlainText().split(u'\n', Qt::SkipEmptyParts))
        options.redactPatterns.append(line);
    const int compression = m_compression->currentData().toInt();
    options.sink.compression = compression < 0 ? compressionForPath(m_target->text()) : static_cast<Compression>(compression);
    return options;
}

void ExportDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

bool ExportDialog::startExport()
{
    if (isExporting())
        return false;
    if (!m_file || !m_model)
        return false;
    const QString target = m_target->text().trimmed();
    if (target.isEmpty()) {
        showProblem(tr("Choose the file to write."));
        return false;
    }
    const auto exporter = Exporter::create(chosenOptions());
    if (!exporter) {
        showProblem(exporter.error());
        return false;
    }
    if (!m_data.isOpen() && !m_data.open(QIODevice::ReadOnly)) {
        showProblem(tr("Cannot read “%1”: %2.").arg(m_file->path(), m_data.errorString()));
        return false;
    }
    showProblem({});
    const auto span = m_selectedOnly->isChecked() ? m_selection : std::nullopt;
    std::vector<ExportSource> sources{sourceFor(*m_file, *m_model, m_data.handle(), span)};
    m_job = new ExportJob(this);
    m_progress = new QProgressDialog(tr("Exporting to “%1”…").arg(target), tr("Cancel"), 0, 1000, this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_job, &ExportJob::cancel);
    connect(m_job, &ExportJob::progressChanged, m_progress, [this](qint64 done, qint64 total) {
        m_progress->setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 0);
    });
    connect(m_job, &ExportJob::finished, this, &ExportDialog::onFinished);
    m_job->start(*exporter, std::move(sources), target);
    return true;
}

bool ExportDialog::isExporting() const
{
    return m_job && m_job->isRunning();
}

void ExportDialog::onFinished(qint64 records, const QString &error, bool cancelled, const QStringList &warnings)
{
    m_progress->deleteLater();
    m_progress = nullptr;
    m_job->deleteLater();
    m_job = nullptr;
    Q_EMIT exportFinished(records, error);
    if (cancelled) {
        showProblem(tr("The export was cancelled; no file was written."));
        return;
    }
    if (!error.isEmpty()) {
        showProblem(error);
        return;
    }
    const QString written = tr("%n record(s) written to “%1”.", nullptr, static_cast<int>(std::min<qint64>(records, INT_MAX)))
                                .arg(m_target->text().trimmed());
    auto *box = new QMessageBox(warnings.isEmpty() ? QMessageBox::Information : QMessageBox::Warning, tr("Export"),
                                (QStringList{written} + warnings).join(u"\n\n"), QMessageBox::Ok, parentWidget());
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    accept();
}

QList<ExportColumn> ExportDialog::visibleColumns(const QHeaderView *header)
{
    QList<ExportColumn> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (header->isSectionHidden(logical) || logical < 0 || logical >= LogTableModel::ColumnCount)
            continue;
        columns.append(ExportColumn{static_cast<ExportColumn::Kind>(logical - LogTableModel::LineColumn), {}});
    }
    return columns;
}

ExportSource ExportDialog::sourceFor(const LogFile &file, const FilteredModel &model, int fd, std::optional<LineSpan> lines)
{
    const LineIndex &index = file.index();
    ExportSource source;
    source.fd = fd;
    source.format = file.format();
    source.context = file.timeContext();
    source.name = file.path();
    if (model.mode() == FilteredModel::FilterMode)
        source.query = model.query();
    const qint64 lastShown = file.lineCount() - 1;
    if (lines && lastShown >= 0) {
        source.firstLine = std::clamp<qint64>(lines->first, 0, lastShown);
        source.from = source.firstLine > 0 ? endOfLine(index, source.firstLine - 1) : 0;
        source.to = endOfLine(index, std::clamp<qint64>(lines->last, source.firstLine, lastShown));
    } else {
        source.to = lastShown >= 0 ? endOfLine(index, lastShown) : 0;
    }
    return source;
}

ExportDialog *ExportDialog::openFor(LogFile *file, FilteredModel *model, const LogView *view, QWidget *parent)
{
    auto *dialog = new ExportDialog(file, model, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (view) {
        dialog->setColumns(visibleColumns(view->header()));
        dialog->setSelection(selectedLines(*view, *model));
    }
    dialog->open();
    return dialog;
}

std::optional<ExportDialog::LineSpan> ExportDialog::selectedLines(const LogView &view, const FilteredModel &model)
{
    const auto [first, last] = view.selectedRange();
    if (first < 0 || last < first)
        return std::nullopt;
    // The view's rows may be records (RecordModel): the span runs to the end of the last one.
    const QAbstractItemModel *rows = view.model();
    const bool records = rows && rows != &model;
    const qint64 firstLine = records ? rows->index(first, 0).data(FilteredModel::SourceLineRole).toLongLong() : model.lineAt(first);
    const qint64 lastLine = records ? rows->index(last, 0).data(RecordModel::RecordLastLineRole).toLongLong() : model.lineAt(last);
    if (firstLine < 0 || lastLine < firstLine)
        return std::nullopt;
    return LineSpan{firstLine, lastLine};
}

std::expected<void, QString> ExportDialog::copyRows(const LogFile &file, const FilteredModel &model, const LogView &view, ExportFormat format)
{
    const auto lines = selectedLines(view, model);
    if (!lines)
        return std::unexpected(tr("Select the rows to copy first."));
    QFile data(file.dataPath());
    if (!data.open(QIODevice::ReadOnly))
        return std::unexpected(tr("Cannot read “%1”: %2.").arg(file.path(), data.errorString()));
    ExportOptions options;
    options.format = format;
    options.columns = visibleColumns(view.header());
    const auto exporter = Exporter::create(options);
    if (!exporter)
        return std::unexpected(exporter.error());
    const auto bytes = exporter->toBytes({sourceFor(file, model, data.handle(), lines)});
    if (!bytes)
        return std::unexpected(bytes.error());
    QGuiApplication::clipboard()->setText(QString::fromUtf8(*bytes));
    return {};
}
