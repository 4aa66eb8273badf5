// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportbuffer.h"

#include "compress/bytesink.h"

bool ExportBuffer::flush()
{
    if (!m_sink)
        return true;
    if (m_error.isEmpty() && !m_bytes.isEmpty())
        if (auto wrote = m_sink->write(m_bytes); !wrote)
            m_error = wrote.error();
    m_bytes.resize(0); // keeps the capacity for the next bytes
    return m_error.isEmpty();
}
