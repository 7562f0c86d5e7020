#include "RegistrableDomain.h"

#include <QHostAddress>
#include <QStringList>

#include <algorithm>
#include <array>
#include <string_view>

namespace mb {

namespace {

// Two-label public suffixes of the countries Bitrix24 serves and of common company domains.
// Kept short on purpose: a suffix missing here makes two companies under it look like one
// domain, so add a suffix when a portal's country needs it. Sorted for binary search.
constexpr std::array<const char *, 24> twoLabelSuffixes = {
    "ac.uk",  "co.il",  "co.in",  "co.jp",  "co.kr",  "co.nz",  "co.uk",  "co.za",
    "com.ar", "com.au", "com.br", "com.cn", "com.co", "com.mx", "com.pl", "com.tr",
    "com.ua", "com.vn", "net.au", "net.br", "org.au", "org.br", "org.ua", "org.uk",
};

constexpr bool lessThan(const char *a, const char *b)
{
    return std::string_view(a) < std::string_view(b);
}
static_assert(std::is_sorted(twoLabelSuffixes.begin(), twoLabelSuffixes.end(), lessThan));

} // namespace

bool RegistrableDomain::isTwoLabelSuffix(const QString &suffix)
{
    const QByteArray key = suffix.toLatin1();
    return std::binary_search(twoLabelSuffixes.begin(), twoLabelSuffixes.end(), key.constData(),
                              lessThan);
}

QString RegistrableDomain::of(const QString &host)
{
    QString ascii = QString::fromLatin1(QUrl::toAce(host.trimmed()));
    if (ascii.isEmpty())
        ascii = host.trimmed(); // not a valid name: compared as it is
    ascii = ascii.toLower();
    while (ascii.endsWith(u'.'))
        ascii.chop(1);
    // An address is owned as a whole: 10.0.0.1 and 10.0.0.2 are not one owner's.
    if (ascii.startsWith(u'[') || !QHostAddress(ascii).isNull())
        return ascii;
    const QStringList labels = ascii.split(u'.');
    if (labels.size() <= 2)
        return ascii;
    const QString lastTwo = labels.mid(labels.size() - 2).join(u'.');
    const qsizetype keep = isTwoLabelSuffix(lastTwo) ? 3 : 2;
    return labels.mid(labels.size() - keep).join(u'.');
}

bool RegistrableDomain::same(const QUrl &a, const QUrl &b)
{
    const QString domain = of(a.host());
    return !domain.isEmpty() && domain == of(b.host());
}

} // namespace mb
