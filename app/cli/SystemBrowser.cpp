#include "SystemBrowser.h"

#include <QProcess>
#include <QStandardPaths>

#if defined(Q_OS_WIN)
#include <qt_windows.h>
#endif

namespace mb::cli {

QString SystemBrowser::opener()
{
#if defined(Q_OS_WIN)
    // From the system directory alone: started by bare name, Windows would look in
    // b24mail's folder and the current directory first, where anyone could plant a
    // rundll32.exe.
    wchar_t systemDir[MAX_PATH];
    const UINT length = GetSystemDirectoryW(systemDir, MAX_PATH);
    if (length == 0 || length >= MAX_PATH)
        return {};
    return QStandardPaths::findExecutable(QStringLiteral("rundll32"),
                                          {QString::fromWCharArray(systemDir, int(length))});
#elif defined(Q_OS_MACOS)
    return QStandardPaths::findExecutable(QStringLiteral("open"), {QStringLiteral("/usr/bin")});
#else
    return QStandardPaths::findExecutable(QStringLiteral("xdg-open"));
#endif
}

bool SystemBrowser::open(const QUrl &url)
{
    const QString program = opener();
    if (program.isEmpty())
        return false;
    const QString address = url.toString(QUrl::FullyEncoded);
#if defined(Q_OS_WIN)
    // Not `cmd /c start`: cmd would split the address at every '&' of its query.
    const QStringList arguments{QStringLiteral("url.dll,FileProtocolHandler"), address};
#else
    const QStringList arguments{address};
#endif
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    // Whatever the opener or the browser prints must not mix with b24mail's output.
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    return process.startDetached();
}

} // namespace mb::cli
