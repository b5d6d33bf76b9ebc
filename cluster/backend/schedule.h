#pragma once

#include "cluster/backend/services.h"

#include <QDateTime>
#include <QString>

#include <array>
#include <bitset>
#include <optional>

namespace kfw::backend {

// A cron expression as KFP's scheduled runs take it: six fields (second, minute, hour, day of
// month, month, day of week) or the classic five (second 0). Fields take *, numbers, ranges
// a-b, steps */n and a-b/n, and lists; months and days also by name (JAN, MON). A day restricted
// in both day fields matches either, as in cron.
class CronSchedule
{
public:
    static std::optional<CronSchedule> parse(const QString &expression, QString *error);

    // The first time strictly after `after` that matches, in after's time zone; invalid when
    // none comes within five years.
    QDateTime next(const QDateTime &after) const;

private:
    std::bitset<60> m_seconds, m_minutes;
    std::bitset<24> m_hours;
    std::bitset<32> m_days;    // 1..31
    std::bitset<13> m_months;  // 1..12
    std::bitset<7> m_weekdays; // 0 = Sunday
    bool m_anyDay = true, m_anyWeekday = true;
};

// The next time a recurring run fires after `after` (cron or interval, within its start and end
// times); invalid when it will not fire again or the schedule is malformed.
QDateTime nextFire(const RecurringRunInfo &recurringRun, const QDateTime &after);

// Checks a recurring run's trigger; returns an empty string when it is valid.
QString checkTrigger(const RecurringRunInfo &recurringRun);

} // namespace kfw::backend
