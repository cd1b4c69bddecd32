<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../src/briefing/ui/app.py" line="47"/>
        <source>Choose another store with --store PATH.</source>
        <translation>Choisissez une autre base de données avec --store CHEMIN.</translation>
    </message>
</context>
<context>
    <name>ArticleImport</name>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="131"/>
        <source>Import articles</source>
        <translation>Importer des articles</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/briefing/ui/pages/articles.py" line="135"/>
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importation de %n fichier…</numerusform>
            <numerusform>Importation de %n fichiers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/briefing/ui/pages/articles.py" line="155"/>
        <source>%n file(s) could not be imported:</source>
        <translation>
            <numerusform>%n fichier n&apos;a pas pu être importé&#xa0;:</numerusform>
            <numerusform>%n fichiers n&apos;ont pas pu être importés&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="157"/>
        <source>The other files were imported.</source>
        <translation>Les autres fichiers ont été importés.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/briefing/ui/pages/articles.py" line="174"/>
        <source>Add %n imported article(s)</source>
        <translation>
            <numerusform>Ajouter %n article importé</numerusform>
            <numerusform>Ajouter %n articles importés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="179"/>
        <source>Add article</source>
        <translation>Ajouter un article</translation>
    </message>
</context>
<context>
    <name>ArticlesLibraryPage</name>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="797"/>
        <source>Article library</source>
        <translation>Bibliothèque d&apos;articles</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="801"/>
        <source>Words from the title or text</source>
        <translation>Mots du titre ou du texte</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="801"/>
        <source>&amp;Search articles:</source>
        <translation>&amp;Rechercher des articles&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="806"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="807"/>
        <source>Published</source>
        <translation>Publié le</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="808"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="820"/>
        <source>&amp;Import…</source>
        <translation>Im&amp;porter…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="822"/>
        <source>Import text, Markdown, web page, Word or PDF files (or drop them here)</source>
        <translation>Importer des fichiers texte, Markdown, page web, Word ou PDF (ou les déposer ici)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="863"/>
        <source>… (the preview stops here; {} characters in all)</source>
        <translation>… (l&apos;aperçu s&apos;arrête ici&#xa0;; {} caractères au total)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="873"/>
        <source>Import articles</source>
        <translation>Importer des articles</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="875"/>
        <source>Articles (*.txt *.md *.html *.htm *.docx *.pdf);;All files (*)</source>
        <translation>Articles (*.txt *.md *.html *.htm *.docx *.pdf);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ArticlesPage</name>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="273"/>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="279"/>
        <source>Choose a visit on the left to select its background articles.</source>
        <translation>Choisissez une visite à gauche pour sélectionner ses articles de fond.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="291"/>
        <location filename="../../src/briefing/ui/pages/articles.py" line="319"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="292"/>
        <location filename="../../src/briefing/ui/pages/articles.py" line="319"/>
        <source>Published</source>
        <translation>Publié le</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="293"/>
        <location filename="../../src/briefing/ui/pages/articles.py" line="319"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="319"/>
        <location filename="../../src/briefing/ui/pages/articles.py" line="506"/>
        <source>Full text</source>
        <translation>Texte intégral</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="319"/>
        <source>Shareable</source>
        <translation>Partageable</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="327"/>
        <source>Print the article&apos;s full text; otherwise only its summary</source>
        <translation>Imprimer le texte intégral de l&apos;article&#xa0;; sinon uniquement son résumé</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="331"/>
        <source>Shareable with the delegation: the article also goes into the pack for the delegation</source>
        <translation>Partageable avec la délégation : l&apos;article figure aussi dans le dossier pour la délégation</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="287"/>
        <source>Articles in &amp;this visit (drag to reorder):</source>
        <translation>Articles de &amp;cette visite (faites glisser pour réordonner)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="337"/>
        <source>No articles yet: search the library below, or drop files here.</source>
        <translation>Pas encore d&apos;articles&#xa0;: recherchez dans la bibliothèque ci-dessous, ou déposez des fichiers ici.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="297"/>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="298"/>
        <source>Move &amp;down</source>
        <translation>De&amp;scendre</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="299"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="339"/>
        <source>&amp;Import files…</source>
        <translation>Im&amp;porter des fichiers…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="340"/>
        <source>Import text, Markdown, web page, Word or PDF files and add them</source>
        <translation>Importer des fichiers texte, Markdown, page web, Word ou PDF et les ajouter</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="289"/>
        <source>Words from the title or text</source>
        <translation>Mots du titre ou du texte</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="288"/>
        <source>&amp;Search the library:</source>
        <translation>Rec&amp;hercher dans la bibliothèque&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="300"/>
        <source>&amp;Add to visit</source>
        <translation>A&amp;jouter à la visite</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="407"/>
        <source>The full text is printed</source>
        <translation>Le texte intégral est imprimé</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="407"/>
        <source>Only the summary is printed</source>
        <translation>Seul le résumé est imprimé</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="413"/>
        <source>Shareable with the delegation: in the pack for the delegation too</source>
        <translation>Partageable avec la délégation : aussi dans le dossier pour la délégation</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="415"/>
        <source>Not shareable: only in our own pack</source>
        <translation>Non partageable : uniquement dans notre propre dossier</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/briefing/ui/pages/articles.py" line="451"/>
        <source>Add %n article(s)</source>
        <translation>
            <numerusform>Ajouter %n article</numerusform>
            <numerusform>Ajouter %n articles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="456"/>
        <source>Add article</source>
        <translation>Ajouter un article</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/briefing/ui/pages/articles.py" line="467"/>
        <source>Remove %n article(s)</source>
        <translation>
            <numerusform>Retirer %n article</numerusform>
            <numerusform>Retirer %n articles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="472"/>
        <source>Remove article</source>
        <translation>Retirer l&apos;article</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="487"/>
        <source>Reorder articles</source>
        <translation>Réordonner les articles</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="506"/>
        <source>Summary only</source>
        <translation>Résumé uniquement</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="516"/>
        <source>Shareable with the delegation</source>
        <translation>Partageable avec la délégation</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="516"/>
        <source>Not shareable with the delegation</source>
        <translation>Non partageable avec la délégation</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="538"/>
        <source>Import articles</source>
        <translation>Importer des articles</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="540"/>
        <source>Articles (*.txt *.md *.html *.htm *.docx *.pdf);;All files (*)</source>
        <translation>Articles (*.txt *.md *.html *.htm *.docx *.pdf);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="49"/>
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="87"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="89"/>
        <source>&amp;Honorific</source>
        <translation>&amp;Civilité</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="90"/>
        <source>&amp;Function</source>
        <translation>&amp;Fonction</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="101"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="102"/>
        <source>&amp;Phone</source>
        <translation>Télé&amp;phone</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="47"/>
        <source>Details for this visit</source>
        <translation>Données pour cette visite</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="49"/>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="61"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="62"/>
        <source>Library: {}</source>
        <translation>Bibliothèque : {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="82"/>
        <source>These details are for this visit alone; the contact in the library keeps its own.</source>
        <translation>Ces données valent pour cette visite seulement ; le contact de la bibliothèque garde les siennes.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="87"/>
        <source>As the person writes it</source>
        <translation>Tel que la personne l&apos;écrit</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="88"/>
        <source>&amp;Latin script</source>
        <translation>Écriture &amp;latine</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="88"/>
        <source>Only if the name is in another script</source>
        <translation>Uniquement si le nom est dans une autre écriture</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="89"/>
        <source>e.g. Mevrouw, Dr, Korpschef</source>
        <translation>p. ex. Madame, Dr, Chef de corps</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="98"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="107"/>
        <source>What matters on this visit: diet, access needs, language…</source>
        <translation>Ce qui compte pour cette visite : régime, accessibilité, langue…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="109"/>
        <source>Diet, access needs, language…</source>
        <translation>Régime alimentaire, accessibilité, langue…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="112"/>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="157"/>
        <source>A name cannot be a phone number: put the number in the Phone field.</source>
        <translation>Un nom ne peut pas être un numéro de téléphone&#xa0;: mettez le numéro dans le champ Téléphone.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="155"/>
        <source>A name cannot be an e-mail address: put the address in the E-mail field.</source>
        <translation>Un nom ne peut pas être une adresse e-mail&#xa0;: mettez l&apos;adresse dans le champ E-mail.</translation>
    </message>
</context>
<context>
    <name>ContactsLibraryPage</name>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="362"/>
        <source>Contact library</source>
        <translation>Bibliothèque de contacts</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="368"/>
        <source>Name, function, organisation or e-mail</source>
        <translation>Nom, fonction, organisation ou e-mail</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="368"/>
        <source>&amp;Search contacts:</source>
        <translation>&amp;Rechercher des contacts&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="373"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="374"/>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="375"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="376"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="377"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="388"/>
        <source>Edi&amp;t…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="395"/>
        <source>&amp;Import contacts…</source>
        <translation>Im&amp;porter des contacts…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="397"/>
        <source>Import a CSV file (Outlook, Excel) or vCards</source>
        <translation>Importer un fichier CSV (Outlook, Excel) ou des vCards</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="451"/>
        <source>Edit contact {}</source>
        <translation>Modifier le contact {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="541"/>
        <location filename="../../src/briefing/ui/pages/library.py" line="555"/>
        <location filename="../../src/briefing/ui/pages/library.py" line="581"/>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="543"/>
        <source>Contacts (*.csv *.vcf);;All files (*)</source>
        <translation>Contacts (*.csv *.vcf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="556"/>
        <source>Importing contacts from {}…</source>
        <translation>Importation des contacts depuis {}…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="573"/>
        <source>Added: {}</source>
        <translation>Ajoutés&#xa0;: {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="574"/>
        <source>Updated: {}</source>
        <translation>Mis à jour&#xa0;: {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="575"/>
        <source>Unchanged: {}</source>
        <translation>Inchangés&#xa0;: {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="578"/>
        <source>Skipped (neither a name nor an e-mail address): {}</source>
        <translation>Ignorés (ni nom ni adresse e-mail)&#xa0;: {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="580"/>
        <source>New organisations: {}</source>
        <translation>Nouvelles organisations&#xa0;: {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="391"/>
        <source>E&amp;rase person…</source>
        <translation>Effa&amp;cer la personne…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="393"/>
        <source>Remove this person from the store everywhere (right to erasure)</source>
        <translation>Retirer cette personne partout de la base de données (droit à l&apos;effacement)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="467"/>
        <source>this person</source>
        <translation>cette personne</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="470"/>
        <location filename="../../src/briefing/ui/pages/library.py" line="503"/>
        <source>Erase person</source>
        <translation>Effacer la personne</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="471"/>
        <source>Erase {} from the store?</source>
        <translation>Effacer {} de la base de données&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="478"/>
        <source>The person is taken off every visit and programme item and out of the export history, and the store file is rewritten without them. This cannot be undone.

Text you typed that names them is listed afterwards, for you to edit.</source>
        <translation>La personne est retirée de chaque visite, de chaque point du programme et de l&apos;historique des exportations, et le fichier de la base de données est réécrit sans elle. Cette opération est irréversible.

Les textes que vous avez saisis et qui la nomment sont ensuite listés, pour que vous les modifiiez.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="483"/>
        <source>E&amp;rase</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="504"/>
        <source>Erasing {}…</source>
        <translation>Effacement de {}…</translation>
    </message>
</context>
<context>
    <name>CountryBox</name>
    <message>
        <location filename="../../src/briefing/ui/widgets/country.py" line="81"/>
        <source>Type a country&apos;s name</source>
        <translation>Tapez le nom d’un pays</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="30"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="58"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="58"/>
        <source>Study visit of …</source>
        <translation>Visite d&apos;étude de …</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="59"/>
        <source>&amp;Start</source>
        <translation>Date de dé&amp;but</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="60"/>
        <source>&amp;End</source>
        <translation>Date de fi&amp;n</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="61"/>
        <source>&amp;Delegation</source>
        <translation>Dé&amp;légation</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="61"/>
        <source>Who is coming, how many</source>
        <translation>Qui vient, combien de personnes</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="64"/>
        <source>Edit country</source>
        <translation>Modifier le pays</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="67"/>
        <source>&amp;Country</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="76"/>
        <source>Inbound (we host)</source>
        <translation>Entrante (nous accueillons)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="77"/>
        <source>Outbound (we travel)</source>
        <translation>Sortante (nous nous déplaçons)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="79"/>
        <location filename="../../src/briefing/ui/pages/details.py" line="80"/>
        <source>Di&amp;rection</source>
        <translation>&amp;Sens</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="82"/>
        <source>&amp;Host</source>
        <translation>&amp;Hôte</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="83"/>
        <source>&amp;Location</source>
        <translation>Li&amp;eu</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="87"/>
        <location filename="../../src/briefing/ui/pages/details.py" line="88"/>
        <source>&amp;Purpose</source>
        <translation>&amp;Objet</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="90"/>
        <source>&amp;Marking</source>
        <translation>&amp;Marquage</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="90"/>
        <source>e.g. BEPERKTE VERSPREIDING</source>
        <translation>p. ex. DIFFUSION RESTREINTE</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="101"/>
        <location filename="../../src/briefing/ui/pages/details.py" line="102"/>
        <source>St&amp;atus</source>
        <translation>Stat&amp;ut</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="105"/>
        <source>Choose a visit on the left, or make a new one (Ctrl+N).</source>
        <translation>Choisissez une visite à gauche, ou créez-en une nouvelle (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="153"/>
        <source>In the pack: {}</source>
        <translation>Dans le dossier : {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="161"/>
        <source>“{}” is not a country: choose one from the list (the country is unchanged).</source>
        <translation>« {} » n’est pas un pays : choisissez-en un dans la liste (le pays reste inchangé).</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="191"/>
        <source>Edit {}</source>
        <translation>Modifier {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="204"/>
        <source>Edit dates</source>
        <translation>Modifier les dates</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="188"/>
        <source>Person erased</source>
        <translation>Personne effacée</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/briefing/ui/pages/library.py" line="191"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visite</numerusform>
            <numerusform>%n visites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/briefing/ui/pages/library.py" line="192"/>
        <source>%n programme item(s)</source>
        <translation>
            <numerusform>%n point du programme</numerusform>
            <numerusform>%n points du programme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/briefing/ui/pages/library.py" line="193"/>
        <source>%n record(s) of the export history</source>
        <translation>
            <numerusform>%n entrée de l&apos;historique des exportations</numerusform>
            <numerusform>%n entrées de l&apos;historique des exportations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="195"/>
        <source>{} is erased: taken off {} and {}, and out of {}.</source>
        <translation>Effacement de {} terminé&#xa0;: la personne est retirée de {} et de {}, ainsi que de {}.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="196"/>
        <source>The person</source>
        <translation>La personne</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="206"/>
        <source>Another program has the store open: the erased data leaves the store&apos;s write-ahead log when every program has closed it.</source>
        <translation>Un autre programme a ouvert la base de données&#xa0;: les données effacées quittent son journal (write-ahead log) quand tous les programmes l&apos;ont fermée.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="211"/>
        <source>The store file could not be rewritten (see the log file): the erased data may remain in its unused space.</source>
        <translation>Le fichier de la base de données n&apos;a pas pu être réécrit (voir le fichier journal)&#xa0;: les données effacées peuvent subsister dans son espace inutilisé.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="221"/>
        <source>These backups still hold the person; delete them, or let them roll off:</source>
        <translation>Ces sauvegardes contiennent encore la personne&#xa0;; supprimez-les, ou laissez-les expirer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="233"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="233"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="233"/>
        <source>Holds</source>
        <translation>Contient</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="233"/>
        <source>How to edit it</source>
        <translation>Comment le modifier</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="242"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="244"/>
        <source>Show this place, to edit the text</source>
        <translation>Afficher cet endroit pour modifier le texte</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="247"/>
        <source>Free text that still names the person. Open each place and edit the text:</source>
        <translation>Textes libres qui nomment encore la personne. Ouvrez chaque endroit et modifiez le texte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="254"/>
        <source>No free text in the store names the person any more.</source>
        <translation>Plus aucun texte libre de la base de données ne nomme la personne.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="285"/>
        <source>Visit “{}”</source>
        <translation>Visite «&#xa0;{}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="287"/>
        <source>Programme item “{}” of the visit “{}”</source>
        <translation>Point du programme «&#xa0;{}&#xa0;» de la visite «&#xa0;{}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="289"/>
        <source>“{}” as a person of the visit “{}”</source>
        <translation>« {} » comme personne de la visite « {} »</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="291"/>
        <source>Theme “{}” of the visit “{}”</source>
        <translation>Thème « {} » de la visite « {} »</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="293"/>
        <source>Theme “{}”</source>
        <translation>Thème «&#xa0;{}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="295"/>
        <source>Article “{}”</source>
        <translation>Article «&#xa0;{}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="297"/>
        <source>Contact “{}”</source>
        <translation>Contact «&#xa0;{}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="298"/>
        <source>Organisation “{}”</source>
        <translation>Organisation «&#xa0;{}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="302"/>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="303"/>
        <source>delegation</source>
        <translation>délégation</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="304"/>
        <source>host</source>
        <translation>hôte</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="305"/>
        <source>location</source>
        <translation>lieu</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="306"/>
        <source>purpose</source>
        <translation>objet</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="307"/>
        <source>marking</source>
        <translation>marquage</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="308"/>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="309"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="310"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="311"/>
        <source>name in Latin script</source>
        <translation>nom en écriture latine</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="312"/>
        <source>function</source>
        <translation>fonction</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="313"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="314"/>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="315"/>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="316"/>
        <source>summary</source>
        <translation>résumé</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="317"/>
        <source>talking points</source>
        <translation>éléments de langage</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="318"/>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="319"/>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="320"/>
        <source>web address</source>
        <translation>adresse web</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="321"/>
        <source>related articles</source>
        <translation>articles liés</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="327"/>
        <source>the name</source>
        <translation>le nom</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="328"/>
        <source>the e-mail address</source>
        <translation>l&apos;adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="329"/>
        <source>the phone number</source>
        <translation>le numéro de téléphone</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="330"/>
        <source>the surname (check it is the same person)</source>
        <translation>le nom de famille (vérifiez qu&apos;il s&apos;agit de la même personne)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="336"/>
        <source>Open: the visit&apos;s Details page</source>
        <translation>Ouvrir&#xa0;: la page Détails de la visite</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="338"/>
        <source>Open: the visit&apos;s Programme page</source>
        <translation>Ouvrir&#xa0;: la page Programme de la visite</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="340"/>
        <source>Open: the visit&apos;s People page, Edit for this visit…</source>
        <translation>Ouvrir : la page Personnes de la visite, Modifier pour cette visite…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="342"/>
        <source>Open: the visit&apos;s Themes page</source>
        <translation>Ouvrir : la page Thèmes de la visite</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="344"/>
        <source>Open: the Theme library, Edit…</source>
        <translation>Ouvrir : la bibliothèque de thèmes, Modifier…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="346"/>
        <source>Open: the contact&apos;s Edit dialog</source>
        <translation>Ouvrir&#xa0;: la fenêtre de modification du contact</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="348"/>
        <source>Briefing does not edit articles; Open shows it in the Article library</source>
        <translation>Briefing ne modifie pas les articles&#xa0;; Ouvrir l&apos;affiche dans la bibliothèque d&apos;articles</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="349"/>
        <source>Briefing has no page for organisations yet</source>
        <translation>Briefing n&apos;a pas encore de page pour les organisations</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="131"/>
        <source>Programme item</source>
        <translation>Élément du programme</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="136"/>
        <source>&amp;Activity</source>
        <translation>&amp;Activité</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="139"/>
        <source>Not scheduled</source>
        <translation>Non planifié</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="143"/>
        <source>&amp;Day</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="154"/>
        <source>&amp;Time</source>
        <translation>&amp;Heure</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="158"/>
        <source>&amp;Location</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="161"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="169"/>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="173"/>
        <source>D&amp;escription</source>
        <translation>D&amp;escription</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="185"/>
        <source>&amp;People</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="193"/>
        <source>T&amp;hemes</source>
        <translation>Thè&amp;mes</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="127"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="128"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="129"/>
        <source>People</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="130"/>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="131"/>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="132"/>
        <source>Pack</source>
        <translation>Dossier de briefing</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="135"/>
        <source>Contact library</source>
        <translation>Bibliothèque de contacts</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="136"/>
        <source>Theme library</source>
        <translation>Bibliothèque de thèmes</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="137"/>
        <source>Article library</source>
        <translation>Bibliothèque d&apos;articles</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="252"/>
        <source>Search visits</source>
        <translation>Rechercher des visites</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="256"/>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="257"/>
        <source>Past</source>
        <translation>Passées</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="258"/>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="260"/>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="276"/>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="276"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="276"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="316"/>
        <source>Briefing — {}</source>
        <translation>Briefing — {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="330"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="331"/>
        <source>&amp;New store…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="332"/>
        <source>&amp;Open store…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="333"/>
        <source>Recent stores</source>
        <translation>Bases de données récentes</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="335"/>
        <source>New &amp;visit…</source>
        <translation>Nouvelle &amp;visite…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="336"/>
        <source>&amp;Import articles…</source>
        <translation>&amp;Importer des articles…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="337"/>
        <source>Import &amp;contacts…</source>
        <translation>Importer des &amp;contacts…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="340"/>
        <source>&amp;Export pack as PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="343"/>
        <source>&amp;Print pack…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="346"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="348"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="349"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="351"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="359"/>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="360"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="361"/>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="364"/>
        <source>D&amp;uplicate visit…</source>
        <translation>D&amp;upliquer la visite…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="365"/>
        <source>&amp;Delete visit…</source>
        <translation>&amp;Supprimer la visite…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="367"/>
        <source>&amp;Find</source>
        <translation>R&amp;echercher</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="369"/>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="371"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="373"/>
        <source>The &amp;visit</source>
        <translation>La &amp;visite</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="374"/>
        <source>The &amp;library</source>
        <translation>La &amp;bibliothèque</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="379"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="381"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="383"/>
        <source>&amp;About Briefing</source>
        <translation>À &amp;propos de Briefing</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="392"/>
        <source>Frequent actions</source>
        <translation>Actions fréquentes</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="411"/>
        <location filename="../../src/briefing/ui/main_window.py" line="581"/>
        <location filename="../../src/briefing/ui/main_window.py" line="610"/>
        <source>Choose a visit first.</source>
        <translation>Choisissez d’abord une visite.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="441"/>
        <source>Undone: {} — {}</source>
        <translation>Annulé : {} — {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="443"/>
        <source>Redone: {} — {}</source>
        <translation>Rétabli : {} — {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="445"/>
        <source>Saved: {} — {}</source>
        <translation>Enregistré : {} — {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="479"/>
        <source>&amp;Undo {}</source>
        <translation>&amp;Annuler : {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="482"/>
        <source>&amp;Redo {}</source>
        <translation>&amp;Rétablir : {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="551"/>
        <location filename="../../src/briefing/ui/main_window.py" line="564"/>
        <source>New visit</source>
        <translation>Nouvelle visite</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="600"/>
        <source>Duplicate visit</source>
        <translation>Dupliquer la visite</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="615"/>
        <location filename="../../src/briefing/ui/main_window.py" line="627"/>
        <source>Delete visit</source>
        <translation>Supprimer la visite</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="617"/>
        <source>Delete this visit with its programme, people, themes and articles?

Edit ▸ Undo brings it back.</source>
        <translation>Supprimer cette visite avec son programme, ses participants, ses thèmes et ses articles&#xa0;?

Édition ▸ Annuler la rétablit.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="780"/>
        <location filename="../../src/briefing/ui/main_window.py" line="784"/>
        <source>New store</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="780"/>
        <source>Stores (*.sqlite)</source>
        <translation>Bases de données (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="784"/>
        <source>That file exists already: choose Open store.</source>
        <translation>Ce fichier existe déjà&#xa0;: choisissez Ouvrir une base de données.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="790"/>
        <source>Open store</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="790"/>
        <source>Stores (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="802"/>
        <source>Choose another file, or restore the store from a backup.</source>
        <translation>Choisissez un autre fichier, ou restaurez la base de données à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="837"/>
        <source>Stop editing it. Close Briefing and run: briefing restore &quot;{}&quot;</source>
        <translation>Cessez de la modifier. Fermez Briefing et exécutez&#xa0;: briefing restore &quot;{}&quot;</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="839"/>
        <source>Stop editing it, close Briefing, and restore a copy of the store.</source>
        <translation>Cessez de la modifier, fermez Briefing et restaurez une copie de la base de données.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="841"/>
        <source>The store {} is damaged ({}).</source>
        <translation>La base de données {} est endommagée ({}).</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="851"/>
        <source>The store is {}: file locking is unreliable there and the store can be damaged.</source>
        <translation>La base de données se trouve {}&#xa0;: le verrouillage des fichiers n&apos;y est pas fiable et la base de données peut être endommagée.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="853"/>
        <source>Keep the store on this computer&apos;s own disk (File ▸ New store…), and make copies with backups.</source>
        <translation>Conservez la base de données sur le disque de cet ordinateur (Fichier ▸ Nouvelle base de données…), et faites-en des copies de sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="859"/>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="869"/>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="878"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="879"/>
        <source>Language of the interface:</source>
        <translation>Langue de l&apos;interface&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="925"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="925"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="936"/>
        <source>Remove the selected row</source>
        <translation>Supprimer la ligne sélectionnée</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="940"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="945"/>
        <source>About Briefing</source>
        <translation>À propos de Briefing</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="947"/>
        <source>Briefing {}
Briefing packs for delegation visits.

Python {}, Qt {}, PySide6 {}, SQLite {}

Store: {}
Log file: {}</source>
        <translation>Briefing {}
Dossiers de briefing pour les visites de délégations.

Python {}, Qt {}, PySide6 {}, SQLite {}

Base de données&#xa0;: {}
Fichier journal&#xa0;: {}</translation>
    </message>
</context>
<context>
    <name>NewVisitDialog</name>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="92"/>
        <source>Duplicate visit</source>
        <translation>Dupliquer la visite</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="92"/>
        <source>New visit</source>
        <translation>Nouvelle visite</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="98"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="101"/>
        <source>&amp;Start</source>
        <translation>Date de &amp;début</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="101"/>
        <source>&amp;New start</source>
        <translation>&amp;Nouvelle date de début</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="105"/>
        <source>&amp;End</source>
        <translation>Date de &amp;fin</translation>
    </message>
</context>
<context>
    <name>PackPage</name>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="74"/>
        <source>Cover</source>
        <translation>Page de garde</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="75"/>
        <source>Table of contents</source>
        <translation>Table des matières</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="76"/>
        <source>Practical information</source>
        <translation>Informations pratiques</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="77"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="78"/>
        <source>Who&apos;s who</source>
        <translation>Qui est qui</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="79"/>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="80"/>
        <source>Background articles</source>
        <translation>Articles de fond</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="89"/>
        <source>&amp;The principal and our staff</source>
        <translation>&amp;Interne : personnalité et collaborateurs</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="90"/>
        <source>Everything: talking points, notes, e-mail addresses and phone numbers.</source>
        <translation>Tout : éléments de langage, notes, adresses e-mail et numéros de téléphone.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="93"/>
        <source>The dele&amp;gation</source>
        <translation>La délé&amp;gation</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="94"/>
        <source>Programme, people and practical information, marked &apos;For the delegation&apos;. No themes or talking points, notes, item descriptions, status, e-mail addresses or phone numbers; only the articles marked shareable.</source>
        <translation>Programme, personnes et informations pratiques, avec la mention « Pour la délégation ». Ni thèmes ni éléments de langage, notes, descriptions des activités, statut, adresses e-mail ou numéros de téléphone ; seuls les articles marqués partageables.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="102"/>
        <source>&amp;Escorts and drivers</source>
        <translation>&amp;Accompagnateurs et chauffeurs</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="103"/>
        <source>The run sheet, A5 landscape: each day as a table (time, what, where, who, whom to call), then a contact list with phone numbers. No themes, articles or biographies.</source>
        <translation>La feuille de route, A5 paysage : chaque jour en tableau (heure, quoi, où, qui, qui appeler), puis une liste de contacts avec les numéros de téléphone. Ni thèmes, ni articles, ni biographies.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="130"/>
        <source>Pack</source>
        <translation>Dossier de briefing</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="143"/>
        <source>What goes into the pack</source>
        <translation>Contenu du dossier de briefing</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="154"/>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="160"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="180"/>
        <source>For whom</source>
        <translation>Pour qui</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="181"/>
        <source>Articles: summaries only</source>
        <translation>Articles&#xa0;: résumés uniquement</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="186"/>
        <source>Use the store&apos;s house style (template, logo)</source>
        <translation>Utiliser la charte graphique de la base de données (modèle, logo)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="192"/>
        <source>Start sections on odd pages (double-sided printing)</source>
        <translation>Commencer les rubriques sur une page impaire (impression recto verso)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="201"/>
        <source>Export and print</source>
        <translation>Exporter et imprimer</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="206"/>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="207"/>
        <source>Export &amp;DOCX…</source>
        <translation>Exporter en D&amp;OCX…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="208"/>
        <source>Export &amp;calendar (ICS)…</source>
        <translation>Exporter le &amp;calendrier (ICS)…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="209"/>
        <source>Export contacts (&amp;vCard)…</source>
        <translation>Exporter les contacts (&amp;vCard)…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="210"/>
        <source>P&amp;rint…</source>
        <translation>Imp&amp;rimer…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="220"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="226"/>
        <source>Changes since the last export:</source>
        <translation>Modifications depuis la dernière exportation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="232"/>
        <source>Exports:</source>
        <translation>Exportations&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="258"/>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="261"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="262"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="267"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="301"/>
        <source>Choose a visit to see its pack.</source>
        <translation>Choisissez une visite pour voir son dossier de briefing.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="317"/>
        <source>Protect the exported PDF with a password</source>
        <translation>Protéger le PDF exporté par un mot de passe</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="330"/>
        <source>Pass&amp;word</source>
        <translation>Mot de pa&amp;sse</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="331"/>
        <source>Password &amp;again</source>
        <translation>&amp;Répéter le mot de passe</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="347"/>
        <source>Type the password twice: the PDF opens only with it.</source>
        <translation>Tapez le mot de passe deux fois&#xa0;: le PDF ne s’ouvre qu’avec lui.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="349"/>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="375"/>
        <source>Not in this reader&apos;s pack</source>
        <translation>Absent du dossier pour ce lecteur</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="453"/>
        <source>Nothing changed in the programme or the people.</source>
        <translation>Rien n&apos;a changé dans le programme ni parmi les participants.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="455"/>
        <source>The pack has not been exported yet.</source>
        <translation>Le dossier de briefing n&apos;a pas encore été exporté.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="466"/>
        <source>Content fingerprint: {}</source>
        <translation>Empreinte du contenu : {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="482"/>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="518"/>
        <source>of {}</source>
        <translation>sur {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="526"/>
        <source>The preview could not be made: {}</source>
        <translation>L&apos;aperçu n&apos;a pas pu être créé&#xa0;: {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="565"/>
        <source>Since the last export:</source>
        <translation>Depuis la dernière exportation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="567"/>
        <location filename="../../src/briefing/ui/pages/pack.py" line="578"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="567"/>
        <source>Export the pack with these changes?</source>
        <translation>Exporter le dossier de briefing avec ces modifications&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="573"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="574"/>
        <source>Word document (*.docx)</source>
        <translation>Document Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="575"/>
        <source>Calendar (*.ics)</source>
        <translation>Calendrier (*.ics)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="576"/>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="603"/>
        <source>Exporting {}…</source>
        <translation>Exportation de {}…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="642"/>
        <source>The disk is full: free some space or choose another disk. Nothing was written.</source>
        <translation>Le disque est plein&#xa0;: libérez de l&apos;espace ou choisissez un autre disque. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="645"/>
        <source>Briefing may not write in {}, or the file is open in another program (Word, a PDF reader): close it, or choose another folder. Nothing was written.</source>
        <translation>Briefing n&apos;a pas le droit d&apos;écrire dans {}, ou le fichier est ouvert dans un autre programme (Word, un lecteur PDF)&#xa0;: fermez-le, ou choisissez un autre dossier. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="648"/>
        <source>Choose another folder or file name and try again. Nothing was written.</source>
        <translation>Choisissez un autre dossier ou nom de fichier et réessayez. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="652"/>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="653"/>
        <source>Written: {}</source>
        <translation>Enregistré&#xa0;: {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="654"/>
        <source>Open file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="655"/>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="709"/>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="709"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="790"/>
        <source>The printer could not be started.</source>
        <translation>L&apos;imprimante n&apos;a pas pu être démarrée.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="851"/>
        <source>The pack could not be printed: {}</source>
        <translation>Le dossier de briefing n’a pas pu être imprimé&#xa0;: {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="852"/>
        <source>Check the printer and try again.</source>
        <translation>Vérifiez l&apos;imprimante et réessayez.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../src/briefing/ui/pages/base.py" line="39"/>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="198"/>
        <source>There is no organisation “{}” in the library; {} keeps “{}”.</source>
        <translation>Il n&apos;y a pas d&apos;organisation «&#xa0;{}&#xa0;» dans la bibliothèque&#xa0;; {} garde «&#xa0;{}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="200"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="201"/>
        <source>Choose one of the organisations the field suggests.</source>
        <translation>Choisissez l&apos;une des organisations que le champ propose.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="55"/>
        <source>Edit {} for this visit</source>
        <translation>Modifier {} pour cette visite</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="73"/>
        <source>People</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="78"/>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="79"/>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="80"/>
        <source>Speaker</source>
        <translation>Orateur</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="81"/>
        <source>Escort</source>
        <translation>Accompagnateur</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="82"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="85"/>
        <source>Choose a visit on the left to see and arrange its people.</source>
        <translation>Choisissez une visite à gauche pour voir et ordonner ses participants.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="96"/>
        <source>People of this visit, in order of precedence</source>
        <translation>Participants à cette visite, par ordre de préséance</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="100"/>
        <location filename="../../src/briefing/ui/pages/people.py" line="124"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="124"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="124"/>
        <source>Function, organisation</source>
        <translation>Fonction, organisation</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="126"/>
        <source>Drag (or Ctrl+Up, Ctrl+Down) to change the order within a role. Delete removes the person.</source>
        <translation>Faites glisser (ou Ctrl+Up, Ctrl+Down) pour changer l&apos;ordre au sein d&apos;un rôle. Delete retire la personne.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="134"/>
        <source>Ro&amp;le</source>
        <translation>Rô&amp;le</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="138"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="139"/>
        <source>Head</source>
        <translation>Chef</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="140"/>
        <source>Deputy head</source>
        <translation>Chef adjoint</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="142"/>
        <source>The head of the delegation (or of the hosts) comes first, the deputy second</source>
        <translation>Le chef de la délégation (ou des hôtes) vient en premier, l&apos;adjoint en second</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="107"/>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="108"/>
        <source>Move do&amp;wn</source>
        <translation>De&amp;scendre</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="144"/>
        <source>&amp;Edit for this visit…</source>
        <translation>&amp;Modifier pour cette visite…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="109"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="148"/>
        <source>Apply &amp;library details</source>
        <translation>Reprendre les données de la &amp;bibliothèque</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="150"/>
        <source>Take the library&apos;s newer details into this visit (undo takes them out)</source>
        <translation>Reprendre dans cette visite les données plus récentes de la bibliothèque (annuler les retire)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="98"/>
        <source>Name, function, organisation or e-mail</source>
        <translation>Nom, fonction, organisation ou e-mail</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="97"/>
        <source>&amp;Search contacts</source>
        <translation>Rec&amp;hercher des contacts</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="101"/>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="102"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="173"/>
        <source>Add &amp;as</source>
        <translation>Ajouter &amp;en tant que</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="110"/>
        <source>A&amp;dd</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="111"/>
        <source>&amp;New contact…</source>
        <translation>&amp;Nouveau contact…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="223"/>
        <source>head</source>
        <translation>chef</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="223"/>
        <source>deputy head</source>
        <translation>chef adjoint</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="256"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="257"/>
        <source>name in Latin script</source>
        <translation>nom en écriture latine</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="258"/>
        <source>honorific</source>
        <translation>titre de civilité</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="259"/>
        <source>function</source>
        <translation>fonction</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="260"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="261"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="262"/>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="263"/>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="265"/>
        <source>The library has newer details: {}.</source>
        <translation>La bibliothèque a des données plus récentes : {}.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="352"/>
        <source>Add {}</source>
        <translation>Ajouter {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="352"/>
        <source>Add person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="382"/>
        <source>Role of {}</source>
        <translation>Rôle de {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="390"/>
        <source>Precedence of {}</source>
        <translation>Rang de {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="398"/>
        <source>Library details for {}</source>
        <translation>Données de la bibliothèque pour {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="411"/>
        <source>Remove {}</source>
        <translation>Retirer {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="422"/>
        <source>Reorder people</source>
        <translation>Réordonner les participants</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="460"/>
        <source>New contact {}</source>
        <translation>Nouveau contact {}</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="227"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="236"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="236"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="236"/>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="236"/>
        <source>People</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="236"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="246"/>
        <source>&amp;Add item…</source>
        <translation>A&amp;jouter un élément…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="249"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="251"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="258"/>
        <source>Choose a visit to see its programme.</source>
        <translation>Choisissez une visite pour voir son programme.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="302"/>
        <source> and {} more</source>
        <translation> et {} autres</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/briefing/ui/pages/programme.py" line="330"/>
        <source>⚠ %n warning(s) in the programme: see the Warnings column.</source>
        <translation>
            <numerusform>⚠ %n avertissement dans le programme&#xa0;: voir la colonne Avertissements.</numerusform>
            <numerusform>⚠ %n avertissements dans le programme&#xa0;: voir la colonne Avertissements.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="365"/>
        <source>Not scheduled</source>
        <translation>Non planifié</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="368"/>
        <source>(outside the visit)</source>
        <translation>(hors de la visite)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="410"/>
        <source>Add item</source>
        <translation>Ajouter un élément</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="429"/>
        <source>Edit item</source>
        <translation>Modifier l&apos;élément</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="442"/>
        <location filename="../../src/briefing/ui/pages/programme.py" line="449"/>
        <source>Remove item</source>
        <translation>Supprimer l&apos;élément</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="443"/>
        <source>Remove “{}” from the programme? Edit ▸ Undo brings it back.</source>
        <translation>Retirer « {} » du programme ? Édition ▸ Annuler le rétablit.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="452"/>
        <source>Move item</source>
        <translation>Déplacer l&apos;élément</translation>
    </message>
</context>
<context>
    <name>ProgressJob</name>
    <message>
        <location filename="../../src/briefing/ui/widgets/progress.py" line="28"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/progress.py" line="101"/>
        <source>The work stopped: {}</source>
        <translation>Le travail s&apos;est arrêté&#xa0;: {}</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../src/briefing/ui/i18n.py" line="108"/>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/i18n.py" line="109"/>
        <source>Drive</source>
        <translation>Lecteur</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../src/briefing/ui/i18n.py" line="106"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/i18n.py" line="107"/>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>QIODevice</name>
    <message>
        <location filename="../../src/briefing/ui/i18n.py" line="110"/>
        <source>No such file or directory</source>
        <translation>Aucun fichier ou dossier de ce nom</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location filename="../../src/briefing/ui/i18n.py" line="111"/>
        <source>Page &amp;Set:</source>
        <translation>Pages à &amp;imprimer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/i18n.py" line="112"/>
        <source>Double Sided Printing</source>
        <translation>Impression recto verso</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/i18n.py" line="113"/>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/i18n.py" line="114"/>
        <source>Long side binding</source>
        <translation>Reliure côté long</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/i18n.py" line="115"/>
        <source>Short side binding</source>
        <translation>Reliure côté court</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../src/briefing/ui/widgets/no_results.py" line="11"/>
        <source>No results for “{}”</source>
        <translation>Aucun résultat pour « {} »</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../src/briefing/ui/session.py" line="83"/>
        <source>Correct the value and try again.</source>
        <translation>Corrigez la valeur et réessayez.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/session.py" line="88"/>
        <source>The change could not be saved ({}).</source>
        <translation>La modification n&apos;a pas pu être enregistrée ({}).</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/session.py" line="89"/>
        <source>Nothing was changed. Details are in the log file.</source>
        <translation>Rien n&apos;a été modifié. Les détails se trouvent dans le fichier journal.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/session.py" line="105"/>
        <source>Could not undo or redo this step ({}).</source>
        <translation>Impossible d&apos;annuler ou de rétablir cette étape ({}).</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/session.py" line="106"/>
        <source>The store is unchanged. Details are in the log file.</source>
        <translation>La base de données n&apos;a pas été modifiée. Les détails se trouvent dans le fichier journal.</translation>
    </message>
</context>
<context>
    <name>ThemeDialog</name>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="738"/>
        <source>Edit theme in the library</source>
        <translation>Modifier le thème dans la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="742"/>
        <source>Visits that have this theme keep their own texts; they are told the library&apos;s are newer.</source>
        <translation>Les visites qui ont ce thème gardent leurs propres textes ; elles sont averties que ceux de la bibliothèque sont plus récents.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="748"/>
        <source>Tit&amp;le</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="752"/>
        <source>Su&amp;mmary</source>
        <translation>&amp;Résumé</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="756"/>
        <source>One talking point a line</source>
        <translation>Un élément de langage par ligne</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="757"/>
        <source>&amp;Talking points</source>
        <translation>Éléments de &amp;langage</translation>
    </message>
</context>
<context>
    <name>ThemesLibraryPage</name>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="596"/>
        <source>Theme library</source>
        <translation>Bibliothèque de thèmes</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="598"/>
        <source>Words from the title or summary</source>
        <translation>Mots du titre ou du résumé</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="598"/>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="602"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="619"/>
        <source>&amp;Copy its talking points into the library</source>
        <translation>&amp;Copier ses éléments de langage dans la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="622"/>
        <source>The library&apos;s theme takes the talking points the visit wrote; visits keep their own</source>
        <translation>Le thème de la bibliothèque reprend les éléments de langage de cette visite ; les visites gardent les leurs</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="625"/>
        <source>Edi&amp;t…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="627"/>
        <source>Edit the library&apos;s theme; visits keep their own texts</source>
        <translation>Modifier le thème de la bibliothèque ; les visites gardent leurs propres textes</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="675"/>
        <source>(no summary)</source>
        <translation>(pas de résumé)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="677"/>
        <source>Talking points:</source>
        <translation>Éléments de langage&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="680"/>
        <source>Not used in a visit yet.</source>
        <translation>Pas encore utilisé dans une visite.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="682"/>
        <source>Last used in: {}, {}</source>
        <translation>Utilisé en dernier dans : {}, {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="694"/>
        <source>Talking points from {}</source>
        <translation>Éléments de langage de {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="725"/>
        <source>Edit theme {}</source>
        <translation>Modifier le thème {}</translation>
    </message>
</context>
<context>
    <name>ThemesPage</name>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="91"/>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="97"/>
        <source>Choose a visit on the left to see and arrange its themes.</source>
        <translation>Choisissez une visite à gauche pour voir et ordonner ses thèmes.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="108"/>
        <source>Themes of this visit, in the order of the pack</source>
        <translation>Thèmes de cette visite, dans l&apos;ordre du dossier de briefing</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="132"/>
        <source>Drag (or Ctrl+Up, Ctrl+Down) to reorder. Delete removes the theme.</source>
        <translation>Faites glisser (ou Ctrl+Up, Ctrl+Down) pour réordonner. Delete retire le thème.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="115"/>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="116"/>
        <source>Move do&amp;wn</source>
        <translation>De&amp;scendre</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="117"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="143"/>
        <source>These texts are this visit&apos;s own: the theme in the library keeps its own.</source>
        <translation>Ces textes sont propres à cette visite : le thème de la bibliothèque garde les siens.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="155"/>
        <location filename="../../src/briefing/ui/pages/themes.py" line="191"/>
        <source>Tit&amp;le</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="156"/>
        <location filename="../../src/briefing/ui/pages/themes.py" line="196"/>
        <source>Su&amp;mmary</source>
        <translation>Rés&amp;umé</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="153"/>
        <location filename="../../src/briefing/ui/pages/themes.py" line="200"/>
        <source>One talking point a line</source>
        <translation>Un élément de langage par ligne</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="157"/>
        <location filename="../../src/briefing/ui/pages/themes.py" line="202"/>
        <source>&amp;Talking points</source>
        <translation>Éléments de &amp;langage</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="210"/>
        <source>Take the library&apos;s newer texts into this visit (undo takes them out)</source>
        <translation>Reprendre dans cette visite les textes plus récents de la bibliothèque (annuler les retire)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="281"/>
        <source>Named by the programme or an article but not chosen for this visit, so not in the pack: {}</source>
        <translation>Cités par le programme ou un article mais pas choisis pour cette visite, donc absents du dossier : {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="292"/>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="292"/>
        <source>summary</source>
        <translation>résumé</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="292"/>
        <source>talking points</source>
        <translation>éléments de langage</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="293"/>
        <source>The library has newer texts: {}.</source>
        <translation>La bibliothèque a des textes plus récents : {}.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="360"/>
        <source>Library: {}</source>
        <translation>Bibliothèque : {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="360"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="110"/>
        <source>Words of the title or summary</source>
        <translation>Mots du titre ou du résumé</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="208"/>
        <source>Apply &amp;library details</source>
        <translation>Reprendre les données de la &amp;bibliothèque</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="109"/>
        <source>&amp;Search themes</source>
        <translation>Rec&amp;hercher des thèmes</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="111"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="111"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="118"/>
        <source>A&amp;dd</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="119"/>
        <source>&amp;New theme…</source>
        <translation>&amp;Nouveau thème…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="387"/>
        <source>Add theme {}</source>
        <translation>Ajouter le thème {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="387"/>
        <source>Add theme</source>
        <translation>Ajouter un thème</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="408"/>
        <source>Library texts for {}</source>
        <translation>Textes de la bibliothèque pour {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="418"/>
        <source>Remove theme {}</source>
        <translation>Retirer le thème {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="428"/>
        <source>Reorder themes</source>
        <translation>Réordonner les thèmes</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="450"/>
        <source>New theme</source>
        <translation>Nouveau thème</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="450"/>
        <source>Title of the new theme:</source>
        <translation>Titre du nouveau thème&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="459"/>
        <source>New theme {}</source>
        <translation>Nouveau thème {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="491"/>
        <source>Rename theme {}</source>
        <translation>Renommer le thème {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="498"/>
        <source>Summary of {}</source>
        <translation>Résumé de {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="505"/>
        <source>Talking points of {}</source>
        <translation>Éléments de langage de {}</translation>
    </message>
</context>
</TS>
