#include "OAuthSignIn.h"

#include "MailScope.h"
#include "RedirectPage.h"
#include "TokenEndpoint.h"
#include "rest/AccessTokenCredential.h"
#include "rest/CallLater.h"
#include "rest/Credential.h"
#include "rest/NetworkAccessFactory.h"
#include "rest/SecretRedactor.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>

namespace mb {

namespace {

QString param(const QUrlQuery &query, const char *key)
{
    return query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
}

// An OAuth error code from the redirect, safe to show: letters and underscores only.
QString safeErrorCode(const QString &code)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
    return allowed.match(code).hasMatch() ? code : QString();
}

} // namespace

OAuthSignIn::OAuthSignIn(const OAuthClientConfig &config, BrowserOpener openBrowser,
                         const NetworkAccessFactory *network, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_openBrowser(std::move(openBrowser))
    , m_endpoint(new TokenEndpoint(config, network->create(this), this))
    , m_timeout(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, &OAuthSignIn::checkTimeout);
}

OAuthSignIn::~OAuthSignIn() = default;

void OAuthSignIn::setConfig(const OAuthClientConfig &config)
{
    m_config = config;
    m_endpoint->setConfig(config);
}

QUrl OAuthSignIn::handlerAddress(const OAuthClientConfig &config)
{
    if (config.redirectPort == 0)
        return {};
    return LoopbackRedirectListener::redirectUri(config.redirectHost, config.redirectPort,
                                                 config.redirectPath);
}

void OAuthSignIn::checkTimeout()
{
    if (m_stage != Stage::WaitingForBrowser || m_mode != Mode::LoopbackRedirect)
        return;
    // Measured on the config's clock, so a test can step it instead of sleeping; with the
    // system clock the timer fires once, exactly at the deadline.
    const qint64 waited = m_waitStarted.msecsTo(m_config.now());
    if (waited >= m_config.redirectTimeoutMs) {
        fail(OAuthError(OAuthError::Code::NoRedirect));
        return;
    }
    // A clock that went backwards makes the rest longer than the timeout: cap it.
    const qint64 timeout = std::max(1, m_config.redirectTimeoutMs);
    m_timeout->start(int(qBound<qint64>(1, timeout - waited, timeout)));
}

QString OAuthSignIn::newState()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QUrlQuery OAuthSignIn::parsePasted(const QString &text)
{
    const QString trimmed = text.trimmed();
    QUrlQuery query;
    if (trimmed.isEmpty())
        return query;
    if (trimmed.contains(QLatin1Char('='))) {
        // A whole redirect address, or just its query string.
        const qsizetype q = trimmed.indexOf(QLatin1Char('?'));
        QString queryText = q >= 0 ? trimmed.mid(q + 1) : trimmed;
        if (const qsizetype hash = queryText.indexOf(QLatin1Char('#')); hash >= 0)
            queryText.truncate(hash);
        query.setQuery(queryText);
        return query;
    }
    // A bare code as the portal shows it. Codes are short tokens; anything else is a typo.
    static const QRegularExpression bareCode(QStringLiteral("^[A-Za-z0-9._~-]{4,512}$"));
    if (bareCode.match(trimmed).hasMatch())
        query.addQueryItem(QStringLiteral("code"), trimmed);
    return query;
}

LoopbackRedirectListener *OAuthSignIn::ensureListener()
{
    if (!m_listener)
        m_listener = new LoopbackRedirectListener(this);
    return m_listener;
}

void OAuthSignIn::setStage(Stage stage)
{
    m_stage = stage;
}

void OAuthSignIn::stopWaiting()
{
    m_timeout->stop();
    if (m_listener)
        m_listener->close();
}

void OAuthSignIn::fail(const OAuthError &error)
{
    ++m_attempt;
    stopWaiting();
    setStage(Stage::Failed);
    Q_EMIT failed(error);
}

void OAuthSignIn::failLater(const OAuthError &error)
{
    const quint64 attempt = m_attempt;
    callLater(this, [this, attempt, error] {
        if (attempt == m_attempt)
            fail(error);
    });
}

void OAuthSignIn::start(const QUrl &portalUrl, Mode mode)
{
    stopWaiting();
    ++m_attempt;
    m_mode = mode;
    m_portal = AccessTokenCredential::portalRoot(portalUrl);
    m_state = newState();
    m_authorizeUrl.clear();
    m_redirectUri.clear();
    m_warnedScope = false;
    setStage(Stage::WaitingForBrowser);

    if (m_config.clientId.isEmpty() || m_config.clientSecret.isEmpty()) {
        failLater(OAuthError(OAuthError::Code::MissingClient));
        return;
    }
    QString why;
    if (!Credential::isAcceptablePortalUrl(m_portal, &why)) {
        failLater(OAuthError(OAuthError::Code::InvalidPortal, why));
        return;
    }

    // Encoded by hand so that every reserved character of a value is escaped exactly once.
    QByteArray query = "client_id=" + QUrl::toPercentEncoding(m_config.clientId) +
                       "&state=" + QUrl::toPercentEncoding(m_state);
    if (mode == Mode::LoopbackRedirect) {
        LoopbackRedirectListener *listener = ensureListener();
        const quint64 attempt = m_attempt;
        const bool ok = listener->listen(
            m_config.redirectHost, m_config.redirectPort, m_config.redirectPath,
            [this, attempt](const QUrl &url) { return answerRedirect(attempt, url); });
        if (!ok) {
            failLater(OAuthError(OAuthError::Code::ListenFailed, listener->errorString()));
            return;
        }
        m_redirectUri = listener->redirectUri();
        if (m_config.sendRedirectUri)
            query += "&redirect_uri=" +
                     QUrl::toPercentEncoding(m_redirectUri.toString(QUrl::FullyEncoded));
    }
    m_authorizeUrl = m_portal.resolved(QUrl(QStringLiteral("oauth/authorize/")));
    m_authorizeUrl.setQuery(QString::fromLatin1(query), QUrl::StrictMode);

    if (mode == Mode::LoopbackRedirect) {
        m_waitStarted = m_config.now();
        m_timeout->start(m_config.redirectTimeoutMs);
    }
    if (!m_openBrowser || !m_openBrowser(m_authorizeUrl)) {
        // The user can still open the address by hand (authorizeUrl()); the sign-in keeps
        // waiting only if they are told, so report it.
        failLater(OAuthError(OAuthError::Code::BrowserFailed));
        return;
    }
    Q_EMIT browserOpened(m_authorizeUrl);
}

