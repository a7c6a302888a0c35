#include "Cancellation.h"

namespace rb {

namespace {
thread_local const std::atomic_bool *t_flag = nullptr;
} // namespace

Cancellation::Scope::Scope(const std::atomic_bool *flag)
    : m_previous(t_flag)
{
    t_flag = flag;
}

Cancellation::Scope::~Scope()
{
    t_flag = m_previous;
}

bool Cancellation::requested()
{
    return t_flag && t_flag->load(std::memory_order_relaxed);
}

const std::atomic_bool *Cancellation::flag()
{
    return t_flag;
}

QString Cancellation::message()
{
    return tr("cancelled");
}

} // namespace rb
