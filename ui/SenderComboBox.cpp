#include "SenderComboBox.h"

#include <QWheelEvent>

namespace mb {

void SenderComboBox::showPopup()
{
    Q_EMIT popupAboutToShow();
    QComboBox::showPopup();
    Q_EMIT popupShown();
}

void SenderComboBox::resizePopup()
{
    QComboBox::showPopup();
}

void SenderComboBox::wheelEvent(QWheelEvent *event)
{
    event->ignore();
}

} // namespace mb
