#include "ZipOutput.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

using namespace Qt::StringLiterals;

namespace rb::gen {

ZipOutput::ZipOutput(const QString &path, const QDateTime &timestamp)
    : m_path(path)
    , m_tempPath(path + u".part"_s)
    , m_timestamp(timestamp)
{
}

ZipOutput::~ZipOutput()
{
    if (m_zip && m_zip->isOpen())
        abort();
}

bool ZipOutput::open()
{
    QFile::remove(m_tempPath);
    m_zip = std::make_unique<QuaZip>(m_tempPath);
    if (!m_zip->open(QuaZip::mdCreate)) {
        m_error = QCoreApplication::translate("GenDistrict", "Cannot create %1 (zip error %2)")
                      .arg(QFileInfo(m_tempPath).absoluteFilePath())
                      .arg(m_zip->getZipError());
        return false;
    }
    return true;
}

QIODevice *ZipOutput::beginFile(const QString &name)
{
    QuaZipNewInfo info(name);
    info.dateTime = m_timestamp;
    info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                        QFileDevice::ReadOther);
    m_file = std::make_unique<QuaZipFile>(m_zip.get());
    if (!m_file->open(QIODevice::WriteOnly, info, nullptr, 0, Z_DEFLATED, Z_DEFAULT_COMPRESSION)) {
        m_error = QCoreApplication::translate("GenDistrict", "Cannot add %1 to the zip (error %2)")
                      .arg(name)
                      .arg(m_file->getZipError());
        return nullptr;
    }
    return m_file.get();
}

bool ZipOutput::endFile()
{
    m_file->close();
    const int error = m_file->getZipError();
    m_file.reset();
    if (error != ZIP_OK) {
        m_error = QCoreApplication::translate("GenDistrict", "Writing the zip failed (error %1)")
                      .arg(error);
        return false;
    }
    return true;
}

bool ZipOutput::finish(const QStringList &unwritten)
{
    Q_UNUSED(unwritten); // a fresh zip holds only what was written
    m_zip->close();
    if (m_zip->getZipError() != ZIP_OK) {
        m_error = QCoreApplication::translate("GenDistrict", "Closing the zip failed (error %1)")
                      .arg(m_zip->getZipError());
        QFile::remove(m_tempPath);
        return false;
    }
    if (QFile::exists(m_path) && !QFile::remove(m_path)) {
        m_error = QCoreApplication::translate("GenDistrict", "Cannot replace %1").arg(m_path);
        QFile::remove(m_tempPath);
        return false;
    }
    if (!QFile::rename(m_tempPath, m_path)) {
        m_error = QCoreApplication::translate("GenDistrict", "Cannot rename %1 to %2")
                      .arg(m_tempPath, m_path);
        QFile::remove(m_tempPath);
        return false;
    }
    return true;
}

void ZipOutput::abort()
{
    if (m_file) {
        m_file->close();
        m_file.reset();
    }
    if (m_zip && m_zip->isOpen())
        m_zip->close();
    QFile::remove(m_tempPath);
}

} // namespace rb::gen
