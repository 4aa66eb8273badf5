// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parse/formatregistry.h"

#include "parse/accessformat.h"
#include "parse/jsonformat.h"
#include "parse/logfmtformat.h"
#include "parse/plainformat.h"
#include "parse/syslog5424format.h"
#include "parse/syslogformat.h"
#include "parse/textformat.h"

#include <QStandardPaths>

namespace {

const std::vector<LogFormatPtr> &builtins()
{
    static const std::vector<LogFormatPtr> list{
        std::make_shared<JsonFormat>(),
        std::make_shared<Syslog5424Format>(),
        std::make_shared<AccessFormat>(AccessFormat::Variant::Combined),
        std::make_shared<AccessFormat>(AccessFormat::Variant::Common),
        std::make_shared<LogfmtFormat>(),
        std::make_shared<SyslogFormat>(),
        std::make_shared<TextFormat>(),
        std::make_shared<PlainFormat>(),
    };
    return list;
}

} // namespace

FormatRegistry::FormatRegistry()
    : m_formats(builtins())
{
}

void FormatRegistry::add(LogFormatPtr format)
{
    if (!format)
        return;
    for (LogFormatPtr &f : m_formats) {
        if (f->name() == format->name()) {
            f = std::move(format);
            return;
        }
    }
    m_formats.push_back(std::move(format));
}

std::vector<FormatLoadError> FormatRegistry::loadUserFormats(const QString &directory)
{
    UserFormatLoader::Result result = UserFormatLoader::loadDirectory(directory);
    for (LogFormatPtr &f : result.formats)
        add(std::move(f));
    return std::move(result.errors);
}

LogFormatPtr FormatRegistry::find(QStringView name) const
{
    for (const LogFormatPtr &f : m_formats)
        if (f->name() == name)
            return f;
    return nullptr;
}

QString FormatRegistry::defaultUserFormatDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/formats");
}

LogFormatPtr FormatRegistry::builtin(QStringView name)
{
    for (const LogFormatPtr &f : builtins())
        if (f->name() == name)
            return f;
    return nullptr;
}
