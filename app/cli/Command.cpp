#include "Command.h"

#include "Console.h"

namespace mb::cli {

void Command::fail(ExitCode code, const QString &message)
{
    if (m_finished)
        return;
    if (code == ExitCode::Usage)
        Console::usageError(message);
    else
        Console::error(message);
    finish(code);
}

void Command::finish(ExitCode code)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(toInt(code));
}

} // namespace mb::cli
