<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>lb::ui::AccountSettingsDialog</name>
    <message>
        <location filename="../ui/settings/AccountSettingsDialog.cpp" line="27"/>
        <source>Settings of %1</source>
        <translation>Einstellungen von %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/AccountSettingsDialog.cpp" line="30"/>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <location filename="../ui/settings/AccountSettingsDialog.cpp" line="31"/>
        <source>&amp;Servers</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <location filename="../ui/settings/AccountSettingsDialog.cpp" line="33"/>
        <source>&amp;IMAP options</source>
        <translation>&amp;IMAP-Optionen</translation>
    </message>
    <message>
        <location filename="../ui/settings/AccountSettingsDialog.cpp" line="33"/>
        <source>&amp;POP3 options</source>
        <translation>&amp;POP3-Optionen</translation>
    </message>
    <message>
        <location filename="../ui/settings/AccountSettingsDialog.cpp" line="52"/>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <location filename="../ui/settings/AccountSettingsDialog.cpp" line="54"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../ui/settings/AccountSettingsDialog.cpp" line="56"/>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../ui/settings/AccountSettingsDialog.cpp" line="58"/>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <location filename="../ui/settings/AccountSettingsDialog.cpp" line="61"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/settings/AccountSettingsDialog.cpp" line="62"/>
        <source>only when closing</source>
        <translation>nur beim Schließen</translation>
    </message>
    <message>
        <location filename="../ui/settings/AccountSettingsDialog.cpp" line="64"/>
        <source>Save drafts every</source>
        <translation>Entwürfe speichern alle</translation>
    </message>
    <message>
        <location filename="../ui/settings/AccountSettingsDialog.cpp" line="65"/>
        <source>Account &amp;name:</source>
        <translation>Konto&amp;name:</translation>
    </message>
    <message>
        <location filename="../ui/settings/AccountSettingsDialog.cpp" line="66"/>
        <source>Your n&amp;ame:</source>
        <translation>Ihr Na&amp;me:</translation>
    </message>
    <message>
        <location filename="../ui/settings/AccountSettingsDialog.cpp" line="67"/>
        <source>&amp;Email address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/settings/AccountSettingsDialog.cpp" line="68"/>
        <source>S&amp;ignature:</source>
        <translation>Si&amp;gnatur:</translation>
    </message>
    <message>
        <location filename="../ui/settings/AccountSettingsDialog.cpp" line="69"/>
        <source>Save &amp;drafts every:</source>
        <translation>Entwürfe speichern a&amp;lle:</translation>
    </message>
    <message>
        <location filename="../ui/settings/AccountSettingsDialog.cpp" line="79"/>
        <source>Incoming mail (IMAP)</source>
        <translation>Eingehende E-Mails (IMAP)</translation>
    </message>
    <message>
        <location filename="../ui/settings/AccountSettingsDialog.cpp" line="79"/>
        <source>Incoming mail (POP3)</source>
        <translation>Eingehende E-Mails (POP3)</translation>
    </message>
    <message>
        <location filename="../ui/settings/AccountSettingsDialog.cpp" line="85"/>
        <source>Outgoing mail (SMTP)</source>
        <translation>Ausgehende E-Mails (SMTP)</translation>
    </message>
    <message>
        <location filename="../ui/settings/AccountSettingsDialog.cpp" line="87"/>
        <source>Send mail from this acc&amp;ount</source>
        <translation>E-Mails über dieses K&amp;onto senden</translation>
    </message>
    <message>
        <location filename="../ui/settings/AccountSettingsDialog.cpp" line="96"/>
        <source>&amp;Forget the certificates I trusted for this account</source>
        <translation>Für dieses Konto als vertrauenswürdig bestätigte Zertifikate &amp;vergessen</translation>
    </message>
    <message>
        <location filename="../ui/settings/AccountSettingsDialog.cpp" line="123"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/settings/AccountSettingsDialog.cpp" line="125"/>
        <source>Check for new mail every</source>
        <translation>Abrufintervall für neue E-Mails</translation>
    </message>
    <message>
        <location filename="../ui/settings/AccountSettingsDialog.cpp" line="126"/>
        <source>Check for new mail &amp;every:</source>
        <translation>Abruf&amp;intervall:</translation>
    </message>
    <message>
        <location filename="../ui/settings/AccountSettingsDialog.cpp" line="163"/>
        <source>Please check the settings: %1</source>
        <translation>Bitte überprüfen Sie die Einstellungen: %1</translation>
    </message>
</context>
<context>
    <name>lb::ui::AccountWizard</name>
    <message>
        <location filename="../ui/wizard/AccountWizard.cpp" line="19"/>
        <source>Add a mail account</source>
        <translation>E-Mail-Konto hinzufügen</translation>
    </message>
</context>
<context>
    <name>lb::ui::AddressField</name>
    <message>
        <location filename="../ui/composer/AddressField.cpp" line="75"/>
        <source>“%1” is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
</context>
<context>
    <name>lb::ui::AttachmentList</name>
    <message>
        <location filename="../ui/composer/AttachmentList.cpp" line="24"/>
        <source>Attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <location filename="../ui/composer/AttachmentList.cpp" line="24"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/composer/AttachmentList.cpp" line="32"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/composer/AttachmentList.cpp" line="54"/>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <location filename="../ui/composer/AttachmentList.cpp" line="56"/>
        <source>%1 is larger than %2: servers refuse messages that large.</source>
        <translation>%1 ist größer als %2: Server lehnen so große Nachrichten ab.</translation>
    </message>
    <message>
        <location filename="../ui/composer/AttachmentList.cpp" line="60"/>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/composer/AttachmentList.cpp" line="104"/>
        <source>Total %1</source>
        <translation>Insgesamt %1</translation>
    </message>
</context>
<context>
    <name>lb::ui::AttachmentPane</name>
    <message>
        <location filename="../ui/message/AttachmentPane.cpp" line="25"/>
        <source>Attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <location filename="../ui/message/AttachmentPane.cpp" line="25"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/message/AttachmentPane.cpp" line="25"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/message/AttachmentPane.cpp" line="34"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../ui/message/AttachmentPane.cpp" line="35"/>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <location filename="../ui/message/AttachmentPane.cpp" line="60"/>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
</context>
<context>
    <name>lb::ui::ComposeStart</name>
    <message>
        <location filename="../ui/composer/ComposeStart.cpp" line="37"/>
        <source>The message is no longer in the cache.</source>
        <translation>Die Nachricht ist nicht mehr im Cache.</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposeStart.cpp" line="43"/>
        <source>The message&apos;s folder is no longer in the cache.</source>
        <translation>Der Ordner der Nachricht ist nicht mehr im Cache.</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposeStart.cpp" line="67"/>
        <source>The message has not been downloaded yet, so it cannot be quoted or forwarded. Try again once Letterbox is online.</source>
        <translation>Die Nachricht wurde noch nicht heruntergeladen und kann daher nicht zitiert oder weitergeleitet werden. Versuchen Sie es erneut, sobald Letterbox online ist.</translation>
    </message>
