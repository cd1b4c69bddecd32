<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../src/briefing/ui/app.py" line="47"/>
        <source>Choose another store with --store PATH.</source>
        <translation>Kies een ander gegevensbestand met --store PAD.</translation>
    </message>
</context>
<context>
    <name>ArticleImport</name>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="131"/>
        <source>Import articles</source>
        <translation>Artikels importeren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/briefing/ui/pages/articles.py" line="135"/>
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>%n bestand importeren…</numerusform>
            <numerusform>%n bestanden importeren…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/briefing/ui/pages/articles.py" line="155"/>
        <source>%n file(s) could not be imported:</source>
        <translation>
            <numerusform>%n bestand kon niet worden geïmporteerd:</numerusform>
            <numerusform>%n bestanden konden niet worden geïmporteerd:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="157"/>
        <source>The other files were imported.</source>
        <translation>De andere bestanden zijn geïmporteerd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/briefing/ui/pages/articles.py" line="174"/>
        <source>Add %n imported article(s)</source>
        <translation>
            <numerusform>%n geïmporteerd artikel toevoegen</numerusform>
            <numerusform>%n geïmporteerde artikels toevoegen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="179"/>
        <source>Add article</source>
        <translation>Artikel toevoegen</translation>
    </message>
</context>
<context>
    <name>ArticlesLibraryPage</name>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="797"/>
        <source>Article library</source>
        <translation>Artikelbibliotheek</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="801"/>
        <source>Words from the title or text</source>
        <translation>Woorden uit de titel of de tekst</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="801"/>
        <source>&amp;Search articles:</source>
        <translation>Artikels &amp;zoeken:</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="806"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="807"/>
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="808"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="820"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="822"/>
        <source>Import text, Markdown, web page, Word or PDF files (or drop them here)</source>
        <translation>Tekst-, Markdown-, webpagina-, Word- of pdf-bestanden importeren (of sleep ze hierheen)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="863"/>
        <source>… (the preview stops here; {} characters in all)</source>
        <translation>… (het voorbeeld stopt hier; {} tekens in totaal)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="873"/>
        <source>Import articles</source>
        <translation>Artikels importeren</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="875"/>
        <source>Articles (*.txt *.md *.html *.htm *.docx *.pdf);;All files (*)</source>
        <translation>Artikels (*.txt *.md *.html *.htm *.docx *.pdf);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>ArticlesPage</name>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="273"/>
        <source>Articles</source>
        <translation>Artikels</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="279"/>
        <source>Choose a visit on the left to select its background articles.</source>
        <translation>Kies links een bezoek om de achtergrondartikels te selecteren.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="291"/>
        <location filename="../../src/briefing/ui/pages/articles.py" line="319"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="292"/>
        <location filename="../../src/briefing/ui/pages/articles.py" line="319"/>
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="293"/>
        <location filename="../../src/briefing/ui/pages/articles.py" line="319"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="319"/>
        <location filename="../../src/briefing/ui/pages/articles.py" line="506"/>
        <source>Full text</source>
        <translation>Volledige tekst</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="319"/>
        <source>Shareable</source>
        <translation>Deelbaar</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="327"/>
        <source>Print the article&apos;s full text; otherwise only its summary</source>
        <translation>De volledige tekst van het artikel afdrukken; anders alleen de samenvatting</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="331"/>
        <source>Shareable with the delegation: the article also goes into the pack for the delegation</source>
        <translation>Deelbaar met de delegatie: het artikel komt ook in de map voor de delegatie</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="287"/>
        <source>Articles in &amp;this visit (drag to reorder):</source>
        <translation>A&amp;rtikels in dit bezoek (sleep om te herschikken):</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="337"/>
        <source>No articles yet: search the library below, or drop files here.</source>
        <translation>Nog geen artikels: zoek hieronder in de bibliotheek, of sleep bestanden hierheen.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="297"/>
        <source>Move &amp;up</source>
        <translation>&amp;Omhoog</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="298"/>
        <source>Move &amp;down</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="299"/>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="339"/>
        <source>&amp;Import files…</source>
        <translation>Bestanden &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="340"/>
        <source>Import text, Markdown, web page, Word or PDF files and add them</source>
        <translation>Tekst-, Markdown-, webpagina-, Word- of pdf-bestanden importeren en toevoegen</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="289"/>
        <source>Words from the title or text</source>
        <translation>Woorden uit de titel of de tekst</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="288"/>
        <source>&amp;Search the library:</source>
        <translation>In de bibliotheek &amp;zoeken:</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="300"/>
        <source>&amp;Add to visit</source>
        <translation>&amp;Toevoegen aan bezoek</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="407"/>
        <source>The full text is printed</source>
        <translation>De volledige tekst wordt afgedrukt</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="407"/>
        <source>Only the summary is printed</source>
        <translation>Alleen de samenvatting wordt afgedrukt</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="413"/>
        <source>Shareable with the delegation: in the pack for the delegation too</source>
        <translation>Deelbaar met de delegatie: ook in de map voor de delegatie</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="415"/>
        <source>Not shareable: only in our own pack</source>
        <translation>Niet deelbaar: alleen in onze eigen map</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/briefing/ui/pages/articles.py" line="451"/>
        <source>Add %n article(s)</source>
        <translation>
            <numerusform>%n artikel toevoegen</numerusform>
            <numerusform>%n artikels toevoegen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="456"/>
        <source>Add article</source>
        <translation>Artikel toevoegen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/briefing/ui/pages/articles.py" line="467"/>
        <source>Remove %n article(s)</source>
        <translation>
            <numerusform>%n artikel verwijderen</numerusform>
            <numerusform>%n artikels verwijderen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="472"/>
        <source>Remove article</source>
        <translation>Artikel verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="487"/>
        <source>Reorder articles</source>
        <translation>Artikels herschikken</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="506"/>
        <source>Summary only</source>
        <translation>Alleen samenvatting</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="516"/>
        <source>Shareable with the delegation</source>
        <translation>Deelbaar met de delegatie</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="516"/>
        <source>Not shareable with the delegation</source>
        <translation>Niet deelbaar met de delegatie</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="538"/>
        <source>Import articles</source>
        <translation>Artikels importeren</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="540"/>
        <source>Articles (*.txt *.md *.html *.htm *.docx *.pdf);;All files (*)</source>
        <translation>Artikels (*.txt *.md *.html *.htm *.docx *.pdf);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="49"/>
        <source>Edit contact</source>
        <translation>Contact bewerken</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="87"/>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="89"/>
        <source>&amp;Honorific</source>
        <translation>&amp;Aanspreektitel</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="90"/>
        <source>&amp;Function</source>
        <translation>&amp;Functie</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="101"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="102"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="47"/>
        <source>Details for this visit</source>
        <translation>Gegevens voor dit bezoek</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="49"/>
        <source>New contact</source>
        <translation>Nieuw contact</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="61"/>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="62"/>
        <source>Library: {}</source>
        <translation>Bibliotheek: {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="82"/>
        <source>These details are for this visit alone; the contact in the library keeps its own.</source>
        <translation>Deze gegevens gelden alleen voor dit bezoek; het contact in de bibliotheek houdt de zijne.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="87"/>
        <source>As the person writes it</source>
        <translation>Zoals de persoon het zelf schrijft</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="88"/>
        <source>&amp;Latin script</source>
        <translation>&amp;Latijns schrift</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="88"/>
        <source>Only if the name is in another script</source>
        <translation>Alleen als de naam in een ander schrift staat</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="89"/>
        <source>e.g. Mevrouw, Dr, Korpschef</source>
        <translation>bv. Mevrouw, Dr., Korpschef</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="98"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="107"/>
        <source>What matters on this visit: diet, access needs, language…</source>
        <translation>Wat op dit bezoek telt: dieet, toegankelijkheid, taal…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="109"/>
        <source>Diet, access needs, language…</source>
        <translation>Dieet, toegankelijkheid, taal…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="112"/>
        <source>No&amp;tes</source>
        <translation>Not&amp;ities</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="157"/>
        <source>A name cannot be a phone number: put the number in the Phone field.</source>
        <translation>Een naam kan geen telefoonnummer zijn: zet het nummer in het veld Telefoon.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="155"/>
        <source>A name cannot be an e-mail address: put the address in the E-mail field.</source>
        <translation>Een naam kan geen e-mailadres zijn: zet het adres in het veld E-mail.</translation>
    </message>
</context>
<context>
    <name>ContactsLibraryPage</name>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="362"/>
        <source>Contact library</source>
        <translation>Contactenbibliotheek</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="368"/>
        <source>Name, function, organisation or e-mail</source>
        <translation>Naam, functie, organisatie of e-mail</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="368"/>
        <source>&amp;Search contacts:</source>
        <translation>Contacten &amp;zoeken:</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="373"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="374"/>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="375"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="376"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="377"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="388"/>
        <source>Edi&amp;t…</source>
        <translation>B&amp;ewerken…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="395"/>
        <source>&amp;Import contacts…</source>
        <translation>Contacten &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="397"/>
        <source>Import a CSV file (Outlook, Excel) or vCards</source>
        <translation>Een CSV-bestand (Outlook, Excel) of vCards importeren</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="451"/>
        <source>Edit contact {}</source>
        <translation>Contact {} bewerken</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="541"/>
        <location filename="../../src/briefing/ui/pages/library.py" line="555"/>
        <location filename="../../src/briefing/ui/pages/library.py" line="581"/>
        <source>Import contacts</source>
        <translation>Contacten importeren</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="543"/>
        <source>Contacts (*.csv *.vcf);;All files (*)</source>
        <translation>Contacten (*.csv *.vcf);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="556"/>
        <source>Importing contacts from {}…</source>
        <translation>Contacten importeren uit {}…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="573"/>
        <source>Added: {}</source>
        <translation>Toegevoegd: {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="574"/>
        <source>Updated: {}</source>
        <translation>Bijgewerkt: {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="575"/>
        <source>Unchanged: {}</source>
        <translation>Ongewijzigd: {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="578"/>
        <source>Skipped (neither a name nor an e-mail address): {}</source>
        <translation>Overgeslagen (geen naam en geen e-mailadres): {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="580"/>
        <source>New organisations: {}</source>
        <translation>Nieuwe organisaties: {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="391"/>
        <source>E&amp;rase person…</source>
        <translation>Pe&amp;rsoon wissen…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="393"/>
        <source>Remove this person from the store everywhere (right to erasure)</source>
        <translation>Deze persoon overal uit het gegevensbestand verwijderen (recht op gegevenswissing)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="467"/>
        <source>this person</source>
        <translation>deze persoon</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="470"/>
        <location filename="../../src/briefing/ui/pages/library.py" line="503"/>
        <source>Erase person</source>
        <translation>Persoon wissen</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="471"/>
        <source>Erase {} from the store?</source>
        <translation>{} uit het gegevensbestand wissen?</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="478"/>
        <source>The person is taken off every visit and programme item and out of the export history, and the store file is rewritten without them. This cannot be undone.

Text you typed that names them is listed afterwards, for you to edit.</source>
        <translation>De persoon wordt van elk bezoek en elk programmaonderdeel en uit de exportgeschiedenis gehaald, en het gegevensbestand wordt zonder die persoon herschreven. Dit kan niet ongedaan worden gemaakt.

Tekst die u typte en die de persoon noemt, wordt daarna opgesomd, zodat u ze kunt aanpassen.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="483"/>
        <source>E&amp;rase</source>
        <translation>&amp;Wissen</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="504"/>
        <source>Erasing {}…</source>
        <translation>{} wordt gewist…</translation>
    </message>
</context>
<context>
    <name>CountryBox</name>
    <message>
        <location filename="../../src/briefing/ui/widgets/country.py" line="81"/>
        <source>Type a country&apos;s name</source>
        <translation>Typ de naam van een land</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="30"/>
        <source>Details</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="58"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="58"/>
        <source>Study visit of …</source>
        <translation>Studiebezoek van …</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="59"/>
        <source>&amp;Start</source>
        <translation>Begi&amp;ndatum</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="60"/>
        <source>&amp;End</source>
        <translation>&amp;Einddatum</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="61"/>
        <source>&amp;Delegation</source>
        <translation>De&amp;legatie</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="61"/>
        <source>Who is coming, how many</source>
        <translation>Wie komt er, met hoeveel</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="64"/>
        <source>Edit country</source>
        <translation>Land wijzigen</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="67"/>
        <source>&amp;Country</source>
        <translation>L&amp;and</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="76"/>
        <source>Inbound (we host)</source>
        <translation>Inkomend (wij ontvangen)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="77"/>
        <source>Outbound (we travel)</source>
        <translation>Uitgaand (wij reizen)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="79"/>
        <location filename="../../src/briefing/ui/pages/details.py" line="80"/>
        <source>Di&amp;rection</source>
        <translation>&amp;Richting</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="82"/>
        <source>&amp;Host</source>
        <translation>&amp;Gastheer</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="83"/>
        <source>&amp;Location</source>
        <translation>&amp;Plaats</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="87"/>
        <location filename="../../src/briefing/ui/pages/details.py" line="88"/>
        <source>&amp;Purpose</source>
        <translation>D&amp;oel</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="90"/>
        <source>&amp;Marking</source>
        <translation>&amp;Markering</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="90"/>
        <source>e.g. BEPERKTE VERSPREIDING</source>
        <translation>bv. BEPERKTE VERSPREIDING</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="101"/>
        <location filename="../../src/briefing/ui/pages/details.py" line="102"/>
        <source>St&amp;atus</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="105"/>
        <source>Choose a visit on the left, or make a new one (Ctrl+N).</source>
        <translation>Kies links een bezoek, of maak een nieuw bezoek aan (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="153"/>
        <source>In the pack: {}</source>
        <translation>In de map: {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="161"/>
        <source>“{}” is not a country: choose one from the list (the country is unchanged).</source>
        <translation>“{}” is geen land: kies er een uit de lijst (het land blijft ongewijzigd).</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="191"/>
        <source>Edit {}</source>
        <translation>{} wijzigen</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="204"/>
        <source>Edit dates</source>
        <translation>Datums wijzigen</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="188"/>
        <source>Person erased</source>
        <translation>Persoon gewist</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/briefing/ui/pages/library.py" line="191"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n bezoek</numerusform>
            <numerusform>%n bezoeken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/briefing/ui/pages/library.py" line="192"/>
        <source>%n programme item(s)</source>
        <translation>
            <numerusform>%n programmaonderdeel</numerusform>
            <numerusform>%n programmaonderdelen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/briefing/ui/pages/library.py" line="193"/>
        <source>%n record(s) of the export history</source>
        <translation>
            <numerusform>%n registratie van de exportgeschiedenis</numerusform>
            <numerusform>%n registraties van de exportgeschiedenis</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="195"/>
        <source>{} is erased: taken off {} and {}, and out of {}.</source>
        <translation>{} is gewist: weggehaald uit {} en {}, en uit {}.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="196"/>
        <source>The person</source>
        <translation>De persoon</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="206"/>
        <source>Another program has the store open: the erased data leaves the store&apos;s write-ahead log when every program has closed it.</source>
        <translation>Een ander programma heeft het gegevensbestand open: de gewiste gegevens verdwijnen uit het logbestand (write-ahead log) van het gegevensbestand zodra elk programma het gesloten heeft.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="211"/>
        <source>The store file could not be rewritten (see the log file): the erased data may remain in its unused space.</source>
        <translation>Het gegevensbestand kon niet worden herschreven (zie het logbestand): de gewiste gegevens kunnen in de ongebruikte ruimte ervan achterblijven.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="221"/>
        <source>These backups still hold the person; delete them, or let them roll off:</source>
        <translation>Deze back-ups bevatten de persoon nog; verwijder ze, of laat ze vanzelf verlopen:</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="233"/>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="233"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="233"/>
        <source>Holds</source>
        <translation>Bevat</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="233"/>
        <source>How to edit it</source>
        <translation>Hoe aanpassen</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="242"/>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="244"/>
        <source>Show this place, to edit the text</source>
        <translation>Deze plaats tonen om de tekst aan te passen</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="247"/>
        <source>Free text that still names the person. Open each place and edit the text:</source>
        <translation>Vrije tekst die de persoon nog noemt. Open elke plaats en pas de tekst aan:</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="254"/>
        <source>No free text in the store names the person any more.</source>
        <translation>Geen vrije tekst in het gegevensbestand noemt de persoon nog.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="285"/>
        <source>Visit “{}”</source>
        <translation>Bezoek “{}”</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="287"/>
        <source>Programme item “{}” of the visit “{}”</source>
        <translation>Programmaonderdeel “{}” van het bezoek “{}”</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="289"/>
        <source>“{}” as a person of the visit “{}”</source>
        <translation>“{}” als persoon van het bezoek “{}”</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="291"/>
        <source>Theme “{}” of the visit “{}”</source>
        <translation>Thema “{}” van het bezoek “{}”</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="293"/>
        <source>Theme “{}”</source>
        <translation>Thema “{}”</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="295"/>
        <source>Article “{}”</source>
        <translation>Artikel “{}”</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="297"/>
        <source>Contact “{}”</source>
        <translation>Contact “{}”</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="298"/>
        <source>Organisation “{}”</source>
        <translation>Organisatie “{}”</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="302"/>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="303"/>
        <source>delegation</source>
        <translation>delegatie</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="304"/>
        <source>host</source>
        <translation>gastheer</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="305"/>
        <source>location</source>
        <translation>plaats</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="306"/>
        <source>purpose</source>
        <translation>doel</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="307"/>
        <source>marking</source>
        <translation>markering</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="308"/>
        <source>kind</source>
        <translation>soort</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="309"/>
        <source>description</source>
        <translation>beschrijving</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="310"/>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="311"/>
        <source>name in Latin script</source>
        <translation>naam in Latijns schrift</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="312"/>
        <source>function</source>
        <translation>functie</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="313"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="314"/>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="315"/>
        <source>notes</source>
        <translation>notities</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="316"/>
        <source>summary</source>
        <translation>samenvatting</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="317"/>
        <source>talking points</source>
        <translation>gesprekspunten</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="318"/>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="319"/>
        <source>source</source>
        <translation>bron</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="320"/>
        <source>web address</source>
        <translation>webadres</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="321"/>
        <source>related articles</source>
        <translation>verwante artikels</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="327"/>
        <source>the name</source>
        <translation>de naam</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="328"/>
        <source>the e-mail address</source>
        <translation>het e-mailadres</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="329"/>
        <source>the phone number</source>
        <translation>het telefoonnummer</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="330"/>
        <source>the surname (check it is the same person)</source>
        <translation>de achternaam (ga na of het dezelfde persoon is)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="336"/>
        <source>Open: the visit&apos;s Details page</source>
        <translation>Openen: de pagina Details van het bezoek</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="338"/>
        <source>Open: the visit&apos;s Programme page</source>
        <translation>Openen: de pagina Programma van het bezoek</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="340"/>
        <source>Open: the visit&apos;s People page, Edit for this visit…</source>
        <translation>Openen: de pagina Personen van het bezoek, Bewerken voor dit bezoek…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="342"/>
        <source>Open: the visit&apos;s Themes page</source>
        <translation>Openen: de pagina Thema&apos;s van het bezoek</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="344"/>
        <source>Open: the Theme library, Edit…</source>
        <translation>Openen: de themabibliotheek, Bewerken…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="346"/>
        <source>Open: the contact&apos;s Edit dialog</source>
        <translation>Openen: het venster Contact bewerken</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="348"/>
        <source>Briefing does not edit articles; Open shows it in the Article library</source>
        <translation>Briefing past geen artikels aan; Openen toont het in de artikelbibliotheek</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="349"/>
        <source>Briefing has no page for organisations yet</source>
        <translation>Briefing heeft nog geen pagina voor organisaties</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="131"/>
        <source>Programme item</source>
        <translation>Programmaonderdeel</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="136"/>
        <source>&amp;Activity</source>
        <translation>&amp;Activiteit</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="139"/>
        <source>Not scheduled</source>
        <translation>Niet gepland</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="143"/>
        <source>&amp;Day</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="154"/>
        <source>&amp;Time</source>
        <translation>&amp;Tijd</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="158"/>
        <source>&amp;Location</source>
        <translation>&amp;Plaats</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="161"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="169"/>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="173"/>
        <source>D&amp;escription</source>
        <translation>&amp;Beschrijving</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="185"/>
        <source>&amp;People</source>
        <translation>Dee&amp;lnemers</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="193"/>
        <source>T&amp;hemes</source>
        <translation>T&amp;hema&apos;s</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="127"/>
        <source>Details</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="128"/>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="129"/>
        <source>People</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="130"/>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="131"/>
        <source>Articles</source>
        <translation>Artikels</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="132"/>
        <source>Pack</source>
        <translation>Briefingmap</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="135"/>
        <source>Contact library</source>
        <translation>Contactenbibliotheek</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="136"/>
        <source>Theme library</source>
        <translation>Themabibliotheek</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="137"/>
        <source>Article library</source>
        <translation>Artikelbibliotheek</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="252"/>
        <source>Search visits</source>
        <translation>Bezoeken zoeken</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="256"/>
        <source>Upcoming</source>
        <translation>Komende</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="257"/>
        <source>Past</source>
        <translation>Voorbije</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="258"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="260"/>
        <source>Visit</source>
        <translation>Bezoek</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="276"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="276"/>
        <source>Duplicate</source>
        <translation>Dupliceren</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="276"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="316"/>
        <source>Briefing — {}</source>
        <translation>Briefing — {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="330"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="331"/>
        <source>&amp;New store…</source>
        <translation>&amp;Nieuw gegevensbestand…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="332"/>
        <source>&amp;Open store…</source>
        <translation>Gegevensbestand &amp;openen…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="333"/>
        <source>Recent stores</source>
        <translation>Recente gegevensbestanden</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="335"/>
        <source>New &amp;visit…</source>
        <translation>Nieuw &amp;bezoek…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="336"/>
        <source>&amp;Import articles…</source>
        <translation>Artikels &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="337"/>
        <source>Import &amp;contacts…</source>
        <translation>&amp;Contacten importeren…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="340"/>
        <source>&amp;Export pack as PDF…</source>
        <translation>&amp;Exporteren als PDF…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="343"/>
        <source>&amp;Print pack…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="346"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="348"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="349"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="351"/>
        <source>&amp;Redo</source>
        <translation>Opn&amp;ieuw</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="359"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Knippen</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="360"/>
        <source>&amp;Copy</source>
        <translation>Kopië&amp;ren</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="361"/>
        <source>&amp;Paste</source>
        <translation>&amp;Plakken</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="364"/>
        <source>D&amp;uplicate visit…</source>
        <translation>Bezoek &amp;dupliceren…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="365"/>
        <source>&amp;Delete visit…</source>
        <translation>Bezoek &amp;verwijderen…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="367"/>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="369"/>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="371"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="373"/>
        <source>The &amp;visit</source>
        <translation>Het &amp;bezoek</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="374"/>
        <source>The &amp;library</source>
        <translation>De b&amp;ibliotheek</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="379"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="381"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="383"/>
        <source>&amp;About Briefing</source>
        <translation>&amp;Over Briefing</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="392"/>
        <source>Frequent actions</source>
        <translation>Veelgebruikte acties</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="411"/>
        <location filename="../../src/briefing/ui/main_window.py" line="581"/>
        <location filename="../../src/briefing/ui/main_window.py" line="610"/>
        <source>Choose a visit first.</source>
        <translation>Kies eerst een bezoek.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="441"/>
        <source>Undone: {} — {}</source>
        <translation>Ongedaan gemaakt: {} — {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="443"/>
        <source>Redone: {} — {}</source>
        <translation>Opnieuw gedaan: {} — {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="445"/>
        <source>Saved: {} — {}</source>
        <translation>Opgeslagen: {} — {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="479"/>
        <source>&amp;Undo {}</source>
        <translation>&amp;Ongedaan maken: {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="482"/>
        <source>&amp;Redo {}</source>
        <translation>Opn&amp;ieuw: {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="551"/>
        <location filename="../../src/briefing/ui/main_window.py" line="564"/>
        <source>New visit</source>
        <translation>Nieuw bezoek</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="600"/>
        <source>Duplicate visit</source>
        <translation>Bezoek dupliceren</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="615"/>
        <location filename="../../src/briefing/ui/main_window.py" line="627"/>
        <source>Delete visit</source>
        <translation>Bezoek verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="617"/>
        <source>Delete this visit with its programme, people, themes and articles?

Edit ▸ Undo brings it back.</source>
        <translation>Dit bezoek verwijderen, met het programma, de deelnemers, de thema&apos;s en de artikels?

Bewerken ▸ Ongedaan maken brengt het terug.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="780"/>
        <location filename="../../src/briefing/ui/main_window.py" line="784"/>
        <source>New store</source>
        <translation>Nieuw gegevensbestand</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="780"/>
        <source>Stores (*.sqlite)</source>
        <translation>Gegevensbestanden (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="784"/>
        <source>That file exists already: choose Open store.</source>
        <translation>Dat bestand bestaat al: kies Gegevensbestand openen.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="790"/>
        <source>Open store</source>
        <translation>Gegevensbestand openen</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="790"/>
        <source>Stores (*.sqlite *.db);;All files (*)</source>
        <translation>Gegevensbestanden (*.sqlite *.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="802"/>
        <source>Choose another file, or restore the store from a backup.</source>
        <translation>Kies een ander bestand, of zet het gegevensbestand terug vanuit een back-up.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="837"/>
        <source>Stop editing it. Close Briefing and run: briefing restore &quot;{}&quot;</source>
        <translation>Bewerk het niet verder. Sluit Briefing en voer uit: briefing restore &quot;{}&quot;</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="839"/>
        <source>Stop editing it, close Briefing, and restore a copy of the store.</source>
        <translation>Bewerk het niet verder, sluit Briefing en zet een kopie van het gegevensbestand terug.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="841"/>
        <source>The store {} is damaged ({}).</source>
        <translation>Het gegevensbestand {} is beschadigd ({}).</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="851"/>
        <source>The store is {}: file locking is unreliable there and the store can be damaged.</source>
        <translation>Het gegevensbestand staat {}: bestandsvergrendeling is daar onbetrouwbaar en het gegevensbestand kan beschadigd raken.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="853"/>
        <source>Keep the store on this computer&apos;s own disk (File ▸ New store…), and make copies with backups.</source>
        <translation>Bewaar het gegevensbestand op de eigen schijf van deze computer (Bestand ▸ Nieuw gegevensbestand…), en maak kopieën met back-ups.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="859"/>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="869"/>
        <source>As the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="878"/>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="879"/>
        <source>Language of the interface:</source>
        <translation>Taal van de interface:</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="925"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="925"/>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="936"/>
        <source>Remove the selected row</source>
        <translation>De geselecteerde rij verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="940"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="945"/>
        <source>About Briefing</source>
        <translation>Over Briefing</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="947"/>
        <source>Briefing {}
Briefing packs for delegation visits.

Python {}, Qt {}, PySide6 {}, SQLite {}

Store: {}
Log file: {}</source>
        <translation>Briefing {}
Briefingmappen voor delegatiebezoeken.

Python {}, Qt {}, PySide6 {}, SQLite {}

Gegevensbestand: {}
Logbestand: {}</translation>
    </message>
</context>
<context>
    <name>NewVisitDialog</name>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="92"/>
        <source>Duplicate visit</source>
        <translation>Bezoek dupliceren</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="92"/>
        <source>New visit</source>
        <translation>Nieuw bezoek</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="98"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="101"/>
        <source>&amp;Start</source>
        <translation>&amp;Begindatum</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="101"/>
        <source>&amp;New start</source>
        <translation>&amp;Nieuwe begindatum</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="105"/>
        <source>&amp;End</source>
        <translation>&amp;Einddatum</translation>
    </message>
</context>
<context>
    <name>PackPage</name>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="74"/>
        <source>Cover</source>
        <translation>Voorblad</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="75"/>
        <source>Table of contents</source>
        <translation>Inhoudstafel</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="76"/>
        <source>Practical information</source>
        <translation>Praktische informatie</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="77"/>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="78"/>
        <source>Who&apos;s who</source>
        <translation>Wie is wie</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="79"/>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="80"/>
        <source>Background articles</source>
        <translation>Achtergrondartikels</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="89"/>
        <source>&amp;The principal and our staff</source>
        <translation>&amp;Intern: principaal en medewerkers</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="90"/>
        <source>Everything: talking points, notes, e-mail addresses and phone numbers.</source>
        <translation>Alles: gesprekspunten, notities, e-mailadressen en telefoonnummers.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="93"/>
        <source>The dele&amp;gation</source>
        <translation>De dele&amp;gatie</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="94"/>
        <source>Programme, people and practical information, marked &apos;For the delegation&apos;. No themes or talking points, notes, item descriptions, status, e-mail addresses or phone numbers; only the articles marked shareable.</source>
        <translation>Programma, personen en praktische informatie, met &apos;Voor de delegatie&apos; erop. Geen thema&apos;s of gesprekspunten, notities, beschrijvingen van programmaonderdelen, status, e-mailadressen of telefoonnummers; alleen de artikels die als deelbaar zijn aangeduid.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="102"/>
        <source>&amp;Escorts and drivers</source>
        <translation>&amp;Begeleiders en chauffeurs</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="103"/>
        <source>The run sheet, A5 landscape: each day as a table (time, what, where, who, whom to call), then a contact list with phone numbers. No themes, articles or biographies.</source>
        <translation>Het draaiboek, A5 liggend: elke dag als tabel (uur, wat, waar, wie, wie bellen), daarna een contactlijst met telefoonnummers. Geen thema&apos;s, artikels of biografieën.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="130"/>
        <source>Pack</source>
        <translation>Briefingmap</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="143"/>
        <source>What goes into the pack</source>
        <translation>Wat in de briefingmap komt</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="154"/>
        <source>Sections</source>
        <translation>Rubrieken</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="160"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="180"/>
        <source>For whom</source>
        <translation>Voor wie</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="181"/>
        <source>Articles: summaries only</source>
        <translation>Artikels: alleen samenvattingen</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="186"/>
        <source>Use the store&apos;s house style (template, logo)</source>
        <translation>De huisstijl van het gegevensbestand gebruiken (sjabloon, logo)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="192"/>
        <source>Start sections on odd pages (double-sided printing)</source>
        <translation>Rubrieken op een oneven pagina laten beginnen (recto-verso afdrukken)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="201"/>
        <source>Export and print</source>
        <translation>Exporteren en afdrukken</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="206"/>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exporteren…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="207"/>
        <source>Export &amp;DOCX…</source>
        <translation>D&amp;OCX exporteren…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="208"/>
        <source>Export &amp;calendar (ICS)…</source>
        <translation>&amp;Kalender exporteren (ICS)…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="209"/>
        <source>Export contacts (&amp;vCard)…</source>
        <translation>Contacten exporteren (&amp;vCard)…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="210"/>
        <source>P&amp;rint…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="220"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="226"/>
        <source>Changes since the last export:</source>
        <translation>Wijzigingen sinds de laatste export:</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="232"/>
        <source>Exports:</source>
        <translation>Exporten:</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="258"/>
        <source>Fit width</source>
        <translation>Paginabreedte</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="261"/>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="262"/>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="267"/>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="301"/>
        <source>Choose a visit to see its pack.</source>
        <translation>Kies een bezoek om de briefingmap te zien.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="317"/>
        <source>Protect the exported PDF with a password</source>
        <translation>De geëxporteerde pdf met een wachtwoord beveiligen</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="330"/>
        <source>Pass&amp;word</source>
        <translation>Wacht&amp;woord</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="331"/>
        <source>Password &amp;again</source>
        <translation>Wachtwoord &amp;opnieuw</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="347"/>
        <source>Type the password twice: the PDF opens only with it.</source>
        <translation>Typ het wachtwoord twee keer: de pdf opent alleen daarmee.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="349"/>
        <source>The two passwords differ.</source>
        <translation>De twee wachtwoorden verschillen.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="375"/>
        <source>Not in this reader&apos;s pack</source>
        <translation>Niet in de map voor deze lezer</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="453"/>
        <source>Nothing changed in the programme or the people.</source>
        <translation>Niets gewijzigd in het programma of bij de deelnemers.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="455"/>
        <source>The pack has not been exported yet.</source>
        <translation>De briefingmap is nog niet geëxporteerd.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="466"/>
        <source>Content fingerprint: {}</source>
        <translation>Vingerafdruk van de inhoud: {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="482"/>
        <source>Updating…</source>
        <translation>Bijwerken…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="518"/>
        <source>of {}</source>
        <translation>van {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="526"/>
        <source>The preview could not be made: {}</source>
        <translation>Het voorbeeld kon niet worden gemaakt: {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="565"/>
        <source>Since the last export:</source>
        <translation>Sinds de laatste export:</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="567"/>
        <location filename="../../src/briefing/ui/pages/pack.py" line="578"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="567"/>
        <source>Export the pack with these changes?</source>
        <translation>De briefingmap met deze wijzigingen exporteren?</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="573"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="574"/>
        <source>Word document (*.docx)</source>
        <translation>Word-document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="575"/>
        <source>Calendar (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="576"/>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="603"/>
        <source>Exporting {}…</source>
        <translation>{} exporteren…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="642"/>
        <source>The disk is full: free some space or choose another disk. Nothing was written.</source>
        <translation>De schijf is vol: maak ruimte vrij of kies een andere schijf. Er is niets weggeschreven.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="645"/>
        <source>Briefing may not write in {}, or the file is open in another program (Word, a PDF reader): close it, or choose another folder. Nothing was written.</source>
        <translation>Briefing mag niet schrijven in {}, of het bestand is geopend in een ander programma (Word, een pdf-lezer): sluit het, of kies een andere map. Er is niets weggeschreven.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="648"/>
        <source>Choose another folder or file name and try again. Nothing was written.</source>
        <translation>Kies een andere map of bestandsnaam en probeer opnieuw. Er is niets weggeschreven.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="652"/>
        <source>Exported</source>
        <translation>Geëxporteerd</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="653"/>
        <source>Written: {}</source>
        <translation>Weggeschreven: {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="654"/>
        <source>Open file</source>
        <translation>Bestand openen</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="655"/>
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="709"/>
        <source>Printing…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="709"/>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="790"/>
        <source>The printer could not be started.</source>
        <translation>De printer kon niet worden gestart.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="851"/>
        <source>The pack could not be printed: {}</source>
        <translation>De briefingmap kon niet worden afgedrukt: {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="852"/>
        <source>Check the printer and try again.</source>
        <translation>Controleer de printer en probeer opnieuw.</translation>
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
        <translation>Er is geen organisatie “{}” in de bibliotheek; {} behoudt “{}”.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="200"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="201"/>
        <source>Choose one of the organisations the field suggests.</source>
        <translation>Kies een van de organisaties die het veld voorstelt.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="55"/>
        <source>Edit {} for this visit</source>
        <translation>{} bewerken voor dit bezoek</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="73"/>
        <source>People</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="78"/>
        <source>Delegation</source>
        <translation>Delegatie</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="79"/>
        <source>Host</source>
        <translation>Gastheer</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="80"/>
        <source>Speaker</source>
        <translation>Spreker</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="81"/>
        <source>Escort</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="82"/>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="85"/>
        <source>Choose a visit on the left to see and arrange its people.</source>
        <translation>Kies links een bezoek om de deelnemers te zien en te ordenen.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="96"/>
        <source>People of this visit, in order of precedence</source>
        <translation>Deelnemers aan dit bezoek, in protocollaire volgorde</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="100"/>
        <location filename="../../src/briefing/ui/pages/people.py" line="124"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="124"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="124"/>
        <source>Function, organisation</source>
        <translation>Functie, organisatie</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="126"/>
        <source>Drag (or Ctrl+Up, Ctrl+Down) to change the order within a role. Delete removes the person.</source>
        <translation>Sleep (of Ctrl+Up, Ctrl+Down) om de volgorde binnen een rol te wijzigen. Delete verwijdert de persoon.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="134"/>
        <source>Ro&amp;le</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="138"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="139"/>
        <source>Head</source>
        <translation>Hoofd</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="140"/>
        <source>Deputy head</source>
        <translation>Adjunct-hoofd</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="142"/>
        <source>The head of the delegation (or of the hosts) comes first, the deputy second</source>
        <translation>Het hoofd van de delegatie (of van de gastheren) komt eerst, het adjunct-hoofd als tweede</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="107"/>
        <source>Move &amp;up</source>
        <translation>&amp;Omhoog</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="108"/>
        <source>Move do&amp;wn</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="144"/>
        <source>&amp;Edit for this visit…</source>
        <translation>&amp;Bewerken voor dit bezoek…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="109"/>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="148"/>
        <source>Apply &amp;library details</source>
        <translation>Gegevens uit de &amp;bibliotheek overnemen</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="150"/>
        <source>Take the library&apos;s newer details into this visit (undo takes them out)</source>
        <translation>Neem de nieuwere gegevens uit de bibliotheek over in dit bezoek (ongedaan maken haalt ze weer weg)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="98"/>
        <source>Name, function, organisation or e-mail</source>
        <translation>Naam, functie, organisatie of e-mail</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="97"/>
        <source>&amp;Search contacts</source>
        <translation>Contacten &amp;zoeken</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="101"/>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="102"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="173"/>
        <source>Add &amp;as</source>
        <translation>Toevoegen &amp;als</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="110"/>
        <source>A&amp;dd</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="111"/>
        <source>&amp;New contact…</source>
        <translation>&amp;Nieuw contact…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="223"/>
        <source>head</source>
        <translation>hoofd</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="223"/>
        <source>deputy head</source>
        <translation>adjunct-hoofd</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="256"/>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="257"/>
        <source>name in Latin script</source>
        <translation>naam in Latijns schrift</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="258"/>
        <source>honorific</source>
        <translation>aanspreektitel</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="259"/>
        <source>function</source>
        <translation>functie</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="260"/>
        <source>organisation</source>
        <translation>organisatie</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="261"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="262"/>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="263"/>
        <source>notes</source>
        <translation>notities</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="265"/>
        <source>The library has newer details: {}.</source>
        <translation>De bibliotheek heeft nieuwere gegevens: {}.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="352"/>
        <source>Add {}</source>
        <translation>{} toevoegen</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="352"/>
        <source>Add person</source>
        <translation>Persoon toevoegen</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="382"/>
        <source>Role of {}</source>
        <translation>Rol van {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="390"/>
        <source>Precedence of {}</source>
        <translation>Rang van {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="398"/>
        <source>Library details for {}</source>
        <translation>Gegevens uit de bibliotheek voor {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="411"/>
        <source>Remove {}</source>
        <translation>{} verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="422"/>
        <source>Reorder people</source>
        <translation>Deelnemers herschikken</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="460"/>
        <source>New contact {}</source>
        <translation>Nieuw contact {}</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="227"/>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="236"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="236"/>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="236"/>
        <source>Location</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="236"/>
        <source>People</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="236"/>
        <source>Warnings</source>
        <translation>Waarschuwingen</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="246"/>
        <source>&amp;Add item…</source>
        <translation>&amp;Onderdeel toevoegen…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="249"/>
        <source>&amp;Edit…</source>
        <translation>B&amp;ewerken…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="251"/>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="258"/>
        <source>Choose a visit to see its programme.</source>
        <translation>Kies een bezoek om het programma te zien.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="302"/>
        <source> and {} more</source>
        <translation> en nog {}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/briefing/ui/pages/programme.py" line="330"/>
        <source>⚠ %n warning(s) in the programme: see the Warnings column.</source>
        <translation>
            <numerusform>⚠ %n waarschuwing in het programma: zie de kolom Waarschuwingen.</numerusform>
            <numerusform>⚠ %n waarschuwingen in het programma: zie de kolom Waarschuwingen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="365"/>
        <source>Not scheduled</source>
        <translation>Niet gepland</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="368"/>
        <source>(outside the visit)</source>
        <translation>(buiten het bezoek)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="410"/>
        <source>Add item</source>
        <translation>Onderdeel toevoegen</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="429"/>
        <source>Edit item</source>
        <translation>Onderdeel bewerken</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="442"/>
        <location filename="../../src/briefing/ui/pages/programme.py" line="449"/>
        <source>Remove item</source>
        <translation>Onderdeel verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="443"/>
        <source>Remove “{}” from the programme? Edit ▸ Undo brings it back.</source>
        <translation>“{}” uit het programma verwijderen? Bewerken ▸ Ongedaan maken brengt het terug.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="452"/>
        <source>Move item</source>
        <translation>Onderdeel verplaatsen</translation>
    </message>
</context>
<context>
    <name>ProgressJob</name>
    <message>
        <location filename="../../src/briefing/ui/widgets/progress.py" line="28"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/progress.py" line="101"/>
        <source>The work stopped: {}</source>
        <translation>Het werk is gestopt: {}</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../src/briefing/ui/i18n.py" line="108"/>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/i18n.py" line="109"/>
        <source>Drive</source>
        <translation>Station</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../src/briefing/ui/i18n.py" line="106"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/i18n.py" line="107"/>
        <source>Files of &amp;type:</source>
        <translation>Bestanden van &amp;type:</translation>
    </message>
</context>
<context>
    <name>QIODevice</name>
    <message>
        <location filename="../../src/briefing/ui/i18n.py" line="110"/>
        <source>No such file or directory</source>
        <translation>Bestand of map bestaat niet</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location filename="../../src/briefing/ui/i18n.py" line="111"/>
        <source>Page &amp;Set:</source>
        <translation>&amp;Pagina&apos;s:</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/i18n.py" line="112"/>
        <source>Double Sided Printing</source>
        <translation>Dubbelzijdig afdrukken</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/i18n.py" line="113"/>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/i18n.py" line="114"/>
        <source>Long side binding</source>
        <translation>Binden langs de lange zijde</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/i18n.py" line="115"/>
        <source>Short side binding</source>
        <translation>Binden langs de korte zijde</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../src/briefing/ui/widgets/no_results.py" line="11"/>
        <source>No results for “{}”</source>
        <translation>Geen resultaten voor “{}”</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../src/briefing/ui/session.py" line="83"/>
        <source>Correct the value and try again.</source>
        <translation>Verbeter de waarde en probeer opnieuw.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/session.py" line="88"/>
        <source>The change could not be saved ({}).</source>
        <translation>De wijziging kon niet worden opgeslagen ({}).</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/session.py" line="89"/>
        <source>Nothing was changed. Details are in the log file.</source>
        <translation>Er is niets gewijzigd. De details staan in het logbestand.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/session.py" line="105"/>
        <source>Could not undo or redo this step ({}).</source>
        <translation>Deze stap kon niet ongedaan gemaakt of opnieuw uitgevoerd worden ({}).</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/session.py" line="106"/>
        <source>The store is unchanged. Details are in the log file.</source>
        <translation>Het gegevensbestand is ongewijzigd. De details staan in het logbestand.</translation>
    </message>
</context>
<context>
    <name>ThemeDialog</name>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="738"/>
        <source>Edit theme in the library</source>
        <translation>Thema in de bibliotheek bewerken</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="742"/>
        <source>Visits that have this theme keep their own texts; they are told the library&apos;s are newer.</source>
        <translation>Bezoeken met dit thema houden hun eigen teksten; zij krijgen te zien dat die van de bibliotheek nieuwer zijn.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="748"/>
        <source>Tit&amp;le</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="752"/>
        <source>Su&amp;mmary</source>
        <translation>&amp;Samenvatting</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="756"/>
        <source>One talking point a line</source>
        <translation>Eén gesprekspunt per regel</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="757"/>
        <source>&amp;Talking points</source>
        <translation>&amp;Gesprekspunten</translation>
    </message>
</context>
<context>
    <name>ThemesLibraryPage</name>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="596"/>
        <source>Theme library</source>
        <translation>Themabibliotheek</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="598"/>
        <source>Words from the title or summary</source>
        <translation>Woorden uit de titel of de samenvatting</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="598"/>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="602"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="619"/>
        <source>&amp;Copy its talking points into the library</source>
        <translation>Gespreks&amp;punten daarvan naar de bibliotheek kopiëren</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="622"/>
        <source>The library&apos;s theme takes the talking points the visit wrote; visits keep their own</source>
        <translation>Het thema in de bibliotheek neemt de gesprekspunten van dat bezoek over; bezoeken houden de hunne</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="625"/>
        <source>Edi&amp;t…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="627"/>
        <source>Edit the library&apos;s theme; visits keep their own texts</source>
        <translation>Het thema in de bibliotheek bewerken; bezoeken houden hun eigen teksten</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="675"/>
        <source>(no summary)</source>
        <translation>(geen samenvatting)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="677"/>
        <source>Talking points:</source>
        <translation>Gesprekspunten:</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="680"/>
        <source>Not used in a visit yet.</source>
        <translation>Nog in geen enkel bezoek gebruikt.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="682"/>
        <source>Last used in: {}, {}</source>
        <translation>Laatst gebruikt in: {}, {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="694"/>
        <source>Talking points from {}</source>
        <translation>Gesprekspunten uit {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="725"/>
        <source>Edit theme {}</source>
        <translation>Thema {} bewerken</translation>
    </message>
</context>
<context>
    <name>ThemesPage</name>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="91"/>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="97"/>
        <source>Choose a visit on the left to see and arrange its themes.</source>
        <translation>Kies links een bezoek om de thema&apos;s te zien en te ordenen.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="108"/>
        <source>Themes of this visit, in the order of the pack</source>
        <translation>Thema&apos;s van dit bezoek, in de volgorde van de briefingmap</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="132"/>
        <source>Drag (or Ctrl+Up, Ctrl+Down) to reorder. Delete removes the theme.</source>
        <translation>Sleep (of Ctrl+Up, Ctrl+Down) om te herschikken. Delete verwijdert het thema.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="115"/>
        <source>Move &amp;up</source>
        <translation>&amp;Omhoog</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="116"/>
        <source>Move do&amp;wn</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="117"/>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="143"/>
        <source>These texts are this visit&apos;s own: the theme in the library keeps its own.</source>
        <translation>Deze teksten zijn van dit bezoek: het thema in de bibliotheek houdt de zijne.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="155"/>
        <location filename="../../src/briefing/ui/pages/themes.py" line="191"/>
        <source>Tit&amp;le</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="156"/>
        <location filename="../../src/briefing/ui/pages/themes.py" line="196"/>
        <source>Su&amp;mmary</source>
        <translation>&amp;Samenvatting</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="153"/>
        <location filename="../../src/briefing/ui/pages/themes.py" line="200"/>
        <source>One talking point a line</source>
        <translation>Eén gesprekspunt per regel</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="157"/>
        <location filename="../../src/briefing/ui/pages/themes.py" line="202"/>
        <source>&amp;Talking points</source>
        <translation>&amp;Gesprekspunten</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="210"/>
        <source>Take the library&apos;s newer texts into this visit (undo takes them out)</source>
        <translation>Neem de nieuwere teksten uit de bibliotheek over in dit bezoek (ongedaan maken haalt ze weer weg)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="281"/>
        <source>Named by the programme or an article but not chosen for this visit, so not in the pack: {}</source>
        <translation>Genoemd in het programma of in een artikel, maar niet gekozen voor dit bezoek, dus niet in de map: {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="292"/>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="292"/>
        <source>summary</source>
        <translation>samenvatting</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="292"/>
        <source>talking points</source>
        <translation>gesprekspunten</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="293"/>
        <source>The library has newer texts: {}.</source>
        <translation>De bibliotheek heeft nieuwere teksten: {}.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="360"/>
        <source>Library: {}</source>
        <translation>Bibliotheek: {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="360"/>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="110"/>
        <source>Words of the title or summary</source>
        <translation>Woorden uit de titel of de samenvatting</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="208"/>
        <source>Apply &amp;library details</source>
        <translation>Gegevens uit de &amp;bibliotheek overnemen</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="109"/>
        <source>&amp;Search themes</source>
        <translation>Thema&apos;s &amp;zoeken</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="111"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="111"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="118"/>
        <source>A&amp;dd</source>
        <translation>To&amp;evoegen</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="119"/>
        <source>&amp;New theme…</source>
        <translation>&amp;Nieuw thema…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="387"/>
        <source>Add theme {}</source>
        <translation>Thema {} toevoegen</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="387"/>
        <source>Add theme</source>
        <translation>Thema toevoegen</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="408"/>
        <source>Library texts for {}</source>
        <translation>Teksten uit de bibliotheek voor {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="418"/>
        <source>Remove theme {}</source>
        <translation>Thema {} verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="428"/>
        <source>Reorder themes</source>
        <translation>Thema&apos;s herschikken</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="450"/>
        <source>New theme</source>
        <translation>Nieuw thema</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="450"/>
        <source>Title of the new theme:</source>
        <translation>Titel van het nieuwe thema:</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="459"/>
        <source>New theme {}</source>
        <translation>Nieuw thema {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="491"/>
        <source>Rename theme {}</source>
        <translation>Thema {} hernoemen</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="498"/>
        <source>Summary of {}</source>
        <translation>Samenvatting van {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="505"/>
        <source>Talking points of {}</source>
        <translation>Gesprekspunten van {}</translation>
    </message>
</context>
</TS>
