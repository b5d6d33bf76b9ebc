#include "cluster/backend/schedule.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTimeZone>

namespace kfw::backend {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kfw::backend::CronSchedule", text);
}

// Parses one field into bits [low, high]; names (JAN, MON) map to their numbers.
template<std::size_t N>
bool parseField(const QString &field, int low, int high, const QStringList &names, int nameBase,
                std::bitset<N> *bits, QString *error)
{
    auto number = [&](const QString &text, int *value) {
        bool ok = false;
        *value = text.toInt(&ok);
        if (!ok) {
            const qsizetype i = names.indexOf(text.toUpper());
            if (i < 0)
                return false;
            *value = int(i) + nameBase;
        }
        return true;
    };
    for (const QString &part : field.split(QLatin1Char(','))) {
        QString range = part;
        int step = 1;
        const qsizetype slash = part.indexOf(QLatin1Char('/'));
        if (slash >= 0) {
            bool ok = false;
            step = part.mid(slash + 1).toInt(&ok);
            if (!ok || step <= 0) {
                *error = tr("'%1' has a step that is not a positive number").arg(part);
                return false;
            }
            range = part.left(slash);
        }
        int from = low, to = high;
        if (range != QLatin1String("*") && range != QLatin1String("?")) {
            const qsizetype dash = range.indexOf(QLatin1Char('-'));
            if (dash > 0) {
                if (!number(range.left(dash), &from) || !number(range.mid(dash + 1), &to)) {
                    *error = tr("'%1' is not a range of numbers").arg(part);
                    return false;
                }
            } else {
                if (!number(range, &from)) {
                    *error = tr("'%1' is not a number").arg(part);
                    return false;
                }
                to = slash >= 0 ? high : from;
            }
        }
        if (from < low || to > high || from > to) {
            *error = tr("'%1' is outside %2-%3").arg(part).arg(low).arg(high);
            return false;
        }
        for (int v = from; v <= to; v += step)
            bits->set(std::size_t(v));
    }
    return true;
}

} // namespace

std::optional<CronSchedule> CronSchedule::parse(const QString &expression, QString *error)
{
    QStringList fields = expression.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (fields.size() == 5)
        fields.prepend(QStringLiteral("0"));
    if (fields.size() != 6) {
        *error = tr("a cron expression has six fields (second minute hour day-of-month month "
                    "day-of-week), or five without seconds");
        return std::nullopt;
    }
    static const QStringList months{
        QStringLiteral("JAN"), QStringLiteral("FEB"), QStringLiteral("MAR"), QStringLiteral("APR"),
        QStringLiteral("MAY"), QStringLiteral("JUN"), QStringLiteral("JUL"), QStringLiteral("AUG"),
        QStringLiteral("SEP"), QStringLiteral("OCT"), QStringLiteral("NOV"), QStringLiteral("DEC")};
    static const QStringList days{
        QStringLiteral("SUN"), QStringLiteral("MON"), QStringLiteral("TUE"), QStringLiteral("WED"),
        QStringLiteral("THU"), QStringLiteral("FRI"), QStringLiteral("SAT")};
    CronSchedule s;
    QString fieldError;
    std::bitset<8> weekdays; // 7 is Sunday too
    const bool ok = parseField(fields[0], 0, 59, {}, 0, &s.m_seconds, &fieldError) &&
                    parseField(fields[1], 0, 59, {}, 0, &s.m_minutes, &fieldError) &&
                    parseField(fields[2], 0, 23, {}, 0, &s.m_hours, &fieldError) &&
                    parseField(fields[3], 1, 31, {}, 0, &s.m_days, &fieldError) &&
                    parseField(fields[4], 1, 12, months, 1, &s.m_months, &fieldError) &&
                    parseField(fields[5], 0, 7, days, 0, &weekdays, &fieldError);
    if (!ok) {
        *error = tr("cron expression '%1': %2").arg(expression, fieldError);
        return std::nullopt;
    }
    for (int d = 0; d < 7; ++d)
        s.m_weekdays[std::size_t(d)] = weekdays[std::size_t(d)] || (d == 0 && weekdays[7]);
    s.m_anyDay = fields[3] == QLatin1String("*") || fields[3] == QLatin1String("?");
    s.m_anyWeekday = fields[5] == QLatin1String("*") || fields[5] == QLatin1String("?");
    return s;
}

