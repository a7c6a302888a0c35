#pragma once

#include <QCoreApplication>
#include <QString>

#include <atomic>

namespace rb {

// The cancel flag of the run working on this thread, for the long loops deep inside a step
// (reading an export, writing and checking the six files, zipping) that have no other way to
// hear of it. A step opens a Scope with the run's flag; the loops ask requested() every chunk
// or every few thousand rows, so a cancel is noticed within milliseconds. Threads without a
// scope (the review window's workers) are never cancelled this way.
class Cancellation
{
    Q_DECLARE_TR_FUNCTIONS(rb::Cancellation)
public:
    class Scope
    {
    public:
        explicit Scope(const std::atomic_bool *flag);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        const std::atomic_bool *m_previous;
    };

    static bool requested();
    // This thread's flag, for a worker that does part of the step: it opens a Scope with it.
    static const std::atomic_bool *flag();
    // What a loop that stopped for it reports.
    static QString message();
};

} // namespace rb
