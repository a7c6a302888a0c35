#include "PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

namespace rb {

Q_LOGGING_CATEGORY(lcPrivateFiles, "rosterbridge.store.files", QtInfoMsg)

namespace {

bool setOwnerOnly(const QString &path, QFileDevice::Permissions permissions)
{
#ifdef Q_OS_UNIX
    if (QFile::setPermissions(path, permissions))
        return true;
    qCWarning(lcPrivateFiles) << "could not make" << path << "owner-only";
    return false;
#else
    // Windows: the per-user folders' ACLs apply; the permission bits Qt maps there would only
    // toggle the read-only attribute.
    Q_UNUSED(path)
    Q_UNUSED(permissions)
    return true;
#endif
}

} // namespace

bool PrivateFiles::makeFolder(const QString &path)
{
    if (path.isEmpty())
        return false;
    // The folders this call creates, innermost first, so that only those and the folder
    // itself change: a parent such as the user's home keeps its mode.
    QStringList created;
    for (QString p = QDir::cleanPath(QFileInfo(path).absoluteFilePath()); !QFileInfo::exists(p);) {
        created << p;
        const QString parent = QFileInfo(p).path();
        if (parent == p)
            break;
        p = parent;
    }
    if (!QDir().mkpath(path))
        return false;
    // Best effort: a read-only disk or a share without Unix modes still lets the app work,
    // and says so in the log.
    setOwnerOnly(path, kFolderPermissions);
    for (const QString &p : std::as_const(created))
        setOwnerOnly(p, kFolderPermissions);
    return true;
}

bool PrivateFiles::restrictFolder(const QString &path, const QStringList &nameFilters)
{
    bool ok = makeFolder(path);
    const QFileInfoList files =
        QDir(path).entryInfoList(nameFilters, QDir::Files | QDir::Hidden | QDir::NoSymLinks);
    for (const QFileInfo &f : files)
        ok = restrictFile(f.filePath()) && ok;
    return ok;
}

bool PrivateFiles::restrictFile(const QString &path)
{
    if (!QFileInfo::exists(path))
        return true;
    return setOwnerOnly(path, kFilePermissions);
}

bool PrivateFiles::createFile(const QString &path)
{
    if (QFileInfo::exists(path))
        return restrictFile(path);
    QFile file(path);
    // NewOnly: never truncates a file that appeared meanwhile.
    if (!open(&file, QIODevice::WriteOnly | QIODevice::NewOnly))
        return QFileInfo::exists(path) && restrictFile(path);
    return true;
}

bool PrivateFiles::open(QFile *file, QIODevice::OpenMode mode)
{
#ifdef Q_OS_UNIX
    // The mode is given at creation, so a new file is never readable by others, even for a
    // moment.
    if (!file->open(mode, kFilePermissions))
        return false;
    restrictFile(file->fileName());
    return true;
#else
    // Permissions given here would become an access list of Qt's making on Windows.
    return file->open(mode);
#endif
}

} // namespace rb
