<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Change log</source>
        <translation>Journal des modifications</translation>
    </message>
    <message>
        <source>Change log of a transaction</source>
        <translation>Journal des modifications d'une opération</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Tous les enregistrements</translation>
    </message>
    <message>
        <source>Search (label, amount, reason…)</source>
        <translation>Rechercher (libellé, montant, motif…)</translation>
    </message>
    <message>
        <source>Whole file</source>
        <translation>Tout le dossier</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation>Modifications : %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>No detail recorded.</source>
        <translation>Aucun détail enregistré.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
</context>
<context>
    <name>Bookkeeping</name>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>N° de pièce</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Treasury account</source>
        <translation>Compte de trésorerie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>Book balance</source>
        <translation>Solde comptable</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>Solde final</translation>
    </message>
    <message>
        <source>Statement date</source>
        <translation>Date du relevé</translation>
    </message>
    <message>
        <source>No receipt needed</source>
        <translation>Pas de justificatif nécessaire</translation>
    </message>
    <message>
        <source>Reconciled lines</source>
        <translation>Lignes rapprochées</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>Motif de la réouverture</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Soldes</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>CashCountDialog</name>
    <message>
        <source>Cash count</source>
        <translation>Comptage de caisse</translation>
    </message>
    <message>
        <source>Who counted (name)</source>
        <translation>Qui a compté (nom)</translation>
    </message>
    <message>
        <source>Cash box</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>Date of the count</source>
        <translation>Date du comptage</translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation>Compté par</translation>
    </message>
    <message>
        <source>Notes and coins</source>
        <translation>Billets et pièces</translation>
    </message>
    <message>
        <source>Denomination</source>
        <translation>Coupure</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>note</source>
        <translation>billet</translation>
    </message>
    <message>
        <source>coin</source>
        <translation>pièce</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Counted total</source>
        <translation>Total compté</translation>
    </message>
    <message>
        <source>Book balance</source>
        <translation>Solde comptable</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Save and book the difference</source>
        <translation>Enregistrer et passer l'écriture d'écart</translation>
    </message>
    <message>
        <source>Save the count only</source>
        <translation>Enregistrer le comptage seul</translation>
    </message>
    <message>
        <source>Book the difference of the selected count</source>
        <translation>Passer l'écriture d'écart du comptage choisi</translation>
    </message>
    <message>
        <source>Previous counts</source>
        <translation>Comptages précédents</translation>
    </message>
    <message>
        <source>The file is open read-only.</source>
        <translation>Le fichier est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>Cash difference of %1</source>
        <translation>Écart de caisse du %1</translation>
    </message>
    <message>
        <source>This file has no cash box.</source>
        <translation>Ce dossier n'a pas de caisse.</translation>
    </message>
    <message>
        <source>Book balance on %1</source>
        <translation>Solde comptable au %1</translation>
    </message>
    <message>
        <source>The cash box matches the books: no entry is needed.</source>
        <translation>La caisse correspond aux comptes : aucune écriture n'est nécessaire.</translation>
    </message>
    <message>
        <source>Shortage of %1. Proposed entry:</source>
        <translation>Manque de %1. Écriture proposée :</translation>
    </message>
    <message>
        <source>Surplus of %1. Proposed entry:</source>
        <translation>Excédent de %1. Écriture proposée :</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Cash difference (shortage)</source>
        <translation>Écart de caisse (manque)</translation>
    </message>
    <message>
        <source>Cash difference (surplus)</source>
        <translation>Écart de caisse (excédent)</translation>
    </message>
    <message>
        <source>Cash count of %1</source>
        <translation>Comptage de caisse du %1</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
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
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Avant → après</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>Book balance</source>
        <translation>Solde comptable</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation>Compté par</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Régularisation</translation>
    </message>
    <message>
        <source>Ticked</source>
        <translation>Pointé</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>N° de pièce</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Statement date</source>
        <translation>Date du relevé</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>Solde final</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé le</translation>
    </message>
