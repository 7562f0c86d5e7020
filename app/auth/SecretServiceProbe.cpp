#include "SecretServiceProbe.h"

#include <QTimer>

#ifdef MB_HAVE_QTDBUS
#include <QDBusConnection>
#include <QDBusError>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QStringList>
#endif

namespace mb {

#ifdef MB_HAVE_QTDBUS
namespace {

QDBusMessage busMethod(const QString &method)
{
    return QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.DBus"),
                                          QStringLiteral("/org/freedesktop/DBus"),
                                          QStringLiteral("org.freedesktop.DBus"), method);
}

// Calls `message` on the bus without waiting; `onReply` runs while `context` exists.
template<typename Reply, typename Handler>
void callAsync(const QDBusConnection &bus, const QDBusMessage &message, const QObject *context,
               Handler onReply)
{
    // The watcher cannot be a child of a const context; it deletes itself instead, which
    // also covers a context destroyed before the reply.
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(message));
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                     [onReply = std::move(onReply)](QDBusPendingCallWatcher *w) {
                         const QDBusPendingReply<Reply> reply = *w;
                         onReply(reply);
                     });
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, watcher, &QObject::deleteLater);
}

} // namespace
#endif

void SecretServiceProbe::check(const QObject *context, Callback callback)
{
#ifdef MB_HAVE_QTDBUS
    // Connecting to the session bus is a local socket handshake done once per process (and
    // QtKeychain's own D-Bus fallbacks do it too); the questions below are asynchronous.
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        const QString why = tr("No D-Bus session bus: %1").arg(bus.lastError().message());
        QTimer::singleShot(0, context, [callback, why] { callback(false, why); });
        return;
    }

    QDBusMessage hasOwner = busMethod(QStringLiteral("NameHasOwner"));
    hasOwner << serviceName();
    callAsync<bool>(
        bus, hasOwner, context, [bus, context, callback](const QDBusPendingReply<bool> &owned) {
            if (owned.isError()) {
                callback(false, owned.error().message());
                return;
            }
            if (owned.value()) {
                callback(true, {});
                return;
            }
            // Nobody runs it now, but the bus may start it on demand (a D-Bus service file).
            callAsync<QStringList>(
                bus, busMethod(QStringLiteral("ListActivatableNames")), context,
                [callback](const QDBusPendingReply<QStringList> &names) {
                    if (!names.isError() && names.value().contains(serviceName())) {
                        callback(true, {});
                        return;
                    }
                    callback(false,
                             tr("Nothing provides %1 on the session bus").arg(serviceName()));
                });
        });
#else
    QTimer::singleShot(0, context, [callback] { callback(true, {}); });
#endif
}

} // namespace mb
