#include "AsmPackage.h"

#include "common/Findings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

Q_LOGGING_CATEGORY(lcAsmPackage, "rosterbridge.asm.package", QtInfoMsg)

namespace rb {

namespace {

qsizetype tableIndex(AsmTable table)
{
    return static_cast<qsizetype>(table);
}

// One zip entry as a read-only stream. It owns its own QuaZip so that several tables can be read
// independently, and it turns the damage minizip only reports on close (CRC mismatch) or not at
// all (fewer bytes than the directory promises) into a read error.
class ZipEntryDevice : public QIODevice
{
public:
    ZipEntryDevice(const QString &zipPath, const QString &entry)
        : m_zip(zipPath)
        , m_file(&m_zip)
        , m_entry(entry)
    {
    }
    ~ZipEntryDevice() override { ZipEntryDevice::close(); }

    bool open(OpenMode mode) override
    {
        if (!m_zip.open(QuaZip::mdUnzip)) {
            setErrorString(AsmPackage::tr("The zip cannot be opened (zip error %1).")
                               .arg(m_zip.getZipError()));
            return false;
        }
        QuaZipFileInfo64 info;
        if (!m_zip.setCurrentFile(m_entry, QuaZip::csSensitive) ||
            !m_zip.getCurrentFileInfo(&info)) {
            setErrorString(AsmPackage::tr("\"%1\" cannot be found in the zip.").arg(m_entry));
            return false;
        }
        m_expected = info.uncompressedSize;
        if (!m_file.open(QIODevice::ReadOnly)) {
            setErrorString(AsmPackage::tr("\"%1\" in the zip cannot be opened (zip error %2).")
                               .arg(m_entry)
                               .arg(m_file.getZipError()));
            return false;
        }
        return QIODevice::open(mode | QIODevice::Unbuffered);
    }

    void close() override
    {
        if (m_file.isOpen())
            m_file.close();
        m_zip.close();
        QIODevice::close();
    }

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_failed)
            return -1;
        if (m_finished || maxSize <= 0)
            return 0;
        const qint64 got = m_file.read(data, maxSize);
        if (got < 0)
            return damaged(AsmPackage::tr("the compressed data is corrupt (zip error %1)")
                               .arg(m_file.getZipError()));
        if (got > 0) {
            m_read += quint64(got);
            if (m_read > m_expected)
                return damaged(AsmPackage::tr("it holds more data than the zip directory says"));
            return got;
        }
        // End of the entry: only closing it compares the CRC.
        m_finished = true;
        m_file.close();
        const int error = m_file.getZipError();
        if (error == UNZ_CRCERROR)
            return damaged(AsmPackage::tr("its checksum (CRC) does not match its data"));
        if (error != UNZ_OK)
            return damaged(AsmPackage::tr("zip error %1 at its end").arg(error));
        if (m_read != m_expected) {
            return damaged(
                AsmPackage::tr("it ends after %1 of %2 bytes").arg(m_read).arg(m_expected));
        }
        return 0;
    }

    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 damaged(const QString &why)
    {
        m_failed = true;
        setErrorString(AsmPackage::tr("\"%1\" in the zip is damaged: %2.").arg(m_entry, why));
        qCWarning(lcAsmPackage) << "damaged zip entry" << m_entry << why;
        return -1;
    }

    QuaZip m_zip;
    QuaZipFile m_file;
    QString m_entry;
    quint64 m_expected = 0;
    quint64 m_read = 0;
    bool m_finished = false;
    bool m_failed = false;
};

} // namespace

AsmPackage::AsmPackage(const QString &path, Kind kind)
    : m_path(path)
    , m_kind(kind)
{
}

std::unique_ptr<AsmPackage> AsmPackage::open(const QString &path, Findings *findings)
{
    const QFileInfo info(path);
    const QString shown = info.fileName().isEmpty() ? path : info.fileName();
    if (!info.exists()) {
        findings->error(shown, 0, QString(),
                        tr("The file or folder \"%1\" does not exist.").arg(path),
                        QStringLiteral("asm.package.missing"));
        return nullptr;
    }
    std::unique_ptr<AsmPackage> package(
        new AsmPackage(info.absoluteFilePath(), info.isDir() ? Kind::Folder : Kind::Zip));
    if (package->m_kind == Kind::Folder) {
        package->scanFolder(findings);
    } else if (!package->scanZip(findings)) {
        return nullptr;
    }
    for (AsmTable table : kAsmTables) {
        if (!package->hasTable(table)) {
            findings->error(asmFileName(table), 0, QString(),
                            tr("The file is missing from %1; Apple needs all six files in every "
                               "upload.")
                                .arg(shown),
                            QStringLiteral("asm.package.tableMissing"));
        }
    }
    return package;
}

