#pragma once

#include "CsvSetOutput.h"

#include <QDateTime>

#include <memory>

class QuaZip;
class QuaZipFile;

namespace rb::gen {

// Writes the files as deflated entries at the root of a zip. The zip is built under a
// temporary name next to the target and renamed into place when complete.
class ZipOutput final : public CsvSetOutput
{
public:
    // Every entry gets `timestamp`, so the same input always gives the same bytes.
    ZipOutput(const QString &path, const QDateTime &timestamp);
    ~ZipOutput() override;

    bool open() override;
    QIODevice *beginFile(const QString &name) override;
    bool endFile() override;
    bool finish(const QStringList &unwritten) override;
    void abort() override;
    QString errorString() const override { return m_error; }

private:
    QString m_path;
    QString m_tempPath;
    QDateTime m_timestamp;
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_file;
    QString m_error;
};

} // namespace rb::gen
