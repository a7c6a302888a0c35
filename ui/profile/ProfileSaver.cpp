#include "profile/ProfileSaver.h"

#include "profile/ProfileLog.h"
#include "store/ProfileStore.h"
#include "store/SecretStore.h"

#include <QTimer>

namespace rb {

Q_LOGGING_CATEGORY(lcProfileUi, "rosterbridge.ui.profile", QtInfoMsg)

ProfileSaver::ProfileSaver(SecretStore *secrets, QString profilesFolder, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_profilesFolder(std::move(profilesFolder))
{
    if (m_secrets)
        connect(m_secrets, &SecretStore::finished, this, &ProfileSaver::secretWritten);
}

void ProfileSaver::save(const Profile &profile, const QHash<QString, QString> &secrets)
{
    if (m_saving)
        return;
    m_saving = true;
    m_profile = profile;
    m_error.clear();
    m_pending.clear();
    QStringList names;
    for (const QString &name : profile.requiredSecrets()) {
        if (!secrets.value(name).isEmpty())
            names << name;
    }
    if (!names.isEmpty() && !m_secrets) {
        // Report from the event loop, as every other path does.
        QTimer::singleShot(0, this, [this] {
            finish(false, tr("No keychain is available to keep the passwords in, so the "
                             "profile was not saved."));
        });
        return;
    }
    for (const QString &name : std::as_const(names))
        m_pending.insert(m_secrets->write(profile.id, name, secrets.value(name)));
    if (m_pending.isEmpty())
        QTimer::singleShot(0, this, &ProfileSaver::saveProfile);
}

void ProfileSaver::secretWritten(const SecretResult &result)
{
    if (!m_pending.remove(result.requestId))
        return;
    if (!result.ok()) {
        qCWarning(lcProfileUi) << "keychain write failed:" << result.name
                               << secretStatusName(result.status);
        if (m_error.isEmpty())
            m_error =
                result.errorText.isEmpty() ? secretStatusName(result.status) : result.errorText;
    }
    if (!m_pending.isEmpty())
        return;
    if (!m_error.isEmpty()) {
        finish(false, tr("The passwords could not be stored in the keychain, so the profile "
                         "was not saved: %1")
                          .arg(m_error));
        return;
    }
    saveProfile();
}

void ProfileSaver::saveProfile()
{
    if (const Result<void> saved = ProfileStore(m_profilesFolder).save(m_profile); !saved) {
        finish(false, saved.error());
        return;
    }
    qCInfo(lcProfileUi) << "profile created:" << m_profile.id << m_profile.name;
    finish(true, QString());
}

void ProfileSaver::finish(bool ok, const QString &error)
{
    m_saving = false;
    Q_EMIT finished(ok, error);
}

} // namespace rb
