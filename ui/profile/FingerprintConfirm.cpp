#include "profile/FingerprintConfirm.h"

#include "profile/HostKeyDialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

namespace rb {

namespace {
// The base64 part, without padding: pins typed either way compare.
QString body(QString fingerprint)
{
    fingerprint = fingerprint.trimmed();
    if (fingerprint.startsWith(QLatin1String("SHA256:"), Qt::CaseInsensitive))
        fingerprint = fingerprint.mid(7);
    while (fingerprint.endsWith(u'='))
        fingerprint.chop(1);
    return fingerprint;
}
} // namespace

FingerprintConfirm::FingerprintConfirm(QWidget *parent)
    : QWidget(parent)
{
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("fingerprintText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_confirm = new QCheckBox(tr("I have checked this fin&gerprint"), this);
    m_confirm->setObjectName(QStringLiteral("fingerprintConfirmed"));
    m_confirm->setAccessibleDescription(
        tr("Tick only after comparing the fingerprint with the one the server's owner gives."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_confirm);
    connect(m_confirm, &QCheckBox::toggled, this, [this](bool checked) {
        Q_EMIT pinChosen(checked ? m_fingerprint : m_pinned);
        if (checked)
            Q_EMIT trusted();
    });
    clear();
}

bool FingerprintConfirm::sameKey(const QString &a, const QString &b)
{
    return !body(a).isEmpty() && body(a) == body(b);
}

void FingerprintConfirm::showKey(const QString &host, const QString &offered, const QString &pinned,
                                 bool changed)
{
    const QSignalBlocker block(m_confirm);
    m_fingerprint = offered;
    m_pinned = pinned;
    m_matches = !changed && sameKey(offered, pinned);
    if (m_matches) {
        m_text->setText(tr("The server's host key matches the pinned one: <tt>%1</tt>")
                            .arg(offered.toHtmlEscaped()));
    } else if (changed) {
        m_text->setText(tr("The server presented the host key <tt>%1</tt>, not the pinned "
                           "<tt>%2</tt>. Nothing was sent to it.")
                            .arg(offered.toHtmlEscaped(), pinned.toHtmlEscaped()));
    } else {
        m_text->setText(tr("The server identifies itself with this host key:<br><b><tt>%1</tt>"
                           "</b><br>Compare it with the fingerprint the server's owner gives "
                           "you. Nothing has been sent yet: RosterBridge signs in once you "
                           "confirm the key, and remembers it; a different key later stops "
                           "every upload.")
                            .arg(offered.toHtmlEscaped()));
    }
    m_confirm->setChecked(m_matches);
    m_confirm->setVisible(!m_matches && !changed);
    setVisible(true);
    if (changed)
        askAboutChangedKey(host);
}

void FingerprintConfirm::askAboutChangedKey(const QString &host)
{
    auto *dialog = new HostKeyDialog(host, m_pinned, m_fingerprint, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, offered = m_fingerprint] {
        Q_EMIT pinChosen(offered);
        Q_EMIT trusted();
    });
    dialog->open();
}

void FingerprintConfirm::clear()
{
    const QSignalBlocker block(m_confirm);
    m_fingerprint.clear();
    m_pinned.clear();
    m_matches = false;
    m_confirm->setChecked(false);
    setVisible(false);
}

bool FingerprintConfirm::isConfirmed() const
{
    return !m_fingerprint.isEmpty() && (m_matches || m_confirm->isChecked());
}

} // namespace rb
