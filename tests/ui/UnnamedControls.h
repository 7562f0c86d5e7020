#pragma once

// The accessibility walk of the GUI tests: every interactive control a user can reach needs
// an accessible name (or at least a tooltip) for screen readers.

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QStringList>
#include <QWidget>

namespace uitest {

inline QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        const bool interactive =
            qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) ||
            qobject_cast<QAbstractItemView *>(w) || qobject_cast<QComboBox *>(w) ||
            qobject_cast<QAbstractSpinBox *>(w);
        // Line edits inside combo and spin boxes are parts of those, named with them.
        const bool part = qobject_cast<QComboBox *>(w->parentWidget()) ||
                          qobject_cast<QAbstractSpinBox *>(w->parentWidget());
        if (interactive && !part && w->isVisibleTo(root) && w->focusPolicy() != Qt::NoFocus &&
            w->accessibleName().isEmpty() && w->toolTip().isEmpty())
            unnamed << QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName();
    }
    return unnamed;
}

} // namespace uitest
