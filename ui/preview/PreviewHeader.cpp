#include "preview/PreviewHeader.h"

#include <QDir>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace rb {

PreviewHeader::PreviewHeader(const PreviewInput &input, QWidget *parent)
    : QWidget(parent)
    , m_state(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    const QString &title = input.title;
    const QStringList &reasons = input.reasons;
    auto *titleLabel =
        new QLabel(title.isEmpty() ? tr("Package for Apple School Manager") : title, this);
    QFont titleFont = titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleLabel->setFont(titleFont);
    titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(titleLabel);

    QString pathText = tr("Package: %1").arg(QDir::toNativeSeparators(input.packagePath));
    if (input.runId != 0) {
        pathText = tr("Package of run %1, sha256 %2").arg(input.runId).arg(input.sha256);
    }
    auto *path = new QLabel(pathText, this);
    path->setObjectName(QStringLiteral("packageIdentity"));
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    path->setWordWrap(true);
    path->setForegroundRole(QPalette::PlaceholderText); // a detail, not the message
    layout->addWidget(path);

    if (!reasons.isEmpty()) {
        auto *box = new QFrame(this);
        box->setFrameShape(QFrame::StyledPanel);
        box->setAutoFillBackground(true);
        QPalette palette = box->palette();
        palette.setColor(QPalette::Window, QColor(255, 243, 205));
        palette.setColor(QPalette::WindowText, QColor(70, 50, 0));
        box->setPalette(palette);
        auto *boxLayout = new QHBoxLayout(box);
        auto *icon = new QLabel(box);
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) * 2;
        icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
        icon->setAlignment(Qt::AlignTop);
        const QString heading = input.blocked ? tr("Blocked:") : tr("Held for review:");
        QString html = QStringLiteral("<b>") + heading.toHtmlEscaped() + QStringLiteral("</b>");
        for (const QString &reason : reasons)
            html += QStringLiteral("<br>• ") + reason.toHtmlEscaped();
        auto *text = new QLabel(html, box);
        text->setTextFormat(Qt::RichText);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->setAccessibleName(tr("Why the package was held"));
        boxLayout->addWidget(icon);
        boxLayout->addWidget(text, 1);
        layout->addWidget(box);
    }

    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::RichText);
    m_state->setAccessibleName(tr("What the upload will do"));
    layout->addWidget(m_state);
}

void PreviewHeader::setState(const QString &html)
{
    m_state->setText(html);
}

QString PreviewHeader::alert(const QString &plainText)
{
    return QStringLiteral("<b style=\"color:#b00020\">") + plainText.toHtmlEscaped() +
           QStringLiteral("</b>");
}

} // namespace rb
