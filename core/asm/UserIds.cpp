#include "UserIds.h"

#include <QByteArray>

namespace rb {

QByteArrayView userIdOfType(QByteArrayView userIds, QByteArrayView type)
{
    qsizetype pos = 0;
    while (pos < userIds.size()) {
        const qsizetype open = userIds.indexOf('{', pos);
        if (open < 0)
            break;
        const qsizetype close = userIds.indexOf('}', open + 1);
        if (close < 0)
            break;
        const QByteArrayView entry = userIds.sliced(open + 1, close - open - 1);
        // The value may itself hold a colon (an LDAP DN); only the first one separates.
        const qsizetype colon = entry.indexOf(':');
        if (colon > 0 && entry.first(colon).trimmed().compare(type, Qt::CaseInsensitive) == 0)
            return entry.sliced(colon + 1).trimmed();
        pos = close + 1;
    }
    return {};
}

} // namespace rb
