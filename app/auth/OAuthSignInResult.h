#pragma once

#include "MailScope.h"
#include "TokenGrant.h"

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace mb {

// What a successful OAuth sign-in yields: the token pair and everything the portal and the
// authorization server said about the account. `grant` holds secrets: never log it.
struct OAuthSignInResult
{
    QUrl portalUrl;     // https://portal/ , from client_endpoint (else the address signed into)
    QString memberId;   // member_id: the portal's id, survives address changes
    QString userId;     // user_id if the answer carried it (documented only for refreshes)
    QStringList scopes; // granted scopes
    QUrl tokenServer;   // where refreshes go: server_endpoint's origin, else the server used
    QString clientId;
    TokenGrant grant;

    bool hasMailScope() const { return grantsMail(scopes); }
};

} // namespace mb

Q_DECLARE_METATYPE(mb::OAuthSignInResult)