</context>
<context>
    <name>ReconciliationDialog</name>
    <message>
        <source>Bank reconciliation</source>
        <translation>Rapprochement bancaire</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Compte bancaire</translation>
    </message>
    <message>
        <source>Statement date</source>
        <translation>Date du relevé</translation>
    </message>
    <message>
        <source>Closing balance of the statement</source>
        <translation>Solde final du relevé</translation>
    </message>
    <message>
        <source>Reconciled balance before</source>
        <translation>Solde rapproché précédent</translation>
    </message>
    <message>
        <source>Ticked</source>
        <translation>Pointé</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Lines to tick</source>
        <translation>Lignes à pointer</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Tout pointer</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Tout dépointer</translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation>Abandonner le brouillon</translation>
    </message>
    <message>
        <source>Cancel the last reconciliation…</source>
        <translation>Annuler le dernier rapprochement…</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Update the statement</source>
        <translation>Mettre à jour le relevé</translation>
    </message>
    <message>
        <source>Enter the date and closing balance of the bank statement, then Start.</source>
        <translation>Saisissez la date et le solde final du relevé bancaire, puis Commencer.</translation>
    </message>
    <message>
        <source>Balanced: you can finish.</source>
        <translation>Équilibré : vous pouvez terminer.</translation>
    </message>
    <message>
        <source>Tick the lines that appear on the statement until the difference is zero.</source>
        <translation>Pointez les lignes qui figurent sur le relevé jusqu'à ce que l'écart soit nul.</translation>
    </message>
    <message>
        <source>Tick statement lines</source>
        <translation>Pointer des lignes du relevé</translation>
    </message>
    <message>
        <source>Untick statement lines</source>
        <translation>Dépointer des lignes du relevé</translation>
    </message>
    <message>
        <source>Reconciliation finished.</source>
        <translation>Rapprochement terminé.</translation>
    </message>
    <message>
        <source>Cancel the last reconciliation</source>
        <translation>Annuler le dernier rapprochement</translation>
    </message>
    <message>
        <source>Why? (kept in the change log)</source>
        <translation>Pourquoi ? (conservé dans le journal des modifications)</translation>
    </message>
</context>
<context>
    <name>YearClosingDialog</name>
    <message>
        <source>Close the financial year</source>
        <translation>Clôturer l'exercice</translation>
    </message>
    <message>
        <source>Financial year</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Close the year</source>
        <translation>Clôturer l'exercice</translation>
    </message>
    <message>
        <source>Why must this year be reopened? (required, kept in the change log)</source>
        <translation>Pourquoi rouvrir cet exercice ? (obligatoire, conservé dans le journal des modifications)</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>Motif de la réouverture</translation>
    </message>
    <message>
        <source>Reopen the year</source>
        <translation>Rouvrir l'exercice</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clôturé</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>Financial year %1</source>
        <translation>Exercice %1</translation>
    </message>
    <message>
        <source>Closed on %1 by %2.</source>
        <translation>Clôturé le %1 par %2.</translation>
    </message>
    <message>
        <source>No transaction dated in this year can be changed.</source>
        <translation>Aucune opération datée de cet exercice ne peut être modifiée.</translation>
    </message>
    <message>
        <source>Reopened earlier: %1</source>
        <translation>Rouvert précédemment : %1</translation>
    </message>
    <message>
        <source>It cannot be closed yet:</source>
        <translation>Il ne peut pas encore être clôturé :</translation>
    </message>
    <message>
        <source>Balances carried forward to %1 (opening entry on %2):</source>
        <translation>Soldes reportés sur %1 (écriture d'ouverture du %2) :</translation>
    </message>
    <message>
        <source>Nothing to carry forward.</source>
        <translation>Rien à reporter.</translation>
    </message>
    <message>
        <source>The year %1 will be created.</source>
        <translation>L'exercice %1 sera créé.</translation>
    </message>
    <message>
        <source>%1 transactions have no receipt.</source>
        <translation>%1 opérations n'ont pas de justificatif.</translation>
    </message>
    <message>
        <source>%1 bank lines are not reconciled.</source>
        <translation>%1 lignes de banque ne sont pas rapprochées.</translation>
    </message>
    <message>
        <source>No cash count was recorded in this year.</source>
        <translation>Aucun comptage de caisse n'a été enregistré dans cet exercice.</translation>
    </message>
    <message>
        <source>Last cash count: %1.</source>
        <translation>Dernier comptage de caisse : %1.</translation>
    </message>
    <message>
        <source>To check before closing (closing is still allowed):</source>
        <translation>À vérifier avant de clôturer (la clôture reste possible) :</translation>
    </message>
    <message>
        <source>Once closed, no transaction dated in this year can be added, changed or deleted, until the year is reopened with a written reason.</source>
        <translation>Une fois l'exercice clôturé, aucune opération datée de cet exercice ne peut être ajoutée, modifiée ou supprimée, sauf à le rouvrir avec un motif écrit.</translation>
    </message>
    <message>
        <source>Close the financial year %1? Its transactions will be locked.</source>
        <translation>Clôturer l'exercice %1 ? Ses opérations seront verrouillées.</translation>
    </message>
</context>
</TS>