#include "profile/FilterChooser.h"

#include "common/BackgroundJob.h"
#include "oneroster/rest/RestSource.h"
#include "profile/FilterSettingsWidget.h"
#include "profile/ProfileLog.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace rb {

FilterChooser::FilterChooser(QWidget *parent)
    : QWidget(parent)
    , m_widget(new FilterSettingsWidget(this))
    , m_fetch(new QPushButton(this))
    , m_busy(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_blocked(new QLabel(this))
    , m_countDelay(new QTimer(this))
{
    m_fetch->setObjectName(QStringLiteral("listFromSis"));
    m_fetch->setAutoDefault(false);
    m_fetch->hide();
    m_busy->setRange(0, 0);
    m_busy->setVisible(false);
    m_busy->setAccessibleName(tr("Reading the district's data"));
    m_status->setObjectName(QStringLiteral("filtersStatus"));
    m_status->setWordWrap(true);
    m_counts->setObjectName(QStringLiteral("filtersCounts"));
    m_counts->setWordWrap(true);
    m_counts->setAccessibleName(tr("What would be sent"));
    QFont bold = m_counts->font();
    bold.setBold(true);
    m_counts->setFont(bold);
    m_blocked->setObjectName(QStringLiteral("filtersBlocked"));
    m_blocked->setWordWrap(true);
    m_blocked->setStyleSheet(QStringLiteral("color: palette(link-visited);"));
    m_blocked->setVisible(false);
    m_countDelay->setSingleShot(true);
    m_countDelay->setInterval(300);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_widget, 1);
    layout->addWidget(m_fetch, 0, Qt::AlignLeft);
    layout->addWidget(m_busy);
    layout->addWidget(m_status);
    layout->addWidget(m_counts);
    layout->addWidget(m_blocked);

    connect(m_widget, &FilterSettingsWidget::changed, this, [this] {
        updateBlocked();
        Q_EMIT completeChanged();
        m_countDelay->start();
    });
    connect(m_countDelay, &QTimer::timeout, this, &FilterChooser::startCount);
    connect(m_fetch, &QPushButton::clicked, this, &FilterChooser::fetchRequested);
}

FilterChooser::~FilterChooser()
{
    if (m_rest)
        m_rest->cancel();
    for (BackgroundJob *task : {m_readTask.data(), m_countTask.data()}) {
        if (task)
            task->cancel();
    }
}

void FilterChooser::offerFetch(const QString &text)
{
    m_fetch->setText(text);
    m_fetch->show();
}

bool FilterChooser::isLoading() const
{
    return bool(m_rest) || bool(m_readTask);
}

bool FilterChooser::isCounting() const
{
    return bool(m_countTask);
}

void FilterChooser::fetchFromApi(const RestSourceSettings &settings, const QString &clientSecret,
                                 const QString &folder)
{
    if (isLoading())
        return;
    m_busy->setVisible(true);
    m_fetch->setEnabled(false);
    m_status->setText(tr("Reading the district's roster from the SIS..."));
    Q_EMIT completeChanged();
    m_rest = new RestSource(this);
    connect(m_rest, &RestSource::progress, this,
            [this](const QString &collection, qint64 records, qint64 total) {
                m_status->setText(
                    total >= 0 ? tr("Reading %1 from the SIS: %2 of %3")
                                     .arg(collection)
                                     .arg(records)
                                     .arg(total)
                               : tr("Reading %1 from the SIS: %2").arg(collection).arg(records));
            });
    connect(m_rest, &RestSource::finished, this, [this, folder](bool ok) {
        RestSource *rest = m_rest;
        m_rest = nullptr;
        rest->deleteLater();
        m_fetch->setEnabled(true);
        if (ok) {
            readExport(folder);
            return;
        }
        QString why;
        for (const Finding &f : rest->findings().kept()) {
            if (f.severity == Severity::Error) {
                why = f.message;
                break;
            }
        }
        qCWarning(lcProfileUi) << "fetching the roster failed:" << why;
        m_busy->setVisible(false);
        m_status->setText(tr("The roster could not be read from the SIS, so schools cannot be "
                             "listed: %1 Every school will be sent unless schools are ticked "
                             "below.")
                              .arg(why));
        Q_EMIT loaded(false);
        Q_EMIT completeChanged();
    });
    m_rest->start(settings, RestSecrets{clientSecret}, folder);
}

