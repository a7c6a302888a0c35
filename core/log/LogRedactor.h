#pragma once

#include <QByteArray>
#include <QString>

namespace rb {

// The secrets the process knows, so that no log line carries one. Every value registered here
// is replaced by Redactor::kMask in each message before it reaches the log file or the
// terminal, in plain, percent-encoded and base64 form (Redactor's forms, the same as the run
// history's). Redactor's patterns (client_secret=, password=, access_token and their JSON
// members) apply too, and Authorization headers lose their credentials whatever they hold.
//
// Secrets are registered where they enter the process: read from or written to the keychain
// (SecretStore), handed to a run (RunCoordinator), taken from the environment by a command,
// and in the OAuth client (its Basic header, the tokens it receives).
//
// Thread-safe; registration may come from any thread. Values shorter than four characters are
// masked only where they stand as a whole value, as by Redactor (too many false hits elsewhere).
class LogRedactor
{
public:
    // Long-lived secrets (passwords, client secrets); the newest kKeptSecrets are kept.
    static constexpr int kKeptSecrets = 256;
    // Short-lived tokens; the newest kKeptTokens are kept (older ones have expired long since).
    static constexpr int kKeptTokens = 32;

    static void addSecret(const QString &value);
    static void addSecret(const QByteArray &value);
    static void addToken(const QByteArray &value);

    static QString redact(const QString &text);

    // Forgets every registered value (tests).
    static void clear();
};

} // namespace rb
