#include "RegistrableDomain.h"

#include <QHostAddress>
#include <QStringList>

#include <algorithm>
#include <array>
#include <string_view>

namespace mb {

namespace {

// Under a two-letter country code, registries hand out names below a small, recurring set of
// generic second labels (example.com.sg, example.co.jp, example.or.kr, example.gov.in). Sorted.
constexpr std::array<std::string_view, 25> genericSecondLabels = {
    "ac",  "biz", "co", "com", "edu", "firm", "gen", "go",  "gob", "gov", "ind", "info", "int",
    "ltd", "mil", "ne", "net", "nic", "nom",  "or",  "org", "plc", "res", "sch", "web",
};
static_assert(std::is_sorted(genericSecondLabels.begin(), genericSecondLabels.end()));

// Two-label suffixes the rule above misses, where portals of the countries Bitrix24 serves
// live (city domains in Russia and Ukraine). Sorted.
constexpr std::array<std::string_view, 4> extraTwoLabelSuffixes = {
    "kiev.ua",
    "msk.ru",
    "nsk.ru",
    "spb.ru",
};
static_assert(std::is_sorted(extraTwoLabelSuffixes.begin(), extraTwoLabelSuffixes.end()));

bool isCountryCode(std::string_view label)
{
    return label.size() == 2 &&
           std::all_of(label.begin(), label.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

} // namespace

bool RegistrableDomain::isTwoLabelSuffix(const QString &suffix)
{
    const QByteArray key = suffix.toLatin1();
    const std::string_view text(key.constData(), size_t(key.size()));
    if (std::binary_search(extraTwoLabelSuffixes.begin(), extraTwoLabelSuffixes.end(), text))
        return true;
    const size_t dot = text.find('.');
    if (dot == std::string_view::npos || text.find('.', dot + 1) != std::string_view::npos)
        return false;
    return isCountryCode(text.substr(dot + 1)) &&
           std::binary_search(genericSecondLabels.begin(), genericSecondLabels.end(),
                              text.substr(0, dot));
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
