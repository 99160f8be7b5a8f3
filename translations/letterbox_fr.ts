<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>lb::ui::AccountSettingsDialog</name>
    <message>
        <location filename="../ui/settings/AccountSettingsDialog.cpp" line="27"/>
        <source>Settings of %1</source>
        <translation>Paramètres de %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/AccountSettingsDialog.cpp" line="30"/>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <location filename="../ui/settings/AccountSettingsDialog.cpp" line="31"/>
        <source>&amp;Servers</source>
        <translation>&amp;Serveurs</translation>
    </message>
    <message>
        <location filename="../ui/settings/AccountSettingsDialog.cpp" line="33"/>
        <source>&amp;IMAP options</source>
        <translation>Options &amp;IMAP</translation>
    </message>
    <message>
        <location filename="../ui/settings/AccountSettingsDialog.cpp" line="33"/>
        <source>&amp;POP3 options</source>
        <translation>Options &amp;POP3</translation>
    </message>
    <message>
        <location filename="../ui/settings/AccountSettingsDialog.cpp" line="52"/>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <location filename="../ui/settings/AccountSettingsDialog.cpp" line="54"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../ui/settings/AccountSettingsDialog.cpp" line="56"/>
        <source>Email address</source>
        <translation>Adresse électronique</translation>
    </message>
    <message>
        <location filename="../ui/settings/AccountSettingsDialog.cpp" line="58"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../ui/settings/AccountSettingsDialog.cpp" line="61"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/settings/AccountSettingsDialog.cpp" line="62"/>
        <source>only when closing</source>
        <translation>uniquement à la fermeture</translation>
    </message>
    <message>
        <location filename="../ui/settings/AccountSettingsDialog.cpp" line="64"/>
        <source>Save drafts every</source>
        <translation>Enregistrer les brouillons toutes les</translation>
    </message>
    <message>
        <location filename="../ui/settings/AccountSettingsDialog.cpp" line="65"/>
        <source>Account &amp;name:</source>
        <translation>&amp;Nom du compte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings/AccountSettingsDialog.cpp" line="66"/>
        <source>Your n&amp;ame:</source>
        <translation>&amp;Votre nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings/AccountSettingsDialog.cpp" line="67"/>
        <source>&amp;Email address:</source>
        <translation>&amp;Adresse électronique&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings/AccountSettingsDialog.cpp" line="68"/>
        <source>S&amp;ignature:</source>
        <translation>Signa&amp;ture&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings/AccountSettingsDialog.cpp" line="69"/>
        <source>Save &amp;drafts every:</source>
        <translation>Enregistrer les &amp;brouillons toutes les&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings/AccountSettingsDialog.cpp" line="79"/>
        <source>Incoming mail (IMAP)</source>
        <translation>Courrier entrant (IMAP)</translation>
    </message>
    <message>
        <location filename="../ui/settings/AccountSettingsDialog.cpp" line="79"/>
        <source>Incoming mail (POP3)</source>
        <translation>Courrier entrant (POP3)</translation>
    </message>
    <message>
        <location filename="../ui/settings/AccountSettingsDialog.cpp" line="85"/>
        <source>Outgoing mail (SMTP)</source>
        <translation>Courrier sortant (SMTP)</translation>
    </message>
    <message>
        <location filename="../ui/settings/AccountSettingsDialog.cpp" line="87"/>
        <source>Send mail from this acc&amp;ount</source>
        <translation>Envoyer du courrier depuis ce &amp;compte</translation>
    </message>
    <message>
        <location filename="../ui/settings/AccountSettingsDialog.cpp" line="96"/>
        <source>&amp;Forget the certificates I trusted for this account</source>
        <translation>&amp;Oublier les certificats que j’ai approuvés pour ce compte</translation>
    </message>
    <message>
        <location filename="../ui/settings/AccountSettingsDialog.cpp" line="123"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/settings/AccountSettingsDialog.cpp" line="125"/>
        <source>Check for new mail every</source>
        <translation>Relever le courrier toutes les</translation>
    </message>
    <message>
        <location filename="../ui/settings/AccountSettingsDialog.cpp" line="126"/>
        <source>Check for new mail &amp;every:</source>
        <translation>Relever le courrier &amp;toutes les&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings/AccountSettingsDialog.cpp" line="163"/>
        <source>Please check the settings: %1</source>
        <translation>Veuillez vérifier les paramètres&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>lb::ui::AccountWizard</name>
    <message>
        <location filename="../ui/wizard/AccountWizard.cpp" line="19"/>
        <source>Add a mail account</source>
        <translation>Ajouter un compte de messagerie</translation>
    </message>
</context>
<context>
    <name>lb::ui::AddressField</name>
    <message>
        <location filename="../ui/composer/AddressField.cpp" line="75"/>
        <source>“%1” is not an email address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse électronique.</translation>
    </message>
</context>
<context>
    <name>lb::ui::AttachmentList</name>
    <message>
        <location filename="../ui/composer/AttachmentList.cpp" line="24"/>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <location filename="../ui/composer/AttachmentList.cpp" line="24"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../ui/composer/AttachmentList.cpp" line="32"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../ui/composer/AttachmentList.cpp" line="54"/>
        <source>%1 is not a file.</source>
        <translation>%1 n’est pas un fichier.</translation>
    </message>
    <message>
        <location filename="../ui/composer/AttachmentList.cpp" line="56"/>
        <source>%1 is larger than %2: servers refuse messages that large.</source>
        <translation>%1 dépasse %2&#xa0;: les serveurs refusent les messages aussi volumineux.</translation>
    </message>
    <message>
        <location filename="../ui/composer/AttachmentList.cpp" line="60"/>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/composer/AttachmentList.cpp" line="104"/>
        <source>Total %1</source>
        <translation>Total&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>lb::ui::AttachmentPane</name>
    <message>
        <location filename="../ui/message/AttachmentPane.cpp" line="25"/>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <location filename="../ui/message/AttachmentPane.cpp" line="25"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/message/AttachmentPane.cpp" line="25"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../ui/message/AttachmentPane.cpp" line="34"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/message/AttachmentPane.cpp" line="35"/>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../ui/message/AttachmentPane.cpp" line="60"/>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
</context>
<context>
    <name>lb::ui::ComposeStart</name>
    <message>
        <location filename="../ui/composer/ComposeStart.cpp" line="37"/>
        <source>The message is no longer in the cache.</source>
        <translation>Le message n’est plus dans le cache.</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposeStart.cpp" line="43"/>
        <source>The message&apos;s folder is no longer in the cache.</source>
        <translation>Le dossier du message n’est plus dans le cache.</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposeStart.cpp" line="67"/>
        <source>The message has not been downloaded yet, so it cannot be quoted or forwarded. Try again once Letterbox is online.</source>
        <translation>Le message n’a pas encore été téléchargé&#xa0;: il ne peut donc être ni cité ni transféré. Réessayez une fois Letterbox en ligne.</translation>
    </message>
