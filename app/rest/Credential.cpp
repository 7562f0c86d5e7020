#include "Credential.h"

#include "CallLater.h"
#include "SecretRedactor.h"

namespace mb {

QString Credential::displayUrl(const QString &method) const
{
    return SecretRedactor::instance().redact(methodUrl(method).toString());
}

void Credential::refresh()
{
    // A credential without a lifecycle cannot be renewed: say so at once, asynchronously,
    // so callers see the same signal order as with a real refresh.
    callLater(this, [this] {
        Q_EMIT refreshFinished(RestError(RestError::Category::SignInNeeded, 0, {},
                                         tr("This credential cannot be renewed")));
    });
}

bool Credential::isAcceptablePortalUrl(const QUrl &url, QString *why)
{
    if (!url.isValid() || url.host().isEmpty()) {
        if (why)
            *why = tr("“%1” is not a valid portal address.")
                       .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath |
                                                QUrl::RemoveQuery));
        return false;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    if (scheme == QLatin1String("http") && isLoopback(url))
        return true;
    if (why)
        *why =
            tr("Only https:// portal addresses are accepted (plain http only on this computer).");
    return false;
}

bool Credential::isLoopback(const QUrl &url)
{
    const QString host = url.host().toLower();
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QDebug operator<<(QDebug debug, const Credential *credential)
{
    const QDebugStateSaver saver(debug);
    if (!credential)
        return debug << "Credential(null)";
    debug.nospace() << (credential->kind() == Credential::Kind::Webhook ? "WebhookCredential("
                                                                        : "AccessTokenCredential(")
                    << credential->displayUrl(QString()) << ')';
    return debug;
}

} // namespace mb
