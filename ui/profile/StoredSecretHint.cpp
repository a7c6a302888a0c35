#include "profile/StoredSecretHint.h"

#include <QLineEdit>

namespace rb {

void StoredSecretHint::apply(QLineEdit *field, bool stored, const QString &emptyHint)
{
    field->setPlaceholderText(stored ? text() : emptyHint);
}

QString StoredSecretHint::text()
{
    return tr("Saved in the keychain — type to replace");
}

} // namespace rb
