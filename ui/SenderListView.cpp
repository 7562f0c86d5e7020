#include "SenderListView.h"

#include <QInputMethodEvent>
#include <QLineEdit>

namespace mb {

SenderListView::SenderListView(QLineEdit *edit)
    : m_edit(edit)
{
    setAttribute(Qt::WA_InputMethodEnabled);
    setUniformItemSizes(true);
}

QVariant SenderListView::inputMethodQuery(Qt::InputMethodQuery query) const
{
    return m_edit ? m_edit->inputMethodQuery(query) : QListView::inputMethodQuery(query);
}

void SenderListView::inputMethodEvent(QInputMethodEvent *event)
{
    if (m_edit)
        m_edit->event(event);
}

} // namespace mb
