#pragma once

#include <QCoreApplication>
#include <QString>

namespace mb::cli {

// b24mail's stdout and stderr. Results go to stdout untouched; every message to stderr
// is one line, prefixed with the program name and passed through SecretRedactor, so a
// webhook code or token can never reach a terminal or a log through an error text.
class Console
{
    Q_DECLARE_TR_FUNCTIONS(Console)
public:
    // Call first thing in main(): a reader that goes away (`b24mail list | head`) must
    // end in a failed write we can handle, not in a SIGPIPE that kills the process.
    static void prepare();

    // Writes the whole text; false once stdout is closed or broken. After a broken pipe
    // nothing more is written, and the caller simply finishes.
    static bool out(const QString &text);
    // "b24mail: <message>" on one line.
    static void error(const QString &message);
    // A question for the person at the terminal, on stderr without a line end, so that the
    // answer is typed after it. Not redacted: it never holds anything but our own words.
    static void prompt(const QString &question);
    // A usage error: the message plus a pointer to --help.
    static void usageError(const QString &message);
};

} // namespace mb::cli