QDateTime CronSchedule::next(const QDateTime &after) const
{
    QDateTime t = after.addSecs(1);
    t.setTime(QTime(t.time().hour(), t.time().minute(), t.time().second()));
    const QDateTime limit = after.addYears(5);
    auto dayMatches = [this](const QDate &d) {
        const bool day = m_days[std::size_t(d.day())];
        const bool weekday = m_weekdays[std::size_t(d.dayOfWeek() % 7)];
        if (m_anyDay || m_anyWeekday)
            return day && weekday;
        return day || weekday;
    };
    // Move the first field that does not match to its next value, resetting the smaller ones.
    while (t < limit) {
        const QDate d = t.date();
        if (!m_months[std::size_t(d.month())]) {
            t = QDateTime(QDate(d.year(), d.month(), 1).addMonths(1), QTime(0, 0), t.timeZone());
            continue;
        }
        if (!dayMatches(d)) {
            t = QDateTime(d.addDays(1), QTime(0, 0), t.timeZone());
            continue;
        }
        const QTime tm = t.time();
        if (!m_hours[std::size_t(tm.hour())]) {
            t = QDateTime(d, QTime(tm.hour(), 0), t.timeZone()).addSecs(3600);
            continue;
        }
        if (!m_minutes[std::size_t(tm.minute())]) {
            t = QDateTime(d, QTime(tm.hour(), tm.minute()), t.timeZone()).addSecs(60);
            continue;
        }
        if (!m_seconds[std::size_t(tm.second())]) {
            t = t.addSecs(1);
            continue;
        }
        return t;
    }
    return {};
}

QString checkTrigger(const RecurringRunInfo &r)
{
    if (r.maxConcurrency < 1)
        return tr("the number of runs at once must be at least 1");
    if (r.startTime.isValid() && r.endTime.isValid() && r.endTime <= r.startTime)
        return tr("the end time is before the start time");
    if (r.cron.trimmed().isEmpty())
        return r.intervalSeconds > 0
                   ? QString()
                   : tr("give a cron expression or an interval of at least one second");
    QString error;
    return CronSchedule::parse(r.cron, &error) ? QString() : error;
}

QDateTime nextFire(const RecurringRunInfo &r, const QDateTime &after)
{
    QDateTime from = after;
    if (r.startTime.isValid() && from < r.startTime)
        from = r.startTime.addSecs(-1);
    QDateTime next;
    if (r.cron.trimmed().isEmpty()) {
        if (r.intervalSeconds <= 0)
            return {};
        // Periodic fires are counted in whole intervals from the start time (which is the first
        // fire) or, without one, from the creation (one interval later comes the first fire).
        const QDateTime origin = r.startTime.isValid() ? r.startTime : r.created;
        if (!origin.isValid())
            return {};
        if (from < origin && r.startTime.isValid()) {
            next = origin;
        } else if (from < origin) {
            next = origin.addSecs(r.intervalSeconds);
        } else {
            const qint64 elapsed = origin.secsTo(from);
            next = origin.addSecs((elapsed / r.intervalSeconds + 1) * r.intervalSeconds);
        }
    } else {
        QString error;
        const auto cron = CronSchedule::parse(r.cron, &error);
        if (!cron)
            return {};
        next = cron->next(from);
    }
    if (!next.isValid() || (r.endTime.isValid() && next > r.endTime))
        return {};
    return next;
}

} // namespace kfw::backend
