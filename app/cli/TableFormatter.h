#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mb::cli {

// Lays out rows of text as columns aligned on terminal display width (see DisplayWidth),
// so names in CJK, with emoji or in right-to-left scripts keep the columns straight.
// Columns are separated by two spaces; the last column is never padded, so no line ends in
// blanks. A table with headers gets a rule of dashes under them.
class TableFormatter
{
public:
    explicit TableFormatter(QStringList headers = {});

    void addRow(QStringList cells);
    // Numbers read better right-aligned.
    void setRightAligned(qsizetype column, bool right = true);

    QString toString() const;

    // The text of one cell as it will be printed: UntrustedText::plain (a newline inside a
    // name would add a row, an escape sequence or a bidi override would rewrite the line),
    // and text with right-to-left letters wrapped in a first-strong isolate of our own so
    // the terminal's bidi reordering stays inside it.
    static QString cellText(const QString &value);

private:
    qsizetype columnCount() const;

    QStringList m_headers;
    QList<QStringList> m_rows;
    QList<bool> m_rightAligned;
};

} // namespace mb::cli
