#include "wizard/WelcomePage.h"

#include "common/BackgroundJob.h"
#include "common/PrivateFiles.h"
#include "wizard/SampleDistrict.h"
#include "wizard/WizardLog.h"

#include <QButtonGroup>
#include <QDir>
#include <QLabel>
#include <QProgressBar>
#include <QRadioButton>
#include <QVBoxLayout>

#include <memory>

namespace rb {

namespace {

QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setIndent(24);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

WelcomePage::WelcomePage(WizardDraft *draft, QString dataFolder, QWidget *parent)
    : AsyncCheckPage(parent)
    , m_draft(draft)
    , m_dataFolder(std::move(dataFolder))
{
    setTitle(tr("Set up a sync to Apple School Manager"));
    setSubTitle(tr("RosterBridge reads your district's roster, filters it, checks it and uploads "
                   "it to Apple School Manager. Where does the roster come from?"));

    m_rest = new QRadioButton(tr("Connect to my SIS (&OneRoster API)"), this);
    m_rest->setObjectName(QStringLiteral("flowRest"));
    m_csv = new QRadioButton(tr("Use OneRoster &CSV files"), this);
    m_csv->setObjectName(QStringLiteral("flowCsv"));
    m_sample = new QRadioButton(tr("Try with a &sample district"), this);
    m_sample->setObjectName(QStringLiteral("flowSample"));
    m_rest->setChecked(true);
    auto *group = new QButtonGroup(this);
    for (QRadioButton *b : {m_rest, m_csv, m_sample})
        group->addButton(b);

    auto *prerequisites = new QLabel(
        tr("<b>Before you start, have these ready:</b><ul>"
           "<li>A verified domain in Apple School Manager, and an account there with the "
           "\"Configure organization\" privilege.</li>"
           "<li>An SFTP account from Apple School Manager (Preferences &rarr; Accounts "
           "&rarr; Directory Sync &rarr; SFTP). Do not create SFTP users in your primary "
           "location.</li>"
           "<li>Outbound connections to port 22 allowed by your firewall.</li>"
           "<li>From your SIS: the OneRoster API address and a client ID and secret, or "
           "where its CSV exports land.</li></ul>"),
        this);
    prerequisites->setWordWrap(true);
    prerequisites->setTextFormat(Qt::RichText);
    prerequisites->setAccessibleName(tr("Prerequisites"));

    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setVisible(false);
    m_busy->setAccessibleName(tr("Creating the sample district"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("welcomeStatus"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_rest);
    layout->addWidget(explanation(tr("RosterBridge reads the roster from your SIS over the "
                                     "OneRoster 1.1 or 1.2 API (PowerSchool, Infinite Campus, "
                                     "Synergy, Aeries, eSchoolData, Follett Aspen, Skyward and "
                                     "others)."),
                                  this));
    layout->addWidget(m_csv);
    layout->addWidget(explanation(tr("Your SIS exports OneRoster CSV files (a zip or a folder) "
                                     "to this computer, a shared folder or an SFTP server."),
                                  this));
    layout->addWidget(m_sample);
    layout->addWidget(explanation(tr("A small made-up district, written to a folder on this "
                                     "computer instead of Apple School Manager. Nothing leaves "
                                     "this computer."),
                                  this));
    layout->addSpacing(12);
    layout->addWidget(prerequisites);
    layout->addStretch();
    layout->addWidget(m_busy);
    layout->addWidget(m_status);
    // The choice decides the steps that follow.
    for (QRadioButton *choice : {m_rest, m_csv, m_sample})
        connect(choice, &QRadioButton::toggled, this, &QWizardPage::completeChanged);
}

WelcomePage::~WelcomePage()
{
    if (m_task)
        m_task->cancel();
}

SetupFlow WelcomePage::flow() const
{
    if (m_sample->isChecked())
        return SetupFlow::Sample;
    return m_csv->isChecked() ? SetupFlow::Csv : SetupFlow::Rest;
}

bool WelcomePage::needsCheck() const
{
    return flow() == SetupFlow::Sample;
}

bool WelcomePage::validatePage()
{
    m_draft->flow = flow();
    return AsyncCheckPage::validatePage();
}

void WelcomePage::startCheck()
{
    m_busy->setVisible(true);
    m_status->setText(tr("Creating the sample district..."));
    const QString folder = SampleDistrict::exportFolder(m_dataFolder);
    auto result = std::make_shared<Result<void>>();
    m_task = new BackgroundJob(this, BackgroundJob::OnDestroy::Detach);
    connect(m_task, &BackgroundJob::finished, m_task, &QObject::deleteLater);
    connect(m_task, &BackgroundJob::finished, this, [this, folder, result] {
        m_busy->setVisible(false);
        if (*result) {
            sampleReady(folder);
        } else {
            qCWarning(lcWizard) << "sample district:" << result->error();
            m_status->setText(result->error());
        }
        checkFinished(result->ok());
    });
    m_task->start([folder, result](const BackgroundJob::Control &) {
        *result = SampleDistrict::generate(folder);
    });
}

void WelcomePage::sampleReady(const QString &folder)
{
    m_status->setText(tr("The sample district is ready."));
    Profile &p = m_draft->profile;
    p.name = tr("Sample district");
    p.source = ProfileSource();
    p.source.kind = SourceKind::Csv;
    p.source.path = folder;
    p.destination = ProfileDestination();
    p.destination.kind = DestinationKind::Folder;
    p.destination.folder = SampleDistrict::deliveryFolder(m_dataFolder);
    PrivateFiles::makeFolder(p.destination.folder);
    p.schedule.reset();
    m_draft->setExportPath(folder);
    m_draft->sisName.clear();
}

} // namespace rb
