#pragma once

#include <QCoreApplication>
#include <QString>

class QLineEdit;

namespace rb {

// A password field whose secret is already in the keychain says so in its placeholder, instead
// of looking as if nothing had ever been entered. An empty field keeps the stored secret.
class StoredSecretHint
{
    Q_DECLARE_TR_FUNCTIONS(rb::StoredSecretHint)
public:
    // emptyHint: the placeholder when nothing is stored.
    static void apply(QLineEdit *field, bool stored, const QString &emptyHint = {});
    static QString text();
};

} // namespace rb
