#pragma once

#include "common/Result.h"
#include <QCoreApplication>
#include <QString>

#include <span>

class QSqlDatabase;

namespace rb {

// What a history database file must be: SQLite with this build's tables at a schema version
// it knows. Refuses anything else and leaves it as it is; brings an older schema up to date.
class HistorySchema
{
    Q_DECLARE_TR_FUNCTIONS(rb::HistorySchema)
public:
    static constexpr int kVersion = 2;

    // Runs before SQLite sees the file, so that nothing is ever written to a file that is not
    // ours. Creates the folder of a new file (ReadWrite only). Fails with why the file cannot be
    // used.
    static Result<void> checkFile(const QString &path, bool readOnly);
    // Checks the open database's version and tables and, unless readOnly, switches it to
    // write-ahead logging, migrates it to kVersion and proves it can be written.
    static Result<void> prepare(QSqlDatabase &db, const QString &path, bool readOnly);

private:
    // One schema version's statements, in the caller's transaction.
    static Result<void> migrate(QSqlDatabase &db, const QString &path,
                                std::span<const char *const> statements);
};

} // namespace rb
