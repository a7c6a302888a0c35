#include "HistoryTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rb {

HistoryTransaction::HistoryTransaction(const QSqlDatabase &db)
    : m_db(db)
{
}

HistoryTransaction::~HistoryTransaction()
{
    if (m_active) {
        QSqlQuery q(m_db);
        if (!q.exec(u"ROLLBACK"_s))
            qCWarning(lcHistory).noquote() << "rollback failed:" << q.lastError().text();
    }
}

bool HistoryTransaction::begin(QSqlError *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(u"BEGIN IMMEDIATE"_s)) {
        *error = q.lastError();
        return false;
    }
    m_active = true;
    return true;
}

bool HistoryTransaction::commit(QSqlError *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(u"COMMIT"_s)) {
        *error = q.lastError();
        return false;
    }
    m_active = false;
    return true;
}

} // namespace rb
