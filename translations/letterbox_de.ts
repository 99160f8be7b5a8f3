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
        <location filename="../ui/main/MainWindow.cpp" line="17" />
        <source>No mail account is set up yet</source>
        <translation>Noch kein E-Mail-Konto eingerichtet</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="24" />
        <source>This build of Letterbox cannot set up accounts from the window yet: the setup wizard is still being written.

You can add an account with the command line tool:
    letterbox-cli account add NAME --protocol imap --email ADDRESS --host HOST --user USER --password-stdin</source>
        <translation>Diese Version von Letterbox kann Konten noch nicht im Fenster einrichten: Der Einrichtungsassistent entsteht noch.

Sie können ein Konto mit dem Befehlszeilenwerkzeug hinzufügen:
    letterbox-cli account add NAME --protocol imap --email ADRESSE --host SERVER --user BENUTZER --password-stdin</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="39" />
        <source>Offline: no accounts</source>
        <translation>Offline: keine Konten</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="38" />
        <source>Secure connections are unavailable: %1</source>
        <translation>Sichere Verbindungen sind nicht verfügbar: %1</translation>
    </message>
</context>
</TS>
