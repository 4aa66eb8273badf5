// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "loggenerator.h"

#include <QIODevice>

#include <array>
#include <charconv>
#include <string_view>

namespace {

using namespace std::string_view_literals;

constexpr qint64 kNsPerMs = 1000000;
constexpr qint64 kNsPerSec = 1000000000;

template<typename T, std::size_t N>
const T &pick(const std::array<T, N> &items, quint64 random)
{
    return items[random % N];
}

void put(QByteArray &out, std::string_view s)
{
    out.append(s.data(), static_cast<qsizetype>(s.size()));
}

void putNumber(QByteArray &out, qint64 value, int width = 0)
{
    char buf[24];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
    Q_UNUSED(ec);
    for (int pad = width - static_cast<int>(end - buf); pad > 0; --pad)
        out.append('0');
    out.append(buf, end - buf);
}

struct Civil
{
    qint64 year;
    int month, day, hour, minute, second, millis;
};

// Days since 1970-01-01 to a proleptic Gregorian date (H. Hinnant's algorithm).
Civil civilFromTime(TimeNs t)
{
    qint64 ms = t / kNsPerMs;
    qint64 days = ms / 86400000;
    qint64 rest = ms % 86400000;
    if (rest < 0) {
        rest += 86400000;
        --days;
    }
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const qint64 y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    return {y, m, d, static_cast<int>(rest / 3600000), static_cast<int>(rest / 60000 % 60),
            static_cast<int>(rest / 1000 % 60), static_cast<int>(rest % 1000)};
}

constexpr std::array kMonths = {"Jan"sv, "Feb"sv, "Mar"sv, "Apr"sv, "May"sv, "Jun"sv,
                                "Jul"sv, "Aug"sv, "Sep"sv, "Oct"sv, "Nov"sv, "Dec"sv};

void putClock(QByteArray &out, const Civil &c)
{
    putNumber(out, c.hour, 2);
    out.append(':');
    putNumber(out, c.minute, 2);
    out.append(':');
    putNumber(out, c.second, 2);
}

void putIsoDate(QByteArray &out, const Civil &c)
{
    putNumber(out, c.year, 4);
    out.append('-');
    putNumber(out, c.month, 2);
    out.append('-');
    putNumber(out, c.day, 2);
}

constexpr std::array kIps = {"203.0.113.7"sv,  "203.0.113.42"sv, "198.51.100.23"sv, "198.51.100.77"sv,
                             "192.0.2.14"sv,   "192.0.2.200"sv,  "203.0.113.150"sv,  "2001:db8::1f"sv};
constexpr std::array kPaths = {"/api/orders/"sv, "/api/users/"sv, "/api/cart"sv,   "/static/app.js"sv,
                               "/static/app.css"sv, "/health"sv, "/login"sv,      "/api/search?q=boots"sv,
                               "/api/payments/"sv, "/index.html"sv};
constexpr std::array kAgents = {
    "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"sv,
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36"sv,
    "curl/8.5.0"sv, "kube-probe/1.29"sv, "Googlebot/2.1 (+http://www.google.com/bot.html)"sv};
constexpr std::array kServices = {"checkout"sv, "payments"sv, "inventory"sv, "auth"sv, "search"sv};
constexpr std::array kInfoMessages = {"order placed"sv, "cart updated"sv, "user signed in"sv,
                                      "search completed"sv, "stock reserved"sv, "cache refreshed"sv};
constexpr std::array kWarnMessages = {"slow query"sv, "retrying upstream call"sv, "token about to expire"sv,
                                      "connection pool at 90%"sv};
constexpr std::array kErrorMessages = {"payment declined by gateway"sv, "upstream timeout"sv,
                                       "database connection refused"sv, "disk full on /var/lib/app"sv};
constexpr std::array kLoggers = {"com.example.checkout.OrderService"sv, "com.example.payments.ChargeService"sv,
                                 "com.example.db.ConnectionPool"sv, "org.eclipse.jetty.server.Server"sv};
constexpr std::array kHosts = {"web-01"sv, "web-02"sv, "db-01"sv};

} // namespace

