#pragma once

#include "store/Profile.h"

#include <QWidget>

class QLineEdit;
class QRadioButton;

namespace rb {

class SftpSettingsWidget;
class SftpTestPanel;

// Where the zip goes: Apple School Manager's SFTP server (with a connection test and the host
// key to confirm) or a folder. Edits profile.destination; the password and passphrase are kept
// apart and never saved in the profile.
class DestinationWidget : public QWidget
{
    Q_OBJECT
public:
    static constexpr QLatin1String kAsmHost{"upload.appleschoolcontent.com"};

    explicit DestinationWidget(QWidget *parent = nullptr);

    void load(const Profile &profile);
    void save(Profile *profile) const;

    bool isAsm() const;
    SftpSecrets secrets() const;
    void setSecrets(const SftpSecrets &secrets);
    // names: the profile's secrets in the keychain; their fields say they are kept.
    void showStoredSecrets(const QStringList &names);
    // The first thing still needed, as one sentence for the admin; empty when nothing is.
    QString missingInput() const;
    bool isComplete() const { return missingInput().isEmpty(); }
    // The host key the profile will pin: confirmed by the admin, or pinned before.
    QString pinnedFingerprint() const;

    void startTest();
    // With secrets read elsewhere (the settings dialog's fields start empty).
    void startTest(const SftpSecrets &secrets);
    void cancelTest();
    bool isTesting() const;
    SftpTestPanel *testPanel() const { return m_test; }

Q_SIGNALS:
    void changed();
    // The Test button was pressed; whoever shows the widget starts the test.
    void testRequested();
    void testFinished(bool ok);
    void fingerprintChanged();

private:
    void updateVisibility();

    QRadioButton *m_asm;
    QRadioButton *m_folder;
    QWidget *m_asmBox;
    SftpSettingsWidget *m_sftp;
    SftpTestPanel *m_test;
    QWidget *m_folderBox;
    QLineEdit *m_folderPath;
};

} // namespace rb
