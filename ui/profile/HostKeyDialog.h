#pragma once

#include <QDialog>

namespace rb {

// The server presented a host key other than the pinned one. Shows both fingerprints and asks
// whether to trust the new key (the server's operator changed it) or to cancel (keep the old
// pin; nothing is sent to a server that may be an impostor). Cancel is the default.
class HostKeyDialog : public QDialog
{
    Q_OBJECT
public:
    HostKeyDialog(const QString &host, const QString &pinned, const QString &offered,
                  QWidget *parent = nullptr);

    QString offered() const { return m_offered; }

private:
    QString m_offered;
};

} // namespace rb
