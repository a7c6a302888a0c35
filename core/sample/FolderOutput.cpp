#include "FolderOutput.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace rb::gen {

FolderOutput::FolderOutput(const QString &path)
    : m_path(path)
{
}

FolderOutput::~FolderOutput() = default;

bool FolderOutput::open()
{
    if (!QDir().mkpath(m_path)) {
        m_error = QCoreApplication::translate("GenDistrict", "Cannot create folder %1").arg(m_path);
        return false;
    }
    return true;
}

QIODevice *FolderOutput::beginFile(const QString &name)
{
    m_file = std::make_unique<QSaveFile>(QDir(m_path).filePath(name));
    if (!m_file->open(QIODevice::WriteOnly)) {
        m_error = QCoreApplication::translate("GenDistrict", "Cannot write %1: %2")
                      .arg(m_file->fileName(), m_file->errorString());
        return nullptr;
    }
    return m_file.get();
}

bool FolderOutput::endFile()
{
    const bool ok = m_file->commit();
    if (!ok)
        m_error = QCoreApplication::translate("GenDistrict", "Cannot write %1: %2")
                      .arg(m_file->fileName(), m_file->errorString());
    m_file.reset();
    return ok;
}

bool FolderOutput::finish(const QStringList &unwritten)
{
    const QDir dir(m_path);
    for (const QString &name : unwritten) {
        if (dir.exists(name) && !QFile::remove(dir.filePath(name))) {
            m_error = QCoreApplication::translate("GenDistrict", "Cannot remove stale %1")
                          .arg(dir.filePath(name));
            return false;
        }
    }
    return true;
}

void FolderOutput::abort()
{
    // An uncommitted QSaveFile leaves the previous file untouched.
    if (m_file)
        m_file->cancelWriting();
    m_file.reset();
}

} // namespace rb::gen
