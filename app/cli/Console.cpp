#include "Console.h"

#include "rest/SecretRedactor.h"

#include <csignal>
#include <cstdio>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace mb::cli {

namespace {

bool stdoutBroken = false;

bool writeAll(std::FILE *stream, const QByteArray &bytes)
{
    if (std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream) != size_t(bytes.size()))
        return false;
    return std::fflush(stream) == 0;
}

QString programName()
{
    const QString name = QCoreApplication::applicationName();
    return name.isEmpty() ? QStringLiteral("b24mail") : name;
}

} // namespace

void Console::prepare()
{
#ifdef SIGPIPE
    std::signal(SIGPIPE, SIG_IGN);
#endif
#ifdef Q_OS_WIN
    // We write UTF-8; make the console show it as such rather than in the OEM code page.
    SetConsoleOutputCP(CP_UTF8);
#endif
}

bool Console::out(const QString &text)
{
    if (stdoutBroken)
        return false;
    if (!writeAll(stdout, text.toUtf8()))
        stdoutBroken = true;
    return !stdoutBroken;
}

void Console::error(const QString &message)
{
    // One line: a server message with line breaks must not spread over several.
    const QString line = SecretRedactor::instance().redact(message.simplified());
    writeAll(stderr, (programName() + QStringLiteral(": ") + line + u'\n').toUtf8());
}

void Console::prompt(const QString &question)
{
    writeAll(stderr, question.toUtf8());
}

void Console::usageError(const QString &message)
{
    error(message);
    writeAll(stderr,
             (tr("Try '%1 --help' for more information.").arg(programName()) + u'\n').toUtf8());
}

} // namespace mb::cli
