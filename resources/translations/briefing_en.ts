<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../src/briefing/ui/app.py" line="47"/>
        <source>Choose another store with --store PATH.</source>
        <translation>Choose another store with --store PATH.</translation>
    </message>
</context>
<context>
    <name>ArticleImport</name>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="131"/>
        <source>Import articles</source>
        <translation>Import articles</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/briefing/ui/pages/articles.py" line="135"/>
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importing %n file…</numerusform>
            <numerusform>Importing %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/briefing/ui/pages/articles.py" line="155"/>
        <source>%n file(s) could not be imported:</source>
        <translation>
            <numerusform>%n file could not be imported:</numerusform>
            <numerusform>%n files could not be imported:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="157"/>
        <source>The other files were imported.</source>
        <translation>The other files were imported.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/briefing/ui/pages/articles.py" line="174"/>
        <source>Add %n imported article(s)</source>
        <translation>
            <numerusform>Add %n imported article</numerusform>
            <numerusform>Add %n imported articles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="179"/>
        <source>Add article</source>
        <translation>Add article</translation>
    </message>
</context>
<context>
    <name>ArticlesLibraryPage</name>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="797"/>
        <source>Article library</source>
        <translation>Article library</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="801"/>
        <source>Words from the title or text</source>
        <translation>Words from the title or text</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="801"/>
        <source>&amp;Search articles:</source>
        <translation>&amp;Search articles:</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="806"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="807"/>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="808"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="820"/>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="822"/>
        <source>Import text, Markdown, web page, Word or PDF files (or drop them here)</source>
        <translation>Import text, Markdown, web page, Word or PDF files (or drop them here)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="863"/>
        <source>… (the preview stops here; {} characters in all)</source>
        <translation>… (the preview stops here; {} characters in all)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="873"/>
        <source>Import articles</source>
        <translation>Import articles</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="875"/>
        <source>Articles (*.txt *.md *.html *.htm *.docx *.pdf);;All files (*)</source>
        <translation>Articles (*.txt *.md *.html *.htm *.docx *.pdf);;All files (*)</translation>
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
        <translation>Choose a visit on the left to select its background articles.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="291"/>
        <location filename="../../src/briefing/ui/pages/articles.py" line="319"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="292"/>
        <location filename="../../src/briefing/ui/pages/articles.py" line="319"/>
        <source>Published</source>
        <translation>Published</translation>
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
        <translation>Full text</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="319"/>
        <source>Shareable</source>
        <translation>Shareable</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="327"/>
        <source>Print the article&apos;s full text; otherwise only its summary</source>
        <translation>Print the article&apos;s full text; otherwise only its summary</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="331"/>
        <source>Shareable with the delegation: the article also goes into the pack for the delegation</source>
        <translation>Shareable with the delegation: the article also goes into the pack for the delegation</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="287"/>
        <source>Articles in &amp;this visit (drag to reorder):</source>
        <translation>Articles in &amp;this visit (drag to reorder):</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="337"/>
        <source>No articles yet: search the library below, or drop files here.</source>
        <translation>No articles yet: search the library below, or drop files here.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="297"/>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="298"/>
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="299"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="339"/>
        <source>&amp;Import files…</source>
        <translation>&amp;Import files…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="340"/>
        <source>Import text, Markdown, web page, Word or PDF files and add them</source>
        <translation>Import text, Markdown, web page, Word or PDF files and add them</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="289"/>
        <source>Words from the title or text</source>
        <translation>Words from the title or text</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="288"/>
        <source>&amp;Search the library:</source>
        <translation>&amp;Search the library:</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="300"/>
        <source>&amp;Add to visit</source>
        <translation>&amp;Add to visit</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="407"/>
        <source>The full text is printed</source>
        <translation>The full text is printed</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="407"/>
        <source>Only the summary is printed</source>
        <translation>Only the summary is printed</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="413"/>
        <source>Shareable with the delegation: in the pack for the delegation too</source>
        <translation>Shareable with the delegation: in the pack for the delegation too</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="415"/>
        <source>Not shareable: only in our own pack</source>
        <translation>Not shareable: only in our own pack</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/briefing/ui/pages/articles.py" line="451"/>
        <source>Add %n article(s)</source>
        <translation>
            <numerusform>Add %n article</numerusform>
            <numerusform>Add %n articles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="456"/>
        <source>Add article</source>
        <translation>Add article</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/briefing/ui/pages/articles.py" line="467"/>
        <source>Remove %n article(s)</source>
        <translation>
            <numerusform>Remove %n article</numerusform>
            <numerusform>Remove %n articles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="472"/>
        <source>Remove article</source>
        <translation>Remove article</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="487"/>
        <source>Reorder articles</source>
        <translation>Reorder articles</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="506"/>
        <source>Summary only</source>
        <translation>Summary only</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="516"/>
        <source>Shareable with the delegation</source>
        <translation>Shareable with the delegation</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="516"/>
        <source>Not shareable with the delegation</source>
        <translation>Not shareable with the delegation</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="538"/>
        <source>Import articles</source>
        <translation>Import articles</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/articles.py" line="540"/>
        <source>Articles (*.txt *.md *.html *.htm *.docx *.pdf);;All files (*)</source>
        <translation>Articles (*.txt *.md *.html *.htm *.docx *.pdf);;All files (*)</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="49"/>
        <source>Edit contact</source>
        <translation>Edit contact</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="87"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="89"/>
        <source>&amp;Honorific</source>
        <translation>&amp;Honorific</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="90"/>
        <source>&amp;Function</source>
        <translation>&amp;Function</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="101"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="102"/>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="47"/>
        <source>Details for this visit</source>
        <translation>Details for this visit</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="49"/>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="61"/>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="62"/>
        <source>Library: {}</source>
        <translation>Library: {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="82"/>
        <source>These details are for this visit alone; the contact in the library keeps its own.</source>
        <translation>These details are for this visit alone; the contact in the library keeps its own.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="87"/>
        <source>As the person writes it</source>
        <translation>As the person writes it</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="88"/>
        <source>&amp;Latin script</source>
        <translation>&amp;Latin script</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="88"/>
        <source>Only if the name is in another script</source>
        <translation>Only if the name is in another script</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="89"/>
        <source>e.g. Mevrouw, Dr, Korpschef</source>
        <translation>e.g. Mevrouw, Dr, Korpschef</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="98"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="107"/>
        <source>What matters on this visit: diet, access needs, language…</source>
        <translation>What matters on this visit: diet, access needs, language…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="109"/>
        <source>Diet, access needs, language…</source>
        <translation>Diet, access needs, language…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="112"/>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="157"/>
        <source>A name cannot be a phone number: put the number in the Phone field.</source>
        <translation>A name cannot be a phone number: put the number in the Phone field.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="155"/>
        <source>A name cannot be an e-mail address: put the address in the E-mail field.</source>
        <translation>A name cannot be an e-mail address: put the address in the E-mail field.</translation>
    </message>
</context>
<context>
    <name>ContactsLibraryPage</name>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="362"/>
        <source>Contact library</source>
        <translation>Contact library</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="368"/>
        <source>Name, function, organisation or e-mail</source>
        <translation>Name, function, organisation or e-mail</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="368"/>
        <source>&amp;Search contacts:</source>
        <translation>&amp;Search contacts:</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="373"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="374"/>
        <source>Function</source>
        <translation>Function</translation>
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
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="388"/>
        <source>Edi&amp;t…</source>
        <translation>Edi&amp;t…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="395"/>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Import contacts…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="397"/>
        <source>Import a CSV file (Outlook, Excel) or vCards</source>
        <translation>Import a CSV file (Outlook, Excel) or vCards</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="451"/>
        <source>Edit contact {}</source>
        <translation>Edit contact {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="541"/>
        <location filename="../../src/briefing/ui/pages/library.py" line="555"/>
        <location filename="../../src/briefing/ui/pages/library.py" line="581"/>
        <source>Import contacts</source>
        <translation>Import contacts</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="543"/>
        <source>Contacts (*.csv *.vcf);;All files (*)</source>
        <translation>Contacts (*.csv *.vcf);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="556"/>
        <source>Importing contacts from {}…</source>
        <translation>Importing contacts from {}…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="573"/>
        <source>Added: {}</source>
        <translation>Added: {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="574"/>
        <source>Updated: {}</source>
        <translation>Updated: {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="575"/>
        <source>Unchanged: {}</source>
        <translation>Unchanged: {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="578"/>
        <source>Skipped (neither a name nor an e-mail address): {}</source>
        <translation>Skipped (neither a name nor an e-mail address): {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="580"/>
        <source>New organisations: {}</source>
        <translation>New organisations: {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="391"/>
        <source>E&amp;rase person…</source>
        <translation>E&amp;rase person…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="393"/>
        <source>Remove this person from the store everywhere (right to erasure)</source>
        <translation>Remove this person from the store everywhere (right to erasure)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="467"/>
        <source>this person</source>
        <translation>this person</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="470"/>
        <location filename="../../src/briefing/ui/pages/library.py" line="503"/>
        <source>Erase person</source>
        <translation>Erase person</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="471"/>
        <source>Erase {} from the store?</source>
        <translation>Erase {} from the store?</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="478"/>
        <source>The person is taken off every visit and programme item and out of the export history, and the store file is rewritten without them. This cannot be undone.

Text you typed that names them is listed afterwards, for you to edit.</source>
        <translation>The person is taken off every visit and programme item and out of the export history, and the store file is rewritten without them. This cannot be undone.

Text you typed that names them is listed afterwards, for you to edit.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="483"/>
        <source>E&amp;rase</source>
        <translation>E&amp;rase</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="504"/>
        <source>Erasing {}…</source>
        <translation>Erasing {}…</translation>
    </message>
</context>
<context>
    <name>CountryBox</name>
    <message>
        <location filename="../../src/briefing/ui/widgets/country.py" line="81"/>
        <source>Type a country&apos;s name</source>
        <translation>Type a country&apos;s name</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="30"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="58"/>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="58"/>
        <source>Study visit of …</source>
        <translation>Study visit of …</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="59"/>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="60"/>
        <source>&amp;End</source>
        <translation>&amp;End</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="61"/>
        <source>&amp;Delegation</source>
        <translation>&amp;Delegation</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="61"/>
        <source>Who is coming, how many</source>
        <translation>Who is coming, how many</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="64"/>
        <source>Edit country</source>
        <translation>Edit country</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="67"/>
        <source>&amp;Country</source>
        <translation>&amp;Country</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="76"/>
        <source>Inbound (we host)</source>
        <translation>Inbound (we host)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="77"/>
        <source>Outbound (we travel)</source>
        <translation>Outbound (we travel)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="79"/>
        <location filename="../../src/briefing/ui/pages/details.py" line="80"/>
        <source>Di&amp;rection</source>
        <translation>Di&amp;rection</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="82"/>
        <source>&amp;Host</source>
        <translation>&amp;Host</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="83"/>
        <source>&amp;Location</source>
        <translation>&amp;Location</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="87"/>
        <location filename="../../src/briefing/ui/pages/details.py" line="88"/>
        <source>&amp;Purpose</source>
        <translation>&amp;Purpose</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="90"/>
        <source>&amp;Marking</source>
        <translation>&amp;Marking</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="90"/>
        <source>e.g. BEPERKTE VERSPREIDING</source>
        <translation>e.g. BEPERKTE VERSPREIDING</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="101"/>
        <location filename="../../src/briefing/ui/pages/details.py" line="102"/>
        <source>St&amp;atus</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="105"/>
        <source>Choose a visit on the left, or make a new one (Ctrl+N).</source>
        <translation>Choose a visit on the left, or make a new one (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="153"/>
        <source>In the pack: {}</source>
        <translation>In the pack: {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="161"/>
        <source>“{}” is not a country: choose one from the list (the country is unchanged).</source>
        <translation>“{}” is not a country: choose one from the list (the country is unchanged).</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="191"/>
        <source>Edit {}</source>
        <translation>Edit {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/details.py" line="204"/>
        <source>Edit dates</source>
        <translation>Edit dates</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="188"/>
        <source>Person erased</source>
        <translation>Person erased</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/briefing/ui/pages/library.py" line="191"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/briefing/ui/pages/library.py" line="192"/>
        <source>%n programme item(s)</source>
        <translation>
            <numerusform>%n programme item</numerusform>
            <numerusform>%n programme items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/briefing/ui/pages/library.py" line="193"/>
        <source>%n record(s) of the export history</source>
        <translation>
            <numerusform>%n record of the export history</numerusform>
            <numerusform>%n records of the export history</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="195"/>
        <source>{} is erased: taken off {} and {}, and out of {}.</source>
        <translation>{} is erased: taken off {} and {}, and out of {}.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="196"/>
        <source>The person</source>
        <translation>The person</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="206"/>
        <source>Another program has the store open: the erased data leaves the store&apos;s write-ahead log when every program has closed it.</source>
        <translation>Another program has the store open: the erased data leaves the store&apos;s write-ahead log when every program has closed it.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="211"/>
        <source>The store file could not be rewritten (see the log file): the erased data may remain in its unused space.</source>
        <translation>The store file could not be rewritten (see the log file): the erased data may remain in its unused space.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="221"/>
        <source>These backups still hold the person; delete them, or let them roll off:</source>
        <translation>These backups still hold the person; delete them, or let them roll off:</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="233"/>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="233"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="233"/>
        <source>Holds</source>
        <translation>Holds</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="233"/>
        <source>How to edit it</source>
        <translation>How to edit it</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="242"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="244"/>
        <source>Show this place, to edit the text</source>
        <translation>Show this place, to edit the text</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="247"/>
        <source>Free text that still names the person. Open each place and edit the text:</source>
        <translation>Free text that still names the person. Open each place and edit the text:</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="254"/>
        <source>No free text in the store names the person any more.</source>
        <translation>No free text in the store names the person any more.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="285"/>
        <source>Visit “{}”</source>
        <translation>Visit “{}”</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="287"/>
        <source>Programme item “{}” of the visit “{}”</source>
        <translation>Programme item “{}” of the visit “{}”</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="289"/>
        <source>“{}” as a person of the visit “{}”</source>
        <translation>“{}” as a person of the visit “{}”</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="291"/>
        <source>Theme “{}” of the visit “{}”</source>
        <translation>Theme “{}” of the visit “{}”</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="293"/>
        <source>Theme “{}”</source>
        <translation>Theme “{}”</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="295"/>
        <source>Article “{}”</source>
        <translation>Article “{}”</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="297"/>
        <source>Contact “{}”</source>
        <translation>Contact “{}”</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="298"/>
        <source>Organisation “{}”</source>
        <translation>Organisation “{}”</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="302"/>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="303"/>
        <source>delegation</source>
        <translation>delegation</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="304"/>
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="305"/>
        <source>location</source>
        <translation>location</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="306"/>
        <source>purpose</source>
        <translation>purpose</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="307"/>
        <source>marking</source>
        <translation>marking</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="308"/>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="309"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="310"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="311"/>
        <source>name in Latin script</source>
        <translation>name in Latin script</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="312"/>
        <source>function</source>
        <translation>function</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="313"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="314"/>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="315"/>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="316"/>
        <source>summary</source>
        <translation>summary</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="317"/>
        <source>talking points</source>
        <translation>talking points</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="318"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="319"/>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="320"/>
        <source>web address</source>
        <translation>web address</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="321"/>
        <source>related articles</source>
        <translation>related articles</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="327"/>
        <source>the name</source>
        <translation>the name</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="328"/>
        <source>the e-mail address</source>
        <translation>the e-mail address</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="329"/>
        <source>the phone number</source>
        <translation>the phone number</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="330"/>
        <source>the surname (check it is the same person)</source>
        <translation>the surname (check it is the same person)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="336"/>
        <source>Open: the visit&apos;s Details page</source>
        <translation>Open: the visit&apos;s Details page</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="338"/>
        <source>Open: the visit&apos;s Programme page</source>
        <translation>Open: the visit&apos;s Programme page</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="340"/>
        <source>Open: the visit&apos;s People page, Edit for this visit…</source>
        <translation>Open: the visit&apos;s People page, Edit for this visit…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="342"/>
        <source>Open: the visit&apos;s Themes page</source>
        <translation>Open: the visit&apos;s Themes page</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="344"/>
        <source>Open: the Theme library, Edit…</source>
        <translation>Open: the Theme library, Edit…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="346"/>
        <source>Open: the contact&apos;s Edit dialog</source>
        <translation>Open: the contact&apos;s Edit dialog</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="348"/>
        <source>Briefing does not edit articles; Open shows it in the Article library</source>
        <translation>Briefing does not edit articles; Open shows it in the Article library</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="349"/>
        <source>Briefing has no page for organisations yet</source>
        <translation>Briefing has no page for organisations yet</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="131"/>
        <source>Programme item</source>
        <translation>Programme item</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="136"/>
        <source>&amp;Activity</source>
        <translation>&amp;Activity</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="139"/>
        <source>Not scheduled</source>
        <translation>Not scheduled</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="143"/>
        <source>&amp;Day</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="154"/>
        <source>&amp;Time</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="158"/>
        <source>&amp;Location</source>
        <translation>&amp;Location</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="161"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="169"/>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="173"/>
        <source>D&amp;escription</source>
        <translation>D&amp;escription</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="185"/>
        <source>&amp;People</source>
        <translation>&amp;People</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="193"/>
        <source>T&amp;hemes</source>
        <translation>T&amp;hemes</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="127"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="128"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="129"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="130"/>
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="131"/>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="132"/>
        <source>Pack</source>
        <translation>Pack</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="135"/>
        <source>Contact library</source>
        <translation>Contact library</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="136"/>
        <source>Theme library</source>
        <translation>Theme library</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="137"/>
        <source>Article library</source>
        <translation>Article library</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="252"/>
        <source>Search visits</source>
        <translation>Search visits</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="256"/>
        <source>Upcoming</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="257"/>
        <source>Past</source>
        <translation>Past</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="258"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="260"/>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="276"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="276"/>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="276"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="316"/>
        <source>Briefing — {}</source>
        <translation>Briefing — {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="330"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="331"/>
        <source>&amp;New store…</source>
        <translation>&amp;New store…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="332"/>
        <source>&amp;Open store…</source>
        <translation>&amp;Open store…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="333"/>
        <source>Recent stores</source>
        <translation>Recent stores</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="335"/>
        <source>New &amp;visit…</source>
        <translation>New &amp;visit…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="336"/>
        <source>&amp;Import articles…</source>
        <translation>&amp;Import articles…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="337"/>
        <source>Import &amp;contacts…</source>
        <translation>Import &amp;contacts…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="340"/>
        <source>&amp;Export pack as PDF…</source>
        <translation>&amp;Export pack as PDF…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="343"/>
        <source>&amp;Print pack…</source>
        <translation>&amp;Print pack…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="346"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="348"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="349"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="351"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="359"/>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="360"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="361"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="364"/>
        <source>D&amp;uplicate visit…</source>
        <translation>D&amp;uplicate visit…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="365"/>
        <source>&amp;Delete visit…</source>
        <translation>&amp;Delete visit…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="367"/>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="369"/>
        <source>Pr&amp;eferences…</source>
        <translation>Pr&amp;eferences…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="371"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="373"/>
        <source>The &amp;visit</source>
        <translation>The &amp;visit</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="374"/>
        <source>The &amp;library</source>
        <translation>The &amp;library</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="379"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="381"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="383"/>
        <source>&amp;About Briefing</source>
        <translation>&amp;About Briefing</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="392"/>
        <source>Frequent actions</source>
        <translation>Frequent actions</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="411"/>
        <location filename="../../src/briefing/ui/main_window.py" line="581"/>
        <location filename="../../src/briefing/ui/main_window.py" line="610"/>
        <source>Choose a visit first.</source>
        <translation>Choose a visit first.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="441"/>
        <source>Undone: {} — {}</source>
        <translation>Undone: {} — {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="443"/>
        <source>Redone: {} — {}</source>
        <translation>Redone: {} — {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="445"/>
        <source>Saved: {} — {}</source>
        <translation>Saved: {} — {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="479"/>
        <source>&amp;Undo {}</source>
        <translation>&amp;Undo {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="482"/>
        <source>&amp;Redo {}</source>
        <translation>&amp;Redo {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="551"/>
        <location filename="../../src/briefing/ui/main_window.py" line="564"/>
        <source>New visit</source>
        <translation>New visit</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="600"/>
        <source>Duplicate visit</source>
        <translation>Duplicate visit</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="615"/>
        <location filename="../../src/briefing/ui/main_window.py" line="627"/>
        <source>Delete visit</source>
        <translation>Delete visit</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="617"/>
        <source>Delete this visit with its programme, people, themes and articles?

Edit ▸ Undo brings it back.</source>
        <translation>Delete this visit with its programme, people, themes and articles?

Edit ▸ Undo brings it back.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="780"/>
        <location filename="../../src/briefing/ui/main_window.py" line="784"/>
        <source>New store</source>
        <translation>New store</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="780"/>
        <source>Stores (*.sqlite)</source>
        <translation>Stores (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="784"/>
        <source>That file exists already: choose Open store.</source>
        <translation>That file exists already: choose Open store.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="790"/>
        <source>Open store</source>
        <translation>Open store</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="790"/>
        <source>Stores (*.sqlite *.db);;All files (*)</source>
        <translation>Stores (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="802"/>
        <source>Choose another file, or restore the store from a backup.</source>
        <translation>Choose another file, or restore the store from a backup.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="837"/>
        <source>Stop editing it. Close Briefing and run: briefing restore &quot;{}&quot;</source>
        <translation>Stop editing it. Close Briefing and run: briefing restore &quot;{}&quot;</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="839"/>
        <source>Stop editing it, close Briefing, and restore a copy of the store.</source>
        <translation>Stop editing it, close Briefing, and restore a copy of the store.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="841"/>
        <source>The store {} is damaged ({}).</source>
        <translation>The store {} is damaged ({}).</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="851"/>
        <source>The store is {}: file locking is unreliable there and the store can be damaged.</source>
        <translation>The store is {}: file locking is unreliable there and the store can be damaged.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="853"/>
        <source>Keep the store on this computer&apos;s own disk (File ▸ New store…), and make copies with backups.</source>
        <translation>Keep the store on this computer&apos;s own disk (File ▸ New store…), and make copies with backups.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="859"/>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="869"/>
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="878"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="879"/>
        <source>Language of the interface:</source>
        <translation>Language of the interface:</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="925"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="925"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="936"/>
        <source>Remove the selected row</source>
        <translation>Remove the selected row</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="940"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="945"/>
        <source>About Briefing</source>
        <translation>About Briefing</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="947"/>
        <source>Briefing {}
Briefing packs for delegation visits.

Python {}, Qt {}, PySide6 {}, SQLite {}

Store: {}
Log file: {}</source>
        <translation>Briefing {}
Briefing packs for delegation visits.

Python {}, Qt {}, PySide6 {}, SQLite {}

Store: {}
Log file: {}</translation>
    </message>
</context>
<context>
    <name>NewVisitDialog</name>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="92"/>
        <source>Duplicate visit</source>
        <translation>Duplicate visit</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="92"/>
        <source>New visit</source>
        <translation>New visit</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="98"/>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="101"/>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="101"/>
        <source>&amp;New start</source>
        <translation>&amp;New start</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/main_window.py" line="105"/>
        <source>&amp;End</source>
        <translation>&amp;End</translation>
    </message>
</context>
<context>
    <name>PackPage</name>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="74"/>
        <source>Cover</source>
        <translation>Cover</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="75"/>
        <source>Table of contents</source>
        <translation>Table of contents</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="76"/>
        <source>Practical information</source>
        <translation>Practical information</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="77"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="78"/>
        <source>Who&apos;s who</source>
        <translation>Who&apos;s who</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="79"/>
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="80"/>
        <source>Background articles</source>
        <translation>Background articles</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="89"/>
        <source>&amp;The principal and our staff</source>
        <translation>&amp;The principal and our staff</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="90"/>
        <source>Everything: talking points, notes, e-mail addresses and phone numbers.</source>
        <translation>Everything: talking points, notes, e-mail addresses and phone numbers.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="93"/>
        <source>The dele&amp;gation</source>
        <translation>The dele&amp;gation</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="94"/>
        <source>Programme, people and practical information, marked &apos;For the delegation&apos;. No themes or talking points, notes, item descriptions, status, e-mail addresses or phone numbers; only the articles marked shareable.</source>
        <translation>Programme, people and practical information, marked &apos;For the delegation&apos;. No themes or talking points, notes, item descriptions, status, e-mail addresses or phone numbers; only the articles marked shareable.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="102"/>
        <source>&amp;Escorts and drivers</source>
        <translation>&amp;Escorts and drivers</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="103"/>
        <source>The run sheet, A5 landscape: each day as a table (time, what, where, who, whom to call), then a contact list with phone numbers. No themes, articles or biographies.</source>
        <translation>The run sheet, A5 landscape: each day as a table (time, what, where, who, whom to call), then a contact list with phone numbers. No themes, articles or biographies.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="130"/>
        <source>Pack</source>
        <translation>Pack</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="143"/>
        <source>What goes into the pack</source>
        <translation>What goes into the pack</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="154"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="160"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="180"/>
        <source>For whom</source>
        <translation>For whom</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="181"/>
        <source>Articles: summaries only</source>
        <translation>Articles: summaries only</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="186"/>
        <source>Use the store&apos;s house style (template, logo)</source>
        <translation>Use the store&apos;s house style (template, logo)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="192"/>
        <source>Start sections on odd pages (double-sided printing)</source>
        <translation>Start sections on odd pages (double-sided printing)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="201"/>
        <source>Export and print</source>
        <translation>Export and print</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="206"/>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="207"/>
        <source>Export &amp;DOCX…</source>
        <translation>Export &amp;DOCX…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="208"/>
        <source>Export &amp;calendar (ICS)…</source>
        <translation>Export &amp;calendar (ICS)…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="209"/>
        <source>Export contacts (&amp;vCard)…</source>
        <translation>Export contacts (&amp;vCard)…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="210"/>
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="220"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="226"/>
        <source>Changes since the last export:</source>
        <translation>Changes since the last export:</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="232"/>
        <source>Exports:</source>
        <translation>Exports:</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="258"/>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="261"/>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="262"/>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="267"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="301"/>
        <source>Choose a visit to see its pack.</source>
        <translation>Choose a visit to see its pack.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="317"/>
        <source>Protect the exported PDF with a password</source>
        <translation>Protect the exported PDF with a password</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="330"/>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="331"/>
        <source>Password &amp;again</source>
        <translation>Password &amp;again</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="347"/>
        <source>Type the password twice: the PDF opens only with it.</source>
        <translation>Type the password twice: the PDF opens only with it.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="349"/>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="375"/>
        <source>Not in this reader&apos;s pack</source>
        <translation>Not in this reader&apos;s pack</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="453"/>
        <source>Nothing changed in the programme or the people.</source>
        <translation>Nothing changed in the programme or the people.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="455"/>
        <source>The pack has not been exported yet.</source>
        <translation>The pack has not been exported yet.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="466"/>
        <source>Content fingerprint: {}</source>
        <translation>Content fingerprint: {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="482"/>
        <source>Updating…</source>
        <translation>Updating…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="518"/>
        <source>of {}</source>
        <translation>of {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="526"/>
        <source>The preview could not be made: {}</source>
        <translation>The preview could not be made: {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="565"/>
        <source>Since the last export:</source>
        <translation>Since the last export:</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="567"/>
        <location filename="../../src/briefing/ui/pages/pack.py" line="578"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="567"/>
        <source>Export the pack with these changes?</source>
        <translation>Export the pack with these changes?</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="573"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="574"/>
        <source>Word document (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="575"/>
        <source>Calendar (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="576"/>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="603"/>
        <source>Exporting {}…</source>
        <translation>Exporting {}…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="642"/>
        <source>The disk is full: free some space or choose another disk. Nothing was written.</source>
        <translation>The disk is full: free some space or choose another disk. Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="645"/>
        <source>Briefing may not write in {}, or the file is open in another program (Word, a PDF reader): close it, or choose another folder. Nothing was written.</source>
        <translation>Briefing may not write in {}, or the file is open in another program (Word, a PDF reader): close it, or choose another folder. Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="648"/>
        <source>Choose another folder or file name and try again. Nothing was written.</source>
        <translation>Choose another folder or file name and try again. Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="652"/>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="653"/>
        <source>Written: {}</source>
        <translation>Written: {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="654"/>
        <source>Open file</source>
        <translation>Open file</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="655"/>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="709"/>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="709"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="790"/>
        <source>The printer could not be started.</source>
        <translation>The printer could not be started.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="851"/>
        <source>The pack could not be printed: {}</source>
        <translation>The pack could not be printed: {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/pack.py" line="852"/>
        <source>Check the printer and try again.</source>
        <translation>Check the printer and try again.</translation>
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
        <translation>There is no organisation “{}” in the library; {} keeps “{}”.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="200"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/contact_dialog.py" line="201"/>
        <source>Choose one of the organisations the field suggests.</source>
        <translation>Choose one of the organisations the field suggests.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="55"/>
        <source>Edit {} for this visit</source>
        <translation>Edit {} for this visit</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="73"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="78"/>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="79"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="80"/>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="81"/>
        <source>Escort</source>
        <translation>Escort</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="82"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="85"/>
        <source>Choose a visit on the left to see and arrange its people.</source>
        <translation>Choose a visit on the left to see and arrange its people.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="96"/>
        <source>People of this visit, in order of precedence</source>
        <translation>People of this visit, in order of precedence</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="100"/>
        <location filename="../../src/briefing/ui/pages/people.py" line="124"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="124"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="124"/>
        <source>Function, organisation</source>
        <translation>Function, organisation</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="126"/>
        <source>Drag (or Ctrl+Up, Ctrl+Down) to change the order within a role. Delete removes the person.</source>
        <translation>Drag (or Ctrl+Up, Ctrl+Down) to change the order within a role. Delete removes the person.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="134"/>
        <source>Ro&amp;le</source>
        <translation>Ro&amp;le</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="138"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="139"/>
        <source>Head</source>
        <translation>Head</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="140"/>
        <source>Deputy head</source>
        <translation>Deputy head</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="142"/>
        <source>The head of the delegation (or of the hosts) comes first, the deputy second</source>
        <translation>The head of the delegation (or of the hosts) comes first, the deputy second</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="107"/>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="108"/>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="144"/>
        <source>&amp;Edit for this visit…</source>
        <translation>&amp;Edit for this visit…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="109"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="148"/>
        <source>Apply &amp;library details</source>
        <translation>Apply &amp;library details</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="150"/>
        <source>Take the library&apos;s newer details into this visit (undo takes them out)</source>
        <translation>Take the library&apos;s newer details into this visit (undo takes them out)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="98"/>
        <source>Name, function, organisation or e-mail</source>
        <translation>Name, function, organisation or e-mail</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="97"/>
        <source>&amp;Search contacts</source>
        <translation>&amp;Search contacts</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="101"/>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="102"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="173"/>
        <source>Add &amp;as</source>
        <translation>Add &amp;as</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="110"/>
        <source>A&amp;dd</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="111"/>
        <source>&amp;New contact…</source>
        <translation>&amp;New contact…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="223"/>
        <source>head</source>
        <translation>head</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="223"/>
        <source>deputy head</source>
        <translation>deputy head</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="256"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="257"/>
        <source>name in Latin script</source>
        <translation>name in Latin script</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="258"/>
        <source>honorific</source>
        <translation>honorific</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="259"/>
        <source>function</source>
        <translation>function</translation>
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
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="263"/>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="265"/>
        <source>The library has newer details: {}.</source>
        <translation>The library has newer details: {}.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="352"/>
        <source>Add {}</source>
        <translation>Add {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="352"/>
        <source>Add person</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="382"/>
        <source>Role of {}</source>
        <translation>Role of {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="390"/>
        <source>Precedence of {}</source>
        <translation>Precedence of {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="398"/>
        <source>Library details for {}</source>
        <translation>Library details for {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="411"/>
        <source>Remove {}</source>
        <translation>Remove {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="422"/>
        <source>Reorder people</source>
        <translation>Reorder people</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/people.py" line="460"/>
        <source>New contact {}</source>
        <translation>New contact {}</translation>
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
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="236"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="236"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="236"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="236"/>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="246"/>
        <source>&amp;Add item…</source>
        <translation>&amp;Add item…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="249"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="251"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="258"/>
        <source>Choose a visit to see its programme.</source>
        <translation>Choose a visit to see its programme.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="302"/>
        <source> and {} more</source>
        <translation> and {} more</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/briefing/ui/pages/programme.py" line="330"/>
        <source>⚠ %n warning(s) in the programme: see the Warnings column.</source>
        <translation>
            <numerusform>⚠ %n warning in the programme: see the Warnings column.</numerusform>
            <numerusform>⚠ %n warnings in the programme: see the Warnings column.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="365"/>
        <source>Not scheduled</source>
        <translation>Not scheduled</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="368"/>
        <source>(outside the visit)</source>
        <translation>(outside the visit)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="410"/>
        <source>Add item</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="429"/>
        <source>Edit item</source>
        <translation>Edit item</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="442"/>
        <location filename="../../src/briefing/ui/pages/programme.py" line="449"/>
        <source>Remove item</source>
        <translation>Remove item</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="443"/>
        <source>Remove “{}” from the programme? Edit ▸ Undo brings it back.</source>
        <translation>Remove “{}” from the programme? Edit ▸ Undo brings it back.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/programme.py" line="452"/>
        <source>Move item</source>
        <translation>Move item</translation>
    </message>
</context>
<context>
    <name>ProgressJob</name>
    <message>
        <location filename="../../src/briefing/ui/widgets/progress.py" line="28"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/widgets/progress.py" line="101"/>
        <source>The work stopped: {}</source>
        <translation>The work stopped: {}</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../src/briefing/ui/i18n.py" line="108"/>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/i18n.py" line="109"/>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../src/briefing/ui/i18n.py" line="106"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/i18n.py" line="107"/>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>QIODevice</name>
    <message>
        <location filename="../../src/briefing/ui/i18n.py" line="110"/>
        <source>No such file or directory</source>
        <translation>No such file or directory</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location filename="../../src/briefing/ui/i18n.py" line="111"/>
        <source>Page &amp;Set:</source>
        <translation>Page &amp;Set:</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/i18n.py" line="112"/>
        <source>Double Sided Printing</source>
        <translation>Double Sided Printing</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/i18n.py" line="113"/>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/i18n.py" line="114"/>
        <source>Long side binding</source>
        <translation>Long side binding</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/i18n.py" line="115"/>
        <source>Short side binding</source>
        <translation>Short side binding</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../src/briefing/ui/widgets/no_results.py" line="11"/>
        <source>No results for “{}”</source>
        <translation>No results for “{}”</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../src/briefing/ui/session.py" line="83"/>
        <source>Correct the value and try again.</source>
        <translation>Correct the value and try again.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/session.py" line="88"/>
        <source>The change could not be saved ({}).</source>
        <translation>The change could not be saved ({}).</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/session.py" line="89"/>
        <source>Nothing was changed. Details are in the log file.</source>
        <translation>Nothing was changed. Details are in the log file.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/session.py" line="105"/>
        <source>Could not undo or redo this step ({}).</source>
        <translation>Could not undo or redo this step ({}).</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/session.py" line="106"/>
        <source>The store is unchanged. Details are in the log file.</source>
        <translation>The store is unchanged. Details are in the log file.</translation>
    </message>
</context>
<context>
    <name>ThemeDialog</name>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="738"/>
        <source>Edit theme in the library</source>
        <translation>Edit theme in the library</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="742"/>
        <source>Visits that have this theme keep their own texts; they are told the library&apos;s are newer.</source>
        <translation>Visits that have this theme keep their own texts; they are told the library&apos;s are newer.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="748"/>
        <source>Tit&amp;le</source>
        <translation>Tit&amp;le</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="752"/>
        <source>Su&amp;mmary</source>
        <translation>Su&amp;mmary</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="756"/>
        <source>One talking point a line</source>
        <translation>One talking point a line</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="757"/>
        <source>&amp;Talking points</source>
        <translation>&amp;Talking points</translation>
    </message>
</context>
<context>
    <name>ThemesLibraryPage</name>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="596"/>
        <source>Theme library</source>
        <translation>Theme library</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="598"/>
        <source>Words from the title or summary</source>
        <translation>Words from the title or summary</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="598"/>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="602"/>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="619"/>
        <source>&amp;Copy its talking points into the library</source>
        <translation>&amp;Copy its talking points into the library</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="622"/>
        <source>The library&apos;s theme takes the talking points the visit wrote; visits keep their own</source>
        <translation>The library&apos;s theme takes the talking points the visit wrote; visits keep their own</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="625"/>
        <source>Edi&amp;t…</source>
        <translation>Edi&amp;t…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="627"/>
        <source>Edit the library&apos;s theme; visits keep their own texts</source>
        <translation>Edit the library&apos;s theme; visits keep their own texts</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="675"/>
        <source>(no summary)</source>
        <translation>(no summary)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="677"/>
        <source>Talking points:</source>
        <translation>Talking points:</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="680"/>
        <source>Not used in a visit yet.</source>
        <translation>Not used in a visit yet.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="682"/>
        <source>Last used in: {}, {}</source>
        <translation>Last used in: {}, {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="694"/>
        <source>Talking points from {}</source>
        <translation>Talking points from {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/library.py" line="725"/>
        <source>Edit theme {}</source>
        <translation>Edit theme {}</translation>
    </message>
</context>
<context>
    <name>ThemesPage</name>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="91"/>
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="97"/>
        <source>Choose a visit on the left to see and arrange its themes.</source>
        <translation>Choose a visit on the left to see and arrange its themes.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="108"/>
        <source>Themes of this visit, in the order of the pack</source>
        <translation>Themes of this visit, in the order of the pack</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="132"/>
        <source>Drag (or Ctrl+Up, Ctrl+Down) to reorder. Delete removes the theme.</source>
        <translation>Drag (or Ctrl+Up, Ctrl+Down) to reorder. Delete removes the theme.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="115"/>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="116"/>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="117"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="143"/>
        <source>These texts are this visit&apos;s own: the theme in the library keeps its own.</source>
        <translation>These texts are this visit&apos;s own: the theme in the library keeps its own.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="155"/>
        <location filename="../../src/briefing/ui/pages/themes.py" line="191"/>
        <source>Tit&amp;le</source>
        <translation>Tit&amp;le</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="156"/>
        <location filename="../../src/briefing/ui/pages/themes.py" line="196"/>
        <source>Su&amp;mmary</source>
        <translation>Su&amp;mmary</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="153"/>
        <location filename="../../src/briefing/ui/pages/themes.py" line="200"/>
        <source>One talking point a line</source>
        <translation>One talking point a line</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="157"/>
        <location filename="../../src/briefing/ui/pages/themes.py" line="202"/>
        <source>&amp;Talking points</source>
        <translation>&amp;Talking points</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="210"/>
        <source>Take the library&apos;s newer texts into this visit (undo takes them out)</source>
        <translation>Take the library&apos;s newer texts into this visit (undo takes them out)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="281"/>
        <source>Named by the programme or an article but not chosen for this visit, so not in the pack: {}</source>
        <translation>Named by the programme or an article but not chosen for this visit, so not in the pack: {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="292"/>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="292"/>
        <source>summary</source>
        <translation>summary</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="292"/>
        <source>talking points</source>
        <translation>talking points</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="293"/>
        <source>The library has newer texts: {}.</source>
        <translation>The library has newer texts: {}.</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="360"/>
        <source>Library: {}</source>
        <translation>Library: {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="360"/>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="110"/>
        <source>Words of the title or summary</source>
        <translation>Words of the title or summary</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="208"/>
        <source>Apply &amp;library details</source>
        <translation>Apply &amp;library details</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="109"/>
        <source>&amp;Search themes</source>
        <translation>&amp;Search themes</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="111"/>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="111"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="118"/>
        <source>A&amp;dd</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="119"/>
        <source>&amp;New theme…</source>
        <translation>&amp;New theme…</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="387"/>
        <source>Add theme {}</source>
        <translation>Add theme {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="387"/>
        <source>Add theme</source>
        <translation>Add theme</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="408"/>
        <source>Library texts for {}</source>
        <translation>Library texts for {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="418"/>
        <source>Remove theme {}</source>
        <translation>Remove theme {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="428"/>
        <source>Reorder themes</source>
        <translation>Reorder themes</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="450"/>
        <source>New theme</source>
        <translation>New theme</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="450"/>
        <source>Title of the new theme:</source>
        <translation>Title of the new theme:</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="459"/>
        <source>New theme {}</source>
        <translation>New theme {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="491"/>
        <source>Rename theme {}</source>
        <translation>Rename theme {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="498"/>
        <source>Summary of {}</source>
        <translation>Summary of {}</translation>
    </message>
    <message>
        <location filename="../../src/briefing/ui/pages/themes.py" line="505"/>
        <source>Talking points of {}</source>
        <translation>Talking points of {}</translation>
    </message>
</context>
</TS>