</context>
<context>
    <name>lb::ui::ComposerWindow</name>
    <message>
        <location filename="../ui/composer/ComposerSending.cpp" line="47"/>
        <source>There is no account to send from.</source>
        <translation>Il n’y a aucun compte depuis lequel envoyer.</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerSending.cpp" line="61"/>
        <source>Add at least one recipient.</source>
        <translation>Ajoutez au moins un destinataire.</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerSending.cpp" line="66"/>
        <source>This message has no subject. Send it anyway?</source>
        <translation>Ce message n’a pas d’objet. L’envoyer quand même&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerSending.cpp" line="69"/>
        <source>The message mentions an attachment, but nothing is attached. Send it anyway?</source>
        <translation>Le message mentionne une pièce jointe, mais rien n’est joint. L’envoyer quand même&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerSending.cpp" line="82"/>
        <source>The message could not be put together: %1</source>
        <translation>Le message n’a pas pu être composé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerSending.cpp" line="90"/>
        <source>The message could not be put in the Outbox: %1</source>
        <translation>Le message n’a pas pu être placé dans la boîte d’envoi&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerSending.cpp" line="113"/>
        <location filename="../ui/composer/ComposerWindow.cpp" line="173"/>
        <source>Drafts are not kept in this version: the text stays only in this window until you send it.</source>
        <translation>Cette version ne conserve pas les brouillons&#xa0;: le texte reste uniquement dans cette fenêtre jusqu’à ce que vous l’envoyiez.</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerSending.cpp" line="120"/>
        <location filename="../ui/composer/ComposerSending.cpp" line="125"/>
        <source>The draft could not be saved: %1</source>
        <translation>Le brouillon n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerSending.cpp" line="130"/>
        <source>Draft saved at %1</source>
        <translation>Brouillon enregistré à %1</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerWindow.cpp" line="42"/>
        <source>This message has not been sent. What should happen to it?</source>
        <translation>Ce message n’a pas été envoyé. Que voulez-vous en faire&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerWindow.cpp" line="45"/>
        <location filename="../ui/composer/ComposerWindow.cpp" line="124"/>
        <source>Save draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerWindow.cpp" line="46"/>
        <source>Discard</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerWindow.cpp" line="83"/>
        <source>Name &lt;address@example.org&gt;, …</source>
        <translation>Nom &lt;adresse@example.org&gt;, …</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerWindow.cpp" line="84"/>
        <source>&amp;From:</source>
        <translation>&amp;De&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerWindow.cpp" line="85"/>
        <source>&amp;To:</source>
        <translation>&amp;Pour&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerWindow.cpp" line="86"/>
        <source>&amp;Cc:</source>
        <translation>&amp;Cc&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerWindow.cpp" line="87"/>
        <source>&amp;Bcc:</source>
        <translation>Cc&amp;i&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerWindow.cpp" line="88"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerWindow.cpp" line="116"/>
        <source>Compose</source>
        <translation>Rédaction</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerWindow.cpp" line="119"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerWindow.cpp" line="122"/>
        <source>Send (Ctrl+Return)</source>
        <translation>Envoyer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerWindow.cpp" line="127"/>
        <source>Attach…</source>
        <translation>Joindre…</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerWindow.cpp" line="131"/>
        <source>Rich text</source>
        <translation>Texte enrichi</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerWindow.cpp" line="133"/>
        <source>Send formatted text with a plain text copy</source>
        <translation>Envoyer le texte mis en forme accompagné d’une copie en texte brut</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerWindow.cpp" line="145"/>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerWindow.cpp" line="149"/>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerWindow.cpp" line="151"/>
        <source>Underline</source>
        <translation>Souligné</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerWindow.cpp" line="153"/>
        <source>List</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerWindow.cpp" line="229"/>
        <source>There is no account to write from.</source>
        <translation>Il n’y a aucun compte depuis lequel écrire.</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerWindow.cpp" line="246"/>
        <source>New message</source>
        <translation>Nouveau message</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerWindow.cpp" line="246"/>
        <source>Write: %1</source>
        <translation>Rédaction&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/composer/ComposerWindow.cpp" line="256"/>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
</context>
<context>
    <name>lb::ui::DiscoveryPage</name>
    <message>
        <location filename="../ui/wizard/DiscoveryPage.cpp" line="20"/>
        <source>Finding your servers</source>
        <translation>Recherche de vos serveurs</translation>
    </message>
    <message>
        <location filename="../ui/wizard/DiscoveryPage.cpp" line="21"/>
        <source>Letterbox looks up your provider&apos;s settings. This takes a few seconds.</source>
        <translation>Letterbox recherche les paramètres de votre fournisseur. Cela prend quelques secondes.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/DiscoveryPage.cpp" line="27"/>
        <source>Searching</source>
        <translation>Recherche en cours</translation>
    </message>
    <message>
        <location filename="../ui/wizard/DiscoveryPage.cpp" line="31"/>
        <source>Search steps</source>
        <translation>Étapes de la recherche</translation>
    </message>
    <message>
        <location filename="../ui/wizard/DiscoveryPage.cpp" line="35"/>
        <source>Settings found</source>
        <translation>Paramètres trouvés</translation>
    </message>
    <message>
        <location filename="../ui/wizard/DiscoveryPage.cpp" line="63"/>
        <source>Looking for the settings of %1…</source>
        <translation>Recherche des paramètres de %1…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/DiscoveryPage.cpp" line="117"/>
        <source>&lt;b&gt;%1:&lt;/b&gt; not found</source>
        <translation>&lt;b&gt;%1&#xa0;:&lt;/b&gt; non trouvé</translation>
    </message>
    <message>
        <location filename="../ui/wizard/DiscoveryPage.cpp" line="118"/>
        <source>&lt;b&gt;%1:&lt;/b&gt; %2&lt;br&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;i&gt;%3&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&#xa0;:&lt;/b&gt; %2&lt;br&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;i&gt;%3&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/wizard/DiscoveryPage.cpp" line="132"/>
        <source>Provider: %1</source>
        <translation>Fournisseur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/DiscoveryPage.cpp" line="133"/>
        <source>Incoming mail, IMAP</source>
        <translation>Courrier entrant, IMAP</translation>
    </message>
    <message>
        <location filename="../ui/wizard/DiscoveryPage.cpp" line="134"/>
        <source>Incoming mail, POP3</source>
        <translation>Courrier entrant, POP3</translation>
    </message>
    <message>
        <location filename="../ui/wizard/DiscoveryPage.cpp" line="135"/>
        <source>Outgoing mail, SMTP</source>
        <translation>Courrier sortant, SMTP</translation>
    </message>
    <message>
        <location filename="../ui/wizard/DiscoveryPage.cpp" line="139"/>
        <source>No settings were found for %1. Enter them on the next pages; your provider&apos;s help pages list them.</source>
        <translation>Aucun paramètre n’a été trouvé pour %1. Saisissez-les dans les pages suivantes&#xa0;; les pages d’aide de votre fournisseur les indiquent.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/DiscoveryPage.cpp" line="149"/>
        <source>Signing in to see how much mail your mailbox holds…</source>
        <translation>Connexion pour voir combien de courrier contient votre boîte aux lettres…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/DiscoveryPage.cpp" line="171"/>
        <source>Found your settings and signed in. %1</source>
        <translation>Paramètres trouvés et connexion réussie. %1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/DiscoveryPage.cpp" line="175"/>
        <source>Found settings for your address. Signing in did not work yet; the check at the end says why.</source>
        <translation>Des paramètres ont été trouvés pour votre adresse. La connexion n’a pas encore abouti&#xa0;; la vérification finale en indiquera la raison.</translation>
    </message>
