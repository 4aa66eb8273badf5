// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parse/plainformat.h"

#include <QCoreApplication>

QString PlainFormat::name() const
{
    return QStringLiteral("plain");
}

QString PlainFormat::description() const
{
    return QCoreApplication::translate("PlainFormat", "Plain text, one record per line");
}

bool PlainFormat::parse(QByteArrayView line, Record &out, const TimeContext &) const
{
    setPlain(line, out);
    return true;
}

bool PlainFormat::extractTimeLevel(QByteArrayView, TimeNs &time, Level &level, const TimeContext &) const
{
    time = kNoTime;
    level = Level::Unknown;
    return true;
}

bool PlainFormat::startsRecord(QByteArrayView) const
{
    return true;
}
