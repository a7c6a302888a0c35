#include "profile/SisCredentialsWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace rb {

namespace {

QSpinBox *spinBox(int min, int max, const QString &suffix, const QString &name, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(min, max);
    box->setSuffix(suffix);
    box->setAccessibleName(name);
    return box;
}

} // namespace

SisCredentialsWidget::SisCredentialsWidget(QWidget *parent)
    : QWidget(parent)
{
    m_sisName = new QLineEdit(this);
    m_sisName->setObjectName(QStringLiteral("sisName"));
    m_sisName->setAccessibleName(tr("SIS name"));
    m_sisName->setPlaceholderText(tr("e.g. Genesis"));

    m_authType = new QComboBox(this);
    m_authType->setObjectName(QStringLiteral("sisAuthType"));
    m_authType->setAccessibleName(tr("Authentication"));
    m_authType->addItem(tr("OAuth 2 client credentials (a token)"), int(RestAuthType::OAuth2));
    m_authType->addItem(tr("OAuth 1.0a (signed requests)"), int(RestAuthType::OAuth1));
    m_authType->addItem(tr("None"), int(RestAuthType::None));

    m_clientAuth = new QComboBox(this);
    m_clientAuth->setObjectName(QStringLiteral("sisClientAuth"));
    m_clientAuth->setAccessibleName(tr("How the client ID and secret are sent"));
    m_clientAuth->addItem(tr("HTTP Basic header (recommended)"), int(ClientAuthMethod::Basic));
    m_clientAuth->addItem(tr("In the form body (client_id, client_secret)"),
                          int(ClientAuthMethod::Body));

    m_oauth1Method = new QComboBox(this);
    m_oauth1Method->setObjectName(QStringLiteral("sisOAuth1Method"));
    m_oauth1Method->setAccessibleName(tr("OAuth 1.0a signature method"));
    m_oauth1Method->addItem(QStringLiteral("HMAC-SHA256"), int(OAuth1SignatureMethod::HmacSha256));
    m_oauth1Method->addItem(QStringLiteral("HMAC-SHA1"), int(OAuth1SignatureMethod::HmacSha1));

    m_caFile = new QLineEdit(this);
    m_caFile->setObjectName(QStringLiteral("sisCaFile"));
    m_caFile->setAccessibleName(tr("Extra CA certificate file"));
    m_caFile->setPlaceholderText(tr("Only for a district's own certificate authority"));
    auto *browse = new QPushButton(tr("Bro&wse..."), this);
    browse->setAccessibleName(tr("Choose the CA certificate file"));
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile);
    caRow->addWidget(browse);

    m_replayCookies = new QCheckBox(tr("Send back the cookies of the token response"), this);
    m_replayCookies->setObjectName(QStringLiteral("sisReplayCookies"));

    m_pageSize = spinBox(1, 10000, QString(), tr("Records per page"), this);
    m_maxInFlight = spinBox(1, 6, QString(), tr("Requests at once"), this);
    m_timeout = spinBox(1, 600, tr(" s"), tr("Request timeout in seconds"), this);
    m_retries = spinBox(0, 20, QString(), tr("Retries"), this);
    m_retryBase = spinBox(0, 600000, tr(" ms"), tr("First retry delay"), this);
    m_retryMax = spinBox(0, 3600000, tr(" ms"), tr("Longest retry delay"), this);
    m_bodies = spinBox(0, 1024, tr(" KiB"), tr("Body data kept per exchange"), this);

    m_form = new QFormLayout;
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->addRow(tr("SIS na&me:"), m_sisName);
    m_form->addRow(tr("&Authentication:"), m_authType);
    m_form->addRow(tr("Client au&thentication:"), m_clientAuth);
    m_form->addRow(tr("Si&gnature method:"), m_oauth1Method);
    auto *caLabel = new QLabel(tr("Extra &CA certificate:"), this);
    caLabel->setBuddy(m_caFile);
    m_form->addRow(caLabel, caRow);
    m_form->addRow(QString(), m_replayCookies);

    // Paging, timeouts and retries rarely need changing: out of the way until asked for.
    m_showAdvanced = new QToolButton(this);
    m_showAdvanced->setObjectName(QStringLiteral("sisShowAdvanced"));
    m_showAdvanced->setText(tr("Paging, timeouts and retries"));
    m_showAdvanced->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_showAdvanced->setArrowType(Qt::RightArrow);
    m_showAdvanced->setCheckable(true);
    m_showAdvanced->setAutoRaise(true);
    m_advanced = new QWidget(this);
    m_advanced->setObjectName(QStringLiteral("sisAdvanced"));
    auto *advanced = new QFormLayout(m_advanced);
    advanced->setContentsMargins(0, 0, 0, 0);
    advanced->addRow(tr("Records per &page:"), m_pageSize);
    advanced->addRow(tr("Requests at &once:"), m_maxInFlight);
    advanced->addRow(tr("Request t&imeout:"), m_timeout);
    advanced->addRow(tr("&Retries:"), m_retries);
    advanced->addRow(tr("First retry &delay:"), m_retryBase);
    advanced->addRow(tr("Longest retry de&lay:"), m_retryMax);
    advanced->addRow(tr("&History body data kept:"), m_bodies);
    m_advanced->setVisible(false);
    connect(m_showAdvanced, &QToolButton::toggled, this, &SisCredentialsWidget::setAdvancedShown);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    layout->addWidget(m_showAdvanced, 0, Qt::AlignLeft);
    layout->addWidget(m_advanced);
    // Extra height goes below, not between the fields and the toggle.
    layout->addStretch();

    connect(browse, &QPushButton::clicked, this, [this] {
        // A non-modal dialog: the wizard's event loop keeps running.
        auto *dialog = new QFileDialog(this, tr("CA certificate"), m_caFile->text(),
                                       tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, m_caFile, &QLineEdit::setText);
        dialog->open();
    });
    connect(m_authType, &QComboBox::currentIndexChanged, this, [this] {
        updateEnabled();
        Q_EMIT changed();
    });
    for (QComboBox *box : {m_clientAuth, m_oauth1Method})
        connect(box, &QComboBox::currentIndexChanged, this, &SisCredentialsWidget::changed);
    connect(m_caFile, &QLineEdit::textChanged, this, &SisCredentialsWidget::changed);
    connect(m_replayCookies, &QCheckBox::toggled, this, &SisCredentialsWidget::changed);
    for (QSpinBox *box :
         {m_pageSize, m_maxInFlight, m_timeout, m_retries, m_retryBase, m_retryMax, m_bodies})
        connect(box, &QSpinBox::valueChanged, this, &SisCredentialsWidget::changed);
    load(Profile());
}

