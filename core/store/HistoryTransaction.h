#pragma once

#include <QLoggingCategory>
#include <QSqlDatabase>

class QSqlError;

namespace rb {

// The run history's log category, shared by its files.
Q_DECLARE_LOGGING_CATEGORY(lcHistory)

// BEGIN IMMEDIATE takes the write lock up front, so a second writer waits for the busy
// timeout instead of failing halfway through; rolled back unless committed.
class HistoryTransaction
{
public:
    explicit HistoryTransaction(const QSqlDatabase &db);
    ~HistoryTransaction();
    HistoryTransaction(const HistoryTransaction &) = delete;
    HistoryTransaction &operator=(const HistoryTransaction &) = delete;

    bool begin(QSqlError *error);
    bool commit(QSqlError *error);

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace rb
