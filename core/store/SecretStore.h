#pragma once

#include <QHash>
#include <QLatin1String>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <chrono>
#include <functional>
#include <optional>

class QTimer;

namespace QKeychain {
class Job;
}

namespace rb {

enum class SecretStatus {
    Ok,
    NotFound,
    // No keychain service reachable (no D-Bus session, no Secret Service, no backend).
    NoKeychain,
    // The keychain is there but locked, or access was refused.
    Locked,
    // The keychain did not answer in time (typically locked and waiting for a password).
    TimedOut,
    Failed
};

struct SecretResult
{
    enum class Operation { Read, Write, Remove, RemoveProfile };

    quint64 requestId = 0;
    Operation operation = Operation::Read;
    QUuid profileId;
    QString name; // empty for RemoveProfile
    SecretStatus status = SecretStatus::Failed;
    QString value;                // Read with status Ok only
    bool fromEnvironment = false; // value came from an environment variable, not the keychain
    QString errorText;            // translated, for the UI; never holds a secret

    bool ok() const { return status == SecretStatus::Ok; }
};

// The one way to the system keychain (QtKeychain: Keychain on macOS, Credential Manager on
// Windows, the Secret Service on Linux). Secrets live under the service "RosterBridge" and the
// key "<profile-id>/<name>" (names in rb::SecretName). Nothing secret is ever written to disk
// by RosterBridge: there is no plain-text fallback.
//
// Lives on the GUI thread (QtKeychain jobs must start there). Every call returns a request id
// at once and later emits finished() exactly once with that id, never from inside the call.
// A job the keychain does not answer within timeout() ends as TimedOut.
//
// A keychain cannot list its entries, so an index of the names stored per profile (no values)
// is kept in `indexFolder`; removeProfileSecrets() uses it.
//
// Unattended runs without a keychain may supply secrets in environment variables; when one is
// set and not empty, read() returns it instead of asking the keychain:
//   sisClientSecret      ROSTERBRIDGE_SIS_SECRET
//   asmPassword          ROSTERBRIDGE_ASM_PASSWORD
//   asmKeyPassphrase     ROSTERBRIDGE_ASM_KEY_PASSPHRASE
//   sisSftpPassword      ROSTERBRIDGE_SIS_SFTP_PASSWORD
//   sisSftpKeyPassphrase ROSTERBRIDGE_SIS_SFTP_KEY_PASSPHRASE
//   smtpPassword         ROSTERBRIDGE_SMTP_PASSWORD
//   pseudonymKey         ROSTERBRIDGE_PSEUDONYM_KEY
// They apply to every profile; writes and deletes always go to the keychain.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    static constexpr QLatin1String kService{"RosterBridge"};
    static constexpr std::chrono::milliseconds kDefaultTimeout{10000};

    enum class Availability { Unknown, Available, Unavailable };
    Q_ENUM(Availability)

    explicit SecretStore(const QString &indexFolder, QObject *parent = nullptr);
    ~SecretStore() override;

    static QString keyFor(const QUuid &profileId, const QString &name);
    // The variable that may supply `name`, or an empty string when there is none.
    static QString environmentVariableFor(const QString &name);
    // The variable's value when it is set and not empty.
    static std::optional<QString> fromEnvironment(const QString &name);

    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    quint64 read(const QUuid &profileId, const QString &name);
    quint64 write(const QUuid &profileId, const QString &name, const QString &value);
    // A secret that is not there counts as removed.
    quint64 remove(const QUuid &profileId, const QString &name);
    // Removes every secret the index knows for the profile, then its index entry. Stops at
    // the first failure, keeping the names not yet removed in the index.
    quint64 removeProfileSecrets(const QUuid &profileId);

    // Names stored for a profile according to the index.
    QStringList knownSecrets(const QUuid &profileId) const;
    // Every profile the index names secrets for, including removed profiles whose secrets were
    // left behind (the keychain was unavailable then); sorted, so the order is stable.
    QList<QUuid> indexedProfiles() const;
    QString indexPath() const;

    // Learnt from the jobs' results: Unknown until the first answer.
    Availability availability() const { return m_availability; }
    // Why the keychain is unavailable, for the UI; empty while it is available.
    QString unavailableReason() const { return m_unavailableReason; }

Q_SIGNALS:
    void finished(const rb::SecretResult &result);
    void availabilityChanged(rb::SecretStore::Availability availability);

private:
    using Done = std::function<void(const SecretResult &)>;
    struct Pending
    {
        SecretResult result;
        Done done;
        QTimer *timer = nullptr;
    };

    quint64 nextId() { return ++m_lastId; }
    // Runs one keychain job for base.operation (Read, Write or Remove) and calls done once.
    void startJob(const SecretResult &base, const QString &value, Done done);
    void jobFinished(quint64 jobId, QKeychain::Job *job);
    void jobTimedOut(quint64 jobId);
    void complete(quint64 jobId, const SecretResult &result);
    void removeNext(SecretResult overall, QStringList names);
    // Emits finished() from the event loop, so that a caller always has the id first.
    void deliver(const SecretResult &result);
    void noteAvailability(const SecretResult &result);

    QHash<QString, QStringList> readIndex() const;
    void writeIndex(const QHash<QString, QStringList> &index) const;
    void addToIndex(const QUuid &profileId, const QString &name) const;
    void removeFromIndex(const QUuid &profileId, const QString &name) const;

    QString m_indexFolder;
    std::chrono::milliseconds m_timeout = kDefaultTimeout;
    quint64 m_lastId = 0;
    QHash<quint64, Pending> m_pending;
    Availability m_availability = Availability::Unknown;
    QString m_unavailableReason;
};

QString secretStatusName(SecretStatus status);

} // namespace rb
