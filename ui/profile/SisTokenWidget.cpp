#include "profile/SisTokenWidget.h"

#include "profile/FieldListEdit.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QUrl>

namespace rb {

SisTokenWidget::SisTokenWidget(QWidget *parent)
    : QWidget(parent)
{
    m_tokenUrl = new QLineEdit(this);
    m_tokenUrl->setObjectName(QStringLiteral("tokenUrl"));
    m_tokenUrl->setAccessibleName(tr("Token URL"));
    m_tokenUrl->setPlaceholderText(QStringLiteral("https://sis.example.org/oauth/token"));
    m_headers = new FieldListEdit(u':', this);
    m_headers->setObjectName(QStringLiteral("tokenHeaders"));
    m_headers->setAccessibleName(tr("Token request headers"));
    m_scopes = new QLineEdit(this);
    m_scopes->setObjectName(QStringLiteral("tokenScopes"));
    m_scopes->setAccessibleName(tr("Scopes"));
    m_scopes->setPlaceholderText(tr("Separated by spaces; empty asks for none"));
    m_grantType = new QLineEdit(this);
    m_grantType->setObjectName(QStringLiteral("tokenGrantType"));
    m_grantType->setAccessibleName(tr("Grant type"));
    m_grantType->setPlaceholderText(QStringLiteral("client_credentials"));
    m_form = new FieldListEdit(u'=', this);
    m_form->setObjectName(QStringLiteral("tokenForm"));
    m_form->setAccessibleName(tr("Token request form fields"));
    m_form->setToolTip(tr("Values may use {client_id}, {client_secret} and {scope}; an empty "
                          "value removes a default field."));

    m_httpWarning = new QLabel(tr("This token URL is not encrypted (http): the client secret and "
                                  "the token would cross the network readable by anyone on the "
                                  "way. Use https if the SIS offers it."),
                               this);
    m_httpWarning->setObjectName(QStringLiteral("tokenHttpWarning"));
    m_httpWarning->setWordWrap(true);
    m_allowHttp = new QCheckBox(tr("Send the client secret &unencrypted anyway"), this);
    m_allowHttp->setObjectName(QStringLiteral("tokenAllowHttp"));

    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(tr("To&ken URL:"), m_tokenUrl);
    layout->addRow(m_httpWarning);
    layout->addRow(m_allowHttp);
    layout->addRow(tr("&Headers (optional):"), m_headers);
    layout->addRow(tr("&Scope (optional):"), m_scopes);
    layout->addRow(tr("&Grant type (optional):"), m_grantType);
    layout->addRow(tr("&Form (optional):"), m_form);

    for (QLineEdit *edit : {m_tokenUrl, m_scopes, m_grantType})
        connect(edit, &QLineEdit::textChanged, this, &SisTokenWidget::changed);
    for (FieldListEdit *edit : {m_headers, m_form})
        connect(edit, &QPlainTextEdit::textChanged, this, &SisTokenWidget::changed);
    connect(m_tokenUrl, &QLineEdit::textChanged, this, &SisTokenWidget::updateUnencryptedWarning);
    connect(m_allowHttp, &QCheckBox::toggled, this, &SisTokenWidget::changed);
    updateUnencryptedWarning();
}

bool SisTokenWidget::needsUnencryptedConsent() const
{
    const QString text = m_tokenUrl->text().trimmed();
    return !text.isEmpty() && !RestSourceSettings().transportAllowed(QUrl(text));
}

void SisTokenWidget::updateUnencryptedWarning()
{
    // Kept while ticked, so that the consent can be taken back.
    const bool show = needsUnencryptedConsent() || m_allowHttp->isChecked();
    m_httpWarning->setVisible(show);
    m_allowHttp->setVisible(show);
}

void SisTokenWidget::load(const Profile &profile)
{
    const RestSourceSettings &s = profile.source.rest;
    m_tokenUrl->setText(s.tokenUrl);
    m_allowHttp->setChecked(s.allowUnencryptedHttp && needsUnencryptedConsent());
    updateUnencryptedWarning();
    m_headers->setFields(s.tokenHeaders);
    m_scopes->setText(s.scopes.join(u' '));
    m_grantType->setText(s.grantType);
    m_form->setFields(s.tokenForm);
}

void SisTokenWidget::save(Profile *profile) const
{
    RestSourceSettings &s = profile->source.rest;
    s.tokenUrl = m_tokenUrl->text().trimmed();
    s.tokenHeaders = m_headers->fields();
    s.scopes = m_scopes->text().split(u' ', Qt::SkipEmptyParts);
    const QString grant = m_grantType->text().trimmed();
    s.grantType = grant.isEmpty() ? QStringLiteral("client_credentials") : grant;
    s.tokenForm = m_form->fields();
    // Only "Other" asks for its token URL here; a preset's comes from the connection page.
    if (s.vendor == QStringLiteral("other") && needsUnencryptedConsent())
        s.allowUnencryptedHttp = s.allowUnencryptedHttp || m_allowHttp->isChecked();
}

QString SisTokenWidget::missingInput() const
{
    if (m_tokenUrl->text().trimmed().isEmpty())
        return tr("Enter the token URL.");
    if (needsUnencryptedConsent() && !m_allowHttp->isChecked())
        return tr("The token URL is not encrypted (http): use https, or tick \"Send the client "
                  "secret unencrypted anyway\".");
    return {};
}

} // namespace rb
