#pragma once

#include <QString>

#include <optional>

namespace mb::cli {

// Lines from standard input: a webhook URL (`add-webhook -`), a client secret, a pasted
// sign-in code. Reading blocks, so it is only done while nothing else needs the event loop
// (before a command sends anything, or in --paste-code mode, where nothing listens).
class TerminalInput
{
public:
    // Standard input is a terminal a person types into (not a pipe or a file).
    static bool isInteractive();
    // One line without its line end; nullopt at the end of input. With `hideEcho` on a
    // terminal the typed characters are not shown, so a secret stays off the screen.
    static std::optional<QString> readLine(bool hideEcho = false);
};

} // namespace mb::cli
