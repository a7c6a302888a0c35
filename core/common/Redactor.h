#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QJsonObject>
#include <QUrl>

namespace rb {

// Removes credentials from whatever is recorded or logged: Authorization and
// Proxy-Authorization, cookie values, and client_secret, password, access_token,
// refresh_token and oauth_signature wherever they appear (headers, form bodies, JSON bodies,
// URLs, free text). Known secret values (client secrets, passwords, issued tokens) are also
// scrubbed literally, in plain, percent-encoded and base64 form, in case a server echoes them
// somewhere unexpected. The run history, the log (LogRedactor), notifications and webhooks all
// go through it.
class Redactor
{
public:
    static const QByteArray kMask;

    // A value that must never appear in a record: masked wherever it occurs, in plain,
    // percent-encoded, form-encoded and base64 form. A value shorter than four characters is
    // masked only where it stands as a whole value (form field, header, JSON member): anywhere
    // else it would hit too many innocent characters.
    void addSecret(const QByteArray &value);
    void clearSecrets()
    {
        m_secrets.clear();
        m_values.clear();
    }

    QUrl redactUrl(const QUrl &url) const;
    QByteArray redactHeader(const QByteArray &name, const QByteArray &value) const;
    // Bodies of any type: JSON members and form fields with sensitive names.
    QByteArray redactBody(const QByteArray &body) const;
    // Free text (messages, log lines): also an Authorization credential written out, whatever
    // its scheme ("Authorization: Bearer x" keeps "Authorization: Bearer ").
    QString redactText(const QString &text) const;
    // Every string in the object (counts with findings, notification bodies), keys kept.
    QJsonObject redactJson(const QJsonObject &object) const;

    static bool isSensitiveName(QByteArrayView name);
    static bool isSensitiveHeader(QByteArrayView name);

private:
    QByteArray scrub(QByteArray bytes) const;
    // True when value, decoded, is a registered secret or holds a long one.
    bool isSecretValue(QByteArrayView value, bool formEncoded) const;
    QByteArray maskStandingValues(const QByteArray &body) const;

    QByteArrayList m_secrets; // long values in every encoded form, replaced wherever they occur
    QByteArrayList m_values;  // every value as given, compared with whole decoded values
};

} // namespace rb
