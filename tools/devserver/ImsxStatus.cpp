#include "ImsxStatus.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rb::dev {

HttpResponse imsxError(int httpStatus, const QString &codeMinor, const QString &description)
{
    const QJsonObject field{
        {QStringLiteral("imsx_codeMinorFieldName"), QStringLiteral("TargetEndSystem")},
        {QStringLiteral("imsx_codeMinorFieldValue"), codeMinor}};
    const QJsonObject status{
        {QStringLiteral("imsx_codeMajor"), QStringLiteral("failure")},
        {QStringLiteral("imsx_severity"), QStringLiteral("error")},
        {QStringLiteral("imsx_description"), description},
        {QStringLiteral("imsx_CodeMinor"),
         QJsonObject{{QStringLiteral("imsx_codeMinorField"), QJsonArray{field}}}}};
    return HttpResponse::json(httpStatus, status);
}

} // namespace rb::dev
