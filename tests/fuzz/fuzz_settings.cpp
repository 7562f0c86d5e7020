// The settings file, as the user's disk holds it (an INI file on Linux): the accounts, the
// current account and the app's own settings, read back whatever the file holds.
#include "FuzzInput.h"
#include "auth/AccountStore.h"
#include "settings/AppSettings.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("MailboxBrowser.conf"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(mb::fuzz::bytes(data, size));
    }
    {
        mb::AccountStore store(std::make_unique<QSettings>(path, QSettings::IniFormat), nullptr);
        for (const mb::Account &account : store.accounts())
            (void)account.title();
        (void)store.currentAccount();
    }
    {
        // The app's own settings; sessionSettings() is left out: it opens the CA file the
        // settings name, and a fuzzer's file names may be anything (/dev/zero).
        const mb::AppSettings settings(std::make_unique<QSettings>(path, QSettings::IniFormat));
        (void)settings.proxy();
        (void)settings.proxyHost();
        (void)settings.proxyPort();
        (void)settings.caFile();
        (void)settings.enterpriseLimits();
        (void)settings.language();
        (void)settings.uiState(QStringLiteral("mainWindow"));
        (void)settings.lastExportFolder();
    }
    return 0;
}
