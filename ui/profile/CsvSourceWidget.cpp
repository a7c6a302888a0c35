#include "profile/CsvSourceWidget.h"

#include "common/BackgroundJob.h"
#include "delivery/SftpDownloader.h"
#include "profile/FingerprintConfirm.h"
#include "profile/ProfileLog.h"
#include "profile/SftpSettingsWidget.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QUuid>
#include <QVBoxLayout>

#include <memory>

namespace rb {

namespace {

struct CheckOutcome
{
    DistrictSummary summary;
    QString path;
    QString fingerprint;
    TransferError error = TransferError::None;
    QString host;
    // The key pinned when the check started.
    QString pinned;
    // Why a watched folder has nothing to read yet; the check still passes.
    QString note;
};

} // namespace

CsvSourceWidget::CsvSourceWidget(QWidget *parent)
    : QWidget(parent)
{
    m_local = new QRadioButton(tr("A &file or folder on this computer or a shared drive"), this);
    m_local->setObjectName(QStringLiteral("csvLocal"));
    m_sftpChoice = new QRadioButton(tr("An &SFTP server"), this);
    m_sftpChoice->setObjectName(QStringLiteral("csvSftp"));
    m_local->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_local);
    group->addButton(m_sftpChoice);

    m_localBox = new QWidget(this);
    m_path = new QLineEdit(m_localBox);
    m_path->setObjectName(QStringLiteral("csvPath"));
    m_path->setAccessibleName(tr("OneRoster export zip or folder"));
    m_path->setPlaceholderText(tr("A OneRoster .zip, or a folder holding manifest.csv"));
    auto *chooseZip = new QPushButton(tr("Choose &zip..."), m_localBox);
    auto *chooseDir = new QPushButton(tr("Choose f&older..."), m_localBox);
    m_watch = new QCheckBox(tr("Wa&tch this folder for new exports"), m_localBox);
    m_watch->setObjectName(QStringLiteral("csvWatch"));
    m_watch->setToolTip(tr("Runs by itself when the SIS drops a new export into the folder "
                           "(once the copy has finished)."));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(chooseZip);
    pathRow->addWidget(chooseDir);
    auto *localLayout = new QVBoxLayout(m_localBox);
    localLayout->setContentsMargins(24, 0, 0, 0);
    localLayout->addLayout(pathRow);
    localLayout->addWidget(m_watch);

    m_sftp = new SftpSettingsWidget(SftpSettingsWidget::Role::SisExport, this);
    m_sftp->setContentsMargins(24, 0, 0, 0);

    m_checkButton = new QPushButton(tr("&Check the export"), this);
    m_checkButton->setObjectName(QStringLiteral("csvCheckButton"));
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setVisible(false);
    m_busy->setAccessibleName(tr("Checking the export"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("csvStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprint = new FingerprintConfirm(this);
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_checkButton);
    checkRow->addWidget(m_busy, 3);
    checkRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_local);
    layout->addWidget(m_localBox);
    layout->addWidget(m_sftpChoice);
    layout->addWidget(m_sftp);
    layout->addSpacing(8);
    layout->addLayout(checkRow);
    layout->addWidget(m_status);
    layout->addWidget(m_fingerprint);
    layout->addStretch();

    connect(m_local, &QRadioButton::toggled, this, [this] {
        updateVisibility();
        Q_EMIT changed();
    });
    connect(m_path, &QLineEdit::textChanged, this, &CsvSourceWidget::changed);
    connect(m_watch, &QCheckBox::toggled, this, &CsvSourceWidget::changed);
    connect(m_sftp, &SftpSettingsWidget::changed, this, &CsvSourceWidget::changed);
    connect(m_sftp, &SftpSettingsWidget::serverChanged, m_fingerprint, &FingerprintConfirm::clear);
    connect(m_fingerprint, &FingerprintConfirm::pinChosen, this,
            [this](const QString &fingerprint) {
                m_sftp->setPinnedFingerprint(fingerprint);
                Q_EMIT fingerprintChanged();
            });
    // Confirmed: check again, now signing in with the key pinned.
    connect(m_fingerprint, &FingerprintConfirm::trusted, this, &CsvSourceWidget::checkRequested);
    connect(chooseZip, &QPushButton::clicked, this, &CsvSourceWidget::chooseFile);
    connect(chooseDir, &QPushButton::clicked, this, &CsvSourceWidget::chooseFolder);
    connect(m_checkButton, &QPushButton::clicked, this, &CsvSourceWidget::checkRequested);
    updateVisibility();
}

CsvSourceWidget::~CsvSourceWidget()
{
    cancelCheck();
}

void CsvSourceWidget::updateVisibility()
{
    m_localBox->setVisible(m_local->isChecked());
    m_sftp->setVisible(!m_local->isChecked());
    if (m_local->isChecked())
        m_fingerprint->clear();
}

void CsvSourceWidget::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("OneRoster export"), m_path->text(),
                                   tr("OneRoster zip (*.zip);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        m_path->setText(QDir::toNativeSeparators(file));
        m_watch->setChecked(false);
    });
    dialog->open();
}

