// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compress/bytesink.h"

/// A ByteSink that writes its bytes as they are.
class PlainSink final : public ByteSink
{
public:
    explicit PlainSink(QIODevice *device)
        : ByteSink(device)
    {
    }
    std::expected<void, QString> write(QByteArrayView bytes) override { return put(bytes); }
    std::expected<void, QString> finish() override;
};
