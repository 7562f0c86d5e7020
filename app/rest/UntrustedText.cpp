#include "UntrustedText.h"

#include <algorithm>

namespace mb {

bool UntrustedText::isBidiControl(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
}

namespace {

// Printable ASCII with single spaces between words: plain() would give it back unchanged.
// Most of what a portal sends is such text, and a shared copy costs no allocation.
bool isPlainAlready(const QString &text)
{
    char16_t previous = u' ';
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u > 0x7E || (u == u' ' && previous == u' '))
            return false;
        previous = u;
    }
    return previous != u' ' || text.isEmpty();
}

} // namespace

QString UntrustedText::plain(const QString &text)
{
    if (isPlainAlready(text))
        return text;
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (c.category() == QChar::Other_Control || isBidiControl(c))
            continue;
        if (pendingSpace) {
            out += u' ';
            pendingSpace = false;
        }
        out += c;
    }
    return out;
}

QString UntrustedText::lines(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\r' || c == u'\n' || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator) {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            out += u'\n';
        } else if (c == u'\t' || !(c.category() == QChar::Other_Control || isBidiControl(c))) {
            out += c;
        }
    }
    return out;
}

QString UntrustedText::forMessage(const QString &text, qsizetype maxChars)
{
    const QString clean = plain(text);
    if (clean.size() <= maxChars)
        return clean;
    qsizetype cut = std::max<qsizetype>(maxChars, 0);
    if (cut > 0 && clean.at(cut - 1).isHighSurrogate())
        --cut;
    return clean.left(cut) + QStringLiteral("…");
}

} // namespace mb
