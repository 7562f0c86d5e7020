#pragma once

#include <QString>

namespace mb {

// Text a portal sent (names, error codes and messages, field names) made safe to print on a
// terminal, in a file a script reads, in a label or on the clipboard. A hostile or broken
// portal could otherwise add lines to a script's input (CR, LF), rewrite what a terminal
// shows (escape sequences) or reverse the order a reader sees (bidi overrides).
class UntrustedText
{
public:
    // Line breaks, tabs and other white space become one space per run; other control
    // characters (C0, DEL, C1) and the bidi embeddings, overrides and isolates
    // (U+202A–U+202E, U+2066–U+2069) are dropped; the ends are trimmed.
    static QString plain(const QString &text);
    // plain(), cut to at most `maxChars` characters plus "…" (never inside a surrogate pair).
    static QString forMessage(const QString &text, qsizetype maxChars);
    // For text a person sees over several lines (a value box, indented JSON) and may copy:
    // line breaks (CR LF, CR, U+2028, U+2029) become LF and stay, as do tabs and runs of
    // spaces; the control characters and bidi controls plain() drops are dropped.
    static QString lines(const QString &text);
    // Whether `c` is one of the bidi embeddings, overrides or isolates plain() drops.
    static bool isBidiControl(QChar c);
};

} // namespace mb
