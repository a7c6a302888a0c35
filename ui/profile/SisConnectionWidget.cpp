#include "profile/SisConnectionWidget.h"

#include "profile/StoredSecretHint.h"

#include "oneroster/rest/TokenUrlProbe.h"
#include "oneroster/rest/VendorPreset.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QVBoxLayout>

namespace rb {

namespace {

const QString kOther = QStringLiteral("other");

QLineEdit *lineEdit(const QString &objectName, const QString &accessible, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessible);
    return edit;
}

} // namespace

SisConnectionWidget::SisConnectionWidget(QWidget *parent)
    : QWidget(parent)
{
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("sisPreset"));
    m_preset->setAccessibleName(tr("Student information system"));
    for (const VendorPreset &p : VendorPreset::all())
        m_preset->addItem(p.displayName, p.id);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("sisHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::RichText);
    m_hint->setAccessibleName(tr("Where to find these values"));

    m_baseUrl = lineEdit(QStringLiteral("sisBaseUrl"), tr("OneRoster API URL"), this);
    m_baseUrl->setPlaceholderText(QStringLiteral("https://sis.example.org/api"));
    m_tokenUrl = lineEdit(QStringLiteral("sisTokenUrl"), tr("Token URL"), this);
    m_findToken = new QPushButton(tr("&Find"), this);
    m_findToken->setObjectName(QStringLiteral("sisFindToken"));
    m_findToken->setAccessibleName(tr("Look for the token URL"));
    m_findToken->setToolTip(tr("Tries the usual token addresses on the API's own host, over "
                               "https, with the client ID and secret typed here."));
    m_findToken->setAutoDefault(false);
    m_tokenRow = new QWidget(this);
    auto *tokenRow = new QHBoxLayout(m_tokenRow);
    tokenRow->setContentsMargins(0, 0, 0, 0);
    tokenRow->addWidget(m_tokenUrl, 1);
    tokenRow->addWidget(m_findToken);
    m_tokenRow->setFocusProxy(m_tokenUrl);
    m_tokenNote = new QLabel(this);
    m_tokenNote->setWordWrap(true);
    m_tokenNote->setForegroundRole(QPalette::PlaceholderText);
    // Wrapped labels in a form get rows taller than their text; keep the text at the top.
    m_tokenNote->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_clientId = lineEdit(QStringLiteral("sisClientId"), tr("Client ID"), this);
    m_secret = lineEdit(QStringLiteral("sisClientSecret"), tr("Client secret"), this);
    m_secret->setEchoMode(QLineEdit::Password);
    m_version = new QComboBox(this);
    m_version->setObjectName(QStringLiteral("sisVersion"));
    m_version->setAccessibleName(tr("OneRoster version"));
    m_version->addItem(tr("OneRoster 1.1"), int(OneRosterVersion::V1_1));
    m_version->addItem(tr("OneRoster 1.2"), int(OneRosterVersion::V1_2));

    m_httpWarning = new QLabel(
        tr("<b>Warning:</b> this URL starts with http://, not https://. The client secret, the "
           "access tokens and the students' data would travel unencrypted, readable by anyone "
           "on the network between this computer and the SIS."),
        this);
    m_httpWarning->setObjectName(QStringLiteral("sisHttpWarning"));
    m_httpWarning->setWordWrap(true);
    m_httpWarning->setTextFormat(Qt::RichText);
    m_allowHttp = new QCheckBox(tr("Send credentials and student data &unencrypted anyway"), this);
    m_allowHttp->setObjectName(QStringLiteral("sisAllowHttp"));

    m_idLabel = new QLabel(tr("Client I&D:"), this);
    m_idLabel->setBuddy(m_clientId);
    m_secretLabel = new QLabel(tr("Client &secret:"), this);
    m_secretLabel->setBuddy(m_secret);

    m_form = new QFormLayout;
    m_form->addRow(tr("S&IS:"), m_preset);
    m_form->addRow(tr("OneRoster &API URL:"), m_baseUrl);
    m_form->addRow(tr("To&ken URL:"), m_tokenRow);
    m_form->addRow(QString(), m_tokenNote);
    m_form->addRow(m_idLabel, m_clientId);
    m_form->addRow(m_secretLabel, m_secret);
    m_form->addRow(tr("&Version:"), m_version);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    // Below the form: a wrapped label in a form row gets a wrong height.
    layout->addWidget(m_httpWarning);
    layout->addWidget(m_allowHttp);
    // Below the fields, not in the form: a wrapped label in a form row gets a wrong height.
    layout->addWidget(m_hint);

    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        applyPreset(true);
        Q_EMIT presetChanged(presetId());
        Q_EMIT changed();
    });
    connect(m_baseUrl, &QLineEdit::textChanged, this, &SisConnectionWidget::baseUrlEdited);
    connect(m_findToken, &QPushButton::clicked, this, &SisConnectionWidget::findTokenUrl);
    connect(m_tokenUrl, &QLineEdit::textEdited, this, [this] {
        m_tokenUrlEdited = !m_tokenUrl->text().isEmpty();
        Q_EMIT changed();
    });
    // Also when derived from the API URL or set by a preset.
    connect(m_tokenUrl, &QLineEdit::textChanged, this, [this] {
        updateUnencryptedWarning();
        Q_EMIT changed();
    });
    connect(m_allowHttp, &QCheckBox::toggled, this, [this] {
        updateUnencryptedWarning();
        Q_EMIT changed();
    });
    for (QLineEdit *edit : {m_clientId, m_secret})
        connect(edit, &QLineEdit::textChanged, this, &SisConnectionWidget::changed);
    connect(m_version, &QComboBox::currentIndexChanged, this, &SisConnectionWidget::changed);
    applyPreset(true);
    updateUnencryptedWarning();
}

