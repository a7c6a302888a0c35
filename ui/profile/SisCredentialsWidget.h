#pragma once

#include "store/Profile.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace rb {

// "Other" SIS, credentials: the SIS's name, how requests are authenticated (OAuth 2 client
// credentials with Basic or form-body client authentication, OAuth 1.0a signing, or none), an
// extra CA, cookie replay, and the paging and retry limits. Edits profile.source.rest.
class SisCredentialsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SisCredentialsWidget(QWidget *parent = nullptr);

    void load(const Profile &profile);
    void save(Profile *profile) const;

    QString sisName() const;
    void setSisName(const QString &name);
    RestAuthType authType() const;
    // Paging, timeouts and retries: folded away in the wizard, shown in the settings.
    void setAdvancedShown(bool shown);

Q_SIGNALS:
    void changed();

private:
    void updateEnabled();

    QFormLayout *m_form;
    QToolButton *m_showAdvanced;
    QWidget *m_advanced;
    QLineEdit *m_sisName;
    QComboBox *m_authType;
    QComboBox *m_clientAuth;
    QComboBox *m_oauth1Method;
    QLineEdit *m_caFile;
    QCheckBox *m_replayCookies;
    QSpinBox *m_pageSize;
    QSpinBox *m_maxInFlight;
    QSpinBox *m_timeout;
    QSpinBox *m_retries;
    QSpinBox *m_retryBase;
    QSpinBox *m_retryMax;
    QSpinBox *m_bodies;
};

} // namespace rb
