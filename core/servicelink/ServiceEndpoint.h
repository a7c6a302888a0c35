#pragma once

#include "common/Result.h"
#include "store/ProfileStore.h"

#include <QJsonObject>
#include <QList>
#include <QLocalServer>
#include <QObject>

class QLocalSocket;

namespace rb {

class RunControl;

// The service's side of docs/service-protocol.md: listens on the data folder's service socket,
// tells every connected app what runs, and passes its requests (run, cancel, reload) to the
// control that runs the profiles.
class ServiceEndpoint : public QObject
{
    Q_OBJECT
public:
    // control: not owned, must outlive the endpoint. profiles: listed in the greeting.
    ServiceEndpoint(RunControl *control, ProfileStore profiles, QObject *parent = nullptr);
    ~ServiceEndpoint() override;

    Result<void> listen(const QString &name);
    QString serverName() const { return m_server.fullServerName(); }

private:
    void onConnection();
    void onReadyRead(QLocalSocket *socket);
    void handle(QLocalSocket *socket, const QJsonObject &request);
    void broadcast(const QJsonObject &event);
    QJsonObject greeting() const;

    RunControl *m_control;
    ProfileStore m_profiles;
    QLocalServer m_server;
    QList<QLocalSocket *> m_clients;
};

} // namespace rb
