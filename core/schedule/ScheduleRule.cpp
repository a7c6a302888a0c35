#include "ScheduleRule.h"

#include "common/JsonSettingsReader.h"

#include <QJsonValue>
#include <QList>

#include <optional>

using namespace Qt::StringLiterals;

namespace rb {

namespace {

// Old-style US ids from tzdata's "backward" file. The zone files exist, but Qt lists only the
// canonical ids, and admins (and Claris Connect's own tip) look for their zone under "US/".
const char *const kUsAliases[] = {
    "US/Alaska", "US/Aleutian",       "US/Arizona",  "US/Central",  "US/East-Indiana", "US/Eastern",
    "US/Hawaii", "US/Indiana-Starke", "US/Michigan", "US/Mountain", "US/Pacific",      "US/Samoa"};

QDateTime utcAt(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc());
}

bool isWeekend(QDate date)
{
    return date.dayOfWeek() == Qt::Saturday || date.dayOfWeek() == Qt::Sunday;
}

} // namespace

QTimeZone ScheduleRule::zone() const
{
    if (timeZone.isEmpty())
        return QTimeZone::systemTimeZone();
    return QTimeZone(timeZone.toUtf8());
}

bool ScheduleRule::isValid() const
{
    if (minute < 0 || minute > 59)
        return false;
    if (kind == ScheduleKind::Daily && (hour < 0 || hour > 23))
        return false;
    if (kind == ScheduleKind::EveryNHours && (everyHours < 1 || everyHours > 24))
        return false;
    return zone().isValid();
}

QDateTime ScheduleRule::resolveLocal(QDate date, QTime time, const QTimeZone &zone)
{
    if (!zone.isValid() || !date.isValid() || !time.isValid())
        return {};
    // The wall reading counted as if it were UTC; the instant is this minus the zone's offset.
    const qint64 wall = QDateTime(date, time, QTimeZone::utc()).toSecsSinceEpoch();
    // Offsets a day either side bracket any instant the reading can stand for (offsets stay
    // within +-14 h), so they are the offsets before and after a change on this date.
    const int before = zone.offsetFromUtc(utcAt(wall - 86400));
    const int after = zone.offsetFromUtc(utcAt(wall + 86400));

    std::optional<qint64> earliest;
    for (const int offset : {before, after}) {
        const qint64 candidate = wall - offset;
        if (zone.offsetFromUtc(utcAt(candidate)) == offset && (!earliest || candidate < *earliest))
            earliest = candidate;
    }
    // A reading that happens twice (fall back): the first one.
    if (earliest)
        return utcAt(*earliest);

    // A reading inside a gap (spring forward): the change itself, whose wall reading is the
    // first valid one after the gap. At wall - after the old offset still holds and at
    // wall - before the new one already does; search the second between them.
    qint64 lo = wall - after;
    qint64 hi = wall - before;
    if (hi <= lo)
        return {};
    while (hi - lo > 1) {
        const qint64 mid = lo + (hi - lo) / 2;
        if (zone.offsetFromUtc(utcAt(mid)) == before)
            lo = mid;
        else
            hi = mid;
    }
    return utcAt(hi);
}

QDateTime ScheduleRule::nextAfter(const QDateTime &utcNow) const
{
    if (paused || !utcNow.isValid() || !isValid())
        return {};
    const QTimeZone tz = zone();
    QList<int> hours;
    if (kind == ScheduleKind::Daily) {
        hours.append(hour);
    } else {
        for (int h = 0; h < 24; h += everyHours)
            hours.append(h);
    }
    // Slot instants rise with the date and the hour, so the first one after now is the answer.
    // A day back covers a slot that a gap pushed past midnight; ten days always hold a weekday.
    const QDate today = utcNow.toTimeZone(tz).date();
    for (QDate day = today.addDays(-1); day <= today.addDays(8); day = day.addDays(1)) {
        if (!runOnWeekends && isWeekend(day))
            continue;
        for (const int h : std::as_const(hours)) {
            QDateTime at = resolveLocal(day, QTime(h, minute), tz);
            if (at.isValid() && at > utcNow)
                return at;
        }
    }
    return {};
}

