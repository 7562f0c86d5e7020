#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace mb {

// What we remember about a signed-in account apart from its secrets: everything here is
// safe to keep in the settings file and to show. Secrets live in SecretStore under id.
struct Account
{
    enum class AuthKind {
        Unknown, // written by a newer version, or damaged settings
        OAuth,
        Webhook,
    };

    QString id;          // ours, stable; the settings group and keychain key prefix
    QString displayName; // chosen by the user; may be empty
    QUrl portalUrl;      // https://acme.bitrix24.com/ (no secret, no /rest/ path)
    QString memberId;    // the portal's id, survives address changes
    QString userId;      // the Bitrix24 user the credential acts as
    QString userName;    // that user's name, for display
    AuthKind authKind = AuthKind::Unknown;
    QStringList scopes;    // as granted, e.g. {"mail", "user"}
    QUrl serverEndpoint;   // OAuth: the auth server's REST base, refreshes go there
    QDateTime tokenExpiry; // OAuth: when the access token expires (UTC); invalid if unknown
    QString clientId;      // OAuth: the app's client_id
    // OAuth: the authorization server chosen at sign-in (the cloud's, an on-premise
    // portal's, the local portal); it stays trusted for this account's refreshes. Empty
    // (accounts of older versions): the program's default.
    QUrl authorizationServer;
    // OAuth: how a batch call carried the token the last time one succeeded on this portal
    // ("bearer", "query"); empty: not known yet.
    QString batchAuth;

    bool isValid() const;
    // What to call the account in lists: the display name, else "user @ host".
    QString title() const;

    // "oauth" / "webhook" as stored in the settings; unknown text gives Unknown.
    static QString authKindToString(AuthKind kind);
    static AuthKind authKindFromString(const QString &text);

    bool operator==(const Account &) const = default;
};

} // namespace mb
