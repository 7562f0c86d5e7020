#pragma once

#include <QString>
#include <QUrl>

namespace mb {

// The part of a host name one owner registers: the public suffix plus one label
// ("acme.bitrix24.ru" -> "bitrix24.ru", "shop.example.co.uk" -> "example.co.uk"). A portal
// that redirects within its registrable domain was renamed by its owner; one that redirects
// to another may have changed hands, so the move is the user's decision.
//
// Qt 6 has no public suffix list in its public API, and shipping the whole list is more than
// this needs. The rule here: the last label is the suffix, except that under a two-letter
// country code a generic second label (com, co, org, net, ac, gov, edu, or, ne, ...) makes a
// two-label suffix (com.sg, co.uk, or.jp), plus a few explicit city domains (msk.ru). So
// Bitrix24's cloud hosts group by country ("bitrix24.de", "bitrix24.com.br"). A suffix the
// rule misses makes two companies under it look like one owner; one it invents (co.de) only
// makes a move within one owner's domain ask first. IP addresses and single-label hosts
// (localhost) are their own domain, so 127.0.0.1 and localhost differ while two ports of one
// host do not.
class RegistrableDomain
{
public:
    // Lower-case, ASCII (punycode) form; empty for an empty host.
    static QString of(const QString &host);
    // Whether `a` and `b` have the same registrable domain (scheme and port do not count).
    static bool same(const QUrl &a, const QUrl &b);
    // Whether `suffix` (lower case, ASCII, without dots at the ends) is a two-label public
    // suffix by the rule above.
    static bool isTwoLabelSuffix(const QString &suffix);
};

} // namespace mb