QString ScheduleRule::describe() const
{
    QString text;
    if (kind == ScheduleKind::Daily || everyHours == 24) {
        const int h = kind == ScheduleKind::Daily ? hour : 0;
        text = tr("Every day at %1").arg(QTime(h, minute).toString(u"HH:mm"_s));
    } else if (everyHours == 1) {
        text = tr("Every hour from %1").arg(QTime(0, minute).toString(u"HH:mm"_s));
    } else {
        text = tr("Every %1 hours from %2")
                   .arg(QString::number(everyHours), QTime(0, minute).toString(u"HH:mm"_s));
    }
    if (!runOnWeekends)
        text = tr("%1, Monday to Friday").arg(text);
    const QString zoneName =
        timeZone.isEmpty() ? QString::fromUtf8(QTimeZone::systemTimeZoneId()) : timeZone;
    text = tr("%1 (%2)").arg(text, zoneName);
    if (paused)
        text = tr("%1, paused").arg(text);
    return text;
}

QJsonObject ScheduleRule::toJson() const
{
    QJsonObject o;
    o.insert(u"kind"_s, kind == ScheduleKind::EveryNHours ? u"everyNHours"_s : u"daily"_s);
    o.insert(u"hour"_s, hour);
    o.insert(u"minute"_s, minute);
    o.insert(u"everyHours"_s, everyHours);
    o.insert(u"timeZone"_s, timeZone);
    o.insert(u"runOnWeekends"_s, runOnWeekends);
    o.insert(u"paused"_s, paused);
    return o;
}

ScheduleRule ScheduleRule::fromJson(const QJsonObject &json, Findings *findings,
                                    const QString &file)
{
    ScheduleRule s;
    const JsonSettingsReader r(json, findings, file);
    static const QStringList known = {u"kind"_s,       u"hour"_s,     u"minute"_s,
                                      u"everyHours"_s, u"timeZone"_s, u"runOnWeekends"_s,
                                      u"paused"_s};
    r.checkKeys(known);

    QString text;
    r.readString(u"kind"_s, &text);
    if (text == u"everyNHours")
        s.kind = ScheduleKind::EveryNHours;
    else if (text == u"daily" || text.isEmpty())
        s.kind = ScheduleKind::Daily;
    else
        r.bad(u"kind"_s,
              tr("\"%1\" is not a kind of schedule; use daily or everyNHours").arg(text));
    r.readInt(u"hour"_s, 0, 23, &s.hour);
    r.readInt(u"minute"_s, 0, 59, &s.minute);
    r.readInt(u"everyHours"_s, 1, 24, &s.everyHours);
    r.readString(u"timeZone"_s, &s.timeZone);
    // Kept even when unknown, and only a warning: a zone this computer's time zone database
    // lacks (a profile brought from another computer) must not make the profile unreadable.
    // Such a rule is never due, and the scheduler says why.
    if (!s.timeZone.isEmpty() && !QTimeZone(s.timeZone.toUtf8()).isValid())
        findings->warning(file, 0, u"timeZone"_s,
                          tr("\"%1\" is not a known time zone; use an IANA id such as "
                             "America/New_York")
                              .arg(s.timeZone),
                          u"schedule.timeZone"_s);
    r.readBool(u"runOnWeekends"_s, &s.runOnWeekends);
    r.readBool(u"paused"_s, &s.paused);
    return s;
}

QStringList ScheduleRule::timeZoneIds(const QString &filter)
{
    QStringList all;
    const QList<QByteArray> available = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &id : available)
        all.append(QString::fromUtf8(id));
    for (const char *alias : kUsAliases) {
        const QString id = QString::fromLatin1(alias);
        if (!all.contains(id) && QTimeZone(QByteArray(alias)).isValid())
            all.append(id);
    }

    const QString f = filter.trimmed();
    const bool prefix = f.indexOf(u'/') > 0;
    QStringList ids;
    for (const QString &id : std::as_const(all)) {
        if (f.isEmpty() ||
            (prefix ? id.startsWith(f, Qt::CaseInsensitive) : id.contains(f, Qt::CaseInsensitive)))
            ids.append(id);
    }
    ids.sort(Qt::CaseInsensitive);
    return ids;
}

} // namespace rb
