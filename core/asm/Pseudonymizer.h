#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace rb {

// Stand-in names for students whose privacy agreement keeps their names from Apple. Derived
// from HMAC-SHA256 of the sourcedId under the profile's key, so a student keeps the same
// pseudonym from one night to the next (no mass rename in Apple School Manager), nobody
// without the key can link it back, and a different key gives different names.
class Pseudonymizer
{
public:
    explicit Pseudonymizer(QByteArray key);

    struct Names
    {
        QByteArray given;  // 6 characters
        QByteArray family; // 8 characters
    };
    Names names(QByteArrayView sourcedId) const;

private:
    QByteArray m_key;
};

} // namespace rb
