#include "AsmPackage.h"

#include "common/Findings.h"
#include "common/ZipEntryDevice.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <quazip.h>
#include <quazipfileinfo.h>

namespace rb {

namespace {

qsizetype tableIndex(AsmTable table)
{
    return static_cast<qsizetype>(table);
}

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

Result<std::unique_ptr<QIODevice>> AsmPackage::openTable(AsmTable table) const
{
    const QString &source = m_sources[tableIndex(table)];
    if (source.isEmpty())
        return Failure{tr("%1 is missing.").arg(asmFileName(table))};
    std::unique_ptr<QIODevice> device;
    if (m_kind == Kind::Zip)
        device = std::make_unique<ZipEntryDevice>(m_path, source);
    else
        device = std::make_unique<QFile>(source);
    if (!device->open(QIODevice::ReadOnly))
        return Failure{
            tr("%1 cannot be opened: %2").arg(asmFileName(table), device->errorString())};
    return device;
}

} // namespace rb
