#pragma once

#include <QListView>
#include <QPointer>

class QLineEdit;

namespace mb {

// The sender combo's list. It has the keyboard while it is open (QComboBox's popup grabs it),
// and typing goes on in the combo's field: keys are handed over by SenderPicker's event
// filter, and an input method (CJK names) composes in the field through the two overrides.
class SenderListView : public QListView
{
public:
    explicit SenderListView(QLineEdit *edit);

    QVariant inputMethodQuery(Qt::InputMethodQuery query) const override;

protected:
    void inputMethodEvent(QInputMethodEvent *event) override;

private:
    QPointer<QLineEdit> m_edit;
};

} // namespace mb
