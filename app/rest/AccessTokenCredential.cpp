#include "AccessTokenCredential.h"

#include "SecretRedactor.h"

#include <QUrlQuery>

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

QUrl AccessTokenCredential::methodUrlOn(const QUrl &portal, const QString &method) const
{
    // OAuth v3 base = client_endpoint + api/ (docs §1.1)
    QUrl url = portal;
    url.setPath(url.path() + QStringLiteral("rest/api/") + method);
    return url;
}

void AccessTokenCredential::authorize(QNetworkRequest &request, QJsonObject *body) const
{
    if (body) {
        body->insert(QLatin1String("auth"), m_accessToken);
        return;
    }
    switch (m_batchAuth) {
    case BatchAuth::Bearer:
        request.setRawHeader(QByteArrayLiteral("Authorization"),
                             QByteArrayLiteral("Bearer ") + m_accessToken.toUtf8());
        break;
    case BatchAuth::QueryParameter:
    case BatchAuth::None: {
        // The portal merges the query into the parameters before it looks for `auth` (§1.1).
        QUrl url = request.url();
        QUrlQuery query(url);
        query.removeAllQueryItems(QStringLiteral("auth"));
        query.addQueryItem(QStringLiteral("auth"),
                           QString::fromLatin1(QUrl::toPercentEncoding(m_accessToken)));
        url.setQuery(query);
        request.setUrl(url);
        break;
    }
    }
}

bool AccessTokenCredential::fallBackForBatch()
{
    switch (m_batchAuth) {
    case BatchAuth::Bearer:
        m_batchAuth = BatchAuth::QueryParameter;
        break;
    case BatchAuth::QueryParameter:
        m_batchAuth = BatchAuth::None;
        break;
    case BatchAuth::None:
        return false;
    }
    return m_batchAuth != BatchAuth::None;
}

void AccessTokenCredential::batchSucceeded()
{
    if (m_provenBatchAuth == m_batchAuth)
        return;
    m_provenBatchAuth = m_batchAuth;
    Q_EMIT changed();
}

QString AccessTokenCredential::batchAuthToString(BatchAuth how)
{
    switch (how) {
    case BatchAuth::Bearer:
        return QStringLiteral("bearer");
    case BatchAuth::QueryParameter:
        return QStringLiteral("query");
    case BatchAuth::None:
        return QStringLiteral("none");
    }
    return {};
}

AccessTokenCredential::BatchAuth AccessTokenCredential::batchAuthFromString(const QString &text)
{
    if (text == QLatin1String("query"))
        return BatchAuth::QueryParameter;
    if (text == QLatin1String("none"))
        return BatchAuth::None;
    return BatchAuth::Bearer;
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
