#pragma once

#include "AsmSchema.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <array>
#include <memory>

class QIODevice;

namespace rb {

class Findings;

// The six tables of one Apple School Manager upload, read from a .zip or from a folder.
// open() checks the structure Apple requires and reports every problem as a finding:
//   zip: each of the six names present at the root, spelled with the exact case, once;
//        no folders and no other entries (Apple rejects both); entries readable (not
//        encrypted, stored or deflated); the archive itself readable.
//   folder: the six files present with the exact names; other entries are only warned about,
//        since AsmPackager copies just the six files into the zip.
// Tables are read as streams; a zip entry is inflated as it is read, never held in memory, and
// refused when it is larger than ZipEntryDevice::kMaxEntrySize or holds more than the zip
// directory declares.
class AsmPackage
{
    Q_DECLARE_TR_FUNCTIONS(AsmPackage)

public:
    enum class Kind { Zip, Folder };

    // Null when the path does not exist or cannot be read as a zip at all (an error finding
    // says why). Otherwise a package, possibly with tables missing (each one an error finding).
    static std::unique_ptr<AsmPackage> open(const QString &path, Findings *findings);

    QString path() const { return m_path; }
    Kind kind() const { return m_kind; }
    bool hasTable(AsmTable table) const;

    // The table opened for reading, or a failure saying why it is missing or cannot be opened.
    // For zips, a damaged entry (CRC mismatch, truncated or corrupt data) makes
    // read() fail with an explanation in errorString() once the damage is reached, so a reader
    // never mistakes damaged data for a shorter file.
    Result<std::unique_ptr<QIODevice>> openTable(AsmTable table) const;

private:
    AsmPackage(const QString &path, Kind kind);
    bool scanZip(Findings *findings);
    void scanFolder(Findings *findings);
    void classifyName(const QString &name, const QString &location, bool isDir, bool strict,
                      Findings *findings);

    QString m_path;
    Kind m_kind;
    // Entry name in the zip, or absolute file path in the folder; empty when missing.
    std::array<QString, kAsmTables.size()> m_sources;
};

} // namespace rb
