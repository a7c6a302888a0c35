#pragma once

#include "store/Profile.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace rb {

class FieldListEdit;

// "Other" SIS, token request: token URL, extra headers, scopes, grant type and form fields.
// Edits profile.source.rest. An http:// token URL to another computer needs the admin's consent
// here (the connection page asks only about the API's URL), under a warning.
class SisTokenWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SisTokenWidget(QWidget *parent = nullptr);

    void load(const Profile &profile);
    void save(Profile *profile) const;
    // The first thing still needed, as one sentence for the admin; empty when nothing is.
    QString missingInput() const;
    bool isComplete() const { return missingInput().isEmpty(); }

Q_SIGNALS:
    void changed();

private:
    bool needsUnencryptedConsent() const;
    void updateUnencryptedWarning();

    QLineEdit *m_tokenUrl;
    QLabel *m_httpWarning;
    QCheckBox *m_allowHttp;
    FieldListEdit *m_headers;
    QLineEdit *m_scopes;
    QLineEdit *m_grantType;
    FieldListEdit *m_form;
};

} // namespace rb
