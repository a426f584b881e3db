<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>LogframePage</name>
    <message>
        <source>This project has no logframe yet</source>
        <translation>Ce projet n&apos;a pas encore de cadre logique</translation>
    </message>
    <message>
        <source>Objectives, results, activities and indicators will be shown here.</source>
        <translation>Les objectifs, résultats, activités et indicateurs s&apos;afficheront ici.</translation>
    </message>
    <message>
        <source>No project yet</source>
        <translation>Aucun projet pour l&apos;instant</translation>
    </message>
    <message>
        <source>Create a project to write its logframe.</source>
        <translation>Créez un projet pour rédiger son cadre logique.</translation>
    </message>
    <message>
        <source>Template %1: %2</source>
        <translation>Modèle %1 : %2</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
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
        <source>W</source>
        <comment>women, one letter</comment>
        <translation>F</translation>
    </message>
    <message>
        <source>M</source>
        <comment>men, one letter</comment>
        <translation>H</translation>
    </message>
    <message>
        <source>Measured on %1</source>
        <translation>Mesurée le %1</translation>
    </message>
    <message>
        <source>Means of verification: %1</source>
        <translation>Source de vérification : %1</translation>
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
</context>
</TS>
