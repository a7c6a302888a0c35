#include "AsmPackager.h"

#include "AsmSchema.h"
#include "common/Cancellation.h"
#include "common/ParallelDeflater.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <functional>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace rb {

namespace {

// A fixed entry time (noon, so no time zone shifts the date): the zip's bytes depend only on
// the six files.
QDateTime fixedEntryTime()
{
    return QDateTime(QDate(2000, 1, 1), QTime(12, 0));
}

} // namespace

Result<void> AsmPackager::writeZip(const QString &folderWithSixCsvFiles, const QString &zipPath,
                                   int threads)
{
    const QDir folder(folderWithSixCsvFiles);
    // Exact names are checked because a case-insensitive file system would accept others.
    const QStringList present = folder.entryList(QDir::Files);
    for (AsmTable table : kAsmTables) {
        if (!present.contains(asmFileName(table))) {
            return Failure{
                tr("%1 is missing from %2.")
                    .arg(asmFileName(table), QDir::toNativeSeparators(folderWithSixCsvFiles))};
        }
    }

    QSaveFile output(zipPath);
    if (!output.open(QIODevice::WriteOnly))
        return Failure{tr("Cannot write %1: %2").arg(zipPath, output.errorString())};

    QuaZip zip(&output);
    // The save file must be committed, never closed, and only when everything succeeded.
    zip.setAutoClose(false);
    zip.setDataDescriptorWritingEnabled(false);
    zip.setZip64Enabled(false);
    if (!zip.open(QuaZip::mdCreate)) {
        output.cancelWriting();
        return Failure{
            tr("Cannot create the zip %1 (zip error %2).").arg(zipPath).arg(zip.getZipError())};
    }

    // Each file is read twice: once for the checksum and size that the entry's header needs
    // first, then to deflate it on every core straight into the zip.
    ParallelDeflater deflater(Z_BEST_SPEED, threads);
    QByteArray chunk(1024 * 1024, Qt::Uninitialized);
    const auto readAll = [&chunk](QFile *input, const std::function<bool(QByteArrayView)> &use) {
        if (!input->seek(0))
            return false;
        for (;;) {
            if (Cancellation::requested())
                return false;
            const qint64 got = input->read(chunk.data(), chunk.size());
            if (got <= 0)
                return got == 0;
            if (!use(QByteArrayView(chunk.constData(), got)))
                return false;
        }
    };
    for (AsmTable table : kAsmTables) {
        const QString name = asmFileName(table);
        QFile input(folder.filePath(name));
        uLong crc = crc32(0, nullptr, 0);
        qint64 size = 0;
        const bool read =
            input.open(QIODevice::ReadOnly) && readAll(&input, [&crc, &size](QByteArrayView data) {
                crc = crc32(crc, reinterpret_cast<const Bytef *>(data.data()), uInt(data.size()));
                size += data.size();
                return true;
            });
        if (!read) {
            output.cancelWriting();
            if (Cancellation::requested())
                return Failure{Cancellation::message()};
            return Failure{tr("Cannot read %1: %2").arg(input.fileName(), input.errorString())};
        }

        QuaZipNewInfo info(name);
        info.dateTime = fixedEntryTime();
        info.uncompressedSize = ulong(size);
        info.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                            QFile::ReadOther);
        QuaZipFile entry(&zip);
        // Fastest deflate: about five times quicker than the default level for some 8 % more
        // bytes. Raw: the bytes are deflated here.
        if (!entry.open(QIODevice::WriteOnly, info, nullptr, quint32(crc), Z_DEFLATED, Z_BEST_SPEED,
                        true)) {
            output.cancelWriting();
            return Failure{
                tr("Cannot add %1 to the zip (zip error %2).").arg(name).arg(entry.getZipError())};
        }
        deflater.clear();
        deflater.setSink([&entry](QByteArrayView piece) {
            return entry.write(piece.data(), piece.size()) == piece.size();
        });
        const bool fed = readAll(&input, [&deflater](QByteArrayView data) {
            return deflater.add(data.data(), data.size());
        });
        if (!deflater.finish() || !fed) {
            output.cancelWriting();
            if (Cancellation::requested())
                return Failure{Cancellation::message()};
            return Failure{tr("Cannot write %1 into the zip (zip error %2).")
                               .arg(name)
                               .arg(entry.getZipError())};
        }
        // The staged files are the run's own; a difference means the disk misread.
        if (deflater.crc() != quint32(crc) || deflater.size() != size) {
            output.cancelWriting();
            return Failure{tr("%1 changed while it was being zipped.").arg(name)};
        }
        entry.close();
        if (entry.getZipError() != UNZ_OK) {
            output.cancelWriting();
            return Failure{tr("Cannot finish %1 in the zip (zip error %2).")
                               .arg(name)
                               .arg(entry.getZipError())};
        }
    }

    zip.close();
    if (zip.getZipError() != UNZ_OK) {
        output.cancelWriting();
        return Failure{
            tr("Cannot finish the zip %1 (zip error %2).").arg(zipPath).arg(zip.getZipError())};
    }
    if (!output.commit())
        return Failure{tr("Cannot save %1: %2").arg(zipPath, output.errorString())};
    return {};
}

Result<void> AsmPackager::copyZip(const QString &from, const QString &zipPath)
{
    QFile input(from);
    if (!input.open(QIODevice::ReadOnly))
        return Failure{tr("Cannot read %1: %2").arg(from, input.errorString())};
    QSaveFile output(zipPath);
    if (!output.open(QIODevice::WriteOnly))
        return Failure{tr("Cannot write %1: %2").arg(zipPath, output.errorString())};
    QByteArray chunk(1024 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 n = input.read(chunk.data(), chunk.size());
        if (n < 0 || (n > 0 && output.write(chunk.constData(), n) != n)) {
            const QString why = n < 0 ? input.errorString() : output.errorString();
            output.cancelWriting();
            return Failure{tr("Cannot write %1: %2").arg(zipPath, why)};
        }
        if (n == 0)
            break;
    }
    if (!output.commit())
        return Failure{tr("Cannot write %1: %2").arg(zipPath, output.errorString())};
    return {};
}

} // namespace rb
