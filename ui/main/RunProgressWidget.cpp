#include "RunProgressWidget.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace rb {

RunProgressWidget::RunProgressWidget(QWidget *parent)
    : QWidget(parent)
    , m_step(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_detail(new QLabel(this))
    , m_cancel(new QPushButton(tr("&Cancel run"), this))
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_step, 0, 0, 1, 2);
    layout->addWidget(m_bar, 1, 0);
    layout->addWidget(m_cancel, 1, 1);
    layout->addWidget(m_detail, 2, 0, 1, 2);
    m_bar->setAccessibleName(tr("Run progress"));
    m_cancel->setAccessibleName(tr("Cancel the run"));
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_cancel, &QPushButton::clicked, this, [this] { Q_EMIT cancelRequested(m_profileId); });
}

QString RunProgressWidget::estimate(qint64 done, qint64 total, qint64 elapsedMs)
{
    if (done <= 0 || total <= 0 || done >= total || elapsedMs < 2000)
        return {};
    const double leftSecs = double(elapsedMs) / 1000.0 * double(total - done) / double(done);
    if (leftSecs < 60)
        return tr("less than a minute left");
    return tr("about %n minute(s) left", nullptr, int(leftSecs / 60.0 + 0.5));
}

void RunProgressWidget::show(const ProfileStatus &status)
{
    m_profileId = status.id;
    m_step->setText(status.queued && !status.running
                        ? tr("Waiting for another run to finish…")
                        : tr("<b>%1</b>").arg(status.stepText.toHtmlEscaped()));
    if (status.total > 0) {
        m_bar->setRange(0, 1000);
        m_bar->setValue(
            int(1000.0 * double(qMin(status.done, status.total)) / double(status.total)));
    } else {
        m_bar->setRange(0, 0); // busy
    }
    const QLocale locale;
    QStringList parts;
    if (status.done > 0)
        parts << (status.total > 0
                      ? tr("%1 of %2 %3")
                            .arg(locale.toString(status.done), locale.toString(status.total),
                                 status.progressUnit)
                      : tr("%1 %2").arg(locale.toString(status.done), status.progressUnit));
    if (status.runStartedAt.isValid()) {
        const qint64 ms = status.runStartedAt.msecsTo(QDateTime::currentDateTimeUtc());
        parts << tr("%1 s so far").arg(ms / 1000);
        // The rate of the current step, since steps count different things.
        const QString left =
            estimate(status.done, status.total,
                     status.stepStartedAt.msecsTo(QDateTime::currentDateTimeUtc()));
        if (!left.isEmpty())
            parts << left;
    }
    m_detail->setText(parts.join(QStringLiteral(" · ")));
    m_cancel->setEnabled(status.running || status.queued);
}

QString RunProgressWidget::detailText() const
{
    return m_step->text() + u' ' + m_detail->text();
}

} // namespace rb
