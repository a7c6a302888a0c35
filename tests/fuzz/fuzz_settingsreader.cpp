// libFuzzer target for the settings and profile readers. The first byte picks the reader
// (profile, conversion settings, SFTP settings, REST source settings, safety thresholds); the
// rest is a JSON document as a user or another tool might have written it. Any input must be
// read or refused with findings, never crash; and settings read without errors must save and
// read back to the same JSON without errors, as a profile does each time it is edited.
#include "common/Findings.h"
#include "delivery/SftpSettings.h"
#include "oneroster/rest/RestSourceSettings.h"
#include "store/ConversionSettings.h"
#include "store/Profile.h"
#include "store/SafetyThresholds.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

const QString kFile = QStringLiteral("fuzz.json");

// Reads json with read(json, findings) -> saved JSON; a clean read must round-trip.
template<typename Read>
void check(const QJsonObject &json, Read read)
{
    rb::Findings first;
    const QJsonObject saved = read(json, &first);
    if (first.hasErrors())
        return;
    rb::Findings second;
    const QJsonObject again = read(saved, &second);
    if (second.hasErrors() || again != saved)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1)));
    if (!doc.isObject())
        return 0;
    const QJsonObject json = doc.object();
    switch (data[0] % 5) {
    case 0:
        check(json, [](const QJsonObject &j, rb::Findings *f) {
            return rb::Profile::fromJson(j, f, kFile).toJson();
        });
        break;
    case 1:
        check(json, [](const QJsonObject &j, rb::Findings *f) {
            return rb::ConversionSettings::fromJson(j, kFile, f).toJson();
        });
        break;
    case 2:
        check(json, [](const QJsonObject &j, rb::Findings *f) {
            return rb::SftpSettings::fromJson(j, f, kFile).toJson();
        });
        break;
    case 3:
        check(json, [](const QJsonObject &j, rb::Findings *f) {
            return rb::RestSourceSettings::fromJson(j, f, kFile).toJson();
        });
        break;
    default: {
        rb::SafetyThresholds thresholds;
        QStringList errors;
        if (!rb::SafetyThresholds::fromJson(json, &thresholds, &errors)) {
            if (errors.isEmpty())
                std::abort();
            break;
        }
        rb::SafetyThresholds again;
        if (!rb::SafetyThresholds::fromJson(thresholds.toJson(), &again) || !(again == thresholds))
            std::abort();
        break;
    }
    }
    return 0;
}
