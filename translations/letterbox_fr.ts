<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <translation>Aucun compte de messagerie n’est encore configuré</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="44" />
        <source>This build of Letterbox cannot set up accounts from the window yet: the setup wizard is still being written.

You can add an account with the command line tool:
    letterbox-cli account add NAME --protocol imap --email ADDRESS --host HOST --user USER --password-stdin</source>
        <translation>Cette version de Letterbox ne peut pas encore configurer de compte depuis la fenêtre : l’assistant de configuration est en cours d’écriture.

Vous pouvez ajouter un compte avec l’outil en ligne de commande :
    letterbox-cli account add NOM --protocol imap --email ADRESSE --host SERVEUR --user UTILISATEUR --password-stdin</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="48" />
        <source>Offline: no accounts</source>
        <translation>Hors ligne : aucun compte</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="51" />
        <source>Your accounts: %1</source>
        <translation>Vos comptes : %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="53" />
        <source>The mail window is still being written: this build cannot show your messages yet.

The command line tool syncs and reads the same mail:
    letterbox-cli sync
    letterbox-cli messages ACCOUNT inbox
    letterbox-cli show ACCOUNT MESSAGE-ID</source>
        <translation>La fenêtre de messagerie est en cours d’écriture : cette version ne peut pas encore afficher vos messages.

L’outil en ligne de commande synchronise et lit le même courrier :
    letterbox-cli sync
    letterbox-cli messages COMPTE inbox
    letterbox-cli show COMPTE MESSAGE-ID</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="57" />
        <source>Mail is synced with letterbox-cli sync</source>
        <translation>Le courrier se synchronise avec letterbox-cli sync</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="57" />
        <source>Secure connections are unavailable: %1</source>
        <translation>Les connexions sécurisées ne sont pas disponibles : %1</translation>
    </message>
</context>
</TS>
