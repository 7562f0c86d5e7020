#include "AccessTokenCredential.h"

#include "SecretRedactor.h"

namespace mb {

QUrl AccessTokenCredential::portalRoot(const QUrl &endpoint)
{
    QUrl url = endpoint.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    if (path.endsWith(QLatin1String("/rest/")))
        path.chop(5);
    url.setPath(path);
    return url;
}

AccessTokenCredential::AccessTokenCredential(const QUrl &clientEndpoint, const QString &accessToken,
                                             QObject *parent)
    : Credential(parent)
    , m_portal(portalRoot(clientEndpoint))
{
    setAccessToken(accessToken);
}

void AccessTokenCredential::setAccessToken(const QString &token)
{
    m_accessToken = token;
    SecretRedactor::instance().add(token.toUtf8());
}

QUrl AccessTokenCredential::clientEndpoint() const
{
    QUrl url = m_portal;
    url.setPath(url.path() + QStringLiteral("rest/"));
    return url;
}

QUrl AccessTokenCredential::methodUrl(const QString &method) const
{
    // OAuth v3 base = client_endpoint + api/ (docs §1.1)
    QUrl url = m_portal;
    url.setPath(url.path() + QStringLiteral("rest/api/") + method);
    return url;
}

void AccessTokenCredential::authorize(QNetworkRequest &, QJsonObject *body) const
{
    if (body)
        body->insert(QLatin1String("auth"), m_accessToken);
}

QByteArrayList AccessTokenCredential::secrets() const
{
    return {m_accessToken.toUtf8()};
}

void AccessTokenCredential::relocate(const QUrl &newPortalUrl)
{
    m_portal = portalRoot(newPortalUrl);
    Q_EMIT changed();
}

} // namespace mb
