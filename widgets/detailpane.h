// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QWidget>

#include <utility>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QSplitter;
class QTableWidget;
QT_END_NAMESPACE

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

struct ParsedLine;
struct Record;

/// Shows one record in full: its text on top (read-only, monospace, wrap
/// toggle), highlighted with KSyntaxHighlighting, and its parsed fields in a
/// name/value table below.
///
/// JSON records (a JSON object or array, whatever the format says) are
/// re-indented in the layout of QJsonDocument::Indented but with the keys in
/// record order and numbers exactly as written, and highlighted with the
/// "JSON" definition; everything else with the log-file definition (see
/// highlightRepository.h). The highlighting theme follows the palette and
/// changes with it (light/dark).
///
/// Every text shown is untrusted and shown as plain text, never as rich text.
/// GUI thread only; everything is synchronous. Laying out and highlighting
/// text costs about 1 ms per KiB here, so records longer than kMaxChars are
/// cut and pretty-printed JSON longer than kMaxHighlightChars is not
/// highlighted: showing any record takes well under 100 ms.
class DetailPane : public QWidget
{
    Q_OBJECT

public:
    /// Field name and value, in record order.
    using Fields = QList<std::pair<QString, QString>>;

    static constexpr qsizetype kMaxChars = 64 * 1024;
    static constexpr qsizetype kMaxHighlightChars = 128 * 1024;

    explicit DetailPane(QWidget *parent = nullptr);
    ~DetailPane() override;

    /// Shows @p rawText (the whole record, continuation lines included) and
    /// @p fields; @p formatName is the format's name ("json", "logfmt", ...)
    /// as LogFormat::name() gives it, or empty when unknown.
    void showRecord(const QString &rawText, const Fields &fields, const QString &formatName);
    /// Shows a line parsed with parseLine() (core/model/parsedline.h): its
    /// bytes as UTF-8 and its record's fields.
    void showLine(const ParsedLine &line, const QString &formatName);
    /// Shows nothing; the text area shows a hint.
    void clear();
    /// The record's time as the table shows it ("2026-03-14 08:00:01.250
    /// UTC"), for the title of the next record shown; empty: none.
    void setTimeText(const QString &time) { m_timeText = time; }
    /// The title line: format, the record's time, notes.
    QString title() const;

    /// The text shown, after pretty-printing and cutting.
    QString text() const;
    /// The record shown was JSON and is pretty-printed.
    bool isJson() const { return m_json; }
    /// The fields of @p record as text (UTF-8, invalid bytes replaced).
    static Fields fieldsOf(const Record &record);
    /// @p json re-indented with four spaces per level, "key": value, one
    /// member per line. @p json must be valid JSON (check first); the text
    /// of keys, strings and numbers is kept as is.
    static QString indentJson(QStringView json);

    bool wordWrap() const;
    void setWordWrap(bool wrap);

    /// The split between text and fields, for QSettings.
    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

Q_SIGNALS:
    /// The user toggled line wrapping (to remember it).
    void wordWrapChanged(bool wrap);
    /// "Filter on This Value" (or "Exclude This Value", @p exclude) in the
    /// fields' context menu, for the field of the current row.
    void filterRequested(const QString &field, const QString &value, bool exclude);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();
    void setFields(const Fields &fields);
    void copySelectedFields() const;
    void requestFilter(bool exclude);

    QString m_timeText;
    QLabel *m_title;
    QCheckBox *m_wrap;
    QSplitter *m_splitter;
    QPlainTextEdit *m_text;
    QTableWidget *m_fields;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    bool m_json = false;
};
