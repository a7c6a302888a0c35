#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;

namespace rb {

// A new SFTP host key, shown for the admin to compare with what the server's owner gives, and
// the box that confirms it. Only a confirmed key is pinned into the profile.
class FingerprintConfirm : public QWidget
{
    Q_OBJECT
public:
    explicit FingerprintConfirm(QWidget *parent = nullptr);

    // alreadyPinned: the key matched the one the profile pins, so nothing needs confirming.
    void setFingerprint(const QString &fingerprint, bool alreadyPinned);
    void clear();
    QString fingerprint() const { return m_fingerprint; }
    bool isConfirmed() const;

Q_SIGNALS:
    void confirmedChanged(bool confirmed);

private:
    QLabel *m_text;
    QCheckBox *m_confirm;
    QString m_fingerprint;
};

} // namespace rb
