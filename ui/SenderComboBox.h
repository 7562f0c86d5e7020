#pragma once

#include <QComboBox>

namespace mb {

class SenderPicker;

// The combo box of the SenderPicker: its keys, its focus and its list go through the picker
// first, which keeps the choice; the rest is QComboBox's.
class SenderComboBox : public QComboBox
{
public:
    explicit SenderComboBox(SenderPicker *picker);

    void showPopup() override;
    // Fits the open list to the rows that match now.
    void resizePopup();
    // From the picker's destructor: from then on the combo box is a plain QComboBox.
    void detachPicker() { m_picker = nullptr; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    // The wheel would change the choice behind the user's back while a form scrolls.
    void wheelEvent(QWheelEvent *event) override;

private:
    SenderPicker *m_picker;
};

} // namespace mb