</context>
<context>
    <name>lb::ui::ComposerWindow</name>
    <message>
        <location filename="../ui/composer/ComposerSending.cpp" line="47"/>
        <source>There is no account to send from.</source>
        <translation>Es gibt kein Konto, von dem aus gesendet werden kann.</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerSending.cpp" line="61"/>
        <source>Add at least one recipient.</source>
        <translation>Fügen Sie mindestens einen Empfänger hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerSending.cpp" line="66"/>
        <source>This message has no subject. Send it anyway?</source>
        <translation>Diese Nachricht hat keinen Betreff. Trotzdem senden?</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerSending.cpp" line="69"/>
        <source>The message mentions an attachment, but nothing is attached. Send it anyway?</source>
        <translation>Die Nachricht erwähnt einen Anhang, aber es ist nichts angehängt. Trotzdem senden?</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerSending.cpp" line="82"/>
        <source>The message could not be put together: %1</source>
        <translation>Die Nachricht konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerSending.cpp" line="90"/>
        <source>The message could not be put in the Outbox: %1</source>
        <translation>Die Nachricht konnte nicht in den Postausgang gelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerSending.cpp" line="113"/>
        <location filename="../ui/composer/ComposerWindow.cpp" line="173"/>
        <source>Drafts are not kept in this version: the text stays only in this window until you send it.</source>
        <translation>Entwürfe werden in dieser Version nicht gespeichert: Der Text bleibt nur in diesem Fenster, bis Sie ihn senden.</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerSending.cpp" line="120"/>
        <location filename="../ui/composer/ComposerSending.cpp" line="125"/>
        <source>The draft could not be saved: %1</source>
        <translation>Der Entwurf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerSending.cpp" line="130"/>
        <source>Draft saved at %1</source>
        <translation>Entwurf um %1 gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerWindow.cpp" line="42"/>
        <source>This message has not been sent. What should happen to it?</source>
        <translation>Diese Nachricht wurde nicht gesendet. Was soll mit ihr geschehen?</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerWindow.cpp" line="45"/>
        <location filename="../ui/composer/ComposerWindow.cpp" line="124"/>
        <source>Save draft</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerWindow.cpp" line="46"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerWindow.cpp" line="83"/>
        <source>Name &lt;address@example.org&gt;, …</source>
        <translation>Name &lt;adresse@example.org&gt;, …</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerWindow.cpp" line="84"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerWindow.cpp" line="85"/>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerWindow.cpp" line="86"/>
        <source>&amp;Cc:</source>
        <translation>&amp;CC:</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerWindow.cpp" line="87"/>
        <source>&amp;Bcc:</source>
        <translation>&amp;BCC:</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerWindow.cpp" line="88"/>
        <source>&amp;Subject:</source>
        <translation>Be&amp;treff:</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerWindow.cpp" line="116"/>
        <source>Compose</source>
        <translation>Verfassen</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerWindow.cpp" line="119"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerWindow.cpp" line="122"/>
        <source>Send (Ctrl+Return)</source>
        <translation>Senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerWindow.cpp" line="127"/>
        <source>Attach…</source>
        <translation>Anhängen…</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerWindow.cpp" line="131"/>
        <source>Rich text</source>
        <translation>Formatierter Text</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerWindow.cpp" line="133"/>
        <source>Send formatted text with a plain text copy</source>
        <translation>Formatierten Text mit einer Kopie als reinem Text senden</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerWindow.cpp" line="145"/>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerWindow.cpp" line="149"/>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerWindow.cpp" line="151"/>
        <source>Underline</source>
        <translation>Unterstrichen</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerWindow.cpp" line="153"/>
        <source>List</source>
        <translation>Aufzählung</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerWindow.cpp" line="229"/>
        <source>There is no account to write from.</source>
        <translation>Es gibt kein Konto, von dem aus geschrieben werden kann.</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerWindow.cpp" line="246"/>
        <source>New message</source>
        <translation>Neue Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerWindow.cpp" line="246"/>
        <source>Write: %1</source>
        <translation>Verfassen: %1</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerWindow.cpp" line="256"/>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
</context>
<context>
    <name>lb::ui::DiscoveryPage</name>
    <message>
        <location filename="../ui/wizard/DiscoveryPage.cpp" line="20"/>
        <source>Finding your servers</source>
        <translation>Ihre Server werden gesucht</translation>
    </message>
    <message>
        <location filename="../ui/wizard/DiscoveryPage.cpp" line="21"/>
        <source>Letterbox looks up your provider&apos;s settings. This takes a few seconds.</source>
        <translation>Letterbox ermittelt die Einstellungen Ihres Anbieters. Das dauert einige Sekunden.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/DiscoveryPage.cpp" line="27"/>
        <source>Searching</source>
        <translation>Suche läuft</translation>
    </message>
    <message>
        <location filename="../ui/wizard/DiscoveryPage.cpp" line="31"/>
        <source>Search steps</source>
        <translation>Suchschritte</translation>
    </message>
    <message>
        <location filename="../ui/wizard/DiscoveryPage.cpp" line="35"/>
        <source>Settings found</source>
        <translation>Gefundene Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/wizard/DiscoveryPage.cpp" line="63"/>
        <source>Looking for the settings of %1…</source>
        <translation>Einstellungen für %1 werden gesucht…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/DiscoveryPage.cpp" line="117"/>
        <source>&lt;b&gt;%1:&lt;/b&gt; not found</source>
        <translation>&lt;b&gt;%1:&lt;/b&gt; nicht gefunden</translation>
    </message>
    <message>
        <location filename="../ui/wizard/DiscoveryPage.cpp" line="118"/>
        <source>&lt;b&gt;%1:&lt;/b&gt; %2&lt;br&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;i&gt;%3&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1:&lt;/b&gt; %2&lt;br&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;i&gt;%3&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/wizard/DiscoveryPage.cpp" line="132"/>
        <source>Provider: %1</source>
        <translation>Anbieter: %1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/DiscoveryPage.cpp" line="133"/>
        <source>Incoming mail, IMAP</source>
        <translation>Eingehende E-Mails, IMAP</translation>
    </message>
    <message>
        <location filename="../ui/wizard/DiscoveryPage.cpp" line="134"/>
        <source>Incoming mail, POP3</source>
        <translation>Eingehende E-Mails, POP3</translation>
    </message>
    <message>
        <location filename="../ui/wizard/DiscoveryPage.cpp" line="135"/>
        <source>Outgoing mail, SMTP</source>
        <translation>Ausgehende E-Mails, SMTP</translation>
    </message>
    <message>
        <location filename="../ui/wizard/DiscoveryPage.cpp" line="139"/>
        <source>No settings were found for %1. Enter them on the next pages; your provider&apos;s help pages list them.</source>
        <translation>Für %1 wurden keine Einstellungen gefunden. Geben Sie sie auf den nächsten Seiten ein; die Hilfeseiten Ihres Anbieters nennen sie.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/DiscoveryPage.cpp" line="149"/>
        <source>Signing in to see how much mail your mailbox holds…</source>
        <translation>Anmeldung, um zu sehen, wie viele E-Mails Ihr Postfach enthält…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/DiscoveryPage.cpp" line="171"/>
        <source>Found your settings and signed in. %1</source>
        <translation>Einstellungen gefunden und angemeldet. %1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/DiscoveryPage.cpp" line="175"/>
        <source>Found settings for your address. Signing in did not work yet; the check at the end says why.</source>
        <translation>Für Ihre Adresse wurden Einstellungen gefunden. Die Anmeldung hat noch nicht funktioniert; die Prüfung am Ende nennt den Grund.</translation>
    </message>
