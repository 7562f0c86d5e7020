#include "SessionController.h"

#include "AccountManager.h"
#include "OAuthCredential.h"
#include "rest/CallLater.h"
#include "rest/RestClient.h"
#include "rest/WebhookCredential.h"

namespace mb {

SessionController::SessionController(AccountManager *accounts, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
{}

SessionController::~SessionController()
{
    delete m_session.data();
}

RestClient *SessionController::client() const
{
    return m_session ? m_session->client() : nullptr;
}

void SessionController::setOpening(int delta)
{
    const bool before = isOpening();
    m_opening += delta;
    if (before != isOpening())
        Q_EMIT openingChanged(isOpening());
}

void SessionController::close()
{
    ++m_generation;
    if (!m_session)
        return;
    // Models drop the client before the session (and its client) goes away, from the event
    // loop: close() may be called from a slot of the session's own signals.
    AccountSession *closing = m_session.data();
    m_session = nullptr;
    Q_EMIT sessionChanged(nullptr);
    closing->deleteLater();
}

void SessionController::openCurrent()
{
    if (const auto current = m_accounts->currentAccount())
        openAccount(current->id);
}

void SessionController::openAccount(const QString &accountId)
{
    close();
    const quint64 generation = m_generation;
    setOpening(+1);
    AccountSession::open(
        m_accounts->store(), m_accounts->secrets(), accountId, m_oauth, this,
        [this, generation, accountId](AccountSession *session, const QString &error,
                                      const SecretError &) {
            setOpening(-1);
            if (generation != m_generation) { // another account was chosen meanwhile
                if (session)
                    session->deleteLater(); // not here: this runs inside its own callback
                return;
            }
            if (!session) {
                Q_EMIT openFailed(accountId, error);
                return;
            }
            adopt(session);
        },
        m_settings);
}

void SessionController::openUnsavedWebhook(const QUrl &webhookUrl)
{
    close();
    const auto parts = WebhookCredential::parse(webhookUrl);
    if (!parts) {
        callLater(this, [this] { Q_EMIT openFailed({}, tr("This is not a webhook address.")); });
        return;
    }
    adopt(AccountSession::unsaved(new WebhookCredential(*parts), m_settings, this));
}

bool SessionController::resumeWithSignIn(const OAuthSignInResult &result,
                                         std::function<void(const SecretError &)> done)
{
    if (!m_session || !m_session->isSignInOfThisAccount(result))
        return false;
    QPointer<AccountSession> session = m_session;
    session->applySignIn(result, [this, session, done](const SecretError &error) {
        // A switch meanwhile: the new session has nothing to resume.
        if (session && session == m_session)
            Q_EMIT sessionResumed(session);
        if (done)
            done(error);
    });
    return true;
}

void SessionController::adopt(AccountSession *session)
{
    session->setParent(this);
    m_session = session;
    if (OAuthCredential *oauth = session->oauthCredential()) {
        const QString id = session->accountId();
        connect(oauth, &OAuthCredential::signInNeeded, this,
                [this, id] { Q_EMIT signInNeeded(id); });
    }
    Q_EMIT sessionChanged(session);
}

} // namespace mb
