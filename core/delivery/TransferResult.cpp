#include "TransferResult.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace rb {

QString transferErrorName(TransferError error)
{
    switch (error) {
    case TransferError::None:
        return u"none"_s;
    case TransferError::Settings:
        return u"settings"_s;
    case TransferError::Dns:
        return u"dns"_s;
    case TransferError::Tcp:
        return u"tcp"_s;
    case TransferError::Handshake:
        return u"handshake"_s;
    case TransferError::HostKeyUnknown:
        return u"hostKeyUnknown"_s;
    case TransferError::HostKeyChanged:
        return u"hostKeyChanged"_s;
    case TransferError::Authentication:
        return u"authentication"_s;
    case TransferError::Sftp:
        return u"sftp"_s;
    case TransferError::RemoteFolder:
        return u"remoteFolder"_s;
    case TransferError::RemoteFile:
        return u"remoteFile"_s;
    case TransferError::LocalFile:
        return u"localFile"_s;
    case TransferError::Timeout:
        return u"timeout"_s;
    case TransferError::ConnectionLost:
        return u"connectionLost"_s;
    case TransferError::Cancelled:
        return u"cancelled"_s;
    }
    return u"unknown"_s;
}

QJsonObject TransferResult::toJson() const
{
    QJsonObject o;
    o.insert(u"ok"_s, ok);
    if (!ok) {
        o.insert(u"error"_s, transferErrorName(error));
        o.insert(u"message"_s, message);
    }
    o.insert(u"target"_s, target);
    o.insert(u"bytes"_s, bytes);
    if (!localFiles.isEmpty())
        o.insert(u"localFiles"_s, QJsonArray::fromStringList(localFiles));
    if (!hostKeyFingerprint.isEmpty())
        o.insert(u"hostKeyFingerprint"_s, hostKeyFingerprint);
    if (hostKeyTrustedOnFirstUse)
        o.insert(u"hostKeyTrustedOnFirstUse"_s, true);
    QJsonArray ops;
    for (const SftpOperation &op : operations)
        ops.append(op.toJson());
    o.insert(u"operations"_s, ops);
    return o;
}

} // namespace rb
