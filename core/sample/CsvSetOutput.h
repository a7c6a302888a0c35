#pragma once

#include <QString>
#include <QStringList>

class QIODevice;

namespace rb::gen {

// Where the generated files go: one file is open at a time, written front to back.
class CsvSetOutput
{
public:
    virtual ~CsvSetOutput() = default;

    virtual bool open() = 0;
    // The device to write the named file to, or nullptr on failure (see errorString()).
    virtual QIODevice *beginFile(const QString &name) = 0;
    virtual bool endFile() = 0;
    // Makes the output visible; `unwritten` names the files the manifest marks absent.
    virtual bool finish(const QStringList &unwritten) = 0;
    // Removes partial output after a failure.
    virtual void abort() = 0;
    virtual QString errorString() const = 0;
};

} // namespace rb::gen
