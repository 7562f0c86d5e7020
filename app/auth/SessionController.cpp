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

QString SessionController::openingName() const
{
    return m_opening > 0 ? m_openingName : m_expected;
}

QString SessionController::sessionName() const
{
    if (!m_session)
        return {};
    return m_session->isSaved() ? m_session->account().title() : m_unsavedName;
}

void SessionController::expectSession(const QString &name)
{
    const bool before = isOpening();
    m_expected = name;
    if (before != isOpening())
        Q_EMIT openingChanged(isOpening());
}

void SessionController::cancelExpectedSession()
{
    if (m_expected.isEmpty())
        return;
    m_expected.clear();
    if (!isOpening())
        Q_EMIT openingChanged(false);
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
    // Opening before closing: the views go from the old account to "Opening …", never
    // through "no account is open".
    m_openingName =
        m_accounts->account(accountId) ? m_accounts->account(accountId)->title() : QString();
    m_expected.clear();
    setOpening(+1);
    close();
    const quint64 generation = m_generation;
    AccountSession::open(
        m_accounts->store(), m_accounts->secrets(), accountId, m_oauth, this,
        [this, generation, accountId](AccountSession *session, const QString &error,
                                      const SecretError &) {
            if (generation != m_generation) { // another account was chosen meanwhile
                setOpening(-1);
                if (session)
                    session->deleteLater(); // not here: this runs inside its own callback
                return;
            }
            if (!session) {
                setOpening(-1);
                Q_EMIT openFailed(accountId, error);
                return;
            }
            // The session first, then "no longer opening": views never see neither.
            adopt(session);
            setOpening(-1);
        },
        m_settings);
}

void SessionController::openSamplePortal(const QUrl &webhookUrl)
{
    openWebhook(webhookUrl, tr("Sample portal"), true);
}

void SessionController::openUnsavedWebhook(const QUrl &webhookUrl)
{
    openWebhook(webhookUrl, {}, false);
}

void SessionController::openWebhook(const QUrl &webhookUrl, const QString &name, bool sample)
{
    close();
    cancelExpectedSession();
    const auto parts = WebhookCredential::parse(webhookUrl);
    if (!parts) {
        callLater(this, [this] { Q_EMIT openFailed({}, tr("This is not a webhook address.")); });
        return;
    }
    adopt(AccountSession::unsaved(new WebhookCredential(*parts), m_settings, this), name, sample);
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

void SessionController::adopt(AccountSession *session, const QString &unsavedName, bool sample)
{
    session->setParent(this);
    m_session = session;
    m_sample = sample;
    m_unsavedName = unsavedName;
    if (OAuthCredential *oauth = session->oauthCredential()) {
        const QString id = session->accountId();
        connect(oauth, &OAuthCredential::signInNeeded, this,
                [this, id] { Q_EMIT signInNeeded(id); });
    }
    Q_EMIT sessionChanged(session);
}

} // namespace mb
