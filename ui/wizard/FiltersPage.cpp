#include "wizard/FiltersPage.h"

#include "profile/FilterChooser.h"
#include "profile/FilterSettingsWidget.h"

#include <QDir>
#include <QUuid>
#include <QVBoxLayout>

namespace rb {

FiltersPage::FiltersPage(WizardDraft *draft, QWidget *parent)
    : WizardPage(parent)
    , m_draft(draft)
    , m_chooser(new FilterChooser(this))
{
    setTitle(tr("What to send"));
    setSubTitle(tr("Choose the schools, records, roles and exclusions Apple School Manager "
                   "gets. The counts follow your choices."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_chooser, 1);
    connect(m_chooser, &FilterChooser::completeChanged, this, &FiltersPage::completeChanged);
    connect(m_chooser, &FilterChooser::loaded, this, [this](bool ok) {
        if (!ok) {
            // Listed again when the page is shown next.
            m_listedSource = QJsonValue();
            return;
        }
        if (m_draft->exportPath != m_chooser->exportPath())
            m_draft->setExportPath(m_chooser->exportPath());
        m_draft->summary = m_chooser->summary();
    });
}

void FiltersPage::initializePage()
{
    if (!m_loaded) {
        m_loaded = true;
        m_chooser->settings()->load(m_draft->profile);
    }
    const QJsonValue source = m_draft->profile.toJson().value(QStringLiteral("source"));
    if (source == m_listedSource || isLoading())
        return;
    m_listedSource = source;
    if (m_draft->flow != SetupFlow::Rest) {
        m_chooser->readExport(m_draft->exportPath, m_draft->summary);
        return;
    }
    const QString folder =
        QDir(m_draft->workFolder())
            .filePath(QStringLiteral("rest-") + QUuid::createUuid().toString(QUuid::Id128));
    QDir().mkpath(folder);
    m_chooser->fetchFromApi(m_draft->profile.source.rest,
                            m_draft->secrets.value(SecretName::SisClientSecret), folder);
}

bool FiltersPage::isLoading() const
{
    return m_chooser->isLoading();
}

bool FiltersPage::isCounting() const
{
    return m_chooser->isCounting();
}

QString FiltersPage::countsText() const
{
    return m_chooser->countsText();
}

QString FiltersPage::statusText() const
{
    return m_chooser->statusText();
}

QString FiltersPage::blockedText() const
{
    return m_chooser->blockedText();
}

FilterSettingsWidget *FiltersPage::filterWidget() const
{
    return m_chooser->settings();
}

QString FiltersPage::missingInput() const
{
    return m_chooser->missingInput();
}

bool FiltersPage::validatePage()
{
    m_chooser->settings()->save(&m_draft->profile);
    return true;
}

} // namespace rb