</context>
<context>
    <name>lb::ui::FinishPage</name>
    <message>
        <location filename="../ui/wizard/FinishPage.cpp" line="16"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FinishPage.cpp" line="17"/>
        <source>Your account is ready to be added.</source>
        <translation>Votre compte est prêt à être ajouté.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FinishPage.cpp" line="23"/>
        <source>Password storage</source>
        <translation>Stockage du mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FinishPage.cpp" line="24"/>
        <source>&amp;Ask for my password each time Letterbox starts</source>
        <translation>&amp;Demander mon mot de passe à chaque démarrage de Letterbox</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FinishPage.cpp" line="43"/>
        <source>The account &quot;%1&quot; will receive mail with %2 from %3 and %4.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» recevra le courrier par %2 depuis %3 et %4.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FinishPage.cpp" line="45"/>
        <source>send through %1</source>
        <translation>enverra par %1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FinishPage.cpp" line="45"/>
        <source>not send mail</source>
        <translation>n’enverra pas de courrier</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FinishPage.cpp" line="46"/>
        <source>Its first download starts as soon as you finish.</source>
        <translation>Son premier téléchargement commencera dès que vous aurez terminé.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FinishPage.cpp" line="48"/>
        <source>Saving your password in the system keyring…</source>
        <translation>Enregistrement de votre mot de passe dans le trousseau du système…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FinishPage.cpp" line="75"/>
        <source>Your password is saved in the system keyring.</source>
        <translation>Votre mot de passe est enregistré dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FinishPage.cpp" line="78"/>
        <source>No system keyring is available here, so Letterbox cannot keep your password safely. It can ask for it each time it starts instead.
The keyring said: %1</source>
        <translation>Aucun trousseau système n’est disponible ici&#xa0;: Letterbox ne peut donc pas conserver votre mot de passe en sécurité. Il peut plutôt vous le demander à chaque démarrage.
Réponse du trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FinishPage.cpp" line="98"/>
        <source>The account could not be saved: %1</source>
        <translation>Le compte n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>lb::ui::FolderTreeModel</name>
    <message>
        <location filename="../ui/main/FolderTreeModel.cpp" line="67"/>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <location filename="../ui/main/FolderTreeModel.cpp" line="96"/>
        <source>Unified Inbox</source>
        <translation>Boîte de réception unifiée</translation>
    </message>
    <message>
        <location filename="../ui/main/FolderTreeModel.cpp" line="357"/>
        <source>%1 of %2 used on the server</source>
        <translation>%1 sur %2 utilisés sur le serveur</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/FolderTreeModel.cpp" line="360"/>
        <source>The server holds %n message(s), %1</source>
        <translation>
            <numerusform>Le serveur contient %n message, %1</numerusform>
            <numerusform>Le serveur contient %n messages, %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/FolderTreeModel.cpp" line="363"/>
        <source>The server holds %1</source>
        <translation>Le serveur contient %1</translation>
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
            <numerusform>%1&#xa0;: %n message</numerusform>
            <numerusform>%1&#xa0;: %n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::ui::HeaderPane</name>
    <message>
        <location filename="../ui/message/HeaderPane.cpp" line="45"/>
        <source>From:</source>
        <translation>De&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/message/HeaderPane.cpp" line="46"/>
        <source>To:</source>
        <translation>À&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/message/HeaderPane.cpp" line="47"/>
        <source>Cc:</source>
        <translation>Cc&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/message/HeaderPane.cpp" line="48"/>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/message/HeaderPane.cpp" line="70"/>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
</context>
<context>
    <name>lb::ui::IdentityPage</name>
    <message>
        <location filename="../ui/wizard/IdentityPage.cpp" line="15"/>
        <source>Set up your mail account</source>
        <translation>Configurer votre compte de messagerie</translation>
    </message>
    <message>
        <location filename="../ui/wizard/IdentityPage.cpp" line="16"/>
        <source>Letterbox finds your provider&apos;s settings from your address.</source>
        <translation>Letterbox trouve les paramètres de votre fournisseur à partir de votre adresse.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/IdentityPage.cpp" line="19"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../ui/wizard/IdentityPage.cpp" line="20"/>
        <source>as others see it, e.g. Ann Lee</source>
        <translation>tel que les autres le voient, par ex. Marie Dupont</translation>
    </message>
    <message>
        <location filename="../ui/wizard/IdentityPage.cpp" line="22"/>
        <source>Email address</source>
        <translation>Adresse électronique</translation>
    </message>
    <message>
        <location filename="../ui/wizard/IdentityPage.cpp" line="23"/>
        <source>you@example.org</source>
        <translation>vous@example.org</translation>
    </message>
    <message>
        <location filename="../ui/wizard/IdentityPage.cpp" line="25"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/wizard/IdentityPage.cpp" line="27"/>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/IdentityPage.cpp" line="28"/>
        <source>&amp;Email address:</source>
        <translation>&amp;Adresse électronique&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/IdentityPage.cpp" line="29"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/IdentityPage.cpp" line="31"/>
        <source>The password goes to your system&apos;s keyring, never into Letterbox&apos;s files.</source>
        <translation>Le mot de passe est placé dans le trousseau de votre système, jamais dans les fichiers de Letterbox.</translation>
    </message>
