// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parse/syslogpriority.h"

#include "parse/levelnames.h"

namespace SyslogPriority {

qsizetype read(QByteArrayView line, Level &level)
{
    if (line.size() < 3 || line[0] != '<')
        return 0;
    int pri = 0;
    qsizetype i = 1;
    for (; i < line.size() && i <= 4 && line[i] >= '0' && line[i] <= '9'; ++i)
        pri = pri * 10 + (line[i] - '0');
    if (i == 1 || i >= line.size() || line[i] != '>' || pri > 191)
        return 0;
    const char severity = static_cast<char>('0' + pri % 8);
    level = parseLevel(QByteArrayView(&severity, 1));
    return i + 1;
}

} // namespace SyslogPriority
