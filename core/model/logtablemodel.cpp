// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logtablemodel.h"

#include "index/linetext.h"
#include "index/logfile.h"
#include "parse/ansi.h"
#include "parse/levelnames.h"
#include "parse/timeparser.h"

#include <QLocale>

#include <limits>

namespace {
constexpr int kCachedRows = 512;

/// "2026-03-14 08:00:01.123" from "2026-03-14T08:00:01.123+01:00".
QString shortTime(const QByteArray &iso)
{
    QString text = QString::fromLatin1(iso);
    text.replace(10, 1, u' ');
    const qsizetype zone = text.indexOf(u'+', 19) >= 0 ? text.indexOf(u'+', 19)
                           : text.indexOf(u'-', 19) >= 0 ? text.indexOf(u'-', 19)
                                                         : text.indexOf(u'Z', 19);
    if (zone > 0)
        text.truncate(zone);
    if (text.size() == 19)
        text += QStringLiteral(".000"); // same width as the lines that have milliseconds
    return text;
}
} // namespace

LogTableModel::LogTableModel(LogFile *file, QObject *parent)
    : QAbstractTableModel(parent)
    , m_file(file)
    , m_cache(kCachedRows)
{
    m_rows = static_cast<int>(std::min(file->lineCount(), m_rowLimit));
    connect(file, &LogFile::linesAdded, this, &LogTableModel::onLinesAdded);
    connect(file, &LogFile::reset, this, &LogTableModel::onReset);
    connect(file, &LogFile::formatChanged, this, &LogTableModel::onFormatChanged);
}

int LogTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int LogTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount + static_cast<int>(m_fieldColumns.size());
}

void LogTableModel::setFieldColumns(const QStringList &names)
{
    if (names == m_fieldColumns)
        return;
    if (!m_fieldColumns.isEmpty()) {
        beginRemoveColumns({}, ColumnCount, ColumnCount + static_cast<int>(m_fieldColumns.size()) - 1);
        m_fieldColumns.clear();
        endRemoveColumns();
    }
    if (!names.isEmpty()) {
        beginInsertColumns({}, ColumnCount, ColumnCount + static_cast<int>(names.size()) - 1);
        m_fieldColumns = names;
        endInsertColumns();
    }
}

bool LogTableModel::isCapped() const
{
    return m_file && m_file->lineCount() > m_rowLimit;
}

void LogTableModel::setRowLimit(qint64 rows)
{
    m_rowLimit = std::clamp<qint64>(rows, 1, kMaxRows);
    if (m_rows > m_rowLimit) {
        beginResetModel();
        m_cache.clear();
        m_rows = static_cast<int>(m_rowLimit);
        endResetModel();
    } else {
        onLinesAdded();
    }
}

void LogTableModel::setUtc(bool utc)
{
    m_utc = utc;
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, TimeColumn), index(m_rows - 1, TimeColumn));
}

const ParsedLine &LogTableModel::parsed(int row) const
{
    if (ParsedLine *cached = m_cache.object(row))
        return *cached;
    // Read a little more than we show, so the cut falls on whole characters.
    qint64 fullLength = 0;
    QByteArray bytes = m_file->lineBytes(row, kMaxShownChars * 4, &fullLength);
    const bool cut = fullLength > bytes.size();
    auto line = parseLine(std::move(bytes), m_file->format(), {}, m_file->timeContext());
    line->fullLength = fullLength;
    line->truncated = cut;
    ParsedLine *raw = line.release();
    m_cache.insert(row, raw);
    return *raw;
}

QString LogTableModel::shownText(QByteArrayView bytes, const ParsedLine &line) const
{
    // Terminal colour codes would show as control pictures: drop them.
    const QByteArray uncoloured = Ansi::contains(bytes) ? Ansi::stripped(bytes) : QByteArray();
    QString text = displayText(uncoloured.isNull() ? bytes : QByteArrayView(uncoloured), m_file->encoding());
    if (line.truncated || text.size() > kMaxShownChars) {
        text.truncate(kMaxShownChars);
        text += tr(" … [line cut: %1 bytes in all]").arg(QLocale().toString(line.fullLength));
    }
    return text;
}

QVariant LogTableModel::display(const ParsedLine &line, int row, int column) const
{
    const Record &record = line.record;
    switch (column) {
    case LineColumn:
        return QString::number(qint64{row} + 1);
    case TimeColumn:
        return record.time == kNoTime ? QString()
                                      : shortTime(TimeParser::formatIso(record.time, m_file->timeContext(), m_utc));
    case LevelColumn:
        return record.level == Level::Unknown ? QString() : QString::fromLatin1(levelName(record.level)).toUpper();
    case SourceColumn:
        if (const auto source = record.field("source"))
            return displayText(*source, m_file->encoding());
        return {};
    case MessageColumn:
        return shownText(record.message.isEmpty() ? record.raw : record.message, line);
    default:
        break;
    }
    const qsizetype field = column - ColumnCount;
    if (field < 0 || field >= m_fieldColumns.size())
        return {};
    const auto value = record.field(m_fieldColumns[field].toUtf8());
    return value ? displayText(*value, m_file->encoding()) : QString();
}

QVariant LogTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_file)
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == LineColumn)
            return QString::number(qint64{row} + 1);
        return display(parsed(row), row, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == LineColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                            : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case LineNumberRole:
        return qint64{row} + 1;
    case RawTextRole: {
        const ParsedLine &line = parsed(row);
        return shownText(line.bytes, line);
    }
    case TruncatedRole:
        return parsed(row).truncated;
    case LevelRole:
        return static_cast<int>(parsed(row).record.level);
    case TimeRole:
        return parsed(row).record.time;
    case FieldNamesRole: {
        QStringList names;
        for (const Field &field : parsed(row).record.fields)
            if (!names.contains(QString::fromUtf8(field.name)))
                names << QString::fromUtf8(field.name);
        return names;
    }
    default:
        return {};
    }
}

QVariant LogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn:
        return tr("Line");
    case TimeColumn:
        return tr("Time");
    case LevelColumn:
        return tr("Level");
    case SourceColumn:
        return tr("Source");
    case MessageColumn:
        return tr("Message");
    default:
        return m_fieldColumns.value(section - ColumnCount);
    }
}

void LogTableModel::onLinesAdded()
{
    const int newRows = static_cast<int>(std::min(m_file->lineCount(), m_rowLimit));
    if (newRows <= m_rows)
        return;
    // The last row may have been a partial line that is now longer.
    if (m_rows > 0)
        m_cache.remove(m_rows - 1);
    beginInsertRows({}, m_rows, newRows - 1);
    m_rows = newRows;
    endInsertRows();
}

void LogTableModel::onReset()
{
    beginResetModel();
    m_cache.clear();
    m_rows = 0;
    endResetModel();
}

void LogTableModel::onFormatChanged()
{
    m_cache.clear();
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, columnCount() - 1));
}
