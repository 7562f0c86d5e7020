#include "JsonKeyOrder.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fake {

namespace {

// A cursor over JSON text that only needs to find where strings and values end.
class Scanner
{
public:
    explicit Scanner(const QByteArray &text)
        : m_text(text)
    {}

    void skipSpace()
    {
        while (m_at < m_text.size() && (m_text[m_at] == ' ' || m_text[m_at] == '\t' ||
                                        m_text[m_at] == '\n' || m_text[m_at] == '\r'))
            ++m_at;
    }
    bool take(char c)
    {
        skipSpace();
        if (m_at >= m_text.size() || m_text[m_at] != c)
            return false;
        ++m_at;
        return true;
    }
    bool peek(char c)
    {
        skipSpace();
        return m_at < m_text.size() && m_text[m_at] == c;
    }
    // A string token, quotes included; empty when there is none here.
    QByteArray stringToken()
    {
        skipSpace();
        if (m_at >= m_text.size() || m_text[m_at] != '"')
            return {};
        const qsizetype start = m_at++;
        while (m_at < m_text.size() && m_text[m_at] != '"')
            m_at += m_text[m_at] == '\\' ? 2 : 1;
        if (m_at >= m_text.size())
            return {};
        ++m_at;
        return m_text.mid(start, m_at - start);
    }
    // Skips one value of any kind; false on text that ends first.
    bool skipValue()
    {
        skipSpace();
        int depth = 0;
        while (m_at < m_text.size()) {
            const char c = m_text[m_at];
            if (c == '"') {
                if (stringToken().isEmpty())
                    return false;
            } else {
                if (c == '{' || c == '[') {
                    ++depth;
                } else if (c == '}' || c == ']') {
                    if (depth == 0)
                        return true; // the end of the enclosing object: a scalar ended
                    --depth;
                } else if (c == ',' && depth == 0) {
                    return true;
                }
                ++m_at;
            }
            if (depth == 0 && (c == '"' || c == '}' || c == ']'))
                return true;
        }
        return false;
    }

private:
    const QByteArray &m_text;
    qsizetype m_at = 0;
};

} // namespace

std::optional<QStringList> JsonKeyOrder::topLevelKeys(const QByteArray &json)
{
    Scanner scan(json);
    if (!scan.take('{'))
        return std::nullopt;
    QStringList keys;
    if (scan.take('}'))
        return keys;
    do {
        const QByteArray token = scan.stringToken();
        // Escapes in a key (\u0031 is "1") decode as the parser decodes them.
        const QJsonDocument decoded = QJsonDocument::fromJson('[' + token + ']');
        if (token.isEmpty() || !decoded.isArray() || !scan.take(':') || !scan.skipValue())
            return std::nullopt;
        const QString key = decoded.array().at(0).toString();
        if (!keys.contains(key))
            keys.append(key);
    } while (scan.take(','));
    if (!scan.take('}'))
        return std::nullopt;
    return keys;
}

} // namespace fake
