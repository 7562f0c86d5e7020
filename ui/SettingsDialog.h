#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace mb {

class AppSettings;

// The preferences: the proxy (the system's, none, or a manual HTTP or SOCKS5 one), an extra
// certificate authority file, the Enterprise plan's rate limits and the language. Shows what
// AppSettings holds and writes it back on OK; main() then applies the language and the
// session settings.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(AppSettings *settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // Writes the fields to AppSettings (what OK does).
    void save();

    QComboBox *proxyField() const { return m_proxy; }
    QLineEdit *proxyHostField() const { return m_host; }
    QSpinBox *proxyPortField() const { return m_port; }
    QLineEdit *caFileField() const { return m_caFile; }
    QPushButton *caFileButton() const { return m_browse; }
    QCheckBox *enterpriseField() const { return m_enterprise; }
    QComboBox *languageField() const { return m_language; }

    void accept() override;

private:
    void load();
    void updateProxyFields();
    void chooseCaFile();

    AppSettings *m_settings;
    QComboBox *m_proxy;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_caFile;
    QPushButton *m_browse;
    QLabel *m_caProblem;
    QCheckBox *m_enterprise;
    QComboBox *m_language;
};

} // namespace mb
