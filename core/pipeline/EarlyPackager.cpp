#include "EarlyPackager.h"

#include "asm/AsmPackager.h"
#include "common/Cancellation.h"

namespace rb {

EarlyPackager::~EarlyPackager()
{
    if (m_zip.valid())
        m_zip.wait();
}

void EarlyPackager::start(const QString &stagingFolder, const QString &zipPath,
                          std::shared_ptr<std::atomic_bool> cancel)
{
    m_zip = std::async(std::launch::async,
                       [stagingFolder, zipPath, cancel = std::move(cancel)]() -> Result<void> {
                           const Cancellation::Scope scope(cancel.get());
                           return AsmPackager::writeZip(stagingFolder, zipPath, 1);
                       });
}

Result<void> EarlyPackager::result()
{
    return m_zip.get();
}

} // namespace rb