std::optional<GeneratorFormat> generatorFormatFromName(QStringView name)
{
    if (name == u"access")
        return GeneratorFormat::Access;
    if (name == u"json")
        return GeneratorFormat::Json;
    if (name == u"syslog")
        return GeneratorFormat::Syslog;
    if (name == u"mixed")
        return GeneratorFormat::Mixed;
    return std::nullopt;
}

LogGenerator::LogGenerator(const GeneratorOptions &options)
    : m_options(options)
    , m_state(options.seed * 0x9E3779B97F4A7C15ULL + 0xD1B54A32D192ED03ULL)
    , m_time(options.start)
{
}

quint64 LogGenerator::next()
{
    // splitmix64: fast, good enough, and the same on every platform.
    quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

bool LogGenerator::inBurst() const
{
    const qint64 secondOfCycle = (m_time / kNsPerSec) % 600;
    return secondOfCycle >= 300 && secondOfCycle < 340;
}

void LogGenerator::advanceClock()
{
    const auto mean = static_cast<quint64>(std::max<qint64>(1, m_options.meanGapMs));
    m_time += static_cast<qint64>(below(2 * mean * 1000)) * 1000; // uniform gap, mean meanGapMs
}

int LogGenerator::appendRecord(QByteArray &out)
{
    advanceClock();
    switch (m_options.format) {
    case GeneratorFormat::Access:
        appendAccess(out);
        return 1;
    case GeneratorFormat::Json:
        appendJson(out);
        return 1;
    case GeneratorFormat::Syslog:
        appendSyslog(out);
        return 1;
    case GeneratorFormat::Mixed:
        break;
    }
    const quint64 kind = below(10);
    if (kind < 4) {
        appendAccess(out);
        return 1;
    }
    if (kind < 7) {
        appendJson(out);
        return 1;
    }
    return appendText(out);
}

bool LogGenerator::writeLines(QIODevice &device, qint64 lines)
{
    QByteArray buffer;
    buffer.reserve(1 << 20);
    qint64 written = 0;
    while (written < lines) {
        const qsizetype before = buffer.size();
        const int n = appendRecord(buffer);
        if (written + n > lines) {
            // Keep only the first lines of this record.
            qsizetype cut = before;
            for (qint64 keep = lines - written; keep > 0; --keep)
                cut = buffer.indexOf('\n', cut) + 1;
            buffer.truncate(cut);
            written = lines;
        } else {
            written += n;
        }
        if (buffer.size() >= (1 << 20) || written >= lines) {
            if (device.write(buffer) != buffer.size())
                return false;
            buffer.clear();
        }
    }
    return true;
}

void LogGenerator::appendAccess(QByteArray &out)
{
    const Civil c = civilFromTime(m_time);
    put(out, pick(kIps, next()));
    put(out, " - "sv);
    put(out, chance(20) ? "alice"sv : "-"sv);
    put(out, " ["sv);
    putNumber(out, c.day, 2);
    out.append('/');
    put(out, kMonths[static_cast<std::size_t>(c.month - 1)]);
    out.append('/');
    putNumber(out, c.year, 4);
    out.append(':');
    putClock(out, c);
    put(out, " +0000] \""sv);
    const quint64 m = below(10);
    put(out, m < 7 ? "GET "sv : m < 9 ? "POST "sv : "DELETE "sv);
    const std::string_view path = pick(kPaths, next());
    put(out, path);
    if (path.ends_with('/'))
        putNumber(out, static_cast<qint64>(1000 + below(9000)));
    put(out, " HTTP/1.1\" "sv);
    int status = 200;
    const quint64 r = below(100);
    if (inBurst() && r < 45)
        status = r < 30 ? 503 : 500;
    else if (r < 4)
        status = 404;
    else if (r < 6)
        status = 304;
    else if (r < 7)
        status = 401;
    else if (r < 8)
        status = 502;
    putNumber(out, status);
    out.append(' ');
    putNumber(out, status == 304 ? 0 : static_cast<qint64>(200 + below(50000)));
    put(out, " \""sv);
    put(out, chance(50) ? "-"sv : "https://shop.example.com/"sv);
    put(out, "\" \""sv);
    put(out, pick(kAgents, next()));
    put(out, "\"\n"sv);
}

void LogGenerator::appendJson(QByteArray &out)
{
    const Civil c = civilFromTime(m_time);
    const quint64 r = below(100);
    const bool burst = inBurst();
    std::string_view level = "info"sv;
    std::string_view message = pick(kInfoMessages, next());
    if ((burst && r < 35) || r < 2) {
        level = "error"sv;
        message = pick(kErrorMessages, next());
    } else if (r < 10) {
        level = "warn"sv;
        message = pick(kWarnMessages, next());
    } else if (r < 25) {
        level = "debug"sv;
    }
    put(out, "{\"ts\":\""sv);
    putIsoDate(out, c);
    out.append('T');
    putClock(out, c);
    out.append('.');
    putNumber(out, c.millis, 3);
    put(out, "Z\",\"level\":\""sv);
    put(out, level);
    put(out, "\",\"service\":\""sv);
    put(out, pick(kServices, next()));
    put(out, "\",\"msg\":\""sv);
    put(out, message);
    put(out, "\",\"request_id\":\""sv);
    for (int i = 0; i < 12; ++i)
        out.append("0123456789abcdef"[below(16)]);
    put(out, "\",\"duration_ms\":"sv);
    putNumber(out, static_cast<qint64>(below(burst ? 3000 : 400)));
    put(out, ",\"user\":{\"id\":"sv);
    putNumber(out, static_cast<qint64>(below(5000)));
    put(out, "}}\n"sv);
}

void LogGenerator::appendSyslog(QByteArray &out)
{
    const Civil c = civilFromTime(m_time);
    put(out, kMonths[static_cast<std::size_t>(c.month - 1)]);
    out.append(' ');
    if (c.day < 10)
        out.append(' ');
    putNumber(out, c.day);
    out.append(' ');
    putClock(out, c);
    out.append(' ');
    put(out, pick(kHosts, next()));
    const quint64 r = below(100);
    if (r < 40) {
        put(out, " sshd["sv);
        putNumber(out, static_cast<qint64>(1000 + below(30000)));
        put(out, inBurst() && r < 30 ? "]: Failed password for invalid user admin from "sv
                                      : "]: Accepted publickey for deploy from "sv);
        put(out, pick(kIps, next()));
        put(out, " port "sv);
        putNumber(out, static_cast<qint64>(30000 + below(30000)));
        put(out, " ssh2\n"sv);
    } else if (r < 70) {
        put(out, " CRON["sv);
        putNumber(out, static_cast<qint64>(1000 + below(30000)));
        put(out, "]: (root) CMD (run-parts /etc/cron.hourly)\n"sv);
    } else if (r < 90) {
        put(out, " systemd[1]: Started session-"sv);
        putNumber(out, static_cast<qint64>(below(1000)));
        put(out, ".scope - Session of user deploy.\n"sv);
    } else {
        put(out, inBurst() ? " kernel: EXT4-fs error (device sda1): ext4_find_entry:1455: inode #2: comm app: reading directory lblock 0\n"sv
                           : " kernel: [UFW BLOCK] IN=eth0 OUT= SRC=198.51.100.23 DST=192.0.2.14 PROTO=TCP DPT=23\n"sv);
    }
}

int LogGenerator::appendText(QByteArray &out)
{
    const Civil c = civilFromTime(m_time);
    putIsoDate(out, c);
    out.append(' ');
    putClock(out, c);
    out.append(',');
    putNumber(out, c.millis, 3);
    const quint64 r = below(100);
    const bool error = (inBurst() && r < 40) || r < 3;
    put(out, error ? " ERROR ["sv : r < 12 ? " WARN  ["sv : " INFO  ["sv);
    put(out, chance(50) ? "main"sv : "worker-3"sv);
    put(out, "] "sv);
    put(out, pick(kLoggers, next()));
    put(out, " - "sv);
    if (!error) {
        put(out, r < 12 ? pick(kWarnMessages, next()) : pick(kInfoMessages, next()));
        out.append('\n');
        return 1;
    }
    put(out, pick(kErrorMessages, next()));
    put(out, "\njava.io.IOException: Connection reset by peer\n"
             "\tat com.example.db.ConnectionPool.acquire(ConnectionPool.java:212)\n"
             "\tat com.example.payments.ChargeService.charge(ChargeService.java:88)\n"
             "\tat java.base/java.lang.Thread.run(Thread.java:1583)\n"
             "Caused by: java.net.SocketException: Connection reset\n"
             "\t... 3 more\n"sv);
    return 7;
}