</context>
<context>
    <name>lb::ui::FinishPage</name>
    <message>
        <location filename="../ui/wizard/FinishPage.cpp" line="16"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FinishPage.cpp" line="17"/>
        <source>Your account is ready to be added.</source>
        <translation>Ihr Konto kann jetzt hinzugefügt werden.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FinishPage.cpp" line="23"/>
        <source>Password storage</source>
        <translation>Speicherung des Passworts</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FinishPage.cpp" line="24"/>
        <source>&amp;Ask for my password each time Letterbox starts</source>
        <translation>Bei jedem Start von Letterbox nach meinem Passwort &amp;fragen</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FinishPage.cpp" line="43"/>
        <source>The account &quot;%1&quot; will receive mail with %2 from %3 and %4.</source>
        <translation>Das Konto „%1“ empfängt E-Mails per %2 von %3 und %4.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FinishPage.cpp" line="45"/>
        <source>send through %1</source>
        <translation>versendet über %1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FinishPage.cpp" line="45"/>
        <source>not send mail</source>
        <translation>versendet keine E-Mails</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FinishPage.cpp" line="46"/>
        <source>Its first download starts as soon as you finish.</source>
        <translation>Der erste Abruf beginnt, sobald Sie den Assistenten abschließen.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FinishPage.cpp" line="48"/>
        <source>Saving your password in the system keyring…</source>
        <translation>Ihr Passwort wird im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FinishPage.cpp" line="75"/>
        <source>Your password is saved in the system keyring.</source>
        <translation>Ihr Passwort ist im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FinishPage.cpp" line="78"/>
        <source>No system keyring is available here, so Letterbox cannot keep your password safely. It can ask for it each time it starts instead.
The keyring said: %1</source>
        <translation>Hier ist kein Schlüsselbund des Systems verfügbar, daher kann Letterbox Ihr Passwort nicht sicher aufbewahren. Stattdessen kann es bei jedem Start danach fragen.
Meldung des Schlüsselbunds: %1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FinishPage.cpp" line="98"/>
        <source>The account could not be saved: %1</source>
        <translation>Das Konto konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>lb::ui::FolderTreeModel</name>
    <message>
        <location filename="../ui/main/FolderTreeModel.cpp" line="67"/>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <location filename="../ui/main/FolderTreeModel.cpp" line="96"/>
        <source>Unified Inbox</source>
        <translation>Gemeinsamer Posteingang</translation>
    </message>
    <message>
        <location filename="../ui/main/FolderTreeModel.cpp" line="357"/>
        <source>%1 of %2 used on the server</source>
        <translation>%1 von %2 auf dem Server belegt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/FolderTreeModel.cpp" line="360"/>
        <source>The server holds %n message(s), %1</source>
        <translation>
            <numerusform>Der Server enthält %n Nachricht, %1</numerusform>
            <numerusform>Der Server enthält %n Nachrichten, %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/FolderTreeModel.cpp" line="363"/>
        <source>The server holds %1</source>
        <translation>Der Server enthält %1</translation>
    </message>
    <message>
        <location filename="../ui/main/FolderTreeModel.cpp" line="378"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/FolderTreeModel.cpp" line="405"/>
        <source>%1: %n message(s)</source>
        <translation>
            <numerusform>%1: %n Nachricht</numerusform>
            <numerusform>%1: %n Nachrichten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::ui::HeaderPane</name>
    <message>
        <location filename="../ui/message/HeaderPane.cpp" line="45"/>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <location filename="../ui/message/HeaderPane.cpp" line="46"/>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <location filename="../ui/message/HeaderPane.cpp" line="47"/>
        <source>Cc:</source>
        <translation>CC:</translation>
    </message>
    <message>
        <location filename="../ui/message/HeaderPane.cpp" line="48"/>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <location filename="../ui/message/HeaderPane.cpp" line="70"/>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
</context>
<context>
    <name>lb::ui::IdentityPage</name>
    <message>
        <location filename="../ui/wizard/IdentityPage.cpp" line="15"/>
        <source>Set up your mail account</source>
        <translation>E-Mail-Konto einrichten</translation>
    </message>
    <message>
        <location filename="../ui/wizard/IdentityPage.cpp" line="16"/>
        <source>Letterbox finds your provider&apos;s settings from your address.</source>
        <translation>Letterbox ermittelt die Einstellungen Ihres Anbieters anhand Ihrer Adresse.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/IdentityPage.cpp" line="19"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../ui/wizard/IdentityPage.cpp" line="20"/>
        <source>as others see it, e.g. Ann Lee</source>
        <translation>wie andere ihn sehen, z. B. Erika Mustermann</translation>
    </message>
    <message>
        <location filename="../ui/wizard/IdentityPage.cpp" line="22"/>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../ui/wizard/IdentityPage.cpp" line="23"/>
        <source>you@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <location filename="../ui/wizard/IdentityPage.cpp" line="25"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../ui/wizard/IdentityPage.cpp" line="27"/>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/IdentityPage.cpp" line="28"/>
        <source>&amp;Email address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/IdentityPage.cpp" line="29"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/IdentityPage.cpp" line="31"/>
        <source>The password goes to your system&apos;s keyring, never into Letterbox&apos;s files.</source>
        <translation>Das Passwort wird im Schlüsselbund Ihres Systems abgelegt, niemals in den Dateien von Letterbox.</translation>
    </message>
