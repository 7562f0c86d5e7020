#include "SenderComboBox.h"

#include "SenderPicker.h"

#include <QFocusEvent>
#include <QKeyEvent>
#include <QWheelEvent>

namespace mb {

SenderComboBox::SenderComboBox(SenderPicker *picker)
    : QComboBox(picker)
    , m_picker(picker)
{}

void SenderComboBox::showPopup()
{
    if (m_picker)
        m_picker->preparePopup();
    QComboBox::showPopup();
    if (m_picker)
        m_picker->popupShown();
}

void SenderComboBox::resizePopup()
{
    QComboBox::showPopup();
}

void SenderComboBox::keyPressEvent(QKeyEvent *event)
{
    if (!m_picker || !m_picker->comboKeyPress(event))
        QComboBox::keyPressEvent(event);
}

void SenderComboBox::focusOutEvent(QFocusEvent *event)
{
    if (m_picker)
        m_picker->comboFocusOut(event->reason());
    QComboBox::focusOutEvent(event);
}

void SenderComboBox::wheelEvent(QWheelEvent *event)
{
    event->ignore();
}

} // namespace mb
