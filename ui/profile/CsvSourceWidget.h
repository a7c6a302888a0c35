#pragma once

#include "profile/DistrictSummary.h"
#include "store/Profile.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace rb {

class BackgroundJob;
class FingerprintConfirm;
class SftpSettingsWidget;

// A OneRoster CSV export: a zip or folder on this computer (optionally a drop folder watched
// for new exports), or a file or folder on an SFTP server. "Check" opens it on a worker thread
// (downloading it first from SFTP) and shows its version and counts. Edits profile.source.
class CsvSourceWidget : public QWidget
{
    Q_OBJECT
public:
    explicit CsvSourceWidget(QWidget *parent = nullptr);
    ~CsvSourceWidget() override;

    void load(const Profile &profile);
    void save(Profile *profile) const;

    bool isSftp() const;
    SftpSecrets secrets() const;
    void setSecrets(const SftpSecrets &secrets);
    // names: the profile's secrets in the keychain; their fields say they are kept.
    void showStoredSecrets(const QStringList &names);
    // The first thing still needed, as one sentence for the admin; empty when nothing is.
    QString missingInput() const;
    bool isComplete() const { return missingInput().isEmpty(); }
    // SFTP: the host key the admin confirmed (or that was pinned before).
    bool hostKeyConfirmed() const;

    // workFolder: where an SFTP export is downloaded to.
    void startCheck(const QString &workFolder);
    // With SFTP secrets read elsewhere (the settings dialog's fields start empty).
    void startCheck(const QString &workFolder, const SftpSecrets &secrets);
    void cancelCheck();
    bool isChecking() const;
    // After a passed check: the local copy that was read, and what it holds.
    QString checkedPath() const { return m_checkedPath; }
    const DistrictSummary &summary() const { return m_summary; }
    QString statusText() const;

Q_SIGNALS:
    void changed();
    void checkRequested();
    void checkFinished(bool ok);
    void fingerprintChanged();

private:
    void updateVisibility();
    void chooseFile();
    void chooseFolder();
    void showResult(bool ok);
    // The export a watched folder holds now, or the path itself.
    static QString exportIn(const QString &path, bool watch);

    QRadioButton *m_local;
    QRadioButton *m_sftpChoice;
    QWidget *m_localBox;
    QLineEdit *m_path;
    QCheckBox *m_watch;
    SftpSettingsWidget *m_sftp;
    QPushButton *m_checkButton;
    QProgressBar *m_busy;
    QLabel *m_status;
    FingerprintConfirm *m_fingerprint;
    QPointer<BackgroundJob> m_task;
    QString m_checkedPath;
    DistrictSummary m_summary;
};

} // namespace rb
