#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace rb {

struct Profile;
struct RunSecrets;
struct SftpSettings;

// `rosterbridge test-connection`: with --source, the layered test of a OneRoster REST source
// file; with --profile, every connection a profile makes (its SIS and its delivery), layer by
// layer, and with --trust-host-key the SFTP host key the admin confirmed is pinned into the
// profile.
class ConnectionCommand
{
    Q_DECLARE_TR_FUNCTIONS(rb::ConnectionCommand)
public:
    static int run(const QStringList &arguments);

private:
    static bool testSource(const Profile &profile, const RunSecrets &secrets);
    // Tests one SFTP server; with a confirmed fingerprint, trusts exactly that key and puts
    // it in *settings.
    static bool testSftp(const QString &label, SftpSettings *settings, const QString &password,
                         const QString &passphrase, const QString &confirmed, bool *pinned);
};

} // namespace rb
