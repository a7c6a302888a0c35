#pragma once

#include <QLocalServer>
#include <QObject>
#include <QString>

namespace rb {

// One desktop app per user: the first launch listens on a local socket; a second launch finds
// it, asks it to come forward and exits.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString &name, QObject *parent = nullptr);

    // True when another instance answered and was asked to show itself.
    bool activateRunning();
    // Starts listening; false when the name cannot be taken.
    bool listen();

Q_SIGNALS:
    void activationRequested();

private:
    QString m_name;
    QLocalServer m_server;
};

} // namespace rb
