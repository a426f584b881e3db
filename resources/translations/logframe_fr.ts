<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>IndicatorEditor</name>
    <message>
        <source>Indicator %1</source>
        <translation>Indicateur %1</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Nouvel indicateur</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>The values of the periods add up (cumulative)</source>
        <translation>Les valeurs des périodes s'additionnent (cumulatif)</translation>
    </message>
    <message>
        <source>By sex (women, men, not specified)</source>
        <translation>Par sexe (femmes, hommes, non précisé)</translation>
    </message>
    <message>
        <source>By age group</source>
        <translation>Par tranche d'âge</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valeur de référence</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Target by sex</source>
        <translation>Cible par sexe</translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translation>Sources de vérification</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Targets per period</source>
        <translation>Cibles par période</translation>
    </message>
    <message>
        <source>Measured values</source>
        <translation>Valeurs mesurées</translation>
    </message>
    <message>
        <source>on</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove the row</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>Add an indicator</source>
        <translation>Ajouter un indicateur</translation>
    </message>
    <message>
        <source>Change an indicator</source>
        <translation>Modifier un indicateur</translation>
    </message>
</context>
<context>
    <name>Logframe</name>
    <message>
        <source>End of period</source>
        <translation>Fin de période</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>All ages</source>
        <translation>Tous âges</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Moins de 18 ans</translation>
    </message>
    <message>
        <source>18 to 35</source>
        <translation>18 à 35 ans</translation>
    </message>
    <message>
        <source>36 to 59</source>
        <translation>36 à 59 ans</translation>
    </message>
    <message>
        <source>60 and over</source>
        <translation>60 ans et plus</translation>
    </message>
    <message>
        <source>Age not known</source>
        <translation>Âge non précisé</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Tranche d'âge</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Intervention logic</source>
        <translation>Logique d'intervention</translation>
    </message>
    <message>
        <source>Objectively verifiable indicators</source>
        <translation>Indicateurs objectivement vérifiables</translation>
    </message>
    <message>
        <source>Sources of verification</source>
        <translation>Sources de vérification</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Hypothèses</translation>
    </message>
    <message>
        <source>Results chain</source>
        <translation>Chaîne des résultats</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Baseline (year)</source>
        <translation>Valeur de référence (année)</translation>
    </message>
    <message>
        <source>Current value (date)</source>
        <translation>Valeur actuelle (date)</translation>
    </message>
    <message>
        <source>Target (year)</source>
        <translation>Cible (année)</translation>
    </message>
    <message>
        <source>Sources and means of verification</source>
        <translation>Sources et moyens de vérification</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Moyens</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Coûts</translation>
    </message>
    <message>
        <source>Budget: %1</source>
        <translation>Budget : %1</translation>
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
        <source>Ahead</source>
        <translation>En avance</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Dans les temps</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Pas de données</translation>
    </message>
    <message>
        <source>The statement is empty</source>
        <translation>L'énoncé est vide</translation>
    </message>
    <message>
        <source>This result has no indicator</source>
        <translation>Ce résultat n'a pas d'indicateur</translation>
    </message>
    <message>
        <source>No baseline value</source>
        <translation>Pas de valeur de référence</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Pas de cible</translation>
    </message>
    <message>
        <source>No means of verification</source>
        <translation>Pas de source de vérification</translation>
    </message>
    <message>
        <source>No budget line linked to this activity</source>
        <translation>Aucune ligne budgétaire liée à cette activité</translation>
    </message>
    <message>
        <source>The target is not split between women and men</source>
        <translation>La cible n'est pas répartie entre femmes et hommes</translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation>Ajouter un élément</translation>
    </message>
    <message>
        <source>Delete %1 and everything under it (indicators, activities)?</source>
        <translation>Supprimer %1 et tout ce qu'il contient (indicateurs, activités) ?</translation>
    </message>
    <message>
        <source>Delete an item</source>
        <translation>Supprimer un élément</translation>
    </message>
    <message>
        <source>Delete the indicator %1 with its targets and values?</source>
        <translation>Supprimer l'indicateur %1 avec ses cibles et ses valeurs ?</translation>
    </message>
    <message>
        <source>Delete an indicator</source>
        <translation>Supprimer un indicateur</translation>
    </message>
    <message>
        <source>Move an item</source>
        <translation>Déplacer un élément</translation>
    </message>
    <message>
        <source>Move an indicator</source>
        <translation>Déplacer un indicateur</translation>
    </message>
    <message>
        <source>Change the text</source>
        <translation>Modifier le texte</translation>
    </message>
    <message>
        <source>Change an indicator</source>
        <translation>Modifier un indicateur</translation>
    </message>
    <message>
        <source>Change the preconditions</source>
        <translation>Modifier les conditions préalables</translation>
    </message>
    <message>
        <source>Change the template</source>
        <translation>Changer de modèle</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <source>H%1 %2</source>
        <translation>S%1 %2</translation>
    </message>
    <message>
        <source>Measured in the period: %1</source>
        <translation>Mesuré sur la période : %1</translation>
    </message>
    <message>
        <source>Target by then: %1</source>
        <translation>Cible à cette date : %1</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>(to be written)</source>
        <translation>(à rédiger)</translation>
    </message>