LoopbackRedirectListener::Answer OAuthSignIn::answerRedirect(quint64 attempt, const QUrl &url)
{
    const LoopbackRedirectListener::Answer neutral{
        404, RedirectPage::html(RedirectPage::Kind::NotFound), false};
    if (attempt != m_attempt || m_stage != Stage::WaitingForBrowser)
        return neutral;
    const QUrlQuery params(url);
    // Only the portal's answer to this sign-in carries its state. Anything else (a favicon,
    // a reload, a stale tab of an earlier sign-in, a local scanner, a page that guessed the
    // port) is answered neutrally and changes nothing: ending the sign-in on it would let
    // any local program cancel it, and its code is never redeemed.
    if (param(params, "state") != m_state)
        return neutral;
    // Registered only now: a stray request must not make the redactor mask its words.
    const QString code = param(params, "code");
    SecretRedactor::instance().add(code.toUtf8());
    const QString error = param(params, "error");
    // Everything below ends the sign-in; the outcome is reported from the event loop so
    // that a slot deleting this object cannot pull the listener away.
    OAuthError failure;
    if (!error.isEmpty())
        failure = OAuthError(OAuthError::Code::Denied, safeErrorCode(error));
    else if (code.isEmpty())
        failure = OAuthError(OAuthError::Code::NoCode);
    if (failure.isError()) {
        failLater(failure);
        return {200, RedirectPage::html(RedirectPage::Kind::Failure), true};
    }
    m_timeout->stop();
    callLater(this, [this, attempt, params] {
        if (attempt == m_attempt)
            handleCode(params);
    });
    return {200, RedirectPage::html(RedirectPage::Kind::Success), true};
}

bool OAuthSignIn::submitCode(const QString &text)
{
    if (m_stage != Stage::WaitingForBrowser)
        return false;
    const QUrlQuery params = parsePasted(text);
    const QString code = param(params, "code");
    if (code.isEmpty())
        return false;
    SecretRedactor::instance().add(code.toUtf8());
    // A pasted address carries the state: it must be ours. A bare code has none to check;
    // the user typed it from the portal's own page.
    const QString state = param(params, "state");
    if (!state.isEmpty() && state != m_state) {
        fail(OAuthError(OAuthError::Code::StateMismatch));
        return true;
    }
    stopWaiting();
    handleCode(params);
    return true;
}

void OAuthSignIn::cancel()
{
    if (m_stage == Stage::WaitingForBrowser || m_stage == Stage::Exchanging)
        fail(OAuthError(OAuthError::Code::Cancelled));
}

void OAuthSignIn::checkScopes(const QStringList &granted)
{
    if (m_warnedScope || granted.isEmpty() || grantsMail(granted))
        return;
    m_warnedScope = true;
    Q_EMIT scopeMissing(mailScope(), granted);
}

void OAuthSignIn::handleCode(const QUrlQuery &params)
{
    setStage(Stage::Exchanging);
    // The redirect already lists the scopes: warn now, not after the exchange.
    checkScopes(TokenGrant::splitScopes(param(params, "scope")));

    const QUrl server = m_config.tokenServer(param(params, "server_domain"));
    const quint64 attempt = m_attempt;
    m_endpoint->exchangeCode(
        server, param(params, "code"), this,
        [this, attempt, server, params](const OAuthError &error, const TokenGrant &grant) {
            if (attempt != m_attempt)
                return;
            if (error.isError()) {
                fail(error);
                return;
            }
            OAuthSignInResult result;
            result.grant = grant;
            result.clientId = m_config.clientId;
            result.portalUrl = m_portal;
            if (grant.clientEndpoint.isValid() &&
                Credential::isAcceptablePortalUrl(grant.clientEndpoint))
                result.portalUrl = AccessTokenCredential::portalRoot(grant.clientEndpoint);
            result.memberId =
                grant.memberId.isEmpty() ? param(params, "member_id") : grant.memberId;
            result.userId = grant.userId;
            result.scopes = grant.scopes.isEmpty() ? TokenGrant::splitScopes(param(params, "scope"))
                                                   : grant.scopes;
            result.tokenServer = grant.serverEndpoint.isValid()
                                     ? m_config.tokenServer(grant.serverEndpoint.toString())
                                     : server;
            checkScopes(result.scopes);
            ++m_attempt;
            setStage(Stage::Succeeded);
            Q_EMIT succeeded(result);
        });
}

} // namespace mb
