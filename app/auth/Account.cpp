#include "Account.h"

#include <QCoreApplication>

namespace mb {

bool Account::isValid() const
{
    return !id.isEmpty() && portalUrl.isValid() && !portalUrl.host().isEmpty() &&
           authKind != AuthKind::Unknown;
}

QString Account::title() const
{
    if (!displayName.isEmpty())
        return displayName;
    const QString host = portalUrl.host();
    if (userName.isEmpty())
        return host;
    return QCoreApplication::translate("Account", "%1 @ %2").arg(userName, host);
}

QString Account::authKindToString(AuthKind kind)
{
    switch (kind) {
    case AuthKind::OAuth:
        return QStringLiteral("oauth");
    case AuthKind::Webhook:
        return QStringLiteral("webhook");
    case AuthKind::Unknown:
        break;
    }
    return {};
}

Account::AuthKind Account::authKindFromString(const QString &text)
{
    if (text == QLatin1String("oauth"))
        return AuthKind::OAuth;
    if (text == QLatin1String("webhook"))
        return AuthKind::Webhook;
    return AuthKind::Unknown;
}

} // namespace mb
