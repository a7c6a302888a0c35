#pragma once

#include "CsvSetOutput.h"

#include <QStringList>

#include <memory>

class QSaveFile;

namespace rb::gen {

// Writes the files into a folder, each one replaced atomically.
class FolderOutput : public CsvSetOutput
{
public:
    explicit FolderOutput(const QString &path);
    ~FolderOutput() override;

    bool open() override;
    QIODevice *beginFile(const QString &name) override;
    bool endFile() override;
    // Also deletes files the manifest marks absent (left from an earlier run with another
    // version), since a reader would treat them as unexpected.
    bool finish(const QStringList &unwritten) override;
    void abort() override;
    QString errorString() const override { return m_error; }

private:
    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
    QString m_error;
};

} // namespace rb::gen