void CsvSourceWidget::chooseFolder()
{
    auto *dialog = new QFileDialog(this, tr("OneRoster export folder"), m_path->text());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &folder) { m_path->setText(QDir::toNativeSeparators(folder)); });
    dialog->open();
}

void CsvSourceWidget::load(const Profile &profile)
{
    const ProfileSource &s = profile.source;
    (s.kind == SourceKind::SftpCsv ? m_sftpChoice : m_local)->setChecked(true);
    m_path->setText(QDir::toNativeSeparators(s.path));
    m_watch->setChecked(s.watch);
    m_sftp->load(profile);
    updateVisibility();
}

void CsvSourceWidget::save(Profile *profile) const
{
    ProfileSource &s = profile->source;
    if (isSftp()) {
        s.kind = SourceKind::SftpCsv;
        m_sftp->save(profile);
    } else {
        s.kind = SourceKind::Csv;
        s.path = QDir::fromNativeSeparators(m_path->text().trimmed());
        s.watch = m_watch->isChecked() && QFileInfo(s.path).isDir();
    }
}

bool CsvSourceWidget::isSftp() const
{
    return m_sftpChoice->isChecked();
}

SftpSecrets CsvSourceWidget::secrets() const
{
    return m_sftp->secrets();
}

void CsvSourceWidget::setSecrets(const SftpSecrets &secrets)
{
    m_sftp->setSecrets(secrets);
}

void CsvSourceWidget::showStoredSecrets(const QStringList &names)
{
    m_sftp->showStoredSecrets(names);
}

QString CsvSourceWidget::missingInput() const
{
    if (isSftp())
        return m_sftp->missingInput();
    return m_path->text().trimmed().isEmpty() ? tr("Choose the export's zip file or folder.")
                                              : QString();
}

bool CsvSourceWidget::hostKeyConfirmed() const
{
    return !isSftp() || !m_sftp->pinnedFingerprint().isEmpty();
}

bool CsvSourceWidget::isChecking() const
{
    return bool(m_task);
}

QString CsvSourceWidget::statusText() const
{
    return m_status->text();
}

QString CsvSourceWidget::exportIn(const QString &path, bool watch)
{
    const QFileInfo info(path);
    if (!watch || !info.isDir() ||
        QFileInfo::exists(QDir(path).filePath(QStringLiteral("manifest.csv"))))
        return path;
    const QFileInfoList zips =
        QDir(path).entryInfoList({QStringLiteral("*.zip")}, QDir::Files, QDir::Time);
    return zips.isEmpty() ? QString() : zips.first().filePath();
}

void CsvSourceWidget::startCheck(const QString &workFolder)
{
    startCheck(workFolder, m_sftp->secrets());
}