</context>
<context>
    <name>LogframePage</name>
    <message>
        <source>This project has no logframe yet</source>
        <translation>Ce projet n'a pas encore de cadre logique</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Arborescence</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrice</translation>
    </message>
    <message>
        <source>Indicator tracking</source>
        <translation>Suivi des indicateurs</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Import a logframe…</source>
        <translation>Importer un cadre logique…</translation>
    </message>
    <message>
        <source>Create the logframe</source>
        <translation>Créer le cadre logique</translation>
    </message>
    <message>
        <source>Donor template (names of the levels)</source>
        <translation>Modèle du bailleur (noms des niveaux)</translation>
    </message>
    <message>
        <source>Logframe, EU 2004 layout (Excel)…</source>
        <translation>Cadre logique, présentation UE 2004 (Excel)…</translation>
    </message>
    <message>
        <source>Logframe, EU 2016 layout (Excel)…</source>
        <translation>Cadre logique, présentation UE 2016 (Excel)…</translation>
    </message>
    <message>
        <source>Logframe, EU 2004 layout (PDF)…</source>
        <translation>Cadre logique, présentation UE 2004 (PDF)…</translation>
    </message>
    <message>
        <source>Logframe, EU 2016 layout (PDF)…</source>
        <translation>Cadre logique, présentation UE 2016 (PDF)…</translation>
    </message>
    <message>
        <source>Indicator tracking (Excel)…</source>
        <translation>Suivi des indicateurs (Excel)…</translation>
    </message>
    <message>
        <source>Choose the donor's template and create it: objectives, results, activities and indicators are then written here.</source>
        <translation>Choisissez le modèle du bailleur et créez-le : les objectifs, résultats, activités et indicateurs s'écrivent ensuite ici.</translation>
    </message>
    <message>
        <source>No project yet</source>
        <translation>Aucun projet pour l'instant</translation>
    </message>
    <message>
        <source>Create a project to write its logframe.</source>
        <translation>Créez un projet pour rédiger son cadre logique.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>Template %1: %2</source>
        <translation>Modèle %1 : %2</translation>
    </message>
</context>
<context>
    <name>LogframeTreePanel</name>
    <message>
        <source>Add below</source>
        <translation>Ajouter en dessous</translation>
    </message>
    <message>
        <source>Add an item one level below (Ctrl+Enter)</source>
        <translation>Ajouter un élément au niveau en dessous (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Add alongside</source>
        <translation>Ajouter au même niveau</translation>
    </message>
    <message>
        <source>Add an item at the same level (Insert)</source>
        <translation>Ajouter un élément au même niveau (Inser)</translation>
    </message>
    <message>
        <source>Add an indicator</source>
        <translation>Ajouter un indicateur</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Monter (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Descendre (Alt+Bas)</translation>
    </message>
</context>
<context>
    <name>MatrixPanel</name>
    <message>
        <source>Layout:</source>
        <translation>Présentation :</translation>
    </message>
    <message>
        <source>Preconditions</source>
        <translation>Conditions préalables</translation>
    </message>
</context>
<context>
    <name>NodeDetails</name>
    <message>
        <source>Statement</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Hypothèses</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Moyens</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Coûts</translation>
    </message>
    <message>
        <source>Planned cost</source>
        <translation>Coût prévu</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Dépensé</translation>
    </message>
    <message>
        <source>Edit the indicator…</source>
        <translation>Modifier l'indicateur…</translation>
    </message>
    <message>
        <source>Select an item of the logframe</source>
        <translation>Choisissez un élément du cadre logique</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valeur de référence</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Valeur actuelle</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translation>Sources de vérification</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Planned cost</source>
        <translation>Coût prévu</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Dépensé</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valeur de référence</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Valeur actuelle</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>QualityPanel</name>
    <message>
        <source>Quality checks (%1)</source>
        <translation>Vérifications (%1)</translation>
    </message>
    <message>
        <source>Click a line to go to the item.</source>
        <translation>Cliquez sur une ligne pour aller à l'élément.</translation>
    </message>
    <message>
        <source>Nothing to point out: every check passes.</source>
        <translation>Rien à signaler : toutes les vérifications sont bonnes.</translation>
    </message>
</context>
</TS>