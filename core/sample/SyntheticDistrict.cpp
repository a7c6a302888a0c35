#include "SyntheticDistrict.h"

#include "DistrictGenerator.h"
#include "FolderOutput.h"
#include "ZipOutput.h"

#include <memory>

namespace rb::gen {

Result<SyntheticDistrict::Counts> SyntheticDistrict::write(const GeneratorOptions &options)
{
    std::unique_ptr<CsvSetOutput> output;
    if (!options.zipPath.isEmpty()) {
        // Noon rather than midnight: never inside a daylight-saving gap.
        output =
            std::make_unique<ZipOutput>(options.zipPath, QDateTime(options.runDate, QTime(12, 0)));
    } else {
        output = std::make_unique<FolderOutput>(options.folderPath);
    }
    DistrictGenerator generator(options, *output);
    if (!generator.run())
        return Failure{generator.errorString()};
    return generator.counts();
}

} // namespace rb::gen
