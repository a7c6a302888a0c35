#pragma once

#include "HttpResponse.h"

#include <QString>

namespace rb::dev {

// The imsx_StatusInfo failure payload of the OneRoster REST binding (1.2 shape, also used for
// 1.1), e.g. codeMinor "unknownobject" with HTTP 404.
HttpResponse imsxError(int httpStatus, const QString &codeMinor, const QString &description);

} // namespace rb::dev
