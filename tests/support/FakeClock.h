#pragma once

#include "schedule/Clock.h"

#include <QDateTime>
#include <QString>

namespace rb::test {

// A clock the test sets and moves, for the scheduler and what follows its heartbeat.
class FakeClock : public Clock
{
public:
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &utc) { m_now = utc; }
    // An ISO 8601 instant, e.g. "2026-11-05T10:30:00Z".
    void set(const QString &iso) { m_now = QDateTime::fromString(iso, Qt::ISODate); }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }

private:
    QDateTime m_now;
};

} // namespace rb::test
