// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// Why a query could not be parsed. The message is translated and already
/// names the column ("unexpected ')' at column 14"); column is 1-based and
/// counts UTF-16 code units of the query text, so a line edit can mark it.
struct QueryError
{
    QString message;
    int column = 0;
};
