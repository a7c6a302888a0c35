#include "FolderDelivery.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace rb {

Q_LOGGING_CATEGORY(lcFolderDelivery, "rosterbridge.delivery.folder")

namespace {
constexpr qint64 kCopyBufferSize = 256 * 1024;

void add(TransferResult *result, const QString &name, const QString &detail, bool ok,
         const QElapsedTimer &timer, qint64 bytes = 0)
{
    result->operations.append(SftpOperation{name, detail, ok, timer.elapsed(), bytes});
}
} // namespace

TransferResult FolderDelivery::deliver(const QString &localFile, const QString &folder,
                                       const QString &name)
{
    TransferResult result;
    auto failWith = [&result](TransferError error, const QString &message) {
        result.error = error;
        result.message = message;
        qCWarning(lcFolderDelivery).noquote() << message;
        return result;
    };
    QFile in(localFile);
    if (!in.open(QIODevice::ReadOnly))
        return failWith(TransferError::LocalFile,
                        tr("The file %1 cannot be read: %2.").arg(localFile, in.errorString()));
    if (!QFileInfo(folder).isDir())
        return failWith(TransferError::RemoteFolder,
                        tr("The delivery folder %1 does not exist.").arg(folder));
    const QString target =
        QDir(folder).filePath(name.isEmpty() ? QFileInfo(localFile).fileName() : name);
    result.target = target;

    QElapsedTimer timer;
    timer.start();
    QSaveFile out(target);
    const bool opened = out.open(QIODevice::WriteOnly);
    add(&result, u"open"_s, target, opened, timer);
    if (!opened)
        return failWith(TransferError::RemoteFile,
                        tr("Cannot write into %1: %2.").arg(folder, out.errorString()));

    timer.restart();
    const qint64 total = in.size();
    QByteArray buffer(kCopyBufferSize, Qt::Uninitialized);
    qint64 written = 0;
    if (m_progress)
        m_progress(0, total);
    for (;;) {
        if (m_cancel && m_cancel->load()) {
            out.cancelWriting();
            add(&result, u"write"_s, target, false, timer, written);
            return failWith(TransferError::Cancelled, tr("Cancelled."));
        }
        const qint64 got = in.read(buffer.data(), buffer.size());
        if (got < 0) {
            out.cancelWriting();
            add(&result, u"write"_s, target, false, timer, written);
            return failWith(TransferError::LocalFile,
                            tr("Reading %1 failed: %2.").arg(localFile, in.errorString()));
        }
        if (got == 0)
            break;
        if (out.write(buffer.constData(), got) != got) {
            const QString why = out.errorString();
            out.cancelWriting();
            add(&result, u"write"_s, target, false, timer, written);
            return failWith(TransferError::RemoteFile,
                            tr("Writing %1 failed: %2.").arg(target, why));
        }
        written += got;
        if (m_progress)
            m_progress(written, total);
    }
    add(&result, u"write"_s, target, true, timer, written);

    timer.restart();
    const bool committed = out.commit();
    add(&result, u"rename"_s, target, committed, timer);
    if (!committed)
        return failWith(
            TransferError::RemoteFile,
            tr("Could not move the file into place as %1: %2.").arg(target, out.errorString()));
    result.ok = true;
    result.bytes = written;
    qCInfo(lcFolderDelivery).noquote() << "delivered" << written << "bytes to" << target;
    return result;
}

} // namespace rb
