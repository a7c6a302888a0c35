#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;

namespace rb {

// The host key a check met, for the admin to confirm before anything is sent. A new key is
// shown with the box that confirms it; a key other than the pinned one opens HostKeyDialog
// (old and new fingerprints, Trust or Cancel); the pinned key is only shown. The owner pins
// what pinChosen() says and runs the check again after trusted(), now signing in.
class FingerprintConfirm : public QWidget
{
    Q_OBJECT
public:
    explicit FingerprintConfirm(QWidget *parent = nullptr);

    // offered: the server's key; pinned: the key pinned when the check started; changed: the
    // check stopped because offered is not pinned.
    void showKey(const QString &host, const QString &offered, const QString &pinned, bool changed);
    void clear();
    QString fingerprint() const { return m_fingerprint; }
    // The shown key is pinned, or the admin has ticked the box.
    bool isConfirmed() const;

    static bool sameKey(const QString &a, const QString &b);

Q_SIGNALS:
    // What to pin now: the key the admin confirmed, or the earlier pin when the box is unticked.
    void pinChosen(const QString &fingerprint);
    // A key was just confirmed: the check may go on and sign in.
    void trusted();

private:
    void askAboutChangedKey(const QString &host);

    QLabel *m_text;
    QCheckBox *m_confirm;
    QString m_fingerprint;
    QString m_pinned;
    bool m_matches = false;
};

} // namespace rb
