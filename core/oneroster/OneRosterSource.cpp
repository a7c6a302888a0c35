#include "OneRosterSource.h"

#include "CsvReader.h"
#include "common/ZipEntryDevice.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <quazip.h>

namespace rb {

Q_LOGGING_CATEGORY(lcSource, "rosterbridge.oneroster.source")

namespace {
const QString kManifest = QStringLiteral("manifest.csv");

QString fileKey(const QString &fileName)
{
    // "users.csv" -> "file.users"
    return QStringLiteral("file.") + fileName.chopped(4);
}
} // namespace

QString oneRosterVersionName(OneRosterVersion version)
{
    return version == OneRosterVersion::V1_2 ? QStringLiteral("1.2") : QStringLiteral("1.1");
}

std::unique_ptr<OneRosterSource> OneRosterSource::open(const QString &path, Findings *findings)
{
    const QFileInfo info(path);
    const QString shown = info.fileName();
    std::unique_ptr<OneRosterSource> source(new OneRosterSource);
    source->m_path = path;
    if (!info.exists()) {
        findings->error(shown, 0, {}, tr("the file or folder does not exist: %1").arg(path),
                        QStringLiteral("source.missing"));
        return nullptr;
    }
    if (info.isDir()) {
        const QDir dir(path);
        const auto entries = dir.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
        source->m_files = entries;
    } else {
        source->m_isZip = true;
        QuaZip zip(path);
        if (!zip.open(QuaZip::mdUnzip)) {
            findings->error(shown, 0, {},
                            tr("this is not a readable zip archive, or it is damaged or "
                               "truncated (zip error %1)")
                                .arg(zip.getZipError()),
                            QStringLiteral("source.zip.damaged"));
            return nullptr;
        }
        const QStringList names = zip.getFileNameList();
        for (const QString &name : names) {
            if (name.endsWith(u'/'))
                continue;
            if (name.contains(u'/')) {
                // A OneRoster zip keeps its files at the root; an enclosing folder is a common
                // mistake when a folder is zipped instead of its contents.
                findings->warning(shown, 0, name,
                                  tr("files inside folders are ignored; OneRoster files must be "
                                     "at the root of the zip"),
                                  QStringLiteral("source.zip.folder"));
                continue;
            }
            if (name.endsWith(QStringLiteral(".csv")))
                source->m_files.append(name);
        }
        zip.close();
    }
    if (source->m_files.contains(kManifest)) {
        source->m_hasManifest = true;
        if (!source->readManifest(findings))
            return nullptr;
    } else {
        findings->warning(shown, 0, kManifest,
                          tr("manifest.csv is missing; the OneRoster version is guessed from "
                             "the files"),
                          QStringLiteral("manifest.missing"));
        source->detectVersionWithoutManifest();
    }
    qCInfo(lcSource) << "opened" << path << "version" << oneRosterVersionName(source->m_version)
                     << "files" << source->m_files;
    return source;
}

FileMode OneRosterSource::mode(const QString &fileName) const
{
    if (m_hasManifest)
        return m_modes.value(fileName, FileMode::Absent);
    return m_files.contains(fileName) ? FileMode::Bulk : FileMode::Absent;
}

bool OneRosterSource::readManifest(Findings *findings)
{
    Result<std::unique_ptr<QIODevice>> opened = openFile(kManifest);
    if (!opened) {
        findings->error(kManifest, 0, {}, opened.error(), QStringLiteral("manifest.unreadable"));
        return false;
    }
    const std::unique_ptr<QIODevice> device = std::move(opened).value();
    CsvReader reader(device.get(), kManifest);
    bool header = true;
    bool sawVersion = false;
    while (reader.next()) {
        if (header) {
            header = false;
            if (reader.field(0) != "propertyName" || reader.field(1) != "value") {
                findings->error(kManifest, reader.line(), QString::fromUtf8(reader.field(0)),
                                tr("the header must be \"propertyName,value\""),
                                QStringLiteral("manifest.header"));
                return false;
            }
            continue;
        }
        const QString name = QString::fromUtf8(reader.field(0)).trimmed();
        const QString value = QString::fromUtf8(reader.field(1)).trimmed();
        if (name == QStringLiteral("oneroster.version")) {
            sawVersion = true;
            if (value == QStringLiteral("1.2")) {
                m_version = OneRosterVersion::V1_2;
            } else if (value == QStringLiteral("1.1") || value == QStringLiteral("1.0")) {
                m_version = OneRosterVersion::V1_1;
            } else {
                findings->error(kManifest, reader.line(), name,
                                tr("unsupported OneRoster version \"%1\"; 1.1 and 1.2 are "
                                   "supported")
                                    .arg(value),
                                QStringLiteral("manifest.version"));
                return false;
            }
        } else if (name.startsWith(QStringLiteral("file."))) {
            const QString file = name.mid(5) + QStringLiteral(".csv");
            const QString mode = value.toLower();
            if (mode == QStringLiteral("bulk")) {
                m_modes.insert(file, FileMode::Bulk);
            } else if (mode == QStringLiteral("delta")) {
                m_modes.insert(file, FileMode::Delta);
            } else if (mode == QStringLiteral("absent")) {
                m_modes.insert(file, FileMode::Absent);
            } else {
                findings->error(
                    kManifest, reader.line(), name,
                    tr("\"%1\" is not a file mode; use bulk, delta or absent").arg(value),
                    QStringLiteral("manifest.mode"));
            }
        }
    }
    if (reader.hasFatalError()) {
        findings->error(kManifest, reader.fatalErrorLine(), {}, reader.fatalError(),
                        QStringLiteral("manifest.unreadable"));
        return false;
    }
    if (!sawVersion) {
        findings->warning(kManifest, 0, QStringLiteral("oneroster.version"),
                          tr("the manifest does not give the OneRoster version; the version is "
                             "guessed from the files"),
                          QStringLiteral("manifest.version.missing"));
        detectVersionWithoutManifest();
    }
    // Files present but not listed, and files listed but not present, are both reported by
    // the entity reader for the files it needs; here only the manifest's own consistency.
    for (const QString &file : std::as_const(m_files)) {
        if (file != kManifest && !m_modes.contains(file))
            findings->warning(kManifest, 0, fileKey(file),
                              tr("%1 is in the export but not listed in the manifest").arg(file),
                              QStringLiteral("manifest.unlisted"));
    }
    return true;
}

void OneRosterSource::detectVersionWithoutManifest()
{
    // 1.2 moved roles out of users.csv into roles.csv.
    m_version = m_files.contains(QStringLiteral("roles.csv")) ? OneRosterVersion::V1_2
                                                              : OneRosterVersion::V1_1;
}

Result<std::unique_ptr<QIODevice>> OneRosterSource::openFile(const QString &fileName) const
{
    std::unique_ptr<QIODevice> device;
    if (m_isZip)
        device = std::make_unique<ZipEntryDevice>(m_path, fileName);
    else
        device = std::make_unique<QFile>(QDir(m_path).filePath(fileName));
    if (!device->open(QIODevice::ReadOnly))
        return Failure{tr("%1 could not be opened: %2").arg(fileName, device->errorString())};
    return device;
}

qint64 OneRosterSource::sizeOf(const QIODevice *device) const
{
    if (m_isZip)
        return static_cast<const ZipEntryDevice *>(device)->declaredSize();
    return device->isSequential() ? 0 : device->size();
}

QString OneRosterSource::finishRead(QIODevice *device) const
{
    if (!m_isZip)
        return {};
    // The entry checks its size, data and checksum as it is read; a failure shows here when
    // the reader did not already report it as a read error.
    auto *entry = static_cast<ZipEntryDevice *>(device);
    if (entry->failed())
        return entry->errorString();
    entry->close();
    return {};
}

} // namespace rb
