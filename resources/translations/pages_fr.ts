<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>DashboardPage</name>
    <message>
        <source>Projects in progress</source>
        <translation>Projets en cours</translation>
    </message>
    <message>
        <source>No project in progress</source>
        <translation>Aucun projet en cours</translation>
    </message>
    <message>
        <source>Signed and ongoing projects appear here with their budget and spending.</source>
        <translation>Les projets signés ou en cours apparaissent ici avec leur budget et leurs dépenses.</translation>
    </message>
    <message>
        <source>Financial year %1</source>
        <translation>Exercice %1</translation>
    </message>
    <message>
        <source>(closed)</source>
        <translation>(clôturé)</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Banque</translation>
    </message>
    <message>
        <source>Income %1</source>
        <translation>Recettes %1</translation>
    </message>
    <message>
        <source>Expenses %1</source>
        <translation>Dépenses %1</translation>
    </message>
    <message>
        <source>Result %1</source>
        <translation>Résultat %1</translation>
    </message>
    <message>
        <source>Income minus expenses of the year</source>
        <translation>Recettes moins dépenses de l&apos;exercice</translation>
    </message>
    <message>
        <source>Missing receipts</source>
        <translation>Pièces manquantes</translation>
    </message>
    <message>
        <source>Transactions of the year without their receipt</source>
        <translation>Opérations de l&apos;exercice sans pièce justificative</translation>
    </message>
    <message>
        <source>Every transaction of the year has its receipt</source>
        <translation>Toutes les opérations de l&apos;exercice ont leur pièce</translation>
    </message>
    <message>
        <source>held by a member</source>
        <translation>détenu par un membre</translation>
    </message>
    <message>
        <source>Money kept on a member&apos;s personal account: flagged in reports.</source>
        <translation>Argent gardé sur le compte personnel d&apos;un membre : signalé dans les rapports.</translation>
    </message>
    <message>
        <source>No account of this kind</source>
        <translation>Aucun compte de ce type</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Reportée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Avenant</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Report due</source>
        <translation>Rapport à remettre</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Réouverture</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>File upgraded</source>
        <translation>Mise à jour du dossier</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Dépense</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Recette</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Virement interne</translation>
    </message>
    <message>
        <source>Advance</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Advance settled</source>
        <translation>Avance justifiée</translation>
    </message>
    <message>
        <source>Reimbursement</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Solde d&apos;ouverture</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Régularisation</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Banque</translation>
    </message>
    <message>
        <source>Mobile money</source>
        <translation>Paiement mobile</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>Oui/non</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Whole file</source>
        <translation>Tout le dossier</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Transaction line</source>
        <translation>Ligne d&apos;opération</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant·e</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Indicator value</source>
        <translation>Valeur d&apos;indicateur</translation>
    </message>
    <message>
        <source>Cash count</source>
        <translation>Comptage de caisse</translation>
    </message>
    <message>
        <source>Bank reconciliation</source>
        <translation>Rapprochement bancaire</translation>
    </message>
    <message>
        <source>Treasury account</source>
        <translation>Compte de trésorerie</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Bailleur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Dépensé</translation>
    </message>
    <message>
        <source>% used</source>
        <translation>% consommé</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Ligne budgétaire</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Treasury</source>
        <translation>Trésorerie</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <source>Logframe</source>
        <translation>Cadre logique</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Financial year</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Justificatif</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
