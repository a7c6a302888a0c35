#pragma once

#include "pipeline/RunRequest.h"

#include <QDialog>
#include <QHash>

class QLineEdit;

namespace rb {

// "Ask at each run": when there is no keychain, the secrets a run needs are typed in for that
// run only and handed to it by value. Nothing is stored.
class SecretPromptDialog : public QDialog
{
    Q_OBJECT
public:
    SecretPromptDialog(const QString &profileName, const QStringList &names, const QString &why,
                       QWidget *parent = nullptr);

    RunSecrets secrets() const;
    // "Apple School Manager SFTP password" for "asmPassword".
    static QString label(const QString &name);
    QLineEdit *field(const QString &name) const { return m_fields.value(name); }

private:
    QHash<QString, QLineEdit *> m_fields;
};

} // namespace rb
