#include "PortalTextView.h"

#include "rest/UntrustedText.h"

#include <QMimeData>

namespace mb {

namespace {
QString selectionOf(const QPlainTextEdit *edit)
{
    // QTextCursor marks line breaks in a selection with U+2029; lines() makes them LF.
    return UntrustedText::lines(edit->textCursor().selectedText());
}
} // namespace

PortalTextView::PortalTextView(QWidget *parent)
    : QPlainTextEdit(parent)
{}

QString PortalTextView::copyText() const
{
    return textCursor().hasSelection() ? selectionOf(this) : UntrustedText::lines(toPlainText());
}

QMimeData *PortalTextView::createMimeDataFromSelection() const
{
    auto *mime = new QMimeData;
    mime->setText(selectionOf(this));
    return mime;
}

} // namespace mb
