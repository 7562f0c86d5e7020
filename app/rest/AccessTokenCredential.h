#pragma once

#include "Credential.h"

namespace mb {

// A bare OAuth access token for https://{portal}/rest/api/{method}, sent as the JSON body
// field `auth`. Without a refresh token it cannot renew itself; the auth layer derives
// a refreshing credential from it.
class AccessTokenCredential : public Credential
{
    Q_OBJECT
public:
    // `clientEndpoint` is the token's client_endpoint (https://portal/rest/) or the portal
    // root; both are accepted.
    AccessTokenCredential(const QUrl &clientEndpoint, const QString &accessToken,
                          QObject *parent = nullptr);

    QString accessToken() const { return m_accessToken; }
    void setAccessToken(const QString &token);
    // The REST base, https://portal/rest/
    QUrl clientEndpoint() const;
    // The portal root of a client_endpoint (https://portal/rest/) or of any portal URL:
    // scheme, host, port and the path of a portal in a subfolder.
    static QUrl portalRoot(const QUrl &endpoint);

    Kind kind() const override { return Kind::AccessToken; }
    QUrl portalUrl() const override { return m_portal; }
    QUrl methodUrl(const QString &method) const override;
    void authorize(QNetworkRequest &request, QJsonObject *body) const override;
    // Where `auth` would go in a root-array batch body is undocumented; stay with
    // single calls.
    bool supportsBatch() const override { return false; }
    QByteArrayList secrets() const override;
    void relocate(const QUrl &newPortalUrl) override;

protected:
    QUrl m_portal; // https://portal/ (a portal in a subfolder keeps its path)
    QString m_accessToken;
};

} // namespace mb
