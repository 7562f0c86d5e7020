#pragma once

// For tests that need a real Secret Service: scripts/with-keyring.sh starts a private one
// with a throw-away HOME. Such tests write keychain entries and search every file of that
// tree, so they must refuse to run against a real user's keyring and HOME.

#include <QDir>
#include <QProcessEnvironment>
#include <QString>

namespace testsupport {

// The message for QFAIL when privateKeyringRoot() is empty.
inline constexpr const char *keyringRequired =
    "Run under scripts/with-keyring.sh (it provides a private Secret Service and a throw-away "
    "HOME).";

// The throw-away tree with-keyring.sh made (HOME, XDG dirs, the keyring's files), or an
// empty string when this process does not run under it.
inline QString privateKeyringRoot()
{
    const QString home = qEnvironmentVariable("MB_KEYRING_HOME");
    if (home.isEmpty() || QDir(home) != QDir::home())
        return {};
    return QDir::cleanPath(home + QStringLiteral("/.."));
}

// `env` with a session bus address where no bus listens (a socket path inside `dir`): a
// child started with it finds no Secret Service, as on a desktop without a keyring.
inline QProcessEnvironment withoutSecretService(QProcessEnvironment env, const QString &dir)
{
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=") + dir + QStringLiteral("/no-such-bus"));
    return env;
}

} // namespace testsupport
