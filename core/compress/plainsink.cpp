// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plainsink.h"

std::expected<void, QString> PlainSink::finish()
{
    return {};
}
