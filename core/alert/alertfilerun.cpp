// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertfilerun.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

std::expected<int, QString> openReadOnly(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return std::unexpected(QCoreApplication::translate("AlertFileRun", "cannot read “%1” for alert rules: %2")
                                   .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    }
    return fd;
}

} // namespace

std::expected<std::unique_ptr<AlertFileRun>, QString> AlertFileRun::open(const QString &path, LogFormatPtr format, const TimeContext &context,
                                                                          std::vector<AlertRule> rules)
{
    if (!format)
        return std::unexpected(QCoreApplication::translate("AlertFileRun", "the file's format is not known yet"));
    const auto fd = openReadOnly(path);
    if (!fd)
        return std::unexpected(fd.error());
    return std::unique_ptr<AlertFileRun>(new AlertFileRun(*fd, std::move(format), context, std::move(rules)));
}

std::expected<void, QString> AlertFileRun::switchTo(const QString &path)
{
    const auto fd = openReadOnly(path);
    if (!fd)
        return std::unexpected(fd.error());
    // The reader keeps the descriptor number: put the new file behind it.
    const int replaced = ::dup3(*fd, m_fd, O_CLOEXEC);
    ::close(*fd);
    if (replaced < 0)
        return std::unexpected(QString::fromLocal8Bit(std::strerror(errno)));
    return {};
}

AlertFileRun::AlertFileRun(int fd, LogFormatPtr format, const TimeContext &context, std::vector<AlertRule> rules)
    : m_fd(fd)
    , m_format(std::move(format))
    , m_context(context)
    , m_engine(std::move(rules), [this](const AlertEvent &event) { onEvent(event); })
    , m_reader(fd, *m_format, m_context, m_engine)
    , m_samples(m_engine.rules().size())
    , m_peaks(m_engine.rules().size(), 0.0)
{
}

AlertFileRun::~AlertFileRun()
{
    ::close(m_fd);
}

std::expected<void, QString> AlertFileRun::read(qint64 to, AlertFileReader::End end, const std::atomic<bool> &cancel)
{
    while (m_reader.position() < to) {
        if (cancel)
            return {};
        const qint64 before = m_reader.position();
        if (auto result = m_reader.read(std::min(to, before + kStepBytes), AlertFileReader::End::HoldLastRecord); !result)
            return result;
        sample();
        if (m_reader.position() == before)
            break; // the file is shorter than it was
    }
    auto result = m_reader.read(to, end);
    sample();
    return result;
}

std::expected<void, QString> AlertFileRun::poll(TimeNs now)
{
    static const std::atomic<bool> never = false;
    const qint64 size = fileSize();
    if (size < 0)
        return std::unexpected(QCoreApplication::translate("AlertFileRun", "cannot read the file for alert rules: %1")
                                   .arg(QString::fromLocal8Bit(std::strerror(errno))));
    std::expected<void, QString> result;
    if (size < m_reader.position())
        m_reader.restart();
    if (size > m_reader.position())
        result = read(size, AlertFileReader::End::HoldLastRecord, never);
    else if (size == m_lastSize && m_reader.holding())
        result = m_reader.read(size, AlertFileReader::End::FlushCompleteLines); // quiet for a poll: the last record is whole
    m_lastSize = size;
    if (now != kNoTime)
        m_engine.advanceTo(now);
    sample();
    return result;
}

void AlertFileRun::settle()
{
    m_engine.advanceTo(m_engine.clock());
    sample();
}

qint64 AlertFileRun::fileSize() const
{
    struct stat st = {};
    return ::fstat(m_fd, &st) == 0 ? static_cast<qint64>(st.st_size) : -1;
}

QList<AlertOccurrence> AlertFileRun::takeOccurrences()
{
    QList<AlertOccurrence> out;
    out.swap(m_out);
    return out;
}

std::vector<AlertRuleSnapshot> AlertFileRun::snapshot() const
{
    std::vector<AlertRuleSnapshot> rules(m_samples.size());
    for (std::size_t i = 0; i < rules.size(); ++i) {
        rules[i].active = m_engine.active(static_cast<int>(i));
        rules[i].value = m_engine.value(static_cast<int>(i));
        rules[i].samples = QList<double>(m_samples[i].begin(), m_samples[i].end());
    }
    return rules;
}

void AlertFileRun::onEvent(const AlertEvent &event)
{
    double &peak = m_peaks[static_cast<std::size_t>(event.rule)];
    if (event.type == AlertEventType::Triggered)
        peak = event.value;
    else
        peak = std::max(peak, event.value);
    m_out.append({event, event.type == AlertEventType::Fired ? event.value : peak});
}

void AlertFileRun::sample()
{
    const TimeNs clock = m_engine.clock();
    if (clock == kNoTime)
        return;
    const TimeNs period = clock / kSamplePeriod;
    const bool same = period == m_samplePeriod;
    m_samplePeriod = period;
    for (std::size_t i = 0; i < m_samples.size(); ++i) {
        const double value = m_engine.value(static_cast<int>(i));
        if (m_engine.active(static_cast<int>(i)))
            m_peaks[i] = std::max(m_peaks[i], value);
        std::deque<double> &samples = m_samples[i];
        if (same && !samples.empty())
            samples.back() = value;
        else
            samples.push_back(value);
        if (samples.size() > static_cast<std::size_t>(kSamples))
            samples.pop_front();
    }
}
