#pragma once

#include "MethodPermission.h"
#include "rest/ClientOptions.h"
#include "rest/WebhookCredential.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace mb {

class NetworkAccessFactory;
class RestClient;
class RestReply;

// Adds an incoming webhook (docs §5.8): takes the pasted URL in the v1 or v3 form, with or
// without a method at the end, normalises it to the v3 base, and checks it with one cheap
// call. The call is mail.mailbox.field.list with a one-key select: it needs the same `mail`
// scope and rights as every mail method and returns a handful of static rows, so it also
// tells a missing scope (INSUFFICIENTSCOPE) from a refused code (NO_AUTH_FOUND). The `scope`
// method would list the scopes, but only on REST 1.0, which the client does not speak.
//
// Nothing is stored here: AccountSession::saveWebhook() puts the URL in the keychain. Only
// maskedUrl() may be shown.
class WebhookSetup : public QObject
{
    Q_OBJECT
public:
    // The check goes through a manager `network` makes (not owned; only used here), which
    // follows its proxy and certificate authorities as they change.
    explicit WebhookSetup(const NetworkAccessFactory *network, QObject *parent = nullptr);
    ~WebhookSetup() override;

    // Options for the check call (timeouts, retries).
    void setClientOptions(const ClientOptions &options) { m_options = options; }

    // Parses `pasted`; false (and errorString()) when it is not a webhook URL, else the
    // check starts and checked() follows.
    bool check(const QString &pasted);
    void abort();

    bool hasParts() const { return m_parts.has_value(); }
    // The normalised parts. `code` is the secret: store it, never show it.
    WebhookCredential::Parts parts() const { return m_parts.value_or(WebhookCredential::Parts{}); }
    // https://portal/rest/api/7/k3••••/ , for display.
    QString maskedUrl() const { return m_masked; }
    QString errorString() const { return m_error; }

    MethodPermission::Status status() const { return m_status; }
    // Whether a webhook checked with `status` is saved: also when only its scopes or its
    // user's rights are short, which the portal fixes without changing the URL.
    static bool worthKeeping(MethodPermission::Status status);
    RestError checkError() const { return m_checkError; }
    // Translated verdict for the user, with what to do.
    QString statusMessage() const;

    static QString checkMethod() { return QStringLiteral("mail.mailbox.field.list"); }

Q_SIGNALS:
    // `status` is Works when the webhook can read mailboxes; MissingScope, NoAccess or
    // SignInNeeded (the code was refused) say what to fix.
    void checked(mb::MethodPermission::Status status, const mb::RestError &error);

private:
    QNetworkAccessManager *m_nam;
    ClientOptions m_options;
    std::optional<WebhookCredential::Parts> m_parts;
    QString m_masked;
    QString m_error;
    MethodPermission::Status m_status = MethodPermission::Status::Failed;
    RestError m_checkError;
    WebhookCredential *m_credential = nullptr;
    RestClient *m_client = nullptr;
    QPointer<RestReply> m_reply;
};

} // namespace mb
