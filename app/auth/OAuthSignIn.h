#pragma once

#include "LoopbackRedirectListener.h"
#include "OAuthClientConfig.h"
#include "OAuthError.h"
#include "OAuthSignInResult.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QTimer;

namespace mb {

class NetworkAccessFactory;
class TokenEndpoint;

// Signs in to one portal with OAuth 2.0 (docs §5): opens the portal's /oauth/authorize/ in
// the system browser with client_id and a fresh unguessable state, receives the redirect on
// a one-shot loopback listener (or takes the code the user pastes), checks the state and
// trades the code for tokens at the authorization server. A service of its own, not part of
// any model; it stores nothing (AccountSession does).
//
// Not built on QOAuth2AuthorizationCodeFlow: on Qt 6.4 the flow drops a state mismatch with
// only a log line and no signal (the sign-in would hang instead of failing), cannot take a
// pasted code, fixes the token URL before the redirect names `server_domain`, and reports
// token errors without their body (see TokenEndpoint and LoopbackRedirectListener).
//
// One sign-in per object at a time; start() again after it finished or failed.
class OAuthSignIn : public QObject
{
    Q_OBJECT
public:
    // Opens a URL in the system browser; the GUI passes QDesktopServices::openUrl, tests a
    // scripted browser. Returns false when no browser could be started.
    using BrowserOpener = std::function<bool(const QUrl &url)>;

    enum class Mode {
        LoopbackRedirect, // the portal redirects to http://127.0.0.1:PORT/ or localhost
                          // (pasting still works)
        PastedCode,       // the portal shows the code (an app without a handler, docs §5.7)
    };
    Q_ENUM(Mode)
    enum class Stage { Idle, WaitingForBrowser, Exchanging, Succeeded, Failed };
    Q_ENUM(Stage)

    // The token exchange goes through a manager `network` makes (not owned; only used
    // here), which follows its proxy and certificate authorities as they change.
    OAuthSignIn(const OAuthClientConfig &config, BrowserOpener openBrowser,
                const NetworkAccessFactory *network, QObject *parent = nullptr);
    ~OAuthSignIn() override;

    void setConfig(const OAuthClientConfig &config);
    const OAuthClientConfig &config() const { return m_config; }

    // Begins a sign-in to `portalUrl` (https://acme.bitrix24.com/). Failures, even immediate
    // ones, arrive through failed() from the event loop.
    void start(const QUrl &portalUrl, Mode mode = Mode::LoopbackRedirect);
    // The code the portal showed, or the whole address the browser ended on. Returns false
    // (and changes nothing) when the text holds no code, or when no sign-in is waiting.
    // A pasted address whose state belongs to another sign-in fails the sign-in.
    bool submitCode(const QString &text);
    // Stops waiting; failed(Cancelled) follows unless the sign-in had already ended.
    void cancel();

    Stage stage() const { return m_stage; }
    Mode mode() const { return m_mode; }
    // The address the browser was sent to (client_id and state; no secret), so the GUI can
    // offer "open it yourself" when the browser does not come up.
    QUrl authorizeUrl() const { return m_authorizeUrl; }
    // http://127.0.0.1:PORT/path (or localhost) while listening; empty in PastedCode mode.
    QUrl redirectUri() const { return m_redirectUri; }

    // The handler address to enter on the application's card on the portal for `config`,
    // e.g. http://localhost:7000/ ; the one place that spells it, for the CLI and the GUI.
    // Empty when config.redirectPort is 0: a free port cannot be registered in advance.
    static QUrl handlerAddress(const OAuthClientConfig &config);

    // A fresh random state: 32 bytes from the system's secure generator, base64url.
    static QString newState();
    // Extracts the code (and state, scope, server_domain... when present) from pasted text:
    // a bare code, a query string or a whole URL. Empty code when there is none.
    static QUrlQuery parsePasted(const QString &text);

Q_SIGNALS:
    // The browser was asked to open `url`.
    void browserOpened(const QUrl &url);
    // Emitted as soon as the redirect or the token answer shows that `scope` (mail) was not
    // granted, before the sign-in finishes; the sign-in itself still succeeds.
    void scopeMissing(const QString &scope, const QStringList &granted);
    void succeeded(const mb::OAuthSignInResult &result);
    void failed(const mb::OAuthError &error);

private:
    LoopbackRedirectListener *ensureListener();
    void setStage(Stage stage);
    void fail(const OAuthError &error);
    void failLater(const OAuthError &error);
    void handleCode(const QUrlQuery &params);
    void checkScopes(const QStringList &granted);
    void stopWaiting();
    void checkTimeout();
    LoopbackRedirectListener::Answer answerRedirect(quint64 attempt, const QUrl &url);

    OAuthClientConfig m_config;
    BrowserOpener m_openBrowser;
    TokenEndpoint *m_endpoint;
    LoopbackRedirectListener *m_listener = nullptr;
    QTimer *m_timeout;       // only wakes checkTimeout(); the config's clock decides
    QDateTime m_waitStarted; // config.now() when the browser was sent
    Stage m_stage = Stage::Idle;
    Mode m_mode = Mode::LoopbackRedirect;
    QUrl m_portal;
    QString m_state;
    QUrl m_authorizeUrl;
    QUrl m_redirectUri;
    bool m_warnedScope = false;
    quint64 m_attempt = 0; // ignores answers that belong to a cancelled sign-in
};

} // namespace mb
