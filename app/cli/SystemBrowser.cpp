#include "SystemBrowser.h"

#include <QProcess>
#include <QStandardPaths>

namespace mb::cli {

bool SystemBrowser::open(const QUrl &url)
{
    const QString address = url.toString(QUrl::FullyEncoded);
#if defined(Q_OS_WIN)
    // Not `cmd /c start`: cmd would split the address at every '&' of its query.
    const QString program = QStringLiteral("rundll32");
    const QStringList arguments{QStringLiteral("url.dll,FileProtocolHandler"), address};
#elif defined(Q_OS_MACOS)
    const QString program = QStringLiteral("open");
    const QStringList arguments{address};
#else
    const QString program = QStringLiteral("xdg-open");
    const QStringList arguments{address};
#endif
    if (QStandardPaths::findExecutable(program).isEmpty())
        return false;
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