void CsvSourceWidget::startCheck(const QString &workFolder, const SftpSecrets &typed)
{
    if (m_task)
        return;
    m_busy->setVisible(true);
    m_checkButton->setEnabled(false);
    auto outcome = std::make_shared<CheckOutcome>();
    m_task = new BackgroundJob(this, BackgroundJob::OnDestroy::Detach);
    connect(m_task, &BackgroundJob::finished, m_task, &QObject::deleteLater);
    connect(m_task, &BackgroundJob::finished, this, [this, outcome] {
        m_task = nullptr;
        m_summary = outcome->summary;
        m_checkedPath = outcome->path;
        const bool ok = outcome->summary.ok || !outcome->note.isEmpty();
        m_status->setText(outcome->note.isEmpty() ? outcome->summary.describe() : outcome->note);
        if (outcome->error == TransferError::HostKeyUnknown)
            m_status->setText(tr("The server's host key is not pinned yet, so nothing was "
                                 "downloaded and no password was sent. Check the fingerprint "
                                 "below; once you confirm it, the export is downloaded."));
        if (!outcome->fingerprint.isEmpty())
            m_fingerprint->showKey(outcome->host, outcome->fingerprint, outcome->pinned,
                                   outcome->error == TransferError::HostKeyChanged);
        showResult(ok);
    });

    if (isSftp()) {
        // Never trust on first use here: the password goes only to a key the admin confirmed.
        SftpSettings settings = m_sftp->settings();
        settings.trustOnFirstUse = false;
        outcome->host = settings.displayHost();
        outcome->pinned = settings.hostKeyFingerprint;
        const SftpSecrets secrets = typed;
        const QString remote = m_sftp->remotePath();
        const QString folder = QDir(workFolder)
                                   .filePath(QStringLiteral("sis-export-") +
                                             QUuid::createUuid().toString(QUuid::Id128));
        m_status->setText(tr("Downloading %1 from %2...").arg(remote, settings.displayHost()));
        m_task->start(
            [settings, secrets, remote, folder, outcome](const BackgroundJob::Control &task) {
                QDir().mkpath(folder);
                SftpDownloader downloader(settings, secrets);
                downloader.setCancelFlag(task.cancelFlag());
                const bool zip = remote.endsWith(QStringLiteral(".zip"), Qt::CaseInsensitive);
                const TransferResult r = zip ? downloader.downloadFile(remote, folder)
                                             : downloader.downloadCsvFolder(remote, folder);
                outcome->fingerprint = r.hostKeyFingerprint;
                outcome->error = r.error;
                if (!r.ok) {
                    outcome->summary.error = r.message;
                    return;
                }
                outcome->path = zip ? QDir(folder).filePath(QFileInfo(remote).fileName()) : folder;
                outcome->summary = DistrictSummary::read(outcome->path);
            });
        return;
    }
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    const bool watch = m_watch->isChecked();
    m_status->setText(tr("Reading %1...").arg(QDir::toNativeSeparators(path)));
    m_task->start([path, watch, outcome](const BackgroundJob::Control &) {
        if (!QFileInfo::exists(path)) {
            outcome->summary.error = tr("%1 does not exist.").arg(QDir::toNativeSeparators(path));
            return;
        }
        outcome->path = exportIn(path, watch);
        if (outcome->path.isEmpty()) {
            outcome->note = tr("The folder holds no export yet. RosterBridge will run when the "
                               "SIS drops the first one there; schools can be chosen after "
                               "that, in the profile's settings.");
            return;
        }
        outcome->summary = DistrictSummary::read(outcome->path);
    });
}

void CsvSourceWidget::showResult(bool ok)
{
    m_busy->setVisible(false);
    m_checkButton->setEnabled(true);
    if (!ok)
        qCInfo(lcProfileUi) << "CSV export check failed:" << m_status->text();
    Q_EMIT checkFinished(ok);
}

void CsvSourceWidget::cancelCheck()
{
    if (m_task)
        m_task->cancel();
}

} // namespace rb
