#pragma once

#include <QLocalServer>
#include <QObject>
#include <QString>

namespace rb {

// One desktop app per user: the first launch listens on a local socket that only its user can
// reach (a per-user path, user-only access); a second launch finds it, asks it to come forward
// and exits once it has answered. A socket file left by a crash is replaced; a socket that
// answers but does not speak our handshake never makes a launch exit.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    enum class Found {
        None,      // nobody listens: this launch is the first
        Activated, // our running instance answered and was asked to show itself
        Foreign,   // something listens on the name but did not answer as RosterBridge
    };

    explicit SingleInstance(const QString &name, QObject *parent = nullptr);

    // The socket's name for this user: a path in the user's private runtime folder where there
    // is one, otherwise a name carrying the user's name.
    static QString defaultName();

    Found activateRunning();
    // Starts listening, taking the name over from a stale or foreign socket; false (with
    // errorString()) when the name cannot be taken.
    bool listen();
    QString errorString() const { return m_server.errorString(); }
    QString name() const { return m_name; }

Q_SIGNALS:
    void activationRequested();

private:
    QString m_name;
    QLocalServer m_server;
};

} // namespace rb
