#pragma once

#include "HttpReply.h"
#include "HttpRequest.h"
#include "PortalState.h"

namespace fake {

// OAuth 2.0 as Bitrix24 runs it (§5): the consent step on the portal, token issue and
// renewal on a separate authorization server.
class OAuthServer
{
public:
    explicit OAuthServer(PortalState &state)
        : m_state(state)
    {}

    HttpReply authorize(const HttpRequest &request); // GET /oauth/authorize/ on the portal
    HttpReply token(const HttpRequest &request);     // /oauth/token/ on the auth server

private:
    HttpReply errorPage(const QString &message) const;
    HttpReply tokenError(const QString &error, const QString &description) const;

    PortalState &m_state;
};

} // namespace fake
