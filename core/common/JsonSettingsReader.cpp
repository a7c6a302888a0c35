#include "JsonSettingsReader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace rb {

std::optional<QJsonObject> JsonSettingsReader::readFile(const QString &path, Findings *findings)
{
    const QString shown = QFileInfo(path).fileName();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        findings->error(shown, 0, {}, tr("could not be read: %1").arg(f.errorString()),
                        QStringLiteral("settings.unreadable"));
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        findings->error(
            shown, 0, {},
            error.error != QJsonParseError::NoError
                ? tr("is not valid JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset)
                : tr("must hold a JSON object"),
            QStringLiteral("settings.json"));
        return std::nullopt;
    }
    return doc.object();
}

void JsonSettingsReader::bad(const QString &key, const QString &message) const
{
    m_findings->error(m_file, 0, key, message, QStringLiteral("settings.value"));
}

void JsonSettingsReader::checkKeys(const QStringList &known, const QStringList &secrets,
                                   const QString &prefix) const
{
    for (auto it = m_json.begin(); it != m_json.end(); ++it) {
        const QString field = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
        if (secrets.contains(it.key(), Qt::CaseInsensitive)) {
            m_findings->warning(m_file, 0, field,
                                tr("secrets are not read from settings files; this value is "
                                   "ignored (keep it in the system keychain)"),
                                QStringLiteral("settings.secret"));
        } else if (!known.contains(it.key())) {
            m_findings->warning(m_file, 0, field, tr("unknown setting; it is ignored"),
                                QStringLiteral("settings.unknown"));
        }
    }
}

void JsonSettingsReader::readString(const QString &key, QString *out) const
{
    const QJsonValue v = m_json.value(key);
    if (v.isUndefined() || v.isNull())
        return;
    if (!v.isString())
        return bad(key, tr("must be a string"));
    *out = v.toString().trimmed();
}

void JsonSettingsReader::readBool(const QString &key, bool *out) const
{
    const QJsonValue v = m_json.value(key);
    if (v.isUndefined() || v.isNull())
        return;
    if (!v.isBool())
        return bad(key, tr("must be true or false"));
    *out = v.toBool();
}

void JsonSettingsReader::readInt(const QString &key, int min, int max, int *out) const
{
    const QJsonValue v = m_json.value(key);
    if (v.isUndefined() || v.isNull())
        return;
    const double d = v.toDouble(-1.0e300);
    if (!v.isDouble() || d != double(qint64(d)) || d < min || d > max)
        return bad(key, tr("must be a whole number from %1 to %2").arg(min).arg(max));
    *out = int(d);
}

void JsonSettingsReader::readWords(const QString &key, QStringList *out) const
{
    const QJsonValue v = m_json.value(key);
    if (v.isUndefined() || v.isNull())
        return;
    if (v.isString()) {
        *out = v.toString().split(u' ', Qt::SkipEmptyParts);
        return;
    }
    if (!v.isArray())
        return bad(key, tr("must be a list of strings"));
    QStringList words;
    const QJsonArray array = v.toArray();
    for (const QJsonValue item : array) {
        if (!item.isString())
            return bad(key, tr("must be a list of strings"));
        if (!item.toString().trimmed().isEmpty())
            words.append(item.toString().trimmed());
    }
    *out = words;
}

void JsonSettingsReader::readFields(const QString &key,
                                    QList<std::pair<QString, QString>> *out) const
{
    const QJsonValue v = m_json.value(key);
    if (v.isUndefined() || v.isNull())
        return;
    if (!v.isObject())
        return bad(key, tr("must be an object of names and values"));
    QList<std::pair<QString, QString>> fields;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!it.value().isString())
            return bad(QString(key + u'.' + it.key()), tr("must be a string"));
        if (it.key().trimmed().isEmpty())
            return bad(key, tr("a name is empty"));
        fields.append({it.key(), it.value().toString()});
    }
    *out = fields;
}

} // namespace rb
