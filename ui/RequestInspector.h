#pragma once

#include "FileDialogs.h"

#include <QDockWidget>
#include <QPointer>

#include <functional>

class QLabel;
class QMessageBox;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace mb {

class RequestLogModel;
class RestClient;
struct Exchange;

// The request inspector: a dock over a RequestLogModel. The table lists the exchanges of the
// watched client (method in full, the portal's host); the selected one's URL (only secrets
// masked), request and response bodies (indented JSON) and the portal's `time` are shown
// read-only below. "Copy as curl" copies the exchange as a command with the secret masked;
// "Copy as curl with secret…" warns first, then copies one that works on its own. "Save
// diagnostics…" writes the (redacted) log to a file. Hidden by default; the window toggles
// it with toggleViewAction().
class RequestInspector : public QDockWidget
{
    Q_OBJECT
public:
    explicit RequestInspector(QWidget *parent = nullptr);

    // Watches `client` from now on (null: none); the previous one is no longer watched. A
    // new client starts an empty log; without one, what was recorded stays to be saved.
    void setClient(RestClient *client);

    RequestLogModel *model() const { return m_log; }
    QTableView *table() const { return m_table; }
    QPlainTextEdit *urlView() const { return m_url; }
    QPlainTextEdit *requestView() const { return m_request; }
    QPlainTextEdit *responseView() const { return m_response; }
    QPlainTextEdit *timeView() const { return m_time; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *copyCurlButton() const { return m_copyCurl; }
    QPushButton *copyCurlWithSecretButton() const { return m_copyCurlSecret; }

    // The selected exchange as curl, secret masked; empty without a selection.
    QString curlCommand() const;
    // The line beside the buttons ("Copied as curl, secret masked.").
    QString statusText() const;

    void setSaveFileNameProvider(SaveFileNameProvider provider) { m_askFile = std::move(provider); }

public Q_SLOTS:
    // Asks for a file name and writes the diagnostics there.
    void saveDiagnostics();
    // Puts curlCommand() on the clipboard.
    void copyAsCurl();
    // Opens (not exec) a warning; only its "Copy with Secret" puts the signed command on the
    // clipboard. Null when there is nothing to copy or the session is gone.
    QMessageBox *copyAsCurlWithSecret();

Q_SIGNALS:
    // After saveDiagnostics(): `error` is empty on success.
    void diagnosticsSaved(const QString &fileName, const QString &error);

private:
    void showSelected();
    const Exchange *selectedExchange() const;
    // Shows `text()` now and again after a language change.
    void setStatus(std::function<QString()> text);

    RequestLogModel *m_log;
    QPointer<RestClient> m_client;
    QTableView *m_table;
    QPlainTextEdit *m_url;
    QPlainTextEdit *m_request;
    QPlainTextEdit *m_response;
    QPlainTextEdit *m_time;
    QPushButton *m_save;
    QPushButton *m_copyCurl;
    QPushButton *m_copyCurlSecret;
    QLabel *m_status;
    std::function<QString()> m_statusText;
    SaveFileNameProvider m_askFile = askSaveFileName;
};

} // namespace mb
