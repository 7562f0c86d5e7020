#pragma once

#include "ExitCode.h"

#include <QObject>

namespace mb::cli {

// One run of a b24mail command: start() begins it without blocking, finished() carries the
// exit status once everything is written (and, for the account commands, stored). main()
// turns finished() into the process's exit.
class Command : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void start() = 0;

Q_SIGNALS:
    void finished(int exitCode);

protected:
    // Only the first call counts: a late signal after the end changes nothing.
    // Writes `message` to stderr (with the --help hint for a usage error) and finishes.
    void fail(ExitCode code, const QString &message);
    void finish(ExitCode code);

private:
    bool m_finished = false;
};

} // namespace mb::cli
