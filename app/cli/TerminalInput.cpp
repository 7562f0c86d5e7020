#include "TerminalInput.h"

#include <QByteArray>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace mb::cli {

namespace {

// Turns terminal echo off for its lifetime (and back on, whatever happens in between).
class EchoOff
{
public:
    explicit EchoOff(bool active)
    {
        if (!active)
            return;
#ifdef Q_OS_WIN
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        if (GetConsoleMode(m_handle, &m_mode) &&
            SetConsoleMode(m_handle, m_mode & ~DWORD(ENABLE_ECHO_INPUT)))
            m_changed = true;
#else
        if (tcgetattr(STDIN_FILENO, &m_mode) == 0) {
            termios quiet = m_mode;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            m_changed = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
#endif
    }
    ~EchoOff()
    {
        if (!m_changed)
            return;
#ifdef Q_OS_WIN
        SetConsoleMode(m_handle, m_mode);
#else
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_mode);
#endif
        // The Enter the user typed was not echoed either.
        std::fputs("\n", stderr);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    bool m_changed = false;
#ifdef Q_OS_WIN
    HANDLE m_handle = nullptr;
    DWORD m_mode = 0;
#else
    termios m_mode{};
#endif
};

} // namespace

bool TerminalInput::isInteractive()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

std::optional<QString> TerminalInput::readLine(bool hideEcho)
{
    const EchoOff echoOff(hideEcho && isInteractive());
    QByteArray line;
    char buffer[512];
    bool any = false;
    while (std::fgets(buffer, sizeof buffer, stdin)) {
        any = true;
        line += buffer;
        if (line.endsWith('\n'))
            break;
    }
    if (!any)
        return std::nullopt;
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

} // namespace mb::cli
