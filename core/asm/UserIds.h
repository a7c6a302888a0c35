#pragma once

#include <QByteArrayView>

namespace rb {

// The value of one type in a OneRoster 1.2 `userIds` list as users.csv writes it:
// `{SIS:12345},{LDAP:jdoe}`. Types compare without regard to case (SIS writers differ); the
// value is trimmed. Empty when the type is not listed.
QByteArrayView userIdOfType(QByteArrayView userIds, QByteArrayView type);

} // namespace rb
