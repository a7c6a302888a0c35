#pragma once

#include <QString>

namespace rb {

class SecretStore;

// Where the wizard saves what it creates. The secret store must outlive the wizard.
struct WizardEnvironment
{
    QString profilesFolder;
    // The app's data folder: the sample district and its deliveries go here.
    QString dataFolder;
    SecretStore *secrets = nullptr;
};

} // namespace rb
