#pragma once

#include "common/Result.h"

#include <QString>

#include <atomic>
#include <future>
#include <memory>

namespace rb {

// Zips the six staged files on one core while the run validates and compares them on the
// other (on both cores it slowed the validator by a quarter). A run that gets as far as the
// package step (a clean package, or a blocked one that is kept) finds its zip written or nearly
// so. A run that ends earlier waits for the zip to stop (it hears the run's cancel flag) and
// leaves it in the run's temporary folder, which goes with the run.
class EarlyPackager
{
public:
    EarlyPackager() = default;
    ~EarlyPackager();
    EarlyPackager(const EarlyPackager &) = delete;
    EarlyPackager &operator=(const EarlyPackager &) = delete;

    void start(const QString &stagingFolder, const QString &zipPath,
               std::shared_ptr<std::atomic_bool> cancel);
    bool started() const { return m_zip.valid(); }
    // Waits for the zip; only once.
    Result<void> result();

private:
    std::future<Result<void>> m_zip;
};

} // namespace rb
