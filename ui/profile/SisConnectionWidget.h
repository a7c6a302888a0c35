#pragma once

#include "store/Profile.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;

namespace rb {

class TokenUrlProbe;

struct VendorPreset;

// The SIS's OneRoster API: vendor preset, API URL, token URL (for presets whose token URL
// cannot be derived; "Other" edits it on its own page), client ID and secret, version, and,
// shown only for an http:// URL, the consent to send credentials unencrypted. The
// preset's hints say where the values are found. Edits profile.source.rest; the secret is
// kept apart and never saved in the profile.
class SisConnectionWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SisConnectionWidget(QWidget *parent = nullptr);

    void load(const Profile &profile);
    // names: the profile's secrets in the keychain; the client secret says it is kept.
    void showStoredSecrets(const QStringList &names);
    void save(Profile *profile) const;

    QString presetId() const;
    bool isOther() const;
    QString clientSecret() const;
    void setClientSecret(const QString &secret);
    // URL and client ID filled in (and the token URL where this widget shows it), and an
    // unencrypted URL to a host other than this computer allowed.
    // The first thing still needed, as one sentence for the admin; empty when nothing is.
    QString missingInput() const;
    bool isComplete() const { return missingInput().isEmpty(); }

Q_SIGNALS:
    void changed();
    void presetChanged(const QString &presetId);
    // Find looked for the token URL: the address that answered (empty: none) and why.
    void tokenSearchFinished(const QString &url, const QString &message);

private:
    void applyPreset(bool resetValues);
    void baseUrlEdited();
    void updateUnencryptedWarning();
    // Tries the usual token paths on the API's host (TokenUrlProbe) and fills in the one that
    // answers.
    void findTokenUrl();
    bool needsUnencryptedConsent() const;
    VendorPreset currentPreset() const;

    QComboBox *m_preset;
    QLabel *m_hint;
    QFormLayout *m_form;
    QLineEdit *m_baseUrl;
    QLineEdit *m_tokenUrl;
    QPushButton *m_findToken;
    QWidget *m_tokenRow;
    QNetworkAccessManager *m_network = nullptr;
    TokenUrlProbe *m_probe = nullptr;
    QLabel *m_tokenNote;
    QLabel *m_idLabel;
    QLineEdit *m_clientId;
    QLabel *m_secretLabel;
    QLineEdit *m_secret;
    QComboBox *m_version;
    QLabel *m_httpWarning;
    QCheckBox *m_allowHttp;
    // The token URL was typed by the admin rather than derived from the API URL.
    bool m_tokenUrlEdited = false;
};

} // namespace rb
