<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BudgetsPage</name>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Operating budgets</source>
        <translation>Budgets de fonctionnement</translation>
    </message>
    <message>
        <source>No project yet</source>
        <translation>Aucun projet pour l&apos;instant</translation>
    </message>
    <message>
        <source>Projects and their budgets will be listed here.</source>
        <translation>Les projets et leurs budgets apparaîtront ici.</translation>
    </message>
    <message>
        <source>No budget for this project</source>
        <translation>Pas encore de budget pour ce projet</translation>
    </message>
    <message>
        <source>Select a project above; its latest budget is shown here.</source>
        <translation>Choisissez un projet ci-dessus : sa dernière version de budget s&apos;affiche ici.</translation>
    </message>
    <message>
        <source>No operating budget yet</source>
        <translation>Aucun budget de fonctionnement pour l&apos;instant</translation>
    </message>
    <message>
        <source>The association&apos;s yearly budgets, by category, will be listed here.</source>
        <translation>Les budgets annuels de l&apos;association, par catégorie, apparaîtront ici.</translation>
    </message>
    <message>
        <source>Select a year</source>
        <translation>Choisissez un exercice</translation>
    </message>
    <message>
        <source>Its budget lines are shown here.</source>
        <translation>Ses lignes budgétaires s&apos;affichent ici.</translation>
    </message>
    <message>
        <source>%1 — version %2 · %3 · total %4</source>
        <translation>%1 — version %2 · %3 · total %4</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Coût unitaire</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
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
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Planned income</source>
        <translation>Recettes prévues</translation>
    </message>
    <message>
        <source>Planned expenses</source>
        <translation>Dépenses prévues</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
</context>
</TS>
