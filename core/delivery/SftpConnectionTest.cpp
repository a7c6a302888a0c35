#include "SftpConnectionTest.h"

#include "SftpRemote.h"
#include "SftpSession.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <libssh2.h>
#include <libssh2_sftp.h>

using namespace Qt::StringLiterals;

namespace rb {

SftpConnectionTest::SftpConnectionTest(const SftpSettings &settings, SftpSecrets secrets)
    : m_settings(settings)
    , m_secrets(std::move(secrets))
{
}

QString SftpConnectionTest::layerName(SftpLayer layer)
{
    switch (layer) {
    case SftpLayer::Dns:
        return tr("Name lookup (DNS)");
    case SftpLayer::Tcp:
        return tr("TCP connection");
    case SftpLayer::Handshake:
        return tr("SSH handshake");
    case SftpLayer::HostKey:
        return tr("Host key");
    case SftpLayer::Authentication:
        return tr("Authentication");
    case SftpLayer::UploadFolder:
        return tr("Upload folder");
    }
    return {};
}

void SftpConnectionTest::report(SftpLayer layer, SftpLayerStatus status, const QString &message,
                                TransferError error)
{
    const QString text =
        status == SftpLayerStatus::Failed ? QString(layerName(layer) % u": " % message) : message;
    m_results.append(SftpLayerResult{layer, status, text, error});
    if (m_callback)
        m_callback(m_results.constLast());
}

bool SftpConnectionTest::step(SftpSession &session, SftpLayer layer, bool ok, const QString &passed)
{
    if (ok) {
        report(layer, SftpLayerStatus::Passed, passed);
        return true;
    }
    report(layer, SftpLayerStatus::Failed, session.errorMessage(), session.error());
    return false;
}

bool SftpConnectionTest::run()
{
    m_results.clear();
    m_operations.clear();
    SftpSession session(m_settings, m_secrets);
    session.setCancelFlag(m_cancel);

    bool ok =
        step(session, SftpLayer::Dns, session.resolve(), tr("%1 was found.").arg(m_settings.host));
    if (ok) {
        // Connected first: the address is known only then.
        ok = session.connectTcp();
        const QString address = session.peer().toString();
        ok = step(
            session, SftpLayer::Tcp, ok,
            address.isEmpty() || address == m_settings.host
                ? tr("Port %1 on %2 accepts connections.").arg(m_settings.port).arg(m_settings.host)
                : tr("Port %1 on %2 (%3) accepts connections.")
                      .arg(m_settings.port)
                      .arg(m_settings.host, address));
    }
    if (ok) {
        ok = session.handshake();
        m_fingerprint = session.hostKeyFingerprint();
        ok = step(session, SftpLayer::Handshake, ok,
                  tr("The server speaks SSH; its host key is %1 (%2).")
                      .arg(m_fingerprint, session.hostKeyType()));
    }
    if (ok) {
        ok = session.checkHostKey();
        m_trustedOnFirstUse = session.hostKeyTrustedOnFirstUse();
        ok = step(session, SftpLayer::HostKey, ok,
                  m_trustedOnFirstUse
                      ? tr("The host key %1 is new; it will be pinned once you confirm it.")
                            .arg(m_fingerprint)
                      : tr("The host key %1 matches the pinned one.").arg(m_fingerprint));
    }
    if (ok) {
        ok = step(session, SftpLayer::Authentication, session.authenticate(),
                  tr("User %1 logged in.").arg(m_settings.username));
    }
    if (ok) {
        // A login whose SFTP cannot start is useless for delivery: count it as the folder.
        ok = session.startSftp() ? checkUploadFolder(session)
                                 : step(session, SftpLayer::UploadFolder, false, {});
    }
    // Everything after the first failure is skipped.
    static const QList<SftpLayer> all = {SftpLayer::Dns,
                                         SftpLayer::Tcp,
                                         SftpLayer::Handshake,
                                         SftpLayer::HostKey,
                                         SftpLayer::Authentication,
                                         SftpLayer::UploadFolder};
    for (qsizetype i = m_results.size(); i < all.size(); ++i)
        report(all.at(i), SftpLayerStatus::Skipped, tr("Not tested: an earlier layer failed."));
    session.close();
    m_operations = session.operations();
    return ok;
}

bool SftpConnectionTest::checkUploadFolder(SftpSession &session)
{
    QString folder;
    if (!SftpRemote::chooseUploadFolder(session, &folder))
        return step(session, SftpLayer::UploadFolder, false, {});
    m_uploadFolder = folder;
    const QString shown = folder.isEmpty() ? tr("the login folder") : folder;
    const QString last = folder.section(u'/', -1, -1, QString::SectionSkipEmpty);
    if (last.compare(u"dropbox", Qt::CaseInsensitive) == 0) {
        // Apple's importer takes whatever lands in the dropbox; never leave anything there.
        return step(session, SftpLayer::UploadFolder, true,
                    tr("The upload folder %1 exists (not written to: files there are "
                       "imported).")
                        .arg(folder));
    }

    const QString probe = SftpSession::joinPath(
        folder,
        u".rosterbridge-probe-"_s + QString::number(QRandomGenerator::global()->generate(), 16));
    const QByteArray p = probe.toUtf8();
    QElapsedTimer timer;
    timer.start();
    LIBSSH2_SFTP_HANDLE *handle =
        libssh2_sftp_open_ex(session.rawSftp(), p.constData(), static_cast<unsigned>(p.size()),
                             LIBSSH2_FXF_WRITE | LIBSSH2_FXF_CREAT | LIBSSH2_FXF_TRUNC,
                             LIBSSH2_SFTP_S_IRUSR | LIBSSH2_SFTP_S_IWUSR, LIBSSH2_SFTP_OPENFILE);
    bool ok = handle != nullptr;
    if (ok) {
        static const char text[] = "RosterBridge connection test\n";
        ok = libssh2_sftp_write(handle, text, sizeof(text) - 1) == ssize_t(sizeof(text) - 1);
        ok = libssh2_sftp_close_handle(handle) == 0 && ok;
    }
    session.record(u"probe"_s, probe, ok, timer);
    if (!ok) {
        session.failFromLibssh2(libssh2_session_last_errno(session.rawSession()),
                                TransferError::RemoteFolder,
                                tr("writing a test file into %1").arg(shown));
        return step(session, SftpLayer::UploadFolder, false, {});
    }
    if (!SftpRemote::removeFile(session, probe))
        return step(session, SftpLayer::UploadFolder, false, {});
    return step(session, SftpLayer::UploadFolder, true,
                tr("Files can be written to %1.").arg(shown));
}

} // namespace rb
