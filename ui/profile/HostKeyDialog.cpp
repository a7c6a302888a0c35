#include "profile/HostKeyDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace rb {

namespace {
QLabel *fingerprintLabel(const QString &fingerprint, const char *name, QWidget *parent)
{
    auto *label = new QLabel(fingerprint, parent);
    label->setObjectName(QLatin1String(name));
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont mono = label->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    label->setFont(mono);
    return label;
}
} // namespace

HostKeyDialog::HostKeyDialog(const QString &host, const QString &pinned, const QString &offered,
                             QWidget *parent)
    : QDialog(parent)
    , m_offered(offered)
{
    setObjectName(QStringLiteral("hostKeyDialog"));
    setWindowTitle(tr("Host key changed"));
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    auto *intro = new QLabel(
        tr("The server %1 presented a different host key than the one this profile trusts. "
           "Nothing was sent to it. If the server's operator confirms that the key was "
           "changed, compare the new fingerprint with the one they give and trust it. "
           "Otherwise someone may be intercepting the connection: cancel.")
            .arg(host),
        this);
    intro->setObjectName(QStringLiteral("hostKeyIntro"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->addRow(tr("Trusted until now:"), fingerprintLabel(pinned, "hostKeyOld", this));
    form->addRow(tr("Presented now:"), fingerprintLabel(offered, "hostKeyNew", this));

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *trust = buttons->addButton(tr("&Trust the new key"), QDialogButtonBox::AcceptRole);
    trust->setObjectName(QStringLiteral("hostKeyTrust"));
    trust->setAutoDefault(false);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("hostKeyCancel"));
    cancel->setDefault(true);
    cancel->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    auto *text = new QVBoxLayout;
    text->addWidget(intro);
    text->addLayout(form);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

} // namespace rb
