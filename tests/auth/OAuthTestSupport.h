#pragma once

// Shared by the OAuth tests: an app configuration that talks to the local portal, and a
// synchronous sign-in through the scripted browser.

#include "FakePortal.h"
#include "ScriptedBrowser.h"
#include "auth/OAuthClientConfig.h"
#include "auth/OAuthSignIn.h"
#include "rest/NetworkAccessFactory.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

namespace testsupport {

inline mb::OAuthClientConfig configFor(const fake::FakePortal &portal)
{
    mb::OAuthClientConfig config;
    config.clientId = portal.clientId();
    config.clientSecret = portal.clientSecret();
    config.authorizationServer = portal.authServerUrl();
    config.trustedServerHosts = {QStringLiteral("127.0.0.1")};
    config.redirectTimeoutMs = 5000;
    config.requestTimeoutMs = 5000;
    return config;
}

// Default network settings (the system's proxy, which loopback skips; the system's roots),
// for tests that talk to the portal on 127.0.0.1 directly.
inline const mb::NetworkAccessFactory *directNetwork()
{
    static const mb::NetworkAccessFactory factory;
    return &factory;
}

struct SignInOutcome
{
    std::optional<mb::OAuthSignInResult> result;
    std::optional<mb::OAuthError> error;
};

// Runs one sign-in to the end (success or failure) or gives up after `timeoutMs`.
inline SignInOutcome signIn(fake::FakePortal &portal, const mb::OAuthClientConfig &config,
                            ScriptedBrowser &browser, int timeoutMs = 10000,
                            const mb::NetworkAccessFactory *network = directNetwork())
{
    mb::OAuthSignIn signIn(config, browser.opener(), network);
    SignInOutcome outcome;
    QObject::connect(&signIn, &mb::OAuthSignIn::succeeded,
                     [&](const mb::OAuthSignInResult &r) { outcome.result = r; });
    QObject::connect(&signIn, &mb::OAuthSignIn::failed,
                     [&](const mb::OAuthError &e) { outcome.error = e; });
    signIn.start(portal.baseUrl());
    if (!QTest::qWaitFor([&] { return outcome.result || outcome.error; }, timeoutMs))
        outcome.error =
            mb::OAuthError(mb::OAuthError::Code::Cancelled, QStringLiteral("test timeout"));
    return outcome;
}

} // namespace testsupport