</context>
<context>
    <name>lb::ui::ImapOptionsForm</name>
    <message>
        <location filename="../ui/settings/ProtocolOptionsForms.cpp" line="20"/>
        <source>Keep &amp;sent mail on the server</source>
        <translation>&amp;Gesendete Nachrichten auf dem Server speichern</translation>
    </message>
    <message>
        <location filename="../ui/settings/ProtocolOptionsForms.cpp" line="21"/>
        <source>Keep &amp;drafts on the server</source>
        <translation>E&amp;ntwürfe auf dem Server speichern</translation>
    </message>
    <message>
        <location filename="../ui/settings/ProtocolOptionsForms.cpp" line="22"/>
        <source>Keep &amp;deleted mail (Trash) on the server</source>
        <translation>Gelöschte Nachrichten (&amp;Papierkorb) auf dem Server speichern</translation>
    </message>
    <message>
        <location filename="../ui/settings/ProtocolOptionsForms.cpp" line="28"/>
        <source>For offline &amp;reading, download:</source>
        <translation>Zum Offline-&amp;Lesen herunterladen:</translation>
    </message>
    <message>
        <location filename="../ui/settings/ProtocolOptionsForms.cpp" line="30"/>
        <source>What to download for offline reading</source>
        <translation>Was zum Offline-Lesen heruntergeladen wird</translation>
    </message>
    <message>
        <location filename="../ui/settings/ProtocolOptionsForms.cpp" line="31"/>
        <source>all messages</source>
        <translation>alle Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/settings/ProtocolOptionsForms.cpp" line="32"/>
        <source>messages of the last days</source>
        <translation>Nachrichten der letzten Tage</translation>
    </message>
    <message>
        <location filename="../ui/settings/ProtocolOptionsForms.cpp" line="34"/>
        <source>headers only</source>
        <translation>nur Kopfzeilen</translation>
    </message>
    <message>
        <location filename="../ui/settings/ProtocolOptionsForms.cpp" line="38"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../ui/settings/ProtocolOptionsForms.cpp" line="39"/>
        <source>Days of mail to download</source>
        <translation>Anzahl der Tage, deren Nachrichten heruntergeladen werden</translation>
    </message>
