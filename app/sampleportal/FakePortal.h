#pragma once

#include "Fault.h"
#include "PortalConfig.h"
#include "PortalStats.h"

#include <QJsonArray>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

QT_BEGIN_NAMESPACE
class QHttpServerResponder;
class QTemporaryDir;
QT_END_NAMESPACE

namespace fake {

class HttpListener;
class OAuthServer;
class RestHandler;
struct HttpReply;
struct HttpRequest;
struct PortalState;

// A local Bitrix24 portal for tests, the demo and benchmarks, faithful to
// docs/bitrix24-api.md. Two loopback listeners: the portal (REST + /oauth/authorize/) and the
// OAuth authorization server (/oauth/token/). Runs on the caller's event loop; never blocks it.
class FakePortal : public QObject
{
    Q_OBJECT
public:
    explicit FakePortal(const PortalConfig &config = {}, QObject *parent = nullptr);
    ~FakePortal() override;

    bool start(quint16 port = 0, QString *error = nullptr);
    quint16 port() const;
    QUrl baseUrl() const;       // http(s)://127.0.0.1:PORT/
    QUrl authServerUrl() const; // http(s)://127.0.0.1:PORT2/ (serves /oauth/token/ only)
    QUrl webhookUrl() const;    // v3 incoming webhook of user 1 with scopes mail,user
    QUrl authorizeUrl(const QString &state) const; // the consent URL the app opens
    QString clientId() const;
    QString clientSecret() const;
    QString caFile() const; // path of the CA PEM when https
    static QByteArray caPem();

    PortalConfig &config(); // tests flip switches at run time
    // The next `count` REST requests (-1: all) to `method` (empty: any) get the fault.
    void setFault(Fault fault, int count = -1, const QString &method = {});
    // Soaks: each REST request gets a random Fault with `probability` (0: off), drawn from a
    // generator seeded with `seed`, so the same requests meet the same faults again.
    void setRandomFaults(double probability, quint32 seed);

    // Test helpers
    QString addWebhook(int userId, const QStringList &scopes); // returns the code
    void revokeWebhook(const QString &code);
    QString issueAccessToken(int userId, const QStringList &scopes, qint64 ttlSecs = -1);
    void expireAllAccessTokens();
    void revokeAllRefreshTokens();
    void advanceClock(double seconds); // moves the portal's clock: TTLs, buckets, budgets
    void resetLimits();                // empties the rate bucket and the operating budgets
    QString portalDomain() const;      // "127.0.0.1:PORT"
    QString memberId() const;
    PortalStats stats() const;
    // Answers of both listeners not yet written nor dropped (their client gone): a test waits
    // for 0 to know a late answer has landed, instead of sleeping past the latency.
    int pendingAnswers() const { return m_pendingAnswers; }
    void resetStats();
    int mailboxCount(int userId = 1) const;
    QJsonArray mailboxesOf(int userId) const;
    QJsonArray sendersOf(int userId) const;

signals:
    // One line per answered request, with webhook codes and query strings redacted.
    void requestLogged(const QString &line);

private:
    void onPortalRequest(const HttpRequest &request, QHttpServerResponder &&responder);
    void onAuthRequest(const HttpRequest &request, QHttpServerResponder &&responder);
    void send(const HttpRequest &request, QHttpServerResponder &&responder, HttpReply reply,
              bool portal);

    std::unique_ptr<PortalState> m_state;
    int m_pendingAnswers = 0;
    std::unique_ptr<RestHandler> m_rest;
    std::unique_ptr<OAuthServer> m_oauth;
    std::unique_ptr<HttpListener> m_portal;
    std::unique_ptr<HttpListener> m_authServer;
    std::unique_ptr<QTemporaryDir> m_caDir;
    QString m_caFile;
};

} // namespace fake
