#include "WebhookSetup.h"

#include "rest/NetworkAccessFactory.h"
#include "rest/RestClient.h"
#include "rest/RestReply.h"
#include "rest/ScopeAdvice.h"
#include "rest/SecretRedactor.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mb {

WebhookSetup::WebhookSetup(const NetworkAccessFactory *network, QObject *parent)
    : QObject(parent)
    , m_nam(network->create(this))
{}

WebhookSetup::~WebhookSetup()
{
    abort();
}

void WebhookSetup::abort()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    delete m_client;
    m_client = nullptr;
    delete m_credential;
    m_credential = nullptr;
}

bool WebhookSetup::check(const QString &pasted)
{
    abort();
    m_parts.reset();
    m_masked.clear();
    m_error.clear();
    m_status = MethodPermission::Status::Failed;
    m_checkError = {};

    const QUrl url(pasted.trimmed(), QUrl::TolerantMode);
    QString why;
    auto parts = WebhookCredential::parse(url, &why);
    if (!parts) {
        m_error = why.isEmpty() ? tr("This is not an incoming webhook address.") : why;
        return false;
    }
    SecretRedactor::instance().add(parts->code.toUtf8());
    m_parts = parts;
    m_credential = new WebhookCredential(*parts, this);
    m_masked = m_credential->maskedUrl();

    m_client = new RestClient(m_credential, m_nam, this);
    m_client->setOptions(m_options);
    // A move the options allow: the webhook is saved with the address that answered.
    connect(m_client, &RestClient::relocated, this, [this](const QUrl &portal) {
        if (m_parts)
            m_parts->portal = portal;
        m_masked = m_credential->maskedUrl();
    });
    m_reply = m_client->call(checkMethod(),
                             {{QLatin1String("select"), QJsonArray{QStringLiteral("name")}}});
    RestReply *reply = m_reply;
    connect(reply, &RestReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_checkError = reply->error();
        m_status = MethodPermission::classify(m_checkError);
        Q_EMIT checked(m_status, m_checkError);
    });
    return true;
}

QString WebhookSetup::statusMessage() const
{
    using Status = MethodPermission::Status;
    switch (m_status) {
    case Status::Works:
        return tr("The webhook works and can read mailboxes.");
    case Status::MissingScope:
        return tr("The webhook lacks the “mail” scope.") + QLatin1Char(' ') +
               ScopeAdvice::text(ScopeAdvice::For::Webhook);
    case Status::NoAccess:
        return tr("The webhook's user has no access to mailboxes. Ask the portal's "
                  "administrator.");
    case Status::SignInNeeded:
        return tr("The portal did not accept this webhook: its code is wrong, or the webhook "
                  "was deleted, changed or has expired.");
    case Status::NotAvailable:
        return tr("This portal has no REST 3.0, which Mailbox Browser needs.");
    case Status::Failed:
        break;
    }
    return m_checkError.isError() ? m_checkError.userMessage()
                                  : tr("The webhook could not be checked.");
}

bool WebhookSetup::worthKeeping(MethodPermission::Status status)
{
    using Status = MethodPermission::Status;
    switch (status) {
    case Status::Works:
        return true;
    // The portal accepted the code; only the webhook's scopes or its user's rights are
    // short. Both are fixed on the portal without changing the code (editing a webhook's
    // scopes keeps its URL, docs §5.8), so the saved account starts working then, and the
    // user need not paste the secret again; the caller still says what to fix.
    case Status::MissingScope:
    case Status::NoAccess:
        return true;
    // Refused code, no REST 3.0, or no verdict (network, server error): nothing shows the
    // URL will ever work, and a keychain entry for a dead secret only misleads.
    case Status::SignInNeeded:
    case Status::NotAvailable:
    case Status::Failed:
        break;
    }
    return false;
}

} // namespace mb
