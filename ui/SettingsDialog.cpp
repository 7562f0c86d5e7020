#include "SettingsDialog.h"

#include "settings/AppSettings.h"
#include "settings/Translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mb {

namespace {

// A language's own name, so a user who cannot read the current one still finds theirs.
QString nativeName(const QString &code)
{
    if (code == u"en")
        return QStringLiteral("English");
    if (code == u"de")
        return QStringLiteral("Deutsch");
    if (code == u"ru")
        return QStringLiteral("Русский");
    const QLocale locale(code);
    const QString name = locale.nativeLanguageName();
    return name.isEmpty() ? code : name;
}

} // namespace

SettingsDialog::SettingsDialog(AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_proxy(new QComboBox(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_caFile(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Choose…"), this))
    , m_caProblem(new QLabel(this))
    , m_enterprise(new QCheckBox(tr("Enterprise plan (250 requests at 5 per second)"), this))
    , m_language(new QComboBox(this))
{
    setWindowTitle(tr("Settings"));

    m_proxy->setAccessibleName(tr("Proxy"));
    m_proxy->addItem(tr("The system's proxy settings"), int(NetworkSettings::Proxy::System));
    m_proxy->addItem(tr("No proxy"), int(NetworkSettings::Proxy::None));
    m_proxy->addItem(tr("HTTP proxy"), int(NetworkSettings::Proxy::Http));
    m_proxy->addItem(tr("SOCKS5 proxy"), int(NetworkSettings::Proxy::Socks5));
    connect(m_proxy, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateProxyFields);
    m_host->setAccessibleName(tr("Proxy host"));
    m_host->setPlaceholderText(QStringLiteral("proxy.example.com"));
    m_port->setAccessibleName(tr("Proxy port"));
    m_port->setRange(1, 65535);
    m_port->setValue(3128);

    m_caFile->setAccessibleName(tr("Extra certificate authority file"));
    m_caFile->setPlaceholderText(tr("None: only the system's certificate authorities"));
    m_caFile->setClearButtonEnabled(true);
    m_browse->setAccessibleName(tr("Choose a certificate authority file"));
    m_browse->setAutoDefault(false);
    connect(m_browse, &QPushButton::clicked, this, &SettingsDialog::chooseCaFile);
    m_caProblem->setWordWrap(true);

    m_enterprise->setAccessibleName(tr("Enterprise rate limits"));

    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("The system's language"), QString());
    for (const QString &code : Translations::available())
        m_language->addItem(nativeName(code), code);

    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    hostRow->addWidget(new QLabel(tr("Port:"), this));
    hostRow->addWidget(m_port);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_browse);

    auto *form = new QFormLayout;
    form->addRow(tr("Proxy:"), m_proxy);
    form->addRow(tr("Proxy host:"), hostRow);
    form->addRow(tr("Extra certificate authorities:"), caRow);
    form->addRow(QString(), m_caProblem);
    form->addRow(tr("Rate limits:"), m_enterprise);
    form->addRow(tr("Language:"), m_language);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save the settings"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    load();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::load()
{
    m_proxy->setCurrentIndex(qMax(0, m_proxy->findData(int(m_settings->proxy()))));
    m_host->setText(m_settings->proxyHost());
    if (m_settings->proxyPort() != 0)
        m_port->setValue(m_settings->proxyPort());
    m_caFile->setText(m_settings->caFile());
    QString problem;
    m_settings->sessionSettings(&problem);
    m_caProblem->setText(problem);
    m_caProblem->setVisible(!problem.isEmpty());
    m_enterprise->setChecked(m_settings->enterpriseLimits());
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_settings->language())));
    updateProxyFields();
}

void SettingsDialog::updateProxyFields()
{
    const auto proxy = NetworkSettings::Proxy(m_proxy->currentData().toInt());
    const bool manual =
        proxy == NetworkSettings::Proxy::Http || proxy == NetworkSettings::Proxy::Socks5;
    m_host->setEnabled(manual);
    m_port->setEnabled(manual);
}

void SettingsDialog::chooseCaFile()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Extra certificate authorities"), m_caFile->text(),
                                     tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_caFile->setText(file);
}

void SettingsDialog::save()
{
    const auto proxy = NetworkSettings::Proxy(m_proxy->currentData().toInt());
    const bool manual =
        proxy == NetworkSettings::Proxy::Http || proxy == NetworkSettings::Proxy::Socks5;
    m_settings->setProxy(proxy, manual ? m_host->text().trimmed() : QString(),
                         manual ? quint16(m_port->value()) : 0);
    m_settings->setCaFile(m_caFile->text().trimmed());
    m_settings->setEnterpriseLimits(m_enterprise->isChecked());
    m_settings->setLanguage(m_language->currentData().toString());
}

void SettingsDialog::accept()
{
    save();
    QDialog::accept();
}

} // namespace mb