</context>
<context>
    <name>ReportsHub</name>
    <message>
        <source>Treasury</source>
        <translation>Trésorerie</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <source>Logical framework</source>
        <translation>Cadre logique</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Other exports</source>
        <translation>Autres exports</translation>
    </message>
    <message>
        <source>Summary of the financial year</source>
        <translation>Synthèse de l&apos;exercice</translation>
    </message>
    <message>
        <source>Balances, income and expenses by category, projects and missing receipts, for the general assembly.</source>
        <translation>Soldes, recettes et dépenses par catégorie, projets et justificatifs manquants, pour l&apos;assemblée générale.</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>synthese</translation>
    </message>
    <message>
        <source>Treasury ledger</source>
        <translation>Journal de trésorerie</translation>
    </message>
    <message>
        <source>Every transaction of the period with its category, project and budget line, and the totals, for Excel (XLSX or CSV).</source>
        <translation>Toutes les opérations de la période avec leur catégorie, leur projet et leur ligne budgétaire, et les totaux, pour Excel (XLSX ou CSV).</translation>
    </message>
    <message>
        <source>ledger</source>
        <translation>journal</translation>
    </message>
    <message>
        <source>Receipts of a period</source>
        <translation>Justificatifs d&apos;une période</translation>
    </message>
    <message>
        <source>Every receipt dated in the period, named by its number, with an index, for the donor&apos;s auditor.</source>
        <translation>Toutes les pièces datées dans la période, nommées par leur numéro, avec un index, pour l&apos;auditeur du bailleur.</translation>
    </message>
    <message>
        <source>receipts</source>
        <translation>justificatifs</translation>
    </message>
    <message>
        <source>Project budget</source>
        <translation>Budget du projet</translation>
    </message>
    <message>
        <source>The latest budget of the project in the donor&apos;s layout.</source>
        <translation>Le dernier budget du projet, au format du bailleur.</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>budget</translation>
    </message>
    <message>
        <source>Budget vs actual</source>
        <translation>Budget et réalisé</translation>
    </message>
    <message>
        <source>What was planned and what was spent, line by line, for the report.</source>
        <translation>Le prévu et le dépensé, ligne par ligne, pour le rapport financier.</translation>
    </message>
    <message>
        <source>budget-vs-actual</source>
        <translation>budget-realise</translation>
    </message>
    <message>
        <source>Logical framework (EU 2004)</source>
        <translation>Cadre logique (UE 2004)</translation>
    </message>
    <message>
        <source>The logframe matrix in the European Union&apos;s 2004 layout.</source>
        <translation>La matrice du cadre logique au format 2004 de l&apos;Union européenne.</translation>
    </message>
    <message>
        <source>logframe-2004</source>
        <translation>cadre-logique-2004</translation>
    </message>
    <message>
        <source>Logical framework (EU 2016)</source>
        <translation>Cadre logique (UE 2016)</translation>
    </message>
    <message>
        <source>The logframe matrix in the European Union&apos;s 2016 layout.</source>
        <translation>La matrice du cadre logique au format 2016 de l&apos;Union européenne.</translation>
    </message>
    <message>
        <source>logframe-2016</source>
        <translation>cadre-logique-2016</translation>
    </message>
    <message>
        <source>Indicator tracking</source>
        <translation>Suivi des indicateurs</translation>
    </message>
    <message>
        <source>Each indicator with its baseline, target and measured values.</source>
        <translation>Chaque indicateur avec sa valeur de départ, sa cible et les valeurs mesurées.</translation>
    </message>
    <message>
        <source>indicators</source>
        <translation>indicateurs</translation>
    </message>
    <message>
        <source>Chronogramme</source>
        <translation>Chronogramme</translation>
    </message>
    <message>
        <source>The project&apos;s activities month by month.</source>
        <translation>Les activités du projet, mois par mois.</translation>
    </message>
    <message>
        <source>chronogramme</source>
        <translation>chronogramme</translation>
    </message>
    <message>
        <source>Calendar for phones and computers</source>
        <translation>Calendrier pour téléphones et ordinateurs</translation>
    </message>
    <message>
        <source>Activities, sessions and deadlines as an .ics file for Google, Outlook or a phone.</source>
        <translation>Activités, séances et échéances dans un fichier .ics pour Google, Outlook ou un téléphone.</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>calendrier</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Classeur Excel</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>ZIP archive</source>
        <translation>Archive ZIP</translation>
    </message>
    <message>
        <source>CSV file (Excel)</source>
        <translation>Fichier CSV (Excel)</translation>
    </message>
    <message>
        <source>iCalendar file</source>
        <translation>Fichier iCalendar</translation>
    </message>
    <message>
        <source>Export the receipts</source>
        <translation>Exporter les justificatifs</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Tous les projets</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Generate…</source>
        <translation>Générer…</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Premier jour de la période</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Dernier jour de la période</translation>
    </message>
    <message>
        <source>This report is about a project: create one first.</source>
        <translation>Ce rapport porte sur un projet : créez d&apos;abord un projet.</translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation>La période commence après sa fin.</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Génération en cours…</translation>
    </message>
    <message>
        <source>Generating %1…</source>
        <translation>Génération : %1…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>Not generated: %1</source>
        <translation>Non généré : %1</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Documents for donors and the general assembly</source>
        <translation>Documents pour les bailleurs et l&apos;assemblée générale</translation>
    </message>
    <message>
        <source>Change log (latest %1)</source>
        <translation>Journal des modifications (les %1 dernières)</translation>
    </message>
    <message>
        <source>No change recorded yet</source>
        <translation>Aucune modification enregistrée pour l&apos;instant</translation>
    </message>
    <message>
        <source>Every change made to the file is traced here: who, when, what.</source>
        <translation>Chaque modification du dossier est tracée ici : qui, quand, quoi.</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>Rapport enregistré : %1</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review comments</source>
        <translation>Commentaires de revue</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>Open comments</source>
        <translation>Commentaires ouverts</translation>
    </message>
    <message>
        <source>All comments</source>
        <translation>Tous les commentaires</translation>
    </message>
    <message>
        <source>Without receipt</source>
        <translation>Sans justificatif</translation>
    </message>
    <message>
        <source>Unbalanced transactions</source>
        <translation>Opérations déséquilibrées</translation>
    </message>
    <message>
        <source>Transactions of all years that need a receipt and have none</source>
        <translation>Opérations de tous les exercices qui demandent une pièce et n&apos;en ont pas</translation>
    </message>
    <message>
        <source>Lines that do not add up to zero: to correct</source>
        <translation>Lignes dont la somme n&apos;est pas nulle : à corriger</translation>
    </message>
    <message>
        <source>Every transaction balances</source>
        <translation>Toutes les opérations sont équilibrées</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) in the file</source>
        <translation>
            <numerusform>%n opération dans le dossier</numerusform>
            <numerusform>%n opérations dans le dossier</numerusform>
        </translation>
    </message>
    <message>
        <source>No open comment</source>
        <translation>Aucun commentaire ouvert</translation>
    </message>
    <message>
        <source>Comments left by a coach and not yet resolved appear here.</source>
        <translation>Les commentaires laissés par un accompagnateur et pas encore résolus apparaissent ici.</translation>
    </message>
    <message>
        <source>No comment yet</source>
        <translation>Aucun commentaire pour l&apos;instant</translation>
    </message>
    <message>
        <source>A coach&apos;s comments on transactions, budgets or activities appear here.</source>
        <translation>Les commentaires d&apos;un accompagnateur sur les opérations, budgets ou activités apparaissent ici.</translation>
    </message>
</context>
</TS>
