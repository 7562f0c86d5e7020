#pragma once

#include <QStringView>

namespace mb::cli {

// Terminal columns a string occupies. Tables are aligned on this, not on QString::size():
// CJK ideographs and most emoji take two columns, combining marks and format characters
// (joiners, bidi isolates) none, a narrow symbol followed by the emoji presentation
// selector two, and a UTF-16 surrogate pair is one character.
// It approximates the Unicode East Asian Width property with a small range table; exact
// answers depend on the terminal and its font anyway.
class DisplayWidth
{
public:
    static int of(QStringView text);
    static int ofCodePoint(char32_t ucs4);
};

} // namespace mb::cli
