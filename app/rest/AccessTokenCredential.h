#pragma once

#include "Credential.h"

namespace mb {

// A bare OAuth access token for https://{portal}/rest/api/{method}, sent as the JSON body
// field `auth`. A v3 batch body is a bare array, so there the token travels as
// `Authorization: Bearer` or, where a portal refuses that, as `?auth=` (docs §1.1, §7).
// Without a refresh token it cannot renew itself; the auth layer derives a refreshing
// credential from it.
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
    QUrl methodUrlOn(const QUrl &portal, const QString &method) const override;
    void authorize(QNetworkRequest &request, QJsonObject *body) const override;
    // How the token rides on a batch call. Bearer first; ?auth= after the portal refused
    // Bearer; None after it refused both (lists then go page by page).
    enum class BatchAuth { Bearer, QueryParameter, None };
    Q_ENUM(BatchAuth)
    BatchAuth batchAuth() const { return m_batchAuth; }
    // The last way a batch call succeeded with: what is worth remembering for the portal.
    BatchAuth provenBatchAuth() const { return m_provenBatchAuth; }
    // A remembered choice (from an earlier run) to start with.
    void setBatchAuth(BatchAuth how) { m_batchAuth = m_provenBatchAuth = how; }
    static QString batchAuthToString(BatchAuth how);
    static BatchAuth batchAuthFromString(const QString &text); // unknown: Bearer

    bool supportsBatch() const override { return m_batchAuth != BatchAuth::None; }
    bool fallBackForBatch() override;
    void batchSucceeded() override;
    QByteArrayList secrets() const override;
    void relocate(const QUrl &newPortalUrl) override;

protected:
    QUrl m_portal; // https://portal/ (a portal in a subfolder keeps its path)
    QString m_accessToken;
    BatchAuth m_batchAuth = BatchAuth::Bearer;
    BatchAuth m_provenBatchAuth = BatchAuth::Bearer;
};

} // namespace mb
