#include "WelcomePanel.h"

#include <QHBoxLayout>
#include <QPushButton>

namespace mb {

WelcomePanel::WelcomePanel(QWidget *parent)
    : QWidget(parent)
    , m_add(new QPushButton(tr("Add account…"), this))
    , m_sample(new QPushButton(tr("Try the sample portal"), this))
{
    setAccessibleName(tr("Getting started"));
    m_add->setAccessibleName(tr("Add an account"));
    m_sample->setAccessibleName(tr("Try the sample portal"));
    m_add->setDefault(true);
    connect(m_add, &QPushButton::clicked, this, &WelcomePanel::addAccountRequested);
    connect(m_sample, &QPushButton::clicked, this, &WelcomePanel::samplePortalRequested);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_add);
    layout->addWidget(m_sample);
    layout->addStretch(1);
}

} // namespace mb