void SisCredentialsWidget::setAdvancedShown(bool shown)
{
    const QSignalBlocker block(m_showAdvanced);
    m_showAdvanced->setChecked(shown);
    m_showAdvanced->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_advanced->setVisible(shown);
}

void SisCredentialsWidget::updateEnabled()
{
    const RestAuthType type = authType();
    m_form->setRowVisible(m_clientAuth, type == RestAuthType::OAuth2);
    m_form->setRowVisible(m_replayCookies, type == RestAuthType::OAuth2);
    m_form->setRowVisible(m_oauth1Method, type == RestAuthType::OAuth1);
}

RestAuthType SisCredentialsWidget::authType() const
{
    return RestAuthType(m_authType->currentData().toInt());
}

QString SisCredentialsWidget::sisName() const
{
    return m_sisName->text().trimmed();
}

void SisCredentialsWidget::setSisName(const QString &name)
{
    m_sisName->setText(name);
}

void SisCredentialsWidget::load(const Profile &profile)
{
    const RestSourceSettings &s = profile.source.rest;
    m_authType->setCurrentIndex(m_authType->findData(int(s.authType)));
    m_clientAuth->setCurrentIndex(m_clientAuth->findData(int(s.clientAuth)));
    m_oauth1Method->setCurrentIndex(m_oauth1Method->findData(int(s.oauth1Method)));
    m_caFile->setText(s.caCertificateFile);
    m_replayCookies->setChecked(s.replayCookies);
    m_pageSize->setValue(s.pageSize);
    m_maxInFlight->setValue(s.maxInFlight);
    m_timeout->setValue(s.requestTimeoutMs / 1000);
    m_retries->setValue(s.maxRetries);
    m_retryBase->setValue(s.retryBaseDelayMs);
    m_retryMax->setValue(s.retryMaxDelayMs);
    m_bodies->setValue(s.saveBodiesBytes / 1024);
    updateEnabled();
}

void SisCredentialsWidget::save(Profile *profile) const
{
    RestSourceSettings &s = profile->source.rest;
    s.authType = authType();
    s.clientAuth = ClientAuthMethod(m_clientAuth->currentData().toInt());
    s.oauth1Method = OAuth1SignatureMethod(m_oauth1Method->currentData().toInt());
    s.caCertificateFile = m_caFile->text().trimmed();
    s.replayCookies = m_replayCookies->isChecked();
    s.pageSize = m_pageSize->value();
    s.maxInFlight = m_maxInFlight->value();
    s.requestTimeoutMs = m_timeout->value() * 1000;
    s.maxRetries = m_retries->value();
    s.retryBaseDelayMs = m_retryBase->value();
    s.retryMaxDelayMs = m_retryMax->value();
    s.saveBodiesBytes = m_bodies->value() * 1024;
}

} // namespace rb