bool SisConnectionWidget::needsUnencryptedConsent() const
{
    RestSourceSettings probe;
    // "Other" asks about its token URL on the token page.
    for (const QString &text :
         {m_baseUrl->text().trimmed(), isOther() ? QString() : m_tokenUrl->text().trimmed()}) {
        if (!text.isEmpty() && !probe.transportAllowed(QUrl(text)))
            return true;
    }
    return false;
}

void SisConnectionWidget::updateUnencryptedWarning()
{
    // Shown while the admin could need it, and kept when already allowed so it can be undone.
    const bool show = needsUnencryptedConsent() || m_allowHttp->isChecked();
    m_httpWarning->setVisible(show);
    m_allowHttp->setVisible(show);
}

VendorPreset SisConnectionWidget::currentPreset() const
{
    return VendorPreset::find(presetId()).value_or(VendorPreset());
}

QString SisConnectionWidget::presetId() const
{
    return m_preset->currentData().toString();
}

bool SisConnectionWidget::isOther() const
{
    return presetId() == kOther;
}

void SisConnectionWidget::applyPreset(bool resetValues)
{
    const VendorPreset p = currentPreset();
    QString hint = p.whereToFind.toHtmlEscaped();
    if (!p.uncertain.isEmpty())
        hint += QStringLiteral("<br><i>") + p.uncertain.toHtmlEscaped() + QStringLiteral("</i>");
    m_hint->setText(hint);

    // The vendor's own words for the credentials: the last two things it asks for.
    const bool other = p.id == kOther;
    const bool named = !other && p.askFor.size() >= 2;
    m_idLabel->setText(named ? p.askFor.at(p.askFor.size() - 2) + u':' : tr("Client I&D:"));
    m_secretLabel->setText(named ? p.askFor.last() + u':' : tr("Client &secret:"));
    m_clientId->setAccessibleName(named ? p.askFor.at(p.askFor.size() - 2) : tr("Client ID"));
    m_secret->setAccessibleName(named ? p.askFor.last() : tr("Client secret"));
    m_baseUrl->setToolTip(p.askFor.value(0));

    m_form->setRowVisible(m_tokenRow, !other);
    m_form->setRowVisible(m_tokenNote, !other);
    m_tokenNote->setText(p.tokenUrlNote);
    if (resetValues) {
        m_version->setCurrentIndex(m_version->findData(int(p.defaultVersion)));
        m_tokenUrlEdited = false;
        m_tokenUrl->setText(p.tokenUrlFor(m_baseUrl->text()));
    }
    updateUnencryptedWarning();
}

