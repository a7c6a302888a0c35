#include "HistoryError.h"

#include "HistoryTransaction.h"

#include <QSqlError>

namespace rb {

namespace {

// SQLite primary result codes (the driver reports extended codes; the low byte is the primary).
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteIoErr = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteNotADb = 26;

} // namespace

QString HistoryError::describe(const QSqlError &error)
{
    QString reason;
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case kSqliteReadOnly:
        reason = tr("the file or its folder is read-only");
        break;
    case kSqliteFull:
        reason = tr("the disk is full");
        break;
    case kSqliteCorrupt:
    case kSqliteNotADb:
        reason = tr("the file is damaged or is not a history database; it was left as it is, "
                    "move it away to start a new history");
        break;
    case kSqliteBusy:
    case kSqliteLocked:
        reason = tr("another RosterBridge kept the database busy");
        break;
    case kSqliteCantOpen:
        reason = tr("the file cannot be opened");
        break;
    case kSqliteIoErr:
        reason = tr("the disk reported an error");
        break;
    default:
        return error.text();
    }
    return QString(reason % u" (" % error.text() % u')');
}

QString HistoryError::message(const QString &what, const QString &path, const QSqlError &error)
{
    return tr("%1 in %2: %3.").arg(what, path, describe(error));
}

Failure HistoryError::failure(const QString &what, const QString &path, const QSqlError &error)
{
    return failure(message(what, path, error));
}

Failure HistoryError::failure(const QString &message)
{
    qCWarning(lcHistory).noquote() << message;
    return Failure{message};
}

} // namespace rb
