#include "wizard/FingerprintConfirm.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

namespace rb {

FingerprintConfirm::FingerprintConfirm(QWidget *parent)
    : QWidget(parent)
{
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("fingerprintText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_confirm = new QCheckBox(tr("I have &checked this fingerprint"), this);
    m_confirm->setObjectName(QStringLiteral("fingerprintConfirmed"));
    m_confirm->setAccessibleDescription(
        tr("Tick only after comparing the fingerprint with the one the server's owner gives."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_confirm);
    connect(m_confirm, &QCheckBox::toggled, this, &FingerprintConfirm::confirmedChanged);
    clear();
}

void FingerprintConfirm::setFingerprint(const QString &fingerprint, bool alreadyPinned)
{
    m_fingerprint = fingerprint;
    if (alreadyPinned) {
        m_text->setText(tr("The server's host key matches the pinned one: <tt>%1</tt>")
                            .arg(fingerprint.toHtmlEscaped()));
    } else {
        m_text->setText(tr("The server identifies itself with this host key:<br><b><tt>%1</tt>"
                           "</b><br>Compare it with the fingerprint the server's owner gives "
                           "you. Only a key you have checked is remembered; a different key "
                           "later stops every upload.")
                            .arg(fingerprint.toHtmlEscaped()));
    }
    m_confirm->setChecked(alreadyPinned);
    m_confirm->setVisible(!alreadyPinned);
    setVisible(true);
}

void FingerprintConfirm::clear()
{
    m_fingerprint.clear();
    m_confirm->setChecked(false);
    setVisible(false);
}

bool FingerprintConfirm::isConfirmed() const
{
    return !m_fingerprint.isEmpty() && m_confirm->isChecked();
}

} // namespace rb