</context>
<context>
    <name>lb::ui::MainWindow</name>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="37"/>
        <location filename="../ui/main/MainWindow.cpp" line="167"/>
        <location filename="../ui/main/MainWindow.cpp" line="253"/>
        <source>Letterbox</source>
        <translation>Letterbox</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="91"/>
        <source>Filter these messages &lt;Ctrl+Shift+K&gt;</source>
        <translation>Diese Nachrichten filtern &lt;Strg+Umschalt+K&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="95"/>
        <source>Search all mail &lt;Ctrl+K&gt;</source>
        <translation>Alle Nachrichten durchsuchen &lt;Strg+K&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="127"/>
        <source>No mail account is set up yet</source>
        <translation>Noch kein E-Mail-Konto eingerichtet</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="132"/>
        <source>Add an account…</source>
        <translation>Konto hinzufügen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/MainWindow.cpp" line="252"/>
        <source>Letterbox (%n unread)</source>
        <translation>
            <numerusform>Letterbox (%n ungelesen)</numerusform>
            <numerusform>Letterbox (%n ungelesen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="345"/>
        <source>New mail</source>
        <translation>Neue E-Mails</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/MainWindow.cpp" line="346"/>
        <source>%n new message(s) for %1</source>
        <translation>
            <numerusform>%n neue Nachricht für %1</numerusform>
            <numerusform>%n neue Nachrichten für %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowActions.cpp" line="58"/>
        <source>&amp;New Message</source>
        <translation>&amp;Neue Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowActions.cpp" line="62"/>
        <source>&amp;Reply</source>
        <translation>&amp;Antworten</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowActions.cpp" line="64"/>
        <source>Reply to &amp;All</source>
        <translation>Allen a&amp;ntworten</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowActions.cpp" line="67"/>
        <source>&amp;Forward</source>
        <translation>&amp;Weiterleiten</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowActions.cpp" line="71"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowActions.cpp" line="73"/>
        <source>Mark as Read/&amp;Unread</source>
        <translation>Als gelesen/&amp;ungelesen markieren</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowActions.cpp" line="76"/>
        <source>&amp;Star</source>
        <translation>Mit &amp;Stern markieren</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowActions.cpp" line="78"/>
        <source>Next &amp;Unread Message</source>
        <translation>Nächste &amp;ungelesene Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowActions.cpp" line="81"/>
        <source>Ne&amp;xt Message</source>
        <translation>&amp;Nächste Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowActions.cpp" line="83"/>
        <source>&amp;Previous Message</source>
        <translation>&amp;Vorherige Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowActions.cpp" line="86"/>
        <source>&amp;Search All Mail</source>
        <translation>&amp;Alle Nachrichten durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowActions.cpp" line="92"/>
        <source>&amp;Quick Filter</source>
        <translation>&amp;Schnellfilter</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowActions.cpp" line="98"/>
        <source>&amp;Get Messages</source>
        <translation>Nachrichten &amp;abrufen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowActions.cpp" line="104"/>
        <source>&amp;Threads</source>
        <translation>Nach &amp;Themen gruppieren</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowActions.cpp" line="108"/>
        <source>Work &amp;Offline</source>
        <translation>&amp;Offline arbeiten</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowActions.cpp" line="116"/>
        <source>&amp;Empty Trash</source>
        <translation>&amp;Papierkorb leeren</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowActions.cpp" line="118"/>
        <source>&amp;Waiting for the Servers…</source>
        <translation>Auf die Server &amp;wartende Aktionen…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowActions.cpp" line="120"/>
        <source>&amp;Add Account…</source>
        <translation>&amp;Konto hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowActions.cpp" line="122"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowActions.cpp" line="128"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowActions.cpp" line="138"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowActions.cpp" line="142"/>
        <source>&amp;Go</source>
        <translation>Navi&amp;gation</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowActions.cpp" line="146"/>
        <source>&amp;Message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowActions.cpp" line="278"/>
        <source>Empty Trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowActions.cpp" line="279"/>
        <source>Delete every message in the Trash of %1 for good?</source>
        <translation>Alle Nachrichten im Papierkorb von %1 endgültig löschen?</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowActions.cpp" line="292"/>
        <source>Add an account before writing mail.</source>
        <translation>Fügen Sie ein Konto hinzu, bevor Sie E-Mails schreiben.</translation>
    </message>
</context>
<context>
    <name>lb::ui::MessageListModel</name>
    <message>
        <location filename="../ui/main/MessageListModel.cpp" line="404"/>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/MessageListModel.cpp" line="456"/>
        <source>%n bytes</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/MessageListModel.cpp" line="487"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../ui/main/MessageListModel.cpp" line="489"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/main/MessageListModel.cpp" line="491"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ui/main/MessageListModel.cpp" line="493"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/main/MessageListModel.cpp" line="506"/>
        <source>Flagged</source>
        <translation>Mit Stern markiert</translation>
    </message>
    <message>
        <location filename="../ui/main/MessageListModel.cpp" line="508"/>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
</context>
<context>
    <name>lb::ui::MessageView</name>
    <message>
        <location filename="../ui/message/MessageView.cpp" line="49"/>
        <source>Open link?</source>
        <translation>Link öffnen?</translation>
    </message>
    <message>
        <location filename="../ui/message/MessageView.cpp" line="50"/>
        <source>The link text shows “%1”, but the link opens a different address:</source>
        <translation>Der Linktext zeigt „%1“, aber der Link öffnet eine andere Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/message/MessageView.cpp" line="118"/>
        <source>This message could not be read from the cache: %1</source>
        <translation>Diese Nachricht konnte nicht aus dem Cache gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/message/MessageView.cpp" line="122"/>
        <source>This message has not been downloaded yet. It will appear here once Letterbox is online.</source>
        <translation>Diese Nachricht wurde noch nicht heruntergeladen. Sie erscheint hier, sobald Letterbox online ist.</translation>
    </message>
    <message>
        <location filename="../ui/message/MessageView.cpp" line="131"/>
        <source>Opening the message…</source>
        <translation>Nachricht wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../ui/message/MessageView.cpp" line="228"/>
        <location filename="../ui/message/MessageView.cpp" line="240"/>
        <source>There is no such attachment.</source>
        <translation>Diesen Anhang gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../ui/message/MessageView.cpp" line="233"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/message/MessageView.cpp" line="248"/>
        <location filename="../ui/message/MessageView.cpp" line="272"/>
        <source>attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <location filename="../ui/message/MessageView.cpp" line="261"/>
        <source>Open attachment</source>
        <translation>Anhang öffnen</translation>
    </message>
    <message>
        <location filename="../ui/message/MessageView.cpp" line="273"/>
        <location filename="../ui/message/MessageView.cpp" line="277"/>
        <source>Save attachment</source>
        <translation>Anhang speichern</translation>
    </message>
</context>
<context>
    <name>lb::ui::NoDraftKeeper</name>
    <message>
        <location filename="../ui/composer/DraftKeeper.cpp" line="12"/>
        <source>Drafts are not kept in this version: the text stays only in this window until you send it.</source>
        <translation>Entwürfe werden in dieser Version nicht gespeichert: Der Text bleibt nur in diesem Fenster, bis Sie ihn senden.</translation>
    </message>
    <message>
        <location filename="../ui/composer/DraftKeeper.cpp" line="20"/>
        <source>There is no saved draft to send.</source>
        <translation>Es gibt keinen gespeicherten Entwurf zum Senden.</translation>
    </message>
</context>
<context>
    <name>lb::ui::OfflineQueueDialog</name>
    <message>
        <location filename="../ui/main/OfflineQueueDialog.cpp" line="37"/>
        <source>Change flags</source>
        <translation>Markierungen ändern</translation>
    </message>
    <message>
        <location filename="../ui/main/OfflineQueueDialog.cpp" line="39"/>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <location filename="../ui/main/OfflineQueueDialog.cpp" line="41"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/main/OfflineQueueDialog.cpp" line="43"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/main/OfflineQueueDialog.cpp" line="45"/>
        <source>Remove deleted messages</source>
        <translation>Gelöschte Nachrichten entfernen</translation>
    </message>
    <message>
        <location filename="../ui/main/OfflineQueueDialog.cpp" line="47"/>
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <location filename="../ui/main/OfflineQueueDialog.cpp" line="49"/>
        <source>Move to a local folder</source>
        <translation>In einen lokalen Ordner verschieben</translation>
    </message>
    <message>
        <location filename="../ui/main/OfflineQueueDialog.cpp" line="51"/>
        <source>Empty Trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message>
        <location filename="../ui/main/OfflineQueueDialog.cpp" line="61"/>
        <source>Send (waiting)</source>
        <translation>Senden (wartet)</translation>
    </message>
    <message>
        <location filename="../ui/main/OfflineQueueDialog.cpp" line="63"/>
        <source>Send (sending now)</source>
        <translation>Senden (wird gerade gesendet)</translation>
    </message>
    <message>
        <location filename="../ui/main/OfflineQueueDialog.cpp" line="65"/>
        <source>Send (sent, filing in Sent)</source>
        <translation>Senden (gesendet, wird in „Gesendet“ abgelegt)</translation>
    </message>
    <message>
        <location filename="../ui/main/OfflineQueueDialog.cpp" line="67"/>
        <source>Send (failed)</source>
        <translation>Senden (fehlgeschlagen)</translation>
    </message>
    <message>
        <location filename="../ui/main/OfflineQueueDialog.cpp" line="69"/>
        <source>Send (may have been sent: check before retrying)</source>
        <translation>Senden (vielleicht schon gesendet – vor einem neuen Versuch prüfen)</translation>
    </message>
    <message>
        <location filename="../ui/main/OfflineQueueDialog.cpp" line="71"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../ui/main/OfflineQueueDialog.cpp" line="79"/>
        <source>Waiting for the servers</source>
        <translation>Auf die Server wartende Aktionen</translation>
    </message>
    <message>
        <location filename="../ui/main/OfflineQueueDialog.cpp" line="85"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../ui/main/OfflineQueueDialog.cpp" line="85"/>
        <source>What</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/main/OfflineQueueDialog.cpp" line="85"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/main/OfflineQueueDialog.cpp" line="85"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../ui/main/OfflineQueueDialog.cpp" line="85"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../ui/main/OfflineQueueDialog.cpp" line="93"/>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/main/OfflineQueueDialog.cpp" line="94"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/main/OfflineQueueDialog.cpp" line="119"/>
        <source>Gave up: %1</source>
        <translation>Aufgegeben: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/OfflineQueueDialog.cpp" line="133"/>
        <source>To %1</source>
        <translation>An %1</translation>
    </message>
</context>
<context>
    <name>lb::ui::Pop3OptionsForm</name>
    <message>
        <location filename="../ui/settings/ProtocolOptionsForms.cpp" line="83"/>
        <source>&amp;Leave a copy on the server</source>
        <translation>&amp;Kopie auf dem Server belassen</translation>
    </message>
    <message>
        <location filename="../ui/settings/ProtocolOptionsForms.cpp" line="85"/>
        <source>Delete it from the server &amp;after</source>
        <translation>Vom Server löschen &amp;nach</translation>
    </message>
    <message>
        <location filename="../ui/settings/ProtocolOptionsForms.cpp" line="88"/>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <location filename="../ui/settings/ProtocolOptionsForms.cpp" line="89"/>
        <source>Days before deleting from the server</source>
        <translation>Tage bis zum Löschen vom Server</translation>
    </message>
    <message>
        <location filename="../ui/settings/ProtocolOptionsForms.cpp" line="94"/>
        <source>Delete it from the server when I &amp;delete it here</source>
        <translation>Vom Server löschen, wenn ich sie hier &amp;lösche</translation>
    </message>
</context>
<context>
    <name>lb::ui::ProtocolPage</name>
    <message>
        <location filename="../ui/wizard/ProtocolPage.cpp" line="42"/>
        <source>How should Letterbox keep your mail?</source>
        <translation>Wie soll Letterbox Ihre E-Mails aufbewahren?</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ProtocolPage.cpp" line="43"/>
        <source>Both work. They differ in where your mail lives.</source>
        <translation>Beides funktioniert. Der Unterschied liegt darin, wo Ihre E-Mails gespeichert sind.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ProtocolPage.cpp" line="46"/>
        <source>Your mailbox</source>
        <translation>Ihr Postfach</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ProtocolPage.cpp" line="52"/>
        <source>&amp;IMAP: mail stays on the server</source>
        <translation>&amp;IMAP: E-Mails bleiben auf dem Server</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ProtocolPage.cpp" line="54"/>
        <source>• Mail lives on the server; Letterbox keeps a copy for reading offline.
• Your phone, webmail and this computer all see the same folders, read and deleted messages.
• Counts against your provider&apos;s storage limit.
• The provider keeps the mail safe; a lost computer loses nothing.
• Offline you can read and write; changes reach the server when you are back online.</source>
        <translation>• Die E-Mails liegen auf dem Server; Letterbox behält eine Kopie zum Offline-Lesen.
• Ihr Smartphone, das Webmail und dieser Computer sehen dieselben Ordner sowie dieselben gelesenen und gelöschten Nachrichten.
• Belegt Speicherplatz im Kontingent Ihres Anbieters.
• Der Anbieter bewahrt die E-Mails sicher auf; geht der Computer verloren, ist nichts verloren.
• Offline können Sie lesen und schreiben; Änderungen erreichen den Server, sobald Sie wieder online sind.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ProtocolPage.cpp" line="72"/>
        <location filename="../ui/wizard/ProtocolPage.cpp" line="118"/>
        <source>&amp;POP3: mail moves to this computer</source>
        <translation>&amp;POP3: E-Mails werden auf diesen Computer übertragen</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ProtocolPage.cpp" line="74"/>
        <source>• Mail is downloaded into this computer and can be removed from the server.
• Other devices do not see what you read, file or delete here; once removed from the server, mail is gone from webmail and your phone.
• Frees the server&apos;s storage when mail is deleted there.
• Backing up this computer is up to you.
• Everything downloaded is readable offline.</source>
        <translation>• Die E-Mails werden auf diesen Computer heruntergeladen und können vom Server entfernt werden.
• Andere Geräte sehen nicht, was Sie hier lesen, ablegen oder löschen; einmal vom Server entfernt, sind die E-Mails aus dem Webmail und von Ihrem Smartphone verschwunden.
• Gibt Speicherplatz auf dem Server frei, wenn E-Mails dort gelöscht werden.
• Für die Sicherung dieses Computers sind Sie selbst verantwortlich.
• Alles Heruntergeladene ist offline lesbar.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ProtocolPage.cpp" line="97"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ProtocolPage.cpp" line="116"/>
        <source>&amp;IMAP: mail stays on the server (recommended)</source>
        <translation>&amp;IMAP: E-Mails bleiben auf dem Server (empfohlen)</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ProtocolPage.cpp" line="117"/>
        <source>&amp;IMAP: not offered by your provider</source>
        <translation>&amp;IMAP: von Ihrem Anbieter nicht angeboten</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ProtocolPage.cpp" line="119"/>
        <source>&amp;POP3: not offered by your provider</source>
        <translation>&amp;POP3: von Ihrem Anbieter nicht angeboten</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ProtocolPage.cpp" line="131"/>
        <source>With POP3 and deleting from the server, these messages vanish from webmail and your phone once downloaded here.</source>
        <translation>Mit POP3 und Löschen vom Server verschwinden diese Nachrichten aus dem Webmail und von Ihrem Smartphone, sobald sie hier heruntergeladen sind.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ProtocolPage.cpp" line="136"/>
        <source>We recommend IMAP: your provider offers it, every device stays in step, and a lost or broken computer loses no mail.</source>
        <translation>Wir empfehlen IMAP: Ihr Anbieter unterstützt es, alle Geräte bleiben auf demselben Stand, und mit einem verlorenen oder defekten Computer gehen keine E-Mails verloren.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ProtocolPage.cpp" line="151"/>
        <source>On this computer: about %1.</source>
        <translation>Auf diesem Computer: etwa %1.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ProtocolPage.cpp" line="178"/>
        <source>Careful: this mailbox is already set up as the %1 account &quot;%2&quot;. Using POP3 and IMAP on the same mailbox makes mail disappear: POP3 downloads and deletes what the IMAP account then no longer shows. Choose the same protocol, or remove the other account.</source>
        <translation>Achtung: Dieses Postfach ist bereits als %1-Konto „%2“ eingerichtet. Wenn POP3 und IMAP dasselbe Postfach verwenden, verschwinden E-Mails: POP3 lädt herunter und löscht, was das IMAP-Konto dann nicht mehr anzeigt. Wählen Sie dasselbe Protokoll oder entfernen Sie das andere Konto.</translation>
    </message>
</context>
<context>
    <name>lb::ui::RemoteImagesBar</name>
    <message>
        <location filename="../ui/message/RemoteImagesBar.cpp" line="25"/>
        <source>Load for this message</source>
        <translation>Für diese Nachricht laden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/message/RemoteImagesBar.cpp" line="37"/>
        <source>Remote images were blocked to protect your privacy (%n).</source>
        <translation>
            <numerusform>Ein externes Bild wurde zum Schutz Ihrer Privatsphäre blockiert (%n).</numerusform>
            <numerusform>Externe Bilder wurden zum Schutz Ihrer Privatsphäre blockiert (%n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/message/RemoteImagesBar.cpp" line="38"/>
        <source>Remote content was blocked to protect your privacy (%n). Only images can be loaded.</source>
        <translation>
            <numerusform>Externer Inhalt wurde zum Schutz Ihrer Privatsphäre blockiert (%n). Nur Bilder können geladen werden.</numerusform>
            <numerusform>Externe Inhalte wurden zum Schutz Ihrer Privatsphäre blockiert (%n). Nur Bilder können geladen werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/message/RemoteImagesBar.cpp" line="43"/>
        <source>Always for %1</source>
        <translation>Immer für %1</translation>
    </message>
    <message>
        <location filename="../ui/message/RemoteImagesBar.cpp" line="44"/>
        <source>Always load remote images in messages from %1</source>
        <translation>Externe Bilder in Nachrichten von %1 immer laden</translation>
    </message>
</context>
<context>
    <name>lb::ui::ServerSettingsForm</name>
    <message>
        <location filename="../ui/settings/ServerSettingsForm.cpp" line="17"/>
        <source>Server host name</source>
        <translation>Hostname des Servers</translation>
    </message>
    <message>
        <location filename="../ui/settings/ServerSettingsForm.cpp" line="18"/>
        <source>mail.example.org</source>
        <translation>mail.example.org</translation>
    </message>
    <message>
        <location filename="../ui/settings/ServerSettingsForm.cpp" line="21"/>
        <source>Server port</source>
        <translation>Server-Port</translation>
    </message>
    <message>
        <location filename="../ui/settings/ServerSettingsForm.cpp" line="23"/>
        <source>Connection security</source>
        <translation>Verbindungssicherheit</translation>
    </message>
    <message>
        <location filename="../ui/settings/ServerSettingsForm.cpp" line="24"/>
        <source>TLS (encrypted from the start)</source>
        <translation>TLS (von Anfang an verschlüsselt)</translation>
    </message>
    <message>
        <location filename="../ui/settings/ServerSettingsForm.cpp" line="26"/>
        <source>STARTTLS (encrypted after connecting)</source>
        <translation>STARTTLS (nach dem Verbindungsaufbau verschlüsselt)</translation>
    </message>
    <message>
        <location filename="../ui/settings/ServerSettingsForm.cpp" line="28"/>
        <source>None (unencrypted, not recommended)</source>
        <translation>Keine (unverschlüsselt, nicht empfohlen)</translation>
    </message>
    <message>
        <location filename="../ui/settings/ServerSettingsForm.cpp" line="31"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../ui/settings/ServerSettingsForm.cpp" line="35"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../ui/settings/ServerSettingsForm.cpp" line="36"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../ui/settings/ServerSettingsForm.cpp" line="37"/>
        <source>&amp;Security:</source>
        <translation>Si&amp;cherheit:</translation>
    </message>
    <message>
        <location filename="../ui/settings/ServerSettingsForm.cpp" line="38"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
</context>
<context>
    <name>lb::ui::ServersPage</name>
    <message>
        <location filename="../ui/wizard/ServersPage.cpp" line="19"/>
        <source>Server settings</source>
        <translation>Servereinstellungen</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ServersPage.cpp" line="20"/>
        <source>Check or change what was found. Letterbox signs in with them next.</source>
        <translation>Überprüfen oder ändern Sie die gefundenen Einstellungen. Letterbox meldet sich anschließend damit an.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ServersPage.cpp" line="22"/>
        <source>Incoming mail</source>
        <translation>Eingehende E-Mails</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ServersPage.cpp" line="26"/>
        <source>Outgoing mail (SMTP)</source>
        <translation>Ausgehende E-Mails (SMTP)</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ServersPage.cpp" line="28"/>
        <source>&amp;Send mail from this account</source>
        <translation>E-Mails über dieses Konto &amp;senden</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ServersPage.cpp" line="49"/>
        <source>Not found: please enter it.</source>
        <translation>Nicht gefunden: Bitte geben Sie die Daten ein.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ServersPage.cpp" line="50"/>
        <source>Source: %1.</source>
        <translation>Quelle: %1.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ServersPage.cpp" line="78"/>
        <source>Please check the settings: %1</source>
        <translation>Bitte überprüfen Sie die Einstellungen: %1</translation>
    </message>
</context>
<context>
    <name>lb::ui::StatusPanel</name>
    <message>
        <location filename="../ui/main/StatusPanel.cpp" line="47"/>
        <source>connecting</source>
        <translation>Verbindungsaufbau</translation>
    </message>
    <message>
        <location filename="../ui/main/StatusPanel.cpp" line="50"/>
        <source>signing in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location filename="../ui/main/StatusPanel.cpp" line="53"/>
        <source>listing folders</source>
        <translation>Abruf der Ordnerliste</translation>
    </message>
    <message>
        <location filename="../ui/main/StatusPanel.cpp" line="56"/>
        <source>fetching headers</source>
        <translation>Abruf der Kopfzeilen</translation>
    </message>
    <message>
        <location filename="../ui/main/StatusPanel.cpp" line="59"/>
        <source>downloading messages for offline use</source>
        <translation>Download der Nachrichten zur Offline-Nutzung</translation>
    </message>
    <message>
        <location filename="../ui/main/StatusPanel.cpp" line="62"/>
        <source>downloading</source>
        <translation>Download</translation>
    </message>
    <message>
        <location filename="../ui/main/StatusPanel.cpp" line="65"/>
        <source>indexing for search</source>
        <translation>Indizierung für die Suche</translation>
    </message>
    <message>
        <location filename="../ui/main/StatusPanel.cpp" line="68"/>
        <source>sending your changes</source>
        <translation>Übertragung Ihrer Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/main/StatusPanel.cpp" line="71"/>
        <source>sending mail</source>
        <translation>Versand der E-Mails</translation>
    </message>
    <message>
        <location filename="../ui/main/StatusPanel.cpp" line="74"/>
        <source>cleaning up</source>
        <translation>Aufräumen</translation>
    </message>
    <message>
        <location filename="../ui/main/StatusPanel.cpp" line="77"/>
        <source>up to date</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <location filename="../ui/main/StatusPanel.cpp" line="80"/>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location filename="../ui/main/StatusPanel.cpp" line="82"/>
        <source>, %1 of %2</source>
        <translation>, %1 von %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/StatusPanel.cpp" line="85"/>
        <source>, about %n second(s) left</source>
        <translation>
            <numerusform>, noch etwa %n Sekunde</numerusform>
            <numerusform>, noch etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/StatusPanel.cpp" line="87"/>
        <source>, about %n minute(s) left</source>
        <translation>
            <numerusform>, noch etwa %n Minute</numerusform>
            <numerusform>, noch etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/StatusPanel.cpp" line="90"/>
        <source>inbox ready; %1</source>
        <translation>Posteingang bereit; %1</translation>
    </message>
    <message>
        <location filename="../ui/main/StatusPanel.cpp" line="105"/>
        <location filename="../ui/main/StatusPanel.cpp" line="114"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/main/StatusPanel.cpp" line="124"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../ui/main/StatusPanel.cpp" line="125"/>
        <source>Click to work offline: changes wait in the queue</source>
        <translation>Klicken, um offline zu arbeiten: Änderungen warten in der Warteschlange</translation>
    </message>
    <message>
        <location filename="../ui/main/StatusPanel.cpp" line="128"/>
        <source>Working offline</source>
        <translation>Offline-Modus</translation>
    </message>
    <message>
        <location filename="../ui/main/StatusPanel.cpp" line="128"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../ui/main/StatusPanel.cpp" line="129"/>
        <source>Click to go online again</source>
        <translation>Klicken, um wieder online zu gehen</translation>
    </message>
    <message>
        <location filename="../ui/main/StatusPanel.cpp" line="130"/>
        <source>The mail servers cannot be reached; what you do now waits in the queue</source>
        <translation>Die Mailserver sind nicht erreichbar; was Sie jetzt tun, wartet in der Warteschlange</translation>
    </message>
</context>
<context>
    <name>lb::ui::VerifyPage</name>
    <message>
        <location filename="../ui/wizard/VerifyPage.cpp" line="23"/>
        <source>Checking your settings</source>
        <translation>Ihre Einstellungen werden geprüft</translation>
    </message>
    <message>
        <location filename="../ui/wizard/VerifyPage.cpp" line="24"/>
        <source>Letterbox signs in to your servers to make sure everything works.</source>
        <translation>Letterbox meldet sich bei Ihren Servern an, um sicherzustellen, dass alles funktioniert.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/VerifyPage.cpp" line="30"/>
        <source>Signing in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location filename="../ui/wizard/VerifyPage.cpp" line="34"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/wizard/VerifyPage.cpp" line="36"/>
        <source>Certificate shown by the server</source>
        <translation>Vom Server vorgelegtes Zertifikat</translation>
    </message>
    <message>
        <location filename="../ui/wizard/VerifyPage.cpp" line="41"/>
        <source>Certificate details</source>
        <translation>Zertifikatdetails</translation>
    </message>
    <message>
        <location filename="../ui/wizard/VerifyPage.cpp" line="42"/>
        <source>&amp;Trust this certificate for this account</source>
        <translation>Diesem Zertifikat für dieses Konto &amp;vertrauen</translation>
    </message>
    <message>
        <location filename="../ui/wizard/VerifyPage.cpp" line="50"/>
        <source>T&amp;ry again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/wizard/VerifyPage.cpp" line="97"/>
        <source>Signing in to %1 and %2…</source>
        <translation>Anmeldung bei %1 und %2…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/VerifyPage.cpp" line="100"/>
        <source>no outgoing server</source>
        <translation>keinem Postausgangsserver</translation>
    </message>
    <message>
        <location filename="../ui/wizard/VerifyPage.cpp" line="143"/>
        <source>Everything works.</source>
        <translation>Alles funktioniert.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/VerifyPage.cpp" line="145"/>
        <source>Something needs your attention. Go back to change a setting, or try again.</source>
        <translation>Etwas erfordert Ihre Aufmerksamkeit. Gehen Sie zurück, um eine Einstellung zu ändern, oder versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/VerifyPage.cpp" line="150"/>
        <source>Certificate shown by %1</source>
        <translation>Von %1 vorgelegtes Zertifikat</translation>
    </message>
</context>
<context>
    <name>lb::ui::WizardText</name>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="16"/>
        <source>from Letterbox&apos;s list of providers</source>
        <translation>aus der Anbieterliste von Letterbox</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="18"/>
        <source>from the provider&apos;s own settings page (HTTPS)</source>
        <translation>von der Einstellungsseite des Anbieters (HTTPS)</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="20"/>
        <source>from DNS — unconfirmed until you sign in</source>
        <translation>aus dem DNS – unbestätigt bis zur Anmeldung</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="22"/>
        <source>a guess the server answered — unconfirmed until you sign in</source>
        <translation>eine Vermutung, auf die der Server geantwortet hat – unbestätigt bis zur Anmeldung</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="24"/>
        <source>entered by you</source>
        <translation>von Ihnen eingegeben</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="33"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="35"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="37"/>
        <source>unencrypted</source>
        <translation>unverschlüsselt</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="44"/>
        <source>%1 %2, port %3 (%4), user %5</source>
        <translation>%1 %2, Port %3 (%4), Benutzer %5</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="54"/>
        <source>Looking up %1 in the list of known providers…</source>
        <translation>%1 wird in der Liste bekannter Anbieter gesucht…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="56"/>
        <source>Asking the provider for its settings: %1</source>
        <translation>Einstellungen werden beim Anbieter abgefragt: %1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="58"/>
        <source>Asking DNS: %1</source>
        <translation>DNS-Abfrage: %1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="60"/>
        <source>Trying %1…</source>
        <translation>%1 wird versucht…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="62"/>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="79"/>
        <source>one message</source>
        <translation>eine Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="79"/>
        <source>%1 messages</source>
        <translation>%1 Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="80"/>
        <source>Your inbox holds %1</source>
        <translation>Ihr Posteingang enthält %1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="81"/>
        <source>Your mailbox holds %1</source>
        <translation>Ihr Postfach enthält %1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="83"/>
        <source>(%1).</source>
        <translation>(%1).</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="87"/>
        <source>The server allows %1 and %2 of it is used.</source>
        <translation>Der Server erlaubt %1, davon sind %2 belegt.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="96"/>
        <source>%1 server %2 (port %3)</source>
        <translation>%1-Server %2 (Port %3)</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="101"/>
        <source>Signed in to the %1.</source>
        <translation>Beim %1 angemeldet.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="103"/>
        <source>The %1 refused the user name or password. Check the password (some providers want an app password here).</source>
        <translation>Der %1 hat den Benutzernamen oder das Passwort abgelehnt. Überprüfen Sie das Passwort (manche Anbieter verlangen hier ein App-Passwort).</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="107"/>
        <source>The host name %1 does not exist. Check its spelling.</source>
        <translation>Den Hostnamen %1 gibt es nicht. Überprüfen Sie die Schreibweise.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="109"/>
        <source>The %1 cannot be reached. Check your network connection.</source>
        <translation>Der %1 ist nicht erreichbar. Überprüfen Sie Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="111"/>
        <source>The %1 refused the connection: nothing answers on that port. Check the port number.</source>
        <translation>Der %1 hat die Verbindung abgelehnt: Auf diesem Port antwortet nichts. Überprüfen Sie die Portnummer.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="115"/>
        <source>The %1 did not answer in time. Check the host and port, or try again later.</source>
        <translation>Der %1 hat nicht rechtzeitig geantwortet. Überprüfen Sie Host und Port oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="118"/>
        <source>The %1 showed a certificate that is not trusted. Compare it with what your provider publishes before trusting it.</source>
        <translation>Der %1 hat ein nicht vertrauenswürdiges Zertifikat vorgelegt. Vergleichen Sie es mit den Angaben Ihres Anbieters, bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="122"/>
        <source>A secure connection to the %1 failed. Perhaps this port expects another kind of security.</source>
        <translation>Die sichere Verbindung zum %1 ist fehlgeschlagen. Vielleicht erwartet dieser Port eine andere Art der Verschlüsselung.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="126"/>
        <source>The %1 does not offer STARTTLS. Choose TLS on its own port instead.</source>
        <translation>Der %1 bietet kein STARTTLS an. Wählen Sie stattdessen TLS auf dem dafür vorgesehenen Port.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="129"/>
        <source>Something answers at the %1, but it is not a %2 server.</source>
        <translation>Beim %1 antwortet ein Dienst, aber es ist kein %2-Server.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="132"/>
        <source>The %1 reported a problem: %2</source>
        <translation>Der %1 hat ein Problem gemeldet: %2</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="135"/>
        <source>Checking the %1 was cancelled.</source>
        <translation>Die Prüfung für den %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="143"/>
        <source>Subject: %1
Issued by: %2
Valid from %3 to %4
SHA-256: %5</source>
        <translation>Ausgestellt für: %1
Ausgestellt von: %2
Gültig vom %3 bis %4
SHA-256: %5</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="50"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="53"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="54"/>
        <source>The keyring holds no password for %1.
Password:</source>
        <translation>Der Schlüsselbund enthält kein Passwort für %1.
Passwort:</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="79"/>
        <source>Letterbox</source>
        <translation>Letterbox</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="80"/>
        <source>The mail cache cannot be opened: %1</source>
        <translation>Der E-Mail-Cache kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="95"/>
        <source>Secure connections are unavailable: %1</source>
        <translation>Sichere Verbindungen sind nicht verfügbar: %1</translation>
    </message>
</context>
</TS>
