<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Account</name>
    <message>
        <source>%1 @ %2</source>
        <translation>%1 @ %2</translation>
    </message>
</context>
<context>
    <name>AccountLookup</name>
    <message>
        <source>&apos;%1 accounts&apos; lists them.</source>
        <translation>„%1 accounts“ listet sie auf.</translation>
    </message>
</context>
<context>
    <name>ClientSettings</name>
    <message>
        <source>&apos;%1&apos; is not an authorization server address such as https://oauth.bitrix.info/.</source>
        <translation>„%1“ ist keine Adresse eines Autorisierungsservers wie https://oauth.bitrix.info/.</translation>
    </message>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Die CA-Datei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a proxy such as http://proxy.example.com:3128, socks5://127.0.0.1:1080, none or system.</source>
        <translation>„%1“ ist kein Proxy wie http://proxy.example.com:3128, socks5://127.0.0.1:1080, none oder system.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Incoming webhook URL (default: $B24_WEBHOOK_URL).</source>
        <translation>URL des eingehenden Webhooks (Standard: $B24_WEBHOOK_URL).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Zusätzlich den CA-Zertifikaten in dieser PEM-Datei vertrauen.</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>JSON statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>Give up on a request after N milliseconds.</source>
        <translation>Eine Anfrage nach N Millisekunden abbrechen.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Retry a failed read at most N times (default 3).</source>
        <translation>Einen fehlgeschlagenen Lesevorgang höchstens N-mal wiederholen (Standard 3).</translation>
    </message>
    <message>
        <source>Log every HTTP exchange to stderr, secrets masked.</source>
        <translation>Jede HTTP-Anfrage samt Antwort auf stderr protokollieren (Geheimnisse maskiert).</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Only mailboxes whose name contains TEXT.</source>
        <translation>Nur Postfächer, deren Name TEXT enthält.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Only mailboxes whose address contains TEXT.</source>
        <translation>Nur Postfächer, deren Adresse TEXT enthält.</translation>
    </message>
    <message>
        <source>Fetch at most N items.</source>
        <translation>Höchstens N Einträge abrufen.</translation>
    </message>
    <message>
        <source>Only these fields, comma-separated (e.g. id,email).</source>
        <translation>Nur diese Felder, durch Kommas getrennt (z. B. id,email).</translation>
    </message>
    <message>
        <source>FIELDS</source>
        <translation>FELDER</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;%1 &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation>„%1 &lt;Befehl&gt; --help“ zeigt die Optionen eines Befehls an.</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebungsvariablen:</translation>
    </message>
    <message>
        <source>  B24_WEBHOOK_URL   webhook URL, used when --webhook is not given</source>
        <translation>  B24_WEBHOOK_URL   Webhook-URL, falls --webhook nicht angegeben ist</translation>
    </message>
    <message>
        <source>  B24_ACCESS_TOKEN  OAuth access token for --portal</source>
        <translation>  B24_ACCESS_TOKEN  OAuth-Zugriffstoken für --portal</translation>
    </message>
    <message>
        <source>Exit status:</source>
        <translation>Exit-Status:</translation>
    </message>
    <message>
        <source>Lists and inspects the mailboxes of a Bitrix24 portal.</source>
        <translation>Listet die Postfächer eines Bitrix24-Portals auf und zeigt Details dazu an.</translation>
    </message>
    <message>
        <source>command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>One of the commands below.</source>
        <translation>Einer der unten aufgeführten Befehle.</translation>
    </message>
    <message>
        <source>&lt;command&gt;</source>
        <translation>&lt;Befehl&gt;</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs an argument: %2.</source>
        <translation>„%1“ benötigt ein Argument: %2.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a mailbox id.</source>
        <translation>„%1“ ist keine Postfach-ID.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a non-empty %2.</source>
        <translation>„%1“ benötigt einen nicht leeren Wert für %2.</translation>
    </message>
    <message>
        <source>--webhook and --portal cannot be used together.</source>
        <translation>--webhook und --portal können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <source>--timeout-ms needs a positive number of milliseconds, not &apos;%1&apos;.</source>
        <translation>--timeout-ms erwartet eine positive Anzahl Millisekunden, nicht „%1“.</translation>
    </message>
    <message>
        <source>--retries needs a number from 0 to %1, not &apos;%2&apos;.</source>
        <translation>--retries erwartet eine Zahl von 0 bis %1, nicht „%2“.</translation>
    </message>
    <message>
        <source>--limit needs a positive number, not &apos;%1&apos;.</source>
        <translation>--limit erwartet eine positive Zahl, nicht „%1“.</translation>
    </message>
    <message>
        <source>--select needs at least one field name.</source>
        <translation>--select erwartet mindestens einen Feldnamen.</translation>
    </message>
    <message>
        <source>Portal address; the OAuth access token is read from $B24_ACCESS_TOKEN. For &apos;login&apos;: the portal to sign in to.</source>
        <translation>Portaladresse; das OAuth-Zugriffstoken wird aus $B24_ACCESS_TOKEN gelesen. Für „login“: das Portal, bei dem Sie sich anmelden.</translation>
    </message>
    <message>
        <source>Use this saved account (its name or id; default: the current account).</source>
        <translation>Dieses gespeicherte Konto verwenden (Name oder ID; Standard: das aktuelle Konto).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>OAuth authorization server for sign-in and token refresh (default https://oauth.bitrix.info/).</source>
        <translation>OAuth-Autorisierungsserver für die Anmeldung und die Token-Erneuerung (Standard https://oauth.bitrix.info/).</translation>
    </message>
    <message>
        <source>Call the account NAME (default: the portal&apos;s host name).</source>
        <translation>Das Konto NAME nennen (Standard: der Hostname des Portals).</translation>
    </message>
    <message>
        <source>Call each mail method once per account and report what works.</source>
        <translation>Jede Mail-Methode einmal pro Konto aufrufen und melden, was funktioniert.</translation>
    </message>
    <message>
        <source>The application&apos;s client_id (default: that of the saved account of the portal).</source>
        <translation>Die Client-ID der Anwendung (Standard: die des gespeicherten Kontos für das Portal).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Read the client secret from this environment variable (default $B24_CLIENT_SECRET, else the keychain, else standard input).</source>
        <translation>Das Client-Secret aus dieser Umgebungsvariablen lesen (Standard $B24_CLIENT_SECRET, sonst der Schlüsselbund, sonst die Standardeingabe).</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <source>Do not listen for a redirect: read the code the portal shows (or the address the browser ended on) from standard input.</source>
        <translation>Nicht auf eine Weiterleitung warten: den Code, den das Portal anzeigt (oder die Adresse, bei der der Browser gelandet ist), von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Do not start a browser; only print the sign-in address.</source>
        <translation>Keinen Browser starten, nur die Anmeldeadresse ausgeben.</translation>
    </message>
    <message>
        <source>  B24_CLIENT_SECRET the application&apos;s client secret for &apos;login&apos;</source>
        <translation>  B24_CLIENT_SECRET Client-Secret der Anwendung für „login“</translation>
    </message>
    <message>
        <source>Without --webhook, --portal or --account (and without $B24_WEBHOOK_URL) the current account is used: the last one added, signed in or chosen.</source>
        <translation>Ohne --webhook, --portal oder --account (und ohne $B24_WEBHOOK_URL) wird das aktuelle Konto verwendet: das zuletzt hinzugefügte, angemeldete oder ausgewählte.</translation>
    </message>
    <message>
        <source>--account cannot be used together with --webhook or --portal.</source>
        <translation>--account kann nicht zusammen mit --webhook oder --portal verwendet werden.</translation>
    </message>
    <message>
        <source>--account needs an account name or id.</source>
        <translation>--account erwartet einen Kontonamen oder eine Konto-ID.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not take %2.</source>
        <translation>„%1“ akzeptiert %2 nicht.</translation>
    </message>
    <message>
        <source>&apos;login&apos; needs --portal URL, or --account NAME to sign in again.</source>
        <translation>„login“ benötigt --portal URL oder, für eine erneute Anmeldung, --account NAME.</translation>
    </message>
    <message>
        <source>--name needs a non-empty name.</source>
        <translation>--name erwartet einen nicht leeren Namen.</translation>
    </message>
    <message>
        <source>--client-id needs the application&apos;s client_id.</source>
        <translation>--client-id erwartet die Client-ID der Anwendung.</translation>
    </message>
    <message>
        <source>--client-secret-env needs the name of an environment variable.</source>
        <translation>--client-secret-env erwartet den Namen einer Umgebungsvariablen.</translation>
    </message>
    <message>
        <source>--redirect-port needs a port number from 0 to 65535, not &apos;%1&apos;.</source>
        <translation>--redirect-port erwartet eine Portnummer von 0 bis 65535, nicht „%1“.</translation>
    </message>
    <message>
        <source>Listen for the portal&apos;s redirect on this port (default: any free port). Use the port of the handler address on the application&apos;s card.</source>
        <translation>Auf diesem Port auf die Weiterleitung des Portals warten (Standard: ein beliebiger freier Port). Verwenden Sie den Port der Handler-Adresse aus der Anwendungskarte.</translation>
    </message>
    <message>
        <source>The host of the handler address on the application&apos;s card: 127.0.0.1 (default) or localhost, e.g. for http://localhost:7000/.</source>
        <translation>Der Host der Handler-Adresse aus der Anwendungskarte: 127.0.0.1 (Standard) oder localhost, z. B. für http://localhost:7000/.</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>Warning: a webhook URL given as a command-line argument can be read by other users of this computer in the process list, and it stays in the shell history. Set $B24_WEBHOOK_URL instead, or save the webhook once with &apos;%1 add-webhook -&apos;, which reads the URL from standard input.</source>
        <translation>Warnung: Eine als Befehlszeilenargument übergebene Webhook-URL können andere Benutzer dieses Computers in der Prozessliste lesen, und sie bleibt im Shell-Verlauf. Setzen Sie stattdessen $B24_WEBHOOK_URL, oder speichern Sie den Webhook einmalig mit „%1 add-webhook -“, das die URL von der Standardeingabe liest.</translation>
    </message>
    <message>
        <source>--redirect-host needs 127.0.0.1 or localhost, not &apos;%1&apos;.</source>
        <translation>--redirect-host erwartet 127.0.0.1 oder localhost, nicht „%1“.</translation>
    </message>
    <message>
        <source>--paste-code cannot be used together with %1.</source>
        <translation>--paste-code kann nicht zusammen mit %1 verwendet werden.</translation>
    </message>
    <message>
        <source>Reach the portal through this proxy: http://HOST:PORT, socks5://HOST:PORT, &apos;none&apos; or &apos;system&apos; (default: the system&apos;s, from http_proxy, https_proxy and no_proxy). Addresses on this computer never go through a proxy.</source>
        <translation>Das Portal über diesen Proxy erreichen: http://HOST:PORT, socks5://HOST:PORT, „none“ oder „system“ (Standard: der Proxy des Systems, aus http_proxy, https_proxy und no_proxy). Adressen auf diesem Computer werden nie über einen Proxy erreicht.</translation>
    </message>
    <message>
        <source>When the portal pauses a method for a while, wait at most SECONDS in all for it (default 60); longer pauses end the command with exit status 5.</source>
        <translation>Wenn das Portal eine Methode eine Weile pausiert, insgesamt höchstens SEKUNDEN darauf warten (Standard 60); längere Pausen beenden den Befehl mit Exit-Status 5.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>Show the TLS backend in use (schannel on Windows) and exit.</source>
        <translation>Das verwendete TLS-Backend anzeigen (unter Windows schannel) und beenden.</translation>
    </message>
    <message>
        <source>--max-wait needs a number of seconds from 0 to %1, not &apos;%2&apos;.</source>
        <translation>--max-wait braucht eine Anzahl Sekunden von 0 bis %1, nicht „%2“.</translation>
    </message>
    <message>
        <source>Follow the portal when it redirects to another domain (it moved, or changed hands); saved accounts keep the new address. Without it such a move ends the command with exit status 6 and sends nothing there.</source>
        <translation>Dem Portal folgen, wenn es auf eine andere Domain umleitet (es ist umgezogen oder hat den Besitzer gewechselt); gespeicherte Konten behalten die neue Adresse. Ohne diese Option beendet ein solcher Umzug den Befehl mit Exit-Status 6, und nichts wird dorthin gesendet.</translation>
    </message>
    <message>
        <source>  0 success, 2 usage error, 3 authentication, permission or keychain problem,
  4 other portal error, 5 network or TLS failure, or a method paused by the
  portal for longer than --max-wait (the message says when to retry),
  6 unexpected answer, or a portal that moved to another domain (see
  --allow-move)</source>
        <translation>  0 Erfolg, 2 Aufruffehler, 3 Problem mit Authentifizierung, Berechtigung oder Schlüsselbund,
  4 sonstiger Portalfehler, 5 Netzwerk- oder TLS-Fehler oder eine vom Portal länger
  als --max-wait pausierte Methode (die Meldung sagt, wann Sie es erneut versuchen können),
  6 unerwartete Antwort oder ein auf eine andere Domain umgezogenes Portal (siehe
  --allow-move)</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>--portal needs an access token in %1.</source>
        <translation>--portal benötigt ein Zugriffstoken in %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a portal address such as https://example.bitrix24.com/.</source>
        <translation>„%1“ ist keine Portaladresse wie https://example.bitrix24.com/.</translation>
    </message>
    <message>
        <source>The webhook URL is not usable: %1</source>
        <translation>Die Webhook-URL ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>%1: HTTP %2 in %3 ms</source>
        <translation>%1: HTTP %2 in %3 ms</translation>
    </message>
    <message>
        <source>%1: no HTTP answer after %2 ms</source>
        <translation>%1: keine HTTP-Antwort nach %2 ms</translation>
    </message>
    <message>
        <source>No portal to talk to: pass --webhook URL, set %1, use --portal with %2, or save an account with &apos;%3 login&apos; or &apos;%3 add-webhook&apos;.</source>
        <translation>Kein Portal angegeben: Übergeben Sie --webhook URL, setzen Sie %1, verwenden Sie --portal mit %2, oder speichern Sie ein Konto mit „%3 login“ oder „%3 add-webhook“.</translation>
    </message>
    <message>
        <source>Warning: the renewed sign-in could not be saved in the keychain and will be lost when this run ends: %1</source>
        <translation>Warnung: Die erneuerte Anmeldung konnte nicht im Schlüsselbund gespeichert werden und geht verloren, sobald dieser Aufruf endet: %1</translation>
    </message>
    <message>
        <source>Warning: the account&apos;s settings could not be saved: %1</source>
        <translation>Warnung: Die Einstellungen des Kontos konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Run &apos;%1 add-webhook -&apos; and paste the webhook&apos;s current address.</source>
        <translation>Führen Sie „%1 add-webhook -“ aus und fügen Sie die aktuelle Adresse des Webhooks ein.</translation>
    </message>
    <message>
        <source>Run &apos;%1 login --portal %2&apos; to sign in again.</source>
        <translation>Führen Sie „%1 login --portal %2“ aus, um sich erneut anzumelden.</translation>
    </message>
    <message>
        <source>The sign-in of “%1” has expired or was revoked on the portal. %2</source>
        <translation>Die Anmeldung für „%1“ ist abgelaufen oder wurde im Portal widerrufen. %2</translation>
    </message>
    <message>
        <source>Warning: the renewed access token could not be saved in the keychain: %1</source>
        <translation>Warnung: Das erneuerte Zugriffstoken konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Warning: the portal&apos;s new address could not be saved in the keychain; the account keeps the old one: %1</source>
        <translation>Warnung: Die neue Adresse des Portals konnte nicht im Schlüsselbund gespeichert werden; das Konto behält die alte: %1</translation>
    </message>
    <message>
        <source>%1 Nothing was sent to the new address. If you expect this move, run the command again with --allow-move; a saved account then keeps the new address.</source>
        <translation>%1 An die neue Adresse wurde nichts gesendet. Wenn Sie diesen Umzug erwarten, führen Sie den Befehl erneut mit --allow-move aus; ein gespeichertes Konto behält dann die neue Adresse.</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Try &apos;%1 --help&apos; for more information.</source>
        <translation>„%1 --help“ liefert weitere Informationen.</translation>
    </message>
</context>
<context>
    <name>MailApi</name>
    <message>
        <source>an answer without “item”</source>
        <translation>eine Antwort ohne „item“</translation>
    </message>
</context>
<context>
    <name>MethodPermission</name>
    <message>
        <source>works</source>
        <translation>funktioniert</translation>
    </message>
    <message>
        <source>missing “mail” scope</source>
        <translation>Berechtigung (Scope) „mail“ fehlt</translation>
    </message>
    <message>
        <source>no access</source>
        <translation>kein Zugriff</translation>
    </message>
    <message>
        <source>sign-in needed</source>
        <translation>Anmeldung erforderlich</translation>
    </message>
    <message>
        <source>not available on this portal</source>
        <translation>auf diesem Portal nicht verfügbar</translation>
    </message>
    <message>
        <source>could not be checked</source>
        <translation>konnte nicht geprüft werden</translation>
    </message>
</context>
<context>
    <name>OAuthError</name>
    <message>
        <source>No error</source>
        <translation>Kein Fehler</translation>
    </message>
    <message>
        <source>This is not a usable portal address. Use the https:// address of your Bitrix24, e.g. https://example.bitrix24.com/</source>
        <translation>Dies ist keine verwendbare Portaladresse. Verwenden Sie die https://-Adresse Ihres Bitrix24, z. B. https://example.bitrix24.com/</translation>
    </message>
    <message>
        <source>The authorization server address is not usable (https:// is required).</source>
        <translation>Die Adresse des Autorisierungsservers ist nicht verwendbar (https:// ist erforderlich).</translation>
    </message>
    <message>
        <source>The application&apos;s client ID and client secret are needed to sign in. Copy them from the application&apos;s card on the portal.</source>
        <translation>Zum Anmelden werden die Client-ID und das Client-Secret der Anwendung benötigt. Kopieren Sie beide aus der Anwendungskarte im Portal.</translation>
    </message>
    <message>
        <source>Mailbox Browser could not listen for the portal&apos;s answer on this computer. Another program may use the port registered as the redirect address; close it or choose another port.</source>
        <translation>Mailbox Browser konnte auf diesem Computer nicht auf die Antwort des Portals warten. Möglicherweise belegt ein anderes Programm den Port, der als Weiterleitungsadresse registriert ist; beenden Sie es oder wählen Sie einen anderen Port.</translation>
    </message>
    <message>
        <source>The web browser could not be opened. Open the sign-in address yourself, or paste the code the portal shows.</source>
        <translation>Der Webbrowser konnte nicht geöffnet werden. Öffnen Sie die Anmeldeadresse selbst oder fügen Sie den Code ein, den das Portal anzeigt.</translation>
    </message>
    <message>
        <source>The portal did not send the browser back to Mailbox Browser in time. If the portal showed its own error page (access denied, application not installed or redirect address not registered), fix that on the portal and sign in again, or paste the code the portal shows.</source>
        <translation>Das Portal hat den Browser nicht rechtzeitig zu Mailbox Browser zurückgeleitet. Wenn das Portal eine eigene Fehlerseite angezeigt hat (Zugriff verweigert, Anwendung nicht installiert oder Weiterleitungsadresse nicht registriert), beheben Sie das im Portal und melden Sie sich erneut an, oder fügen Sie den Code ein, den das Portal anzeigt.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer did not belong to this sign-in (it may come from an older browser tab), so it was ignored. Sign in again.</source>
        <translation>Die Antwort des Portals gehörte nicht zu dieser Anmeldung (sie stammt vielleicht aus einem älteren Browser-Tab) und wurde daher ignoriert. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Access was not granted on the portal. Sign in again and allow access.</source>
        <translation>Der Zugriff wurde im Portal nicht gewährt. Melden Sie sich erneut an und erlauben Sie den Zugriff.</translation>
    </message>
    <message>
        <source>No authorization code was found. Paste the code the portal shows, or the whole address the browser was sent to.</source>
        <translation>Es wurde kein Autorisierungscode gefunden. Fügen Sie den Code ein, den das Portal anzeigt, oder die vollständige Adresse, zu der der Browser weitergeleitet wurde.</translation>
    </message>
    <message>
        <source>The portal refused the authorization code: a code works only once and only for 30 seconds. Sign in again.</source>
        <translation>Das Portal hat den Autorisierungscode abgelehnt: Ein Code gilt nur einmal und nur 30 Sekunden lang. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in has expired or was revoked on the portal. Sign in again.</source>
        <translation>Die Anmeldung ist abgelaufen oder wurde im Portal widerrufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The authorization server refused the application&apos;s client ID or client secret, or the application is not installed on this portal. Check both values in the application&apos;s card.</source>
        <translation>Der Autorisierungsserver hat die Client-ID oder das Client-Secret der Anwendung abgelehnt, oder die Anwendung ist auf diesem Portal nicht installiert. Prüfen Sie beide Werte in der Anwendungskarte.</translation>
    </message>
    <message>
        <source>The application asked for permissions its card on the portal does not allow.</source>
        <translation>Die Anwendung hat Berechtigungen angefordert, die ihre Anwendungskarte im Portal nicht erlaubt.</translation>
    </message>
    <message>
        <source>The portal&apos;s plan or trial period has ended; the application cannot be used until it is renewed.</source>
        <translation>Der Tarif oder Testzeitraum des Portals ist abgelaufen; die Anwendung kann erst nach einer Verlängerung wieder verwendet werden.</translation>
    </message>
    <message>
        <source>The authorization server refused the request as malformed.</source>
        <translation>Der Autorisierungsserver hat die Anfrage als fehlerhaft abgelehnt.</translation>
    </message>
    <message>
        <source>The authorization server reported an error.</source>
        <translation>Der Autorisierungsserver hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>The authorization server could not be reached. Check the network and try again.</source>
        <translation>Der Autorisierungsserver ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The authorization server sent an answer Mailbox Browser does not understand.</source>
        <translation>Der Autorisierungsserver hat eine Antwort gesendet, die Mailbox Browser nicht versteht.</translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>the answer holds no token pair</source>
        <translation>die Antwort enthält kein Tokenpaar</translation>
    </message>
</context>
<context>
    <name>RedirectPage</name>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Mailbox Browser received the portal&apos;s answer. You may close this window.</source>
        <translation>Mailbox Browser hat die Antwort des Portals erhalten. Sie können dieses Fenster schließen.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Mailbox Browser could not use this answer. Return to Mailbox Browser to see why. You may close this window.</source>
        <translation>Mailbox Browser konnte diese Antwort nicht verwenden. Den Grund erfahren Sie in Mailbox Browser. Sie können dieses Fenster schließen.</translation>
    </message>
    <message>
        <source>Nothing here</source>
        <translation>Hier gibt es nichts</translation>
    </message>
    <message>
        <source>This address only receives the portal&apos;s answer during sign-in.</source>
        <translation>Diese Adresse empfängt nur während der Anmeldung die Antwort des Portals.</translation>
    </message>
    <message>
        <source>en</source>
        <comment>HTML lang attribute of the page</comment>
        <translation>de</translation>
    </message>
</context>
<context>
    <name>RestError</name>
    <message>
        <source>No error</source>
        <translation>Kein Fehler</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>The portal did not answer in time</source>
        <translation>Das Portal hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Sichere Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The portal answered with an HTTP error</source>
        <translation>Das Portal hat mit einem HTTP-Fehler geantwortet</translation>
    </message>
    <message>
        <source>The portal&apos;s answer could not be understood</source>
        <translation>Die Antwort des Portals konnte nicht verstanden werden</translation>
    </message>
    <message>
        <source>Wrong authorization data</source>
        <translation>Falsche Anmeldedaten</translation>
    </message>
    <message>
        <source>The access token has expired</source>
        <translation>Das Zugriffstoken ist abgelaufen</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Anmeldung erforderlich</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>The application or webhook lacks the “mail” permission</source>
        <translation>Der Anwendung oder dem Webhook fehlt die Berechtigung (Scope) „mail“</translation>
    </message>
    <message>
        <source>The administrator has not approved this method</source>
        <translation>Der Administrator hat diese Methode nicht freigegeben</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>The request was rejected as invalid</source>
        <translation>Die Anfrage wurde als ungültig abgelehnt</translation>
    </message>
    <message>
        <source>Invalid page parameters</source>
        <translation>Ungültige Seitenparameter</translation>
    </message>
    <message>
        <source>Unknown field</source>
        <translation>Unbekanntes Feld</translation>
    </message>
    <message>
        <source>The portal does not offer this method (REST 3.0 needed)</source>
        <translation>Das Portal bietet diese Methode nicht an (REST 3.0 erforderlich)</translation>
    </message>
    <message>
        <source>Too many requests; the portal asks to slow down</source>
        <translation>Zu viele Anfragen; das Portal bittet um ein langsameres Tempo</translation>
    </message>
    <message>
        <source>This method used up its time budget; retry later</source>
        <translation>Diese Methode hat ihr Zeitbudget aufgebraucht; versuchen Sie es später erneut</translation>
    </message>
    <message>
        <source>REST access to the portal is blocked; contact Bitrix24 support</source>
        <translation>Der REST-Zugriff auf das Portal ist gesperrt; wenden Sie sich an den Bitrix24-Support</translation>
    </message>
    <message>
        <source>The portal requires HTTPS</source>
        <translation>Das Portal erfordert HTTPS</translation>
    </message>
    <message>
        <source>The portal reported an internal error</source>
        <translation>Das Portal hat einen internen Fehler gemeldet</translation>
    </message>
    <message>
        <source>The portal reported an error</source>
        <translation>Das Portal hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Unbekannter Fehler</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Fields: %1.</source>
        <translation>Felder: %1.</translation>
    </message>
    <message>
        <source>Check the internet connection and the proxy in Settings, then retry.</source>
        <translation>Prüfen Sie die Internetverbindung und den Proxy in den Einstellungen und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Retry. If it keeps happening, check the proxy in Settings or try later.</source>
        <translation>Versuchen Sie es erneut. Wenn es wieder passiert, prüfen Sie den Proxy in den Einstellungen oder versuchen Sie es später.</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate is not trusted here. If your company uses its own certificate authority, add its certificate in Settings; otherwise ask your IT administrator.</source>
        <translation>Dem Zertifikat des Portals wird hier nicht vertraut. Wenn Ihr Unternehmen eine eigene Zertifizierungsstelle verwendet, fügen Sie deren Zertifikat in den Einstellungen hinzu; andernfalls fragen Sie Ihren IT-Administrator.</translation>
    </message>
    <message>
        <source>The portal, or a proxy on the way, sent an error page. Retry later; if it persists, ask your portal administrator.</source>
        <translation>Das Portal oder ein Proxy auf dem Weg hat eine Fehlerseite gesendet. Versuchen Sie es später erneut; wenn es bleibt, fragen Sie Ihren Portal-Administrator.</translation>
    </message>
    <message>
        <source>Retry. If it persists, save the diagnostics (View &gt; Request Inspector) and send them to support.</source>
        <translation>Versuchen Sie es erneut. Wenn es bleibt, speichern Sie die Diagnose (Ansicht &gt; Anfrage-Inspektor) und senden Sie sie an den Support.</translation>
    </message>
    <message>
        <source>The webhook address or the sign-in is no longer valid: sign in again, or ask your portal administrator for a new webhook.</source>
        <translation>Die Webhook-Adresse oder die Anmeldung ist nicht mehr gültig: Melden Sie sich erneut an oder bitten Sie Ihren Portal-Administrator um einen neuen Webhook.</translation>
    </message>
    <message>
        <source>Sign in again; the app carries on where you were.</source>
        <translation>Melden Sie sich erneut an; die App macht dort weiter, wo Sie waren.</translation>
    </message>
    <message>
        <source>Your Bitrix24 user may not do this. Ask your portal administrator for access.</source>
        <translation>Ihr Bitrix24-Benutzer darf das nicht. Bitten Sie Ihren Portal-Administrator um Zugriff.</translation>
    </message>
    <message>
        <source>A portal administrator must approve this application&apos;s access to the method in Bitrix24.</source>
        <translation>Ein Portal-Administrator muss den Zugriff dieser Anwendung auf die Methode in Bitrix24 genehmigen.</translation>
    </message>
    <message>
        <source>It may have been removed or is no longer shared with you. Refresh the list.</source>
        <translation>Es wurde vielleicht entfernt oder wird nicht mehr mit Ihnen geteilt. Aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <source>The portal did not accept the request. Save the diagnostics (View &gt; Request Inspector) and send them to support.</source>
        <translation>Das Portal hat die Anfrage nicht angenommen. Speichern Sie die Diagnose (Ansicht &gt; Anfrage-Inspektor) und senden Sie sie an den Support.</translation>
    </message>
    <message>
        <source>This portal does not offer REST 3.0 yet. Ask your portal administrator about updating Bitrix24.</source>
        <translation>Dieses Portal bietet REST 3.0 noch nicht an. Fragen Sie Ihren Portal-Administrator nach einem Bitrix24-Update.</translation>
    </message>
    <message>
        <source>The app waits and retries by itself. An Enterprise plan allows more: turn its limits on in Settings.</source>
        <translation>Die App wartet und versucht es selbst erneut. Ein Enterprise-Tarif erlaubt mehr: Schalten Sie dessen Limits in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>The portal lets this method work again shortly; retry in a minute.</source>
        <translation>Das Portal lässt diese Methode bald wieder arbeiten; versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>Ask your portal administrator to contact Bitrix24 support to lift the block.</source>
        <translation>Bitten Sie Ihren Portal-Administrator, den Bitrix24-Support zu kontaktieren, um die Sperre aufzuheben.</translation>
    </message>
    <message>
        <source>Use the portal&apos;s https:// address.</source>
        <translation>Verwenden Sie die https://-Adresse des Portals.</translation>
    </message>
    <message>
        <source>Retry later. If it persists, ask your portal administrator or Bitrix24 support, with the diagnostics (View &gt; Request Inspector).</source>
        <translation>Versuchen Sie es später erneut. Wenn es bleibt, wenden Sie sich mit der Diagnose (Ansicht &gt; Anfrage-Inspektor) an Ihren Portal-Administrator oder den Bitrix24-Support.</translation>
    </message>
    <message>
        <source>This account may not read mailboxes: the portal has not granted the “mail” permission. Ask your portal administrator to add it.</source>
        <translation>Dieses Konto darf keine Postfächer lesen: Das Portal hat die Berechtigung (Scope) „mail“ nicht gewährt. Bitten Sie Ihren Portal-Administrator, sie hinzuzufügen.</translation>
    </message>
    <message>
        <source>Your Bitrix24 user may not read these mailboxes.</source>
        <translation>Ihr Bitrix24-Benutzer darf diese Postfächer nicht lesen.</translation>
    </message>
    <message>
        <source>Retry then; other methods keep working meanwhile.</source>
        <translation>Versuchen Sie es dann erneut; andere Methoden funktionieren inzwischen weiter.</translation>
    </message>
    <message>
        <source>%1 is available again at %2.</source>
        <translation>%1 ist ab %2 wieder verfügbar.</translation>
    </message>
    <message>
        <source>The portal moved to another domain</source>
        <translation>Das Portal ist auf eine andere Domain umgezogen</translation>
    </message>
    <message>
        <source>Follow it only if you expect this move: from then on the new address receives the account&apos;s sign-in.</source>
        <translation>Folgen Sie nur, wenn Sie diesen Umzug erwarten: Von da an erhält die neue Adresse die Anmeldedaten des Kontos.</translation>
    </message>
    <message>
        <source>The portal at %1 now redirects to %2, another domain.</source>
        <translation>Das Portal unter %1 leitet jetzt auf %2 um, eine andere Domain.</translation>
    </message>
</context>
<context>
    <name>SecretError</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No keychain is available to store passwords securely. Install and start a keychain such as GNOME Keyring or KWallet, or keep the sign-in for this session only.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, um Passwörter sicher zu speichern. Installieren und starten Sie einen Schlüsselbund wie GNOME Keyring oder KWallet, oder behalten Sie die Anmeldung nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert.</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt. Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No saved credentials for this account were found in the keychain.</source>
        <translation>Im Schlüsselbund wurden keine gespeicherten Zugangsdaten für dieses Konto gefunden.</translation>
    </message>
    <message>
        <source>The secret is too large to be stored in the keychain; nothing was saved.</source>
        <translation>Das Geheimnis ist zu groß für den Schlüsselbund; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The saved credentials could not be removed from the keychain.</source>
        <translation>Die gespeicherten Zugangsdaten konnten nicht aus dem Schlüsselbund entfernt werden.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time. It may be waiting for you to unlock it in another window, or its service may have stopped responding; try again.</source>
        <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet. Vielleicht wartet er in einem anderen Fenster darauf, entsperrt zu werden, oder sein Dienst reagiert nicht mehr; versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>SecretServiceProbe</name>
    <message>
        <source>No D-Bus session bus: %1</source>
        <translation>Kein D-Bus-Sitzungsbus: %1</translation>
    </message>
    <message>
        <source>Nothing provides %1 on the session bus</source>
        <translation>Kein Dienst stellt %1 auf dem Sitzungsbus bereit</translation>
    </message>
</context>
<context>
    <name>Subcommand</name>
    <message>
        <source>List the mailboxes you can see (every page unless --limit is given).</source>
        <translation>Die für Sie sichtbaren Postfächer auflisten (alle Seiten, sofern --limit nicht angegeben ist).</translation>
    </message>
    <message>
        <source>Show one mailbox.</source>
        <translation>Ein Postfach anzeigen.</translation>
    </message>
    <message>
        <source>The mailbox id, as shown by &apos;list&apos;.</source>
        <translation>Die Postfach-ID, wie sie „list“ anzeigt.</translation>
    </message>
    <message>
        <source>List the addresses you may send from.</source>
        <translation>Die Adressen auflisten, von denen Sie senden dürfen.</translation>
    </message>
    <message>
        <source>Describe the fields of a mailbox.</source>
        <translation>Die Felder eines Postfachs beschreiben.</translation>
    </message>
    <message>
        <source>Describe one mailbox field.</source>
        <translation>Ein Postfachfeld beschreiben.</translation>
    </message>
    <message>
        <source>The field name, as shown by &apos;fields&apos;.</source>
        <translation>Der Feldname, wie ihn „fields“ anzeigt.</translation>
    </message>
    <message>
        <source>List the saved accounts; --check tests what each may do.</source>
        <translation>Die gespeicherten Konten auflisten; --check prüft, was jedes davon darf.</translation>
    </message>
    <message>
        <source>Sign in to --portal with OAuth in the browser and save the account.</source>
        <translation>Sich im Browser per OAuth bei --portal anmelden und das Konto speichern.</translation>
    </message>
    <message>
        <source>Check an incoming webhook and save it as an account.</source>
        <translation>Einen eingehenden Webhook prüfen und als Konto speichern.</translation>
    </message>
    <message>
        <source>The webhook URL, or - to read it from standard input.</source>
        <translation>Die Webhook-URL oder -, um sie von der Standardeingabe zu lesen.</translation>
    </message>
    <message>
        <source>Remove a saved account and its keychain entries.</source>
        <translation>Ein gespeichertes Konto und seine Einträge im Schlüsselbund entfernen.</translation>
    </message>
    <message>
        <source>The account&apos;s name or id, as shown by &apos;accounts&apos;.</source>
        <translation>Der Name oder die ID des Kontos, wie „accounts“ sie anzeigt.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Browse the mailboxes of a Bitrix24 portal.</source>
        <translation>Die Postfächer eines Bitrix24-Portals durchsuchen.</translation>
    </message>
    <message>
        <source>Start with the bundled sample portal.</source>
        <translation>Mit dem mitgelieferten Beispielportal starten.</translation>
    </message>
    <message>
        <source>The saved account to use with --pick-sender.</source>
        <translation>Das gespeicherte Konto für --pick-sender.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sample portal</source>
        <translation>Beispielportal</translation>
    </message>
    <message>
        <source>Give --help or --version as options of their own.</source>
        <translation>Geben Sie --help oder --version als eigene Optionen an.</translation>
    </message>
    <message>
        <source>Only choose a sender and print &quot;Name &lt;email&gt;&quot; (plain text, one line). Exit status: 0 a sender was chosen, 1 cancelled, 2 usage (a wrong option, no such account), 3 the portal or the network failed.</source>
        <translation>Nur einen Absender wählen und „Name &lt;E-Mail&gt;“ ausgeben (reiner Text, eine Zeile). Exit-Status: 0 ein Absender wurde gewählt, 1 abgebrochen, 2 Aufruffehler (falsche Option, Konto nicht vorhanden), 3 Fehler des Portals oder des Netzwerks.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>the sample portal</source>
        <translation>Beispielportal</translation>
    </message>
</context>
<context>
    <name>mb::AccountDialog</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the selected account</source>
        <translation>Das ausgewählte Konto öffnen</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Sign in again to the selected account</source>
        <translation>Beim ausgewählten Konto erneut anmelden</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected account</source>
        <translation>Das ausgewählte Konto entfernen</translation>
    </message>
    <message>
        <source>Add with OAuth…</source>
        <translation>Mit OAuth hinzufügen…</translation>
    </message>
    <message>
        <source>Add an account with OAuth</source>
        <translation>Ein Konto mit OAuth hinzufügen</translation>
    </message>
    <message>
        <source>Add webhook…</source>
        <translation>Webhook hinzufügen…</translation>
    </message>
    <message>
        <source>Add an account with a webhook</source>
        <translation>Ein Konto mit einem Webhook hinzufügen</translation>
    </message>
    <message>
        <source>Try the sample portal</source>
        <translation>Das Beispielportal ausprobieren</translation>
    </message>
    <message>
        <source>Add a webhook</source>
        <translation>Einen Webhook hinzufügen</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <source>Check and add</source>
        <translation>Prüfen und hinzufügen</translation>
    </message>
    <message>
        <source>Check and add the webhook</source>
        <translation>Den Webhook prüfen und hinzufügen</translation>
    </message>
    <message>
        <source>Add with OAuth</source>
        <translation>Mit OAuth hinzufügen</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Portaladresse</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>Use the fixed handler address</source>
        <translation>Die feste Handler-Adresse verwenden</translation>
    </message>
    <message>
        <source>Paste the code the portal shows</source>
        <translation>Den vom Portal angezeigten Code einfügen</translation>
    </message>
    <message>
        <source>Code from the portal</source>
        <translation>Code vom Portal</translation>
    </message>
    <message>
        <source>Use the code</source>
        <translation>Code verwenden</translation>
    </message>
    <message>
        <source>Use the pasted code</source>
        <translation>Den eingefügten Code verwenden</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in in the browser</source>
        <translation>Im Browser anmelden</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation>Die Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove the account “%1” and its secrets from this computer?</source>
        <translation>Das Konto „%1“ und seine Geheimnisse von diesem Computer entfernen?</translation>
    </message>
    <message>
        <source>Saved accounts</source>
        <translation>Gespeicherte Konten</translation>
    </message>
    <message>
        <source>Handler port</source>
        <translation>Handler-Port</translation>
    </message>
    <message>
        <source>There is no code in the pasted text.</source>
        <translation>Der eingefügte Text enthält keinen Code.</translation>
    </message>
    <message>
        <source>Portal address:</source>
        <translation>Portaladresse:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Client-Secret:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>What the open account may do:</source>
        <translation>Was das geöffnete Konto darf:</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <source>Register this handler address on the application&apos;s card: %1</source>
        <translation>Tragen Sie diese Handler-Adresse in der Anwendungskarte ein: %1</translation>
    </message>
    <message>
        <source>Leave the handler address empty on the application&apos;s card; paste the code the portal shows.</source>
        <translation>Lassen Sie die Handler-Adresse in der Anwendungskarte leer und fügen Sie den vom Portal angezeigten Code ein.</translation>
    </message>
    <message>
        <source>Checking the webhook…</source>
        <translation>Der Webhook wird geprüft…</translation>
    </message>
    <message>
        <source>Enter the portal&apos;s address, e.g. https://portal.bitrix24.com/.</source>
        <translation>Geben Sie die Adresse des Portals ein, z. B. https://portal.bitrix24.com/.</translation>
    </message>
    <message>
        <source>Enter the client ID from the application&apos;s card.</source>
        <translation>Geben Sie die Client-ID aus der Anwendungskarte ein.</translation>
    </message>
    <message>
        <source>The application was not granted the “mail” scope; the account is kept, but mailboxes cannot be read until the scope is added.</source>
        <translation>Der Anwendung wurde der Bereich „mail“ nicht gewährt; das Konto bleibt erhalten, aber Postfächer können erst gelesen werden, wenn der Bereich hinzugefügt wurde.</translation>
    </message>
    <message>
        <source>Approve the access in the browser. If it did not open, visit: %1</source>
        <translation>Bestätigen Sie den Zugriff im Browser. Falls er sich nicht geöffnet hat, besuchen Sie: %1</translation>
    </message>
    <message>
        <source>Signed in; saving the account…</source>
        <translation>Angemeldet; das Konto wird gespeichert…</translation>
    </message>
    <message>
        <source>The account was added.</source>
        <translation>Das Konto wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>The account “%1” was removed.</source>
        <translation>Das Konto „%1“ wurde entfernt.</translation>
    </message>
    <message>
        <source>The account “%1” was removed, but its keychain entries may remain: %2</source>
        <translation>Das Konto „%1“ wurde entfernt, seine Schlüsselbund-Einträge könnten aber verblieben sein: %2</translation>
    </message>
    <message>
        <source>The account “%1” was kept: %2</source>
        <translation>Das Konto „%1“ wurde beibehalten: %2</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <source>Enter the client secret and sign in; the account is continued.</source>
        <translation>Geben Sie das Client-Secret ein und melden Sie sich an; das Konto wird fortgeführt.</translation>
    </message>
    <message>
        <source>Paste the webhook&apos;s URL again; the account is updated.</source>
        <translation>Fügen Sie die URL des Webhooks erneut ein; das Konto wird aktualisiert.</translation>
    </message>
    <message>
        <source>Opened.</source>
        <translation>Geöffnet.</translation>
    </message>
    <message>
        <source>Signed in again, but the keychain did not store the new sign-in: %1</source>
        <translation>Erneut angemeldet, aber der Schlüsselbund hat die neue Anmeldung nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Signed in again; the account carries on.</source>
        <translation>Erneut angemeldet; das Konto macht weiter.</translation>
    </message>
    <message>
        <source>Signed in; storing the new sign-in…</source>
        <translation>Angemeldet; die neue Anmeldung wird gespeichert …</translation>
    </message>
    <message>
        <source>Sign in again in the browser; the stored client secret is used unless you enter another.</source>
        <translation>Melden Sie sich im Browser erneut an; das gespeicherte Client-Geheimnis wird verwendet, sofern Sie kein anderes eingeben.</translation>
    </message>
    <message>
        <source>Authorization server</source>
        <translation>Autorisierungsserver</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>Nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Keep sign-ins for this session only</source>
        <translation>Anmeldungen nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Show advanced sign-in settings</source>
        <translation>Erweiterte Anmeldeeinstellungen anzeigen</translation>
    </message>
    <message>
        <source>Where tokens are issued and renewed: %1 for Bitrix24 cloud portals; an on-premise portal may have its own.</source>
        <translation>Wo Token ausgestellt und erneuert werden: %1 für Bitrix24-Cloud-Portale; ein selbst gehostetes Portal hat möglicherweise einen eigenen.</translation>
    </message>
    <message>
        <source>Authorization server:</source>
        <translation>Autorisierungsserver:</translation>
    </message>
    <message>
        <source>OAuth</source>
        <translation>OAuth</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · this session only</source>
        <translation>%1 · nur diese Sitzung</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The authorization server must be an https address such as %1 (plain http only on this computer).</source>
        <translation>Der Autorisierungsserver muss eine https-Adresse wie %1 sein (einfaches http nur auf diesem Computer).</translation>
    </message>
</context>
<context>
    <name>mb::AccountManager</name>
    <message>
        <source>There is no saved account called “%1”.</source>
        <translation>Es gibt kein gespeichertes Konto namens „%1“.</translation>
    </message>
    <message>
        <source>%1 saved accounts are called “%2”; use the account&apos;s id instead.</source>
        <translation>%1 gespeicherte Konten heißen „%2“; verwenden Sie stattdessen die ID des Kontos.</translation>
    </message>
</context>
<context>
    <name>mb::AccountSession</name>
    <message>
        <source>The keychain holds no sign-in for “%1”. Sign in again.</source>
        <translation>Der Schlüsselbund enthält keine Anmeldung für „%1“. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in of “%1” could not be read from the keychain: %2</source>
        <translation>Die Anmeldung für „%1“ konnte nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <source>The sign-in could not be saved in the keychain: %1</source>
        <translation>Die Anmeldung konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>not an OAuth account</source>
        <translation>kein OAuth-Konto</translation>
    </message>
    <message>
        <source>There is no such account.</source>
        <translation>Dieses Konto gibt es nicht.</translation>
    </message>
    <message>
        <source>the stored webhook address is damaged</source>
        <translation>die gespeicherte Webhook-Adresse ist beschädigt</translation>
    </message>
    <message>
        <source>This account was made by a newer version.</source>
        <translation>Dieses Konto wurde von einer neueren Version angelegt.</translation>
    </message>
    <message>
        <source>There is nowhere to store the account.</source>
        <translation>Das Konto kann nirgends gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>mb::AccountStore</name>
    <message>
        <source>&quot;%1&quot; is not a portal address.</source>
        <translation>„%1“ ist keine Portaladresse.</translation>
    </message>
    <message>
        <source>The portal address must be the portal itself, such as https://example.bitrix24.com/, without a REST path or credentials.</source>
        <translation>Die Portaladresse muss auf das Portal selbst verweisen, z. B. https://example.bitrix24.com/, ohne REST-Pfad oder Zugangsdaten.</translation>
    </message>
    <message>
        <source>The authorization server address is not valid.</source>
        <translation>Die Adresse des Autorisierungsservers ist ungültig.</translation>
    </message>
    <message>
        <source>The sign-in method of the account is unknown.</source>
        <translation>Die Anmeldemethode des Kontos ist unbekannt.</translation>
    </message>
    <message>
        <source>The settings could not be saved to %1.</source>
        <translation>Die Einstellungen konnten nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid account id.</source>
        <translation>„%1“ ist keine gültige Konto-ID.</translation>
    </message>
    <message>
        <source>An account with the id %1 exists already.</source>
        <translation>Ein Konto mit der ID %1 existiert bereits.</translation>
    </message>
    <message>
        <source>There is no account with the id %1.</source>
        <translation>Es gibt kein Konto mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>mb::AppSettings</name>
    <message>
        <source>The proxy has no host or port; the system&apos;s proxy settings are used.</source>
        <translation>Für den Proxy fehlen Host oder Port; die Proxy-Einstellungen des Systems werden verwendet.</translation>
    </message>
    <message>
        <source>The certificate file %1 holds no readable PEM certificate; it is not used.</source>
        <translation>Die Zertifikatsdatei %1 enthält kein lesbares PEM-Zertifikat; sie wird nicht verwendet.</translation>
    </message>
</context>
<context>
    <name>mb::Credential</name>
    <message>
        <source>This credential cannot be renewed</source>
        <translation>Diese Zugangsdaten können nicht erneuert werden</translation>
    </message>
    <message>
        <source>“%1” is not a valid portal address.</source>
        <translation>„%1“ ist keine gültige Portaladresse.</translation>
    </message>
    <message>
        <source>Only https:// portal addresses are accepted (plain http only on this computer).</source>
        <translation>Es werden nur Portaladressen mit https:// akzeptiert (einfaches http nur auf diesem Computer).</translation>
    </message>
</context>
<context>
    <name>mb::ErrorBanner</name>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <source>Show error details</source>
        <translation>Fehlerdetails anzeigen</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Art: %1</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Fehlercode: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP-Status: %1</translation>
    </message>
    <message>
        <source>Portal says: %1</source>
        <translation>Meldung des Portals: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detail: %1</translation>
    </message>
    <message>
        <source>Sign In Again…</source>
        <translation>Erneut anmelden …</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Follow the portal to its new address</source>
        <translation>Dem Portal an seine neue Adresse folgen</translation>
    </message>
    <message>
        <source>Don&apos;t Follow</source>
        <translation>Nicht folgen</translation>
    </message>
    <message>
        <source>Stay on the portal&apos;s old address</source>
        <translation>Bei der alten Adresse des Portals bleiben</translation>
    </message>
</context>
<context>
    <name>mb::ExportFormat</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>mb::FieldModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Attributes the documentation does not describe:</source>
        <translation>Attribute, die die Dokumentation nicht beschreibt:</translation>
    </message>
    <message>
        <source>The portal did not send “%1” for this field.</source>
        <translation>Das Portal hat „%1“ für dieses Feld nicht gesendet.</translation>
    </message>
    <message>
        <source>Attributes the portal sends beyond the documented ones</source>
        <translation>Attribute, die das Portal über die dokumentierten hinaus sendet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Filterable</source>
        <translation>Filterbar</translation>
    </message>
    <message>
        <source>Sortable</source>
        <translation>Sortierbar</translation>
    </message>
    <message>
        <source>Editable</source>
        <translation>Bearbeitbar</translation>
    </message>
    <message>
        <source>Multiple</source>
        <translation>Mehrfach</translation>
    </message>
    <message>
        <source>Element type</source>
        <translation>Elementtyp</translation>
    </message>
    <message>
        <source>Validation rules</source>
        <translation>Validierungsregeln</translation>
    </message>
    <message>
        <source>Required groups</source>
        <translation>Pflichtgruppen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Weitere</translation>
    </message>
</context>
<context>
    <name>mb::KeychainBanner</name>
    <message>
        <source>Keep for this session only</source>
        <translation>Nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>Keep sign-ins for this session only</source>
        <translation>Anmeldungen nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>You can keep them for this session only: they are forgotten when you quit.</source>
        <translation>Sie können sie nur für diese Sitzung behalten: Beim Beenden werden sie verworfen.</translation>
    </message>
    <message>
        <source>No keychain is available, so Mailbox Browser cannot remember sign-ins. %1</source>
        <translation>Es ist kein Schlüsselbund verfügbar, daher kann sich Mailbox Browser keine Anmeldungen merken. %1</translation>
    </message>
    <message>
        <source>The keychain cannot be used now, so Mailbox Browser cannot remember sign-ins (%1). %2</source>
        <translation>Der Schlüsselbund ist zurzeit nicht nutzbar, daher kann sich Mailbox Browser keine Anmeldungen merken (%1). %2</translation>
    </message>
    <message>
        <source>Sign-ins are kept for this session only and forgotten when you quit.</source>
        <translation>Anmeldungen werden nur für diese Sitzung behalten und beim Beenden verworfen.</translation>
    </message>
</context>
<context>
    <name>mb::ListJob</name>
    <message>
        <source>the batch answer does not hold one result per command</source>
        <translation>die Batch-Antwort enthält nicht ein Ergebnis pro Befehl</translation>
    </message>
    <message>
        <source>a list answer without “items”</source>
        <translation>eine Listenantwort ohne „items“</translation>
    </message>
    <message>
        <source>a list row that is not an object</source>
        <translation>eine Listenzeile, die kein Objekt ist</translation>
    </message>
    <message>
        <source>the portal sent more rows than were asked for</source>
        <translation>das Portal hat mehr Zeilen gesendet als angefordert</translation>
    </message>
    <message>
        <source>the portal sent page %1 again as page %2</source>
        <translation>das Portal hat Seite %1 noch einmal als Seite %2 gesendet</translation>
    </message>
    <message numerus="yes">
        <source>the portal sent more than %Ln row(s)</source>
        <translation>
            <numerusform>das Portal hat mehr als %Ln Zeile gesendet</numerusform>
            <numerusform>das Portal hat mehr als %Ln Zeilen gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>the portal sent page %1 with only rows it had sent before</source>
        <translation>das Portal hat Seite %1 nur mit Zeilen gesendet, die es schon zuvor gesendet hatte</translation>
    </message>
    <message>
        <source>an answer without “result”</source>
        <translation>eine Antwort ohne „result“</translation>
    </message>
</context>
<context>
    <name>mb::LoadState</name>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>Loading… %n row(s)</source>
        <translation>
            <numerusform>Wird geladen… %n Zeile</numerusform>
            <numerusform>Wird geladen… %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not loaded — see the message above.</source>
        <translation>Nicht geladen — siehe die Meldung oben.</translation>
    </message>
</context>
<context>
    <name>mb::LoopbackRedirectListener</name>
    <message>
        <source>No free port on %1: %2</source>
        <translation>Kein freier Port auf %1: %2</translation>
    </message>
    <message>
        <source>Port %1 on %2 is already in use by another program.</source>
        <translation>Port %1 auf %2 wird bereits von einem anderen Programm verwendet.</translation>
    </message>
    <message>
        <source>Port %1 on %2 cannot be used: %3</source>
        <translation>Port %1 auf %2 kann nicht verwendet werden: %3</translation>
    </message>
</context>
<context>
    <name>mb::MailboxDetailModel</name>
    <message>
        <source>No account is open.</source>
        <translation>Es ist kein Konto geöffnet.</translation>
    </message>
    <message>
        <source>Not in the portal&apos;s field list</source>
        <translation>Nicht in der Feldliste des Portals</translation>
    </message>
    <message>
        <source>“%1” is not in the portal&apos;s field list: a field this program does not know yet.</source>
        <translation>„%1“ steht nicht in der Feldliste des Portals: ein Feld, das dieses Programm noch nicht kennt.</translation>
    </message>
    <message>
        <source>%1 (field “%2”)</source>
        <translation>%1 (Feld „%2“)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>mb::MailboxDetailPanel</name>
    <message>
        <source>Mailbox details</source>
        <translation>Postfachdetails</translation>
    </message>
    <message>
        <source>Full value of the selected field</source>
        <translation>Vollständiger Wert des ausgewählten Felds</translation>
    </message>
    <message>
        <source>Select a field to see its full value.</source>
        <translation>Wählen Sie ein Feld, um seinen vollständigen Wert zu sehen.</translation>
    </message>
    <message>
        <source>Whether this mailbox&apos;s address is one of the addresses you may send from (the Senders tab).</source>
        <translation>Ob die Adresse dieses Postfachs zu den Adressen gehört, von denen Sie senden dürfen (Registerkarte „Absender“).</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>Roh-JSON</translation>
    </message>
    <message>
        <source>Show or hide the mailbox exactly as the portal sent it</source>
        <translation>Das Postfach genau so, wie das Portal es gesendet hat, anzeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Raw JSON of the mailbox</source>
        <translation>Roh-JSON des Postfachs</translation>
    </message>
    <message>
        <source>Full value:</source>
        <translation>Vollständiger Wert:</translation>
    </message>
    <message>
        <source>Full value of “%1”:</source>
        <translation>Vollständiger Wert von „%1“:</translation>
    </message>
    <message>
        <source>Also a sender: not known yet (the sender list is not loaded)</source>
        <translation>Auch Absender: noch unbekannt (die Absenderliste ist nicht geladen)</translation>
    </message>
    <message>
        <source>Also a sender: yes</source>
        <translation>Auch Absender: ja</translation>
    </message>
    <message>
        <source>Also a sender: no</source>
        <translation>Auch Absender: nein</translation>
    </message>
</context>
<context>
    <name>mb::MailboxListModel</name>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <comment>mailbox tooltip: name &lt;address&gt;</comment>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Sender name: %1</source>
        <translation>Absendername: %1</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Absendername</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>mb::MainWindow</name>
    <message>
        <source>Mailbox Browser</source>
        <translation>Mailbox Browser</translation>
    </message>
    <message>
        <source>Search mailboxes</source>
        <translation>Postfächer durchsuchen</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Postfächer</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>&amp;Mailboxes</source>
        <translation>&amp;Postfächer</translation>
    </message>
    <message>
        <source>&amp;Senders</source>
        <translation>Ab&amp;sender</translation>
    </message>
    <message>
        <source>Bitrix24 lists only your own mailboxes and the mailboxes shared with you. Other users&apos; mailboxes do not appear here, so a short list is expected.</source>
        <translation>Bitrix24 listet nur Ihre eigenen Postfächer und die für Sie freigegebenen auf. Postfächer anderer Benutzer erscheinen hier nicht; eine kurze Liste ist also normal.</translation>
    </message>
    <message>
        <source>About this list</source>
        <translation>Über diese Liste</translation>
    </message>
    <message>
        <source>The mailboxes could not all be loaded: %1</source>
        <translation>Nicht alle Postfächer konnten geladen werden: %1</translation>
    </message>
    <message>
        <source>The fields a mailbox has, as the portal describes them.</source>
        <translation>Die Felder eines Postfachs, wie das Portal sie beschreibt.</translation>
    </message>
    <message>
        <source>Field reference</source>
        <translation>Feldreferenz</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Load the mailboxes and senders again (F5)</source>
        <translation>Postfächer und Absender neu laden (F5)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text (Ctrl+C)</source>
        <translation>Die ausgewählten Zeilen als tabulatorgetrennten Text kopieren (Strg+C)</translation>
    </message>
    <message>
        <source>Export Mailboxes as &amp;CSV…</source>
        <translation>Postfächer als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export Mailboxes as &amp;JSON…</source>
        <translation>Postfächer als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;Senders as CSV…</source>
        <translation>&amp;Absender als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export S&amp;enders as JSON…</source>
        <translation>Absender als JSON e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Konten…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Request &amp;Inspector</source>
        <translation>Anfrage-&amp;Inspektor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>The account changed before the export finished.</source>
        <translation>Das Konto wurde gewechselt, bevor der Export fertig war.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n s: portal rate limit (%1)</source>
        <translation>
            <numerusform>Warte %n s: Anfragelimit des Portals (%1)</numerusform>
            <numerusform>Warte %n s: Anfragelimit des Portals (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n s before trying %1 again: %2</source>
        <translation>
            <numerusform>Warte %n s, bevor %1 erneut versucht wird: %2</numerusform>
            <numerusform>Warte %n s, bevor %1 erneut versucht wird: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening the account…</source>
        <translation>Das Konto wird geöffnet…</translation>
    </message>
    <message>
        <source>This account has no mailboxes you can see.</source>
        <translation>Dieses Konto hat keine Postfächer, die Sie sehen können.</translation>
    </message>
    <message>
        <source>No mailbox matches “%1”.</source>
        <translation>Kein Postfach passt zu „%1“.</translation>
    </message>
    <message>
        <source>The portal describes no mailbox fields.</source>
        <translation>Das Portal beschreibt keine Postfachfelder.</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export mailboxes</source>
        <translation>Postfächer exportieren</translation>
    </message>
    <message>
        <source>Loading every mailbox for the export…</source>
        <translation>Alle Postfächer werden für den Export geladen…</translation>
    </message>
    <message>
        <source>Export senders</source>
        <translation>Absender exportieren</translation>
    </message>
    <message>
        <source>Loading every sender for the export…</source>
        <translation>Alle Absender werden für den Export geladen…</translation>
    </message>
    <message>
        <source>The senders could not all be loaded: %1</source>
        <translation>Nicht alle Absender konnten geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n sender(s)</source>
        <translation>
            <numerusform>%n Absender</numerusform>
            <numerusform>%n Absender</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>F&amp;ields</source>
        <translation>&amp;Felder</translation>
    </message>
    <message>
        <source>The sign-in has expired. Sign in again to carry on where you were.</source>
        <translation>Die Anmeldung ist abgelaufen. Melden Sie sich erneut an, um dort weiterzumachen, wo Sie waren.</translation>
    </message>
    <message>
        <source>Signed in again.</source>
        <translation>Erneut angemeldet.</translation>
    </message>
    <message>
        <source>&amp;About Mailbox Browser</source>
        <translation>&amp;Über Mailbox Browser</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>About Mailbox Browser</source>
        <translation>Über Mailbox Browser</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mailbox Browser %1&lt;/h3&gt;&lt;p&gt;Browse the mailboxes of a Bitrix24 portal, read every field of each, and choose the address to send from.&lt;/p&gt;&lt;p&gt;Built with Qt %2; running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mailbox Browser %1&lt;/h3&gt;&lt;p&gt;Durchsuchen Sie die Postfächer eines Bitrix24-Portals, lesen Sie jedes ihrer Felder und wählen Sie die Absenderadresse.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2; läuft mit Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Select a mailbox to see every field it has.</source>
        <translation>Wählen Sie ein Postfach, um alle seine Felder zu sehen.</translation>
    </message>
    <message>
        <source>Search by name, address, sender name or ID (Ctrl+F)</source>
        <translation>Nach Name, Adresse, Absendername oder ID suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Export Selected Mailboxes as CS&amp;V…</source>
        <translation>Ausgewählte Postfächer als CS&amp;V exportieren…</translation>
    </message>
    <message>
        <source>Export Selected &amp;Mailboxes as JSON…</source>
        <translation>Ausgewählte &amp;Postfächer als JSON exportieren…</translation>
    </message>
    <message>
        <source>Export Mailboxes as CSV…</source>
        <translation>Postfächer als CSV exportieren…</translation>
    </message>
    <message numerus="yes">
        <source>Refreshing %Ln mailbox(es)…</source>
        <translation>
            <numerusform>%Ln Postfach wird aktualisiert…</numerusform>
            <numerusform>%Ln Postfächer werden aktualisiert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading… %1 of %Ln mailbox(es) so far match</source>
        <translation>
            <numerusform>Wird geladen… bisher %1 Treffer von %Ln Postfach</numerusform>
            <numerusform>Wird geladen… bisher %1 Treffer von %Ln Postfächern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading… %Ln mailbox(es) so far</source>
        <translation>
            <numerusform>Wird geladen… bisher %Ln Postfach</numerusform>
            <numerusform>Wird geladen… bisher %Ln Postfächer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln mailbox(es) match</source>
        <translation>
            <numerusform>%1 Treffer von %Ln Postfach</numerusform>
            <numerusform>%1 Treffer von %Ln Postfächern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln mailbox(es); a search also asks the portal</source>
        <translation>
            <numerusform>Das erste %Ln Postfach; eine Suche fragt auch beim Portal nach</numerusform>
            <numerusform>Die ersten %Ln Postfächer; eine Suche fragt auch beim Portal nach</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mailbox(es)</source>
        <translation>
            <numerusform>%Ln Postfach</numerusform>
            <numerusform>%Ln Postfächer</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>No account is open. Add your Bitrix24 account, or try the sample portal to see what Mailbox Browser shows.</source>
        <translation>Es ist kein Konto geöffnet. Fügen Sie Ihr Bitrix24-Konto hinzu, oder probieren Sie das Beispielportal aus, um zu sehen, was Mailbox Browser anzeigt.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n Feld</numerusform>
            <numerusform>%n Felder</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Senders as CSV…</source>
        <translation>Absender als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export the senders as CSV once every one has loaded</source>
        <translation>Die Absender als CSV exportieren, sobald alle geladen sind</translation>
    </message>
    <message numerus="yes">
        <source>Export the %n sender(s) shown, in the table&apos;s order, as CSV</source>
        <translation>
            <numerusform>Den %n angezeigten Absender als CSV exportieren, in der Reihenfolge der Tabelle</numerusform>
            <numerusform>Die %n angezeigten Absender als CSV exportieren, in der Reihenfolge der Tabelle</numerusform>
        </translation>
    </message>
    <message>
        <source>Export every mailbox of the list as CSV</source>
        <translation>Alle Postfächer der Liste als CSV exportieren</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>This tab has nothing to export</source>
        <translation>Auf dieser Registerkarte gibt es nichts zu exportieren</translation>
    </message>
    <message>
        <source>%1 (filtered)</source>
        <translation>%1 (gefiltert)</translation>
    </message>
    <message>
        <source>Export selected mailboxes</source>
        <translation>Ausgewählte Postfächer exportieren</translation>
    </message>
    <message>
        <source>Mailbox Browser is free software under the MIT licence.</source>
        <translation>Mailbox Browser ist freie Software unter der MIT-Lizenz.</translation>
    </message>
</context>
<context>
    <name>mb::PermissionMatrix</name>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Open an account to see what it may do.</source>
        <translation>Öffnen Sie ein Konto, um zu sehen, was es darf.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Permissions of the account</source>
        <translation>Berechtigungen des Kontos</translation>
    </message>
    <message>
        <source>Check the permissions again</source>
        <translation>Die Berechtigungen erneut prüfen</translation>
    </message>
    <message>
        <source>Checking what the account may do…</source>
        <translation>Es wird geprüft, was das Konto darf…</translation>
    </message>
    <message>
        <source>The user lacks the rights: ask the portal&apos;s administrator.</source>
        <translation>Dem Benutzer fehlen die Rechte: Wenden Sie sich an den Administrator des Portals.</translation>
    </message>
    <message>
        <source>The portal refused the credential: sign in again.</source>
        <translation>Das Portal hat die Zugangsdaten abgelehnt: Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The portal has no such method (no REST 3.0).</source>
        <translation>Das Portal hat diese Methode nicht (kein REST 3.0).</translation>
    </message>
    <message>
        <source>Every mail method works.</source>
        <translation>Alle Mail-Methoden funktionieren.</translation>
    </message>
    <message>
        <source>The “mail” scope is missing.</source>
        <translation>Der Bereich „mail“ fehlt.</translation>
    </message>
    <message>
        <source>The user lacks rights for some methods.</source>
        <translation>Dem Benutzer fehlen Rechte für einige Methoden.</translation>
    </message>
    <message>
        <source>Some methods do not work; see the reasons.</source>
        <translation>Einige Methoden funktionieren nicht; siehe die Gründe.</translation>
    </message>
    <message>
        <source>The “mail” scope is not granted.</source>
        <translation>Der Bereich „mail“ ist nicht gewährt.</translation>
    </message>
</context>
<context>
    <name>mb::PickSenderDialog</name>
    <message>
        <source>Choose a sender</source>
        <translation>Absender wählen</translation>
    </message>
    <message>
        <source>Use this sender</source>
        <translation>Diesen Absender verwenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Loading the senders…</source>
        <translation>Die Absender werden geladen…</translation>
    </message>
    <message>
        <source>Type to find a sender; Enter picks it.</source>
        <translation>Tippen Sie, um einen Absender zu finden; die Eingabetaste wählt ihn.</translation>
    </message>
    <message>
        <source>The sign-in has expired. Sign in again in Mailbox Browser (File &gt; Accounts…) or with b24mail login, then choose Retry.</source>
        <translation>Die Anmeldung ist abgelaufen. Melden Sie sich in Mailbox Browser (Datei &gt; Konten…) oder mit b24mail login erneut an und wählen Sie dann „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>The senders could not be loaded.</source>
        <translation>Die Absender konnten nicht geladen werden.</translation>
    </message>
</context>
<context>
    <name>mb::PickSenderMode</name>
    <message>
        <source>No account is saved. Add one in Mailbox Browser (Accounts…) or with b24mail login, or name one with --account.</source>
        <translation>Es ist kein Konto gespeichert. Fügen Sie eines in Mailbox Browser (Konten…) oder mit b24mail login hinzu, oder nennen Sie eines mit --account.</translation>
    </message>
    <message>
        <source>Choose a sender — %1</source>
        <translation>Absender wählen — %1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
</context>
<context>
    <name>mb::RateMeter</name>
    <message>
        <source>Requests available</source>
        <translation>Verfügbare Anfragen</translation>
    </message>
    <message>
        <source>The portal adds up the seconds each method runs over the last 10 minutes. Past its limit (set by the portal; 480 seconds in the Bitrix24 documentation&apos;s example) it pauses that method until the oldest minute drops out, while other methods keep working.</source>
        <translation>Das Portal addiert die Sekunden, die jede Methode in den letzten 10 Minuten läuft. Ist das Limit überschritten (vom Portal festgelegt; im Beispiel der Bitrix24-Dokumentation 480 Sekunden), pausiert es diese Methode, bis die älteste Minute herausfällt; andere Methoden arbeiten weiter.</translation>
    </message>
    <message>
        <source>%1 of %2 requests available</source>
        <translation>%1 von %2 Anfragen verfügbar</translation>
    </message>
    <message>
        <source>The portal lets an application send %1 requests in a burst and gives back %2 every second. When none are left, the portal refuses requests for a moment; the app then waits and sends them a little later, by itself.</source>
        <translation>Das Portal erlaubt einer Anwendung %1 Anfragen am Stück und gibt jede Sekunde %2 zurück. Sind keine mehr übrig, lehnt das Portal Anfragen kurz ab; die App wartet dann und sendet sie von selbst etwas später.</translation>
    </message>
    <message>
        <source>The portal refused a request while %1 should have been available, so the app now counts on %2: other applications on this computer&apos;s network address may be using the same allowance.</source>
        <translation>Das Portal hat eine Anfrage abgelehnt, obwohl %1 verfügbar sein sollten; daher rechnet die App jetzt mit %2: Andere Anwendungen mit der Netzwerkadresse dieses Computers nutzen möglicherweise dasselbe Kontingent.</translation>
    </message>
    <message>
        <source>An Enterprise plan allows more; turn its limits on in Settings.</source>
        <translation>Ein Enterprise-Tarif erlaubt mehr; schalten Sie dessen Limits in den Einstellungen ein.</translation>
    </message>
    <message numerus="yes">
        <source>%1 used %n s of the portal&apos;s execution time in the last 10 minutes</source>
        <translation>
            <numerusform>%1 hat in den letzten 10 Minuten %n s Ausführungszeit des Portals verbraucht</numerusform>
            <numerusform>%1 hat in den letzten 10 Minuten %n s Ausführungszeit des Portals verbraucht</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mb::RequestInspector</name>
    <message>
        <source>Request inspector</source>
        <translation>Anfrage-Inspektor</translation>
    </message>
    <message>
        <source>Save diagnostics…</source>
        <translation>Diagnose speichern…</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Exchange parts</source>
        <translation>Teile der Anfrage</translation>
    </message>
    <message>
        <source>Request URL</source>
        <translation>Anfrage-URL</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Anfragetext</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Antworttext</translation>
    </message>
    <message>
        <source>Portal time</source>
        <translation>Zeitangaben des Portals</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Save diagnostics</source>
        <translation>Diagnose speichern</translation>
    </message>
    <message>
        <source>Save every exchange shown, with secrets masked, for support</source>
        <translation>Alle angezeigten Anfragen mit maskierten Geheimnissen für den Support speichern</translation>
    </message>
    <message>
        <source>The portal sent no time for this exchange.</source>
        <translation>Das Portal hat für diese Anfrage keine Zeitangaben gesendet.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>Copy as curl with secret…</source>
        <translation>Als curl mit Geheimnis kopieren…</translation>
    </message>
    <message>
        <source>Copy the selected request as a curl command, secret masked</source>
        <translation>Die ausgewählte Anfrage als curl-Befehl kopieren, Geheimnis maskiert</translation>
    </message>
    <message>
        <source>Copy as curl with secret</source>
        <translation>Als curl mit Geheimnis kopieren</translation>
    </message>
    <message>
        <source>Copy the selected request as a curl command that works on its own: it contains the account&apos;s secret</source>
        <translation>Die ausgewählte Anfrage als eigenständig lauffähigen curl-Befehl kopieren: Er enthält das Geheimnis des Kontos</translation>
    </message>
    <message>
        <source>Copied as curl, secret masked.</source>
        <translation>Als curl kopiert, Geheimnis maskiert.</translation>
    </message>
    <message>
        <source>Copy with the secret?</source>
        <translation>Mit dem Geheimnis kopieren?</translation>
    </message>
    <message>
        <source>The command will contain this account&apos;s webhook code or access token. Anyone who has it can read the account&apos;s mailboxes until the secret is changed on the portal.</source>
        <translation>Der Befehl enthält den Webhook-Code oder das Zugriffstoken dieses Kontos. Jeder, der ihn hat, kann die Postfächer des Kontos lesen, bis das Geheimnis im Portal geändert wird.</translation>
    </message>
    <message>
        <source>Paste it only where you would type a password, and never into a ticket or a chat.</source>
        <translation>Fügen Sie ihn nur dort ein, wo Sie auch ein Passwort eingeben würden, und niemals in ein Ticket oder einen Chat.</translation>
    </message>
    <message>
        <source>Copy with Secret</source>
        <translation>Mit Geheimnis kopieren</translation>
    </message>
    <message>
        <source>Copied as curl with the secret: keep it safe.</source>
        <translation>Als curl mit dem Geheimnis kopiert: Gehen Sie sorgsam damit um.</translation>
    </message>
</context>
<context>
    <name>mb::RequestLogModel</name>
    <message>
        <source>%1 (attempt %2)</source>
        <translation>%1 (Versuch %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Operating time</source>
        <translation>Ausführungszeit</translation>
    </message>
    <message>
        <source>The diagnostics could not be saved to %1: %2</source>
        <translation>Die Diagnosedaten konnten nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
</context>
<context>
    <name>mb::ResponseEnvelope</name>
    <message>
        <source>the answer was empty</source>
        <translation>die Antwort war leer</translation>
    </message>
    <message>
        <source>the answer is not valid JSON (%1 at byte %2)</source>
        <translation>die Antwort ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>the answer carries no Bitrix24 error</source>
        <translation>die Antwort enthält keinen Bitrix24-Fehler</translation>
    </message>
    <message>
        <source>the answer has neither “result” nor “error”</source>
        <translation>die Antwort enthält weder „result“ noch „error“</translation>
    </message>
</context>
<context>
    <name>mb::RestCall</name>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>keine vollständige Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MB</source>
        <translation>die Antwort ist größer als %1 MB</translation>
    </message>
    <message>
        <source>the connection closed after %1 of %2 bytes</source>
        <translation>die Verbindung wurde nach %1 von %2 Bytes geschlossen</translation>
    </message>
</context>
<context>
    <name>mb::RestClient</name>
    <message>
        <source>a redirect without a target</source>
        <translation>eine Weiterleitung ohne Ziel</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>zu viele Weiterleitungen</translation>
    </message>
    <message>
        <source>The account was closed</source>
        <translation>Das Konto wurde geschlossen</translation>
    </message>
    <message>
        <source>the portal redirected from https to an insecure address (%1)</source>
        <translation>das Portal hat von https auf eine unsichere Adresse weitergeleitet (%1)</translation>
    </message>
    <message>
        <source>the portal redirected to an address that is not https (%1)</source>
        <translation>das Portal hat auf eine Adresse ohne https weitergeleitet (%1)</translation>
    </message>
    <message>
        <source>the portal redirected to %1, which is not this method on a renamed portal; nothing was sent there</source>
        <translation>das Portal hat auf %1 weitergeleitet, was nicht diese Methode auf einem umbenannten Portal ist; dorthin wurde nichts gesendet</translation>
    </message>
    <message>
        <source>the portal redirects in a loop (%1)</source>
        <translation>das Portal leitet im Kreis weiter (%1)</translation>
    </message>
</context>
<context>
    <name>mb::SamplePortal</name>
    <message>
        <source>The sample portal did not start within %1 seconds.</source>
        <translation>Das Beispielportal ist nicht innerhalb von %1 Sekunden gestartet.</translation>
    </message>
    <message>
        <source>The sample portal (%1) is not installed with this copy of the app.</source>
        <translation>Das Beispielportal (%1) ist mit dieser Kopie der App nicht installiert.</translation>
    </message>
    <message>
        <source>The sample portal could not be started: %1</source>
        <translation>Das Beispielportal konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The sample portal stopped before it was ready.</source>
        <translation>Das Beispielportal wurde beendet, bevor es bereit war.</translation>
    </message>
    <message>
        <source>The sample portal gave no usable address.</source>
        <translation>Das Beispielportal hat keine verwendbare Adresse genannt.</translation>
    </message>
    <message>
        <source>The sample portal stopped unexpectedly; restart it from File &gt; Accounts… or with --demo.</source>
        <translation>Das Beispielportal wurde unerwartet beendet; starten Sie es über Datei &gt; Konten… oder mit --demo neu.</translation>
    </message>
</context>
<context>
    <name>mb::SavedDataNotice</name>
    <message>
        <source>Saved data</source>
        <translation>Gespeicherte Daten</translation>
    </message>
    <message>
        <source>Showing saved data from %1 — the portal cannot be reached</source>
        <translation>Gespeicherte Daten vom %1 werden angezeigt – das Portal ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Showing saved data from %1</source>
        <translation>Gespeicherte Daten vom %1 werden angezeigt</translation>
    </message>
</context>
<context>
    <name>mb::ScopeAdvice</name>
    <message>
        <source>Edit the webhook on the portal and tick “mail”; its address stays the same, so retry afterwards.</source>
        <translation>Bearbeiten Sie den Webhook im Portal und haken Sie „mail“ an; seine Adresse bleibt gleich, versuchen Sie es danach also erneut.</translation>
    </message>
    <message>
        <source>Add “mail” to the application&apos;s permissions on the portal, then sign in again.</source>
        <translation>Fügen Sie „mail“ zu den Berechtigungen der Anwendung im Portal hinzu und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>Ask your portal administrator to add “mail”: a webhook keeps its address, so retry afterwards; an application must be signed in again.</source>
        <translation>Bitten Sie die Administration Ihres Portals, „mail“ hinzuzufügen: Ein Webhook behält seine Adresse, versuchen Sie es danach also erneut; eine Anwendung muss sich erneut anmelden.</translation>
    </message>
</context>
<context>
    <name>mb::SecretStore</name>
    <message>
        <source>Invalid account id &quot;%1&quot;</source>
        <translation>Ungültige Konto-ID „%1“</translation>
    </message>
    <message>
        <source>An empty secret cannot be stored.</source>
        <translation>Ein leeres Geheimnis kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>%1 bytes, at most %2</source>
        <translation>%1 Bytes, höchstens %2</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n seconds</source>
        <translation>
            <numerusform>keine Antwort innerhalb von %n Sekunde</numerusform>
            <numerusform>keine Antwort innerhalb von %n Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mb::SenderAddressModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>%1 is one of your mailboxes.</source>
        <translation>%1 ist eines Ihrer Postfächer.</translation>
    </message>
    <message>
        <source>%1 is confirmed as a sender address.</source>
        <translation>%1 ist als Absenderadresse bestätigt.</translation>
    </message>
    <message numerus="yes">
        <source>Listed under %n name(s): %1</source>
        <translation>
            <numerusform>Unter %n Namen aufgeführt: %1</numerusform>
            <numerusform>Unter %n Namen aufgeführt: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>One of my mailboxes</source>
        <translation>Eines meiner Postfächer</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
</context>
<context>
    <name>mb::SenderFilterProxyModel</name>
    <message>
        <source>Pinned to the top of the list.</source>
        <translation>Oben in der Liste angeheftet.</translation>
    </message>
    <message>
        <source>Chosen recently.</source>
        <translation>Kürzlich gewählt.</translation>
    </message>
</context>
<context>
    <name>mb::SenderModel</name>
    <message>
        <source>%1 is one of your mailboxes.</source>
        <translation>%1 ist eines Ihrer Postfächer.</translation>
    </message>
    <message>
        <source>%1 is a confirmed sender address.</source>
        <translation>%1 ist eine bestätigte Absenderadresse.</translation>
    </message>
    <message>
        <source>%1 is one of your mailboxes, confirmed as a sender under this name as well.</source>
        <translation>%1 ist eines Ihrer Postfächer und unter diesem Namen auch als Absender bestätigt.</translation>
    </message>
</context>
<context>
    <name>mb::SenderPicker</name>
    <message>
        <source>Type a name, address or domain</source>
        <translation>Name, Adresse oder Domain eingeben</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Copy sender</source>
        <translation>Absender kopieren</translation>
    </message>
    <message>
        <source>Copy &quot;Name &lt;email&gt;&quot; of the chosen sender</source>
        <translation>„Name &lt;E-Mail&gt;“ des gewählten Absenders kopieren</translation>
    </message>
    <message>
        <source>Matching senders</source>
        <translation>Passende Absender</translation>
    </message>
    <message>
        <source>Pin or unpin the highlighted sender</source>
        <translation>Den markierten Absender anheften oder lösen</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Pin to the top</source>
        <translation>Oben anheften</translation>
    </message>
    <message>
        <source>Choose a sender</source>
        <translation>Absender wählen</translation>
    </message>
    <message>
        <source>Type a name, address or domain to filter the senders. Down opens the list, Enter picks the highlighted sender or the top match, Escape puts the chosen one back, Ctrl+P pins the highlighted sender.</source>
        <translation>Geben Sie einen Namen, eine Adresse oder eine Domain ein, um die Absender zu filtern. Pfeil nach unten öffnet die Liste, die Eingabetaste wählt den markierten Absender oder den ersten Treffer, Esc stellt den gewählten wieder her, Strg+P heftet den markierten Absender an.</translation>
    </message>
    <message>
        <source>Why this input is not a sender</source>
        <translation>Warum diese Eingabe kein Absender ist</translation>
    </message>
    <message>
        <source>Senders could not be loaded</source>
        <translation>Absender konnten nicht geladen werden</translation>
    </message>
    <message numerus="yes">
        <source>%n sender(s) match: pick one with the arrow keys and Enter (Enter alone takes the top one).</source>
        <translation>
            <numerusform>%n Absender passt: Wählen Sie ihn mit den Pfeiltasten und der Eingabetaste (die Eingabetaste allein nimmt den obersten).</numerusform>
            <numerusform>%n Absender passen: Wählen Sie einen mit den Pfeiltasten und der Eingabetaste (die Eingabetaste allein nimmt den obersten).</numerusform>
        </translation>
    </message>
    <message>
        <source>No sender matches “%1” yet: the senders are still loading.</source>
        <translation>Noch passt kein Absender zu „%1“: Die Absender werden noch geladen.</translation>
    </message>
    <message>
        <source>“%1” is not an address you may send from. Only your mailboxes and the addresses confirmed for you on the portal can be chosen.</source>
        <translation>„%1“ ist keine Adresse, von der Sie senden dürfen. Nur Ihre Postfächer und die im Portal für Sie bestätigten Adressen können gewählt werden.</translation>
    </message>
    <message>
        <source>No sender matches “%1”.</source>
        <translation>Kein Absender passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>mb::SendersPage</name>
    <message>
        <source>The addresses you may send from: your mailboxes and other addresses confirmed for you.</source>
        <translation>Die Adressen, von denen Sie senden dürfen: Ihre Postfächer und weitere für Sie bestätigte Adressen.</translation>
    </message>
    <message>
        <source>Search by name, address or domain (Ctrl+F)</source>
        <translation>Nach Name, Adresse oder Domain suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search senders</source>
        <translation>Absender durchsuchen</translation>
    </message>
    <message>
        <source>Number of senders</source>
        <translation>Anzahl der Absender</translation>
    </message>
    <message>
        <source>Senders</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>There are no addresses you may send from.</source>
        <translation>Es gibt keine Adressen, von denen Sie senden dürfen.</translation>
    </message>
    <message>
        <source>No sender matches “%1”.</source>
        <translation>Kein Absender passt zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n sender(s)</source>
        <translation>
            <numerusform>%n Absender</numerusform>
            <numerusform>%n Absender</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n sender(s) match</source>
        <translation>
            <numerusform>%1 Treffer von %n Absender</numerusform>
            <numerusform>%1 Treffer von %n Absendern</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mb::SessionController</name>
    <message>
        <source>This is not a webhook address.</source>
        <translation>Dies ist keine Webhook-Adresse.</translation>
    </message>
    <message>
        <source>Sample portal</source>
        <translation>Beispielportal</translation>
    </message>
</context>
<context>
    <name>mb::SettingsDialog</name>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Enterprise plan (250 requests at 5 per second)</source>
        <translation>Enterprise-Tarif (250 Anfragen, 5 pro Sekunde)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>The system&apos;s proxy settings</source>
        <translation>Proxy-Einstellungen des Systems</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>HTTP-Proxy</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>SOCKS5-Proxy</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <source>Extra certificate authority file</source>
        <translation>Datei mit zusätzlichen Zertifizierungsstellen</translation>
    </message>
    <message>
        <source>None: only the system&apos;s certificate authorities</source>
        <translation>Keine: nur die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <source>Choose a certificate authority file</source>
        <translation>Eine Datei mit Zertifizierungsstellen auswählen</translation>
    </message>
    <message>
        <source>Enterprise rate limits</source>
        <translation>Enterprise-Anfragelimits</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <source>Proxy host:</source>
        <translation>Proxy-Host:</translation>
    </message>
    <message>
        <source>Extra certificate authorities:</source>
        <translation>Zusätzliche Zertifizierungsstellen:</translation>
    </message>
    <message>
        <source>Rate limits:</source>
        <translation>Anfragelimits:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Die Einstellungen speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Extra certificate authorities</source>
        <translation>Zusätzliche Zertifizierungsstellen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>mb::StatusSummary</name>
    <message>
        <source>Sample data</source>
        <translation>Beispieldaten</translation>
    </message>
    <message>
        <source>These mailboxes come from the sample portal bundled with the app, not from a real Bitrix24 portal.</source>
        <translation>Diese Postfächer stammen aus dem mit der App mitgelieferten Beispielportal, nicht aus einem echten Bitrix24-Portal.</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>Angezeigte Zeilen</translation>
    </message>
    <message>
        <source>When the rows were fetched</source>
        <translation>Wann die Zeilen abgerufen wurden</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Refreshed at %1</source>
        <translation>Aktualisiert um %1</translation>
    </message>
    <message numerus="yes">
        <source>fetched %n min ago</source>
        <translation>
            <numerusform>vor %n Min. abgerufen</numerusform>
            <numerusform>vor %n Min. abgerufen</numerusform>
        </translation>
    </message>
    <message>
        <source>fetched at %1</source>
        <translation>abgerufen um %1</translation>
    </message>
</context>
<context>
    <name>mb::TokenEndpoint</name>
    <message>
        <source>the authorization server answered with a redirect (HTTP %1), which is not followed</source>
        <translation>der Autorisierungsserver hat mit einer Weiterleitung (HTTP %1) geantwortet, der nicht gefolgt wird</translation>
    </message>
    <message>
        <source>HTTP %1 without a token answer</source>
        <translation>HTTP %1 ohne Token-Antwort</translation>
    </message>
    <message numerus="yes">
        <source>no complete answer within %n seconds</source>
        <translation>
            <numerusform>keine vollständige Antwort innerhalb von %n Sekunde</numerusform>
            <numerusform>keine vollständige Antwort innerhalb von %n Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mb::WebhookCredential</name>
    <message>
        <source>This is not an incoming webhook address. It looks like https://your-portal/rest/1/abc123def456/.</source>
        <translation>Dies ist keine Adresse eines eingehenden Webhooks. Sie sieht so aus: https://your-portal/rest/1/abc123def456/.</translation>
    </message>
</context>
<context>
    <name>mb::WebhookSetup</name>
    <message>
        <source>This is not an incoming webhook address.</source>
        <translation>Dies ist keine Adresse eines eingehenden Webhooks.</translation>
    </message>
    <message>
        <source>The webhook works and can read mailboxes.</source>
        <translation>Der Webhook funktioniert und kann Postfächer lesen.</translation>
    </message>
    <message>
        <source>The webhook&apos;s user has no access to mailboxes. Ask the portal&apos;s administrator.</source>
        <translation>Der Benutzer des Webhooks hat keinen Zugriff auf Postfächer. Wenden Sie sich an den Administrator des Portals.</translation>
    </message>
    <message>
        <source>The portal did not accept this webhook: its code is wrong, or the webhook was deleted, changed or has expired.</source>
        <translation>Das Portal hat diesen Webhook nicht akzeptiert: Sein Code ist falsch, oder der Webhook wurde gelöscht, geändert oder ist abgelaufen.</translation>
    </message>
    <message>
        <source>This portal has no REST 3.0, which Mailbox Browser needs.</source>
        <translation>Dieses Portal bietet kein REST 3.0, das Mailbox Browser benötigt.</translation>
    </message>
    <message>
        <source>The webhook could not be checked.</source>
        <translation>Der Webhook konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The webhook lacks the “mail” scope.</source>
        <translation>Dem Webhook fehlt der Bereich „mail“.</translation>
    </message>
</context>
<context>
    <name>mb::WelcomePanel</name>
    <message>
        <source>Add account…</source>
        <translation>Konto hinzufügen…</translation>
    </message>
    <message>
        <source>Try the sample portal</source>
        <translation>Das Beispielportal ausprobieren</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Ein Konto hinzufügen</translation>
    </message>
</context>
<context>
    <name>mb::cli::AccountsCommand</name>
    <message>
        <source>Not every account can use every mail method; see above.</source>
        <translation>Nicht jedes Konto kann jede Mail-Methode verwenden; siehe oben.</translation>
    </message>
</context>
<context>
    <name>mb::cli::AddWebhookCommand</name>
    <message>
        <source>Webhook URL: </source>
        <translation>Webhook-URL: </translation>
    </message>
    <message>
        <source>No webhook URL on standard input.</source>
        <translation>Keine Webhook-URL auf der Standardeingabe.</translation>
    </message>
    <message>
        <source>The webhook URL is not usable: %1</source>
        <translation>Die Webhook-URL ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>Another saved account is already called “%1”.</source>
        <translation>Ein anderes gespeichertes Konto heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>%1 Nothing was saved.</source>
        <translation>%1 Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Saved “%1” (%2) as the current account. %3</source>
        <translation>„%1“ (%2) wurde als aktuelles Konto gespeichert. %3</translation>
    </message>
    <message>
        <source>%1 Nothing was sent to the new address and nothing was saved. If you expect this move, run the command again with --allow-move; the account is then saved with the new address.</source>
        <translation>%1 An die neue Adresse wurde nichts gesendet und nichts gespeichert. Wenn Sie diesen Umzug erwarten, führen Sie den Befehl erneut mit --allow-move aus; das Konto wird dann mit der neuen Adresse gespeichert.</translation>
    </message>
</context>
<context>
    <name>mb::cli::CommandRunner</name>
    <message numerus="yes">
        <source>%1 is paused by the portal; waiting %n second(s) for it.</source>
        <translation>
            <numerusform>%1 wurde vom Portal pausiert; es wird %n Sekunde darauf gewartet.</numerusform>
            <numerusform>%1 wurde vom Portal pausiert; es wird %n Sekunden darauf gewartet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mb::cli::LoginCommand</name>
    <message>
        <source>“%1” is a webhook account; &apos;add-webhook&apos; replaces its address.</source>
        <translation>„%1“ ist ein Webhook-Konto; „add-webhook“ ersetzt seine Adresse.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a portal address such as https://example.bitrix24.com/. %2</source>
        <translation>„%1“ ist keine Portaladresse wie https://example.bitrix24.com/. %2</translation>
    </message>
    <message>
        <source>&apos;login&apos; needs the application&apos;s client_id: pass --client-id (it is on the application&apos;s card on the portal).</source>
        <translation>„login“ benötigt die Client-ID der Anwendung: Geben Sie --client-id an (sie steht in der Anwendungskarte im Portal).</translation>
    </message>
    <message>
        <source>Another saved account is already called “%1”.</source>
        <translation>Ein anderes gespeichertes Konto heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>The environment variable %1 holds no client secret.</source>
        <translation>Die Umgebungsvariable %1 enthält kein Client-Secret.</translation>
    </message>
    <message>
        <source>Client secret of %1: </source>
        <translation>Client-Secret für %1: </translation>
    </message>
    <message>
        <source>No client secret: set %1, name a variable with --client-secret-env, or type it when asked.</source>
        <translation>Kein Client-Secret: Setzen Sie %1, nennen Sie mit --client-secret-env eine Variable, oder geben Sie es ein, wenn Sie dazu aufgefordert werden.</translation>
    </message>
    <message>
        <source>Open this address in a browser and sign in, then paste the code the portal shows (or the whole address the browser ended on): %1</source>
        <translation>Öffnen Sie diese Adresse in einem Browser und melden Sie sich an; fügen Sie dann den Code ein, den das Portal anzeigt (oder die vollständige Adresse, bei der der Browser gelandet ist): %1</translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in: %1</source>
        <translation>Öffnen Sie diese Adresse in einem Browser, um sich anzumelden: %1</translation>
    </message>
    <message>
        <source>No web browser could be started; open the address above yourself.</source>
        <translation>Es konnte kein Webbrowser gestartet werden; öffnen Sie die obige Adresse selbst.</translation>
    </message>
    <message>
        <source>Code: </source>
        <translation>Code: </translation>
    </message>
    <message>
        <source>That holds no code. Paste the code the portal shows, or the whole address the browser ended on.</source>
        <translation>Darin ist kein Code enthalten. Fügen Sie den Code ein, den das Portal anzeigt, oder die vollständige Adresse, bei der der Browser gelandet ist.</translation>
    </message>
    <message>
        <source>Signed in to %1 as “%2”; it is now the current account.</source>
        <translation>Bei %1 als „%2“ angemeldet; dies ist jetzt das aktuelle Konto.</translation>
    </message>
    <message>
        <source>The account was saved, but it cannot read mailboxes without the “mail” scope.</source>
        <translation>Das Konto wurde gespeichert, kann aber ohne die Berechtigung (Scope) „mail“ keine Postfächer lesen.</translation>
    </message>
    <message>
        <source>Register this handler address on the application&apos;s card on the portal: %1</source>
        <translation>Tragen Sie diese Handler-Adresse in der Anwendungskarte im Portal ein: %1</translation>
    </message>
    <message>
        <source>Warning: the portal did not grant the “%1” scope (granted: %2). Mailbox commands will fail until it does.</source>
        <translation>Warnung: Das Portal hat den Bereich „%1“ nicht gewährt (gewährt: %2). Postfachbefehle schlagen fehl, bis es ihn gewährt.</translation>
    </message>
</context>
<context>
    <name>mb::cli::LogoutCommand</name>
    <message>
        <source>“%1” was removed, but its keychain entries could not be deleted: %2</source>
        <translation>„%1“ wurde entfernt, aber seine Einträge im Schlüsselbund konnten nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>“%1” was kept because its keychain entries could not be deleted: %2 Run logout again once the keychain works.</source>
        <translation>„%1“ wurde beibehalten, weil seine Einträge im Schlüsselbund nicht gelöscht werden konnten: %2 Führen Sie „logout“ erneut aus, sobald der Schlüsselbund funktioniert.</translation>
    </message>
    <message>
        <source>Removed “%1” and its keychain entries.</source>
        <translation>„%1“ und seine Einträge im Schlüsselbund wurden entfernt.</translation>
    </message>
</context>
</TS>
