#pragma once

#include <QString>
#include <QStringList>

namespace mb {

// The translations of both programs: ours (compiled into mbcore under :/i18n) and Qt's own
// (standard dialogs, QCommandLineParser), for the system's language or the one chosen in the
// settings. Installing again replaces the previous language, so a running GUI can switch.
class Translations
{
public:
    // `language`: "de", "ru", "en"...; empty: the system's. False when there is no catalogue
    // of ours for it (English needs none and is always true).
    static bool install(const QString &language = {});
    // The languages we ship, "en" first.
    static QStringList available();
    // The language install() chose last ("en" when nothing was installed).
    static QString current();
};

} // namespace mb
