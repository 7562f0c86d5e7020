#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

namespace mb {

// Tells "there is no Secret Service" apart from other keychain failures. On freedesktop
// systems QtKeychain goes through libsecret, which reports an unreachable session bus or a
// missing org.freedesktop.secrets as a generic error; only the bus itself can say which it
// was. Elsewhere the platform keychain always exists and the probe answers "reachable".
class SecretServiceProbe
{
    Q_DECLARE_TR_FUNCTIONS(SecretServiceProbe)
public:
    // `reachable` is false when no session bus answers or nobody owns or can be started as
    // org.freedesktop.secrets; `why` then says which. The answer arrives later through the
    // event loop, never inside check(), and only while `context` exists.
    using Callback = std::function<void(bool reachable, const QString &why)>;
    static void check(const QObject *context, Callback callback);

    static QString serviceName() { return QStringLiteral("org.freedesktop.secrets"); }
};

} // namespace mb
