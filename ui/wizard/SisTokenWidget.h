#pragma once

#include "store/Profile.h"

#include <QWidget>

class QLineEdit;

namespace rb {

class FieldListEdit;

// "Other" SIS, token request: token URL, extra headers, scopes, grant type and form fields.
// Edits profile.source.rest.
class SisTokenWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SisTokenWidget(QWidget *parent = nullptr);

    void load(const Profile &profile);
    void save(Profile *profile) const;
    bool isComplete() const;

Q_SIGNALS:
    void changed();

private:
    QLineEdit *m_tokenUrl;
    FieldListEdit *m_headers;
    QLineEdit *m_scopes;
    QLineEdit *m_grantType;
    FieldListEdit *m_form;
};

} // namespace rb
