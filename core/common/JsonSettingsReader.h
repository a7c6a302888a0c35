#pragma once

#include "Findings.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>
#include <utility>

namespace rb {

// Reads typed values out of a settings JSON object. A missing or null key leaves the default;
// a value of the wrong type is an error finding that names the key, so a settings file with
// a slip is reported, never half-applied in silence.
class JsonSettingsReader
{
    Q_DECLARE_TR_FUNCTIONS(rb::JsonSettingsReader)
public:
    JsonSettingsReader(const QJsonObject &json, Findings *findings, const QString &file)
        : m_json(json)
        , m_findings(findings)
        , m_file(file)
    {
    }

    // Reads a settings file that must hold one JSON object. Problems (unreadable, not JSON,
    // not an object) become error findings against the file's name; returns nullopt then.
    static std::optional<QJsonObject> readFile(const QString &path, Findings *findings);

    void bad(const QString &key, const QString &message) const;
    // Warns about every key that is not in `known`. A key in `secrets` (compared without case)
    // gets its own warning: secrets live in the keychain and are never read from a file.
    // `prefix` is the object's path in the file ("source.sftp"), put before each key.
    void checkKeys(const QStringList &known, const QStringList &secrets = {},
                   const QString &prefix = {}) const;
    void readString(const QString &key, QString *out) const;
    void readBool(const QString &key, bool *out) const;
    void readInt(const QString &key, int min, int max, int *out) const;
    // An array of strings, or one string of space-separated words (the OAuth scope form).
    void readWords(const QString &key, QStringList *out) const;
    // An object of names and string values, kept in order.
    void readFields(const QString &key, QList<std::pair<QString, QString>> *out) const;

private:
    const QJsonObject &m_json;
    Findings *m_findings;
    const QString &m_file;
};

} // namespace rb
