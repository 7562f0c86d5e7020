#pragma once

#include <QComboBox>

namespace mb {

// The combo box of the SenderPicker. It knows nothing of the picker: it says when its list
// is about to open and has opened (the picker sizes the list and highlights a row), and
// ignores the wheel. The picker watches its keys and focus through an event filter.
class SenderComboBox : public QComboBox
{
    Q_OBJECT

public:
    using QComboBox::QComboBox;

    void showPopup() override;
    // Fits the open list to the rows that match now, without the two signals.
    void resizePopup();

Q_SIGNALS:
    void popupAboutToShow();
    void popupShown();

protected:
    // The wheel would change the choice behind the user's back while a form scrolls.
    void wheelEvent(QWheelEvent *event) override;
};

} // namespace mb
