#include "wizard/FiltersPage.h"

#include "common/BackgroundJob.h"
#include "oneroster/rest/RestSource.h"
#include "profile/FilterSettingsWidget.h"
#include "wizard/WizardLog.h"

#include <QDir>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>
#include <QUuid>
#include <QVBoxLayout>

#include <memory>

namespace rb {

FiltersPage::FiltersPage(WizardDraft *draft, QWidget *parent)
    : WizardPage(parent)
    , m_draft(draft)
{
    setTitle(tr("What to send"));
    setSubTitle(tr("Choose the schools, records, roles and exclusions Apple School Manager "
                   "gets. The counts follow your choices."));
    m_widget = new FilterSettingsWidget(this);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setVisible(false);
    m_busy->setAccessibleName(tr("Reading the district's data"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("filtersStatus"));
    m_status->setWordWrap(true);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("filtersCounts"));
    m_counts->setWordWrap(true);
    m_counts->setAccessibleName(tr("What would be sent"));
    QFont bold = m_counts->font();
    bold.setBold(true);
    m_counts->setFont(bold);
    m_blocked = new QLabel(this);
    m_blocked->setObjectName(QStringLiteral("filtersBlocked"));
    m_blocked->setWordWrap(true);
    m_blocked->setStyleSheet(QStringLiteral("color: palette(link-visited);"));
    m_blocked->setVisible(false);
    m_countDelay = new QTimer(this);
    m_countDelay->setSingleShot(true);
    m_countDelay->setInterval(300);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_widget, 1);
    layout->addWidget(m_busy);
    layout->addWidget(m_status);
    layout->addWidget(m_counts);
    layout->addWidget(m_blocked);

    connect(m_widget, &FilterSettingsWidget::changed, this, [this] {
        updateBlocked();
        Q_EMIT completeChanged();
        m_countDelay->start();
    });
    connect(m_countDelay, &QTimer::timeout, this, &FiltersPage::startCount);
}

FiltersPage::~FiltersPage()
{
    if (m_rest)
        m_rest->cancel();
    for (BackgroundJob *task : {m_readTask.data(), m_countTask.data()}) {
        if (task)
            task->cancel();
    }
}

void FiltersPage::initializePage()
{
    if (!m_loaded) {
        m_loaded = true;
        m_widget->load(m_draft->profile);
    }
    const QJsonValue source = m_draft->profile.toJson().value(QStringLiteral("source"));
    if (source == m_listedSource || isLoading())
        return;
    m_listedSource = source;
    if (m_draft->flow == SetupFlow::Rest)
        fetchFromApi();
    else
        readSummary();
}

bool FiltersPage::isLoading() const
{
    return bool(m_rest) || bool(m_readTask);
}

void FiltersPage::fetchFromApi()
{
    const QString folder =
        QDir(m_draft->workFolder())
            .filePath(QStringLiteral("rest-") + QUuid::createUuid().toString(QUuid::Id128));
    QDir().mkpath(folder);
    m_busy->setVisible(true);
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
        if (!ok) {
            QString why;
            for (const Finding &f : rest->findings().kept()) {
                if (f.severity == Severity::Error) {
                    why = f.message;
                    break;
                }
            }
            qCWarning(lcWizard) << "fetching the roster failed:" << why;
            m_busy->setVisible(false);
            m_status->setText(tr("The roster could not be read from the SIS, so schools cannot "
                                 "be listed: %1 Every school will be sent; you can choose "
                                 "schools later in the profile's settings.")
                                  .arg(why));
            m_listedSource = QJsonValue();
            Q_EMIT completeChanged();
            return;
        }
        m_draft->setExportPath(folder);
        readSummary();
    });
    m_rest->start(m_draft->profile.source.rest,
                  RestSecrets{m_draft->secrets.value(SecretName::SisClientSecret)}, folder);
}

void FiltersPage::readSummary()
{
    const QString path = m_draft->exportPath;
    if (path.isEmpty()) {
        m_busy->setVisible(false);
        m_status->setText(tr("There is no export to list the schools from yet."));
        Q_EMIT completeChanged();
        return;
    }
    if (m_draft->summary.ok) {
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
        if (m_draft->exportPath == path)
            m_draft->summary = *summary;
        summaryReady();
    });
    m_readTask->start([path, summary](const BackgroundJob::Control &) {
        *summary = DistrictSummary::read(path);
    });
    Q_EMIT completeChanged();
}

void FiltersPage::summaryReady()
{
    m_busy->setVisible(false);
    const DistrictSummary &s = m_draft->summary;
    m_status->setText(s.describe());
    if (s.ok) {
        m_widget->setSchools(s.schools);
        m_widget->setRoleCounts(s.roles);
        // A role without a rule is what stops Next: show where it is chosen.
        if (!m_widget->unchosenRoles().isEmpty())
            m_widget->showRoles();
        startCount();
    }
    updateBlocked();
    Q_EMIT completeChanged();
}

void FiltersPage::updateBlocked()
{
    const QStringList roles = m_widget->unchosenRoles();
    m_blocked->setText(roles.isEmpty()
                           ? QString()
                           : tr("Choose Staff or Leave out for %1 on the Roles tab before going "
                                "on: a role without a rule stops every run.")
                                 .arg(roles.join(QStringLiteral(", "))));
    m_blocked->setVisible(!roles.isEmpty());
}

QString FiltersPage::blockedText() const
{
    return m_blocked->isVisibleTo(this) ? m_blocked->text() : QString();
}

void FiltersPage::startCount()
{
    if (m_draft->exportPath.isEmpty() || !m_draft->summary.ok || !m_widget->canCount())
        return;
    if (m_countTask) {
        m_countAgain = true;
        return;
    }
    m_counts->setText(tr("Counting..."));
    const QString path = m_draft->exportPath;
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

bool FiltersPage::isCounting() const
{
    return bool(m_countTask);
}

QString FiltersPage::countsText() const
{
    return m_counts->text();
}

QString FiltersPage::statusText() const
{
    return m_status->text();
}

QString FiltersPage::missingInput() const
{
    if (isLoading())
        return tr("Reading the schools and roles… Next is available when they are read.");
    return m_widget->missingInput();
}

bool FiltersPage::validatePage()
{
    m_widget->save(&m_draft->profile);
    return true;
}

} // namespace rb
