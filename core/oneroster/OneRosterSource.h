#pragma once

#include "common/Findings.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <memory>

namespace rb {

enum class OneRosterVersion { V1_1, V1_2 };
QString oneRosterVersionName(OneRosterVersion version);

// How manifest.csv says a file is provided.
enum class FileMode { Absent, Bulk, Delta };

// A OneRoster CSV export, as a zip or as a folder. Files are opened one at a time and read as
// streams; a zip entry is inflated while it is read, never loaded whole, and refused when it is
// larger than ZipEntryDevice::kMaxEntrySize or holds more than the zip directory declares.
class OneRosterSource
{
    Q_DECLARE_TR_FUNCTIONS(rb::OneRosterSource)
public:
    // Opens the export and reads manifest.csv. Problems with the container or the manifest
    // are added to findings; returns nullptr when nothing can be read at all.
    static std::unique_ptr<OneRosterSource> open(const QString &path, Findings *findings);

    const QString &path() const { return m_path; }
    bool isZip() const { return m_isZip; }
    OneRosterVersion version() const { return m_version; }
    bool hasManifest() const { return m_hasManifest; }

    bool contains(const QString &fileName) const { return m_files.contains(fileName); }
    // The mode manifest.csv gives for "users.csv" (key file.users); Bulk when there is no
    // manifest and the file exists, Absent when it does not.
    FileMode mode(const QString &fileName) const;
    const QStringList &fileNames() const { return m_files; }

    // A readable stream over one file. A damaged or oversized zip entry makes read() fail with
    // the reason in errorString(); finishRead() after the last byte repeats any such failure.
    Result<std::unique_ptr<QIODevice>> openFile(const QString &fileName) const;
    // Returns an empty string when the file was read completely and intact.
    QString finishRead(QIODevice *device) const;
    // The size of an opened file, 0 when not known.
    qint64 sizeOf(const QIODevice *device) const;

private:
    OneRosterSource() = default;
    bool readManifest(Findings *findings);
    void detectVersionWithoutManifest();

    QString m_path;
    bool m_isZip = false;
    bool m_hasManifest = false;
    OneRosterVersion m_version = OneRosterVersion::V1_1;
    QStringList m_files;
    QHash<QString, FileMode> m_modes;
};

} // namespace rb
