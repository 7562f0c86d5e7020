#pragma once

#include <QPlainTextEdit>

namespace mb {

// A read-only box of text from the portal whose copies are cleaned (UntrustedText::lines):
// Ctrl+C, the context menu's Copy, a drag and the X11 selection take no control characters
// and no bidi overrides, though the lines and indentation shown stay. Plain text only: no
// HTML flavour a rich editor would prefer.
class PortalTextView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit PortalTextView(QWidget *parent = nullptr);

    // The selection as Copy takes it, or all of the text when nothing is selected.
    QString copyText() const;

protected:
    QMimeData *createMimeDataFromSelection() const override;
};

} // namespace mb
