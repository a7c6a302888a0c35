#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

class QSqlError;

namespace rb {

// SQLite's errors in words for the admin: what failed, in which file, and why (read-only,
// disk full, damaged, busy...), with SQLite's own text after.
class HistoryError
{
    Q_DECLARE_TR_FUNCTIONS(rb::HistoryError)
public:
    static QString describe(const QSqlError &error);
    // "<what> in <path>: <reason>."
    static QString message(const QString &what, const QString &path, const QSqlError &error);
    // The message as a failure, logged as a warning.
    static Failure failure(const QString &what, const QString &path, const QSqlError &error);
    static Failure failure(const QString &message);
};

} // namespace rb
