#include "Redactor.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <functional>

using namespace Qt::StringLiterals;

namespace rb {

const QByteArray Redactor::kMask = QByteArrayLiteral("[redacted]");

namespace {

const char *const kSensitiveNames[] = {"client_secret",    "clientsecret",    "password",
                                       "access_token",     "accesstoken",     "refresh_token",
                                       "refreshtoken",     "oauth_signature", "id_token",
                                       "client_assertion", "secret"};

// "Authorization: Bearer x", "authorization=x", ("Authorization", "Basic x"), JSON members:
// the scheme stays readable, the credential goes.
const QRegularExpression &authorizationInText()
{
    static const QRegularExpression re(
        uR"re(((?:proxy-)?authorization["']?\s*[:=,]\s*["']?(?:[A-Za-z][\w-]*\s+)?)[^\s"',;]+)re"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// "name":"value" (value possibly cut off at the end of a capped body) and "name": 123/true.
const QRegularExpression &jsonMember()
{
    static const QRegularExpression re(
        uR"re("((?:client_?secret|password|access_?token|refresh_?token|oauth_signature|id_token|client_assertion|secret))"\s*:\s*(?:"(?:[^"\\]|\\.)*(?:"|\\?$)|[^,}\]\s]+))re"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// name=value in form bodies and query strings, also in OAuth headers (name="value").
const QRegularExpression &formField()
{
    static const QRegularExpression re(
        uR"re((^|[&?,\s])((?:client_?secret|password|access_?token|refresh_?token|oauth_signature|id_token|client_assertion|secret)=)("[^"]*"?|[^&\s,]*))re"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

} // namespace

bool Redactor::isSensitiveName(QByteArrayView name)
{
    for (const char *n : kSensitiveNames) {
        if (name.compare(QByteArrayView(n), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool Redactor::isSensitiveHeader(QByteArrayView name)
{
    const QByteArray lower = name.toByteArray().toLower();
    return lower == "authorization" || lower == "proxy-authorization" || lower == "cookie" ||
           lower == "set-cookie" || lower.contains("token") || lower.contains("secret") ||
           lower.contains("api-key") || lower.contains("apikey") || lower.contains("password");
}

void Redactor::addSecret(const QByteArray &value)
{
    if (value.isEmpty())
        return;
    if (!m_values.contains(value))
        m_values.append(value);
    if (value.size() < 4)
        return;
    // application/x-www-form-urlencoded writes a space as '+'.
    QByteArray form = value.toPercentEncoding(" ");
    form.replace(' ', '+');
    for (const QByteArray &encoded : {value, value.toPercentEncoding(), form, value.toBase64()}) {
        if (!m_secrets.contains(encoded))
            m_secrets.append(encoded);
    }
}

bool Redactor::isSecretValue(QByteArrayView value, bool formEncoded) const
{
    if (value.isEmpty() || m_values.isEmpty())
        return false;
    QByteArray decoded = value.toByteArray();
    if (formEncoded)
        decoded = QByteArray::fromPercentEncoding(decoded.replace('+', ' '));
    for (const QByteArray &secret : m_values) {
        if (decoded == secret || (secret.size() >= 4 && decoded.contains(secret)))
            return true;
    }
    return false;
}

// Form fields (name=value, whatever the encoding of the value), JSON string members and
// header-like "Name: value" lines whose whole value is a secret.
QByteArray Redactor::maskStandingValues(const QByteArray &body) const
{
    static const QRegularExpression field(uR"re((^|[&?;,\s])([\w.\-\[\]]+=)([^&\s,;"]*))re"_s);
    static const QRegularExpression member(uR"re(("[^"\\]*"\s*:\s*)"((?:[^"\\]|\\.)*)")re"_s);
    static const QRegularExpression header(uR"re((^|\n)([\w\-]+:[ \t]*)([^\r\n]*))re"_s);
    QString text = QString::fromUtf8(body);
    QString out;
    auto replaceEach = [&](const QRegularExpression &re, int valueGroup, bool formEncoded) {
        out.clear();
        qsizetype last = 0;
        for (const QRegularExpressionMatch &m : re.globalMatch(text)) {
            if (!isSecretValue(m.captured(valueGroup).toUtf8(), formEncoded))
                continue;
            out += QStringView(text).mid(last, m.capturedStart(valueGroup) - last);
            out += QString::fromLatin1(kMask);
            last = m.capturedEnd(valueGroup);
        }
        if (last > 0)
            text = out + QStringView(text).mid(last);
    };
    replaceEach(field, 3, true);
    replaceEach(member, 2, false);
    replaceEach(header, 3, false);
    return text.toUtf8();
}

QByteArray Redactor::scrub(QByteArray bytes) const
{
    for (const QByteArray &secret : m_secrets)
        bytes.replace(secret, kMask);
    return bytes;
}

QByteArray Redactor::redactHeader(const QByteArray &name, const QByteArray &value) const
{
    const QByteArray lower = name.toLower();
    if (lower == "authorization" || lower == "proxy-authorization") {
        // Keep the scheme ("Bearer", "Basic", "OAuth"): it helps when reading a 401.
        const qsizetype space = value.indexOf(' ');
        if (space > 0 && value.left(space).compare("OAuth", Qt::CaseInsensitive) == 0)
            return scrub(redactBody(value));
        return (space > 0 ? value.left(space + 1) : QByteArray()) + kMask;
    }
    if (lower == "cookie" || lower == "set-cookie") {
        // Names stay visible (which affinity cookie was set), values go.
        QByteArrayList parts = value.split(lower == "cookie" ? ';' : '\n');
        for (QByteArray &part : parts) {
            const qsizetype eq = part.indexOf('=');
            if (eq < 0)
                continue;
            qsizetype end = part.indexOf(';', eq);
            if (end < 0 || lower == "cookie")
                end = part.size();
            part = part.left(eq + 1) + kMask + part.mid(end);
        }
        return parts.join(lower == "cookie" ? ";" : "\n");
    }
    if (isSensitiveHeader(name) || isSecretValue(value.trimmed(), false))
        return kMask;
    return scrub(value);
}

QByteArray Redactor::redactBody(const QByteArray &body) const
{
    if (body.isEmpty())
        return body;
    QString text = QString::fromUtf8(body);
    text.replace(jsonMember(), uR"("\1":"[redacted]")"_s);
    text.replace(formField(), u"\\1\\2[redacted]"_s);
    return scrub(m_values.isEmpty() ? text.toUtf8() : maskStandingValues(text.toUtf8()));
}

QJsonObject Redactor::redactJson(const QJsonObject &object) const
{
    const std::function<QJsonValue(const QJsonValue &)> walk = [&](const QJsonValue &v) {
        if (v.isString())
            return QJsonValue(redactText(v.toString()));
        if (v.isArray()) {
            QJsonArray a = v.toArray();
            for (QJsonValueRef item : a)
                item = walk(item);
            return QJsonValue(a);
        }
        if (v.isObject()) {
            QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                it.value() = walk(it.value());
            return QJsonValue(o);
        }
        return v;
    };
    return walk(object).toObject();
}

QString Redactor::redactText(const QString &text) const
{
    QString out = QString::fromUtf8(redactBody(text.toUtf8()));
    out.replace(authorizationInText(), u"\\1"_s + QString::fromLatin1(kMask));
    return out;
}

QUrl Redactor::redactUrl(const QUrl &url) const
{
    QUrl out = url;
    out.setPassword(QString());
    if (out.hasQuery()) {
        // Works on the encoded text so that nothing else in the query changes.
        QByteArrayList items = out.query(QUrl::FullyEncoded).toUtf8().split('&');
        for (QByteArray &item : items) {
            const qsizetype eq = item.indexOf('=');
            const QByteArray name = QByteArray::fromPercentEncoding(eq < 0 ? item : item.left(eq));
            if (eq >= 0 && isSensitiveName(name))
                item = item.left(eq + 1) + kMask;
            else
                item = scrub(item);
        }
        out.setQuery(QString::fromUtf8(items.join('&')), QUrl::TolerantMode);
    }
    const QByteArray path = out.path(QUrl::FullyEncoded).toUtf8();
    const QByteArray scrubbed = scrub(path);
    if (scrubbed != path)
        out.setPath(QString::fromUtf8(scrubbed), QUrl::TolerantMode);
    return out;
}

} // namespace rb
