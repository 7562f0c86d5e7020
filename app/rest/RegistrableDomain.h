#pragma once

#include <QString>
#include <QUrl>

namespace mb {

// The part of a host name one owner registers: the public suffix plus one label
// ("acme.bitrix24.ru" -> "bitrix24.ru", "shop.example.co.uk" -> "example.co.uk"). A portal
// that redirects within its registrable domain was renamed by its owner; one that redirects
// to another may have changed hands, so the move is the user's decision.
//
// Qt 6 has no public suffix list in its public API. The rule here: the last label is the
// suffix, except for a short built-in list of two-label suffixes under which Bitrix24
// portals and common company domains live (co.uk, com.br, com.tr, ...). IP addresses and
// single-label hosts (localhost) are their own domain, so 127.0.0.1 and localhost differ
// while two ports of one host do not.
class RegistrableDomain
{
public:
    // Lower-case, ASCII (punycode) form; empty for an empty host.
    static QString of(const QString &host);
    // Whether `a` and `b` have the same registrable domain (scheme and port do not count).
    static bool same(const QUrl &a, const QUrl &b);
    // Whether `suffix` (lower case, without dots at the ends) is on the built-in list of
    // two-label public suffixes.
    static bool isTwoLabelSuffix(const QString &suffix);
};

} // namespace mb
