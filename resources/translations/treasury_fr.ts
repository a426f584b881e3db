<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>LedgerFilterBar</name>
    <message>
        <source>Search a label, a payee, a receipt number…</source>
        <translation>Rechercher un libellé, un tiers, un n° de pièce…</translation>
    </message>
    <message>
        <source>Without receipt</source>
        <translation>Sans justificatif</translation>
    </message>
    <message>
        <source>Only the transactions whose receipt is missing</source>
        <translation>Seulement les opérations dont la pièce justificative manque</translation>
    </message>
    <message>
        <source>All periods</source>
        <translation>Toutes les périodes</translation>
    </message>
    <message>
        <source>Financial year %1</source>
        <translation>Exercice %1</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Dates…</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Tous les comptes</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>non requis</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) attached</source>
        <translation>
            <numerusform>%n pièce jointe</numerusform>
            <numerusform>%n pièces jointes</numerusform>
        </translation>
    </message>
    <message>
        <source>The receipt of this transaction is missing</source>
        <translation>La pièce justificative de cette opération manque</translation>
    </message>
    <message>
        <source>Marked as needing no receipt (bank fees…)</source>
        <translation>Marquée comme sans pièce nécessaire (frais bancaires…)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>N° pièce</translation>
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
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Justificatif</translation>
    </message>
</context>
<context>
    <name>TreasuryPage</name>
    <message>
        <source>held by a member</source>
        <translation>détenu par un membre</translation>
    </message>
    <message>
        <source>Money kept on a member&apos;s personal account: flagged in reports.</source>
        <translation>Argent gardé sur le compte personnel d&apos;un membre : signalé dans les rapports.</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) · In %1 · Out %2 · Net %3</source>
        <translation>
            <numerusform>%n opération · Entrées %1 · Sorties %2 · Solde %3</numerusform>
            <numerusform>%n opérations · Entrées %1 · Sorties %2 · Solde %3</numerusform>
        </translation>
    </message>
    <message>
        <source>No transaction matches these filters</source>
        <translation>Aucune opération ne correspond à ces filtres</translation>
    </message>
    <message>
        <source>Change the period or the account, or clear the search.</source>
        <translation>Changez la période ou le compte, ou effacez la recherche.</translation>
    </message>
    <message>
        <source>No transaction yet</source>
        <translation>Aucune opération pour l&apos;instant</translation>
    </message>
    <message>
        <source>Expenses and income recorded by the treasurer will be listed here.</source>
        <translation>Les dépenses et recettes saisies par le trésorier apparaîtront ici.</translation>
    </message>
</context>
</TS>
