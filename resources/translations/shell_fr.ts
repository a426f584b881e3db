<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About AssoDesk</source>
        <translation>À propos d&apos;AssoDesk</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>The money and projects of your association, kept in one file.</source>
        <translation>L&apos;argent et les projets de votre association, réunis dans un seul fichier.</translation>
    </message>
    <message>
        <source>Licence: proprietary. All rights reserved.</source>
        <translation>Licence&#xa0;: propriétaire. Tous droits réservés.</translation>
    </message>
    <message>
        <source>Qt {qt} · PySide {pyside} · Python {python}</source>
        <translation>Qt {qt} · PySide {pyside} · Python {python}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Enter an amount.</source>
        <translation>Saisissez un montant.</translation>
    </message>
    <message>
        <source>“{text}” is not an amount. Example: 1 234,50</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un montant. Exemple&#xa0;: 1 234,50</translation>
    </message>
    <message>
        <source>Too many decimals in “{text}”.</source>
        <translation>Trop de décimales dans «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <source>Internal error: an amount was given as a float.</source>
        <translation>Erreur interne&#xa0;: un montant a été transmis sous forme de nombre flottant.</translation>
    </message>
    <message>
        <source>The currency does not match.</source>
        <translation>La devise ne correspond pas.</translation>
    </message>
    <message>
        <source>Unknown currency “{currency}”.</source>
        <translation>Devise inconnue&#xa0;: «&#xa0;{currency}&#xa0;».</translation>
    </message>
    <message>
        <source>The amount must be positive.</source>
        <translation>Le montant doit être positif.</translation>
    </message>
    <message>
        <source>The shares cannot be used to split this amount.</source>
        <translation>Ces parts ne permettent pas de répartir ce montant.</translation>
    </message>
    <message>
        <source>This amount is too large.</source>
        <translation>Ce montant est trop élevé.</translation>
    </message>
    <message>
        <source>The transaction does not balance: a difference of {difference} centimes remains.</source>
        <translation>L&apos;opération n&apos;est pas équilibrée&#xa0;: il reste un écart de {difference} centimes.</translation>
    </message>
    <message>
        <source>A transaction needs at least two lines.</source>
        <translation>Une opération doit comporter au moins deux lignes.</translation>
    </message>
    <message>
        <source>The date {date} is outside every financial year of this file.</source>
        <translation>La date du {date} est en dehors de tous les exercices de ce dossier.</translation>
    </message>
    <message>
        <source>The financial year {year} is closed: it cannot be changed.</source>
        <translation>L&apos;exercice {year} est clôturé&#xa0;: il ne peut plus être modifié.</translation>
    </message>
    <message>
        <source>The receipt number {number} is already used.</source>
        <translation>Le numéro de pièce {number} est déjà utilisé.</translation>
    </message>
    <message>
        <source>Unknown account {code}.</source>
        <translation>Compte {code} inconnu.</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>Cet élément n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>Cette valeur n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The file {path} cannot be found.</source>
        <translation>Le fichier {path} est introuvable.</translation>
    </message>
    <message>
        <source>{path} is not an AssoDesk file.</source>
        <translation>{path} n&apos;est pas un fichier AssoDesk.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be opened. Open one of its backups instead.</source>
        <translation>{path} est endommagé et ne peut pas être ouvert. Ouvrez plutôt l&apos;une de ses sauvegardes.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of AssoDesk. Install the latest version to open it; the file has not been changed.</source>
        <translation>{path} a été enregistré par une version plus récente d&apos;AssoDesk. Installez la dernière version pour l&apos;ouvrir&#xa0;; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>{path} is already open by {user} on {machine} since {since}.</source>
        <translation>{path} est déjà ouvert par {user} sur {machine} depuis {since}.</translation>
    </message>
    <message>
        <source>The file is open read-only: changes cannot be saved.</source>
        <translation>Le dossier est ouvert en lecture seule&#xa0;: les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>A file named {path} already exists.</source>
        <translation>Un fichier nommé {path} existe déjà.</translation>
    </message>
    <message>
        <source>The file {path} could not be written.</source>
        <translation>Le fichier {path} n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was changed. Free some space.</source>
        <translation>Le disque est plein&#xa0;: rien n&apos;a été modifié. Libérez de la place.</translation>
    </message>
    <message>
        <source>Unexpected error ({code}).</source>
        <translation>Erreur inattendue ({code}).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>AssoDesk files (*{suffix});;All files (*)</source>
        <translation>Fichiers AssoDesk (*{suffix});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>AssoDesk</source>
        <translation>AssoDesk</translation>
    </message>
    <message>
        <source>File already open</source>
        <translation>Dossier déjà ouvert</translation>
    </message>
    <message>
        <source>This file is already open by {user} on {machine} since {since}.</source>
        <translation>Ce dossier est déjà ouvert par {user} sur {machine} depuis {since}.</translation>
    </message>
    <message>
        <source>You can open it read-only to look at it: nothing can be changed. To work on it, ask that person to close AssoDesk first.</source>
        <translation>Vous pouvez l&apos;ouvrir en lecture seule pour le consulter&#xa0;: rien ne pourra être modifié. Pour travailler dessus, demandez d&apos;abord à cette personne de fermer AssoDesk.</translation>
    </message>
    <message>
        <source>File cannot be changed</source>
        <translation>Dossier non modifiable</translation>
    </message>
    <message>
        <source>This file cannot be changed where it is (a protected USB stick, a CD or a read-only folder).</source>
        <translation>Ce dossier ne peut pas être modifié à cet endroit (clé USB protégée, CD ou emplacement en lecture seule).</translation>
    </message>
    <message>
        <source>You can open it read-only to look at it. To work on it, copy it to your Documents folder first.</source>
        <translation>Vous pouvez l&apos;ouvrir en lecture seule pour le consulter. Pour travailler dessus, copiez-le d&apos;abord dans «&#xa0;Documents&#xa0;».</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Impossible d&apos;ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open an association file</source>
        <translation>Ouvrir le dossier d&apos;une association</translation>
    </message>
    <message>
        <source>Save the association file as</source>
        <translation>Enregistrer le dossier de l&apos;association sous</translation>
    </message>
    <message>
        <source>{name} - copy {date}</source>
        <translation>{name} - copie {date}</translation>
    </message>
    <message>
        <source>Save a copy of the file</source>
        <translation>Enregistrer une copie du dossier</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>La copie n&apos;a pas été enregistrée</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New association…</source>
        <translation>&amp;Nouvelle association…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Récents</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>Association &amp;profile…</source>
        <translation>&amp;Profil de l&apos;association…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About AssoDesk</source>
        <translation>&amp;À propos d&apos;AssoDesk</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun dossier récent</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>This file is open read-only: you can look at everything but change nothing.</source>
        <translation>Ce dossier est ouvert en lecture seule&#xa0;: vous pouvez tout consulter, mais rien modifier.</translation>
    </message>
    <message>
        <source>This page could not be opened: {error}</source>
        <translation>Cette page n&apos;a pas pu s&apos;ouvrir&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Opened read-only: nothing can be changed.</source>
        <translation>Ouvert en lecture seule&#xa0;: rien ne peut être modifié.</translation>
    </message>
    <message>
        <source>Opened {name}.</source>
        <translation>{name} est ouvert.</translation>
    </message>
    <message>
        <source>Copy saved: {path}</source>
        <translation>Copie enregistrée&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Profil enregistré.</translation>
    </message>
