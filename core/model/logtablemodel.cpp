// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logtablemodel.h"

#include "index/linetext.h"
#include "index/logfile.h"

#include <QLocale>

#include <limits>

namespace {
constexpr qint64 kMaxRows = std::numeric_limits<int>::max();
}

LogTableModel::LogTableModel(LogFile *file, QObject *parent)
    : QAbstractTableModel(parent)
    , m_file(file)
{
    m_rows = static_cast<int>(std::min(file->lineCount(), kMaxRows));
    connect(file, &LogFile::linesAdded, this, &LogTableModel::onLinesAdded);
    connect(file, &LogFile::reset, this, &LogTableModel::onReset);
}

int LogTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int LogTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool LogTableModel::isCapped() const
{
    return m_file && m_file->lineCount() > kMaxRows;
}

QString LogTableModel::lineText(int row, bool *truncated) const
{
    // Read a little more than we show, so the cut falls on whole characters.
    qint64 fullLength = 0;
    const QByteArray bytes = m_file->lineBytes(row, kMaxShownChars * 4, &fullLength);
    QString text = displayText(bytes);
    *truncated = fullLength > bytes.size() || text.size() > kMaxShownChars;
    if (*truncated) {
        text.truncate(kMaxShownChars);
        text += tr(" … [line cut: %1 bytes in all]").arg(QLocale().toString(fullLength));
    }
    return text;
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
        {
            bool truncated = false;
            return lineText(row, &truncated);
        }
    case Qt::TextAlignmentRole:
        return index.column() == LineColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                            : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case LineNumberRole:
        return qint64{row} + 1;
    case RawBytesRole:
        return m_file->lineBytes(row);
    case TruncatedRole: {
        qint64 fullLength = 0;
        m_file->lineBytes(row, 0, &fullLength);
        return fullLength > kMaxShownChars;
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
    case TextColumn:
        return tr("Text");
    default:
        return {};
    }
}

void LogTableModel::onLinesAdded(qint64 first, qint64 count)
{
    Q_UNUSED(first);
    const int newRows = static_cast<int>(std::min(m_file->lineCount(), kMaxRows));
    if (newRows <= m_rows || count <= 0)
        return;
    beginInsertRows({}, m_rows, newRows - 1);
    m_rows = newRows;
    endInsertRows();
}

void LogTableModel::onReset()
{
    beginResetModel();
    m_rows = 0;
    endResetModel();
}
