#pragma once

#include "store/Profile.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace rb {

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

private:
    void applyPreset(bool resetValues);
    void baseUrlEdited();
    void updateUnencryptedWarning();
    bool needsUnencryptedConsent() const;
    VendorPreset currentPreset() const;

    QComboBox *m_preset;
    QLabel *m_hint;
    QFormLayout *m_form;
    QLineEdit *m_baseUrl;
    QLineEdit *m_tokenUrl;
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
