#pragma once

#include "RestError.h"

#include <QByteArrayList>
#include <QDebug>
#include <QHostAddress>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QObject>
#include <QUrl>

namespace mb {

// How requests prove who they are. The REST client asks a Credential where a method
// lives and how to sign a call; it never knows where the secret came from (a pasted
// webhook URL, an environment variable, the keychain).
class Credential : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Webhook, AccessToken };
    using QObject::QObject;

    virtual Kind kind() const = 0;

    // Portal root, e.g. https://acme.bitrix24.com/ . Holds no secret; safe to show.
    virtual QUrl portalUrl() const = 0;
    // Full URL of a REST 3.0 method, e.g. .../rest/api/7/<code>/mail.mailbox.list
    QUrl methodUrl(const QString &method) const { return methodUrlOn(portalUrl(), method); }
    // The same on another portal root: where a renamed portal's redirect leads, before the
    // new address is trusted enough to be kept.
    virtual QUrl methodUrlOn(const QUrl &portal, const QString &method) const = 0;
    // Adds the credential to a call whose JSON body is `body` (a null pointer when the
    // body is not an object, as for batch).
    virtual void authorize(QNetworkRequest &request, QJsonObject *body) const = 0;
    // Whether v3 `batch` can carry this credential.
    virtual bool supportsBatch() const = 0;
    // A call without a JSON object body (batch) was refused with 401 NO_AUTH_FOUND although
    // the credential works elsewhere: switch to the next way of carrying it. False when
    // there is none left; supportsBatch() is then false.
    virtual bool fallBackForBatch() { return false; }
    // A batch call carrying this credential succeeded: the way it was carried works.
    virtual void batchSucceeded() {}
    // Every secret this credential holds, for redaction of logs and messages.
    virtual QByteArrayList secrets() const = 0;
    // The method URL with secrets masked, for messages and the request inspector.
    virtual QString displayUrl(const QString &method) const;
    // A call to the renamed portal at `newPortalUrl` succeeded: use it from now on. Emits
    // changed().
    virtual void relocate(const QUrl &newPortalUrl) = 0;

    // Token lifecycle. A webhook has none of it.
    virtual bool isExpired() const { return false; }
    virtual bool canRefresh() const { return false; }
    // Starts a refresh unless one runs already; every call ends in exactly one
    // refreshFinished() per refresh, shared by all callers that asked meanwhile.
    virtual void refresh();

    // https everywhere; plain http only to this computer (the local portal).
    static bool isAcceptablePortalUrl(const QUrl &url, QString *why = nullptr);
    static bool isLoopback(const QUrl &url);

Q_SIGNALS:
    void refreshFinished(const mb::RestError &error);
    // The stored part changed (relocation, rotated tokens): persist it.
    void changed();
};

// Kind and portal with secrets masked: a credential is safe to log.
QDebug operator<<(QDebug debug, const Credential *credential);

} // namespace mb