void SisConnectionWidget::baseUrlEdited()
{
    // A derived token URL follows the API URL until the admin types one.
    if (!m_tokenUrlEdited && !isOther())
        m_tokenUrl->setText(currentPreset().tokenUrlFor(m_baseUrl->text()));
    updateUnencryptedWarning();
    Q_EMIT changed();
}

void SisConnectionWidget::load(const Profile &profile)
{
    const RestSourceSettings &s = profile.source.rest;
    const QSignalBlocker blocker(m_preset);
    const int index = m_preset->findData(s.vendor);
    m_preset->setCurrentIndex(index < 0 ? m_preset->findData(kOther) : index);
    applyPreset(false);
    m_baseUrl->setText(s.baseUrl);
    m_tokenUrl->setText(s.tokenUrl.isEmpty() ? currentPreset().tokenUrlFor(s.baseUrl) : s.tokenUrl);
    m_tokenUrlEdited =
        !s.tokenUrl.isEmpty() && s.tokenUrl != currentPreset().tokenUrlFor(s.baseUrl);
    m_clientId->setText(s.clientId);
    m_version->setCurrentIndex(m_version->findData(int(s.version)));
    // The consent this page asks for; "Other"'s token URL has its own on the token page.
    m_allowHttp->setChecked(s.allowUnencryptedHttp && needsUnencryptedConsent());
    updateUnencryptedWarning();
}

void SisConnectionWidget::save(Profile *profile) const
{
    RestSourceSettings &s = profile->source.rest;
    const VendorPreset p = currentPreset();
    // A new vendor starts from its preset, as a settings file naming it does; what the admin
    // entered here and on the other pages is set over it.
    if (s.vendor != p.id)
        p.applyDefaults(&s);
    s.baseUrl = m_baseUrl->text().trimmed();
    if (!isOther())
        s.tokenUrl = m_tokenUrl->text().trimmed();
    s.clientId = m_clientId->text().trimmed();
    s.version = OneRosterVersion(m_version->currentData().toInt());
    s.allowUnencryptedHttp = m_allowHttp->isChecked();
}

QString SisConnectionWidget::clientSecret() const
{
    return m_secret->text();
}

void SisConnectionWidget::setClientSecret(const QString &secret)
{
    m_secret->setText(secret);
}

void SisConnectionWidget::findTokenUrl()
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    Profile draft;
    save(&draft);
    delete m_probe;
    m_probe = new TokenUrlProbe(m_network, draft.source.rest, RestSecrets{m_secret->text()}, this);
    connect(m_probe, &TokenUrlProbe::finished, this, [this](const TokenUrlProbe::Result &r) {
        if (!r.url.isEmpty()) {
            m_tokenUrl->setText(r.url);
            m_tokenUrlEdited = true;
        }
        m_tokenNote->setText(r.message);
        m_findToken->setEnabled(true);
        Q_EMIT tokenSearchFinished(r.url, r.message);
    });
    m_findToken->setEnabled(false);
    m_tokenNote->setText(tr("Looking for the token URL…"));
    m_probe->start();
}

void SisConnectionWidget::showStoredSecrets(const QStringList &names)
{
    StoredSecretHint::apply(m_secret, names.contains(QString(SecretName::SisClientSecret)));
}

QString SisConnectionWidget::missingInput() const
{
    if (m_baseUrl->text().trimmed().isEmpty())
        return tr("Enter the OneRoster API URL.");
    if (needsUnencryptedConsent() && !m_allowHttp->isChecked())
        return tr("The address is not encrypted (http): use https, or tick \"Send credentials "
                  "and student data unencrypted anyway\".");
    // "Other" may need no credentials at all; its own pages decide.
    if (isOther())
        return {};
    if (m_tokenUrl->text().trimmed().isEmpty())
        return tr("Enter the token URL, or click Find to look for it.");
    if (m_clientId->text().trimmed().isEmpty()) {
        // In the SIS's own words, as the field's label has them ("Consumer ID" for Aeries).
        QString name = m_idLabel->text();
        name.remove(u'&');
        name.remove(u':');
        return tr("Enter the %1.").arg(name.trimmed());
    }
    return {};
}

} // namespace rb