</context>
<context>
    <name>lb::ui::ImapOptionsForm</name>
    <message>
        <location filename="../ui/settings/ProtocolOptionsForms.cpp" line="20"/>
        <source>Keep &amp;sent mail on the server</source>
        <translation>Conserver les messages &amp;envoyés sur le serveur</translation>
    </message>
    <message>
        <location filename="../ui/settings/ProtocolOptionsForms.cpp" line="21"/>
        <source>Keep &amp;drafts on the server</source>
        <translation>Conserver les &amp;brouillons sur le serveur</translation>
    </message>
    <message>
        <location filename="../ui/settings/ProtocolOptionsForms.cpp" line="22"/>
        <source>Keep &amp;deleted mail (Trash) on the server</source>
        <translation>Conserver les messages supprimés (&amp;corbeille) sur le serveur</translation>
    </message>
    <message>
        <location filename="../ui/settings/ProtocolOptionsForms.cpp" line="28"/>
        <source>For offline &amp;reading, download:</source>
        <translation>Pour la &amp;lecture hors ligne, télécharger&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings/ProtocolOptionsForms.cpp" line="30"/>
        <source>What to download for offline reading</source>
        <translation>Ce qu’il faut télécharger pour la lecture hors ligne</translation>
    </message>
    <message>
        <location filename="../ui/settings/ProtocolOptionsForms.cpp" line="31"/>
        <source>all messages</source>
        <translation>tous les messages</translation>
    </message>
    <message>
        <location filename="../ui/settings/ProtocolOptionsForms.cpp" line="32"/>
        <source>messages of the last days</source>
        <translation>les messages des derniers jours</translation>
    </message>
    <message>
        <location filename="../ui/settings/ProtocolOptionsForms.cpp" line="34"/>
        <source>headers only</source>
        <translation>les en-têtes uniquement</translation>
    </message>
    <message>
        <location filename="../ui/settings/ProtocolOptionsForms.cpp" line="38"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../ui/settings/ProtocolOptionsForms.cpp" line="39"/>
        <source>Days of mail to download</source>
        <translation>Nombre de jours de courrier à télécharger</translation>
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
        <translation>Filtrer ces messages &lt;Ctrl+Maj+K&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="95"/>
        <source>Search all mail &lt;Ctrl+K&gt;</source>
        <translation>Rechercher dans tout le courrier &lt;Ctrl+K&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="127"/>
        <source>No mail account is set up yet</source>
        <translation>Aucun compte de messagerie n’est encore configuré</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="132"/>
        <source>Add an account…</source>
        <translation>Ajouter un compte…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/MainWindow.cpp" line="252"/>
        <source>Letterbox (%n unread)</source>
        <translation>
            <numerusform>Letterbox (%n non lu)</numerusform>
            <numerusform>Letterbox (%n non lus)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="345"/>
        <source>New mail</source>
        <translation>Nouveau courrier</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/MainWindow.cpp" line="346"/>
        <source>%n new message(s) for %1</source>
        <translation>
            <numerusform>%n nouveau message pour %1</numerusform>
            <numerusform>%n nouveaux messages pour %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowActions.cpp" line="58"/>
        <source>&amp;New Message</source>
        <translation>&amp;Nouveau message</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowActions.cpp" line="62"/>
        <source>&amp;Reply</source>
        <translation>&amp;Répondre</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowActions.cpp" line="64"/>
        <source>Reply to &amp;All</source>
        <translation>Répondre à &amp;tous</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowActions.cpp" line="67"/>
        <source>&amp;Forward</source>
        <translation>Trans&amp;férer</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowActions.cpp" line="71"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowActions.cpp" line="73"/>
        <source>Mark as Read/&amp;Unread</source>
        <translation>Marquer comme lu/&amp;non lu</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowActions.cpp" line="76"/>
        <source>&amp;Star</source>
        <translation>Marquer d’une étoi&amp;le</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowActions.cpp" line="78"/>
        <source>Next &amp;Unread Message</source>
        <translation>Message &amp;non lu suivant</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowActions.cpp" line="81"/>
        <source>Ne&amp;xt Message</source>
        <translation>Message &amp;suivant</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowActions.cpp" line="83"/>
        <source>&amp;Previous Message</source>
        <translation>Message &amp;précédent</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowActions.cpp" line="86"/>
        <source>&amp;Search All Mail</source>
        <translation>Rechercher dans &amp;tout le courrier</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowActions.cpp" line="92"/>
        <source>&amp;Quick Filter</source>
        <translation>Filtre &amp;rapide</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowActions.cpp" line="98"/>
        <source>&amp;Get Messages</source>
        <translation>&amp;Relever le courrier</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowActions.cpp" line="104"/>
        <source>&amp;Threads</source>
        <translation>&amp;Fils de discussion</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowActions.cpp" line="108"/>
        <source>Work &amp;Offline</source>
        <translation>Travailler &amp;hors ligne</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowActions.cpp" line="116"/>
        <source>&amp;Empty Trash</source>
        <translation>&amp;Vider la corbeille</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowActions.cpp" line="118"/>
        <source>&amp;Waiting for the Servers…</source>
        <translation>En &amp;attente des serveurs…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowActions.cpp" line="120"/>
        <source>&amp;Add Account…</source>
        <translation>Ajouter un &amp;compte…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowActions.cpp" line="122"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowActions.cpp" line="128"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowActions.cpp" line="138"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowActions.cpp" line="142"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowActions.cpp" line="146"/>
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowActions.cpp" line="278"/>
        <source>Empty Trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowActions.cpp" line="279"/>
        <source>Delete every message in the Trash of %1 for good?</source>
        <translation>Supprimer définitivement tous les messages de la corbeille de %1&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowActions.cpp" line="292"/>
        <source>Add an account before writing mail.</source>
        <translation>Ajoutez un compte avant d’écrire du courrier.</translation>
    </message>
</context>
<context>
    <name>lb::ui::MessageListModel</name>
    <message>
        <location filename="../ui/main/MessageListModel.cpp" line="404"/>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/MessageListModel.cpp" line="456"/>
        <source>%n bytes</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/MessageListModel.cpp" line="487"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../ui/main/MessageListModel.cpp" line="489"/>
        <source>From</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <location filename="../ui/main/MessageListModel.cpp" line="491"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/main/MessageListModel.cpp" line="493"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../ui/main/MessageListModel.cpp" line="506"/>
        <source>Flagged</source>
        <translation>Marqué d’une étoile</translation>
    </message>
    <message>
        <location filename="../ui/main/MessageListModel.cpp" line="508"/>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
