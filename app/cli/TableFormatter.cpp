#include "TableFormatter.h"

#include "DisplayWidth.h"
#include "rest/UntrustedText.h"

#include <algorithm>

namespace mb::cli {

namespace {

constexpr char16_t firstStrongIsolate = 0x2068;
constexpr char16_t popDirectionalIsolate = 0x2069;
const QString columnGap = QStringLiteral("  ");

bool hasRightToLeft(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) {
        if (c.unicode() < 0x0590) // below Hebrew, the first right-to-left block
            return false;
        const auto dir = c.direction();
        return dir == QChar::DirR || dir == QChar::DirAL;
    });
}

} // namespace

TableFormatter::TableFormatter(QStringList headers)
    : m_headers(std::move(headers))
{}

void TableFormatter::addRow(QStringList cells)
{
    m_rows.append(std::move(cells));
}

void TableFormatter::setRightAligned(qsizetype column, bool right)
{
    if (m_rightAligned.size() <= column)
        m_rightAligned.resize(column + 1, false);
    m_rightAligned[column] = right;
}

qsizetype TableFormatter::columnCount() const
{
    qsizetype count = m_headers.size();
    for (const QStringList &row : m_rows)
        count = std::max(count, row.size());
    return count;
}

QString TableFormatter::cellText(const QString &value)
{
    QString text = UntrustedText::plain(value);
    if (hasRightToLeft(text))
        text = QChar(firstStrongIsolate) + text + QChar(popDirectionalIsolate);
    return text;
}

QString TableFormatter::toString() const
{
    const qsizetype columns = columnCount();
    const qsizetype lineCount = m_rows.size() + (m_headers.isEmpty() ? 0 : 1);
    const auto lineAt = [&](qsizetype l) -> const QStringList & {
        return m_headers.isEmpty() ? m_rows[l] : (l == 0 ? m_headers : m_rows[l - 1]);
    };

    // Every cell as printed, and its width, in one flat table: a long list is one pass.
    QStringList cells(lineCount * columns);
    QList<int> widths(lineCount * columns, 0);
    QList<int> columnWidths(columns, 0);
    qsizetype textSize = 0;
    for (qsizetype l = 0; l < lineCount; ++l) {
        const QStringList &line = lineAt(l);
        for (qsizetype c = 0; c < line.size(); ++c) {
            QString &cell = cells[l * columns + c];
            cell = cellText(line[c]);
            textSize += cell.size();
            const int width = DisplayWidth::of(cell);
            widths[l * columns + c] = width;
            columnWidths[c] = std::max(columnWidths[c], width);
        }
    }

    QString out;
    qsizetype lineWidth = 0;
    for (const int width : std::as_const(columnWidths))
        lineWidth += width + columnGap.size();
    out.reserve(textSize + (lineCount + 1) * (lineWidth + 1));
    const auto pad = [&out](qsizetype n) {
        if (n > 0)
            out.resize(out.size() + n, u' ');
    };
    const auto appendLine = [&](const QString *lineCells, const int *cellWidths) {
        const qsizetype start = out.size();
        for (qsizetype c = 0; c < columns; ++c) {
            const qsizetype padding = columnWidths[c] - cellWidths[c];
            const bool right = c < m_rightAligned.size() && m_rightAligned[c];
            if (c > 0)
                out += columnGap;
            if (right)
                pad(padding);
            out += lineCells[c];
            if (!right && c + 1 < columns)
                pad(padding);
        }
        // An empty trailing cell would otherwise leave the gap and padding behind.
        qsizetype end = out.size();
        while (end > start && out.at(end - 1) == u' ')
            --end;
        out.truncate(end);
        out += u'\n';
    };

    qsizetype first = 0;
    if (!m_headers.isEmpty()) {
        appendLine(cells.constData(), widths.constData());
        QStringList rule(columns);
        for (qsizetype c = 0; c < columns; ++c)
            rule[c] = QString(columnWidths[c], u'-');
        appendLine(rule.constData(), columnWidths.constData());
        first = 1;
    }
    for (qsizetype l = first; l < lineCount; ++l)
        appendLine(cells.constData() + l * columns, widths.constData() + l * columns);
    return out;
}

} // namespace mb::cli
