<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About AssoDesk</source>
        <translation>À propos d'AssoDesk</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>The money and projects of your association, kept in one file.</source>
        <translation>L'argent et les projets de votre association, réunis dans un seul fichier.</translation>
    </message>
    <message>
        <source>Licence: proprietary. All rights reserved.</source>
        <translation>Licence : propriétaire. Tous droits réservés.</translation>
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
        <translation>« {text} » n'est pas un montant. Exemple : 1 234,50</translation>
    </message>
    <message>
        <source>Too many decimals in “{text}”.</source>
        <translation>Trop de décimales dans « {text} ».</translation>
    </message>
    <message>
        <source>Internal error: an amount was given as a float.</source>
        <translation>Erreur interne : un montant a été transmis sous forme de nombre flottant.</translation>
    </message>
    <message>
        <source>The currency does not match.</source>
        <translation>La devise ne correspond pas.</translation>
    </message>
    <message>
        <source>Unknown currency “{currency}”.</source>
        <translation>Devise inconnue : « {currency} ».</translation>
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
        <translation>L'opération n'est pas équilibrée : il reste un écart de {difference} centimes.</translation>
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
        <translation>L'exercice {year} est clôturé : il ne peut plus être modifié.</translation>
    </message>
    <message>
        <source>The receipt number {number} is already used.</source>
        <translation>Le numéro de pièce {number} est déjà utilisé.</translation>
    </message>
    <message>
        <source>Unknown account {account}.</source>
        <translation>Compte inconnu : {account}.</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>Cet élément n'existe plus.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>Cette valeur n'est pas valide.</translation>
    </message>
    <message>
        <source>The file {path} cannot be found.</source>
        <translation>Le fichier {path} est introuvable.</translation>
    </message>
    <message>
        <source>{path} is not an AssoDesk file.</source>
        <translation>{path} n'est pas un fichier AssoDesk.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be opened. Open one of its backups instead.</source>
        <translation>{path} est endommagé et ne peut pas être ouvert. Ouvrez plutôt l'une de ses sauvegardes.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of AssoDesk. Install the latest version to open it; the file has not been changed.</source>
        <translation>{path} a été enregistré par une version plus récente d'AssoDesk. Installez la dernière version pour l'ouvrir ; le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <source>{path} is already open by {user} on {machine} since {since}.</source>
        <translation>{path} est déjà ouvert par {user} sur {machine} depuis {since}.</translation>
    </message>
    <message>
        <source>The file is open read-only: changes cannot be saved.</source>
        <translation>Le dossier est ouvert en lecture seule : les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>A file named {path} already exists.</source>
        <translation>Un fichier nommé {path} existe déjà.</translation>
    </message>
    <message>
        <source>The file {path} could not be written.</source>
        <translation>Le fichier {path} n'a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was changed. Free some space.</source>
        <translation>Le disque est plein : rien n'a été modifié. Libérez de la place.</translation>
    </message>
    <message>
        <source>The split does not add up to the amount: {remainder} centimes remain.</source>
        <translation>La répartition ne correspond pas au montant : il reste {remainder} centimes.</translation>
    </message>
    <message>
        <source>Choose two different accounts for a transfer.</source>
        <translation>Choisissez deux comptes différents pour un virement.</translation>
    </message>
    <message>
        <source>This transaction cannot be changed with the entry form.</source>
        <translation>Cette opération ne peut pas être modifiée avec le formulaire de saisie.</translation>
    </message>
    <message>
        <source>This transaction was reconciled with a bank statement: changing it cancels the reconciliation.</source>
        <translation>Cette opération a été rapprochée d'un relevé bancaire : la modifier annule le rapprochement.</translation>
    </message>
    <message>
        <source>“{name}” is neither an image nor a PDF.</source>
        <translation>« {name} » n'est ni une image ni un PDF.</translation>
    </message>
    <message>
        <source>“{name}” is too large (at most {limit} MB).</source>
        <translation>« {name} » est trop volumineux ({limit} Mo au plus).</translation>
    </message>
    <message>
        <source>Enter a whole number of notes or coins (0 or more).</source>
        <translation>Saisissez un nombre entier de billets ou de pièces (0 ou plus).</translation>
    </message>
    <message>
        <source>A cash count is only for a cash box (caisse).</source>
        <translation>Un comptage ne se fait que pour une caisse.</translation>
    </message>
    <message>
        <source>The count matches the books: there is nothing to adjust.</source>
        <translation>Le comptage correspond aux comptes : il n'y a rien à régulariser.</translation>
    </message>
    <message>
        <source>The difference of this count was already booked.</source>
        <translation>L'écart de ce comptage a déjà été passé en écriture.</translation>
    </message>
    <message>
        <source>Only a bank or mobile-money account can be reconciled with a statement.</source>
        <translation>Seul un compte bancaire ou de paiement mobile peut être rapproché d'un relevé.</translation>
    </message>
    <message>
        <source>The difference with the statement is {difference}: it must be zero to finish.</source>
        <translation>L'écart avec le relevé est de {difference} : il doit être nul pour terminer.</translation>
    </message>
    <message>
        <source>A reconciliation of this account is already in progress: finish it first.</source>
        <translation>Un rapprochement de ce compte est déjà en cours : terminez-le d'abord.</translation>
    </message>
    <message>
        <source>The statement date must come after the last reconciled statement ({last}).</source>
        <translation>La date du relevé doit suivre celle du dernier relevé rapproché ({last}).</translation>
    </message>
    <message>
        <source>This reconciliation is finished: it can no longer be changed.</source>
        <translation>Ce rapprochement est terminé : il ne peut plus être modifié.</translation>
    </message>
    <message>
        <source>This line cannot be ticked on this statement.</source>
        <translation>Cette ligne ne peut pas être pointée sur ce relevé.</translation>
    </message>
    <message>
        <source>Only the latest reconciliation of an account can be cancelled.</source>
        <translation>Seul le dernier rapprochement d'un compte peut être annulé.</translation>
    </message>
    <message>
        <source>The financial year {year} is already closed.</source>
        <translation>L'exercice {year} est déjà clôturé.</translation>
    </message>
    <message>
        <source>The financial year {year} is open.</source>
        <translation>L'exercice {year} est ouvert.</translation>
    </message>
    <message>
        <source>The financial year {year} is not over yet: it ends on {end}.</source>
        <translation>L'exercice {year} n'est pas terminé : il se termine le {end}.</translation>
    </message>
    <message>
        <source>Close the financial year {year} first.</source>
        <translation>Clôturez d'abord l'exercice {year}.</translation>
    </message>
    <message>
        <source>Reopen the financial year {year} first: it comes after this one.</source>
        <translation>Rouvrez d'abord l'exercice {year} : il suit celui-ci.</translation>
    </message>
    <message>
        <source>{count} transactions of this year do not balance: correct them first.</source>
        <translation>{count} opérations de cet exercice ne sont pas équilibrées : corrigez-les d'abord.</translation>
    </message>
    <message>
        <source>The statement {path} cannot be read: {reason}.</source>
        <translation>Le relevé {path} ne peut pas être lu : {reason}.</translation>
    </message>
    <message>
        <source>{path} is not a CSV or Excel table ({format}). Export the statement from your bank as CSV or Excel.</source>
        <translation>{path} n’est pas un tableau CSV ou Excel ({format}). Téléchargez le relevé depuis votre banque en CSV ou Excel.</translation>
    </message>
    <message>
        <source>The statement {path} contains no operations.</source>
        <translation>Le relevé {path} ne contient aucune opération.</translation>
    </message>
    <message>
        <source>Say which column holds: {missing}.</source>
        <translation>Indiquez quelle colonne contient : {missing}.</translation>
    </message>
    <message>
        <source>“{text}” is not a date. Example: 23/11/2026</source>
        <translation>« {text} » n’est pas une date. Exemple : 23/11/2026</translation>
    </message>
    <message>
        <source>No amount on this row.</source>
        <translation>Pas de montant sur cette ligne.</translation>
    </message>
    <message>
        <source>This row has both a debit ({debit}) and a credit ({credit}).</source>
        <translation>Cette ligne a à la fois un débit ({debit}) et un crédit ({credit}).</translation>
    </message>
    <message>
        <source>No label on this row.</source>
        <translation>Pas de libellé sur cette ligne.</translation>
    </message>
    <message>
        <source>{count} rows have errors: nothing was imported. Correct them and try again.</source>
        <translation>{count} lignes ont des erreurs : rien n’a été importé. Corrigez-les puis recommencez.</translation>
    </message>
    <message>
        <source>The statement's own balances do not add up: expected {expected}, found {found} (difference {difference}). Check the statement with your bank.</source>
        <translation>Les soldes du relevé lui-même ne concordent pas : attendu {expected}, trouvé {found} (écart {difference}). Vérifiez le relevé avec votre banque.</translation>
    </message>
    <message>
        <source>No treasury account named “{name}”. Accounts: {choices}.</source>
        <translation>Aucun compte de trésorerie nommé « {name} ». Comptes : {choices}.</translation>
    </message>
    <message>
        <source>The account {name} is in {currency}; statements can only be imported into accounts in {base}.</source>
        <translation>Le compte {name} est en {currency} ; les relevés ne peuvent être importés que dans des comptes en {base}.</translation>
    </message>
    <message>
        <source>Nothing to import: every row is already in the books.</source>
        <translation>Rien à importer : toutes les lignes sont déjà dans les comptes.</translation>
    </message>
    <message>
        <source>The import cannot be undone: {count} of its transactions were reconciled or changed since.</source>
        <translation>L’import ne peut pas être annulé : {count} de ses opérations ont été rapprochées ou modifiées depuis.</translation>
    </message>
    <message>
        <source>This statement is in {found} but the account {account} is kept in {expected}: its amounts would be wrong. Choose an account kept in {found}.</source>
        <translation>Ce relevé est en {found} mais le compte {account} est tenu en {expected} : ses montants seraient faux. Choisissez un compte tenu en {found}.</translation>
    </message>
    <message>
        <source>The quantity cannot be negative ({value}).</source>
        <translation>La quantité ne peut pas être négative ({value}).</translation>
    </message>
    <message>
        <source>A budget amount cannot be negative ({value}).</source>
        <translation>Un montant du budget ne peut pas être négatif ({value}).</translation>
    </message>
    <message>
        <source>A percentage must be between 0 and 100 % ({value} given).</source>
        <translation>Un pourcentage doit être compris entre 0 et 100 % ({value} saisi).</translation>
    </message>
    <message>
        <source>No exchange rate for {currency} on {date}: enter the grant's rate before using this currency.</source>
        <translation>Aucun taux de change pour {currency} au {date} : saisissez le taux de la subvention avant d'utiliser cette devise.</translation>
    </message>
    <message>
        <source>The expense of {date} (“{label}”) is outside the grant period ({start} – {end}): the donor will not accept it.</source>
        <translation>La dépense du {date} (« {label} ») est hors de la période de la subvention ({start} – {end}) : le bailleur ne l'acceptera pas.</translation>
    </message>
    <message>
        <source>Budget lines nest at most three levels deep.</source>
        <translation>Les lignes budgétaires s'imbriquent sur trois niveaux au plus.</translation>
    </message>
    <message>
        <source>The code {line} is already used in this budget.</source>
        <translation>Le code {line} est déjà utilisé dans ce budget.</translation>
    </message>
    <message>
        <source>The line {line} has {count} expenses tagged to it: move them to another line first.</source>
        <translation>La ligne {line} porte {count} dépenses : affectez-les d'abord à une autre ligne.</translation>
    </message>
    <message>
        <source>This budget is {status}: it cannot be changed. Make a new version (amendment) instead.</source>
        <translation>Ce budget est {status} : il ne peut plus être modifié. Créez plutôt une nouvelle version (avenant).</translation>
    </message>
    <message>
        <source>The end of the period must come after its start.</source>
        <translation>La fin de la période doit venir après son début.</translation>
    </message>
    <message>
        <source>Line {line} ({label}) is {percent} of the direct costs: the donor allows at most {cap}.</source>
        <translation>La ligne {line} ({label}) représente {percent} des coûts directs : le bailleur accepte au plus {cap}.</translation>
    </message>
    <message>
        <source>The co-funding of line {line} adds up to {funded}, not to the line total {total}.</source>
        <translation>Le cofinancement de la ligne {line} fait {funded}, et non le total de la ligne {total}.</translation>
    </message>
    <message>
        <source>Line {line} is linked to no activity of the plan.</source>
        <translation>La ligne {line} n'est liée à aucune activité du plan.</translation>
    </message>
    <message>
        <source>Heading {line} moves by {percent}, more than the {cap} allowed without an amendment.</source>
        <translation>La rubrique {line} varie de {percent}, plus que les {cap} permis sans avenant.</translation>
    </message>
    <message>
        <source>The yearly amounts of line {line} add up to {funded}, not to {total}.</source>
        <translation>Les montants annuels de la ligne {line} font {funded}, et non {total}.</translation>
    </message>
    <message>
        <source>There is no previous financial year to estimate from.</source>
        <translation>Il n'y a pas d'exercice précédent à partir duquel estimer.</translation>
    </message>
    <message>
        <source>The project {project} has no logframe yet.</source>
        <translation>Le projet {project} n'a pas encore de cadre logique.</translation>
    </message>
    <message>
        <source>{path} cannot be read as an Excel workbook (.xlsx). Open it in Excel or LibreOffice, save it as .xlsx and try again.</source>
        <translation>{path} ne peut pas être lu comme un classeur Excel (.xlsx). Ouvrez-le dans Excel ou LibreOffice, enregistrez-le au format .xlsx, puis réessayez.</translation>
    </message>
    <message>
        <source>The workbook has no sheet named “{sheet}”.</source>
        <translation>Le classeur n'a pas de feuille nommée « {sheet} ».</translation>
    </message>
    <message>
        <source>No logframe header row (Intervention logic, Indicators, Sources of verification, Assumptions) was found in the sheet “{sheet}”. Choose the columns by hand.</source>
        <translation>Aucune ligne d'en-tête de cadre logique (Logique d'intervention, Indicateurs, Sources de vérification, Hypothèses) n'a été trouvée dans la feuille « {sheet} ». Choisissez les colonnes à la main.</translation>
    </message>
    <message>
        <source>Choose the column that holds the intervention logic (the statements).</source>
        <translation>Choisissez la colonne qui contient la logique d'intervention (les énoncés).</translation>
    </message>
    <message>
        <source>No objective, result or activity was found in the sheet “{sheet}”.</source>
        <translation>Aucun objectif, résultat ou activité n'a été trouvé dans la feuille « {sheet} ».</translation>
    </message>
    <message>
        <source>The project {project} already has a logframe: the import would replace it. Import into another project, or delete that logframe first.</source>
        <translation>Le projet {project} a déjà un cadre logique : l'importation le remplacerait. Importez dans un autre projet, ou supprimez d'abord ce cadre logique.</translation>
    </message>
    <message>
        <source>There is no logframe template named “{name}” in this file.</source>
        <translation>Ce fichier n'a pas de modèle de cadre logique nommé « {name} ».</translation>
    </message>
    <message>
        <source>A logframe has only one overall objective.</source>
        <translation>Un cadre logique n'a qu'un seul objectif global.</translation>
    </message>
    <message>
        <source>The logframe has no level below the activities.</source>
        <translation>Le cadre logique n'a pas de niveau en dessous des activités.</translation>
    </message>
    <message>
        <source>The overall objective cannot be moved or deleted.</source>
        <translation>L'objectif global ne peut être ni déplacé ni supprimé.</translation>
    </message>
    <message>
        <source>An item cannot be moved under itself.</source>
        <translation>Un élément ne peut pas être déplacé sous lui-même.</translation>
    </message>
    <message>
        <source>An item keeps its level: place it under an item of the level just above.</source>
        <translation>Un élément garde son niveau : placez-le sous un élément du niveau juste au-dessus.</translation>
    </message>
    <message>
        <source>Describe what the indicator measures.</source>
        <translation>Décrivez ce que mesure l'indicateur.</translation>
    </message>
    <message>
        <source>“{text}” is not a number. Example: 12,5</source>
        <translation>« {text} » n'est pas un nombre. Exemple : 12,5</translation>
    </message>
    <message>
        <source>A yes/no indicator takes the value 1 (yes) or 0 (no).</source>
        <translation>Un indicateur oui/non prend la valeur 1 (oui) ou 0 (non).</translation>
    </message>
    <message>
        <source>A percentage is between 0 and 100.</source>
        <translation>Un pourcentage est compris entre 0 et 100.</translation>
    </message>
    <message>
        <source>Give the end date of the period.</source>
        <translation>Indiquez la date de fin de la période.</translation>
    </message>
    <message>
        <source>The end ({end}) comes before the start ({start}).</source>
        <translation>La fin ({end}) est avant le début ({start}).</translation>
    </message>
    <message>
        <source>The dates must stay within the project period, from {project_start} to {project_end}.</source>
        <translation>Les dates doivent rester dans la période du projet, du {project_start} au {project_end}.</translation>
    </message>
    <message>
        <source>A number of participants cannot be negative ({count}).</source>
        <translation>Un nombre de participants ne peut pas être négatif ({count}).</translation>
    </message>
    <message>
        <source>Choose a result of this project's logframe for the activity.</source>
        <translation>Choisissez pour l'activité un résultat du cadre logique de ce projet.</translation>
    </message>
    <message>
        <source>Participant {row}: give initials only (at most {max_length} characters), not a full name.</source>
        <translation>Participant {row} : indiquez seulement les initiales (au plus {max_length} caractères), pas le nom complet.</translation>
    </message>
    <message>
        <source>The session date must be within the project period, from {project_start} to {project_end}.</source>
        <translation>La date de la séance doit être dans la période du projet, du {project_start} au {project_end}.</translation>
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
        <translation>Vous pouvez l'ouvrir en lecture seule pour le consulter : rien ne pourra être modifié. Pour travailler dessus, demandez d'abord à cette personne de fermer AssoDesk.</translation>
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
        <translation>Vous pouvez l'ouvrir en lecture seule pour le consulter. Pour travailler dessus, copiez-le d'abord dans « Documents ».</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Impossible d'ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open an association file</source>
        <translation>Ouvrir le dossier d'une association</translation>
    </message>
    <message>
        <source>Save the association file as</source>
        <translation>Enregistrer le dossier de l'association sous</translation>
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
        <translation>La copie n'a pas été enregistrée</translation>
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
        <translation>&amp;Profil de l'association…</translation>
    </message>
    <message>
        <source>Change &amp;log…</source>
        <translation>&amp;Journal des modifications…</translation>
    </message>
    <message>
        <source>Close the financial &amp;year…</source>
        <translation>&amp;Clôturer l'exercice…</translation>
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
        <translation>&amp;À propos d'AssoDesk</translation>
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
        <translation>Ce dossier est ouvert en lecture seule : vous pouvez tout consulter, mais rien modifier.</translation>
    </message>
    <message>
        <source>This page could not be opened: {error}</source>
        <translation>Cette page n'a pas pu s'ouvrir : {error}</translation>
    </message>
    <message>
        <source>Opened read-only: nothing can be changed.</source>
        <translation>Ouvert en lecture seule : rien ne peut être modifié.</translation>
    </message>
    <message>
        <source>Opened {name}.</source>
        <translation>{name} est ouvert.</translation>
    </message>
    <message>
        <source>Copy saved: {path}</source>
        <translation>Copie enregistrée : {path}</translation>
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
        <translation>franc CFA d'Afrique de l'Ouest</translation>
    </message>
    <message>
        <source>Central African CFA franc</source>
        <translation>franc CFA d'Afrique centrale</translation>
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
        <translation>ex. : Association Afrique Solidaire</translation>
    </message>
    <message>
        <source>e.g. AAS (optional)</source>
        <translation>ex. : AAS (facultatif)</translation>
    </message>
    <message>
        <source>e.g. Rabat</source>
        <translation>ex. : Rabat</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Acronym:</source>
        <translation>Sigle :</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ville :</translation>
    </message>
    <message>
        <source>Money and financial year</source>
        <translation>Monnaie et exercice</translation>
    </message>
    <message>
        <source>You can keep grants in other currencies: this is the currency of your books.</source>
        <translation>Vos subventions peuvent être dans d'autres devises : celle-ci est la devise de votre comptabilité.</translation>
    </message>
    <message>
        <source>Currency of the books:</source>
        <translation>Devise de la comptabilité :</translation>
    </message>
    <message>
        <source>Financial year starts in:</source>
        <translation>Début de l'exercice :</translation>
    </message>
    <message>
        <source>First financial year:</source>
        <translation>Premier exercice :</translation>
    </message>
    <message>
        <source>Where to keep the file</source>
        <translation>Où enregistrer le dossier</translation>
    </message>
    <message>
        <source>All the association's data lives in this one file: copy it on a USB stick or send it by e-mail to your coach.</source>
        <translation>Toutes les données de l'association sont dans ce seul fichier : copiez-le sur une clé USB ou envoyez-le par e-mail à votre accompagnateur.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Keep a copy somewhere else too: File ▸ Save a copy.</source>
        <translation>Gardez aussi une copie ailleurs : Fichier ▸ Enregistrer une copie.</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Association profile</source>
        <translation>Profil de l'association</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Acronym:</source>
        <translation>Sigle :</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ville :</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>Registration number:</source>
        <translation>N° d'enregistrement :</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone :</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail :</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo :</translation>
    </message>
    <message>
        <source>This file is open read-only: the profile cannot be changed.</source>
        <translation>Ce dossier est ouvert en lecture seule : le profil ne peut pas être modifié.</translation>
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
        <translation>Langue :</translation>
    </message>
    <message>
        <source>The language of AssoDesk’s menus, pages and messages.</source>
        <translation>La langue des menus, des pages et des messages d'AssoDesk.</translation>
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
        <translation>L'argent et les projets de votre association, réunis dans un seul fichier.</translation>
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
        <translation>Aucun dossier récent pour l'instant. Vos dossiers apparaîtront ici.</translation>
    </message>
</context>
</TS>