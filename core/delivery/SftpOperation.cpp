#include "SftpOperation.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace rb {

QJsonObject SftpOperation::toJson() const
{
    QJsonObject o;
    o.insert(u"name"_s, name);
    if (!detail.isEmpty())
        o.insert(u"detail"_s, detail);
    o.insert(u"ok"_s, ok);
    o.insert(u"durationMs"_s, durationMs);
    if (bytes > 0)
        o.insert(u"bytes"_s, bytes);
    return o;
}

} // namespace rb
