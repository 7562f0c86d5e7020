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
    QList<QStringList> lines;
    lines.reserve(m_rows.size() + 1);
    if (!m_headers.isEmpty())
        lines.append(m_headers);
    for (const QStringList &row : m_rows)
        lines.append(row);

    QList<QList<int>> widths(lines.size(), QList<int>(columns, 0));
    QList<int> columnWidths(columns, 0);
    for (qsizetype l = 0; l < lines.size(); ++l) {
        QStringList &cells = lines[l];
        cells.resize(columns);
        for (qsizetype c = 0; c < columns; ++c) {
            cells[c] = cellText(cells[c]);
            widths[l][c] = DisplayWidth::of(cells[c]);
            columnWidths[c] = std::max(columnWidths[c], widths[l][c]);
        }
    }

    QString out;
    const auto appendLine = [&](const QStringList &cells, const QList<int> &cellWidths) {
        QString line;
        for (qsizetype c = 0; c < columns; ++c) {
            const QString padding(columnWidths[c] - cellWidths[c], u' ');
            const bool right = c < m_rightAligned.size() && m_rightAligned[c];
            if (c > 0)
                line += columnGap;
            if (right)
                line += padding + cells[c];
            else if (c + 1 < columns)
                line += cells[c] + padding;
            else
                line += cells[c];
        }
        // An empty trailing cell would otherwise leave the gap and padding behind.
        while (line.endsWith(u' '))
            line.chop(1);
        out += line + u'\n';
    };

    qsizetype first = 0;
    if (!m_headers.isEmpty()) {
        appendLine(lines[0], widths[0]);
        QStringList rule;
        for (qsizetype c = 0; c < columns; ++c)
            rule.append(QString(columnWidths[c], u'-'));
        appendLine(rule, columnWidths);
        first = 1;
    }
    for (qsizetype l = first; l < lines.size(); ++l)
        appendLine(lines[l], widths[l]);
    return out;
}

} // namespace mb::cli
