#pragma once

#include "store/Profile.h"

#include <QWidget>

class QLineEdit;

namespace rb {

class FieldListEdit;

// "Other" SIS, refresh token and API calls: headers for every API request, and the headers,
// scope, grant type and form of a refresh request (used when the token response carried a
// refresh_token). Edits profile.source.rest.
class SisRefreshWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SisRefreshWidget(QWidget *parent = nullptr);

    void load(const Profile &profile);
    void save(Profile *profile) const;

Q_SIGNALS:
    void changed();

private:
    FieldListEdit *m_requestHeaders;
    FieldListEdit *m_refreshHeaders;
    QLineEdit *m_refreshScope;
    QLineEdit *m_refreshGrantType;
    FieldListEdit *m_refreshForm;
};

} // namespace rb
