#pragma once

// Synchronous wrappers around SecretStore's callback API, for tests only (the application
// never waits like this): each call spins the event loop until its callback came, and turns
// a missing callback into an error instead of hanging.

#include "auth/SecretStore.h"

#include <QTest>

#include <optional>
#include <utility>

namespace testsupport {

inline constexpr int secretCallbackTimeoutMs = 15000;

// The error `result` was set to by a callback, once it was.
inline mb::SecretError waitFor(const std::optional<mb::SecretError> &result)
{
    if (!QTest::qWaitFor([&] { return result.has_value(); }, secretCallbackTimeoutMs))
        return mb::SecretError(mb::SecretError::Code::Other,
                               QStringLiteral("test: no callback within timeout"));
    return *result;
}

inline mb::SecretError writeSecret(mb::SecretStore &store, const QString &account,
                                   mb::SecretStore::Kind kind, const QString &secret)
{
    std::optional<mb::SecretError> result;
    store.write(account, kind, secret, &store, [&](const mb::SecretError &e) { result = e; });
    return waitFor(result);
}

// The error and, when there is none, the secret.
inline std::pair<mb::SecretError, QString>
readSecret(mb::SecretStore &store, const QString &account, mb::SecretStore::Kind kind)
{
    std::optional<mb::SecretError> result;
    QString value;
    store.read(account, kind, &store, [&](const mb::SecretError &e, const QString &secret) {
        result = e;
        value = secret;
    });
    const mb::SecretError error = waitFor(result);
    return {error, value};
}

// Every kind of secret of `account`.
inline mb::SecretError removeSecrets(mb::SecretStore &store, const QString &account)
{
    std::optional<mb::SecretError> result;
    store.removeAccount(account, &store, [&](const mb::SecretError &e) { result = e; });
    return waitFor(result);
}

inline mb::SecretError checkAvailable(mb::SecretStore &store)
{
    std::optional<mb::SecretError> result;
    store.checkAvailable(&store, [&](const mb::SecretError &e) { result = e; });
    return waitFor(result);
}

} // namespace testsupport
