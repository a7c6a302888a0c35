#include "wizard/FinishPage.h"

#include "oneroster/rest/VendorPreset.h"
#include "profile/ProfileSaver.h"
#include "wizard/ProfileSummary.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QVBoxLayout>
#include <QWizard>

namespace rb {

FinishPage::FinishPage(WizardDraft *draft, ProfileSaver *saver, QWidget *parent)
    : AsyncCheckPage(parent)
    , m_draft(draft)
    , m_saver(saver)
{
    setTitle(tr("Ready to save"));
    setSubTitle(tr("Check the summary, name the profile and press Finish. Nothing is sent to "
                   "Apple School Manager until you have approved the first preview."));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("finishSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setAccessibleName(tr("Summary"));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("profileName"));
    m_name->setAccessibleName(tr("Profile name"));
    connect(m_name, &QLineEdit::textChanged, this, &FinishPage::completeChanged);

    m_saveExchanges = new QCheckBox(tr("Save &request and response data in the history"), this);
    m_saveExchanges->setObjectName(QStringLiteral("saveExchanges"));
    m_saveExchanges->setToolTip(tr("Keeps what RosterBridge sent and received in each run "
                                   "(passwords and tokens removed), to show your SIS vendor or "
                                   "Apple when something goes wrong."));
    m_dryRun = new QCheckBox(tr("Run a &dry run now and show me the preview"), this);
    m_dryRun->setObjectName(QStringLiteral("dryRunNow"));
    m_dryRun->setChecked(true);
    m_dryRun->setToolTip(tr("Builds and checks the upload without sending it. The first real "
                            "upload always waits until you approve its preview."));

    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setVisible(false);
    m_busy->setAccessibleName(tr("Saving"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("finishStatus"));
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Profile &name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_saveExchanges);
    layout->addWidget(m_dryRun);
    layout->addStretch();
    layout->addWidget(m_busy);
    layout->addWidget(m_status);

    connect(m_saver, &ProfileSaver::finished, this, [this](bool ok, const QString &error) {
        m_busy->setVisible(false);
        m_status->setText(ok ? tr("Saved.") : error);
        checkFinished(ok);
    });
    setButtonText(QWizard::FinishButton, tr("&Finish"));
}

void FinishPage::initializePage()
{
    if (m_name->text().trimmed().isEmpty())
        m_name->setText(suggestedName());
    m_summary->setText(ProfileSummary::html(m_draft->profile));
    m_status->clear();
}

QString FinishPage::suggestedName() const
{
    if (!m_draft->profile.name.isEmpty())
        return m_draft->profile.name;
    if (!m_draft->sisName.trimmed().isEmpty())
        return m_draft->sisName.trimmed();
    if (m_draft->profile.source.kind == SourceKind::Rest) {
        const std::optional<VendorPreset> preset =
            VendorPreset::find(m_draft->profile.source.rest.vendor);
        if (preset && preset->id != QStringLiteral("other"))
            return preset->displayName;
    }
    return tr("District roster");
}

bool FinishPage::dryRunRequested() const
{
    return m_dryRun->isChecked();
}

QString FinishPage::missingFields() const
{
    return m_name->text().trimmed().isEmpty() ? tr("Enter a name for the profile.") : QString();
}

void FinishPage::startCheck()
{
    Profile &p = m_draft->profile;
    p.name = m_name->text().trimmed();
    p.saveExchangeData = m_saveExchanges->isChecked();
    // Whatever was chosen, the first real upload waits for the admin's approval.
    p.needsFirstRunApproval = true;
    m_busy->setVisible(true);
    m_status->setText(tr("Saving the profile and its passwords..."));
    m_saver->save(p, m_draft->secrets);
}

void FinishPage::advance()
{
    Q_EMIT profileSaved(m_draft->profile.id, m_dryRun->isChecked());
    if (wizard())
        wizard()->accept();
}

} // namespace rb
