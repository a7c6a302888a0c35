#include "profile/SisRefreshWidget.h"

#include "profile/FieldListEdit.h"

#include <QFormLayout>
#include <QLineEdit>

namespace rb {

SisRefreshWidget::SisRefreshWidget(QWidget *parent)
    : QWidget(parent)
{
    m_requestHeaders = new FieldListEdit(u':', this);
    m_requestHeaders->setObjectName(QStringLiteral("requestHeaders"));
    m_requestHeaders->setAccessibleName(tr("Headers sent with every API request"));
    m_refreshHeaders = new FieldListEdit(u':', this);
    m_refreshHeaders->setObjectName(QStringLiteral("refreshHeaders"));
    m_refreshHeaders->setAccessibleName(tr("Refresh request headers"));
    m_refreshScope = new QLineEdit(this);
    m_refreshScope->setObjectName(QStringLiteral("refreshScope"));
    m_refreshScope->setAccessibleName(tr("Refresh scope"));
    m_refreshScope->setPlaceholderText(tr("Separated by spaces"));
    m_refreshGrantType = new QLineEdit(this);
    m_refreshGrantType->setObjectName(QStringLiteral("refreshGrantType"));
    m_refreshGrantType->setAccessibleName(tr("Refresh grant type"));
    m_refreshGrantType->setPlaceholderText(QStringLiteral("refresh_token"));
    m_refreshForm = new FieldListEdit(u'=', this);
    m_refreshForm->setObjectName(QStringLiteral("refreshForm"));
    m_refreshForm->setAccessibleName(tr("Refresh request form fields"));
    m_refreshForm->setToolTip(tr("Values may use {client_id}, {client_secret}, {scope} and "
                                 "{refresh_token}."));

    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(tr("Re&quest headers (optional):"), m_requestHeaders);
    layout->addRow(tr("Refresh h&eaders (optional):"), m_refreshHeaders);
    layout->addRow(tr("Refresh s&cope (optional):"), m_refreshScope);
    layout->addRow(tr("Refresh g&rant type (optional):"), m_refreshGrantType);
    layout->addRow(tr("Refresh f&orm (optional):"), m_refreshForm);

    for (QLineEdit *edit : {m_refreshScope, m_refreshGrantType})
        connect(edit, &QLineEdit::textChanged, this, &SisRefreshWidget::changed);
    for (FieldListEdit *edit : {m_requestHeaders, m_refreshHeaders, m_refreshForm})
        connect(edit, &QPlainTextEdit::textChanged, this, &SisRefreshWidget::changed);
}

void SisRefreshWidget::load(const Profile &profile)
{
    const RestSourceSettings &s = profile.source.rest;
    m_requestHeaders->setFields(s.requestHeaders);
    m_refreshHeaders->setFields(s.refreshHeaders);
    m_refreshScope->setText(s.refreshScope.join(u' '));
    m_refreshGrantType->setText(s.refreshGrantType);
    m_refreshForm->setFields(s.refreshForm);
}

void SisRefreshWidget::save(Profile *profile) const
{
    RestSourceSettings &s = profile->source.rest;
    s.requestHeaders = m_requestHeaders->fields();
    s.refreshHeaders = m_refreshHeaders->fields();
    s.refreshScope = m_refreshScope->text().split(u' ', Qt::SkipEmptyParts);
    const QString grant = m_refreshGrantType->text().trimmed();
    s.refreshGrantType = grant.isEmpty() ? QStringLiteral("refresh_token") : grant;
    s.refreshForm = m_refreshForm->fields();
}

} // namespace rb