void FilterChooser::readExport(const QString &path, const DistrictSummary &known)
{
    m_path = path;
    if (path.isEmpty()) {
        m_busy->setVisible(false);
        m_status->setText(tr("There is no export to list the schools from yet."));
        Q_EMIT completeChanged();
        return;
    }
    if (known.ok) {
        m_summary = known;
        summaryReady();
        return;
    }
    m_busy->setVisible(true);
    m_status->setText(tr("Reading the district's data..."));
    auto summary = std::make_shared<DistrictSummary>();
    m_readTask = new BackgroundJob(this, BackgroundJob::OnDestroy::Detach);
    connect(m_readTask, &BackgroundJob::finished, m_readTask, &QObject::deleteLater);
    connect(m_readTask, &BackgroundJob::finished, this, [this, summary, path] {
        m_readTask = nullptr;
        if (m_path != path)
            return;
        m_summary = *summary;
        summaryReady();
    });
    m_readTask->start([path, summary](const BackgroundJob::Control &) {
        *summary = DistrictSummary::read(path);
    });
    Q_EMIT completeChanged();
}

void FilterChooser::summaryReady()
{
    m_busy->setVisible(false);
    m_status->setText(m_summary.describe());
    if (m_summary.ok) {
        m_widget->setSchools(m_summary.schools);
        m_widget->setRoleCounts(m_summary.roles);
        // A role without a rule is what stops saving: show where it is chosen.
        if (!m_widget->unchosenRoles().isEmpty())
            m_widget->showRoles();
        startCount();
    }
    updateBlocked();
    Q_EMIT loaded(m_summary.ok);
    Q_EMIT completeChanged();
}

void FilterChooser::updateBlocked()
{
    const QStringList roles = m_widget->unchosenRoles();
    m_blocked->setText(roles.isEmpty()
                           ? QString()
                           : tr("Choose Staff or Leave out for %1 on the Roles tab before going "
                                "on: a role without a rule stops every run.")
                                 .arg(roles.join(QStringLiteral(", "))));
    m_blocked->setVisible(!roles.isEmpty());
}

QString FilterChooser::blockedText() const
{
    return m_blocked->isVisibleTo(this) ? m_blocked->text() : QString();
}

void FilterChooser::startCount()
{
    if (m_path.isEmpty() || !m_summary.ok || !m_widget->canCount())
        return;
    if (m_countTask) {
        m_countAgain = true;
        return;
    }
    m_counts->setText(tr("Counting..."));
    const QString path = m_path;
    const FilterSettings filters = m_widget->filtersForCounting();
    const bool undecided = !m_widget->unchosenRoles().isEmpty();
    auto counts = std::make_shared<SelectionCounts>();
    m_countTask = new BackgroundJob(this, BackgroundJob::OnDestroy::Detach);
    connect(m_countTask, &BackgroundJob::finished, m_countTask, &QObject::deleteLater);
    connect(m_countTask, &BackgroundJob::finished, this, [this, counts, undecided] {
        m_countTask = nullptr;
        if (m_countAgain) {
            m_countAgain = false;
            startCount();
            return;
        }
        m_counts->setText(counts->ok && undecided
                              ? tr("%1 People whose role is still to be chosen are not counted.")
                                    .arg(counts->describe())
                              : counts->describe());
        m_widget->showCounts(*counts);
    });
    m_countTask->start([path, filters, counts](const BackgroundJob::Control &) {
        *counts = SelectionCounts::count(path, filters);
    });
}

QString FilterChooser::countsText() const
{
    return m_counts->text();
}

QString FilterChooser::statusText() const
{
    return m_status->text();
}

QString FilterChooser::missingInput() const
{
    if (isLoading())
        return tr("Reading the schools and roles… Next is available when they are read.");
    return m_widget->missingInput();
}

} // namespace rb