</context>
<context>
    <name>lb::ui::MessageView</name>
    <message>
        <location filename="../ui/message/MessageView.cpp" line="49"/>
        <source>Open link?</source>
        <translation>Ouvrir le lien&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/message/MessageView.cpp" line="50"/>
        <source>The link text shows “%1”, but the link opens a different address:</source>
        <translation>Le texte du lien affiche «&#xa0;%1&#xa0;», mais le lien ouvre une autre adresse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/message/MessageView.cpp" line="118"/>
        <source>This message could not be read from the cache: %1</source>
        <translation>Ce message n’a pas pu être lu depuis le cache&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/message/MessageView.cpp" line="122"/>
        <source>This message has not been downloaded yet. It will appear here once Letterbox is online.</source>
        <translation>Ce message n’a pas encore été téléchargé. Il s’affichera ici une fois Letterbox en ligne.</translation>
    </message>
    <message>
        <location filename="../ui/message/MessageView.cpp" line="131"/>
        <source>Opening the message…</source>
        <translation>Ouverture du message…</translation>
    </message>
    <message>
        <location filename="../ui/message/MessageView.cpp" line="228"/>
        <location filename="../ui/message/MessageView.cpp" line="240"/>
        <source>There is no such attachment.</source>
        <translation>Cette pièce jointe n’existe pas.</translation>
    </message>
    <message>
        <location filename="../ui/message/MessageView.cpp" line="233"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/message/MessageView.cpp" line="248"/>
        <location filename="../ui/message/MessageView.cpp" line="272"/>
        <source>attachment</source>
        <translation>pièce jointe</translation>
    </message>
    <message>
        <location filename="../ui/message/MessageView.cpp" line="261"/>
        <source>Open attachment</source>
        <translation>Ouvrir la pièce jointe</translation>
    </message>
    <message>
        <location filename="../ui/message/MessageView.cpp" line="273"/>
        <location filename="../ui/message/MessageView.cpp" line="277"/>
        <source>Save attachment</source>
        <translation>Enregistrer la pièce jointe</translation>
    </message>
</context>
<context>
    <name>lb::ui::NoDraftKeeper</name>
    <message>
        <location filename="../ui/composer/DraftKeeper.cpp" line="12"/>
        <source>Drafts are not kept in this version: the text stays only in this window until you send it.</source>
        <translation>Cette version ne conserve pas les brouillons&#xa0;: le texte reste uniquement dans cette fenêtre jusqu’à ce que vous l’envoyiez.</translation>
    </message>
    <message>
        <location filename="../ui/composer/DraftKeeper.cpp" line="20"/>
        <source>There is no saved draft to send.</source>
        <translation>Il n’y a aucun brouillon enregistré à envoyer.</translation>
    </message>
