#pragma once

namespace rb {

// The setup wizard's pages, in the order a full walk meets them.
enum class WizardPageId : int {
    Welcome,
    Sis,
    SisCredentials,
    SisToken,
    SisRefresh,
    Csv,
    Asm,
    Filters,
    Accounts,
    Schedule,
    Notifications,
    Finish,
};

} // namespace rb