</context>
<context>
    <name>NewAssociationWizard</name>
    <message>
        <source>Moroccan dirham</source>
        <translation>dirham marocain</translation>
    </message>
    <message>
        <source>Euro</source>
        <translation>euro</translation>
    </message>
    <message>
        <source>US dollar</source>
        <translation>dollar américain</translation>
    </message>
    <message>
        <source>West African CFA franc</source>
        <translation>franc CFA d&apos;Afrique de l&apos;Ouest</translation>
    </message>
    <message>
        <source>Central African CFA franc</source>
        <translation>franc CFA d&apos;Afrique centrale</translation>
    </message>
    <message>
        <source>association</source>
        <translation>association</translation>
    </message>
    <message>
        <source>New association</source>
        <translation>Nouvelle association</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Your association</source>
        <translation>Votre association</translation>
    </message>
    <message>
        <source>The name appears on every report you print.</source>
        <translation>Le nom figure sur tous les rapports que vous imprimez.</translation>
    </message>
    <message>
        <source>e.g. Association Afrique Solidaire</source>
        <translation>ex.&#xa0;: Association Afrique Solidaire</translation>
    </message>
    <message>
        <source>e.g. AAS (optional)</source>
        <translation>ex.&#xa0;: AAS (facultatif)</translation>
    </message>
    <message>
        <source>e.g. Rabat</source>
        <translation>ex.&#xa0;: Rabat</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Acronym:</source>
        <translation>Sigle&#xa0;:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ville&#xa0;:</translation>
    </message>
    <message>
        <source>Money and financial year</source>
        <translation>Monnaie et exercice</translation>
    </message>
    <message>
        <source>You can keep grants in other currencies: this is the currency of your books.</source>
        <translation>Vos subventions peuvent être dans d&apos;autres devises&#xa0;: celle-ci est la devise de votre comptabilité.</translation>
    </message>
    <message>
        <source>Currency of the books:</source>
        <translation>Devise de la comptabilité&#xa0;:</translation>
    </message>
    <message>
        <source>Financial year starts in:</source>
        <translation>Début de l&apos;exercice&#xa0;:</translation>
    </message>
    <message>
        <source>First financial year:</source>
        <translation>Premier exercice&#xa0;:</translation>
    </message>
    <message>
        <source>Where to keep the file</source>
        <translation>Où enregistrer le dossier</translation>
    </message>
    <message>
        <source>All the association&apos;s data lives in this one file: copy it on a USB stick or send it by e-mail to your coach.</source>
        <translation>Toutes les données de l&apos;association sont dans ce seul fichier&#xa0;: copiez-le sur une clé USB ou envoyez-le par e-mail à votre accompagnateur.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Keep a copy somewhere else too: File ▸ Save a copy.</source>
        <translation>Gardez aussi une copie ailleurs&#xa0;: Fichier ▸ Enregistrer une copie.</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Association profile</source>
        <translation>Profil de l&apos;association</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Acronym:</source>
        <translation>Sigle&#xa0;:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ville&#xa0;:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Registration number:</source>
        <translation>N° d&apos;enregistrement&#xa0;:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo&#xa0;:</translation>
    </message>
    <message>
        <source>This file is open read-only: the profile cannot be changed.</source>
        <translation>Ce dossier est ouvert en lecture seule&#xa0;: le profil ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>Choose an image…</source>
        <translation>Choisir une image…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Pas de logo</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Choisir le logo</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Images ({patterns})</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>The language of AssoDesk’s menus, pages and messages.</source>
        <translation>La langue des menus, des pages et des messages d&apos;AssoDesk.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome to AssoDesk</source>
        <translation>Bienvenue dans AssoDesk</translation>
    </message>
    <message>
        <source>The money and projects of your association, kept in one file.</source>
        <translation>L&apos;argent et les projets de votre association, réunis dans un seul fichier.</translation>
    </message>
    <message>
        <source>Open an association file…</source>
        <translation>Ouvrir un dossier…</translation>
    </message>
    <message>
        <source>New association…</source>
        <translation>Nouvelle association…</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Ouvrir la démo</translation>
    </message>
    <message>
        <source>An example association with a year of bookkeeping, to try everything.</source>
        <translation>Une association exemple avec une année de comptabilité, pour tout essayer.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Dossiers récents</translation>
    </message>
    <message>
        <source>No recent files yet. Your files will be listed here.</source>
        <translation>Aucun dossier récent pour l&apos;instant. Vos dossiers apparaîtront ici.</translation>
    </message>
</context>
</TS>
