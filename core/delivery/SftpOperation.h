#pragma once

#include <QJsonObject>
#include <QString>

namespace rb {

// One step of a delivery (connect, handshake, auth, open, write, close...), kept in the run
// history so an admin can see what happened and how long it took.
struct SftpOperation
{
    QString name;
    QString detail;
    bool ok = false;
    qint64 durationMs = 0;
    qint64 bytes = 0;

    QJsonObject toJson() const;
};

} // namespace rb
