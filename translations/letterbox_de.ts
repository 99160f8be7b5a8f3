<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>lb::ui::MainWindow</name>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="12" />
        <source>Letterbox</source>
        <translation>Letterbox</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="42" />
        <source>No mail account is set up yet</source>
        <translation>Noch kein E-Mail-Konto eingerichtet</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="44" />
        <source>This build of Letterbox cannot set up accounts from the window yet: the setup wizard is still being written.

You can add an account with the command line tool:
    letterbox-cli account add NAME --protocol imap --email ADDRESS --host HOST --user USER --password-stdin</source>
        <translation>Diese Version von Letterbox kann Konten noch nicht im Fenster einrichten: Der Einrichtungsassistent entsteht noch.

Sie können ein Konto mit dem Befehlszeilenwerkzeug hinzufügen:
    letterbox-cli account add NAME --protocol imap --email ADRESSE --host SERVER --user BENUTZER --password-stdin</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="48" />
        <source>Offline: no accounts</source>
        <translation>Offline: keine Konten</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="51" />
        <source>Your accounts: %1</source>
        <translation>Ihre Konten: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="53" />
        <source>The mail window is still being written: this build cannot show your messages yet.

The command line tool syncs and reads the same mail:
    letterbox-cli sync
    letterbox-cli messages ACCOUNT inbox
    letterbox-cli show ACCOUNT MESSAGE-ID</source>
        <translation>Das Mailfenster entsteht noch: Diese Version kann Ihre Nachrichten noch nicht anzeigen.

Das Befehlszeilenwerkzeug synchronisiert und liest dieselbe Post:
    letterbox-cli sync
    letterbox-cli messages KONTO inbox
    letterbox-cli show KONTO MESSAGE-ID</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="57" />
        <source>Mail is synced with letterbox-cli sync</source>
        <translation>E-Mails werden mit letterbox-cli sync synchronisiert</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="57" />
        <source>Secure connections are unavailable: %1</source>
        <translation>Sichere Verbindungen sind nicht verfügbar: %1</translation>
    </message>
</context>
</TS>