</context>
<context>
    <name>lb::ui::OfflineQueueDialog</name>
    <message>
        <location filename="../ui/main/OfflineQueueDialog.cpp" line="37"/>
        <source>Change flags</source>
        <translation>Modifier les indicateurs</translation>
    </message>
    <message>
        <location filename="../ui/main/OfflineQueueDialog.cpp" line="39"/>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <location filename="../ui/main/OfflineQueueDialog.cpp" line="41"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../ui/main/OfflineQueueDialog.cpp" line="43"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/main/OfflineQueueDialog.cpp" line="45"/>
        <source>Remove deleted messages</source>
        <translation>Effacer les messages supprimés</translation>
    </message>
    <message>
        <location filename="../ui/main/OfflineQueueDialog.cpp" line="47"/>
        <source>Upload</source>
        <translation>Téléverser</translation>
    </message>
    <message>
        <location filename="../ui/main/OfflineQueueDialog.cpp" line="49"/>
        <source>Move to a local folder</source>
        <translation>Déplacer vers un dossier local</translation>
    </message>
    <message>
        <location filename="../ui/main/OfflineQueueDialog.cpp" line="51"/>
        <source>Empty Trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message>
        <location filename="../ui/main/OfflineQueueDialog.cpp" line="61"/>
        <source>Send (waiting)</source>
        <translation>Envoi (en attente)</translation>
    </message>
    <message>
        <location filename="../ui/main/OfflineQueueDialog.cpp" line="63"/>
        <source>Send (sending now)</source>
        <translation>Envoi (en cours)</translation>
    </message>
    <message>
        <location filename="../ui/main/OfflineQueueDialog.cpp" line="65"/>
        <source>Send (sent, filing in Sent)</source>
        <translation>Envoi (envoyé, classement dans Envoyés)</translation>
    </message>
    <message>
        <location filename="../ui/main/OfflineQueueDialog.cpp" line="67"/>
        <source>Send (failed)</source>
        <translation>Envoi (échec)</translation>
    </message>
    <message>
        <location filename="../ui/main/OfflineQueueDialog.cpp" line="69"/>
        <source>Send (may have been sent: check before retrying)</source>
        <translation>Envoi (peut-être déjà envoyé&#xa0;: vérifiez avant de réessayer)</translation>
    </message>
    <message>
        <location filename="../ui/main/OfflineQueueDialog.cpp" line="71"/>
        <source>Send</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location filename="../ui/main/OfflineQueueDialog.cpp" line="79"/>
        <source>Waiting for the servers</source>
        <translation>En attente des serveurs</translation>
    </message>
    <message>
        <location filename="../ui/main/OfflineQueueDialog.cpp" line="85"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../ui/main/OfflineQueueDialog.cpp" line="85"/>
        <source>What</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/main/OfflineQueueDialog.cpp" line="85"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../ui/main/OfflineQueueDialog.cpp" line="85"/>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location filename="../ui/main/OfflineQueueDialog.cpp" line="85"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../ui/main/OfflineQueueDialog.cpp" line="93"/>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location filename="../ui/main/OfflineQueueDialog.cpp" line="94"/>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <location filename="../ui/main/OfflineQueueDialog.cpp" line="119"/>
        <source>Gave up: %1</source>
        <translation>Abandonné&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/OfflineQueueDialog.cpp" line="133"/>
        <source>To %1</source>
        <translation>À %1</translation>
    </message>
</context>
<context>
    <name>lb::ui::Pop3OptionsForm</name>
    <message>
        <location filename="../ui/settings/ProtocolOptionsForms.cpp" line="83"/>
        <source>&amp;Leave a copy on the server</source>
        <translation>&amp;Laisser une copie sur le serveur</translation>
    </message>
    <message>
        <location filename="../ui/settings/ProtocolOptionsForms.cpp" line="85"/>
        <source>Delete it from the server &amp;after</source>
        <translation>La supprimer du serveur &amp;après</translation>
    </message>
    <message>
        <location filename="../ui/settings/ProtocolOptionsForms.cpp" line="88"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../ui/settings/ProtocolOptionsForms.cpp" line="89"/>
        <source>Days before deleting from the server</source>
        <translation>Jours avant la suppression sur le serveur</translation>
    </message>
    <message>
        <location filename="../ui/settings/ProtocolOptionsForms.cpp" line="94"/>
        <source>Delete it from the server when I &amp;delete it here</source>
        <translation>La supprimer du serveur quand je la supprime &amp;ici</translation>
    </message>
</context>
<context>
    <name>lb::ui::ProtocolPage</name>
    <message>
        <location filename="../ui/wizard/ProtocolPage.cpp" line="42"/>
        <source>How should Letterbox keep your mail?</source>
        <translation>Comment Letterbox doit-il conserver votre courrier&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ProtocolPage.cpp" line="43"/>
        <source>Both work. They differ in where your mail lives.</source>
        <translation>Les deux fonctionnent. Ils diffèrent par l’endroit où se trouve votre courrier.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ProtocolPage.cpp" line="46"/>
        <source>Your mailbox</source>
        <translation>Votre boîte aux lettres</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ProtocolPage.cpp" line="52"/>
        <source>&amp;IMAP: mail stays on the server</source>
        <translation>&amp;IMAP&#xa0;: le courrier reste sur le serveur</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ProtocolPage.cpp" line="54"/>
        <source>• Mail lives on the server; Letterbox keeps a copy for reading offline.
• Your phone, webmail and this computer all see the same folders, read and deleted messages.
• Counts against your provider&apos;s storage limit.
• The provider keeps the mail safe; a lost computer loses nothing.
• Offline you can read and write; changes reach the server when you are back online.</source>
        <translation>• Le courrier réside sur le serveur&#xa0;; Letterbox en garde une copie pour la lecture hors ligne.
• Votre téléphone, le webmail et cet ordinateur voient les mêmes dossiers et les mêmes messages lus et supprimés.
• Occupe de l’espace dans le quota de stockage de votre fournisseur.
• Le fournisseur conserve le courrier en sécurité&#xa0;; perdre l’ordinateur ne fait rien perdre.
• Hors ligne, vous pouvez lire et écrire&#xa0;; les modifications parviennent au serveur dès que vous êtes de nouveau en ligne.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ProtocolPage.cpp" line="72"/>
        <location filename="../ui/wizard/ProtocolPage.cpp" line="118"/>
        <source>&amp;POP3: mail moves to this computer</source>
        <translation>&amp;POP3&#xa0;: le courrier est transféré sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ProtocolPage.cpp" line="74"/>
        <source>• Mail is downloaded into this computer and can be removed from the server.
• Other devices do not see what you read, file or delete here; once removed from the server, mail is gone from webmail and your phone.
• Frees the server&apos;s storage when mail is deleted there.
• Backing up this computer is up to you.
• Everything downloaded is readable offline.</source>
        <translation>• Le courrier est téléchargé sur cet ordinateur et peut être supprimé du serveur.
• Les autres appareils ne voient pas ce que vous lisez, classez ou supprimez ici&#xa0;; une fois supprimé du serveur, le courrier disparaît du webmail et de votre téléphone.
• Libère l’espace de stockage du serveur lorsque le courrier y est supprimé.
• La sauvegarde de cet ordinateur est à votre charge.
• Tout ce qui est téléchargé est lisible hors ligne.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ProtocolPage.cpp" line="97"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ProtocolPage.cpp" line="116"/>
        <source>&amp;IMAP: mail stays on the server (recommended)</source>
        <translation>&amp;IMAP&#xa0;: le courrier reste sur le serveur (recommandé)</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ProtocolPage.cpp" line="117"/>
        <source>&amp;IMAP: not offered by your provider</source>
        <translation>&amp;IMAP&#xa0;: non proposé par votre fournisseur</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ProtocolPage.cpp" line="119"/>
        <source>&amp;POP3: not offered by your provider</source>
        <translation>&amp;POP3&#xa0;: non proposé par votre fournisseur</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ProtocolPage.cpp" line="131"/>
        <source>With POP3 and deleting from the server, these messages vanish from webmail and your phone once downloaded here.</source>
        <translation>Avec POP3 et la suppression sur le serveur, ces messages disparaissent du webmail et de votre téléphone une fois téléchargés ici.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ProtocolPage.cpp" line="136"/>
        <source>We recommend IMAP: your provider offers it, every device stays in step, and a lost or broken computer loses no mail.</source>
        <translation>Nous recommandons IMAP&#xa0;: votre fournisseur le propose, tous vos appareils restent synchronisés, et un ordinateur perdu ou en panne ne fait perdre aucun courrier.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ProtocolPage.cpp" line="151"/>
        <source>On this computer: about %1.</source>
        <translation>Sur cet ordinateur&#xa0;: environ %1.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ProtocolPage.cpp" line="178"/>
        <source>Careful: this mailbox is already set up as the %1 account &quot;%2&quot;. Using POP3 and IMAP on the same mailbox makes mail disappear: POP3 downloads and deletes what the IMAP account then no longer shows. Choose the same protocol, or remove the other account.</source>
        <translation>Attention&#xa0;: cette boîte aux lettres est déjà configurée comme compte %1 «&#xa0;%2&#xa0;». Utiliser POP3 et IMAP sur la même boîte aux lettres fait disparaître du courrier&#xa0;: POP3 télécharge et supprime ce que le compte IMAP n’affiche alors plus. Choisissez le même protocole ou supprimez l’autre compte.</translation>
    </message>
</context>
<context>
    <name>lb::ui::RemoteImagesBar</name>
    <message>
        <location filename="../ui/message/RemoteImagesBar.cpp" line="25"/>
        <source>Load for this message</source>
        <translation>Charger pour ce message</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/message/RemoteImagesBar.cpp" line="37"/>
        <source>Remote images were blocked to protect your privacy (%n).</source>
        <translation>
            <numerusform>Une image distante a été bloquée pour protéger votre vie privée (%n).</numerusform>
            <numerusform>Des images distantes ont été bloquées pour protéger votre vie privée (%n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/message/RemoteImagesBar.cpp" line="38"/>
        <source>Remote content was blocked to protect your privacy (%n). Only images can be loaded.</source>
        <translation>
            <numerusform>Un contenu distant a été bloqué pour protéger votre vie privée (%n). Seules les images peuvent être chargées.</numerusform>
            <numerusform>Des contenus distants ont été bloqués pour protéger votre vie privée (%n). Seules les images peuvent être chargées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/message/RemoteImagesBar.cpp" line="43"/>
        <source>Always for %1</source>
        <translation>Toujours pour %1</translation>
    </message>
    <message>
        <location filename="../ui/message/RemoteImagesBar.cpp" line="44"/>
        <source>Always load remote images in messages from %1</source>
        <translation>Toujours charger les images distantes des messages de %1</translation>
    </message>
</context>
<context>
    <name>lb::ui::ServerSettingsForm</name>
    <message>
        <location filename="../ui/settings/ServerSettingsForm.cpp" line="17"/>
        <source>Server host name</source>
        <translation>Nom d’hôte du serveur</translation>
    </message>
    <message>
        <location filename="../ui/settings/ServerSettingsForm.cpp" line="18"/>
        <source>mail.example.org</source>
        <translation>mail.example.org</translation>
    </message>
    <message>
        <location filename="../ui/settings/ServerSettingsForm.cpp" line="21"/>
        <source>Server port</source>
        <translation>Port du serveur</translation>
    </message>
    <message>
        <location filename="../ui/settings/ServerSettingsForm.cpp" line="23"/>
        <source>Connection security</source>
        <translation>Sécurité de la connexion</translation>
    </message>
    <message>
        <location filename="../ui/settings/ServerSettingsForm.cpp" line="24"/>
        <source>TLS (encrypted from the start)</source>
        <translation>TLS (chiffré dès le départ)</translation>
    </message>
    <message>
        <location filename="../ui/settings/ServerSettingsForm.cpp" line="26"/>
        <source>STARTTLS (encrypted after connecting)</source>
        <translation>STARTTLS (chiffré après la connexion)</translation>
    </message>
    <message>
        <location filename="../ui/settings/ServerSettingsForm.cpp" line="28"/>
        <source>None (unencrypted, not recommended)</source>
        <translation>Aucune (non chiffré, déconseillé)</translation>
    </message>
    <message>
        <location filename="../ui/settings/ServerSettingsForm.cpp" line="31"/>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/settings/ServerSettingsForm.cpp" line="35"/>
        <source>&amp;Host:</source>
        <translation>Hôt&amp;e&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings/ServerSettingsForm.cpp" line="36"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings/ServerSettingsForm.cpp" line="37"/>
        <source>&amp;Security:</source>
        <translation>Séc&amp;urité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings/ServerSettingsForm.cpp" line="38"/>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d’utilisateur&#xa0;:</translation>
    </message>
</context>
<context>
    <name>lb::ui::ServersPage</name>
    <message>
        <location filename="../ui/wizard/ServersPage.cpp" line="19"/>
        <source>Server settings</source>
        <translation>Paramètres des serveurs</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ServersPage.cpp" line="20"/>
        <source>Check or change what was found. Letterbox signs in with them next.</source>
        <translation>Vérifiez ou modifiez ce qui a été trouvé. Letterbox s’en servira ensuite pour se connecter.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ServersPage.cpp" line="22"/>
        <source>Incoming mail</source>
        <translation>Courrier entrant</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ServersPage.cpp" line="26"/>
        <source>Outgoing mail (SMTP)</source>
        <translation>Courrier sortant (SMTP)</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ServersPage.cpp" line="28"/>
        <source>&amp;Send mail from this account</source>
        <translation>Envoyer du courrier depuis ce &amp;compte</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ServersPage.cpp" line="49"/>
        <source>Not found: please enter it.</source>
        <translation>Introuvable&#xa0;: veuillez saisir les informations.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ServersPage.cpp" line="50"/>
        <source>Source: %1.</source>
        <translation>Source&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ServersPage.cpp" line="78"/>
        <source>Please check the settings: %1</source>
        <translation>Veuillez vérifier les paramètres&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>lb::ui::StatusPanel</name>
    <message>
        <location filename="../ui/main/StatusPanel.cpp" line="47"/>
        <source>connecting</source>
        <translation>connexion</translation>
    </message>
    <message>
        <location filename="../ui/main/StatusPanel.cpp" line="50"/>
        <source>signing in</source>
        <translation>identification</translation>
    </message>
    <message>
        <location filename="../ui/main/StatusPanel.cpp" line="53"/>
        <source>listing folders</source>
        <translation>liste des dossiers</translation>
    </message>
    <message>
        <location filename="../ui/main/StatusPanel.cpp" line="56"/>
        <source>fetching headers</source>
        <translation>récupération des en-têtes</translation>
    </message>
    <message>
        <location filename="../ui/main/StatusPanel.cpp" line="59"/>
        <source>downloading messages for offline use</source>
        <translation>téléchargement des messages pour la consultation hors ligne</translation>
    </message>
    <message>
        <location filename="../ui/main/StatusPanel.cpp" line="62"/>
        <source>downloading</source>
        <translation>téléchargement</translation>
    </message>
    <message>
        <location filename="../ui/main/StatusPanel.cpp" line="65"/>
        <source>indexing for search</source>
        <translation>indexation pour la recherche</translation>
    </message>
    <message>
        <location filename="../ui/main/StatusPanel.cpp" line="68"/>
        <source>sending your changes</source>
        <translation>envoi de vos modifications</translation>
    </message>
    <message>
        <location filename="../ui/main/StatusPanel.cpp" line="71"/>
        <source>sending mail</source>
        <translation>envoi du courrier</translation>
    </message>
    <message>
        <location filename="../ui/main/StatusPanel.cpp" line="74"/>
        <source>cleaning up</source>
        <translation>nettoyage</translation>
    </message>
    <message>
        <location filename="../ui/main/StatusPanel.cpp" line="77"/>
        <source>up to date</source>
        <translation>à jour</translation>
    </message>
    <message>
        <location filename="../ui/main/StatusPanel.cpp" line="80"/>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <location filename="../ui/main/StatusPanel.cpp" line="82"/>
        <source>, %1 of %2</source>
        <translation>, %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/StatusPanel.cpp" line="85"/>
        <source>, about %n second(s) left</source>
        <translation>
            <numerusform>, environ %n seconde restante</numerusform>
            <numerusform>, environ %n secondes restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/StatusPanel.cpp" line="87"/>
        <source>, about %n minute(s) left</source>
        <translation>
            <numerusform>, environ %n minute restante</numerusform>
            <numerusform>, environ %n minutes restantes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/StatusPanel.cpp" line="90"/>
        <source>inbox ready; %1</source>
        <translation>boîte de réception prête&#xa0;; %1</translation>
    </message>
    <message>
        <location filename="../ui/main/StatusPanel.cpp" line="105"/>
        <location filename="../ui/main/StatusPanel.cpp" line="114"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/main/StatusPanel.cpp" line="124"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../ui/main/StatusPanel.cpp" line="125"/>
        <source>Click to work offline: changes wait in the queue</source>
        <translation>Cliquez pour travailler hors ligne&#xa0;: les modifications attendent dans la file d’attente</translation>
    </message>
    <message>
        <location filename="../ui/main/StatusPanel.cpp" line="128"/>
        <source>Working offline</source>
        <translation>Travail hors ligne</translation>
    </message>
    <message>
        <location filename="../ui/main/StatusPanel.cpp" line="128"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../ui/main/StatusPanel.cpp" line="129"/>
        <source>Click to go online again</source>
        <translation>Cliquez pour repasser en ligne</translation>
    </message>
    <message>
        <location filename="../ui/main/StatusPanel.cpp" line="130"/>
        <source>The mail servers cannot be reached; what you do now waits in the queue</source>
        <translation>Les serveurs de messagerie sont injoignables&#xa0;; ce que vous faites maintenant attend dans la file d’attente</translation>
    </message>
</context>
<context>
    <name>lb::ui::VerifyPage</name>
    <message>
        <location filename="../ui/wizard/VerifyPage.cpp" line="23"/>
        <source>Checking your settings</source>
        <translation>Vérification de vos paramètres</translation>
    </message>
    <message>
        <location filename="../ui/wizard/VerifyPage.cpp" line="24"/>
        <source>Letterbox signs in to your servers to make sure everything works.</source>
        <translation>Letterbox se connecte à vos serveurs pour s’assurer que tout fonctionne.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/VerifyPage.cpp" line="30"/>
        <source>Signing in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../ui/wizard/VerifyPage.cpp" line="34"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/wizard/VerifyPage.cpp" line="36"/>
        <source>Certificate shown by the server</source>
        <translation>Certificat présenté par le serveur</translation>
    </message>
    <message>
        <location filename="../ui/wizard/VerifyPage.cpp" line="41"/>
        <source>Certificate details</source>
        <translation>Détails du certificat</translation>
    </message>
    <message>
        <location filename="../ui/wizard/VerifyPage.cpp" line="42"/>
        <source>&amp;Trust this certificate for this account</source>
        <translation>&amp;Faire confiance à ce certificat pour ce compte</translation>
    </message>
    <message>
        <location filename="../ui/wizard/VerifyPage.cpp" line="50"/>
        <source>T&amp;ry again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location filename="../ui/wizard/VerifyPage.cpp" line="97"/>
        <source>Signing in to %1 and %2…</source>
        <translation>Connexion à %1 et %2…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/VerifyPage.cpp" line="100"/>
        <source>no outgoing server</source>
        <translation>aucun serveur sortant</translation>
    </message>
    <message>
        <location filename="../ui/wizard/VerifyPage.cpp" line="143"/>
        <source>Everything works.</source>
        <translation>Tout fonctionne.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/VerifyPage.cpp" line="145"/>
        <source>Something needs your attention. Go back to change a setting, or try again.</source>
        <translation>Un point requiert votre attention. Revenez en arrière pour modifier un paramètre, ou réessayez.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/VerifyPage.cpp" line="150"/>
        <source>Certificate shown by %1</source>
        <translation>Certificat présenté par %1</translation>
    </message>
</context>
<context>
    <name>lb::ui::WizardText</name>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="16"/>
        <source>from Letterbox&apos;s list of providers</source>
        <translation>d’après la liste des fournisseurs de Letterbox</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="18"/>
        <source>from the provider&apos;s own settings page (HTTPS)</source>
        <translation>d’après la page de paramètres du fournisseur (HTTPS)</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="20"/>
        <source>from DNS — unconfirmed until you sign in</source>
        <translation>d’après le DNS — non confirmé avant la connexion</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="22"/>
        <source>a guess the server answered — unconfirmed until you sign in</source>
        <translation>une supposition à laquelle le serveur a répondu — non confirmée avant la connexion</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="24"/>
        <source>entered by you</source>
        <translation>saisi par vous</translation>
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
        <translation>non chiffré</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="44"/>
        <source>%1 %2, port %3 (%4), user %5</source>
        <translation>%1 %2, port %3 (%4), utilisateur %5</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="54"/>
        <source>Looking up %1 in the list of known providers…</source>
        <translation>Recherche de %1 dans la liste des fournisseurs connus…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="56"/>
        <source>Asking the provider for its settings: %1</source>
        <translation>Demande des paramètres au fournisseur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="58"/>
        <source>Asking DNS: %1</source>
        <translation>Interrogation du DNS&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="60"/>
        <source>Trying %1…</source>
        <translation>Essai de %1…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="62"/>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="79"/>
        <source>one message</source>
        <translation>un message</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="79"/>
        <source>%1 messages</source>
        <translation>%1 messages</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="80"/>
        <source>Your inbox holds %1</source>
        <translation>Votre boîte de réception contient %1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="81"/>
        <source>Your mailbox holds %1</source>
        <translation>Votre boîte aux lettres contient %1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="83"/>
        <source>(%1).</source>
        <translation>(%1).</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="87"/>
        <source>The server allows %1 and %2 of it is used.</source>
        <translation>Le serveur autorise %1, dont %2 sont utilisés.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="96"/>
        <source>%1 server %2 (port %3)</source>
        <translation>serveur %1 %2 (port %3)</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="101"/>
        <source>Signed in to the %1.</source>
        <translation>Connecté au %1.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="103"/>
        <source>The %1 refused the user name or password. Check the password (some providers want an app password here).</source>
        <translation>Le %1 a refusé le nom d’utilisateur ou le mot de passe. Vérifiez le mot de passe (certains fournisseurs demandent ici un mot de passe d’application).</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="107"/>
        <source>The host name %1 does not exist. Check its spelling.</source>
        <translation>Le nom d’hôte %1 n’existe pas. Vérifiez son orthographe.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="109"/>
        <source>The %1 cannot be reached. Check your network connection.</source>
        <translation>Le %1 est injoignable. Vérifiez votre connexion réseau.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="111"/>
        <source>The %1 refused the connection: nothing answers on that port. Check the port number.</source>
        <translation>Le %1 a refusé la connexion&#xa0;: rien ne répond sur ce port. Vérifiez le numéro de port.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="115"/>
        <source>The %1 did not answer in time. Check the host and port, or try again later.</source>
        <translation>Le %1 n’a pas répondu à temps. Vérifiez l’hôte et le port, ou réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="118"/>
        <source>The %1 showed a certificate that is not trusted. Compare it with what your provider publishes before trusting it.</source>
        <translation>Le %1 a présenté un certificat non approuvé. Comparez-le avec ce que publie votre fournisseur avant de lui faire confiance.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="122"/>
        <source>A secure connection to the %1 failed. Perhaps this port expects another kind of security.</source>
        <translation>La connexion sécurisée au %1 a échoué. Ce port attend peut-être un autre type de sécurité.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="126"/>
        <source>The %1 does not offer STARTTLS. Choose TLS on its own port instead.</source>
        <translation>Le %1 ne propose pas STARTTLS. Choisissez plutôt TLS sur son port dédié.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="129"/>
        <source>Something answers at the %1, but it is not a %2 server.</source>
        <translation>Quelque chose répond à l’adresse du %1, mais ce n’est pas un serveur %2.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="132"/>
        <source>The %1 reported a problem: %2</source>
        <translation>Le %1 a signalé un problème&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="135"/>
        <source>Checking the %1 was cancelled.</source>
        <translation>La vérification du %1 a été annulée.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WizardText.cpp" line="143"/>
        <source>Subject: %1
Issued by: %2
Valid from %3 to %4
SHA-256: %5</source>
        <translation>Délivré à&#xa0;: %1
Délivré par&#xa0;: %2
Valide du %3 au %4
SHA-256&#xa0;: %5</translation>
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
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="54"/>
        <source>The keyring holds no password for %1.
Password:</source>
        <translation>Le trousseau ne contient aucun mot de passe pour %1.
Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="79"/>
        <source>Letterbox</source>
        <translation>Letterbox</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="80"/>
        <source>The mail cache cannot be opened: %1</source>
        <translation>Le cache de messagerie ne peut pas être ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="95"/>
        <source>Secure connections are unavailable: %1</source>
        <translation>Les connexions sécurisées ne sont pas disponibles&#xa0;: %1</translation>
    </message>
</context>
</TS>