bool AsmPackage::scanZip(Findings *findings)
{
    const QString zipName = QFileInfo(m_path).fileName();
    QuaZip zip(m_path);
    if (!zip.open(QuaZip::mdUnzip)) {
        findings->error(zipName, 0, QString(),
                        tr("The zip cannot be opened (zip error %1): it is damaged, truncated or "
                           "not a zip archive.")
                            .arg(zip.getZipError()),
                        QStringLiteral("asm.zip.damaged"));
        return false;
    }
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFileInfo64 entry;
        if (!zip.getCurrentFileInfo(&entry))
            break;
        const bool isDir = entry.name.endsWith(u'/');
        if (!isDir && (entry.flags & 0x1)) {
            findings->error(
                zipName, 0, QString(),
                tr("\"%1\" is encrypted; Apple cannot read encrypted files.").arg(entry.name),
                QStringLiteral("asm.zip.encrypted"));
            continue;
        }
        if (!isDir && entry.method != 0 && entry.method != 8) {
            findings->error(zipName, 0, QString(),
                            tr("\"%1\" uses compression method %2; only stored or deflated "
                               "entries can be read.")
                                .arg(entry.name)
                                .arg(entry.method),
                            QStringLiteral("asm.zip.method"));
            continue;
        }
        classifyName(entry.name, zipName, isDir, true, findings);
    }
    if (zip.getZipError() != UNZ_OK) {
        findings->error(
            zipName, 0, QString(),
            tr("The zip's list of files is damaged (zip error %1).").arg(zip.getZipError()),
            QStringLiteral("asm.zip.damaged"));
        return false;
    }
    return true;
}

void AsmPackage::scanFolder(Findings *findings)
{
    const QDir dir(m_path);
    const QString folderName = QFileInfo(m_path).fileName();
    const QFileInfoList entries = dir.entryInfoList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &entry : entries) {
        const QString name = entry.fileName();
        classifyName(entry.isDir() ? name + u'/' : name, folderName, entry.isDir(), false,
                     findings);
        AsmTable table;
        if (!entry.isDir() && asmTableFromFileName(name, &table))
            m_sources[tableIndex(table)] = entry.absoluteFilePath();
    }
}

void AsmPackage::classifyName(const QString &name, const QString &location, bool isDir, bool strict,
                              Findings *findings)
{
    const Severity extraSeverity = strict ? Severity::Error : Severity::Warning;
    const QString why = strict ? tr("Apple rejects it.")
                               : tr("It is not part of the upload and will not be delivered.");
    if (isDir) {
        findings->add(
            extraSeverity, location, 0, QString(),
            tr("\"%1\" is a folder; the six files must be at the top level. %2").arg(name, why),
            QStringLiteral("asm.package.folder"));
        return;
    }
    if (name.contains(u'/') || name.contains(u'\\')) {
        findings->add(extraSeverity, location, 0, QString(),
                      tr("\"%1\" is inside a folder; the six files must be at the top level. %2")
                          .arg(name, why),
                      QStringLiteral("asm.package.folder"));
        return;
    }
    AsmTable table;
    if (asmTableFromFileName(name, &table)) {
        QString &source = m_sources[tableIndex(table)];
        if (strict && !source.isEmpty()) {
            findings->error(location, 0, QString(),
                            tr("\"%1\" appears more than once in the zip.").arg(name),
                            QStringLiteral("asm.package.duplicate"));
        } else if (strict) {
            source = name;
        }
        return;
    }
    for (AsmTable t : kAsmTables) {
        if (name.compare(asmFileName(t), Qt::CaseInsensitive) == 0) {
            findings->error(location, 0, QString(),
                            tr("\"%1\" must be named exactly \"%2\"; Apple's file names are "
                               "case-sensitive.")
                                .arg(name, asmFileName(t)),
                            QStringLiteral("asm.package.nameCase"));
            return;
        }
    }
    findings->add(extraSeverity, location, 0, QString(),
                  tr("\"%1\" is not one of Apple's six template files. %2").arg(name, why),
                  QStringLiteral("asm.package.extra"));
}

bool AsmPackage::hasTable(AsmTable table) const
{
    return !m_sources[tableIndex(table)].isEmpty();
}

std::unique_ptr<QIODevice> AsmPackage::openTable(AsmTable table, QString *error) const
{
    const QString &source = m_sources[tableIndex(table)];
    if (source.isEmpty()) {
        if (error)
            *error = tr("%1 is missing.").arg(asmFileName(table));
        return nullptr;
    }
    std::unique_ptr<QIODevice> device;
    if (m_kind == Kind::Zip)
        device = std::make_unique<ZipEntryDevice>(m_path, source);
    else
        device = std::make_unique<QFile>(source);
    if (!device->open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1 cannot be opened: %2").arg(asmFileName(table), device->errorString());
        return nullptr;
    }
    return device;
}

} // namespace rb
