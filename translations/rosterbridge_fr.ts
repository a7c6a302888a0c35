<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AsmCsvParser</name>
    <message>
        <source>The file is not open for reading.</source>
        <translation>Le fichier n&apos;est pas ouvert en lecture.</translation>
    </message>
    <message>
        <source>A line is longer than %1 MiB; the file cannot be read as CSV.</source>
        <translation>Une ligne dépasse %1 Mio&#xa0;; le fichier ne peut pas être lu comme CSV.</translation>
    </message>
    <message>
        <source>Reading the file failed.</source>
        <translation>La lecture du fichier a échoué.</translation>
    </message>
    <message>
        <source>Reading the file failed: %1</source>
        <translation>La lecture du fichier a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file starts with a UTF-8 byte order mark; Apple requires UTF-8 without one.</source>
        <translation>Le fichier commence par une marque d&apos;ordre des octets (BOM) UTF-8&#xa0;; Apple exige de l&apos;UTF-8 sans BOM.</translation>
    </message>
    <message>
        <source>The file is encoded as UTF-16; Apple requires UTF-8.</source>
        <translation>Le fichier est encodé en UTF-16&#xa0;; Apple exige de l&apos;UTF-8.</translation>
    </message>
    <message>
        <source>The file uses Windows line ends (CR LF); Apple requires \n line ends.</source>
        <translation>Le fichier utilise des fins de ligne Windows (CR LF)&#xa0;; Apple exige des fins de ligne \n.</translation>
    </message>
    <message>
        <source>A value contains a raw carriage return; Apple requires it escaped as \r.</source>
        <translation>Une valeur contient un retour chariot brut&#xa0;; Apple exige qu&apos;il soit échappé sous la forme \r.</translation>
    </message>
    <message>
        <source>A quoted value starting at column %1 has no closing quote.</source>
        <translation>Une valeur entre guillemets commençant à la colonne %1 n&apos;a pas de guillemet fermant.</translation>
    </message>
    <message>
        <source>Text follows the closing quote at column %1; a double quote inside a value must be written as \&quot;.</source>
        <translation>Du texte suit le guillemet fermant à la colonne %1&#xa0;; un guillemet double à l&apos;intérieur d&apos;une valeur doit s&apos;écrire \&quot;.</translation>
    </message>
    <message>
        <source>A double quote at column %1 is not escaped; write it as \&quot;.</source>
        <translation>Un guillemet double à la colonne %1 n&apos;est pas échappé&#xa0;; écrivez-le sous la forme \&quot;.</translation>
    </message>
    <message>
        <source>A value that contains a space is not in double quotes; Apple asks for quotes around such values.</source>
        <translation>Une valeur contenant une espace n&apos;est pas entre guillemets doubles&#xa0;; Apple demande des guillemets autour de ces valeurs.</translation>
    </message>
</context>
<context>
    <name>AsmCsvWriter</name>
    <message>
        <source>The output is not open for writing.</source>
        <translation>La sortie n&apos;est pas ouverte en écriture.</translation>
    </message>
    <message>
        <source>Could not write the CSV data.</source>
        <translation>Impossible d&apos;écrire les données CSV.</translation>
    </message>
    <message>
        <source>Could not write the CSV data: %1</source>
        <translation>Impossible d&apos;écrire les données CSV&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AsmDiff</name>
    <message>
        <source>Cannot compare with the previous delivery: %1</source>
        <translation>Impossible de comparer avec la livraison précédente&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AsmPackage</name>
    <message>
        <source>The file or folder &quot;%1&quot; does not exist.</source>
        <translation>Le fichier ou dossier &quot;%1&quot; n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The file is missing from %1; Apple needs all six files in every upload.</source>
        <translation>Le fichier est absent de %1&#xa0;; Apple a besoin des six fichiers dans chaque téléversement.</translation>
    </message>
    <message>
        <source>The zip cannot be opened (zip error %1): it is damaged, truncated or not a zip archive.</source>
        <translation>Impossible d&apos;ouvrir le zip (erreur zip %1)&#xa0;: il est endommagé, tronqué ou n&apos;est pas une archive zip.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is encrypted; Apple cannot read encrypted files.</source>
        <translation>&quot;%1&quot; est chiffré&#xa0;; Apple ne peut pas lire les fichiers chiffrés.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses compression method %2; only stored or deflated entries can be read.</source>
        <translation>&quot;%1&quot; utilise la méthode de compression %2&#xa0;; seules les entrées stockées sans compression ou compressées avec Deflate peuvent être lues.</translation>
    </message>
    <message>
        <source>The zip&apos;s list of files is damaged (zip error %1).</source>
        <translation>La liste des fichiers du zip est endommagée (erreur zip %1).</translation>
    </message>
    <message>
        <source>Apple rejects it.</source>
        <translation>Apple le refuse.</translation>
    </message>
    <message>
        <source>It is not part of the upload and will not be delivered.</source>
        <translation>Il ne fait pas partie du téléversement et ne sera pas livré.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder; the six files must be at the top level. %2</source>
        <translation>&quot;%1&quot; est un dossier&#xa0;; les six fichiers doivent se trouver à la racine. %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is inside a folder; the six files must be at the top level. %2</source>
        <translation>&quot;%1&quot; se trouve dans un dossier&#xa0;; les six fichiers doivent se trouver à la racine. %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears more than once in the zip.</source>
        <translation>&quot;%1&quot; apparaît plusieurs fois dans le zip.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be named exactly &quot;%2&quot;; Apple&apos;s file names are case-sensitive.</source>
        <translation>&quot;%1&quot; doit s&apos;appeler exactement &quot;%2&quot;&#xa0;; les noms de fichiers d&apos;Apple sont sensibles à la casse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of Apple&apos;s six template files. %2</source>
        <translation>&quot;%1&quot; ne fait pas partie des six fichiers modèles d&apos;Apple. %2</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 est absent.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>AsmPackager</name>
    <message>
        <source>%1 is missing from %2.</source>
        <translation>%1 est absent de %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot create the zip %1 (zip error %2).</source>
        <translation>Impossible de créer le zip %1 (erreur zip %2).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot add %1 to the zip (zip error %2).</source>
        <translation>Impossible d&apos;ajouter %1 au zip (erreur zip %2).</translation>
    </message>
    <message>
        <source>Cannot write %1 into the zip (zip error %2).</source>
        <translation>Impossible d&apos;écrire %1 dans le zip (erreur zip %2).</translation>
    </message>
    <message>
        <source>Cannot finish %1 in the zip (zip error %2).</source>
        <translation>Impossible de finaliser %1 dans le zip (erreur zip %2).</translation>
    </message>
    <message>
        <source>Cannot finish the zip %1 (zip error %2).</source>
        <translation>Impossible de finaliser le zip %1 (erreur zip %2).</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 changed while it was being zipped.</source>
        <translation>%1 a changé pendant sa compression.</translation>
    </message>
</context>
<context>
    <name>AsmTableLayout</name>
    <message>
        <source>The column appears more than once (columns %1 and %2).</source>
        <translation>La colonne apparaît plusieurs fois (colonnes %1 et %2).</translation>
    </message>
    <message>
        <source>A column has no name; is there a separator at the end of the header?</source>
        <translation>Une colonne n&apos;a pas de nom&#xa0;; y a-t-il un séparateur à la fin de l&apos;en-tête&#xa0;?</translation>
    </message>
    <message>
        <source>Remove the spaces around the column name.</source>
        <translation>Supprimez les espaces autour du nom de la colonne.</translation>
    </message>
    <message>
        <source>Column names are case-sensitive: write %1.</source>
        <translation>Les noms de colonnes sont sensibles à la casse&#xa0;: écrivez %1.</translation>
    </message>
    <message>
        <source>Apple allows at most %1 instructors per class.</source>
        <translation>Apple autorise au maximum %1 enseignants par classe.</translation>
    </message>
    <message>
        <source>Apple allows location_id_2 to location_id_%1, in students.csv and staff.csv only.</source>
        <translation>Apple autorise location_id_2 à location_id_%1, uniquement dans students.csv et staff.csv.</translation>
    </message>
    <message>
        <source>Apple&apos;s template for %1 has no such column.</source>
        <translation>Le modèle d&apos;Apple pour %1 ne comporte pas cette colonne.</translation>
    </message>
    <message>
        <source>Unknown column. %1</source>
        <translation>Colonne inconnue. %1</translation>
    </message>
    <message>
        <source>The column from Apple&apos;s template is missing.</source>
        <translation>La colonne du modèle d&apos;Apple est absente.</translation>
    </message>
    <message>
        <source>The column must come after %1, as in Apple&apos;s template.</source>
        <translation>La colonne doit venir après %1, comme dans le modèle d&apos;Apple.</translation>
    </message>
    <message>
        <source>The column is missing although %1%2 is present; extra columns must be numbered without gaps.</source>
        <translation>La colonne est absente alors que %1%2 est présente&#xa0;; les colonnes supplémentaires doivent être numérotées sans interruption.</translation>
    </message>
</context>
<context>
    <name>AsmValidator</name>
    <message>
        <source>The file has no students; Apple needs at least one.</source>
        <translation>Le fichier ne contient aucun élève&#xa0;; Apple en exige au moins un.</translation>
    </message>
    <message>
        <source>The file has no locations; Apple needs at least one.</source>
        <translation>Le fichier ne contient aucun établissement&#xa0;; Apple en exige au moins un.</translation>
    </message>
    <message>
        <source>The file is empty; it must start with Apple&apos;s header line.</source>
        <translation>Le fichier est vide&#xa0;; il doit commencer par la ligne d&apos;en-tête d&apos;Apple.</translation>
    </message>
    <message>
        <source>The line is empty.</source>
        <translation>La ligne est vide.</translation>
    </message>
    <message>
        <source>The row has %1 values but the header has %2 columns.</source>
        <translation>La ligne contient %1 valeurs, mais l&apos;en-tête comporte %2 colonnes.</translation>
    </message>
    <message>
        <source>A value is required.</source>
        <translation>Une valeur est obligatoire.</translation>
    </message>
    <message>
        <source>The value is not valid UTF-8 (at byte %1).</source>
        <translation>La valeur n&apos;est pas de l&apos;UTF-8 valide (à l&apos;octet %1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains %2; Apple allows only letters A-Z, digits and hyphens in identifiers.</source>
        <translation>&quot;%1&quot; contient %2&#xa0;; Apple n&apos;autorise que les lettres A-Z, les chiffres et les traits d&apos;union dans les identifiants.</translation>
    </message>
    <message>
        <source>The identifier is %1 characters long; Apple&apos;s limit is %2.</source>
        <translation>L&apos;identifiant compte %1 caractères&#xa0;; la limite d&apos;Apple est de %2.</translation>
    </message>
    <message>
        <source>The name is %1 characters long; Apple&apos;s limit is %2.</source>
        <translation>Le nom compte %1 caractères&#xa0;; la limite d&apos;Apple est de %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a password policy; use 4, 6, 8 or leave it blank.</source>
        <translation>&quot;%1&quot; n&apos;est pas une politique de mot de passe&#xa0;; utilisez 4, 6 ou 8, ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match any location_id in locations.csv.</source>
        <translation>&quot;%1&quot; ne correspond à aucun location_id de locations.csv.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match any course_id in courses.csv.</source>
        <translation>&quot;%1&quot; ne correspond à aucun course_id de courses.csv.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match any person_id in staff.csv.</source>
        <translation>&quot;%1&quot; ne correspond à aucun person_id de staff.csv.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match any person_id in students.csv.</source>
        <translation>&quot;%1&quot; ne correspond à aucun person_id de students.csv.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match any class_id in classes.csv.</source>
        <translation>&quot;%1&quot; ne correspond à aucun class_id de classes.csv.</translation>
    </message>
    <message>
        <source>Instructor &quot;%1&quot; is already listed in %2 of this class.</source>
        <translation>L&apos;enseignant &quot;%1&quot; figure déjà dans %2 de cette classe.</translation>
    </message>
    <message>
        <source>Student &quot;%1&quot; is listed in class &quot;%2&quot; more than once; first at %3.</source>
        <translation>L&apos;élève &quot;%1&quot; figure plusieurs fois dans la classe &quot;%2&quot;&#xa0;; première occurrence à %3.</translation>
    </message>
    <message>
        <source>Duplicate %1 &quot;%2&quot;; first used at %3.</source>
        <translation>Valeur de %1 en double&#xa0;: &quot;%2&quot;&#xa0;; première utilisation à %3.</translation>
    </message>
</context>
<context>
    <name>GenDistrict</name>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>L’écriture de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Cannot create folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot remove stale %1</source>
        <translation>Impossible de supprimer l’ancien %1</translation>
    </message>
    <message>
        <source>Cannot create %1 (zip error %2)</source>
        <translation>Impossible de créer %1 (erreur zip %2)</translation>
    </message>
    <message>
        <source>Cannot add %1 to the zip (error %2)</source>
        <translation>Impossible d’ajouter %1 au zip (erreur %2)</translation>
    </message>
    <message>
        <source>Writing the zip failed (error %1)</source>
        <translation>L’écriture du zip a échoué (erreur %1)</translation>
    </message>
    <message>
        <source>Closing the zip failed (error %1)</source>
        <translation>La fermeture du zip a échoué (erreur %1)</translation>
    </message>
    <message>
        <source>Cannot replace %1</source>
        <translation>Impossible de remplacer %1</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2</source>
        <translation>Impossible de renommer %1 en %2</translation>
    </message>
</context>
<context>
    <name>OneRosterCsvWriter</name>
    <message>
        <source>No output device</source>
        <translation>Aucun périphérique de sortie</translation>
    </message>
    <message>
        <source>Write failed: %1</source>
        <translation>Échec de l&apos;écriture&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SafetyCheck</name>
    <message numerus="yes">
        <source>%n validation error(s): Apple would reject this upload.</source>
        <translation>
            <numerusform>%n erreur de validation&#xa0;: Apple refuserait ce téléversement.</numerusform>
            <numerusform>%n erreurs de validation&#xa0;: Apple refuserait ce téléversement.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be compared with the last delivery: %2</source>
        <translation>%1 n&apos;a pas pu être comparé à la dernière livraison&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is empty, but the last delivery had %2 rows in it; delivering it would remove all of them from Apple School Manager.</source>
        <translation>%1 est vide, mais la dernière livraison en contenait %2 lignes&#xa0;; le livrer les supprimerait toutes d&apos;Apple School Manager.</translation>
    </message>
    <message>
        <source>The upload has no students.</source>
        <translation>Le téléversement ne contient aucun élève.</translation>
    </message>
    <message>
        <source>This is the first delivery; it waits for review before anything is sent to Apple School Manager.</source>
        <translation>Il s&apos;agit de la première livraison&#xa0;; elle est retenue pour vérification avant tout envoi à Apple School Manager.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows removed (%4 %), over the limit of %5 rows or %6 %.</source>
        <translation>%1&#xa0;: %2 lignes sur %3 supprimées (%4 %), au-delà de la limite de %5 lignes ou %6 %.</translation>
    </message>
    <message>
        <source>%1 is empty, but the export holds %2 active records for it; the filters or the school calendar left nothing, and delivering it would empty that file in Apple School Manager.</source>
        <translation>%1 est vide, mais l’export contient %2 enregistrements actifs pour ce fichier ; les filtres ou le calendrier scolaire n’ont rien laissé, et le livrer viderait ce fichier dans Apple School Manager.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 people have a changed name, email address or location (%4 %), over the limit of %5 %.</source>
        <translation>%1 : %2 personnes sur %3 ont un nom, une adresse e-mail ou un emplacement modifié (%4 %), au-delà de la limite de %5 %.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows changed (%4 %), over the limit of %5 %.</source>
        <translation>%1 : %2 lignes sur %3 ont changé (%4 %), au-delà de la limite de %5 %.</translation>
    </message>
    <message>
        <source>This profile has delivered before (run %1 at %2), but that delivery is not in this data folder&apos;s history (it was moved or deleted, or another data folder was used), so removals cannot be checked; it waits for review.</source>
        <translation>Ce profil a déjà livré (exécution %1, %2), mais cette livraison n’est pas dans l’historique de ce dossier de données (déplacé ou supprimé, ou un autre dossier de données a été utilisé) : les suppressions ne peuvent pas être vérifiées ; il attend une vérification.</translation>
    </message>
    <message>
        <source>The last delivery in this data folder&apos;s history (run %1) is not the profile&apos;s last delivery (run %2 at %3, made with another data folder), so removals cannot be checked against it; it waits for review.</source>
        <translation>La dernière livraison de l’historique de ce dossier de données (exécution %1) n’est pas la dernière livraison du profil (exécution %2, %3, faite avec un autre dossier de données) : les suppressions ne peuvent pas être vérifiées par rapport à elle ; il attend une vérification.</translation>
    </message>
</context>
<context>
    <name>SafetyThresholds</name>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>&quot;%1&quot; doit valoir true ou false.</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation>Paramètre inconnu&#xa0;: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object.</source>
        <translation>&quot;%1&quot; doit être un objet.</translation>
    </message>
    <message>
        <source>Unknown table &quot;%1&quot;; use locations, students, staff, courses, classes or rosters.</source>
        <translation>Table inconnue &quot;%1&quot;&#xa0;; utilisez locations, students, staff, courses, classes ou rosters.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number from 0 to 100.</source>
        <translation>&quot;%1&quot; doit être un nombre compris entre 0 et 100.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number of 0 or more.</source>
        <translation>&quot;%1&quot; doit être un nombre entier supérieur ou égal à 0.</translation>
    </message>
</context>
<context>
    <name>rb::AccountSettingsWidget</name>
    <message>
        <source>Apple School Manager builds each Managed Apple Account from the fields your district chose as its account format. A person missing that field makes Apple refuse the whole upload.</source>
        <translation>Apple School Manager crée chaque compte Apple géré à partir des champs que votre district a choisis comme format de compte. S&apos;il manque ce champ à une personne, Apple refuse tout l&apos;envoi.</translation>
    </message>
    <message>
        <source>Managed Apple Account format</source>
        <translation>Format des comptes Apple gérés</translation>
    </message>
    <message>
        <source>Managed Apple Account format uses</source>
        <translation>Le format des comptes Apple gérés utilise</translation>
    </message>
    <message>
        <source>Names only (nothing extra is required)</source>
        <translation>Les noms seulement (rien d&apos;autre n&apos;est requis)</translation>
    </message>
    <message>
        <source>Person number</source>
        <translation>Numéro de personne</translation>
    </message>
    <message>
        <source>SIS username</source>
        <translation>Nom d&apos;utilisateur du SIS</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>The &amp;format uses:</source>
        <translation>Le &amp;format utilise :</translation>
    </message>
    <message>
        <source>Everyone sent must have this field: anyone without it is reported before the upload. With email, duplicate addresses stop the upload too.</source>
        <translation>Chaque personne envoyée doit avoir ce champ : celles qui ne l&apos;ont pas sont signalées avant l&apos;envoi. Avec l&apos;e-mail, les adresses en double arrêtent aussi l&apos;envoi.</translation>
    </message>
    <message>
        <source>People&apos;s fields</source>
        <translation>Champs des personnes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Students&lt;/b&gt;</source>
        <translation>&lt;b&gt;Élèves&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Staff&lt;/b&gt;</source>
        <translation>&lt;b&gt;Personnel&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Person number:</source>
        <translation>Numéro de personne :</translation>
    </message>
    <message>
        <source>The student or staff ID number; 1.2 exports often have it in userIds, not identifier.</source>
        <translation>Le numéro d&apos;identification de l&apos;élève ou du membre du personnel ; les exports 1.2 le placent souvent dans userIds, pas dans identifier.</translation>
    </message>
    <message>
        <source>SIS username:</source>
        <translation>Nom d&apos;utilisateur du SIS :</translation>
    </message>
    <message>
        <source>The person&apos;s sign-in name in the SIS.</source>
        <translation>Le nom de connexion de la personne dans le SIS.</translation>
    </message>
    <message>
        <source>Email address:</source>
        <translation>Adresse e-mail :</translation>
    </message>
    <message>
        <source>Needed, and unique, with federated authentication.</source>
        <translation>Obligatoire, et unique, avec l&apos;authentification fédérée.</translation>
    </message>
    <message>
        <source>Students: %1</source>
        <translation>Élèves : %1</translation>
    </message>
    <message>
        <source>Staff: %1</source>
        <translation>Personnel : %1</translation>
    </message>
    <message>
        <source>Each is a OneRoster field (identifier, username, sourcedId, email), a userIds type such as userIds.SIS, a template such as {username}@students.example.org, or blank to send nothing.</source>
        <translation>Chacun est un champ OneRoster (identifier, username, sourcedId, email), un type de userIds comme userIds.SIS, un modèle comme {username}@students.example.org, ou vide pour ne rien envoyer.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>&amp;Pseudonymize students&apos; names</source>
        <translation>&amp;Pseudonymiser les noms des élèves</translation>
    </message>
    <message>
        <source>Pseudonym key</source>
        <translation>Clé des pseudonymes</translation>
    </message>
    <message>
        <source>&amp;Generate a key</source>
        <translation>&amp;Générer une clé</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clé :</translation>
    </message>
    <message>
        <source>Apple receives codes instead of students&apos; first and last names, the same codes every night, as some privacy agreements require.</source>
        <translation>Apple reçoit des codes à la place des prénoms et noms des élèves, les mêmes codes chaque nuit, comme l&apos;exigent certains accords de confidentialité.</translation>
    </message>
    <message>
        <source>blank: not sent</source>
        <translation>vide : non envoyé</translation>
    </message>
    <message>
        <source>The key is in the system keychain; leave this empty to keep it.</source>
        <translation>La clé est dans le trousseau du système ; laissez ce champ vide pour la conserver.</translation>
    </message>
    <message>
        <source>The key is kept in the system keychain, never in the profile. Keep a copy: another key gives every student new names.</source>
        <translation>La clé est conservée dans le trousseau du système, jamais dans le profil. Gardez-en une copie : une autre clé donne de nouveaux noms à tous les élèves.</translation>
    </message>
    <message>
        <source>Correct the rule for a field: %1</source>
        <translation>Corrigez la règle d&apos;un champ&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enter or generate the key for pseudonymized names.</source>
        <translation>Saisissez ou générez la clé des noms pseudonymisés.</translation>
    </message>
</context>
<context>
    <name>rb::AccountsPage</name>
    <message>
        <source>Managed Apple Accounts</source>
        <translation>Comptes Apple gérés</translation>
    </message>
    <message>
        <source>Match your district&apos;s account format in Apple School Manager, so that every upload has what it needs.</source>
        <translation>Alignez-vous sur le format de compte de votre district dans Apple School Manager, pour que chaque envoi contienne ce qu&apos;il faut.</translation>
    </message>
</context>
<context>
    <name>rb::AppStateText</name>
    <message>
        <source>Running</source>
        <translation>En cours d&apos;exécution</translation>
    </message>
    <message>
        <source>Held for review</source>
        <translation>Retenu pour vérification</translation>
    </message>
    <message>
        <source>The last run failed</source>
        <translation>La dernière exécution a échoué</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
</context>
<context>
    <name>rb::AsmMapper</name>
    <message>
        <source>could not be written: %1</source>
        <translation>n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>students&apos; names are to be pseudonymized, but the pseudonym key is missing: store it in the profile&apos;s settings, or set ROSTERBRIDGE_PSEUDONYM_KEY for unattended runs</source>
        <translation>les noms des élèves doivent être pseudonymisés, mais la clé des pseudonymes manque : enregistrez-la dans les réglages du profil, ou définissez ROSTERBRIDGE_PSEUDONYM_KEY pour les exécutions sans surveillance</translation>
    </message>
</context>
<context>
    <name>rb::AsmPage</name>
    <message>
        <source>Apple School Manager</source>
        <translation>Apple School Manager</translation>
    </message>
    <message>
        <source>Where RosterBridge delivers the zip. Next tests the SFTP account.</source>
        <translation>Emplacement où RosterBridge livre le zip. Le bouton Suivant teste le compte SFTP.</translation>
    </message>
    <message>
        <source>Confirm the server&apos;s host key above.</source>
        <translation>Confirmez ci-dessus la clé d&apos;hôte du serveur.</translation>
    </message>
</context>
<context>
    <name>rb::AsyncCheckPage</name>
    <message>
        <source>Checking… Next is available when the check has finished.</source>
        <translation>Vérification… Suivant sera disponible à la fin de la vérification.</translation>
    </message>
</context>
<context>
    <name>rb::Cancellation</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>rb::ChangesModel</name>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>New: Apple School Manager will create this person.</source>
        <translation>Nouveau&#xa0;: Apple School Manager créera cette personne.</translation>
    </message>
    <message>
        <source>New in this package.</source>
        <translation>Nouveau dans ce paquet.</translation>
    </message>
    <message>
        <source>Missing from this package: Apple School Manager will deactivate this person.</source>
        <translation>Absent de ce paquet&#xa0;: Apple School Manager désactivera cette personne.</translation>
    </message>
    <message>
        <source>Missing from this package: Apple School Manager will remove it.</source>
        <translation>Absent de ce paquet&#xa0;: Apple School Manager le supprimera.</translation>
    </message>
    <message>
        <source>Changed since the last delivery; the changed values are highlighted.</source>
        <translation>Modifié depuis la dernière livraison&#xa0;; les valeurs modifiées sont mises en évidence.</translation>
    </message>
    <message>
        <source>was %1</source>
        <translation>auparavant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Line %1 of %2 in the last delivery</source>
        <translation>Ligne %1 de %2 dans la dernière livraison</translation>
    </message>
    <message>
        <source>Line %1 of %2 (line %3 in the last delivery)</source>
        <translation>Ligne %1 de %2 (ligne %3 dans la dernière livraison)</translation>
    </message>
    <message>
        <source>Line %1 of %2</source>
        <translation>Ligne %1 de %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 changed from “%2” to “%3”</source>
        <translation>%1 est passé de &quot;%2&quot; à &quot;%3&quot;</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>%1 (only in the last delivery)</source>
        <translation>%1 (uniquement dans la dernière livraison)</translation>
    </message>
    <message>
        <source>%1 (new column)</source>
        <translation>%1 (nouvelle colonne)</translation>
    </message>
    <message>
        <source>The run that made this package kept no record of its filters&apos; decisions.</source>
        <translation>L&apos;exécution qui a produit ce paquet n&apos;a pas conservé les décisions de ses filtres.</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Which rule removed or changed the row, from the run&apos;s decision trail</source>
        <translation>Quelle règle a retiré ou modifié la ligne, d&apos;après le journal des décisions de l&apos;exécution</translation>
    </message>
</context>
<context>
    <name>rb::ChangesPage</name>
    <message>
        <source>Comparing with the last delivery…</source>
        <translation>Comparaison avec la dernière livraison…</translation>
    </message>
    <message>
        <source>Summary of the changes</source>
        <translation>Résumé des modifications</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>File to show changes of</source>
        <translation>Fichier dont les modifications sont affichées</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Kind of change to show</source>
        <translation>Type de modification à afficher</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Toutes les modifications</translation>
    </message>
    <message>
        <source>Rows that differ from the last delivery</source>
        <translation>Lignes qui diffèrent de la dernière livraison</translation>
    </message>
    <message>
        <source>%1: all new (rows: %2)</source>
        <translation>%1&#xa0;: tout est nouveau (lignes&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 removed, %4 changed</source>
        <translation>%1&#xa0;: %2 ajoutées, %3 supprimées, %4 modifiées</translation>
    </message>
    <message>
        <source>%1 could not be compared completely: %2</source>
        <translation>%1 n&apos;a pas pu être entièrement comparé&#xa0;: %2</translation>
    </message>
    <message>
        <source>The package cannot be compared with the last delivery: %1</source>
        <translation>Le paquet ne peut pas être comparé à la dernière livraison&#xa0;: %1</translation>
    </message>
    <message>
        <source>First delivery: there is no earlier upload to compare with.</source>
        <translation>Première livraison&#xa0;: il n&apos;existe aucun téléversement antérieur avec lequel comparer.</translation>
    </message>
    <message>
        <source>Everything is new. People to create: %1; nobody is deactivated.</source>
        <translation>Tout est nouveau. Personnes à créer&#xa0;: %1&#xa0;; personne n&apos;est désactivé.</translation>
    </message>
    <message>
        <source>Nothing differs from the last delivery.</source>
        <translation>Rien ne diffère de la dernière livraison.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (no changes)</source>
        <translation>%1 (aucune modification)</translation>
    </message>
    <message>
        <source>All changes (%1)</source>
        <translation>Toutes les modifications (%1)</translation>
    </message>
    <message>
        <source>No changes of this kind in %1.</source>
        <translation>Aucune modification de ce type dans %1.</translation>
    </message>
    <message>
        <source>Removed from</source>
        <translation>Retiré de</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Cause (people)</source>
        <translation>Cause (personnes)</translation>
    </message>
    <message>
        <source>Removals by school and grade</source>
        <translation>Retraits par école et niveau</translation>
    </message>
    <message>
        <source>%1 (staff)</source>
        <translation>%1 (personnel)</translation>
    </message>
    <message>
        <source>Show these rows</source>
        <translation>Afficher ces lignes</translation>
    </message>
</context>
<context>
    <name>rb::CollectionPager</name>
    <message>
        <source>GET %1 failed: %2</source>
        <translation>GET %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>the server refused the credentials</source>
        <translation>le serveur a refusé les identifiants</translation>
    </message>
    <message>
        <source>access to %1 is denied: the client may lack a scope or the read permission for it</source>
        <translation>l&apos;accès à %1 est refusé&#xa0;: il manque peut-être au client une portée ou l&apos;autorisation de lecture correspondante</translation>
    </message>
    <message>
        <source>the endpoint does not exist: check the API URL and the OneRoster version</source>
        <translation>le point de terminaison n&apos;existe pas&#xa0;: vérifiez l&apos;URL de l&apos;API et la version de OneRoster</translation>
    </message>
    <message>
        <source>GET %1 answered HTTP %2</source>
        <translation>GET %1 a répondu HTTP %2</translation>
    </message>
    <message>
        <source> (the server said: %1)</source>
        <translation> (le serveur a indiqué&#xa0;: %1)</translation>
    </message>
    <message>
        <source>%1 page %2</source>
        <translation>%1, page %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>GET %1 answered HTTP %2 with invalid JSON (%3 at byte %4)</source>
        <translation>GET %1 a répondu HTTP %2 avec un JSON non valide (%3 à l&apos;octet %4)</translation>
    </message>
    <message>
        <source>GET %1 answered HTTP %2 with JSON that is not an object</source>
        <translation>GET %1 a répondu HTTP %2 avec un JSON qui n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>GET %1 answered HTTP %2 without the &quot;%3&quot; array the data must be in (the answer has: %4)</source>
        <translation>GET %1 a répondu HTTP %2 sans le tableau &quot;%3&quot; qui doit contenir les données (la réponse contient&#xa0;: %4)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>GET %1: record %2 of the page is not a JSON object</source>
        <translation>GET %1&#xa0;: l&apos;enregistrement %2 de la page n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>the total number of %1 changed during the run (X-Total-Count was %2, now %3 at %4); the SIS data changed while it was read, so try again later</source>
        <translation>le nombre total de %1 a changé pendant l&apos;exécution (X-Total-Count valait %2, maintenant %3 à %4)&#xa0;; les données du SIS ont changé pendant leur lecture, réessayez donc plus tard</translation>
    </message>
    <message>
        <source>GET %1 returned %2 records after the end of %3 had been reached; the server&apos;s paging is inconsistent</source>
        <translation>GET %1 a renvoyé %2 enregistrements après que la fin de %3 a été atteinte&#xa0;; la pagination du serveur est incohérente</translation>
    </message>
    <message>
        <source>GET %1 returned the same page as the request before it; the server does not page %2 correctly</source>
        <translation>GET %1 a renvoyé la même page que la requête précédente&#xa0;; le serveur ne pagine pas correctement %2</translation>
    </message>
    <message>
        <source>GET %1 returned the %2 record &quot;%3&quot; a second time; paging that repeats records may also skip others</source>
        <translation>GET %1 a renvoyé une deuxième fois l&apos;enregistrement de %2 &quot;%3&quot;&#xa0;; une pagination qui répète des enregistrements peut aussi en omettre d&apos;autres</translation>
    </message>
    <message>
        <source>the server returns at most %1 %2 per page (%3 were asked for)</source>
        <translation>le serveur renvoie au maximum %1 %2 par page (%3 demandés)</translation>
    </message>
    <message>
        <source>GET %1 returned %2 %3 where pages hold %4, before reaching the total of %5 (%6 so far)</source>
        <translation>GET %1 a renvoyé %2 %3 alors que les pages en contiennent %4, avant d&apos;atteindre le total de %5 (%6 jusqu&apos;ici)</translation>
    </message>
    <message>
        <source>GET %1 points to a next page that was already read (%2); the server&apos;s paging repeats itself</source>
        <translation>GET %1 pointe vers une page suivante déjà lue (%2)&#xa0;; la pagination du serveur se répète</translation>
    </message>
    <message>
        <source>GET %1 returned %2 %3 where at most %4 were expected</source>
        <translation>GET %1 a renvoyé %2 %3 alors que %4 au maximum étaient attendus</translation>
    </message>
    <message>
        <source>GET %1 returned %2 %3 where %4 were expected: a short page before the total of %5 (%6 so far)</source>
        <translation>GET %1 a renvoyé %2 %3 alors que %4 étaient attendus&#xa0;: une page incomplète avant le total de %5 (%6 jusqu&apos;ici)</translation>
    </message>
    <message>
        <source>the server reported %1 %2 (X-Total-Count) but only %3 could be read</source>
        <translation>le serveur a annoncé %1 %2 (X-Total-Count), mais seuls %3 ont pu être lus</translation>
    </message>
    <message>
        <source>GET %1 would be page %2 of %3, far more than the %4 pages that %5 records (X-Total-Count) at %6 per page need; the server&apos;s paging does not end</source>
        <translation>GET %1 serait la page %2 de %3, bien plus que les %4 pages nécessaires à %5 enregistrements (X-Total-Count) à %6 par page ; la pagination du serveur ne se termine pas</translation>
    </message>
    <message>
        <source>GET %1 would be page %2 of %3, more than the %4 pages RosterBridge reads without an X-Total-Count; the server&apos;s paging does not end</source>
        <translation>GET %1 serait la page %2 de %3, plus que les %4 pages que RosterBridge lit sans X-Total-Count ; la pagination du serveur ne se termine pas</translation>
    </message>
    <message>
        <source>GET %1 points to a next page on another server (%2); RosterBridge sends its credentials only to %3</source>
        <translation>GET %1 renvoie à une page suivante sur un autre serveur (%2) ; RosterBridge n’envoie ses identifiants qu’à %3</translation>
    </message>
</context>
<context>
    <name>rb::CommandLine</name>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>Le rapport n&apos;a pas pu être écrit dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Checks an Apple School Manager zip (or a folder of its six CSV files) against Apple&apos;s rules. Each problem is printed as file:line: field: message.</source>
        <translation>Vérifie un zip Apple School Manager (ou un dossier contenant ses six fichiers CSV) au regard des règles d&apos;Apple. Chaque problème est affiché sous la forme fichier:ligne: champ: message.</translation>
    </message>
    <message>
        <source>The zip or folder to check.</source>
        <translation>Le zip ou le dossier à vérifier.</translation>
    </message>
    <message>
        <source>Write the findings as JSON here.</source>
        <translation>Écrire ici les constats au format JSON.</translation>
    </message>
    <message>
        <source>validate needs exactly one zip or folder.</source>
        <translation>validate a besoin d&apos;exactement un zip ou un dossier.</translation>
    </message>
    <message numerus="yes">
        <source>Valid: %1 follows Apple School Manager&apos;s rules (%n warning(s)).</source>
        <translation>
            <numerusform>Valide&#xa0;: %1 respecte les règles d&apos;Apple School Manager (%n avertissement).</numerusform>
            <numerusform>Valide&#xa0;: %1 respecte les règles d&apos;Apple School Manager (%n avertissements).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not valid: %1 has %n error(s).</source>
        <translation>
            <numerusform>Non valide&#xa0;: %1 contient %n erreur.</numerusform>
            <numerusform>Non valide&#xa0;: %1 contient %n erreurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>rosterbridge: unknown option &quot;%1&quot;.</source>
        <translation>rosterbridge : option inconnue « %1 ».</translation>
    </message>
    <message>
        <source>rosterbridge: unknown command &quot;%1&quot;.</source>
        <translation>rosterbridge : commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>Usage:
  rosterbridge                      start the desktop app
  rosterbridge convert INPUT -o OUT.zip [--filters FILE] [--report FILE]
                       [--previous LAST.zip] [--run-date YYYY-MM-DD] [--approve]
  rosterbridge convert --source SIS.json -o OUT.zip [the options above]
  rosterbridge convert --sftp-input SFTP.json -o OUT.zip [the options above]
      [--deliver-sftp ASM.json | --deliver-folder DIR] [--record [--data-dir DIR]]
  rosterbridge validate ASM.zip [--report FILE]
  rosterbridge run --profile NAME [--dry-run] [--approve]
                   [--approve-held [--keep-removals] [--sha256 HEX]]
                   [--discard-held] [--resend-last]
  rosterbridge serve               run every profile on its schedule
  rosterbridge service install | remove | status   serve with nobody logged in
  rosterbridge history [--json] [--profile NAME] [--run ID] [--search TEXT]
  rosterbridge why ID --profile NAME [--run N]  why a record is not sent
  rosterbridge test-connection --source SIS.json | --profile NAME
  rosterbridge notify test --profile NAME  send a test email and webhook
  rosterbridge profile list [--json] | export NAME -o FILE | import FILE
                       | remove NAME | pause NAME | resume NAME
                       | secret NAME SECRET-NAME (the value is read from stdin)
  rosterbridge remove-user-data [--yes]  profiles, secrets, history and logs
Run a command with --help for its options.</source>
        <translation>Utilisation&#xa0;:
  rosterbridge                      démarrer l&apos;application de bureau
  rosterbridge convert INPUT -o OUT.zip [--filters FILE] [--report FILE]
                       [--previous LAST.zip] [--run-date YYYY-MM-DD] [--approve]
  rosterbridge convert --source SIS.json -o OUT.zip [les options ci-dessus]
  rosterbridge convert --sftp-input SFTP.json -o OUT.zip [les options ci-dessus]
      [--deliver-sftp ASM.json | --deliver-folder DIR] [--record [--data-dir DIR]]
  rosterbridge validate ASM.zip [--report FILE]
  rosterbridge run --profile NAME [--dry-run] [--approve]
                   [--approve-held [--keep-removals] [--sha256 HEX]]
                   [--discard-held] [--resend-last]
  rosterbridge serve               exécuter chaque profil selon sa planification
  rosterbridge service install | remove | status   servir sans personne de connecté
  rosterbridge history [--json] [--profile NAME] [--run ID] [--search TEXT]
  rosterbridge why ID --profile NAME [--run N]  pourquoi un enregistrement n&apos;est pas envoyé
  rosterbridge test-connection --source SIS.json | --profile NAME
  rosterbridge notify test --profile NAME  envoyer un e-mail et un webhook de test
  rosterbridge profile list [--json] | export NAME -o FILE | import FILE
                       | remove NAME | pause NAME | resume NAME
                       | secret NAME SECRET-NAME (la valeur est lue depuis stdin)
  rosterbridge remove-user-data [--yes]  profils, secrets, historique et journaux
Exécutez une commande avec --help pour voir ses options.</translation>
    </message>
</context>
<context>
    <name>rb::ConnectionCommand</name>
    <message>
        <source>ok</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>Tests every connection a profile makes, layer by layer: its SIS (REST API, SFTP server or export file) and its delivery (Apple School Manager&apos;s SFTP server or a folder). Secrets come from the keychain or ROSTERBRIDGE_* variables.</source>
        <translation>Teste chaque connexion qu&apos;établit un profil, couche par couche&#xa0;: son SIS (API REST, serveur SFTP ou fichier d&apos;export) et sa livraison (serveur SFTP d&apos;Apple School Manager ou dossier). Les secrets proviennent du trousseau du système ou des variables ROSTERBRIDGE_*.</translation>
    </message>
    <message>
        <source>The profile&apos;s name or id.</source>
        <translation>Le nom ou l&apos;identifiant du profil.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Pin this SFTP host key (as printed by this test or by the server&apos;s admin, &quot;SHA256:...&quot;) into the profile, if the server presents exactly it.</source>
        <translation>Épingler cette clé d&apos;hôte SFTP (telle qu&apos;affichée par ce test ou par l&apos;administrateur du serveur, &quot;SHA256:...&quot;) dans le profil, si le serveur présente exactement celle-ci.</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation>empreinte</translation>
    </message>
    <message>
        <source>test-connection needs --profile NAME or --source FILE.</source>
        <translation>test-connection a besoin de --profile NAME ou --source FILE.</translation>
    </message>
    <message>
        <source>No single profile is named or has the id &quot;%1&quot;.</source>
        <translation>Aucun profil unique ne porte le nom ou l&apos;identifiant &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>SIS SFTP</source>
        <translation>SFTP du SIS</translation>
    </message>
    <message>
        <source>Apple School Manager</source>
        <translation>Apple School Manager</translation>
    </message>
    <message>
        <source>Delivery folder</source>
        <translation>Dossier de livraison</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>%1 is not a folder this account can write to.</source>
        <translation>%1 n&apos;est pas un dossier dans lequel ce compte peut écrire.</translation>
    </message>
    <message>
        <source>No server presented the host key %1; nothing was pinned.</source>
        <translation>Aucun serveur n&apos;a présenté la clé d&apos;hôte %1&#xa0;; rien n&apos;a été épinglé.</translation>
    </message>
    <message>
        <source>The host key %1 is pinned in &quot;%2&quot;.</source>
        <translation>La clé d&apos;hôte %1 est épinglée dans &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>SIS</source>
        <translation>SIS</translation>
    </message>
    <message>
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <source>%1 (OneRoster %2)</source>
        <translation>%1 (OneRoster %2)</translation>
    </message>
    <message>
        <source>%1 presents the host key %2. Check it with the server&apos;s admin, then pin it with --trust-host-key %2.</source>
        <translation>%1 présente la clé d&apos;hôte %2. Vérifiez-la auprès de l&apos;administrateur du serveur, puis épinglez-la avec --trust-host-key %2.</translation>
    </message>
    <message>
        <source>%1 now presents the host key %2, not the pinned %3. If its key was changed on purpose, check the new one with the server&apos;s admin, then pin it with --trust-host-key %2.</source>
        <translation>%1 présente désormais la clé d&apos;hôte %2, et non la clé mémorisée %3. Si sa clé a été changée volontairement, vérifiez la nouvelle auprès de l&apos;administrateur du serveur, puis mémorisez-la avec --trust-host-key %2.</translation>
    </message>
</context>
<context>
    <name>rb::ConnectionTest</name>
    <message>
        <source>Name lookup (DNS)</source>
        <translation>Résolution de noms (DNS)</translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation>Connexion sécurisée (TLS)</translation>
    </message>
    <message>
        <source>Token endpoint</source>
        <translation>Point de terminaison du jeton</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>First page of /orgs</source>
        <translation>Première page de /orgs</translation>
    </message>
    <message>
        <source>not tried: the settings are incomplete</source>
        <translation>non tenté&#xa0;: les paramètres sont incomplets</translation>
    </message>
    <message>
        <source>the server names resolve</source>
        <translation>les noms des serveurs sont résolus</translation>
    </message>
    <message>
        <source>the name %1 could not be resolved: %2</source>
        <translation>le nom %1 n&apos;a pas pu être résolu&#xa0;: %2</translation>
    </message>
    <message>
        <source>not tried: the name lookup failed</source>
        <translation>non tenté&#xa0;: la résolution de noms a échoué</translation>
    </message>
    <message>
        <source>the URLs use plain HTTP: nothing is encrypted</source>
        <translation>les URL utilisent HTTP en clair&#xa0;: rien n&apos;est chiffré</translation>
    </message>
    <message>
        <source>this computer has no TLS support (the TLS library is missing)</source>
        <translation>cet ordinateur ne prend pas en charge TLS (la bibliothèque TLS est absente)</translation>
    </message>
    <message>
        <source>not tried: no secure connection</source>
        <translation>non tenté&#xa0;: aucune connexion sécurisée</translation>
    </message>
    <message>
        <source>the secure connection is trusted</source>
        <translation>la connexion sécurisée est approuvée</translation>
    </message>
    <message>
        <source>the secure connection to %1 failed</source>
        <translation>la connexion sécurisée à %1 a échoué</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>aucune réponse en %1 ms</translation>
    </message>
    <message>
        <source>%1:%2: %3, certificate for %4, valid until %5</source>
        <translation>%1:%2&#xa0;: %3, certificat pour %4, valide jusqu&apos;à %5</translation>
    </message>
    <message>
        <source>OAuth 1 signs every request; there is no token endpoint</source>
        <translation>OAuth 1 signe chaque requête&#xa0;; il n&apos;y a pas de point de terminaison du jeton</translation>
    </message>
    <message>
        <source>no authentication is configured</source>
        <translation>aucune authentification n&apos;est configurée</translation>
    </message>
    <message>
        <source>the token endpoint refused the requested scopes; try fewer scopes (roster-core.readonly alone) or none, as the SIS vendor advises</source>
        <translation>le point de terminaison du jeton a refusé les portées demandées&#xa0;; essayez moins de portées (roster-core.readonly seul) ou aucune, selon les recommandations de l&apos;éditeur du SIS</translation>
    </message>
    <message>
        <source>not tried: no token</source>
        <translation>non tenté&#xa0;: aucun jeton</translation>
    </message>
    <message numerus="yes">
        <source>a token was issued; it expires in %n s</source>
        <translation>
            <numerusform>un jeton a été émis&#xa0;; il expire dans %n s</numerusform>
            <numerusform>un jeton a été émis&#xa0;; il expire dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>a token was issued</source>
        <translation>un jeton a été émis</translation>
    </message>
    <message>
        <source>the server did not grant every scope asked for; reading may be refused</source>
        <translation>le serveur n&apos;a pas accordé toutes les portées demandées&#xa0;; la lecture risque d&apos;être refusée</translation>
    </message>
    <message>
        <source>no scope was asked for</source>
        <translation>aucune portée n&apos;a été demandée</translation>
    </message>
    <message>
        <source>the scopes were accepted</source>
        <translation>les portées ont été acceptées</translation>
    </message>
    <message>
        <source>the scopes asked for were granted</source>
        <translation>les portées demandées ont été accordées</translation>
    </message>
    <message>
        <source>connection test</source>
        <translation>test de connexion</translation>
    </message>
    <message>
        <source>GET %1 answered HTTP %2 without an &quot;orgs&quot; array; is this a OneRoster %3 server?</source>
        <translation>GET %1 a répondu HTTP %2 sans tableau &quot;orgs&quot;&#xa0;; s&apos;agit-il d&apos;un serveur OneRoster %3&#xa0;?</translation>
    </message>
    <message>
        <source>the server does not send X-Total-Count</source>
        <translation>le serveur n&apos;envoie pas X-Total-Count</translation>
    </message>
    <message>
        <source>X-Total-Count: %1</source>
        <translation>X-Total-Count&#xa0;: %1</translation>
    </message>
    <message>
        <source>the server offers Link rel=&quot;next&quot; paging</source>
        <translation>le serveur propose la pagination Link rel=&quot;next&quot;</translation>
    </message>
    <message numerus="yes">
        <source>the first page of /orgs holds %n org(s)</source>
        <translation>
            <numerusform>la première page de /orgs contient %n organisation</numerusform>
            <numerusform>la première page de /orgs contient %n organisations</numerusform>
        </translation>
    </message>
    <message>
        <source>not tried: the test was cancelled</source>
        <translation>non tenté&#xa0;: le test a été annulé</translation>
    </message>
</context>
<context>
    <name>rb::ConvertCommand</name>
    <message>
        <source>the secret &quot;%1&quot; is not set; put it in the environment variable %2</source>
        <translation>le secret « %1 » n’est pas défini ; mettez-le dans la variable d’environnement %2</translation>
    </message>
    <message>
        <source>Wrote %1: %2 students, %3 staff, %4 classes, %5 roster rows.</source>
        <translation>%1 écrit&#xa0;: %2 élèves, %3 membres du personnel, %4 classes, %5 lignes de listes de classe.</translation>
    </message>
    <message>
        <source>Delivered %1 to %2.</source>
        <translation>%1 livré à %2.</translation>
    </message>
    <message>
        <source>Held for review, so no zip was written or delivered: %1 Check the report, then run again with --approve to write it.</source>
        <translation>Retenu pour vérification : aucun zip n’a été écrit ni livré. %1 Consultez le rapport, puis relancez avec --approve pour l’écrire.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was delivered.</source>
        <translation>Annulé ; rien n’a été livré.</translation>
    </message>
    <message>
        <source>Delivery failed: %1 was written but not delivered; the next attempt sends the whole zip again. %2</source>
        <translation>La livraison a échoué : %1 a été écrit mais pas livré ; la prochaine tentative renvoie le zip entier. %2</translation>
    </message>
    <message numerus="yes">
        <source>Failed with %n error(s); no zip was written.</source>
        <translation>
            <numerusform>Échec avec %n erreur&#xa0;; aucun zip n&apos;a été écrit.</numerusform>
            <numerusform>Échec avec %n erreurs&#xa0;; aucun zip n&apos;a été écrit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Converts a OneRoster export (1.1 or 1.2, zip or folder) into the zip Apple School Manager takes, after checking it against Apple&apos;s rules and, with --previous, against the last delivery. The run goes through the same steps as a profile&apos;s.</source>
        <translation>Convertit un export OneRoster (1.1 ou 1.2, zip ou dossier) en zip accepté par Apple School Manager, après l’avoir vérifié selon les règles d’Apple et, avec --previous, par rapport à la dernière livraison. L’exécution passe par les mêmes étapes que celle d’un profil.</translation>
    </message>
    <message>
        <source>The OneRoster export: a .zip file or a folder (or use --source).</source>
        <translation>L&apos;export OneRoster&#xa0;: un fichier .zip ou un dossier (ou utilisez --source).</translation>
    </message>
    <message>
        <source>Read from a OneRoster REST API described in this file (JSON; see docs/rest-source.md) instead of an export. The client secret comes from the environment variable %1.</source>
        <translation>Lire depuis une API REST OneRoster décrite dans ce fichier (JSON&#xa0;; voir docs/rest-source.md) au lieu d&apos;un export. Le secret client provient de la variable d&apos;environnement %1.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Where to write the Apple School Manager zip.</source>
        <translation>Emplacement où écrire le zip Apple School Manager.</translation>
    </message>
    <message>
        <source>Filters, mapping and safety settings (JSON; see docs/filters.md).</source>
        <translation>Filtres, correspondances et paramètres de sécurité (JSON&#xa0;; voir docs/filters.md).</translation>
    </message>
    <message>
        <source>Write a JSON report of the run here (see docs/run-report.md).</source>
        <translation>Écrire ici un rapport JSON de l’exécution (voir docs/run-report.md).</translation>
    </message>
    <message>
        <source>The last delivered zip, to count removals against.</source>
        <translation>Le dernier zip livré, par rapport auquel les suppressions sont comptées.</translation>
    </message>
    <message>
        <source>Judge active terms on this day instead of today.</source>
        <translation>Déterminer les périodes actives à cette date plutôt qu&apos;aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Write and deliver the zip even if the safety check holds it.</source>
        <translation>Écrire et livrer le zip même si le contrôle de sécurité le retient.</translation>
    </message>
    <message>
        <source>Fetch the OneRoster export from an SFTP server described in this file (JSON; remoteFolder names a .zip or a folder of CSV files). The password comes from %1.</source>
        <translation>Récupérer l&apos;export OneRoster depuis un serveur SFTP décrit dans ce fichier (JSON&#xa0;; remoteFolder désigne un .zip ou un dossier de fichiers CSV). Le mot de passe provient de %1.</translation>
    </message>
    <message>
        <source>Upload the zip to Apple School Manager over SFTP as described in this file (JSON). The password comes from %1.</source>
        <translation>Téléverser le zip vers Apple School Manager par SFTP comme décrit dans ce fichier (JSON). Le mot de passe provient de %1.</translation>
    </message>
    <message>
        <source>Also copy the zip into this folder.</source>
        <translation>Copier aussi le zip dans ce dossier.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Write the run to the history of the data folder, where the app and `history` show it; a delivery recorded there is what the next recorded run compares with.</source>
        <translation>Écrire l’exécution dans l’historique du dossier de données, où l’application et `history` l’affichent ; une livraison enregistrée là est ce à quoi se compare la prochaine exécution enregistrée.</translation>
    </message>
    <message>
        <source>With --record: the data folder (default: %1).</source>
        <translation>Avec --record : le dossier de données (par défaut : %1).</translation>
    </message>
    <message>
        <source>convert reads from --source or --sftp-input, not both.</source>
        <translation>convert lit depuis --source ou --sftp-input, pas les deux.</translation>
    </message>
    <message>
        <source>convert needs exactly one input: an export, or --source.</source>
        <translation>convert a besoin d&apos;exactement une entrée&#xa0;: un export ou --source.</translation>
    </message>
    <message>
        <source>convert needs -o OUT.zip.</source>
        <translation>convert a besoin de -o OUT.zip.</translation>
    </message>
    <message>
        <source>convert delivers to one place: --deliver-sftp or --deliver-folder, not both.</source>
        <translation>convert livre à un seul endroit : --deliver-sftp ou --deliver-folder, pas les deux.</translation>
    </message>
    <message>
        <source>--run-date must be a date such as 2026-09-01.</source>
        <translation>--run-date doit être une date comme 2026-09-01.</translation>
    </message>
    <message>
        <source>No temporary folder could be made: %1</source>
        <translation>Aucun dossier temporaire n’a pu être créé : %1</translation>
    </message>
    <message>
        <source>warning: the server&apos;s host key was trusted on first use: %1; put it in the settings as hostKeyFingerprint to pin it.</source>
        <translation>avertissement : la clé d’hôte du serveur a été acceptée à la première utilisation : %1 ; mettez-la dans les réglages comme hostKeyFingerprint pour l’épingler.</translation>
    </message>
</context>
<context>
    <name>rb::CsvHeader</name>
    <message>
        <source>the file is empty; a header row is required</source>
        <translation>le fichier est vide&#xa0;; une ligne d&apos;en-tête est obligatoire</translation>
    </message>
    <message>
        <source>the column appears twice in the header</source>
        <translation>la colonne apparaît deux fois dans l&apos;en-tête</translation>
    </message>
    <message>
        <source> (found &quot;%1&quot;; column names are case-sensitive)</source>
        <translation> (&quot;%1&quot; trouvé&#xa0;; les noms de colonnes sont sensibles à la casse)</translation>
    </message>
    <message>
        <source>required column is missing from the header</source>
        <translation>une colonne obligatoire est absente de l&apos;en-tête</translation>
    </message>
</context>
<context>
    <name>rb::CsvPage</name>
    <message>
        <source>OneRoster CSV files</source>
        <translation>Fichiers CSV OneRoster</translation>
    </message>
    <message>
        <source>Where does your SIS put its OneRoster export? Next opens it and shows what it holds.</source>
        <translation>Où votre SIS dépose-t-il son export OneRoster&#xa0;? Le bouton Suivant l&apos;ouvre et affiche son contenu.</translation>
    </message>
    <message>
        <source>Confirm the server&apos;s host key above.</source>
        <translation>Confirmez ci-dessus la clé d&apos;hôte du serveur.</translation>
    </message>
</context>
<context>
    <name>rb::CsvReader</name>
    <message>
        <source>the file could not be read: %1</source>
        <translation>le fichier n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>a quoted field that starts on line %1 is never closed</source>
        <translation>un champ entre guillemets commençant à la ligne %1 n&apos;est jamais fermé</translation>
    </message>
    <message>
        <source>a double quote inside a field that does not start with one</source>
        <translation>un guillemet double dans un champ qui ne commence pas par un guillemet</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of a field</source>
        <translation>texte inattendu après le guillemet fermant d&apos;un champ</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (byte 0x%1); save the file as UTF-8</source>
        <translation>le texte n&apos;est pas de l&apos;UTF-8 valide (octet 0x%1)&#xa0;; enregistrez le fichier en UTF-8</translation>
    </message>
    <message>
        <source>the record that starts on line %1 has more than %2 fields; no OneRoster file has that many columns</source>
        <translation>l’enregistrement qui commence à la ligne %1 a plus de %2 champs ; aucun fichier OneRoster n’a autant de colonnes</translation>
    </message>
    <message>
        <source>the record that starts on line %1 is longer than %2 MiB; no OneRoster record is that long</source>
        <translation>l’enregistrement qui commence à la ligne %1 dépasse %2 Mio ; aucun enregistrement OneRoster n’est aussi long</translation>
    </message>
</context>
<context>
    <name>rb::CsvSourceWidget</name>
    <message>
        <source>A &amp;file or folder on this computer or a shared drive</source>
        <translation>Un &amp;fichier ou un dossier sur cet ordinateur ou sur un lecteur partagé</translation>
    </message>
    <message>
        <source>An &amp;SFTP server</source>
        <translation>Un serveur &amp;SFTP</translation>
    </message>
    <message>
        <source>OneRoster export zip or folder</source>
        <translation>Zip ou dossier d&apos;export OneRoster</translation>
    </message>
    <message>
        <source>A OneRoster .zip, or a folder holding manifest.csv</source>
        <translation>Un .zip OneRoster, ou un dossier contenant manifest.csv</translation>
    </message>
    <message>
        <source>Choose &amp;zip...</source>
        <translation>Choisir un &amp;zip...</translation>
    </message>
    <message>
        <source>Choose f&amp;older...</source>
        <translation>Choisir un &amp;dossier...</translation>
    </message>
    <message>
        <source>Wa&amp;tch this folder for new exports</source>
        <translation>S&amp;urveiller ce dossier pour détecter de nouveaux exports</translation>
    </message>
    <message>
        <source>Runs by itself when the SIS drops a new export into the folder (once the copy has finished).</source>
        <translation>S&apos;exécute automatiquement lorsque le SIS dépose un nouvel export dans le dossier (une fois la copie terminée).</translation>
    </message>
    <message>
        <source>&amp;Check the export</source>
        <translation>&amp;Vérifier l&apos;export</translation>
    </message>
    <message>
        <source>Checking the export</source>
        <translation>Vérification de l&apos;export</translation>
    </message>
    <message>
        <source>OneRoster export</source>
        <translation>Export OneRoster</translation>
    </message>
    <message>
        <source>OneRoster zip (*.zip);;All files (*)</source>
        <translation>Zip OneRoster (*.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>OneRoster export folder</source>
        <translation>Dossier d&apos;export OneRoster</translation>
    </message>
    <message>
        <source>Downloading %1 from %2...</source>
        <translation>Téléchargement de %1 depuis %2...</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>Lecture de %1...</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The folder holds no export yet. RosterBridge will run when the SIS drops the first one there; schools can be chosen after that, in the profile&apos;s settings.</source>
        <translation>Le dossier ne contient encore aucun export. RosterBridge s&apos;exécutera lorsque le SIS y déposera le premier&#xa0;; vous pourrez ensuite choisir les écoles dans les paramètres du profil.</translation>
    </message>
    <message>
        <source>The server&apos;s host key is not pinned yet, so nothing was downloaded and no password was sent. Check the fingerprint below; once you confirm it, the export is downloaded.</source>
        <translation>La clé d’hôte du serveur n’est pas encore épinglée : rien n’a été téléchargé et aucun mot de passe n’a été envoyé. Vérifiez l’empreinte ci-dessous ; une fois confirmée, l’export est téléchargé.</translation>
    </message>
    <message>
        <source>Choose the export&apos;s zip file or folder.</source>
        <translation>Choisissez le fichier zip ou le dossier de l&apos;export.</translation>
    </message>
</context>
<context>
    <name>rb::CsvTableIndex</name>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>Impossible d&apos;ouvrir %1.</translation>
    </message>
    <message>
        <source>Cannot write the temporary copy of %1: %2</source>
        <translation>Impossible d&apos;écrire la copie temporaire de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The first line of %1 is longer than 1 MiB; it is not a CSV file.</source>
        <translation>La première ligne de %1 dépasse 1 Mio&#xa0;; ce n&apos;est pas un fichier CSV.</translation>
    </message>
</context>
<context>
    <name>rb::DecisionLookup</name>
    <message>
        <source>Run %1 is not in the history.</source>
        <translation>L&apos;exécution %1 n&apos;est pas dans l&apos;historique.</translation>
    </message>
    <message>
        <source>The decision trail is damaged: it has no header.</source>
        <translation>Le journal des décisions est endommagé&#xa0;: il n&apos;a pas d&apos;en-tête.</translation>
    </message>
    <message>
        <source>The decision trail is damaged: its column %1 is &quot;%2&quot;.</source>
        <translation>Le journal des décisions est endommagé&#xa0;: sa colonne %1 est «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The decision trail is damaged: %1</source>
        <translation>Le journal des décisions est endommagé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Class not sent</source>
        <translation>Classe non envoyée</translation>
    </message>
    <message>
        <source>Its class %1 is not sent: %2</source>
        <translation>Sa classe %1 n&apos;est pas envoyée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Student not sent</source>
        <translation>Élève non envoyé</translation>
    </message>
    <message>
        <source>The student %1 is not sent: %2</source>
        <translation>L&apos;élève %1 n&apos;est pas envoyé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Left the export</source>
        <translation>Sorti de l&apos;export</translation>
    </message>
    <message>
        <source>No filter left it out: the SIS&apos;s export no longer has it (or, for a roster row, no longer enrolls that student in that class).</source>
        <translation>Aucun filtre ne l&apos;a écarté&#xa0;: l&apos;export du SIS ne le contient plus (ou, pour une ligne de rosters, n&apos;inscrit plus cet élève dans cette classe).</translation>
    </message>
    <message>
        <source>School filter</source>
        <translation>Filtre des écoles</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>Course status</source>
        <translation>Statut du cours</translation>
    </message>
    <message>
        <source>Role rule</source>
        <translation>Règle de rôle</translation>
    </message>
    <message>
        <source>No current role</source>
        <translation>Aucun rôle en cours</translation>
    </message>
    <message>
        <source>Exclusion rule</source>
        <translation>Règle d&apos;exclusion</translation>
    </message>
    <message>
        <source>Term ended</source>
        <translation>Période terminée</translation>
    </message>
    <message>
        <source>Enrollment ended</source>
        <translation>Inscription terminée</translation>
    </message>
    <message>
        <source>Enrollment role</source>
        <translation>Rôle de l&apos;inscription</translation>
    </message>
    <message>
        <source>Role mismatch</source>
        <translation>Rôle incohérent</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Actifs seulement</translation>
    </message>
    <message>
        <source>No school sent</source>
        <translation>Aucune école envoyée</translation>
    </message>
    <message>
        <source>No class sent</source>
        <translation>Aucune classe envoyée</translation>
    </message>
    <message>
        <source>Placed by classes</source>
        <translation>Placé par ses classes</translation>
    </message>
    <message>
        <source>Teacher limit</source>
        <translation>Limite d&apos;enseignants</translation>
    </message>
    <message>
        <source>Course school</source>
        <translation>École du cours</translation>
    </message>
    <message>
        <source>the school is not among the profile&apos;s schools (Filters → Schools and records).</source>
        <translation>l&apos;école ne fait pas partie des écoles du profil (Filtres → Écoles et enregistrements).</translation>
    </message>
    <message>
        <source>its school, %1, is not among the profile&apos;s schools (Filters → Schools and records).</source>
        <translation>son école, %1, ne fait pas partie des écoles du profil (Filtres → Écoles et enregistrements).</translation>
    </message>
    <message>
        <source>its status is %1, and the profile&apos;s filters send only active records (Filters → Schools and records).</source>
        <translation>son statut est %1, et les filtres du profil n&apos;envoient que les enregistrements actifs (Filtres → Écoles et enregistrements).</translation>
    </message>
    <message>
        <source>its course %1 is marked tobedeleted, and the filters send only active courses.</source>
        <translation>son cours %1 est marqué tobedeleted, et les filtres n&apos;envoient que les cours actifs.</translation>
    </message>
    <message>
        <source>none of their roles sends them to Apple School Manager: %1. Roles set to Leave out in the profile&apos;s roles, and family roles, are not sent.</source>
        <translation>aucun de ses rôles ne l&apos;envoie à Apple School Manager&#xa0;: %1. Les rôles réglés sur Écarter dans les rôles du profil, et les rôles familiaux, ne sont pas envoyés.</translation>
    </message>
    <message>
        <source>they hold no role on the run date (roles: %1).</source>
        <translation>aucun de ses rôles n&apos;est en cours à la date de l&apos;exécution (rôles&#xa0;: %1).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>the profile&apos;s exclusion rule %1 matches it (Filters → Exclusions).</source>
        <translation>la règle d&apos;exclusion %1 du profil s&apos;y applique (Filtres → Exclusions).</translation>
    </message>
    <message>
        <source>none of its terms is current, and the profile sends active terms only (terms: %1).</source>
        <translation>aucune de ses périodes n&apos;est en cours, et le profil n&apos;envoie que les périodes actives (périodes&#xa0;: %1).</translation>
    </message>
    <message>
        <source>the enrollment&apos;s dates (%1) do not include the run date: it ended or has not begun.</source>
        <translation>les dates de l&apos;inscription (%1) n&apos;incluent pas la date de l&apos;exécution&#xa0;: elle est terminée ou n&apos;a pas commencé.</translation>
    </message>
    <message>
        <source>the enrollment&apos;s role is %1, neither student nor teacher.</source>
        <translation>le rôle de l&apos;inscription est %1, ni élève ni enseignant.</translation>
    </message>
    <message>
        <source>the enrollment&apos;s role (%1) does not match how the person is sent (a student enrolled as a teacher, or the other way round).</source>
        <translation>le rôle de l&apos;inscription (%1) ne correspond pas à la façon dont la personne est envoyée (un élève inscrit comme enseignant, ou l&apos;inverse).</translation>
    </message>
    <message>
        <source>the profile sends active students or teachers only, and this person is not active (%1).</source>
        <translation>le profil n&apos;envoie que les élèves ou enseignants actifs, et cette personne ne l&apos;est pas (%1).</translation>
    </message>
    <message>
        <source>none of their schools is among the profile&apos;s schools, and they teach no class that is sent.</source>
        <translation>aucune de ses écoles ne fait partie de celles du profil, et elle n&apos;enseigne dans aucune classe envoyée.</translation>
    </message>
    <message>
        <source>none of their schools (%1) is among the profile&apos;s schools.</source>
        <translation>aucune de ses écoles (%1) ne fait partie des écoles du profil.</translation>
    </message>
    <message>
        <source>its school (%1) is not among the profile&apos;s schools, and none of its classes is sent.</source>
        <translation>son école (%1) ne fait pas partie des écoles du profil, et aucune de ses classes n&apos;est envoyée.</translation>
    </message>
    <message>
        <source>none of their own schools is among the profile&apos;s schools; they are sent with the schools of the classes they teach: %1.</source>
        <translation>aucune de ses propres écoles ne fait partie de celles du profil&#xa0;; elle est envoyée avec les écoles des classes où elle enseigne&#xa0;: %1.</translation>
    </message>
    <message>
        <source>the class has more teachers than Apple School Manager takes (%1); the primary teachers are sent first.</source>
        <translation>la classe a plus d&apos;enseignants qu&apos;Apple School Manager n&apos;en accepte (%1)&#xa0;; les enseignants principaux sont envoyés en premier.</translation>
    </message>
    <message>
        <source>a district course: it is sent at %1, where most of its classes are.</source>
        <translation>un cours du district&#xa0;: il est envoyé à %1, où se trouvent la plupart de ses classes.</translation>
    </message>
</context>
<context>
    <name>rb::DesktopApp</name>
    <message>
        <source>RosterBridge</source>
        <translation>RosterBridge</translation>
    </message>
    <message>
        <source>rosterbridge: no display to show the desktop app on (neither DISPLAY nor WAYLAND_DISPLAY is set); run &quot;rosterbridge --help&quot; for the commands that work without one.</source>
        <translation>rosterbridge : aucun affichage pour l’application de bureau (ni DISPLAY ni WAYLAND_DISPLAY n’est défini) ; lancez « rosterbridge --help » pour les commandes qui fonctionnent sans.</translation>
    </message>
</context>
<context>
    <name>rb::DestinationWidget</name>
    <message>
        <source>Upload to &amp;Apple School Manager (SFTP)</source>
        <translation>&amp;Téléverser vers Apple School Manager (SFTP)</translation>
    </message>
    <message>
        <source>Write the zip to a fol&amp;der</source>
        <translation>É&amp;crire le zip dans un dossier</translation>
    </message>
    <message>
        <source>Apple School Manager shows the user name and password under &lt;b&gt;Preferences &amp;rarr; Accounts &amp;rarr; Directory Sync &amp;rarr; SFTP&lt;/b&gt; (it needs the &quot;Configure organization&quot; privilege). The password is shown once, when the account is created; reset it there if you no longer have it. &lt;a href=&quot;https://support.apple.com/101183&quot;&gt;How to set up SFTP in Apple School Manager&lt;/a&gt;</source>
        <translation>Apple School Manager affiche le nom d&apos;utilisateur et le mot de passe sous &lt;b&gt;Préférences &amp;rarr; Comptes &amp;rarr; Synchronisation d&apos;annuaire &amp;rarr; SFTP&lt;/b&gt; (le privilège &quot;Configurer l&apos;organisation&quot; est nécessaire). Le mot de passe n&apos;est affiché qu&apos;une seule fois, lors de la création du compte&#xa0;; réinitialisez-le à cet endroit si vous ne l&apos;avez plus. &lt;a href=&quot;https://support.apple.com/101183&quot;&gt;Configurer SFTP dans Apple School Manager&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Folder for the zip</source>
        <translation>Dossier du zip</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <source>Choose the folder for the zip</source>
        <translation>Choisir le dossier du zip</translation>
    </message>
    <message>
        <source>Choose the folder to write the zip to.</source>
        <translation>Choisissez le dossier où écrire le zip.</translation>
    </message>
</context>
<context>
    <name>rb::DistrictSummary</name>
    <message>
        <source>%1 is not a OneRoster export.</source>
        <translation>%1 n&apos;est pas un export OneRoster.</translation>
    </message>
    <message>
        <source>OneRoster %1 export. Schools: %2, classes: %3, students: %4, other users: %5.</source>
        <translation>Export OneRoster %1. Écoles&#xa0;: %2, classes&#xa0;: %3, élèves&#xa0;: %4, autres utilisateurs&#xa0;: %5.</translation>
    </message>
</context>
<context>
    <name>rb::ExchangeListModel</name>
    <message>
        <source>ok</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>URL or path</source>
        <translation>URL ou chemin</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>rb::ExclusionRulesWidget</name>
    <message>
        <source>Leave out classes and people Apple School Manager should never get, such as lunch, study hall or attendance sections. One pattern per line: * matches any text, ? one character, capitals do not matter.</source>
        <translation>Excluez les classes et les personnes qu&apos;Apple School Manager ne doit jamais recevoir, comme les sections de cantine, d&apos;étude ou d&apos;appel. Un motif par ligne&#xa0;: * correspond à n&apos;importe quel texte, ? à un caractère&#xa0;; les majuscules ne comptent pas.</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Class titles:</source>
        <translation>Titres de classe&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Lunch*</source>
        <translation>p. ex. Lunch*</translation>
    </message>
    <message>
        <source>Class codes:</source>
        <translation>Codes de classe&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. ATT-*</source>
        <translation>p. ex. ATT-*</translation>
    </message>
    <message>
        <source>Courses (title or course code):</source>
        <translation>Cours (titre ou code du cours)&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Homeroom</source>
        <translation>p. ex. Homeroom</translation>
    </message>
    <message>
        <source>Grades (a person&apos;s first grade):</source>
        <translation>Niveaux (le premier niveau de la personne)&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. PK</source>
        <translation>p. ex. PK</translation>
    </message>
    <message>
        <source>People by sourcedId:</source>
        <translation>Personnes par sourcedId&#xa0;:</translation>
    </message>
    <message>
        <source>One per line, or separated by commas</source>
        <translation>Un par ligne, ou séparés par des virgules</translation>
    </message>
    <message>
        <source>Classes with these titles: %1</source>
        <translation>Classes avec ces titres&#xa0;: %1</translation>
    </message>
    <message>
        <source>Classes with these codes: %1</source>
        <translation>Classes avec ces codes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Classes of these courses: %1</source>
        <translation>Classes de ces cours&#xa0;: %1</translation>
    </message>
    <message>
        <source>People in these grades: %1</source>
        <translation>Personnes de ces niveaux&#xa0;: %1</translation>
    </message>
    <message>
        <source>Found in the data: %1</source>
        <translation>Trouvées dans les données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Found in the data: %1. Not in the data: %2</source>
        <translation>Trouvées dans les données&#xa0;: %1. Absentes des données&#xa0;: %2</translation>
    </message>
    <message>
        <source>Of what your other choices send, these rules leave out classes: %1, people: %2.</source>
        <translation>Sur ce qu&apos;envoient vos autres choix, ces règles excluent classes&#xa0;: %1, personnes&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>rb::FieldListEdit</name>
    <message>
        <source>One per line, e.g. X-District: 42</source>
        <translation>Un par ligne, par ex. X-District: 42</translation>
    </message>
    <message>
        <source>One per line, e.g. audience=oneroster</source>
        <translation>Un par ligne, par ex. audience=oneroster</translation>
    </message>
</context>
<context>
    <name>rb::FilterChooser</name>
    <message>
        <source>Reading the district&apos;s data</source>
        <translation>Lecture des données du district</translation>
    </message>
    <message>
        <source>What would be sent</source>
        <translation>Ce qui serait envoyé</translation>
    </message>
    <message>
        <source>Reading the district&apos;s roster from the SIS...</source>
        <translation>Lecture des listes de classe du district depuis le SIS...</translation>
    </message>
    <message>
        <source>Reading %1 from the SIS: %2 of %3</source>
        <translation>Lecture de %1 depuis le SIS&#xa0;: %2 sur %3</translation>
    </message>
    <message>
        <source>Reading %1 from the SIS: %2</source>
        <translation>Lecture de %1 depuis le SIS&#xa0;: %2</translation>
    </message>
    <message>
        <source>The roster could not be read from the SIS, so schools cannot be listed: %1 Every school will be sent unless schools are ticked below.</source>
        <translation>Le roster n&apos;a pas pu être lu depuis le SIS, les écoles ne peuvent donc pas être listées&#xa0;: %1 Toutes les écoles seront envoyées, sauf si vous en cochez ci-dessous.</translation>
    </message>
    <message>
        <source>There is no export to list the schools from yet.</source>
        <translation>Il n&apos;y a pas encore d&apos;export à partir duquel lister les écoles.</translation>
    </message>
    <message>
        <source>Reading the district&apos;s data...</source>
        <translation>Lecture des données du district...</translation>
    </message>
    <message>
        <source>Choose Staff or Leave out for %1 on the Roles tab before going on: a role without a rule stops every run.</source>
        <translation>Choisissez Personnel ou Exclure pour %1 dans l&apos;onglet Rôles avant de continuer&#xa0;: un rôle sans règle arrête chaque exécution.</translation>
    </message>
    <message>
        <source>Counting...</source>
        <translation>Décompte...</translation>
    </message>
    <message>
        <source>%1 People whose role is still to be chosen are not counted.</source>
        <translation>%1 Les personnes dont le rôle reste à choisir ne sont pas comptées.</translation>
    </message>
    <message>
        <source>Reading the schools and roles… Next is available when they are read.</source>
        <translation>Lecture des écoles et des rôles… Suivant sera disponible une fois la lecture terminée.</translation>
    </message>
</context>
<context>
    <name>rb::FilterSettings</name>
    <message>
        <source>the filters were written by a newer RosterBridge (version %1)</source>
        <translation>les filtres ont été écrits par une version plus récente de RosterBridge (version %1)</translation>
    </message>
    <message>
        <source>each school must be a sourcedId string</source>
        <translation>chaque école doit être une chaîne sourcedId</translation>
    </message>
    <message>
        <source>must be a list of school sourcedIds</source>
        <translation>doit être une liste de sourcedId d&apos;écoles</translation>
    </message>
    <message>
        <source>unknown entity; use one of %1</source>
        <translation>entité inconnue&#xa0;; utilisez l&apos;une des suivantes&#xa0;: %1</translation>
    </message>
    <message>
        <source>must be a list such as [&quot;active&quot;]</source>
        <translation>doit être une liste comme [&quot;active&quot;]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status; use active or tobedeleted</source>
        <translation>&quot;%1&quot; n&apos;est pas un statut&#xa0;; utilisez active ou tobedeleted</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <source>students and teachers are always mapped; no rule is needed</source>
        <translation>les élèves et les enseignants sont toujours mis en correspondance&#xa0;; aucune règle n&apos;est nécessaire</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rule; use staff or exclude</source>
        <translation>&quot;%1&quot; n&apos;est pas une règle&#xa0;; utilisez staff ou exclude</translation>
    </message>
    <message>
        <source>must be a date such as 2026-09-01</source>
        <translation>doit être une date comme 2026-09-01</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>doit être une liste de textes</translation>
    </message>
    <message>
        <source>each entry must be a non-empty string</source>
        <translation>chaque entrée doit être un texte non vide</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>must be an object with maxCount and maxPercent</source>
        <translation>doit être un objet avec maxCount et maxPercent</translation>
    </message>
    <message>
        <source>must be a whole number, 0 or more</source>
        <translation>doit être un nombre entier, 0 ou plus</translation>
    </message>
    <message>
        <source>must be a number from 0 to 100</source>
        <translation>doit être un nombre de 0 à 100</translation>
    </message>
    <message>
        <source>guardians, parents and relatives are never sent to Apple School Manager</source>
        <translation>les tuteurs, parents et proches ne sont jamais envoyés à Apple School Manager</translation>
    </message>
</context>
<context>
    <name>rb::FilterSettingsWidget</name>
    <message>
        <source>Schools</source>
        <translation>Écoles</translation>
    </message>
    <message>
        <source>Send &amp;every school, including schools added later</source>
        <translation>Envoyer &amp;toutes les écoles, y compris celles ajoutées ultérieurement</translation>
    </message>
    <message>
        <source>Schools to send</source>
        <translation>Écoles à envoyer</translation>
    </message>
    <message>
        <source>Records with these statuses</source>
        <translation>Enregistrements ayant ces statuts</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>To be deleted</source>
        <translation>À supprimer</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Élèves</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <source>%1: active</source>
        <translation>%1&#xa0;: statut actif</translation>
    </message>
    <message>
        <source>%1: to be deleted</source>
        <translation>%1&#xa0;: statut à supprimer</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Active &amp;students only</source>
        <translation>Uniquement les é&amp;lèves actifs</translation>
    </message>
    <message>
        <source>Students who are enabled and in at least one class that is sent.</source>
        <translation>Élèves activés qui sont inscrits dans au moins une classe envoyée.</translation>
    </message>
    <message>
        <source>Active teac&amp;hers only</source>
        <translation>Uniquement les &amp;enseignants actifs</translation>
    </message>
    <message>
        <source>Teachers who are enabled and teach at least one class that is sent.</source>
        <translation>Enseignants activés qui enseignent dans au moins une classe envoyée.</translation>
    </message>
    <message>
        <source>Classes of the current &amp;terms only</source>
        <translation>Uniquement les classes des &amp;périodes en cours</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (not in the district&apos;s data)</source>
        <translation>%1 (absent des données du district)</translation>
    </message>
    <message>
        <source>Schools and records</source>
        <translation>Écoles et enregistrements</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Exclusions</source>
        <translation>Exclusions</translation>
    </message>
    <message>
        <source>Roles (to choose: %1)</source>
        <translation>Rôles (à choisir&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Tick at least one school.</source>
        <translation>Cochez au moins une école.</translation>
    </message>
    <message>
        <source>Tick Active or To be deleted for each kind of record.</source>
        <translation>Cochez Actif ou À supprimer pour chaque type d&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Choose where these roles go: %1.</source>
        <translation>Choisissez où vont ces rôles&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 — students: %2, classes: %3</source>
        <translation>%1 — élèves&#xa0;: %2, classes&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>rb::FiltersPage</name>
    <message>
        <source>What to send</source>
        <translation>Éléments à envoyer</translation>
    </message>
    <message>
        <source>Choose the schools, records, roles and exclusions Apple School Manager gets. The counts follow your choices.</source>
        <translation>Choisissez les écoles, les enregistrements, les rôles et les exclusions que reçoit Apple School Manager. Les décomptes suivent vos choix.</translation>
    </message>
</context>
<context>
    <name>rb::Findings</name>
    <message numerus="yes">
        <source>%n more like &quot;%1&quot; not listed</source>
        <translation>
            <numerusform>%n autre constat semblable à &quot;%1&quot; n&apos;est pas listé</numerusform>
            <numerusform>%n autres constats semblables à &quot;%1&quot; ne sont pas listés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::FindingsCsv</name>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>rb::FindingsModel</name>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>rb::FindingsPage</name>
    <message>
        <source>Checking the package against Apple&apos;s rules…</source>
        <translation>Vérification du paquet au regard des règles d&apos;Apple…</translation>
    </message>
    <message>
        <source>Summary of the findings</source>
        <translation>Résumé des constats</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>The package cannot be opened as a zip of the six files Apple School Manager takes.</source>
        <translation>Le paquet ne peut pas être ouvert comme un zip des six fichiers qu&apos;accepte Apple School Manager.</translation>
    </message>
    <message>
        <source>Apple School Manager would reject this package. Errors: %1, warnings: %2. Double-click a finding, or select it and press Enter, to see its row.</source>
        <translation>Apple School Manager refuserait ce paquet. Erreurs&#xa0;: %1, avertissements&#xa0;: %2. Double-cliquez sur un constat, ou sélectionnez-le et appuyez sur Entrée, pour afficher sa ligne.</translation>
    </message>
    <message>
        <source>The package follows Apple&apos;s rules. Warnings: %1. Double-click a finding, or select it and press Enter, to see its row.</source>
        <translation>Le paquet respecte les règles d&apos;Apple. Avertissements&#xa0;: %1. Double-cliquez sur un constat, ou sélectionnez-le et appuyez sur Entrée, pour afficher sa ligne.</translation>
    </message>
    <message>
        <source>The package follows Apple&apos;s rules.</source>
        <translation>Le paquet respecte les règles d&apos;Apple.</translation>
    </message>
    <message>
        <source>E&amp;xport findings…</source>
        <translation>E&amp;xporter les constats…</translation>
    </message>
    <message>
        <source>Export the findings as a CSV file</source>
        <translation>Exporter les constats dans un fichier CSV</translation>
    </message>
    <message>
        <source>Export findings</source>
        <translation>Exporter les constats</translation>
    </message>
    <message>
        <source>findings.csv</source>
        <translation>constats.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>rb::FingerprintConfirm</name>
    <message>
        <source>I have checked this fin&amp;gerprint</source>
        <translation>J&apos;ai &amp;vérifié cette empreinte</translation>
    </message>
    <message>
        <source>Tick only after comparing the fingerprint with the one the server&apos;s owner gives.</source>
        <translation>Ne cochez cette case qu&apos;après avoir comparé l&apos;empreinte avec celle que vous fournit le propriétaire du serveur.</translation>
    </message>
    <message>
        <source>The server&apos;s host key matches the pinned one: &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>La clé d&apos;hôte du serveur correspond à la clé mémorisée&#xa0;: &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>The server presented the host key &lt;tt&gt;%1&lt;/tt&gt;, not the pinned &lt;tt&gt;%2&lt;/tt&gt;. Nothing was sent to it.</source>
        <translation>Le serveur a présenté la clé d’hôte &lt;tt&gt;%1&lt;/tt&gt;, et non celle épinglée &lt;tt&gt;%2&lt;/tt&gt;. Rien ne lui a été envoyé.</translation>
    </message>
    <message>
        <source>The server identifies itself with this host key:&lt;br&gt;&lt;b&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/b&gt;&lt;br&gt;Compare it with the fingerprint the server&apos;s owner gives you. Nothing has been sent yet: RosterBridge signs in once you confirm the key, and remembers it; a different key later stops every upload.</source>
        <translation>Le serveur s’identifie avec cette clé d’hôte :&lt;br&gt;&lt;b&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/b&gt;&lt;br&gt;Comparez-la avec l’empreinte que vous donne le responsable du serveur. Rien n’a encore été envoyé : RosterBridge se connecte une fois la clé confirmée, et la retient ; une autre clé plus tard arrête tout envoi.</translation>
    </message>
</context>
<context>
    <name>rb::FinishPage</name>
    <message>
        <source>Ready to save</source>
        <translation>Prêt à enregistrer</translation>
    </message>
    <message>
        <source>Check the summary, name the profile and press Finish. Nothing is sent to Apple School Manager until you have approved the first preview.</source>
        <translation>Vérifiez le récapitulatif, nommez le profil et cliquez sur Terminer. Rien n&apos;est envoyé à Apple School Manager tant que vous n&apos;avez pas approuvé le premier aperçu.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>Save &amp;request and response data in the history</source>
        <translation>Enregistrer les données de &amp;requête et de réponse dans l&apos;historique</translation>
    </message>
    <message>
        <source>Keeps what RosterBridge sent and received in each run (passwords and tokens removed), to show your SIS vendor or Apple when something goes wrong.</source>
        <translation>Conserve ce que RosterBridge a envoyé et reçu lors de chaque exécution (mots de passe et jetons retirés), pour le montrer à l&apos;éditeur de votre SIS ou à Apple en cas de problème.</translation>
    </message>
    <message>
        <source>Run a &amp;dry run now and show me the preview</source>
        <translation>Lancer une exécution d&apos;&amp;essai maintenant et m&apos;en montrer l&apos;aperçu</translation>
    </message>
    <message>
        <source>Builds and checks the upload without sending it. The first real upload always waits until you approve its preview.</source>
        <translation>Prépare et vérifie le téléversement sans l&apos;envoyer. Le premier téléversement réel attend toujours que vous ayez approuvé son aperçu.</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>&amp;Nom du profil&#xa0;:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>District roster</source>
        <translation>Listes du district</translation>
    </message>
    <message>
        <source>Saving the profile and its passwords...</source>
        <translation>Enregistrement du profil et de ses mots de passe...</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>Saisissez un nom pour le profil.</translation>
    </message>
</context>
<context>
    <name>rb::FolderDelivery</name>
    <message>
        <source>The file %1 cannot be read: %2.</source>
        <translation>Impossible de lire le fichier %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The delivery folder %1 does not exist.</source>
        <translation>Le dossier de livraison %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot write into %1: %2.</source>
        <translation>Impossible d&apos;écrire dans %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2.</source>
        <translation>La lecture de %1 a échoué&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2.</source>
        <translation>L&apos;écriture de %1 a échoué&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Could not move the file into place as %1: %2.</source>
        <translation>Impossible de placer le fichier à son emplacement définitif sous le nom %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>rb::HistoryCommand</name>
    <message>
        <source>Run %1 is not in the history %2.</source>
        <translation>L&apos;exécution %1 ne figure pas dans l&apos;historique %2.</translation>
    </message>
    <message>
        <source>Run %1: %2, %3, %4</source>
        <translation>Exécution %1&#xa0;: %2, %3, %4</translation>
    </message>
    <message>
        <source>  started %1, ended %2, took %3</source>
        <translation>  début %1, fin %2, durée %3</translation>
    </message>
    <message>
        <source>  counts: %1</source>
        <translation>  décomptes&#xa0;: %1</translation>
    </message>
    <message>
        <source>  message: %1</source>
        <translation>  message&#xa0;: %1</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Étapes&#xa0;:</translation>
    </message>
    <message>
        <source>  (none recorded)</source>
        <translation>  (aucune enregistrée)</translation>
    </message>
    <message>
        <source>No runs match.</source>
        <translation>Aucune exécution ne correspond.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not found in the history.</source>
        <translation>«&#xa0;%1&#xa0;» est introuvable dans l&apos;historique.</translation>
    </message>
    <message>
        <source>step %1, %2</source>
        <translation>étape %1, %2</translation>
    </message>
    <message>
        <source>found in %1</source>
        <translation>trouvé dans %1</translation>
    </message>
    <message>
        <source>Run rosterbridge history --help for its options.</source>
        <translation>Exécutez rosterbridge history --help pour voir ses options.</translation>
    </message>
    <message>
        <source>Shows the run history: the latest runs (newest first), one run&apos;s steps and exchanges with --run, or the runs whose messages, URLs or kept bodies contain a text (such as a person&apos;s or a class&apos;s id) with --search.</source>
        <translation>Affiche l&apos;historique des exécutions&#xa0;: les dernières exécutions (les plus récentes d&apos;abord), les étapes et les échanges d&apos;une exécution avec --run, ou les exécutions dont les messages, les URL ou les corps conservés contiennent un texte (comme l&apos;id d&apos;une personne ou d&apos;une classe) avec --search.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher la sortie au format JSON.</translation>
    </message>
    <message>
        <source>Only the runs of this profile (its name or id).</source>
        <translation>Uniquement les exécutions de ce profil (son nom ou son id).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Only runs with this status (%1); may be repeated or separated by commas.</source>
        <translation>Uniquement les exécutions ayant ce statut (%1)&#xa0;; peut être répété ou séparé par des virgules.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>At most this many runs (default %1) or search hits (default %2).</source>
        <translation>Au plus ce nombre d&apos;exécutions (par défaut %1) ou de résultats de recherche (par défaut %2).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Show this run with its steps and exchanges.</source>
        <translation>Afficher cette exécution avec ses étapes et ses échanges.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Find the runs that mention this text (exact case).</source>
        <translation>Rechercher les exécutions qui mentionnent ce texte (en respectant la casse).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>history takes no arguments besides its options, not &quot;%1&quot;.</source>
        <translation>history n&apos;accepte aucun argument en dehors de ses options, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Use --run or --search, not both.</source>
        <translation>Utilisez --run ou --search, pas les deux.</translation>
    </message>
    <message>
        <source>--search needs the text to look for.</source>
        <translation>--search nécessite le texte à rechercher.</translation>
    </message>
    <message>
        <source>--limit needs a whole number above 0, not &quot;%1&quot;.</source>
        <translation>--limit nécessite un nombre entier supérieur à 0, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; use one of: %2.</source>
        <translation>Statut inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez l&apos;un des suivants&#xa0;: %2.</translation>
    </message>
    <message>
        <source>--run needs a run id (a whole number), not &quot;%1&quot;.</source>
        <translation>--run nécessite un id d&apos;exécution (un nombre entier), pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No single profile is named or has the id &quot;%1&quot;.</source>
        <translation>Aucun profil unique ne porte le nom ou l&apos;id «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Run %1 is not in the history: no run has been recorded yet.</source>
        <translation>L&apos;exécution %1 ne figure pas dans l&apos;historique&#xa0;: aucune exécution n&apos;a encore été enregistrée.</translation>
    </message>
    <message>
        <source>No runs yet.</source>
        <translation>Aucune exécution pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>rb::HistoryDatabase</name>
    <message>
        <source>The history database is not open.</source>
        <translation>La base de données de l&apos;historique n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>Cannot open the history database</source>
        <translation>Impossible d&apos;ouvrir la base de données de l&apos;historique</translation>
    </message>
    <message>
        <source>Cannot mark unfinished runs as interrupted</source>
        <translation>Impossible de marquer comme interrompues les exécutions inachevées</translation>
    </message>
    <message>
        <source>RosterBridge stopped before this run finished.</source>
        <translation>RosterBridge s&apos;est arrêté avant la fin de cette exécution.</translation>
    </message>
    <message>
        <source>The retention period cannot be negative.</source>
        <translation>La durée de conservation ne peut pas être négative.</translation>
    </message>
    <message>
        <source>Cannot remove old runs</source>
        <translation>Impossible de supprimer les anciennes exécutions</translation>
    </message>
    <message>
        <source>Enter the text to search for.</source>
        <translation>Saisissez le texte à rechercher.</translation>
    </message>
</context>
<context>
    <name>rb::HistoryDetailPane</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Details of the selection</source>
        <translation>Détails de la sélection</translation>
    </message>
    <message>
        <source>Copy the details to the clipboard</source>
        <translation>Copier les détails dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copies the selected exchange (or step, or run) as text.</source>
        <translation>Copie l&apos;échange sélectionné (ou l&apos;étape, ou l&apos;exécution) sous forme de texte.</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>Déta&amp;ils</translation>
    </message>
</context>
<context>
    <name>rb::HistoryDetailText</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Run %1 of %2</source>
        <translation>Exécution %1 de %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Trigger: %1</source>
        <translation>Déclencheur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Started %1, ended %2, took %3</source>
        <translation>Début&#xa0;: %1, fin&#xa0;: %2, durée&#xa0;: %3</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Décomptes</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Step %1: %2 (%3)</source>
        <translation>Étape %1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>%1, started %2, took %3</source>
        <translation>%1, début&#xa0;: %2, durée&#xa0;: %3</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Constats (%1)</translation>
    </message>
    <message>
        <source>(body not kept: turn on &apos;Save request and response data&apos; in the profile)</source>
        <translation>(corps non conservé&#xa0;: activez «&#xa0;Enregistrer les données de requête et de réponse&#xa0;» dans le profil)</translation>
    </message>
    <message>
        <source>Started %1, took %2</source>
        <translation>Début&#xa0;: %1, durée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Result: %1, %2 transferred</source>
        <translation>Résultat&#xa0;: %1, %2 transférés</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>En-têtes de la requête</translation>
    </message>
    <message>
        <source>Request body (%1 kept, truncated)</source>
        <translation>Corps de la requête (tronqué&#xa0;; %1 conservés)</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Corps de la requête</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>(truncated)</source>
        <translation>(tronqué)</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>HTTP %1 (%2), %3</source>
        <translation>HTTP %1 (%2), %3</translation>
    </message>
    <message>
        <source>No answer arrived.</source>
        <translation>Aucune réponse n&apos;est arrivée.</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>En-têtes de la réponse</translation>
    </message>
    <message>
        <source>Response body (first %1 of %2 kept, truncated)</source>
        <translation>Corps de la réponse (tronqué&#xa0;; les premiers %1 sur %2 sont conservés)</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Corps de la réponse</translation>
    </message>
    <message>
        <source>After the transfer</source>
        <translation>Après le transfert</translation>
    </message>
    <message>
        <source>Delivered means the zip reached the server whole. Apple School Manager imports it afterwards and shows the result only in Apple School Manager, under Activity: https://school.apple.com. The user guide&apos;s &quot;Apple rejected my upload&quot; explains its error codes. Show changes lists what this zip changed.</source>
        <translation>Livré signifie que le zip est arrivé entier sur le serveur. Apple School Manager l&apos;importe ensuite et n&apos;affiche le résultat que dans Apple School Manager, sous Activité&#xa0;: https://school.apple.com. La section «&#xa0;Apple rejected my upload&#xa0;» du guide de l&apos;utilisateur explique ses codes d&apos;erreur. Afficher les modifications liste ce que ce zip a changé.</translation>
    </message>
</context>
<context>
    <name>rb::HistoryError</name>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>le fichier ou son dossier est en lecture seule</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the file is damaged or is not a history database; it was left as it is, move it away to start a new history</source>
        <translation>le fichier est endommagé ou n&apos;est pas une base de données d&apos;historique&#xa0;; il a été laissé tel quel, déplacez-le ailleurs pour démarrer un nouvel historique</translation>
    </message>
    <message>
        <source>another RosterBridge kept the database busy</source>
        <translation>une autre instance de RosterBridge a occupé la base de données</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>le fichier ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>le disque a signalé une erreur</translation>
    </message>
    <message>
        <source>%1 in %2: %3.</source>
        <translation>%1 dans %2&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>rb::HistoryFilterBar</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Tous les profils</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Only runs from a date</source>
        <translation>Uniquement les exécutions à partir d&apos;une date</translation>
    </message>
    <message>
        <source>Only runs up to a date</source>
        <translation>Uniquement les exécutions jusqu&apos;à une date</translation>
    </message>
    <message>
        <source>Find a person or class id</source>
        <translation>Rechercher un id de personne ou de classe</translation>
    </message>
    <message>
        <source>Find a person or class id…</source>
        <translation>Rechercher un id de personne ou de classe…</translation>
    </message>
    <message>
        <source>Lists the runs whose messages, URLs or kept request and response data mention this id (exact case).</source>
        <translation>Liste les exécutions dont les messages, les URL ou les données de requête et de réponse conservées mentionnent cet id (en respectant la casse).</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>Pro&amp;fil&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Deleted profile %1</source>
        <translation>Profil supprimé %1</translation>
    </message>
</context>
<context>
    <name>rb::HistoryFormat</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>RUN</source>
        <translation>EXÉCUTION</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>DÉBUT</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <source>TRIGGER</source>
        <translation>DÉCLENCHEUR</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURÉE</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MESSAGE</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>the run&apos;s message</source>
        <translation>le message de l&apos;exécution</translation>
    </message>
    <message>
        <source>the step&apos;s message</source>
        <translation>le message de l&apos;étape</translation>
    </message>
    <message>
        <source>the exchange&apos;s URL or path</source>
        <translation>l&apos;URL ou le chemin de l&apos;échange</translation>
    </message>
    <message>
        <source>the request body</source>
        <translation>le corps de la requête</translation>
    </message>
    <message>
        <source>the response body</source>
        <translation>le corps de la réponse</translation>
    </message>
</context>
<context>
    <name>rb::HistoryPanel</name>
    <message>
        <source>Export run</source>
        <translation>Exporter l&apos;exécution</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Steps of the selected run</source>
        <translation>Étapes de l&apos;exécution sélectionnée</translation>
    </message>
    <message>
        <source>Exchanges of the selected step</source>
        <translation>Échanges de l&apos;étape sélectionnée</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>Afficher &amp;plus</translation>
    </message>
    <message>
        <source>Show more runs</source>
        <translation>Afficher plus d&apos;exécutions</translation>
    </message>
    <message>
        <source>E&amp;xport run…</source>
        <translation>E&amp;xporter l&apos;exécution…</translation>
    </message>
    <message>
        <source>Export the selected run as JSON</source>
        <translation>Exporter l&apos;exécution sélectionnée au format JSON</translation>
    </message>
    <message>
        <source>Saves the run with its steps and exchanges as a JSON file.</source>
        <translation>Enregistre l&apos;exécution avec ses étapes et ses échanges dans un fichier JSON.</translation>
    </message>
    <message>
        <source>&amp;Runs</source>
        <translation>&amp;Exécutions</translation>
    </message>
    <message>
        <source>St&amp;eps</source>
        <translation>É&amp;tapes</translation>
    </message>
    <message>
        <source>Exc&amp;hanges</source>
        <translation>É&amp;changes</translation>
    </message>
    <message>
        <source>Run %1 is not in the history any more.</source>
        <translation>L&apos;exécution %1 ne figure plus dans l&apos;historique.</translation>
    </message>
    <message>
        <source>No run mentions “%1”.</source>
        <translation>Aucune exécution ne mentionne «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>1 run mentions “%1”.</source>
        <translation>1 exécution mentionne «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 runs mention “%2”.</source>
        <translation>%1 exécutions mentionnent «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>No runs yet.</source>
        <translation>Aucune exécution pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No runs match.</source>
        <translation>Aucune exécution ne correspond.</translation>
    </message>
    <message>
        <source>The latest %1 runs; scroll for more.</source>
        <translation>Les %1 dernières exécutions&#xa0;; faites défiler pour en voir plus.</translation>
    </message>
    <message>
        <source>1 run.</source>
        <translation>1 exécution.</translation>
    </message>
    <message>
        <source>%1 runs.</source>
        <translation>%1 exécutions.</translation>
    </message>
    <message>
        <source>Run %1 was exported to %2.</source>
        <translation>L&apos;exécution %1 a été exportée vers %2.</translation>
    </message>
    <message>
        <source>Sho&amp;w changes…</source>
        <translation>Afficher les modificati&amp;ons…</translation>
    </message>
    <message>
        <source>Show what the selected run&apos;s zip changed</source>
        <translation>Afficher ce qu&apos;a changé le zip de l&apos;exécution sélectionnée</translation>
    </message>
    <message>
        <source>Opens the zip the run delivered next to the one delivered before it: who was added, removed or changed.</source>
        <translation>Ouvre le zip livré par l&apos;exécution à côté de celui livré avant lui&#xa0;: qui a été ajouté, retiré ou modifié.</translation>
    </message>
    <message>
        <source>Export dec&amp;isions…</source>
        <translation>Exporter les déc&amp;isions…</translation>
    </message>
    <message>
        <source>Export the selected run&apos;s decision trail as CSV</source>
        <translation>Exporter en CSV le journal des décisions de l&apos;exécution sélectionnée</translation>
    </message>
    <message>
        <source>Saves, as a spreadsheet, every record the run&apos;s filters left out or changed, with the rule and the source row.</source>
        <translation>Enregistre, en tableur, chaque enregistrement que les filtres de l&apos;exécution ont écarté ou modifié, avec la règle et la ligne source.</translation>
    </message>
    <message numerus="yes">
        <source>Saves, as a spreadsheet, the %n record(s) the run&apos;s filters left out or changed, with the rule and the source row.</source>
        <translation>
            <numerusform>Enregistre, en tableur, l&apos;enregistrement (%n) que les filtres de l&apos;exécution ont écarté ou modifié, avec la règle et la ligne source.</numerusform>
            <numerusform>Enregistre, en tableur, les %n enregistrements que les filtres de l&apos;exécution ont écartés ou modifiés, avec la règle et la ligne source.</numerusform>
        </translation>
    </message>
    <message>
        <source>This run kept no decision trail: it stopped before its filters ran.</source>
        <translation>Cette exécution n&apos;a pas conservé de journal des décisions&#xa0;: elle s&apos;est arrêtée avant ses filtres.</translation>
    </message>
    <message>
        <source>The decisions of run %1 were exported to %2.</source>
        <translation>Les décisions de l&apos;exécution %1 ont été exportées vers %2.</translation>
    </message>
</context>
<context>
    <name>rb::HistoryQueries</name>
    <message>
        <source>Cannot read the run history</source>
        <translation>Impossible de lire l&apos;historique des exécutions</translation>
    </message>
    <message>
        <source>Cannot read run %1</source>
        <translation>Impossible de lire l&apos;exécution %1</translation>
    </message>
    <message>
        <source>Cannot read the steps of run %1</source>
        <translation>Impossible de lire les étapes de l&apos;exécution %1</translation>
    </message>
    <message>
        <source>Cannot read the exchanges of step %1</source>
        <translation>Impossible de lire les échanges de l&apos;étape %1</translation>
    </message>
    <message>
        <source>Cannot read a delivered zip</source>
        <translation>Impossible de lire un zip livré</translation>
    </message>
    <message>
        <source>The zip %1 kept in the history database %2 is damaged (its checksum does not match).</source>
        <translation>Le zip %1 conservé dans la base de données de l&apos;historique %2 est endommagé (sa somme de contrôle ne correspond pas).</translation>
    </message>
    <message>
        <source>Cannot search the run history</source>
        <translation>Impossible de rechercher dans l&apos;historique des exécutions</translation>
    </message>
    <message>
        <source>Cannot read the decision trail of run %1</source>
        <translation>Impossible de lire le journal des décisions de l&apos;exécution %1</translation>
    </message>
    <message>
        <source>The decision trail of run %1 kept in the history database %2 is damaged.</source>
        <translation>Le journal des décisions de l&apos;exécution %1 conservé dans la base de l&apos;historique %2 est endommagé.</translation>
    </message>
</context>
<context>
    <name>rb::HistorySchema</name>
    <message>
        <source>The history database %1 is a folder, not a file.</source>
        <translation>La base de données de l&apos;historique %1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>The history database %1 cannot be read: %2.</source>
        <translation>Impossible de lire la base de données de l&apos;historique %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The file %1 is not a RosterBridge history database or it is damaged. It was left as it is; move it away to start a new history.</source>
        <translation>Le fichier %1 n&apos;est pas une base de données d&apos;historique RosterBridge ou il est endommagé. Il a été laissé tel quel&#xa0;; déplacez-le ailleurs pour démarrer un nouvel historique.</translation>
    </message>
    <message>
        <source>The history database %1 is read-only, so runs cannot be recorded. Check the file&apos;s permissions and the disk it is on.</source>
        <translation>La base de données de l&apos;historique %1 est en lecture seule&#xa0;: les exécutions ne peuvent donc pas être enregistrées. Vérifiez les autorisations du fichier et le disque sur lequel il se trouve.</translation>
    </message>
    <message>
        <source>The history database %1 does not exist.</source>
        <translation>La base de données de l&apos;historique %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The folder %1 for the history database cannot be created.</source>
        <translation>Impossible de créer le dossier %1 de la base de données de l&apos;historique.</translation>
    </message>
    <message>
        <source>The folder %1 of the history database is read-only, so runs cannot be recorded.</source>
        <translation>Le dossier %1 de la base de données de l&apos;historique est en lecture seule&#xa0;: les exécutions ne peuvent donc pas être enregistrées.</translation>
    </message>
    <message>
        <source>Cannot read the history database&apos;s version</source>
        <translation>Impossible de lire la version de la base de données de l&apos;historique</translation>
    </message>
    <message>
        <source>The history database %1 was written by a newer RosterBridge (schema %2, this version reads up to %3). It was left as it is.</source>
        <translation>La base de données de l&apos;historique %1 a été écrite par une version plus récente de RosterBridge (schéma %2&#xa0;; cette version lit jusqu&apos;au schéma %3). Elle a été laissée telle quelle.</translation>
    </message>
    <message>
        <source>Cannot read the history database&apos;s tables</source>
        <translation>Impossible de lire les tables de la base de données de l&apos;historique</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database but not a RosterBridge history. It was left as it is.</source>
        <translation>Le fichier %1 est une base de données SQLite, mais pas un historique RosterBridge. Il a été laissé tel quel.</translation>
    </message>
    <message>
        <source>The history database %1 is damaged: the table %2 is missing. It was left as it is; move it away to start a new history.</source>
        <translation>La base de données de l&apos;historique %1 est endommagée&#xa0;: la table %2 est manquante. Elle a été laissée telle quelle&#xa0;; déplacez-la ailleurs pour démarrer un nouvel historique.</translation>
    </message>
    <message>
        <source>The history database %1 needs an upgrade, which cannot be done while it is opened read-only.</source>
        <translation>La base de données de l&apos;historique %1 doit être mise à niveau, ce qui est impossible tant qu&apos;elle est ouverte en lecture seule.</translation>
    </message>
    <message>
        <source>Cannot prepare the history database</source>
        <translation>Impossible de préparer la base de données de l&apos;historique</translation>
    </message>
    <message>
        <source>Cannot switch the history database to write-ahead logging</source>
        <translation>Impossible de passer la base de données de l&apos;historique en journalisation à écriture anticipée (WAL)</translation>
    </message>
    <message>
        <source>Cannot upgrade the history database</source>
        <translation>Impossible de mettre à niveau la base de données de l&apos;historique</translation>
    </message>
    <message>
        <source>Cannot write to the history database</source>
        <translation>Impossible d&apos;écrire dans la base de données de l&apos;historique</translation>
    </message>
    <message>
        <source>Cannot create the history tables</source>
        <translation>Impossible de créer les tables de l&apos;historique</translation>
    </message>
</context>
<context>
    <name>rb::HistoryText</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Held for review</source>
        <translation>Retenu pour vérification</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Exécution d&apos;essai</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompu</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>Exécuter maintenant</translation>
    </message>
    <message>
        <source>New export</source>
        <translation>Nouvel export</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Ligne de commande</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>SFTP</source>
        <translation>SFTP</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Retenu</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 octet</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 Go</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation>%1 To</translation>
    </message>
    <message>
        <source>1 finding</source>
        <translation>1 constat</translation>
    </message>
    <message>
        <source>%1 findings</source>
        <translation>%1 constats</translation>
    </message>
</context>
<context>
    <name>rb::HistoryWriter</name>
    <message>
        <source>Cannot record the start of a run</source>
        <translation>Impossible d&apos;enregistrer le début d&apos;une exécution</translation>
    </message>
    <message>
        <source>A run cannot finish with the status &quot;running&quot;.</source>
        <translation>Une exécution ne peut pas se terminer avec le statut «&#xa0;running&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot record the end of run %1</source>
        <translation>Impossible d&apos;enregistrer la fin de l&apos;exécution %1</translation>
    </message>
    <message>
        <source>Run %1 does not exist or has already finished.</source>
        <translation>L&apos;exécution %1 n&apos;existe pas ou est déjà terminée.</translation>
    </message>
    <message>
        <source>Cannot record the step &quot;%1&quot; of run %2</source>
        <translation>Impossible d&apos;enregistrer l&apos;étape «&#xa0;%1&#xa0;» de l&apos;exécution %2</translation>
    </message>
    <message>
        <source>Cannot record the end of step %1</source>
        <translation>Impossible d&apos;enregistrer la fin de l&apos;étape %1</translation>
    </message>
    <message>
        <source>Step %1 does not exist.</source>
        <translation>L&apos;étape %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot record the exchanges of step %1</source>
        <translation>Impossible d&apos;enregistrer les échanges de l&apos;étape %1</translation>
    </message>
    <message>
        <source>Cannot keep the delivered zip %1 of run %2</source>
        <translation>Impossible de conserver le zip livré %1 de l&apos;exécution %2</translation>
    </message>
    <message>
        <source>Cannot keep the decision trail of run %1</source>
        <translation>Impossible de conserver le journal des décisions de l&apos;exécution %1</translation>
    </message>
</context>
<context>
    <name>rb::HostKeyDialog</name>
    <message>
        <source>Host key changed</source>
        <translation>La clé d’hôte a changé</translation>
    </message>
    <message>
        <source>The server %1 presented a different host key than the one this profile trusts. Nothing was sent to it. If the server&apos;s operator confirms that the key was changed, compare the new fingerprint with the one they give and trust it. Otherwise someone may be intercepting the connection: cancel.</source>
        <translation>Le serveur %1 a présenté une clé d’hôte différente de celle à laquelle ce profil fait confiance. Rien ne lui a été envoyé. Si l’exploitant du serveur confirme que la clé a changé, comparez la nouvelle empreinte avec celle qu’il vous donne et faites-lui confiance. Sinon, quelqu’un intercepte peut-être la connexion : annulez.</translation>
    </message>
    <message>
        <source>Trusted until now:</source>
        <translation>Approuvée jusqu’ici :</translation>
    </message>
    <message>
        <source>Presented now:</source>
        <translation>Présentée maintenant :</translation>
    </message>
    <message>
        <source>&amp;Trust the new key</source>
        <translation>&amp;Faire confiance à la nouvelle clé</translation>
    </message>
</context>
<context>
    <name>rb::JsonSettingsReader</name>
    <message>
        <source>could not be read: %1</source>
        <translation>lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>is not valid JSON: %1 at byte %2</source>
        <translation>n&apos;est pas du JSON valide&#xa0;: %1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>must hold a JSON object</source>
        <translation>doit contenir un objet JSON</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>doit être un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>doit être une liste de chaînes</translation>
    </message>
    <message>
        <source>must be an object of names and values</source>
        <translation>doit être un objet de noms et de valeurs</translation>
    </message>
    <message>
        <source>a name is empty</source>
        <translation>un nom est vide</translation>
    </message>
    <message>
        <source>secrets are not read from settings files; this value is ignored (keep it in the system keychain)</source>
        <translation>les secrets ne sont pas lus dans les fichiers de paramètres&#xa0;; cette valeur est ignorée (conservez-la dans le trousseau du système)</translation>
    </message>
    <message>
        <source>unknown setting; it is ignored</source>
        <translation>paramètre inconnu&#xa0;; il est ignoré</translation>
    </message>
</context>
<context>
    <name>rb::KeptRemovalsPackage</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>the package held for review (%1)</source>
        <translation>le paquet retenu pour vérification (%1)</translation>
    </message>
    <message>
        <source>the last delivery (%1)</source>
        <translation>la dernière livraison (%1)</translation>
    </message>
    <message>
        <source>RosterBridge cannot read %1: %2</source>
        <translation>RosterBridge ne peut pas lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 in %2 cannot be read: %3</source>
        <translation>%1 dans %2 est illisible&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 in %2 has no header line.</source>
        <translation>%1 dans %2 n&apos;a pas de ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>%1 in %2 cannot be read past line %3: %4</source>
        <translation>%1 dans %2 est illisible après la ligne %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1 in %2 is damaged: %3</source>
        <translation>%1 dans %2 est endommagé&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 in %2 has the column &quot;%3&quot;, which Apple&apos;s template does not have.</source>
        <translation>%1 dans %2 a la colonne «&#xa0;%3&#xa0;», absente du modèle d&apos;Apple.</translation>
    </message>
    <message>
        <source>%1 in %2 has no %3 column.</source>
        <translation>%1 dans %2 n&apos;a pas de colonne %3.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>%1, line %2, of %3 would be kept back, but the %4 it names, &quot;%5&quot;, is in neither that delivery&apos;s %6 nor the held package&apos;s, so the package would be incomplete.</source>
        <translation>%1, ligne %2, de %3 serait conservée, mais le %4 qu&apos;elle nomme, «&#xa0;%5&#xa0;», n&apos;est ni dans le %6 de cette livraison ni dans celui du paquet retenu&#xa0;: le paquet serait incomplet.</translation>
    </message>
    <message>
        <source>nothing has been delivered before, so there are no removals to keep; approve the package instead</source>
        <translation>rien n&apos;a encore été livré, il n&apos;y a donc pas de retraits à garder&#xa0;; approuvez plutôt le paquet</translation>
    </message>
</context>
<context>
    <name>rb::LayerList</name>
    <message>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>non testé</translation>
    </message>
</context>
<context>
    <name>rb::LazyCsvModel</name>
    <message>
        <source>Line %1 of %2</source>
        <translation>Ligne %1 de %2</translation>
    </message>
</context>
<context>
    <name>rb::MainWindow</name>
    <message>
        <source>RosterBridge</source>
        <translation>RosterBridge</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Nouveau profil…</translation>
    </message>
    <message>
        <source>&amp;Run now</source>
        <translation>&amp;Exécuter maintenant</translation>
    </message>
    <message>
        <source>&amp;Preview (dry run)</source>
        <translation>&amp;Aperçu (exécution d&apos;essai)</translation>
    </message>
    <message>
        <source>&amp;Edit settings…</source>
        <translation>&amp;Modifier les paramètres…</translation>
    </message>
    <message>
        <source>Re&amp;view package…</source>
        <translation>&amp;Vérifier le paquet…</translation>
    </message>
    <message>
        <source>P&amp;ause schedule</source>
        <translation>&amp;Suspendre la planification</translation>
    </message>
    <message>
        <source>Re-&amp;send last zip…</source>
        <translation>Re&amp;nvoyer le dernier zip…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Su&amp;pprimer…</translation>
    </message>
    <message>
        <source>Start RosterBridge when I &amp;log in</source>
        <translation>Démarrer RosterBridge à l&apos;&amp;ouverture de session</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Démarrage à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>P&amp;aramètres</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Vérifier…</translation>
    </message>
    <message>
        <source>Review the package waiting for approval</source>
        <translation>Vérifier le paquet en attente d&apos;approbation</translation>
    </message>
    <message>
        <source>P&amp;rofiles</source>
        <translation>&amp;Profils</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Resume sched&amp;ule</source>
        <translation>&amp;Reprendre la planification</translation>
    </message>
    <message>
        <source>&lt;b&gt;Held for review.&lt;/b&gt; Nothing was sent to Apple School Manager. Look at the changes, then upload or discard.</source>
        <translation>&lt;b&gt;Retenu pour vérification.&lt;/b&gt; Rien n&apos;a été envoyé à Apple School Manager. Examinez les modifications, puis téléversez ou abandonnez le paquet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A dry run is ready.&lt;/b&gt; Look at what would be sent; you can upload exactly this package.</source>
        <translation>&lt;b&gt;Une exécution d&apos;essai est prête.&lt;/b&gt; Examinez ce qui serait envoyé&#xa0;; vous pouvez téléverser exactement ce paquet.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>No profile yet. Click “New profile…” to connect your SIS to Apple School Manager, or to try a sample district.</source>
        <translation>Aucun profil pour l&apos;instant. Cliquez sur «&#xa0;Nouveau profil…&#xa0;» pour connecter votre SIS à Apple School Manager ou pour essayer un district d&apos;exemple.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No keychain is available.&lt;/b&gt; %1 Secrets cannot be saved; runs you start here ask for them, and scheduled runs cannot run.</source>
        <translation>&lt;b&gt;Aucun trousseau n&apos;est disponible.&lt;/b&gt; %1 Les secrets ne peuvent pas être enregistrés&#xa0;; les exécutions lancées ici vous les demandent, et les exécutions planifiées ne peuvent pas avoir lieu.</translation>
    </message>
    <message>
        <source>The profile file %1 could not be read; it was left as it is.</source>
        <translation>Le fichier de profil %1 n&apos;a pas pu être lu&#xa0;; il a été laissé tel quel.</translation>
    </message>
    <message>
        <source>Re-send the last zip</source>
        <translation>Renvoyer le dernier zip</translation>
    </message>
    <message>
        <source>Send the zip that was last delivered to Apple School Manager again? Use this when Apple&apos;s import failed on their side.</source>
        <translation>Envoyer à nouveau à Apple School Manager le dernier zip livré&#xa0;? Utilisez cette option lorsque l&apos;importation a échoué du côté d&apos;Apple.</translation>
    </message>
    <message>
        <source>Re-send</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Edit settings</source>
        <translation>Modifier les paramètres</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Delete “%1” and its saved passwords? Its run history stays. Nothing changes in Apple School Manager.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» et ses mots de passe enregistrés&#xa0;? Son historique d&apos;exécutions est conservé. Rien ne change dans Apple School Manager.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>No system tray here: schedules run while this window is open; closing it quits RosterBridge.</source>
        <translation>Aucune zone de notification ici&#xa0;: les exécutions planifiées ont lieu tant que cette fenêtre est ouverte&#xa0;; la fermer quitte RosterBridge.</translation>
    </message>
    <message>
        <source>Runs in the service</source>
        <translation>S&apos;exécute dans le service</translation>
    </message>
    <message>
        <source>Service not reachable</source>
        <translation>Service injoignable</translation>
    </message>
    <message>
        <source>The RosterBridge service runs these profiles, also when nobody is logged in. This window shows its runs; Run now, Preview, Approve and Pause go to it.</source>
        <translation>Le service RosterBridge exécute ces profils, même quand personne n&apos;est connecté. Cette fenêtre affiche ses exécutions&#xa0;; Exécuter maintenant, Aperçu, Approuver et Suspendre lui sont transmis.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The RosterBridge service cannot be reached.&lt;/b&gt; Nothing runs until it is started again (Settings → Preferences…); or quit RosterBridge and open it again to run the profiles here.</source>
        <translation>&lt;b&gt;Le service RosterBridge est injoignable.&lt;/b&gt; Rien ne s&apos;exécute tant qu&apos;il n&apos;est pas redémarré (Paramètres → Préférences…)&#xa0;; ou quittez RosterBridge et rouvrez-le pour exécuter les profils ici.</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>Exécuter maintenant</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Blocked: %n problem(s) with Apple&apos;s rules.&lt;/b&gt; Nothing was sent. Fix them, then run again.</source>
        <translation>
            <numerusform>&lt;b&gt;Bloqué&#xa0;: %n problème avec les règles d&apos;Apple.&lt;/b&gt; Rien n&apos;a été envoyé. Corrigez-le, puis relancez.</numerusform>
            <numerusform>&lt;b&gt;Bloqué&#xa0;: %n problèmes avec les règles d&apos;Apple.&lt;/b&gt; Rien n&apos;a été envoyé. Corrigez-les, puis relancez.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::MappingOptions</name>
    <message>
        <source>a password policy must be 4, 6, 8 or blank</source>
        <translation>une politique de mot de passe doit valoir 4, 6, 8 ou être vide</translation>
    </message>
    <message>
        <source>unknown setting; it is ignored</source>
        <translation>paramètre inconnu&#xa0;; il est ignoré</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>doit être du texte</translation>
    </message>
    <message>
        <source>must be &quot;names&quot;, &quot;personNumber&quot;, &quot;sisUsername&quot; or &quot;email&quot;</source>
        <translation>doit valoir &quot;names&quot;, &quot;personNumber&quot;, &quot;sisUsername&quot; ou &quot;email&quot;</translation>
    </message>
</context>
<context>
    <name>rb::NotificationSettingsWidget</name>
    <message>
        <source>SMTP server</source>
        <translation>Serveur SMTP</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>Port SMTP</translation>
    </message>
    <message>
        <source>Use STARTTLS</source>
        <translation>Utiliser STARTTLS</translation>
    </message>
    <message>
        <source>SMTP user name</source>
        <translation>Nom d&apos;utilisateur SMTP</translation>
    </message>
    <message>
        <source>Empty when the server needs no login</source>
        <translation>Vide si le serveur ne demande pas d&apos;identification</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>Mot de passe SMTP</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Adresse de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>it@district.org, another@district.org</source>
        <translation>it@district.org, another@district.org</translation>
    </message>
    <message>
        <source>SMTP &amp;server:</source>
        <translation>&amp;Serveur SMTP&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;À&#xa0;:</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL du webhook</translation>
    </message>
    <message>
        <source>Optional: https://... receives a JSON message</source>
        <translation>Facultatif&#xa0;: https://... reçoit un message JSON</translation>
    </message>
    <message>
        <source>A pop-up from the tray icon tells whoever is at this computer. Email and a webhook reach someone who is not.</source>
        <translation>Une bulle de l&apos;icône de notification prévient la personne devant cet ordinateur. L&apos;e-mail et un webhook atteignent les autres.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>&amp;Email these addresses when a run fails or is held</source>
        <translation>&amp;Envoyer un e-mail à ces adresses quand une exécution échoue ou est retenue</translation>
    </message>
    <message>
        <source>Send test e&amp;mail</source>
        <translation>Envoyer un e-&amp;mail de test</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Test webhoo&amp;k</source>
        <translation>Tester le webhoo&amp;k</translation>
    </message>
    <message>
        <source>Web&amp;hook URL:</source>
        <translation>URL du web&amp;hook :</translation>
    </message>
    <message>
        <source>When deliveries stop</source>
        <translation>Quand les livraisons s&apos;arrêtent</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source> school days</source>
        <translation> jours de classe</translation>
    </message>
    <message>
        <source>Alert after this many school days without a delivery</source>
        <translation>Alerter après ce nombre de jours de classe sans livraison</translation>
    </message>
    <message>
        <source>Success ping URL</source>
        <translation>URL du ping de réussite</translation>
    </message>
    <message>
        <source>Optional: a monitor&apos;s check URL, called after each delivery</source>
        <translation>Facultatif : l&apos;URL de contrôle d&apos;un service de surveillance, appelée après chaque livraison</translation>
    </message>
    <message>
        <source>A monitoring service (healthchecks.io, Cronitor, Uptime Kuma) alerts you when the calls stop, even if this computer is off.</source>
        <translation>Un service de surveillance (healthchecks.io, Cronitor, Uptime Kuma) vous alerte quand les appels s&apos;arrêtent, même si cet ordinateur est éteint.</translation>
    </message>
    <message>
        <source>&amp;Alert when nothing was delivered for:</source>
        <translation>&amp;Alerter quand rien n&apos;a été livré depuis :</translation>
    </message>
    <message>
        <source>Success &amp;ping URL:</source>
        <translation>URL du &amp;ping de réussite :</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>✔ Sent: %1</source>
        <translation>✔ Envoyé : %1</translation>
    </message>
    <message>
        <source>✖ Not sent: %1</source>
        <translation>✖ Non envoyé : %1</translation>
    </message>
    <message>
        <source>Enter who the email goes to, or untick email.</source>
        <translation>Saisissez le destinataire du courriel, ou décochez le courriel.</translation>
    </message>
    <message>
        <source>Enter the SMTP server, or untick email.</source>
        <translation>Saisissez le serveur SMTP, ou décochez le courriel.</translation>
    </message>
    <message>
        <source>Enter the sender&apos;s address (From), or untick email.</source>
        <translation>Saisissez l&apos;adresse de l&apos;expéditeur (De), ou décochez le courriel.</translation>
    </message>
</context>
<context>
    <name>rb::NotificationsPage</name>
    <message>
        <source>Who hears about problems</source>
        <translation>Qui est prévenu des problèmes</translation>
    </message>
    <message>
        <source>A failed or held sync, or no delivery for several school days, can reach someone by email or a webhook. Send a test before you finish.</source>
        <translation>Une synchronisation échouée ou retenue, ou plusieurs jours de classe sans livraison, peuvent prévenir quelqu&apos;un par e-mail ou webhook. Envoyez un test avant de terminer.</translation>
    </message>
</context>
<context>
    <name>rb::NotifyCommand</name>
    <message>
        <source>notify test: sends a test message through every channel a profile alerts on (email, webhook) and prints each server&apos;s answer. The SMTP password comes from the keychain or ROSTERBRIDGE_SMTP_PASSWORD.</source>
        <translation>notify test : envoie un message de test par chaque canal d&apos;alerte du profil (e-mail, webhook) et affiche la réponse de chaque serveur. Le mot de passe SMTP vient du trousseau ou de ROSTERBRIDGE_SMTP_PASSWORD.</translation>
    </message>
    <message>
        <source>The only action: test.</source>
        <translation>La seule action : test.</translation>
    </message>
    <message>
        <source>The profile&apos;s name or id.</source>
        <translation>Le nom ou l&apos;identifiant du profil.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>notify needs: notify test --profile NAME</source>
        <translation>notify attend : notify test --profile NOM</translation>
    </message>
    <message>
        <source>No single profile is named or has the id &quot;%1&quot; in %2.</source>
        <translation>Aucun profil ne correspond de façon unique au nom ou à l&apos;id &quot;%1&quot; dans %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; sends no alerts: set an email address or a webhook in its notifications first.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;envoie aucune alerte : indiquez d&apos;abord une adresse e-mail ou un webhook dans ses notifications.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
</context>
<context>
    <name>rb::OAuth2TokenProvider</name>
    <message>
        <source>the token endpoint %1 could not be reached: %2</source>
        <translation>le point de terminaison de jeton %1 est injoignable&#xa0;: %2</translation>
    </message>
    <message>
        <source>the token endpoint %1 answered HTTP %2</source>
        <translation>le point de terminaison de jeton %1 a répondu HTTP %2</translation>
    </message>
    <message>
        <source>the token endpoint %1 answered HTTP %2: %3</source>
        <translation>le point de terminaison de jeton %1 a répondu HTTP %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>the token endpoint %1 answered HTTP %2 but not with JSON (%3)</source>
        <translation>le point de terminaison de jeton %1 a répondu HTTP %2, mais pas en JSON (%3)</translation>
    </message>
    <message>
        <source>the token endpoint %1 answered HTTP %2 without an access_token</source>
        <translation>le point de terminaison de jeton %1 a répondu HTTP %2 sans access_token</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>the token endpoint: %1</source>
        <translation>le point d’obtention des jetons : %1</translation>
    </message>
    <message>
        <source>the token endpoint %1 answered with more than %2 bytes; RosterBridge stopped reading it</source>
        <translation>le point d’obtention des jetons %1 a répondu avec plus de %2 octets ; RosterBridge a cessé de le lire</translation>
    </message>
</context>
<context>
    <name>rb::OneRosterCsvLoader</name>
    <message>
        <source>duplicate sourcedId; it is first used on line %1</source>
        <translation>sourcedId en double&#xa0;; il est utilisé pour la première fois à la ligne %1</translation>
    </message>
    <message>
        <source>the manifest marks this file as a delta, which holds only changes; Apple School Manager needs the complete set every time, so export in bulk mode</source>
        <translation>le manifeste indique que ce fichier est un delta, qui ne contient que les modifications&#xa0;; Apple School Manager a besoin de l&apos;ensemble complet à chaque fois, exportez donc en mode bulk</translation>
    </message>
    <message>
        <source>the manifest lists this file but it is not in the export</source>
        <translation>le manifeste mentionne ce fichier, mais il ne figure pas dans l&apos;export</translation>
    </message>
    <message>
        <source>this file is required but is not in the export</source>
        <translation>ce fichier est obligatoire, mais il ne figure pas dans l&apos;export</translation>
    </message>
    <message>
        <source>the manifest marks this file as absent, but it is present; it is read anyway</source>
        <translation>le manifeste indique ce fichier comme absent, mais il est présent&#xa0;; il est tout de même lu</translation>
    </message>
    <message>
        <source>no org has the sourcedId &quot;%1&quot;</source>
        <translation>aucune organisation n&apos;a le sourcedId «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the end date is before the start date</source>
        <translation>la date de fin est antérieure à la date de début</translation>
    </message>
    <message>
        <source>no course has the sourcedId &quot;%1&quot;</source>
        <translation>aucun cours n&apos;a le sourcedId «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no academic session has the sourcedId &quot;%1&quot;</source>
        <translation>aucune session scolaire n&apos;a le sourcedId «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role type; use primary or secondary</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un type de rôle&#xa0;; utilisez primary ou secondary</translation>
    </message>
    <message>
        <source>no org has the sourcedId &quot;%1&quot;; the org is read without its parent</source>
        <translation>aucune organisation n’a le sourcedId « %1 » ; l’organisation est lue sans son parent</translation>
    </message>
    <message>
        <source>no org has the sourcedId &quot;%1&quot;; the course is skipped</source>
        <translation>aucune organisation n’a le sourcedId « %1 » ; le cours est ignoré</translation>
    </message>
    <message>
        <source>%1; the class is skipped</source>
        <translation>%1 ; la classe est ignorée</translation>
    </message>
    <message>
        <source>no org has the sourcedId &quot;%1&quot;; the user is read without a primary org</source>
        <translation>aucune organisation n’a le sourcedId « %1 » ; l’utilisateur est lu sans organisation principale</translation>
    </message>
    <message>
        <source>no org has the sourcedId &quot;%1&quot;; the user is read without it</source>
        <translation>aucune organisation n’a le sourcedId « %1 » ; l’utilisateur est lu sans elle</translation>
    </message>
    <message>
        <source>the user belongs to no org and is not sent unless they teach a class</source>
        <translation>l’utilisateur n’appartient à aucune organisation et n’est pas envoyé, sauf s’il enseigne une classe</translation>
    </message>
    <message>
        <source>no user has the sourcedId &quot;%1&quot;; the role is skipped</source>
        <translation>aucun utilisateur n’a le sourcedId « %1 » ; le rôle est ignoré</translation>
    </message>
    <message>
        <source>no org has the sourcedId &quot;%1&quot;; the role is skipped</source>
        <translation>aucune organisation n’a le sourcedId « %1 » ; le rôle est ignoré</translation>
    </message>
    <message>
        <source>the user &quot;%1&quot; has no role in roles.csv and is not sent</source>
        <translation>l’utilisateur « %1 » n’a aucun rôle dans roles.csv et n’est pas envoyé</translation>
    </message>
    <message>
        <source>%1 of %2 rows refer to records that are not in the export, more than the limit of %3 (danglingReferences in the filters): the export looks cut off, so nothing is sent</source>
        <translation>%1 lignes sur %2 renvoient à des enregistrements absents de l’export, plus que la limite de %3 (danglingReferences dans les filtres) : l’export semble tronqué, donc rien n’est envoyé</translation>
    </message>
    <message>
        <source>no class has the sourcedId &quot;%1&quot;; the enrollment is skipped</source>
        <translation>aucune classe n’a le sourcedId « %1 » ; l’inscription est ignorée</translation>
    </message>
    <message>
        <source>no user has the sourcedId &quot;%1&quot;; the enrollment is skipped</source>
        <translation>aucun utilisateur n’a le sourcedId « %1 » ; l’inscription est ignorée</translation>
    </message>
    <message>
        <source>the export holds more than 4 GiB of text (names, ids, titles), more than RosterBridge can hold; check that it is the district&apos;s export and not something much larger</source>
        <translation>l’export contient plus de 4 Gio de texte (noms, identifiants, titres), plus que RosterBridge ne peut en contenir ; vérifiez qu’il s’agit bien de l’export du district et non de quelque chose de bien plus gros</translation>
    </message>
</context>
<context>
    <name>rb::OneRosterFile</name>
    <message>
        <source>the row has %1 fields but the header has %2</source>
        <translation>la ligne comporte %1 champs, mais l&apos;en-tête en comporte %2</translation>
    </message>
    <message>
        <source>the file has a header but no data rows</source>
        <translation>le fichier a un en-tête, mais aucune ligne de données</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>une valeur est requise</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status; use active or tobedeleted</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un statut&#xa0;; utilisez active ou tobedeleted</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni true ni false</translation>
    </message>
    <message>
        <source>a date is required (YYYY-MM-DD)</source>
        <translation>une date est requise (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>%1 (the row is not sent, so it is skipped)</source>
        <translation>%1 (la ligne n’est pas envoyée, elle est donc ignorée)</translation>
    </message>
</context>
<context>
    <name>rb::OneRosterSource</name>
    <message>
        <source>the file or folder does not exist: %1</source>
        <translation>le fichier ou le dossier n&apos;existe pas&#xa0;: %1</translation>
    </message>
    <message>
        <source>this is not a readable zip archive, or it is damaged or truncated (zip error %1)</source>
        <translation>ce n&apos;est pas une archive zip lisible, ou elle est endommagée ou tronquée (erreur zip %1)</translation>
    </message>
    <message>
        <source>files inside folders are ignored; OneRoster files must be at the root of the zip</source>
        <translation>les fichiers situés dans des dossiers sont ignorés&#xa0;; les fichiers OneRoster doivent se trouver à la racine du zip</translation>
    </message>
    <message>
        <source>manifest.csv is missing; the OneRoster version is guessed from the files</source>
        <translation>manifest.csv est manquant&#xa0;; la version OneRoster est déduite des fichiers</translation>
    </message>
    <message>
        <source>the header must be &quot;propertyName,value&quot;</source>
        <translation>l&apos;en-tête doit être «&#xa0;propertyName,value&#xa0;»</translation>
    </message>
    <message>
        <source>unsupported OneRoster version &quot;%1&quot;; 1.1 and 1.2 are supported</source>
        <translation>version OneRoster «&#xa0;%1&#xa0;» non prise en charge&#xa0;; les versions 1.1 et 1.2 sont prises en charge</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file mode; use bulk, delta or absent</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un mode de fichier&#xa0;; utilisez bulk, delta ou absent</translation>
    </message>
    <message>
        <source>the manifest does not give the OneRoster version; the version is guessed from the files</source>
        <translation>le manifeste n&apos;indique pas la version OneRoster&#xa0;; la version est déduite des fichiers</translation>
    </message>
    <message>
        <source>%1 is in the export but not listed in the manifest</source>
        <translation>%1 figure dans l&apos;export, mais pas dans le manifeste</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 n&apos;a pas pu être ouvert&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>rb::PackageDiffer</name>
    <message>
        <source>%1 of the last delivery could not be read.</source>
        <translation>Impossible de lire %1 de la dernière livraison.</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 changed while it was being compared.</source>
        <translation>%1 a été modifié pendant la comparaison.</translation>
    </message>
</context>
<context>
    <name>rb::PackageLoader</name>
    <message>
        <source>No temporary folder for the preview: %1</source>
        <translation>Aucun dossier temporaire pour l&apos;aperçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The package cannot be opened.</source>
        <translation>Impossible d&apos;ouvrir le paquet.</translation>
    </message>
    <message>
        <source>%1 is not in the package.</source>
        <translation>%1 ne figure pas dans le paquet.</translation>
    </message>
</context>
<context>
    <name>rb::PersonFieldCheck</name>
    <message>
        <source>%1 has no %2, which the district&apos;s Managed Apple Account format is built from; Apple School Manager would refuse the whole upload (MANAGED_ID_GENERATION_FAILED)</source>
        <translation>%1 n&apos;a pas de %2, à partir duquel le format des comptes Apple gérés du district est construit ; Apple School Manager refuserait tout l&apos;envoi (MANAGED_ID_GENERATION_FAILED)</translation>
    </message>
    <message>
        <source>%1 has the same email address &quot;%2&quot; as %3 (users.csv:%4); federated authentication needs each address once</source>
        <translation>%1 a la même adresse e-mail &quot;%2&quot; que %3 (users.csv:%4) ; l&apos;authentification fédérée exige chaque adresse une seule fois</translation>
    </message>
</context>
<context>
    <name>rb::PersonFieldRule</name>
    <message>
        <source>&quot;%1&quot; is not a user field; use one of %2, userIds.TYPE, a template such as {username}@example.org, or leave it blank</source>
        <translation>&quot;%1&quot; n&apos;est pas un champ d&apos;utilisateur ; utilisez l&apos;un de %2, userIds.TYPE, un modèle comme {username}@example.org, ou laissez-le vide</translation>
    </message>
    <message>
        <source>the template has a &quot;}&quot; without its &quot;{&quot;</source>
        <translation>le modèle contient une &quot;}&quot; sans sa &quot;{&quot;</translation>
    </message>
    <message>
        <source>the template has a &quot;{&quot; without its &quot;}&quot;</source>
        <translation>le modèle contient une &quot;{&quot; sans sa &quot;}&quot;</translation>
    </message>
    <message>
        <source>{%1} is not a user field; placeholders are %2 and userIds.TYPE</source>
        <translation>{%1} n&apos;est pas un champ d&apos;utilisateur ; les marqueurs sont %2 et userIds.TYPE</translation>
    </message>
</context>
<context>
    <name>rb::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>The new language is used the next time RosterBridge starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de RosterBridge.</translation>
    </message>
    <message>
        <source>&amp;Debug logging</source>
        <translation>Journal de &amp;débogage</translation>
    </message>
    <message>
        <source>Writes every step in detail to the log file in %1, for support. Passwords, secrets and tokens are never written.</source>
        <translation>Écrit chaque étape en détail dans le fichier journal situé dans %1, pour l&apos;assistance. Les mots de passe, secrets et jetons ne sont jamais écrits.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Logging:</source>
        <translation>Journalisation&#xa0;:</translation>
    </message>
</context>
<context>
    <name>rb::PreviewDialog</name>
    <message>
        <source>Review package</source>
        <translation>Vérifier le paquet</translation>
    </message>
    <message>
        <source>Review package — %1</source>
        <translation>Vérifier le paquet — %1</translation>
    </message>
    <message>
        <source>Package contents</source>
        <translation>Contenu du paquet</translation>
    </message>
    <message>
        <source>Save zip &amp;as…</source>
        <translation>Enregistrer le zip &amp;sous…</translation>
    </message>
    <message>
        <source>Save a copy of the package</source>
        <translation>Enregistrer une copie du paquet</translation>
    </message>
    <message>
        <source>&amp;Discard package</source>
        <translation>A&amp;bandonner le paquet</translation>
    </message>
    <message>
        <source>Discard the package</source>
        <translation>Abandonner le paquet</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close without deciding</source>
        <translation>Fermer sans décider</translation>
    </message>
    <message>
        <source>&amp;Upload to Apple School Manager</source>
        <translation>&amp;Téléverser vers Apple School Manager</translation>
    </message>
    <message>
        <source>Upload the package to Apple School Manager</source>
        <translation>Téléverser le paquet vers Apple School Manager</translation>
    </message>
    <message>
        <source>%1 (…)</source>
        <translation>%1 (…)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (unreadable)</source>
        <translation>%1 (illisible)</translation>
    </message>
    <message>
        <source>Findings (…)</source>
        <translation>Constats (…)</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Constats (%1)</translation>
    </message>
    <message>
        <source>Changes (…)</source>
        <translation>Modifications (…)</translation>
    </message>
    <message>
        <source>Changes (all new)</source>
        <translation>Modifications (tout est nouveau)</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>Modifications (%1)</translation>
    </message>
    <message>
        <source>Reading the package, checking it against Apple&apos;s rules and comparing it with the last delivery…</source>
        <translation>Lecture du paquet, vérification selon les règles d&apos;Apple et comparaison avec la dernière livraison…</translation>
    </message>
    <message>
        <source>Available once the package has been checked and compared.</source>
        <translation>Disponible une fois le paquet vérifié et comparé.</translation>
    </message>
    <message>
        <source>First delivery: everything is new. People to create: %1.</source>
        <translation>Première livraison&#xa0;: tout est nouveau. Personnes à créer&#xa0;: %1.</translation>
    </message>
    <message>
        <source>People to deactivate: %1.</source>
        <translation>Personnes à désactiver&#xa0;: %1.</translation>
    </message>
    <message>
        <source>People to create: %1.</source>
        <translation>Personnes à créer&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Moving between students and staff: %1.</source>
        <translation>Passages entre élèves et personnel&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The comparison is incomplete; see Changes.</source>
        <translation>La comparaison est incomplète&#xa0;; voir Modifications.</translation>
    </message>
    <message>
        <source>The package cannot be opened.</source>
        <translation>Impossible d&apos;ouvrir le paquet.</translation>
    </message>
    <message>
        <source>It follows Apple&apos;s rules.</source>
        <translation>Il respecte les règles d&apos;Apple.</translation>
    </message>
    <message>
        <source>Upload this package to Apple School Manager?</source>
        <translation>Téléverser ce paquet vers Apple School Manager&#xa0;?</translation>
    </message>
    <message>
        <source>This is the first delivery: everything is new. People to create: %1.</source>
        <translation>Il s&apos;agit de la première livraison&#xa0;: tout est nouveau. Personnes à créer&#xa0;: %1.</translation>
    </message>
    <message>
        <source>People to create: %1. People to deactivate: %2.</source>
        <translation>Personnes à créer&#xa0;: %1. Personnes à désactiver&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Moving between students.csv and staff.csv: %1.</source>
        <translation>Passages entre students.csv et staff.csv&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Warning: the comparison with the last delivery is incomplete, so these counts cannot be trusted.</source>
        <translation>Avertissement&#xa0;: la comparaison avec la dernière livraison est incomplète&#xa0;; ces chiffres ne sont donc pas fiables.</translation>
    </message>
    <message>
        <source>Discard this package? It will not be uploaded, and it cannot be approved later. The next run builds a new one.</source>
        <translation>Abandonner ce paquet&#xa0;? Il ne sera pas téléversé et ne pourra pas être approuvé plus tard. La prochaine exécution en créera un nouveau.</translation>
    </message>
    <message>
        <source>Upload to Apple School Manager</source>
        <translation>Téléverser vers Apple School Manager</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Téléverser</translation>
    </message>
    <message>
        <source>Discard package</source>
        <translation>Abandonner le paquet</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Save zip as</source>
        <translation>Enregistrer le zip sous</translation>
    </message>
    <message>
        <source>The package cannot be copied to %1: %2</source>
        <translation>Impossible de copier le paquet vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation>Impossible de remplacer %1.</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archives zip (*.zip)</translation>
    </message>
    <message>
        <source>Errors against Apple&apos;s rules: %1. It cannot be uploaded.</source>
        <translation>Erreurs au regard des règles d&apos;Apple&#xa0;: %1. Il ne peut pas être envoyé.</translation>
    </message>
    <message>
        <source>This package breaks Apple&apos;s rules, so it cannot be uploaded. Fix the problems listed under Findings in the SIS or in the profile, then run again.</source>
        <translation>Ce paquet enfreint les règles d&apos;Apple et ne peut donc pas être envoyé. Corrigez les problèmes de l&apos;onglet Constats dans le SIS ou dans le profil, puis relancez.</translation>
    </message>
    <message>
        <source>Send additions and updates, &amp;keep removals</source>
        <translation>Envoyer ajouts et modifications, &amp;garder les retraits</translation>
    </message>
    <message>
        <source>Send the additions and updates, keep the removals for later</source>
        <translation>Envoyer les ajouts et modifications, garder les retraits pour plus tard</translation>
    </message>
    <message>
        <source>Sends the rows this package adds and changes to Apple School Manager now. The rows it would remove are sent as they were last delivered, so nobody is deactivated yet; the package stays held for review until you upload or discard it.</source>
        <translation>Envoie maintenant à Apple School Manager les lignes que ce paquet ajoute et modifie. Les lignes qu&apos;il retirerait sont envoyées telles qu&apos;elles ont été livrées la dernière fois, donc personne n&apos;est encore désactivé&#xa0;; le paquet reste retenu pour vérification jusqu&apos;à ce que vous le téléversiez ou l&apos;abandonniez.</translation>
    </message>
    <message>
        <source>Send the additions and updates of this package to Apple School Manager, and keep its removals for later?</source>
        <translation>Envoyer à Apple School Manager les ajouts et modifications de ce paquet, et garder ses retraits pour plus tard&#xa0;?</translation>
    </message>
    <message>
        <source>People to create: %1. Nobody is deactivated: the %2 people this package would deactivate are sent as last delivered.</source>
        <translation>Personnes à créer&#xa0;: %1. Personne n&apos;est désactivé&#xa0;: les %2 personnes que ce paquet désactiverait sont envoyées comme lors de la dernière livraison.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s) kept as last delivered</source>
        <translation>
            <numerusform>%1&#xa0;: %Ln ligne conservée comme lors de la dernière livraison</numerusform>
            <numerusform>%1&#xa0;: %Ln lignes conservées comme lors de la dernière livraison</numerusform>
        </translation>
    </message>
    <message>
        <source>The package stays held for review with its removals: upload it later to send them too, or discard it. Until then each run that would remove the same rows is held again.</source>
        <translation>Le paquet reste retenu pour vérification avec ses retraits&#xa0;: téléversez-le plus tard pour les envoyer aussi, ou abandonnez-le. D&apos;ici là, chaque exécution qui retirerait les mêmes lignes est de nouveau retenue.</translation>
    </message>
    <message>
        <source>Send additions and updates</source>
        <translation>Envoyer ajouts et modifications</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
</context>
<context>
    <name>rb::PreviewHeader</name>
    <message>
        <source>Package for Apple School Manager</source>
        <translation>Paquet pour Apple School Manager</translation>
    </message>
    <message>
        <source>Package: %1</source>
        <translation>Paquet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Held for review:</source>
        <translation>Retenu pour vérification&#xa0;:</translation>
    </message>
    <message>
        <source>Why the package was held</source>
        <translation>Pourquoi le paquet a été retenu</translation>
    </message>
    <message>
        <source>What the upload will do</source>
        <translation>Ce que fera le téléversement</translation>
    </message>
    <message>
        <source>Package of run %1, sha256 %2</source>
        <translation>Paquet de l’exécution %1, sha256 %2</translation>
    </message>
    <message>
        <source>Blocked:</source>
        <translation>Bloqué&#xa0;:</translation>
    </message>
</context>
<context>
    <name>rb::PreviousDelivery</name>
    <message>
        <source>the previous delivery could not be read, so removals cannot be checked</source>
        <translation>la livraison précédente n&apos;a pas pu être lue&#xa0;; les suppressions ne peuvent donc pas être vérifiées</translation>
    </message>
    <message>
        <source>the last delivery could not be read back from the history, so removals cannot be checked</source>
        <translation>la dernière livraison n&apos;a pas pu être relue depuis l&apos;historique&#xa0;; les suppressions ne peuvent donc pas être vérifiées</translation>
    </message>
</context>
<context>
    <name>rb::Profile</name>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a source; use csv, rest or sftp-csv</source>
        <translation>&quot;%1&quot; n&apos;est pas une source&#xa0;; utilisez csv, rest ou sftp-csv</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a destination; use asm-sftp or folder</source>
        <translation>&quot;%1&quot; n&apos;est pas une destination&#xa0;; utilisez asm-sftp ou folder</translation>
    </message>
    <message>
        <source>must be an http or https address</source>
        <translation>doit être une adresse http ou https</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>&quot;%1&quot; n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>the profile was written by a newer RosterBridge (schema version %1; this one reads up to %2)</source>
        <translation>le profil a été écrit par une version plus récente de RosterBridge (version de schéma %1&#xa0;; celle-ci lit jusqu&apos;à la version %2)</translation>
    </message>
    <message>
        <source>migrated from schema version %1 to %2</source>
        <translation>migré de la version de schéma %1 à la version %2</translation>
    </message>
    <message>
        <source>must be a UUID</source>
        <translation>doit être un UUID</translation>
    </message>
    <message>
        <source>role rules left at the old default now send these roles to staff.csv: %1</source>
        <translation>les règles de rôle restées à l’ancienne valeur par défaut envoient désormais ces rôles dans staff.csv : %1</translation>
    </message>
</context>
<context>
    <name>rb::ProfileCommand</name>
    <message>
        <source>, run by hand</source>
        <translation>, exécution manuelle</translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation> (suspendu)</translation>
    </message>
    <message>
        <source>Lists, exports, imports and removes profiles, and puts their secrets into the system keychain. An exported profile holds no secret; after an import, the secrets it needs must be entered again with `profile secret`.

  profile list [--json]
  profile export NAME -o FILE
  profile import FILE
  profile remove NAME                  the profile and its keychain secrets
  profile pause NAME | resume NAME     stops or restarts its scheduled runs
  profile secret NAME SECRET-NAME      stores the value read from standard input
  profile secret NAME SECRET-NAME --remove

NAME is a profile&apos;s name or id.</source>
        <translation>Liste, exporte, importe et supprime des profils, et enregistre leurs secrets dans le trousseau du système. Un profil exporté ne contient aucun secret&#xa0;; après une importation, les secrets nécessaires doivent être saisis de nouveau avec `profile secret`.

  profile list [--json]
  profile export NOM -o FICHIER
  profile import FICHIER
  profile remove NOM                 le profil et ses secrets du trousseau
  profile pause NOM | resume NOM     arrête ou relance ses exécutions planifiées
  profile secret NOM NOM-SECRET      enregistre la valeur lue sur l&apos;entrée standard
  profile secret NOM NOM-SECRET --remove

NOM est le nom ou l&apos;id d&apos;un profil.</translation>
    </message>
    <message>
        <source>list, export, import, remove, pause, resume or secret</source>
        <translation>list, export, import, remove, pause, resume ou secret</translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list&#xa0;: affiche le résultat en JSON.</translation>
    </message>
    <message>
        <source>export: the file to write.</source>
        <translation>export&#xa0;: le fichier à écrire.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>secret: delete the secret instead of storing one.</source>
        <translation>secret&#xa0;: supprime le secret au lieu d&apos;en enregistrer un.</translation>
    </message>
    <message>
        <source>profile needs an action: list, export NAME -o FILE, import FILE, remove NAME pause NAME, resume NAME or secret NAME SECRET-NAME.</source>
        <translation>profile nécessite une action&#xa0;: list, export NOM -o FICHIER, import FICHIER, remove NOM, pause NOM, resume NOM ou secret NOM NOM-SECRET.</translation>
    </message>
    <message>
        <source>%1 could not be read; it was left as it is</source>
        <translation>impossible de lire %1&#xa0;; il a été laissé tel quel</translation>
    </message>
    <message>
        <source>export needs a profile name or id and -o FILE.</source>
        <translation>export nécessite le nom ou l&apos;id d&apos;un profil et -o FICHIER.</translation>
    </message>
    <message>
        <source>No single profile is named or has the id &quot;%1&quot;.</source>
        <translation>Aucun profil ne correspond de façon unique au nom ou à l&apos;id &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Exported &quot;%1&quot; to %2 (without secrets).</source>
        <translation>&quot;%1&quot; exporté vers %2 (sans les secrets).</translation>
    </message>
    <message>
        <source>import needs the file to read.</source>
        <translation>import nécessite le fichier à lire.</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; as %2.</source>
        <translation>&quot;%1&quot; importé avec l&apos;id %2.</translation>
    </message>
    <message>
        <source>Enter these secrets before it runs: %1</source>
        <translation>Saisissez ces secrets avant son exécution&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 needs a profile name or id.</source>
        <translation>%1 nécessite le nom ou l&apos;id d&apos;un profil.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is paused: it runs only when started by hand.</source>
        <translation>&quot;%1&quot; est suspendu&#xa0;: il ne s&apos;exécute que lorsqu&apos;il est lancé manuellement.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; runs on its schedule again: %2</source>
        <translation>&quot;%1&quot; s&apos;exécute de nouveau selon sa planification&#xa0;: %2</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use list, export, import, remove, pause, resume or secret.</source>
        <translation>Action inconnue &quot;%1&quot;&#xa0;: utilisez list, export, import, remove, pause, resume ou secret.</translation>
    </message>
</context>
<context>
    <name>rb::ProfileRunLock</name>
    <message>
        <source>Another RosterBridge process (%1 on %2) is working with this profile, perhaps with another data folder; nothing was done. Wait for it to finish, or stop it first.</source>
        <translation>Un autre processus RosterBridge (%1 sur %2) travaille sur ce profil, peut-être avec un autre dossier de données ; rien n’a été fait. Attendez qu’il se termine, ou arrêtez-le d’abord.</translation>
    </message>
    <message>
        <source>The profile&apos;s lock file could not be written beside the profile; nothing was done.</source>
        <translation>Le fichier de verrou n’a pas pu être écrit à côté du profil ; rien n’a été fait.</translation>
    </message>
</context>
<context>
    <name>rb::ProfileSaver</name>
    <message>
        <source>No keychain is available to keep the passwords in, so the profile was not saved.</source>
        <translation>Aucun trousseau n&apos;est disponible pour conserver les mots de passe&#xa0;; le profil n&apos;a donc pas été enregistré.</translation>
    </message>
    <message>
        <source>The passwords could not be stored in the keychain, so the profile was not saved: %1</source>
        <translation>Les mots de passe n&apos;ont pas pu être enregistrés dans le trousseau&#xa0;; le profil n&apos;a donc pas été enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>rb::ProfileSecretsCommand</name>
    <message>
        <source>Unattended runs can take this secret from the environment variable %1 instead.</source>
        <translation>Les exécutions sans surveillance peuvent plutôt lire ce secret dans la variable d&apos;environnement %1.</translation>
    </message>
    <message>
        <source>secret needs a profile name or id and the secret&apos;s name, such as: profile secret &quot;North District&quot; asmPassword &lt; password.txt</source>
        <translation>secret nécessite le nom ou l&apos;id d&apos;un profil et le nom du secret, par exemple&#xa0;: profile secret &quot;District Nord&quot; asmPassword &lt; password.txt</translation>
    </message>
    <message>
        <source>No single profile is named or has the id &quot;%1&quot;.</source>
        <translation>Aucun profil ne correspond de façon unique au nom ou à l&apos;id &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs no secret with its current settings.</source>
        <translation>&quot;%1&quot; n&apos;a besoin d&apos;aucun secret avec ses paramètres actuels.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a secret of &quot;%2&quot;; use one of: %3.</source>
        <translation>&quot;%1&quot; n&apos;est pas un secret de &quot;%2&quot;&#xa0;; utilisez l&apos;un des suivants&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The value of %1 is read from standard input, which was empty; nothing was stored.</source>
        <translation>La valeur de %1 est lue sur l&apos;entrée standard, qui était vide&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Removed %1 of &quot;%2&quot; from the system keychain.</source>
        <translation>%1 de &quot;%2&quot; a été supprimé du trousseau du système.</translation>
    </message>
    <message>
        <source>Stored %1 for &quot;%2&quot; in the system keychain.</source>
        <translation>%1 de &quot;%2&quot; a été enregistré dans le trousseau du système.</translation>
    </message>
    <message>
        <source>remove needs the profile&apos;s name or id.</source>
        <translation>remove nécessite le nom ou l&apos;id du profil.</translation>
    </message>
    <message>
        <source>Removed the profile &quot;%1&quot; (%2).</source>
        <translation>Le profil &quot;%1&quot; (%2) a été supprimé.</translation>
    </message>
    <message>
        <source>Warning: its secrets were left in the system keychain (%1). Remove them later with: rosterbridge profile secret %2 NAME --remove</source>
        <translation>Avertissement&#xa0;: ses secrets ont été laissés dans le trousseau du système (%1). Supprimez-les plus tard avec&#xa0;: rosterbridge profile secret %2 NOM-SECRET --remove</translation>
    </message>
    <message numerus="yes">
        <source>Removed the profile &quot;%1&quot; (%2) and %n secret(s) from the system keychain.</source>
        <translation>
            <numerusform>Le profil &quot;%1&quot; (%2) et %n secret du trousseau du système ont été supprimés.</numerusform>
            <numerusform>Le profil &quot;%1&quot; (%2) et %n secrets du trousseau du système ont été supprimés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::ProfileSettingsDialog</name>
    <message>
        <source>Save request and response data in the history</source>
        <translation>Enregistrer les données des requêtes et des réponses dans l&apos;historique</translation>
    </message>
    <message>
        <source>Settings of %1</source>
        <translation>Paramètres de %1</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Keep the run history for</source>
        <translation>Conserver l&apos;historique des exécutions pendant</translation>
    </message>
    <message>
        <source>&amp;Keep run history for:</source>
        <translation>&amp;Conserver l&apos;historique des exécutions pendant&#xa0;:</translation>
    </message>
    <message>
        <source>Password fields are empty on purpose: leave them empty to keep what the keychain holds, or type a new one to replace it.</source>
        <translation>Les champs de mot de passe sont volontairement vides&#xa0;: laissez-les vides pour conserver le contenu du trousseau, ou saisissez un nouveau mot de passe pour le remplacer.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>SIS</source>
        <translation>SIS</translation>
    </message>
    <message>
        <source>SIS export</source>
        <translation>Export du SIS</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>&amp;List the schools and roles from the SIS</source>
        <translation>&amp;Lister les écoles et les rôles depuis le SIS</translation>
    </message>
</context>
<context>
    <name>rb::ProfileState</name>
    <message>
        <source>%1 could not be read (%2), so it is not known what this profile delivered last.</source>
        <translation>%1 n’a pas pu être lu (%2) : on ne sait donc pas ce que ce profil a livré en dernier.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n’a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>%1 n’a pas pu être supprimé : %2</translation>
    </message>
</context>
<context>
    <name>rb::ProfileStatus</name>
    <message>
        <source>Running: %1</source>
        <translation>En cours&#xa0;: %1</translation>
    </message>
    <message>
        <source> (%1 of %2 %3)</source>
        <translation> (%1 sur %2 %3)</translation>
    </message>
    <message>
        <source> (%1 %2)</source>
        <translation> (%1 %2)</translation>
    </message>
    <message>
        <source>Waiting for another run to finish</source>
        <translation>En attente de la fin d&apos;une autre exécution</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Held for review: nothing was sent</source>
        <translation>Retenu pour vérification&#xa0;: rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>Dry run ready to review</source>
        <translation>Exécution d&apos;essai prête à vérifier</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>Pas encore exécuté</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <source>Held for review</source>
        <translation>Retenu pour vérification</translation>
    </message>
    <message>
        <source>Dry run finished</source>
        <translation>Exécution d&apos;essai terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Interrupted (the app was closed during the run)</source>
        <translation>Interrompu (l&apos;application a été fermée pendant l&apos;exécution)</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message numerus="yes">
        <source>Blocked: %n problem(s) with Apple&apos;s rules</source>
        <translation>
            <numerusform>Bloqué&#xa0;: %n problème avec les règles d&apos;Apple</numerusform>
            <numerusform>Bloqué&#xa0;: %n problèmes avec les règles d&apos;Apple</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::ProfileStore</name>
    <message>
        <source>could not be read: %1</source>
        <translation>lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>is not valid JSON: %1 at byte %2</source>
        <translation>n&apos;est pas du JSON valide&#xa0;: %1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>must hold a JSON object</source>
        <translation>doit contenir un objet JSON</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the profile has no id</source>
        <translation>le profil n&apos;a pas d&apos;id</translation>
    </message>
    <message>
        <source>the folder %1 could not be created</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no schedule to pause or resume.</source>
        <translation>&quot;%1&quot; n&apos;a aucune planification à suspendre ou à reprendre.</translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>impossible de supprimer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>rb::ProfileSummary</name>
    <message>
        <source>%1 as %2</source>
        <translation>%1 en tant que %2</translation>
    </message>
    <message>
        <source>%1 OneRoster %2 API at %3</source>
        <translation>API OneRoster %2 de %1 à l&apos;adresse %3</translation>
    </message>
    <message>
        <source>OneRoster CSV export %1 on %2</source>
        <translation>Export CSV OneRoster %1 sur %2</translation>
    </message>
    <message>
        <source>OneRoster CSV exports dropped into %1 (watched)</source>
        <translation>Exports CSV OneRoster déposés dans %1 (dossier surveillé)</translation>
    </message>
    <message>
        <source>OneRoster CSV export %1</source>
        <translation>Export CSV OneRoster %1</translation>
    </message>
    <message>
        <source>Zip written to the folder %1</source>
        <translation>Zip écrit dans le dossier %1</translation>
    </message>
    <message>
        <source>Apple School Manager SFTP, %1; host key %2</source>
        <translation>SFTP d&apos;Apple School Manager, %1&#xa0;; clé d&apos;hôte %2</translation>
    </message>
    <message>
        <source>not pinned yet</source>
        <translation>pas encore épinglée</translation>
    </message>
    <message>
        <source>every school</source>
        <translation>toutes les écoles</translation>
    </message>
    <message>
        <source>chosen schools: %1</source>
        <translation>écoles choisies&#xa0;: %1</translation>
    </message>
    <message>
        <source>active students only</source>
        <translation>élèves actifs uniquement</translation>
    </message>
    <message>
        <source>active teachers only</source>
        <translation>enseignants actifs uniquement</translation>
    </message>
    <message>
        <source>current terms only</source>
        <translation>périodes en cours uniquement</translation>
    </message>
    <message>
        <source>Only when run by hand</source>
        <translation>Uniquement lors d&apos;une exécution manuelle</translation>
    </message>
    <message>
        <source>email to %1</source>
        <translation>e-mail à %1</translation>
    </message>
    <message>
        <source>webhook</source>
        <translation>webhook</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Roster from</source>
        <translation>Source des données</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Delivered to</source>
        <translation>Livré à</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>a run that removes more than %1% or %2 students (and similar limits for the other files) waits for your approval</source>
        <translation>une exécution qui supprime plus de %1 % ou plus de %2 élèves (et des limites similaires pour les autres fichiers) attend votre approbation</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
</context>
<context>
    <name>rb::ProfileTableModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>aujourd&apos;hui à %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>hier à %1</translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation>demain à %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>suspendu</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>manuellement</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Prochaine exécution</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Last delivered</source>
        <translation>Dernière livraison</translation>
    </message>
    <message>
        <source>%1 · %2 here</source>
        <translation>%1 · %2 ici</translation>
    </message>
</context>
<context>
    <name>rb::RemovalGroups</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>rb::RemoveUserDataCommand</name>
    <message>
        <source>settings, and the keychain&apos;s index of secret names</source>
        <translation>les paramètres et l&apos;index des noms de secrets du trousseau</translation>
    </message>
    <message>
        <source>profiles</source>
        <translation>profils</translation>
    </message>
    <message>
        <source>run history, packages held for review, logs</source>
        <translation>historique des exécutions, paquets retenus pour vérification, journaux</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s): %1</source>
        <translation>
            <numerusform>%n profil&#xa0;: %1</numerusform>
            <numerusform>%n profils&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n profile file(s) that could not be read</source>
        <translation>
            <numerusform>%n fichier de profil illisible</numerusform>
            <numerusform>%n fichiers de profil illisibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) in the system keychain</source>
        <translation>
            <numerusform>%n secret dans le trousseau du système</numerusform>
            <numerusform>%n secrets dans le trousseau du système</numerusform>
        </translation>
    </message>
    <message>
        <source>the &quot;Start RosterBridge when I log in&quot; entry (%1)</source>
        <translation>l&apos;entrée &quot;Démarrer RosterBridge à l&apos;ouverture de session&quot; (%1)</translation>
    </message>
    <message>
        <source>Removes everything RosterBridge keeps for this user: the profiles&apos; secrets in the system keychain, the settings folder with the profiles, and the data folder with the run history, the packages held for review and the logs; with the default folders, also the &quot;Start RosterBridge when I log in&quot; entry. Without --yes it lists what it would remove, removes nothing and exits with 2. Folders given with --profiles-dir, --config-dir and --data-dir are removed whole.

RosterBridge must not be running (the app, or serve) with these folders. When the keychain cannot be reached, everything else is removed and the index of the secret names is kept, so that running the command again later removes the secrets too.</source>
        <translation>Supprime tout ce que RosterBridge conserve pour cet utilisateur&#xa0;: les secrets des profils dans le trousseau du système, le dossier des paramètres avec les profils, et le dossier de données avec l&apos;historique des exécutions, les paquets retenus pour vérification et les journaux&#xa0;; avec les dossiers par défaut, également l&apos;entrée &quot;Démarrer RosterBridge à l&apos;ouverture de session&quot;. Sans --yes, la commande liste ce qu&apos;elle supprimerait, ne supprime rien et se termine avec le code 2. Les dossiers indiqués avec --profiles-dir, --config-dir et --data-dir sont supprimés en entier.

RosterBridge ne doit pas être en cours d&apos;exécution (l&apos;application ou serve) avec ces dossiers. Si le trousseau est inaccessible, tout le reste est supprimé et l&apos;index des noms de secrets est conservé, de sorte qu&apos;une nouvelle exécution de la commande plus tard supprime aussi les secrets.</translation>
    </message>
    <message>
        <source>Remove it all, without asking.</source>
        <translation>Tout supprimer, sans demander.</translation>
    </message>
    <message>
        <source>remove-user-data takes no arguments, only options.</source>
        <translation>remove-user-data n&apos;accepte aucun argument, seulement des options.</translation>
    </message>
    <message>
        <source>%1 holds more than RosterBridge&apos;s files (it is the home folder or above it); nothing was removed.</source>
        <translation>%1 contient davantage que les fichiers de RosterBridge (il s&apos;agit du dossier personnel ou d&apos;un dossier parent)&#xa0;; rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>RosterBridge keeps nothing for this user in these folders; there is nothing to remove.</source>
        <translation>RosterBridge ne conserve rien pour cet utilisateur dans ces dossiers&#xa0;; il n&apos;y a rien à supprimer.</translation>
    </message>
    <message>
        <source>remove-user-data would remove:</source>
        <translation>remove-user-data supprimerait&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing was removed. Run again with --yes to remove all of it.</source>
        <translation>Rien n&apos;a été supprimé. Relancez avec --yes pour tout supprimer.</translation>
    </message>
    <message>
        <source>RosterBridge is running (process %1) with these folders: quit the app or stop serve first. Nothing was removed.</source>
        <translation>RosterBridge est en cours d&apos;exécution (processus %1) avec ces dossiers&#xa0;: quittez d&apos;abord l&apos;application ou arrêtez serve. Rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>%1 cannot be written to; nothing was removed.</source>
        <translation>Impossible d&apos;écrire dans %1&#xa0;; rien n&apos;a été supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n secret(s) from the system keychain.</source>
        <translation>
            <numerusform>%n secret a été supprimé du trousseau du système.</numerusform>
            <numerusform>%n secrets ont été supprimés du trousseau du système.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) could not be removed from the system keychain; their names are kept in %1, so running remove-user-data --yes again when the keychain is available removes them.</source>
        <translation>
            <numerusform>%n secret n&apos;a pas pu être supprimé du trousseau du système&#xa0;; son nom est conservé dans %1, de sorte qu&apos;une nouvelle exécution de remove-user-data --yes, lorsque le trousseau sera disponible, le supprimera.</numerusform>
            <numerusform>%n secrets n&apos;ont pas pu être supprimés du trousseau du système&#xa0;; leurs noms sont conservés dans %1, de sorte qu&apos;une nouvelle exécution de remove-user-data --yes, lorsque le trousseau sera disponible, les supprimera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Turned off starting RosterBridge at login.</source>
        <translation>Le démarrage de RosterBridge à l&apos;ouverture de session a été désactivé.</translation>
    </message>
    <message>
        <source>%1 could not be removed completely.</source>
        <translation>%1 n&apos;a pas pu être entièrement supprimé.</translation>
    </message>
    <message>
        <source>Removed everything in %1 but the secrets&apos; names.</source>
        <translation>Tout le contenu de %1 a été supprimé, sauf les noms des secrets.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 a été supprimé.</translation>
    </message>
    <message>
        <source>the service that runs syncs with nobody logged in (%1)</source>
        <translation>le service qui synchronise sans personne de connecté (%1)</translation>
    </message>
    <message>
        <source>The service still runs; nothing was removed.</source>
        <translation>Le service tourne toujours ; rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>Stopped and removed the service.</source>
        <translation>Service arrêté et supprimé.</translation>
    </message>
</context>
<context>
    <name>rb::RestCommand</name>
    <message>
        <source>Tests the connection to a OneRoster SIS layer by layer: name lookup, TLS, the token endpoint, the scope, and a first page of /orgs.</source>
        <translation>Teste la connexion à un SIS OneRoster couche par couche&#xa0;: résolution de noms, TLS, le point de terminaison du jeton, la portée (scope) et une première page de /orgs.</translation>
    </message>
    <message>
        <source>The SIS source settings (JSON; see docs/rest-source.md).</source>
        <translation>Les paramètres de la source SIS (JSON&#xa0;; voir docs/rest-source.md).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>test-connection needs --source FILE.</source>
        <translation>test-connection nécessite --source FICHIER.</translation>
    </message>
    <message>
        <source>The SIS client secret is not set; put it in the environment variable %1.</source>
        <translation>Le secret client du SIS n’est pas défini ; mettez-le dans la variable d’environnement %1.</translation>
    </message>
</context>
<context>
    <name>rb::RestCsvExport</name>
    <message>
        <source>the folder %1 could not be created</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>the old manifest.csv in %1 could not be removed</source>
        <translation>impossible de supprimer l&apos;ancien manifest.csv dans %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no file is open for %1</source>
        <translation>aucun fichier n&apos;est ouvert pour %1</translation>
    </message>
    <message>
        <source>record %1 (sourcedId &quot;%2&quot;): %3</source>
        <translation>enregistrement %1 (sourcedId &quot;%2&quot;)&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>rb::RestFetcher</name>
    <message>
        <source>the CA certificate file %1 could not be read: %2</source>
        <translation>impossible de lire le fichier de certificat CA %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the file %1 holds no PEM or DER certificate</source>
        <translation>le fichier %1 ne contient aucun certificat PEM ou DER</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>aucune réponse en %1 ms</translation>
    </message>
    <message>
        <source>the TLS connection failed: %1</source>
        <translation>la connexion TLS a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>the answer was cut off after %1 of %2 bytes</source>
        <translation>la réponse a été tronquée après %1 octets sur %2</translation>
    </message>
    <message>
        <source>the server asked to wait %1 s before trying again (%2), longer than RosterBridge waits</source>
        <translation>le serveur a demandé d&apos;attendre %1 s avant de réessayer (%2), plus longtemps que RosterBridge n&apos;attend</translation>
    </message>
    <message numerus="yes">
        <source>gave up after %n attempt(s); the last answer was %1</source>
        <translation>
            <numerusform>abandon après %n tentative&#xa0;; la dernière réponse était %1</numerusform>
            <numerusform>abandon après %n tentatives&#xa0;; la dernière réponse était %1</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>the answer from %1 is larger than the %2 bytes RosterBridge accepts; it stopped reading it</source>
        <translation>la réponse de %1 dépasse les %2 octets que RosterBridge accepte ; il a cessé de la lire</translation>
    </message>
</context>
<context>
    <name>rb::RestRecordConverter</name>
    <message>
        <source>%1: a reference has no sourcedId</source>
        <translation>%1&#xa0;: une référence n&apos;a pas de sourcedId</translation>
    </message>
</context>
<context>
    <name>rb::RestSource</name>
    <message>
        <source>the client secret is missing</source>
        <translation>le secret client est manquant</translation>
    </message>
    <message>
        <source>the run was cancelled</source>
        <translation>l&apos;exécution a été annulée</translation>
    </message>
</context>
<context>
    <name>rb::RestSourceSettings</name>
    <message>
        <source>&quot;%1&quot; is not a OneRoster version; use 1.1 or 1.2</source>
        <translation>&quot;%1&quot; n&apos;est pas une version de OneRoster&#xa0;; utilisez 1.1 ou 1.2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an authentication type; use oauth2, oauth1 or none</source>
        <translation>&quot;%1&quot; n&apos;est pas un type d&apos;authentification&#xa0;; utilisez oauth2, oauth1 ou none</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a signature method; use HMAC-SHA256 or HMAC-SHA1</source>
        <translation>&quot;%1&quot; n&apos;est pas une méthode de signature&#xa0;; utilisez HMAC-SHA256 ou HMAC-SHA1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a client authentication; use basic or body</source>
        <translation>&quot;%1&quot; n&apos;est pas une authentification client&#xa0;; utilisez basic ou body</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https URL</source>
        <translation>&quot;%1&quot; n&apos;est pas une URL http ou https</translation>
    </message>
    <message>
        <source>the OneRoster API URL is required</source>
        <translation>l&apos;URL de l&apos;API OneRoster est obligatoire</translation>
    </message>
    <message>
        <source>the client ID is required</source>
        <translation>l&apos;ID client est obligatoire</translation>
    </message>
    <message>
        <source>the token URL is required; the SIS vendor or the district&apos;s SIS administrator can give it</source>
        <translation>l&apos;URL du jeton est obligatoire&#xa0;; le fournisseur du SIS ou l&apos;administrateur du SIS du district peut la fournir</translation>
    </message>
    <message>
        <source>OneRoster 1.2 uses OAuth 2 only; OAuth 1 signing is kept for servers that still accept it</source>
        <translation>OneRoster 1.2 n&apos;utilise que OAuth 2&#xa0;; la signature OAuth 1 est conservée pour les serveurs qui l&apos;acceptent encore</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>doit être au moins égal à 1</translation>
    </message>
    <message>
        <source>%1 is not encrypted (http://): the client secret and the student data would travel in the clear; use https://, or set &quot;allowUnencryptedHttp&quot;: true to accept that</source>
        <translation>%1 n’est pas chiffré (http://) : le secret client et les données des élèves circuleraient en clair ; utilisez https://, ou indiquez &quot;allowUnencryptedHttp&quot;: true pour l’accepter</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known vendor preset; use one of: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un préréglage d&apos;éditeur connu&#xa0;; utilisez l&apos;un de ceux-ci&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>rb::RestTestPanel</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Test de la connexion</translation>
    </message>
    <message>
        <source>Connection test results</source>
        <translation>Résultats du test de connexion</translation>
    </message>
    <message>
        <source>Testing the connection to %1...</source>
        <translation>Test de la connexion à %1...</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Échec du test &quot;%1&quot;&#xa0;: %2</translation>
    </message>
    <message>
        <source>Connected: %1.</source>
        <translation>Connecté&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The connection test failed.</source>
        <translation>Le test de connexion a échoué.</translation>
    </message>
</context>
<context>
    <name>rb::ReviewLauncher</name>
    <message>
        <source>There is no package waiting for review.</source>
        <translation>Aucun paquet n&apos;attend de vérification.</translation>
    </message>
    <message>
        <source>%1 — held for review</source>
        <translation>%1 — retenu pour vérification</translation>
    </message>
    <message>
        <source>%1 — dry run</source>
        <translation>%1 — exécution d&apos;essai</translation>
    </message>
    <message>
        <source>A newer package (run %1) has replaced this one while it was open, so this one can no longer be uploaded. Close this window and review the new package.</source>
        <translation>Un paquet plus récent (exécution %1) a remplacé celui-ci pendant qu’il était ouvert : celui-ci ne peut plus être envoyé. Fermez cette fenêtre et vérifiez le nouveau paquet.</translation>
    </message>
    <message>
        <source>This package is no longer waiting for review (it was uploaded or discarded elsewhere), so it can no longer be uploaded.</source>
        <translation>Ce paquet n’attend plus de vérification (il a été envoyé ou abandonné ailleurs) : il ne peut plus être envoyé.</translation>
    </message>
    <message>
        <source>The package waiting for review could not be read; run the profile again.</source>
        <translation>Le paquet en attente de vérification n’a pas pu être lu ; relancez le profil.</translation>
    </message>
    <message>
        <source>%1 — blocked by Apple&apos;s rules</source>
        <translation>%1 — bloqué par les règles d&apos;Apple</translation>
    </message>
    <message numerus="yes">
        <source>Blocked by Apple&apos;s rules: %n problem(s). Nothing was sent, and this package can never be uploaded.</source>
        <translation>
            <numerusform>Bloqué par les règles d&apos;Apple&#xa0;: %n problème. Rien n&apos;a été envoyé, et ce paquet ne pourra jamais être envoyé.</numerusform>
            <numerusform>Bloqué par les règles d&apos;Apple&#xa0;: %n problèmes. Rien n&apos;a été envoyé, et ce paquet ne pourra jamais être envoyé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::ReviewPackage</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The package could not be kept for review in %1: %2</source>
        <translation>Impossible de conserver le paquet pour vérification dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The package kept for review (%1) is damaged or incomplete; run the profile again to make a new one.</source>
        <translation>Le paquet conservé pour vérification (%1) est endommagé ou incomplet&#xa0;; exécutez de nouveau le profil pour en créer un nouveau.</translation>
    </message>
    <message>
        <source>%1 could not be removed: %2</source>
        <translation>Impossible de supprimer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>rb::RoleResolver</name>
    <message numerus="yes">
        <source>%n user(s) have the role &quot;%1&quot;, which has no rule; choose Staff or Leave out for it in the profile&apos;s roles, or add &quot;%1&quot;: &quot;staff&quot; or &quot;exclude&quot; to the filters&apos; roleRules</source>
        <translation>
            <numerusform>%n utilisateur a le rôle « %1 », qui n’a pas de règle ; choisissez Personnel ou Exclure dans les rôles du profil, ou ajoutez &quot;%1&quot;: &quot;staff&quot; ou &quot;exclude&quot; aux roleRules des filtres</numerusform>
            <numerusform>%n utilisateurs ont le rôle « %1 », qui n’a pas de règle ; choisissez Personnel ou Exclure dans les rôles du profil, ou ajoutez &quot;%1&quot;: &quot;staff&quot; ou &quot;exclude&quot; aux roleRules des filtres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) with the role &quot;%1&quot; are not sent for it (family roles never are)</source>
        <translation>
            <numerusform>%n utilisateur avec le rôle « %1 » n’est pas envoyé pour ce rôle (les rôles familiaux ne le sont jamais)</numerusform>
            <numerusform>%n utilisateurs avec le rôle « %1 » ne sont pas envoyés pour ce rôle (les rôles familiaux ne le sont jamais)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) with the role &quot;%1&quot; are not sent for it (role rule: leave out)</source>
        <translation>
            <numerusform>%n utilisateur avec le rôle « %1 » n’est pas envoyé pour ce rôle (règle du rôle : exclure)</numerusform>
            <numerusform>%n utilisateurs avec le rôle « %1 » ne sont pas envoyés pour ce rôle (règle du rôle : exclure)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::RoleRulesWidget</name>
    <message>
        <source>Students and teachers always get accounts. For each other role in your SIS, choose Staff (a staff account in Apple School Manager) or Leave out. Guardians, parents and relatives are never sent.</source>
        <translation>Les élèves et les enseignants reçoivent toujours un compte. Pour chaque autre rôle de votre SIS, choisissez Personnel (un compte du personnel dans Apple School Manager) ou Exclure. Les tuteurs, parents et proches ne sont jamais envoyés.</translation>
    </message>
    <message>
        <source>Also show the rules for roles that are not in this data</source>
        <translation>Afficher aussi les règles des rôles absents de ces données</translation>
    </message>
    <message>
        <source>Another role, e.g. ext:coach</source>
        <translation>Autre rôle, p. ex. ext:coach</translation>
    </message>
    <message>
        <source>Role to add</source>
        <translation>Rôle à ajouter</translation>
    </message>
    <message>
        <source>Add role</source>
        <translation>Ajouter le rôle</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>not in this data</source>
        <translation>absent de ces données</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>In Apple School Manager</source>
        <translation>Dans Apple School Manager</translation>
    </message>
    <message>
        <source>Students (always)</source>
        <translation>Élèves (toujours)</translation>
    </message>
    <message>
        <source>Staff (always)</source>
        <translation>Personnel (toujours)</translation>
    </message>
    <message>
        <source>What the role %1 becomes</source>
        <translation>Ce que devient le rôle %1</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Choisir...</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Exclure</translation>
    </message>
    <message>
        <source>Leave out: people are not sent for this role. Accounts Apple School Manager already has for them are deactivated at the next upload.</source>
        <translation>Exclure&#xa0;: les personnes ne sont pas envoyées pour ce rôle. Les comptes qu&apos;Apple School Manager a déjà pour elles sont désactivés au prochain envoi.</translation>
    </message>
    <message>
        <source>Not chosen yet: runs stop until you choose Staff or Leave out.</source>
        <translation>Pas encore choisi&#xa0;: les exécutions s&apos;arrêtent tant que vous n&apos;avez pas choisi Personnel ou Exclure.</translation>
    </message>
    <message>
        <source>Never sent</source>
        <translation>Jamais envoyé</translation>
    </message>
    <message>
        <source>%1 needs no rule: students and teachers are always sent, guardians, parents and relatives never.</source>
        <translation>%1 n&apos;a pas besoin de règle&#xa0;: les élèves et les enseignants sont toujours envoyés, les tuteurs, parents et proches jamais.</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 est déjà dans la liste.</translation>
    </message>
</context>
<context>
    <name>rb::RosterSelection</name>
    <message>
        <source>the filters include the school &quot;%1&quot;, but the export has no school with that sourcedId</source>
        <translation>les filtres incluent l&apos;école &quot;%1&quot;, mais l&apos;export ne contient aucune école avec ce sourcedId</translation>
    </message>
    <message>
        <source>a name is required for everyone sent to Apple School Manager</source>
        <translation>un nom est obligatoire pour toute personne envoyée à Apple School Manager</translation>
    </message>
    <message>
        <source>the user is enrolled as a student but is sent as staff; the enrollment is skipped</source>
        <translation>l&apos;utilisateur est inscrit comme élève mais est envoyé comme personnel&#xa0;; l&apos;inscription est ignorée</translation>
    </message>
    <message>
        <source>the user is enrolled as a teacher but is sent as a student; the enrollment is skipped</source>
        <translation>l&apos;utilisateur est inscrit comme enseignant mais est envoyé comme élève&#xa0;; l&apos;inscription est ignorée</translation>
    </message>
    <message>
        <source>duplicate sourcedId; it is first used on line %1</source>
        <translation>sourcedId en double&#xa0;; il est utilisé pour la première fois à la ligne %1</translation>
    </message>
    <message>
        <source>the class &quot;%1&quot; (%2) has %3 teachers; Apple School Manager takes at most %4, so the rest are left out</source>
        <translation>la classe &quot;%1&quot; (%2) a %3 enseignants&#xa0;; Apple School Manager en accepte au plus %4, les autres sont donc omis</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) belong to no school included by the filters and are not sent</source>
        <translation>
            <numerusform>%n élève n’appartient à aucune école retenue par les filtres et n’est pas envoyé</numerusform>
            <numerusform>%n élèves n’appartiennent à aucune école retenue par les filtres et ne sont pas envoyés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (%3) belongs to no school included by the filters; sent with the schools of the classes they teach: %4</source>
        <translation>%1 %2 (%3) n’appartient à aucune école retenue par les filtres ; envoyé avec les écoles des classes qu’il ou elle enseigne : %4</translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s) belong to no school included by the filters and teach no class there, so they are not sent</source>
        <translation>
            <numerusform>%n membre du personnel n’appartient à aucune école retenue par les filtres et n’y enseigne aucune classe, il n’est donc pas envoyé</numerusform>
            <numerusform>%n membres du personnel n’appartiennent à aucune école retenue par les filtres et n’y enseignent aucune classe, ils ne sont donc pas envoyés</numerusform>
        </translation>
    </message>
    <message>
        <source>the enrollments&apos; ids come to more than 4 GiB of text, more than RosterBridge can hold</source>
        <translation>les identifiants des inscriptions dépassent 4 Gio de texte, plus que RosterBridge ne peut en contenir</translation>
    </message>
</context>
<context>
    <name>rb::RunChangesLauncher</name>
    <message>
        <source>%1 — run %2, delivered %3</source>
        <translation>%1 — exécution %2, livrée %3</translation>
    </message>
    <message>
        <source>The zips of run %1 could not be written to a temporary folder.</source>
        <translation>Les zips de l&apos;exécution %1 n&apos;ont pas pu être écrits dans un dossier temporaire.</translation>
    </message>
    <message>
        <source>Run %1 delivered no zip, or its zip is no longer kept in the history (Edit settings → Keep run history for says how long runs are kept).</source>
        <translation>L&apos;exécution %1 n&apos;a livré aucun zip, ou son zip n&apos;est plus conservé dans l&apos;historique (Modifier les réglages → Conserver l&apos;historique indique combien de temps les exécutions sont gardées).</translation>
    </message>
</context>
<context>
    <name>rb::RunCommand</name>
    <message>
        <source>Delivered (run %1): %2</source>
        <translation>Livré (exécution %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Held for review (run %1): %2</source>
        <translation>Retenu pour vérification (exécution %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Dry run (run %1): %2</source>
        <translation>Exécution d&apos;essai (exécution %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cancelled (run %1): %2</source>
        <translation>Annulé (exécution %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Failed (run %1): %2</source>
        <translation>Échec (exécution %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Stopping: the current run is cancelled.</source>
        <translation>Arrêt&#xa0;: l&apos;exécution en cours est annulée.</translation>
    </message>
    <message>
        <source>The folder that holds the profiles (default: %1).</source>
        <translation>Le dossier qui contient les profils (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>The settings folder with the keychain&apos;s name index (default: %1).</source>
        <translation>Le dossier des paramètres contenant l&apos;index des noms du trousseau (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>The folder of the run history and held packages (default: %1).</source>
        <translation>Le dossier de l&apos;historique des exécutions et des paquets retenus (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Runs one profile now: reads the SIS, converts, checks Apple&apos;s rules, compares with the last delivery and delivers, recording every step in the history. Secrets come from the keychain, or from ROSTERBRIDGE_* environment variables.</source>
        <translation>Exécute un profil maintenant&#xa0;: lit le SIS, convertit, vérifie les règles d&apos;Apple, compare avec la dernière livraison et livre, en enregistrant chaque étape dans l&apos;historique. Les secrets proviennent du trousseau ou des variables d&apos;environnement ROSTERBRIDGE_*.</translation>
    </message>
    <message>
        <source>The profile&apos;s name or id.</source>
        <translation>Le nom ou l&apos;id du profil.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Do everything but deliver; keep the package for review.</source>
        <translation>Tout faire sauf livrer&#xa0;; conserver le paquet pour vérification.</translation>
    </message>
    <message>
        <source>Deliver even if the safety check holds, this once.</source>
        <translation>Livrer même si le contrôle de sécurité le retient, pour cette fois.</translation>
    </message>
    <message>
        <source>Deliver the package kept for review, exactly as it was held.</source>
        <translation>Livrer le paquet conservé pour vérification, exactement tel qu&apos;il a été retenu.</translation>
    </message>
    <message>
        <source>Throw away the package kept for review.</source>
        <translation>Abandonner le paquet conservé pour vérification.</translation>
    </message>
    <message>
        <source>Send the last delivered zip again.</source>
        <translation>Renvoyer le dernier zip livré.</translation>
    </message>
    <message>
        <source>Print the outcome as JSON.</source>
        <translation>Afficher le résultat en JSON.</translation>
    </message>
    <message>
        <source>run needs --profile NAME and at most one of --dry-run, --approve, --approve-held, --discard-held and --resend-last.</source>
        <translation>run nécessite --profile NOM et au plus une des options --dry-run, --approve, --approve-held, --discard-held et --resend-last.</translation>
    </message>
    <message>
        <source>No single profile is named or has the id &quot;%1&quot; in %2.</source>
        <translation>Aucun profil ne correspond de façon unique au nom ou à l&apos;id &quot;%1&quot; dans %2.</translation>
    </message>
    <message>
        <source>The package held for &quot;%1&quot; was discarded.</source>
        <translation>Le paquet retenu pour &quot;%1&quot; a été abandonné.</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier run(s) had been cut off and are now marked interrupted.</source>
        <translation>
            <numerusform>%n exécution précédente avait été coupée et est désormais marquée comme interrompue.</numerusform>
            <numerusform>%n exécutions précédentes avaient été coupées et sont désormais marquées comme interrompues.</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs every profile on its schedule, and CSV profiles when a new export settles in their watched folder, until stopped (Ctrl+C or SIGTERM). For servers without the desktop app; one line per finished run.</source>
        <translation>Exécute chaque profil selon sa planification, ainsi que les profils CSV lorsqu&apos;un nouvel export se stabilise dans leur dossier surveillé, jusqu&apos;à l&apos;arrêt (Ctrl+C ou SIGTERM). Pour les serveurs sans l&apos;application de bureau&#xa0;; une ligne par exécution terminée.</translation>
    </message>
    <message>
        <source>How often the clock is checked, in seconds (default 30).</source>
        <translation>Fréquence de vérification de l&apos;horloge, en secondes (30 par défaut).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>How long a watched folder must stay unchanged before its export is read, in seconds (default 10).</source>
        <translation>Durée pendant laquelle un dossier surveillé doit rester inchangé avant la lecture de son export, en secondes (10 par défaut).</translation>
    </message>
    <message>
        <source>--heartbeat and --watch-quiet take a number of seconds.</source>
        <translation>--heartbeat et --watch-quiet attendent un nombre de secondes.</translation>
    </message>
    <message>
        <source>%1 runs next at %2</source>
        <translation>Prochaine exécution de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Serving the profiles in %1.</source>
        <translation>Prise en charge des profils de %1.</translation>
    </message>
    <message>
        <source>With --approve-held: deliver only if the held package has this sha256 (as the review window shows it).</source>
        <translation>Avec --approve-held : ne livrer que si le paquet retenu a ce sha256 (tel que l’affiche la fenêtre de vérification).</translation>
    </message>
    <message>
        <source>hex</source>
        <translation>hex</translation>
    </message>
    <message>
        <source>--sha256 goes with --approve-held.</source>
        <translation>--sha256 s’utilise avec --approve-held.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no package waiting for review.</source>
        <translation>« %1 » n’a aucun paquet en attente de vérification.</translation>
    </message>
    <message>
        <source>Approving the package held by run %1 (%2), sha256 %3.</source>
        <translation>Approbation du paquet retenu par l’exécution %1 (%2), sha256 %3.</translation>
    </message>
    <message>
        <source>When another RosterBridge runs these profiles (the desktop app), wait until it stops instead of exiting; the service does.</source>
        <translation>Si un autre RosterBridge exécute ces profils (l&apos;application de bureau), attendre qu&apos;il s&apos;arrête au lieu de quitter&#xa0;; c&apos;est ce que fait le service.</translation>
    </message>
    <message>
        <source>Waiting for it to stop; the service takes over then.</source>
        <translation>En attente de son arrêt&#xa0;; le service prendra alors le relais.</translation>
    </message>
    <message>
        <source>With --approve-held: deliver only its additions and updates; the rows it would remove are sent as last delivered, and the package stays held for review.</source>
        <translation>Avec --approve-held&#xa0;: ne livrer que ses ajouts et modifications&#xa0;; les lignes qu&apos;il retirerait sont envoyées comme lors de la dernière livraison, et le paquet reste retenu pour vérification.</translation>
    </message>
    <message>
        <source>--keep-removals goes with --approve-held.</source>
        <translation>--keep-removals s&apos;emploie avec --approve-held.</translation>
    </message>
    <message>
        <source>Delivering the additions and updates of the package held by run %1 (%2), sha256 %3; its removals stay held.</source>
        <translation>Livraison des ajouts et modifications du paquet retenu par l&apos;exécution %1 (%2), sha256 %3&#xa0;; ses retraits restent retenus.</translation>
    </message>
</context>
<context>
    <name>rb::RunCoordinator</name>
    <message>
        <source>The profile could not be read: %1</source>
        <translation>Impossible de lire le profil&#xa0;: %1</translation>
    </message>
    <message>
        <source>The profile could not be updated after the run: %1</source>
        <translation>Impossible de mettre à jour le profil après l&apos;exécution&#xa0;: %1</translation>
    </message>
    <message>
        <source>The watched folder %1 is not there.</source>
        <translation>Le dossier surveillé %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The time zone &quot;%1&quot; is not known on this computer, so the schedule does not run.</source>
        <translation>Le fuseau horaire « %1 » est inconnu sur cet ordinateur ; la planification ne s’exécute donc pas.</translation>
    </message>
</context>
<context>
    <name>rb::RunDelivery</name>
    <message>
        <source>The profile names no folder to deliver to.</source>
        <translation>Le profil n&apos;indique aucun dossier de livraison.</translation>
    </message>
</context>
<context>
    <name>rb::RunExport</name>
    <message>
        <source>Run %1 is no longer in the history.</source>
        <translation>L&apos;exécution %1 ne figure plus dans l&apos;historique.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Run %1 kept no decision trail.</source>
        <translation>L&apos;exécution %1 n&apos;a pas conservé de journal des décisions.</translation>
    </message>
</context>
<context>
    <name>rb::RunHost</name>
    <message>
        <source>The data folder %1 could not be created.</source>
        <translation>Impossible de créer le dossier de données %1.</translation>
    </message>
    <message>
        <source>Another RosterBridge (process %1) is already running profiles with this data folder; use it, or stop it first.</source>
        <translation>Une autre instance de RosterBridge (processus %1) exécute déjà des profils avec ce dossier de données&#xa0;; utilisez-la ou arrêtez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>RosterBridge cannot write to its data folder %1 (read-only, full, or not permitted), so no run can be recorded; nothing was run.</source>
        <translation>RosterBridge ne peut pas écrire dans son dossier de données %1 (lecture seule, plein ou accès non autorisé)&#xa0;; aucune exécution ne peut donc être enregistrée et rien n&apos;a été exécuté.</translation>
    </message>
</context>
<context>
    <name>rb::RunListModel</name>
    <message>
        <source>Run %1, started %2</source>
        <translation>Exécution %1, début&#xa0;: %2</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>rb::RunNotifier</name>
    <message>
        <source>%1: held for review</source>
        <translation>%1&#xa0;: retenu pour vérification</translation>
    </message>
    <message>
        <source>%1: the sync failed</source>
        <translation>%1&#xa0;: la synchronisation a échoué</translation>
    </message>
    <message numerus="yes">
        <source>%1: no delivery to Apple School Manager for %n school day(s)</source>
        <translation>
            <numerusform>%1 : aucune livraison à Apple School Manager depuis %n jour de classe</numerusform>
            <numerusform>%1 : aucune livraison à Apple School Manager depuis %n jours de classe</numerusform>
        </translation>
    </message>
    <message>
        <source>The last delivery was on %1.</source>
        <translation>La dernière livraison date du %1.</translation>
    </message>
    <message>
        <source>This profile has not delivered yet.</source>
        <translation>Ce profil n&apos;a encore rien livré.</translation>
    </message>
    <message>
        <source>Open RosterBridge and look at the profile&apos;s history: runs may be failing, held for review, or not running at all.</source>
        <translation>Ouvrez RosterBridge et consultez l&apos;historique du profil : les exécutions échouent peut-être, sont retenues pour vérification ou ne démarrent plus.</translation>
    </message>
    <message>
        <source>%1: test message from RosterBridge</source>
        <translation>%1 : message de test de RosterBridge</translation>
    </message>
    <message>
        <source>Nothing is wrong. Alerts for this profile (a failed or held sync, no delivery for days) will arrive the same way.</source>
        <translation>Tout va bien. Les alertes de ce profil (une synchronisation échouée ou retenue, des jours sans livraison) arriveront de la même façon.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Success ping</source>
        <translation>Ping de réussite</translation>
    </message>
    <message>
        <source>To review it: open RosterBridge and choose &quot;Review package…&quot; (or the tray icon&apos;s Review item). Nothing was sent to Apple School Manager.</source>
        <translation>Pour le vérifier : ouvrez RosterBridge et choisissez «&#xa0;Vérifier le paquet…&#xa0;» (ou l&apos;élément Vérifier de l&apos;icône de notification). Rien n&apos;a été envoyé à Apple School Manager.</translation>
    </message>
    <message>
        <source>Details: in RosterBridge, History, run %1; or &quot;rosterbridge history --run %1&quot;.</source>
        <translation>Détails : dans RosterBridge, Historique, exécution %1 ; ou «&#xa0;rosterbridge history --run %1&#xa0;».</translation>
    </message>
    <message>
        <source>%1: blocked by Apple&apos;s rules</source>
        <translation>%1&#xa0;: bloqué par les règles d&apos;Apple</translation>
    </message>
    <message>
        <source>To see every problem: open RosterBridge and choose &quot;Review package…&quot;. Nothing was sent to Apple School Manager.</source>
        <translation>Pour voir chaque problème&#xa0;: ouvrez RosterBridge et choisissez «&#xa0;Vérifier le paquet…&#xa0;». Rien n&apos;a été envoyé à Apple School Manager.</translation>
    </message>
</context>
<context>
    <name>rb::RunPackageSlots</name>
    <message>
        <source>there is no package waiting for review</source>
        <translation>aucun paquet n&apos;attend de vérification</translation>
    </message>
    <message>
        <source>a newer delivery was made after this package was held (run %1); run the profile again and review the new result</source>
        <translation>une livraison plus récente a eu lieu après que ce paquet a été retenu (exécution %1)&#xa0;; exécutez de nouveau le profil et vérifiez le nouveau résultat</translation>
    </message>
    <message>
        <source>the package waiting for review is not the one that was reviewed (run %1, sha256 %2): run %3 (sha256 %4) has replaced it. Review the new package before approving it.</source>
        <translation>le paquet en attente n’est pas celui qui a été vérifié (exécution %1, sha256 %2) : l’exécution %3 (sha256 %4) l’a remplacé. Vérifiez le nouveau paquet avant de l’approuver.</translation>
    </message>
    <message>
        <source>could not be copied for delivery as it was reviewed</source>
        <translation>n’a pas pu être copié pour la livraison tel qu’il a été vérifié</translation>
    </message>
    <message>
        <source>this profile has not delivered anything yet</source>
        <translation>ce profil n&apos;a encore rien livré</translation>
    </message>
</context>
<context>
    <name>rb::RunPager</name>
    <message>
        <source>The run history is not open.</source>
        <translation>L&apos;historique des exécutions n&apos;est pas ouvert.</translation>
    </message>
</context>
<context>
    <name>rb::RunPipeline</name>
    <message>
        <source>No temporary folder could be made for the run: %1</source>
        <translation>Impossible de créer un dossier temporaire pour l&apos;exécution&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The step failed.</source>
        <translation>L&apos;étape a échoué.</translation>
    </message>
    <message>
        <source>The run was cancelled; nothing was delivered.</source>
        <translation>L&apos;exécution a été annulée&#xa0;; rien n&apos;a été livré.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Échec de l&apos;étape &quot;%1&quot;&#xa0;: %2</translation>
    </message>
    <message>
        <source>The last delivered zip was sent again to %1.</source>
        <translation>Le dernier zip livré a été renvoyé à %1.</translation>
    </message>
    <message>
        <source>The package held for review was approved and delivered to %1.</source>
        <translation>Le paquet retenu pour vérification a été approuvé et livré à %1.</translation>
    </message>
    <message>
        <source>Dry run: nothing was delivered. A real run would be held for review: %1</source>
        <translation>Exécution d&apos;essai&#xa0;: rien n&apos;a été livré. Une exécution réelle serait retenue pour vérification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dry run: everything was checked and nothing was delivered; the package is kept for review.</source>
        <translation>Exécution d&apos;essai&#xa0;: tout a été vérifié et rien n&apos;a été livré&#xa0;; le paquet est conservé pour vérification.</translation>
    </message>
    <message>
        <source>Held for review; nothing was delivered. %1</source>
        <translation>Retenu pour vérification&#xa0;; rien n&apos;a été livré. %1</translation>
    </message>
    <message>
        <source>Delivered to %1.</source>
        <translation>Livré à %1.</translation>
    </message>
    <message numerus="yes">
        <source>Apple&apos;s rules are met (%n warning(s)).</source>
        <translation>
            <numerusform>Les règles d&apos;Apple sont respectées (%n avertissement).</numerusform>
            <numerusform>Les règles d&apos;Apple sont respectées (%n avertissements).</numerusform>
        </translation>
    </message>
    <message>
        <source>Compared with the delivery of run %1.</source>
        <translation>Comparé avec la livraison de l&apos;exécution %1.</translation>
    </message>
    <message>
        <source>There is no earlier delivery to compare with.</source>
        <translation>Aucune livraison antérieure avec laquelle comparer.</translation>
    </message>
    <message>
        <source>Dry run: nothing was delivered.</source>
        <translation>Exécution d&apos;essai&#xa0;: rien n&apos;a été livré.</translation>
    </message>
    <message>
        <source>Held for review: nothing was delivered.</source>
        <translation>Retenu pour vérification&#xa0;: rien n&apos;a été livré.</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>octets</translation>
    </message>
    <message>
        <source>Sent %1 bytes to %2.</source>
        <translation>%1 octets envoyés à %2.</translation>
    </message>
    <message>
        <source>the zip was delivered, but the history could not keep it: %1</source>
        <translation>le zip a été livré, mais l&apos;historique n&apos;a pas pu le conserver&#xa0;: %1</translation>
    </message>
    <message>
        <source>The delivered zip is kept for the next comparison.</source>
        <translation>Le zip livré est conservé pour la prochaine comparaison.</translation>
    </message>
    <message>
        <source>this version sends every staff-type role to staff.csv by default; the profile&apos;s rules for %1 were at the old default (leave out) and now send them as staff. Choose Leave out in the profile&apos;s roles to keep any of them out.</source>
        <translation>cette version envoie par défaut tous les rôles de personnel dans staff.csv ; les règles du profil pour %1 étaient à l’ancienne valeur par défaut (exclure) et les envoient désormais comme personnel. Choisissez Exclure dans les rôles du profil pour en laisser de côté.</translation>
    </message>
    <message>
        <source>the approved package changed before it could be sent; nothing was sent</source>
        <translation>le paquet approuvé a changé avant de pouvoir être envoyé ; rien n’a été envoyé</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 a été écrit.</translation>
    </message>
    <message>
        <source>Compared with %1.</source>
        <translation>Comparé avec %1.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2.</source>
        <translation>Impossible de lire le fichier %1&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Blocked by Apple&apos;s rules: %n problem(s); nothing was delivered.</source>
        <translation>
            <numerusform>Bloqué par les règles d&apos;Apple&#xa0;: %n problème&#xa0;; rien n&apos;a été livré.</numerusform>
            <numerusform>Bloqué par les règles d&apos;Apple&#xa0;: %n problèmes&#xa0;; rien n&apos;a été livré.</numerusform>
        </translation>
    </message>
    <message>
        <source>The package is kept so that every problem can be reviewed: %1</source>
        <translation>Le paquet est conservé pour que chaque problème puisse être examiné&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Additions and updates were delivered to %1; %n removal(s) stay held for review.</source>
        <translation>
            <numerusform>Les ajouts et modifications ont été livrés à %1&#xa0;; %n retrait reste retenu pour vérification.</numerusform>
            <numerusform>Les ajouts et modifications ont été livrés à %1&#xa0;; %n retraits restent retenus pour vérification.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) that the package would remove are kept as last delivered.</source>
        <translation>
            <numerusform>%n ligne que le paquet retirerait est conservée comme lors de la dernière livraison.</numerusform>
            <numerusform>%n lignes que le paquet retirerait sont conservées comme lors de la dernière livraison.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::RunProgressWidget</name>
    <message>
        <source>&amp;Cancel run</source>
        <translation>&amp;Annuler l&apos;exécution</translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation>Progression de l&apos;exécution</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Annuler l&apos;exécution</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>moins d&apos;une minute restante</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>environ %n minute restante</numerusform>
            <numerusform>environ %n minutes restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for another run to finish…</source>
        <translation>En attente de la fin d&apos;une autre exécution…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation>%1 sur %2 %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 s so far</source>
        <translation>%1 s écoulées</translation>
    </message>
</context>
<context>
    <name>rb::RunRecorder</name>
    <message>
        <source>The run history could not %1: %2</source>
        <translation>L&apos;historique des exécutions n&apos;a pas pu %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>record the start of the run</source>
        <translation>enregistrer le début de l&apos;exécution</translation>
    </message>
    <message>
        <source>record the step &quot;%1&quot;</source>
        <translation>enregistrer l&apos;étape &quot;%1&quot;</translation>
    </message>
    <message>
        <source>record the exchanges of the step &quot;%1&quot;</source>
        <translation>enregistrer les échanges de l&apos;étape &quot;%1&quot;</translation>
    </message>
    <message>
        <source>record the end of the step &quot;%1&quot;</source>
        <translation>enregistrer la fin de l&apos;étape &quot;%1&quot;</translation>
    </message>
    <message>
        <source>record the end of the run</source>
        <translation>enregistrer la fin de l&apos;exécution</translation>
    </message>
</context>
<context>
    <name>rb::RunSecretsReader</name>
    <message>
        <source>The secret &quot;%1&quot; of the profile &quot;%2&quot; is not stored. Enter it in the profile&apos;s settings, or with: rosterbridge profile secret &quot;%2&quot; %1%3</source>
        <translation>Le secret &quot;%1&quot; du profil &quot;%2&quot; n&apos;est pas enregistré. Saisissez-le dans les paramètres du profil ou avec&#xa0;: rosterbridge profile secret &quot;%2&quot; %1%3</translation>
    </message>
    <message>
        <source> (or set %1 for unattended runs)</source>
        <translation> (ou définissez %1 pour les exécutions sans surveillance)</translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; could not be read from the keychain: %2</source>
        <translation>Impossible de lire le secret &quot;%1&quot; dans le trousseau&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>rb::RunSource</name>
    <message>
        <source>the watched folder holds no complete OneRoster export yet (a zip with manifest.csv, or the CSV files with manifest.csv)</source>
        <translation>le dossier surveillé ne contient encore aucun export OneRoster complet (un zip avec manifest.csv, ou les fichiers CSV avec manifest.csv)</translation>
    </message>
    <message>
        <source>the profile names no OneRoster export to read</source>
        <translation>le profil n&apos;indique aucun export OneRoster à lire</translation>
    </message>
    <message>
        <source>the OneRoster export is not there</source>
        <translation>l&apos;export OneRoster est introuvable</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>octets</translation>
    </message>
    <message>
        <source>the newest export in the watched folder was still being written after %1 minutes; it was not read, and no older export was read in its place</source>
        <translation>l’export le plus récent du dossier surveillé était encore en cours d’écriture après %1 minutes ; il n’a pas été lu, et aucun export plus ancien n’a été lu à sa place</translation>
    </message>
    <message>
        <source>waiting for %1 to be written completely</source>
        <translation>attente de l’écriture complète de %1</translation>
    </message>
    <message>
        <source>the newest export in the watched folder is not a complete zip with manifest.csv (it may still be being copied); it was not read, and no older export was read in its place</source>
        <translation>l’export le plus récent du dossier surveillé n’est pas un zip complet avec manifest.csv (il est peut-être encore en cours de copie) ; il n’a pas été lu, et aucun export plus ancien n’a été lu à sa place</translation>
    </message>
</context>
<context>
    <name>rb::RunStepText</name>
    <message>
        <source>Reading the SIS data</source>
        <translation>Lecture des données du SIS</translation>
    </message>
    <message>
        <source>Applying the filters</source>
        <translation>Application des filtres</translation>
    </message>
    <message>
        <source>Writing Apple School Manager&apos;s files</source>
        <translation>Écriture des fichiers d&apos;Apple School Manager</translation>
    </message>
    <message>
        <source>Checking Apple&apos;s rules</source>
        <translation>Vérification des règles d&apos;Apple</translation>
    </message>
    <message>
        <source>Comparing with the last delivery</source>
        <translation>Comparaison avec la dernière livraison</translation>
    </message>
    <message>
        <source>Packaging the zip</source>
        <translation>Création du zip</translation>
    </message>
    <message>
        <source>Delivering</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Recording the run</source>
        <translation>Enregistrement de l&apos;exécution</translation>
    </message>
</context>
<context>
    <name>rb::SafetySettingsWidget</name>
    <message>
        <source>Locations</source>
        <translation>Établissements</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Élèves</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Class rosters</source>
        <translation>Listes de classe</translation>
    </message>
    <message>
        <source>&lt;b&gt;File&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fichier&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Removed, at most&lt;/b&gt;</source>
        <translation>&lt;b&gt;Supprimés, au maximum&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;or rows, at most&lt;/b&gt;</source>
        <translation>&lt;b&gt;ou lignes, au maximum&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1: most removed, percent</source>
        <translation>%1&#xa0;: suppressions maximales, pourcentage</translation>
    </message>
    <message>
        <source>%1: most removed, rows</source>
        <translation>%1&#xa0;: suppressions maximales, lignes</translation>
    </message>
    <message>
        <source>&amp;Hold the first delivery until I approve it</source>
        <translation>&amp;Retenir la première livraison jusqu&apos;à ce que je l&apos;approuve</translation>
    </message>
    <message>
        <source>Use the &amp;default limits</source>
        <translation>Utiliser les limites par &amp;défaut</translation>
    </message>
    <message>
        <source>Apple School Manager deactivates everyone missing from an upload. A run that removes more than these limits since the last delivery is held until you approve it, and so is one that changes more than the changed limit (for students and staff: names, email addresses or locations; 100 % never holds).</source>
        <translation>Apple School Manager désactive toute personne absente d’un envoi. Une exécution qui supprime plus que ces limites depuis la dernière livraison est retenue jusqu’à votre approbation, de même qu’une exécution qui modifie plus que la limite de modifications (pour les élèves et le personnel : noms, adresses e-mail ou emplacements ; 100 % ne retient jamais).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Changed, at most&lt;/b&gt;</source>
        <translation>&lt;b&gt;Modifiés, au plus&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1: most changed, percent</source>
        <translation>%1 : maximum modifié, pourcentage</translation>
    </message>
</context>
<context>
    <name>rb::SampleDistrict</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Could not write the sample district: %1</source>
        <translation>Impossible d&apos;écrire le district d&apos;exemple&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>rb::SchedulePage</name>
    <message>
        <source>When to run</source>
        <translation>Quand exécuter</translation>
    </message>
    <message>
        <source>RosterBridge runs on this computer at the time you choose. Until you approve the first preview, a run only prepares the upload.</source>
        <translation>RosterBridge s&apos;exécute sur cet ordinateur à l&apos;heure que vous choisissez. Tant que vous n&apos;avez pas approuvé le premier aperçu, une exécution ne fait que préparer le téléversement.</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Planification</translation>
    </message>
    <message>
        <source>Safety &amp;limits</source>
        <translation>&amp;Limites de sécurité</translation>
    </message>
</context>
<context>
    <name>rb::ScheduleRule</name>
    <message>
        <source>Every day at %1</source>
        <translation>Tous les jours à %1</translation>
    </message>
    <message>
        <source>Every hour from %1</source>
        <translation>Toutes les heures à partir de %1</translation>
    </message>
    <message>
        <source>Every %1 hours from %2</source>
        <translation>Toutes les %1 heures à partir de %2</translation>
    </message>
    <message>
        <source>%1, Monday to Friday</source>
        <translation>%1, du lundi au vendredi</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, paused</source>
        <translation>%1, en pause</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of schedule; use daily or everyNHours</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un type de planification&#xa0;; utilisez daily ou everyNHours</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone; use an IANA id such as America/New_York</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fuseau horaire connu&#xa0;; utilisez un identifiant IANA tel que America/New_York</translation>
    </message>
</context>
<context>
    <name>rb::ScheduleSettingsWidget</name>
    <message>
        <source>Every &amp;day at</source>
        <translation>Tous les &amp;jours à</translation>
    </message>
    <message>
        <source>Only when I run it b&amp;y hand</source>
        <translation>Uniquement quand je l&apos;exécute &amp;manuellement</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Heure de la journée</translation>
    </message>
    <message>
        <source>Search time zones</source>
        <translation>Rechercher un fuseau horaire</translation>
    </message>
    <message>
        <source>Type to search, e.g. US/ or Chicago</source>
        <translation>Tapez pour rechercher, par ex. US/ ou Chicago</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Run on &amp;weekends too</source>
        <translation>Exécuter aussi le &amp;week-end</translation>
    </message>
    <message>
        <source>Choose an hour when few people use your SIS, such as early morning. Run on weekends only if your SIS changes then.</source>
        <translation>Choisissez une heure où peu de personnes utilisent votre SIS, par exemple tôt le matin. N&apos;exécutez le week-end que si votre SIS change pendant ces jours-là.</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a time zone in the list.</source>
        <translation>Choisissez un fuseau horaire dans la liste.</translation>
    </message>
    <message>
        <source>Choose a time zone in the list: the search hides %1, the one chosen so far.</source>
        <translation>Choisissez un fuseau horaire dans la liste&#xa0;: la recherche masque %1, celui choisi jusqu&apos;ici.</translation>
    </message>
    <message>
        <source>Runs at %1 in %2, this computer&apos;s time zone.</source>
        <translation>S&apos;exécute à %1 dans %2, le fuseau horaire de cet ordinateur.</translation>
    </message>
    <message>
        <source>Runs at %1 in %2, which is %3 on this computer today.</source>
        <translation>S&apos;exécute à %1 dans %2, soit %3 aujourd&apos;hui sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Choose the schedule&apos;s time zone in the list.</source>
        <translation>Choisissez dans la liste le fuseau horaire de la planification.</translation>
    </message>
</context>
<context>
    <name>rb::SecretPromptDialog</name>
    <message>
        <source>SIS client secret</source>
        <translation>Secret client du SIS</translation>
    </message>
    <message>
        <source>SIS SFTP password</source>
        <translation>Mot de passe SFTP du SIS</translation>
    </message>
    <message>
        <source>SIS SFTP key passphrase</source>
        <translation>Phrase secrète de la clé SFTP du SIS</translation>
    </message>
    <message>
        <source>Apple School Manager SFTP password</source>
        <translation>Mot de passe SFTP d&apos;Apple School Manager</translation>
    </message>
    <message>
        <source>Apple School Manager key passphrase</source>
        <translation>Phrase secrète de la clé d&apos;Apple School Manager</translation>
    </message>
    <message>
        <source>Email (SMTP) password</source>
        <translation>Mot de passe de messagerie (SMTP)</translation>
    </message>
    <message>
        <source>Secrets for %1</source>
        <translation>Secrets pour %1</translation>
    </message>
    <message>
        <source>%1

Type them in for this run; they are not stored anywhere.</source>
        <translation>%1

Saisissez-les pour cette exécution&#xa0;; ils ne sont enregistrés nulle part.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <source>Pseudonym key for students&apos; names</source>
        <translation>Clé des pseudonymes pour les noms des élèves</translation>
    </message>
</context>
<context>
    <name>rb::SecretStore</name>
    <message>
        <source>The secret is not in the system keychain.</source>
        <translation>Le secret ne se trouve pas dans le trousseau du système.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). RosterBridge never stores passwords in plain text: enter them at each run, or supply them in environment variables for unattended runs.</source>
        <translation>Aucun trousseau du système n&apos;est disponible (%1). RosterBridge n&apos;enregistre jamais les mots de passe en clair&#xa0;: saisissez-les à chaque exécution, ou fournissez-les dans des variables d&apos;environnement pour les exécutions sans surveillance.</translation>
    </message>
    <message>
        <source>The system keychain is locked or refused access (%1). Unlock it and try again.</source>
        <translation>Le trousseau du système est verrouillé ou a refusé l&apos;accès (%1). Déverrouillez-le et réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s); it may be locked and waiting for its password.</source>
        <translation>
            <numerusform>Le trousseau du système n&apos;a pas répondu dans un délai de %n seconde&#xa0;; il est peut-être verrouillé et attend son mot de passe.</numerusform>
            <numerusform>Le trousseau du système n&apos;a pas répondu dans un délai de %n secondes&#xa0;; il est peut-être verrouillé et attend son mot de passe.</numerusform>
        </translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Le trousseau du système a signalé une erreur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>rb::SelectionCounts</name>
    <message>
        <source>The export could not be read.</source>
        <translation>Impossible de lire l&apos;export.</translation>
    </message>
    <message>
        <source>With these choices Apple School Manager gets schools: %1, students: %2, staff: %3, classes: %4.</source>
        <translation>Avec ces choix, Apple School Manager reçoit écoles&#xa0;: %1, élèves&#xa0;: %2, personnel&#xa0;: %3, classes&#xa0;: %4.</translation>
    </message>
</context>
<context>
    <name>rb::ServerFileName</name>
    <message>
        <source>the name is empty</source>
        <translation>le nom est vide</translation>
    </message>
    <message>
        <source>it names the folder itself</source>
        <translation>il désigne le dossier lui-même</translation>
    </message>
    <message>
        <source>it holds a NUL character</source>
        <translation>il contient un caractère NUL</translation>
    </message>
    <message>
        <source>it holds a control character</source>
        <translation>il contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>it holds a path separator (/ or \)</source>
        <translation>il contient un séparateur de chemin (/ ou \)</translation>
    </message>
    <message>
        <source>it holds a colon, which names a drive or a stream on Windows</source>
        <translation>il contient deux-points, qui désignent un lecteur ou un flux sous Windows</translation>
    </message>
    <message>
        <source>it holds &quot;..&quot;, which names a parent folder</source>
        <translation>il contient « .. », qui désigne un dossier parent</translation>
    </message>
    <message>
        <source>it ends with a dot or a space</source>
        <translation>il se termine par un point ou une espace</translation>
    </message>
    <message>
        <source>it is the name of a device on Windows</source>
        <translation>c’est le nom d’un périphérique sous Windows</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n’existe pas</translation>
    </message>
    <message>
        <source>%1 is not inside %2</source>
        <translation>%1 n’est pas dans %2</translation>
    </message>
    <message>
        <source>%1 is a link (to %2)</source>
        <translation>%1 est un lien (vers %2)</translation>
    </message>
</context>
<context>
    <name>rb::ServiceClient</name>
    <message>
        <source>The RosterBridge service that runs this data folder&apos;s profiles cannot be reached, so nothing was run. Start it again (Settings → Preferences…), or quit RosterBridge and open it again to run profiles here.</source>
        <translation>Le service RosterBridge qui exécute les profils de ce dossier de données est injoignable, donc rien n&apos;a été exécuté. Redémarrez-le (Paramètres → Préférences…), ou quittez RosterBridge et rouvrez-le pour exécuter les profils ici.</translation>
    </message>
</context>
<context>
    <name>rb::ServiceCommand</name>
    <message numerus="yes">
        <source>The service is installed and running (%1). It starts when the computer does, with nobody logged in, and holds %n secret(s) sealed by systemd. Install it again after adding a profile or changing a password.</source>
        <translation>
            <numerusform>Le service est installé et en marche (%1). Il démarre avec l&apos;ordinateur, sans personne de connecté, et détient %n secret scellé par systemd. Installez-le à nouveau après avoir ajouté un profil ou changé un mot de passe.</numerusform>
            <numerusform>Le service est installé et en marche (%1). Il démarre avec l&apos;ordinateur, sans personne de connecté, et détient %n secrets scellés par systemd. Installez-le à nouveau après avoir ajouté un profil ou changé un mot de passe.</numerusform>
        </translation>
    </message>
    <message>
        <source>install, remove or status</source>
        <translation>install, remove ou status</translation>
    </message>
    <message>
        <source>service needs one of: install, remove, status.</source>
        <translation>service attend l&apos;un de : install, remove, status.</translation>
    </message>
    <message>
        <source>The service is not installed.</source>
        <translation>Le service n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>running (%1)</source>
        <translation>en marche (%1)</translation>
    </message>
    <message>
        <source>installed but stopped (%1)</source>
        <translation>installé mais arrêté (%1)</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>non installé</translation>
    </message>
    <message>
        <source>Installing the service from RosterBridge works on Linux and Windows in this version. On macOS, see &quot;Running unattended&quot; in the user guide.</source>
        <translation>Dans cette version, l&apos;installation du service depuis RosterBridge fonctionne sous Linux et Windows. Sous macOS, voir «&#xa0;Running unattended&#xa0;» dans le guide de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>The Windows password of %1 (Task Scheduler keeps it to start RosterBridge as you; RosterBridge does not), then Enter:</source>
        <translation>Le mot de passe Windows de %1 (le Planificateur de tâches le conserve pour lancer RosterBridge en votre nom&#xa0;; RosterBridge, non), puis Entrée&#xa0;:</translation>
    </message>
    <message>
        <source>The task &quot;RosterBridge&quot; is registered in Task Scheduler and running. It starts when the computer does, with nobody logged on, and reads the passwords from your Credential Manager. Register it again after changing your Windows password.</source>
        <translation>La tâche «&#xa0;RosterBridge&#xa0;» est enregistrée dans le Planificateur de tâches et en cours d&apos;exécution. Elle démarre avec l&apos;ordinateur, sans personne de connecté, et lit les mots de passe dans votre Gestionnaire d&apos;identification. Enregistrez-la de nouveau après avoir changé votre mot de passe Windows.</translation>
    </message>
    <message>
        <source>Runs every profile on its schedule with nobody logged in: install sets up `rosterbridge serve` as a service of this user (on Linux a systemd user unit that starts at boot, its secrets sealed with systemd-creds; on Windows a Task Scheduler task that starts at boot, with your Windows password read from standard input), remove stops and removes it, status says whether it runs (exit 0 running, 3 installed but stopped, 4 not installed).</source>
        <translation>Exécute chaque profil selon sa planification sans personne de connecté&#xa0;: install installe `rosterbridge serve` comme service de cet utilisateur (sous Linux une unité utilisateur systemd lancée au démarrage, ses secrets scellés par systemd-creds&#xa0;; sous Windows une tâche du Planificateur de tâches lancée au démarrage, avec votre mot de passe Windows lu sur l&apos;entrée standard), remove l&apos;arrête et le supprime, status indique s&apos;il tourne (sortie 0 en marche, 3 installé mais arrêté, 4 non installé).</translation>
    </message>
</context>
<context>
    <name>rb::ServiceDescription</name>
    <message>
        <source>RosterBridge: syncs the SIS with Apple School Manager on schedule</source>
        <translation>RosterBridge : synchronise le SIS avec Apple School Manager selon la planification</translation>
    </message>
</context>
<context>
    <name>rb::ServiceEndpoint</name>
    <message>
        <source>The service cannot listen on %1 for the desktop app: %2</source>
        <translation>Le service ne peut pas écouter sur %1 pour l&apos;application de bureau&#xa0;: %2</translation>
    </message>
    <message>
        <source>The service does not understand the request &quot;%1&quot;; the app and the service may be different versions.</source>
        <translation>Le service ne comprend pas la requête «&#xa0;%1&#xa0;»&#xa0;; l&apos;application et le service sont peut-être de versions différentes.</translation>
    </message>
</context>
<context>
    <name>rb::ServiceInstaller</name>
    <message>
        <source>Could not %1: &quot;%2 %3&quot; %4%5</source>
        <translation>Impossible de %1 : «&#xa0;%2 %3&#xa0;» %4%5</translation>
    </message>
    <message>
        <source>did not run</source>
        <translation>ne s&apos;est pas lancé</translation>
    </message>
    <message>
        <source>exited with %1</source>
        <translation>s&apos;est terminé avec %1</translation>
    </message>
    <message>
        <source>Could not create %1 or %2.</source>
        <translation>Impossible de créer %1 ou %2.</translation>
    </message>
    <message>
        <source>seal the secret %1</source>
        <translation>sceller le secret %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>start this user&apos;s services at boot</source>
        <translation>démarrer les services de cet utilisateur au démarrage</translation>
    </message>
    <message>
        <source>reload the service definitions</source>
        <translation>recharger les définitions de services</translation>
    </message>
    <message>
        <source>start the service</source>
        <translation>démarrer le service</translation>
    </message>
    <message>
        <source>stop the service</source>
        <translation>arrêter le service</translation>
    </message>
    <message>
        <source>Could not delete %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <source>Installing the service is not available on this system.</source>
        <translation>L&apos;installation du service n&apos;est pas disponible sur ce système.</translation>
    </message>
    <message>
        <source>Could not %1: PowerShell %2%3</source>
        <translation>Impossible de %1&#xa0;: PowerShell %2%3</translation>
    </message>
    <message>
        <source>The task runs as %1 whether or not anyone is logged on, so Windows needs that account&apos;s password; none was given.</source>
        <translation>La tâche s&apos;exécute en tant que %1, que quelqu&apos;un soit connecté ou non, donc Windows a besoin du mot de passe de ce compte&#xa0;; aucun n&apos;a été donné.</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <source>register the task with Task Scheduler</source>
        <translation>enregistrer la tâche dans le Planificateur de tâches</translation>
    </message>
    <message>
        <source>remove the task from Task Scheduler</source>
        <translation>retirer la tâche du Planificateur de tâches</translation>
    </message>
    <message>
        <source>read the task&apos;s state</source>
        <translation>lire l&apos;état de la tâche</translation>
    </message>
</context>
<context>
    <name>rb::ServicePanel</name>
    <message>
        <source>Unattended</source>
        <translation>Sans surveillance</translation>
    </message>
    <message>
        <source>Run syncs when &amp;nobody is logged in</source>
        <translation>Synchroniser quand perso&amp;nne n&apos;est connecté</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Running.</source>
        <translation>En marche.</translation>
    </message>
    <message>
        <source>Installed but not running: see &quot;rosterbridge service status&quot;.</source>
        <translation>Installé mais arrêté : voir «&#xa0;rosterbridge service status&#xa0;».</translation>
    </message>
    <message>
        <source>Not installed.</source>
        <translation>Non installé.</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <source>Reading the profiles&apos; passwords from the keychain…</source>
        <translation>Lecture des mots de passe des profils dans le trousseau…</translation>
    </message>
    <message>
        <source>Installing…</source>
        <translation>Installation…</translation>
    </message>
    <message>
        <source>Installs RosterBridge as a service of your account that starts with the computer. Your passwords are sealed for it by the system, never saved as text. The service takes over the profiles when you quit this app; opened again, the app shows the service&apos;s runs and sends it what you ask.</source>
        <translation>Installe RosterBridge comme service de votre compte, lancé au démarrage de l&apos;ordinateur. Le système scelle vos mots de passe pour lui&#xa0;; ils ne sont jamais enregistrés en clair. Le service prend le relais des profils quand vous quittez cette application&#xa0;; rouverte, l&apos;application affiche les exécutions du service et lui transmet vos demandes.</translation>
    </message>
    <message>
        <source>Available on Linux and Windows in this version; see &quot;Running unattended&quot; in the user guide.</source>
        <translation>Disponible sous Linux et Windows dans cette version&#xa0;; voir «&#xa0;Running unattended&#xa0;» dans le guide de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Run syncs when nobody is logged in</source>
        <translation>Synchroniser quand personne n&apos;est connecté</translation>
    </message>
    <message>
        <source>The Windows password of %1. Task Scheduler keeps it to start RosterBridge as you when the computer starts; RosterBridge does not keep it.</source>
        <translation>Le mot de passe Windows de %1. Le Planificateur de tâches le conserve pour lancer RosterBridge en votre nom au démarrage de l&apos;ordinateur&#xa0;; RosterBridge ne le conserve pas.</translation>
    </message>
    <message>
        <source>Waiting for your Windows password…</source>
        <translation>En attente de votre mot de passe Windows…</translation>
    </message>
</context>
<context>
    <name>rb::SetupWizard</name>
    <message>
        <source>Set up RosterBridge</source>
        <translation>Configurer RosterBridge</translation>
    </message>
    <message>
        <source>Stop setting up? Nothing you entered is saved.</source>
        <translation>Arrêter la configuration&#xa0;? Rien de ce que vous avez saisi ne sera enregistré.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>SIS</source>
        <translation>SIS</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>Fichiers CSV</translation>
    </message>
    <message>
        <source>Apple School Manager</source>
        <translation>Apple School Manager</translation>
    </message>
    <message>
        <source>What to send</source>
        <translation>Quoi envoyer</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
</context>
<context>
    <name>rb::SftpConnectionTest</name>
    <message>
        <source>Name lookup (DNS)</source>
        <translation>Résolution du nom (DNS)</translation>
    </message>
    <message>
        <source>TCP connection</source>
        <translation>Connexion TCP</translation>
    </message>
    <message>
        <source>SSH handshake</source>
        <translation>Négociation SSH</translation>
    </message>
    <message>
        <source>Host key</source>
        <translation>Clé d&apos;hôte</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Upload folder</source>
        <translation>Dossier de téléversement</translation>
    </message>
    <message>
        <source>%1 was found.</source>
        <translation>%1 a été trouvé.</translation>
    </message>
    <message>
        <source>Port %1 on %2 accepts connections.</source>
        <translation>Le port %1 de %2 accepte les connexions.</translation>
    </message>
    <message>
        <source>The server speaks SSH; its host key is %1 (%2).</source>
        <translation>Le serveur parle SSH&#xa0;; sa clé d&apos;hôte est %1 (%2).</translation>
    </message>
    <message>
        <source>The host key %1 is new; it will be pinned once you confirm it.</source>
        <translation>La clé d&apos;hôte %1 est nouvelle&#xa0;; elle sera épinglée dès que vous l&apos;aurez confirmée.</translation>
    </message>
    <message>
        <source>The host key %1 matches the pinned one.</source>
        <translation>La clé d&apos;hôte %1 correspond à la clé épinglée.</translation>
    </message>
    <message>
        <source>User %1 logged in.</source>
        <translation>L&apos;utilisateur %1 s&apos;est connecté.</translation>
    </message>
    <message>
        <source>Not tested: an earlier layer failed.</source>
        <translation>Non testé&#xa0;: une couche précédente a échoué.</translation>
    </message>
    <message>
        <source>the login folder</source>
        <translation>le dossier de connexion</translation>
    </message>
    <message>
        <source>The upload folder %1 exists (not written to: files there are imported).</source>
        <translation>Le dossier de téléversement %1 existe (aucune écriture&#xa0;: les fichiers qui s&apos;y trouvent sont importés).</translation>
    </message>
    <message>
        <source>writing a test file into %1</source>
        <translation>l&apos;écriture d&apos;un fichier de test dans %1</translation>
    </message>
    <message>
        <source>Files can be written to %1.</source>
        <translation>Des fichiers peuvent être écrits dans %1.</translation>
    </message>
    <message>
        <source>Port %1 on %2 (%3) accepts connections.</source>
        <translation>Le port %1 de %2 (%3) accepte les connexions.</translation>
    </message>
</context>
<context>
    <name>rb::SftpDownloader</name>
    <message>
        <source>opening %1</source>
        <translation>l&apos;ouverture de %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>reading %1 (after %2 bytes)</source>
        <translation>la lecture de %1 (après %2 octets)</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2.</source>
        <translation>L&apos;écriture de %1 a échoué&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Could not move %1 into place: %2.</source>
        <translation>Impossible de mettre %1 en place&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The folder %1 on %2 holds no .csv files.</source>
        <translation>Le dossier %1 sur %2 ne contient aucun fichier .csv.</translation>
    </message>
    <message>
        <source>The server %1 has a file named &quot;%2&quot; in %3, which cannot be saved: %4. Nothing outside the download folder is written; ask the server&apos;s operator to rename it.</source>
        <translation>Le serveur %1 a un fichier nommé « %2 » dans %3, qui ne peut pas être enregistré : %4. Rien n’est écrit hors du dossier de téléchargement ; demandez à l’exploitant du serveur de le renommer.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; from %2 cannot be saved: %3.</source>
        <translation>Le fichier « %1 » de %2 ne peut pas être enregistré : %3.</translation>
    </message>
</context>
<context>
    <name>rb::SftpRemote</name>
    <message>
        <source>looking for %1</source>
        <translation>la recherche de %1</translation>
    </message>
    <message>
        <source>The folder %1 does not exist on %2 (or is not a folder).</source>
        <translation>Le dossier %1 n&apos;existe pas sur %2 (ou ce n&apos;est pas un dossier).</translation>
    </message>
    <message>
        <source>listing the folder %1</source>
        <translation>la lecture du contenu du dossier %1</translation>
    </message>
    <message>
        <source>removing %1</source>
        <translation>la suppression de %1</translation>
    </message>
</context>
<context>
    <name>rb::SftpSession</name>
    <message>
        <source>no such file or folder</source>
        <translation>fichier ou dossier inexistant</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>the server&apos;s disk is full</source>
        <translation>le disque du serveur est plein</translation>
    </message>
    <message>
        <source>the account&apos;s quota is exceeded</source>
        <translation>le quota du compte est dépassé</translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation>le dossier est en lecture seule</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>ce n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>the server does not support this</source>
        <translation>le serveur ne prend pas en charge cette opération</translation>
    </message>
    <message>
        <source>the server reported SFTP status %1</source>
        <translation>le serveur a signalé le statut SFTP %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The server %1 did not answer within %2 s while %3; the transfer was stopped.</source>
        <translation>Le serveur %1 n&apos;a pas répondu dans un délai de %2 s pendant %3&#xa0;; le transfert a été arrêté.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost while %2 (%3).</source>
        <translation>La connexion à %1 a été perdue pendant %2 (%3).</translation>
    </message>
    <message>
        <source>The connection to %1 was lost while %2.</source>
        <translation>La connexion à %1 a été perdue pendant %2.</translation>
    </message>
    <message>
        <source>The server %1 refused %2: %3.</source>
        <translation>Le serveur %1 a refusé %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Failed while %1 on %2: %3.</source>
        <translation>Échec pendant %1 sur %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found (%2). Check the name and the computer&apos;s DNS settings.</source>
        <translation>Le nom de serveur %1 est introuvable (%2). Vérifiez le nom et les paramètres DNS de l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>Could not open a connection to %1 port %2: %3. A firewall may block the port, or no server listens on it.</source>
        <translation>Impossible d&apos;ouvrir une connexion à %1 sur le port %2&#xa0;: %3. Un pare-feu bloque peut-être le port, ou aucun serveur n&apos;écoute sur ce port.</translation>
    </message>
    <message>
        <source>Out of memory starting an SSH session.</source>
        <translation>Mémoire insuffisante pour démarrer une session SSH.</translation>
    </message>
    <message>
        <source>The SSH handshake with %1 timed out after %2 s. The service on this port may not be an SSH server.</source>
        <translation>La négociation SSH avec %1 a expiré au bout de %2 s. Le service sur ce port n&apos;est peut-être pas un serveur SSH.</translation>
    </message>
    <message>
        <source>The SSH handshake with %1 failed: %2. The service on this port may not be an SSH server.</source>
        <translation>La négociation SSH avec %1 a échoué&#xa0;: %2. Le service sur ce port n&apos;est peut-être pas un serveur SSH.</translation>
    </message>
    <message>
        <source>The server %1 sent no host key.</source>
        <translation>Le serveur %1 n&apos;a envoyé aucune clé d&apos;hôte.</translation>
    </message>
    <message>
        <source>matches the pinned key %1</source>
        <translation>correspond à la clé épinglée %1</translation>
    </message>
    <message>
        <source>expected %1, offered %2</source>
        <translation>attendue&#xa0;: %1, proposée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server&apos;s identity changed: %1 was expected to present host key %2, but it offered %3. Nothing was sent. If the server&apos;s operator confirms the new key, pin it; otherwise someone may be intercepting the connection.</source>
        <translation>L&apos;identité du serveur a changé&#xa0;: %1 devait présenter la clé d&apos;hôte %2, mais a proposé %3. Rien n&apos;a été envoyé. Si l&apos;opérateur du serveur confirme la nouvelle clé, épinglez-la&#xa0;; sinon, quelqu&apos;un intercepte peut-être la connexion.</translation>
    </message>
    <message>
        <source>trusted on first use: %1</source>
        <translation>approuvée à la première utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>not pinned: %1</source>
        <translation>non épinglée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The host key of %1 is not known yet. Its fingerprint is %2 (%3). Confirm it with the server&apos;s operator, then trust it.</source>
        <translation>La clé d&apos;hôte de %1 n&apos;est pas encore connue. Son empreinte est %2 (%3). Confirmez-la auprès de l&apos;opérateur du serveur, puis approuvez-la.</translation>
    </message>
    <message>
        <source>no authentication required</source>
        <translation>aucune authentification requise</translation>
    </message>
    <message>
        <source>logging in</source>
        <translation>l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Authentication failed for user %1 on %2: the server did not accept the password. If it was changed or regenerated, enter the new one.</source>
        <translation>Échec de l&apos;authentification de l&apos;utilisateur %1 sur %2&#xa0;: le serveur n&apos;a pas accepté le mot de passe. S&apos;il a été modifié ou régénéré, saisissez le nouveau.</translation>
    </message>
    <message>
        <source>The private key file %1 cannot be read: %2.</source>
        <translation>Impossible de lire le fichier de clé privée %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The private key %1 could not be used: %2. Check its passphrase; OpenSSH ed25519, ECDSA and RSA keys are supported.</source>
        <translation>Impossible d&apos;utiliser la clé privée %1&#xa0;: %2. Vérifiez sa phrase secrète&#xa0;; les clés OpenSSH ed25519, ECDSA et RSA sont prises en charge.</translation>
    </message>
    <message>
        <source>Authentication failed for user %1 on %2: the server did not accept the key %3.</source>
        <translation>Échec de l&apos;authentification de l&apos;utilisateur %1 sur %2&#xa0;: le serveur n&apos;a pas accepté la clé %3.</translation>
    </message>
    <message>
        <source>starting SFTP</source>
        <translation>le démarrage de SFTP</translation>
    </message>
    <message>
        <source>The server %1 accepted the login but did not start SFTP: %2.</source>
        <translation>Le serveur %1 a accepté la connexion mais n&apos;a pas démarré SFTP&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The server name or the user name is missing.</source>
        <translation>Le nom du serveur ou le nom d&apos;utilisateur est manquant.</translation>
    </message>
</context>
<context>
    <name>rb::SftpSettings</name>
    <message>
        <source>&quot;%1&quot; is not an authentication type; use password or publicKey</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un type d&apos;authentification&#xa0;; utilisez password ou publicKey</translation>
    </message>
    <message>
        <source>must be a SHA256 fingerprint as ssh-keygen -lf prints it (SHA256:...)</source>
        <translation>doit être une empreinte SHA256 telle que l&apos;affiche ssh-keygen -lf (SHA256:...)</translation>
    </message>
    <message>
        <source>the server name is missing</source>
        <translation>le nom du serveur est manquant</translation>
    </message>
    <message>
        <source>the user name is missing</source>
        <translation>le nom d&apos;utilisateur est manquant</translation>
    </message>
    <message>
        <source>public-key login needs a private key file</source>
        <translation>la connexion par clé publique nécessite un fichier de clé privée</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 65535</source>
        <translation>doit être un nombre entier compris entre 1 et 65535</translation>
    </message>
</context>
<context>
    <name>rb::SftpSettingsWidget</name>
    <message>
        <source>SFTP server</source>
        <translation>Serveur SFTP</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>Se connecter avec</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Fichier de clé privée</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>Pa&amp;rcourir...</translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation>Choisir le fichier de clé privée</translation>
    </message>
    <message>
        <source>Empty when the key has none</source>
        <translation>Vide si la clé n&apos;en a pas</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Phrase secrète de la clé</translation>
    </message>
    <message>
        <source>Remote file or folder</source>
        <translation>Fichier ou dossier distant</translation>
    </message>
    <message>
        <source>exports/oneroster.zip, or a folder of CSV files</source>
        <translation>exports/oneroster.zip, ou un dossier de fichiers CSV</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Sign &amp;in with:</source>
        <translation>Se &amp;connecter avec&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>&amp;Fichier de clé&#xa0;:</translation>
    </message>
    <message>
        <source>Key pass&amp;phrase:</source>
        <translation>Phrase &amp;secrète de la clé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Remote file or folder:</source>
        <translation>Fichier ou dossier &amp;distant&#xa0;:</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clé privée</translation>
    </message>
    <message>
        <source>Enter the SFTP server&apos;s host.</source>
        <translation>Saisissez l&apos;hôte du serveur SFTP.</translation>
    </message>
    <message>
        <source>Enter the SFTP user name.</source>
        <translation>Saisissez le nom d&apos;utilisateur SFTP.</translation>
    </message>
    <message>
        <source>Enter the export&apos;s file or folder on the SFTP server.</source>
        <translation>Saisissez le fichier ou le dossier de l&apos;export sur le serveur SFTP.</translation>
    </message>
    <message>
        <source>Choose the SSH key file.</source>
        <translation>Choisissez le fichier de clé SSH.</translation>
    </message>
    <message>
        <source>Enter the SFTP password.</source>
        <translation>Saisissez le mot de passe SFTP.</translation>
    </message>
</context>
<context>
    <name>rb::SftpSocket</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>aucune réponse dans un délai de %1 s</translation>
    </message>
    <message>
        <source>no usable address</source>
        <translation>aucune adresse utilisable</translation>
    </message>
</context>
<context>
    <name>rb::SftpTestPanel</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Test de la connexion</translation>
    </message>
    <message>
        <source>Connection test results</source>
        <translation>Résultats du test de connexion</translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation>Connexion à %1...</translation>
    </message>
    <message>
        <source>Connected and signed in; the upload folder is ready.</source>
        <translation>Connecté et authentifié&#xa0;; le dossier de téléversement est prêt.</translation>
    </message>
    <message>
        <source>The connection test failed.</source>
        <translation>Le test de connexion a échoué.</translation>
    </message>
    <message>
        <source>The server&apos;s host key is not pinned yet, so the test stopped before signing in. Check the fingerprint below; once you confirm it, the test signs in.</source>
        <translation>La clé d’hôte du serveur n’est pas encore épinglée : le test s’est arrêté avant la connexion. Vérifiez l’empreinte ci-dessous ; une fois confirmée, le test se connecte.</translation>
    </message>
</context>
<context>
    <name>rb::SftpUploader</name>
    <message>
        <source>The file %1 cannot be read: %2.</source>
        <translation>Impossible de lire le fichier %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>creating %1</source>
        <translation>la création de %1</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2.</source>
        <translation>La lecture de %1 a échoué&#xa0;: %2.</translation>
    </message>
    <message>
        <source>writing %1 (after %2 of %3 bytes)</source>
        <translation>l&apos;écriture de %1 (après %2 octets sur %3)</translation>
    </message>
    <message>
        <source>finishing %1</source>
        <translation>la finalisation de %1</translation>
    </message>
    <message>
        <source>partial %1</source>
        <translation>%1 partiel</translation>
    </message>
    <message>
        <source>partial %1 of an earlier upload</source>
        <translation>%1 partiel d’un envoi précédent</translation>
    </message>
    <message>
        <source>partial %1 of an earlier upload: already gone</source>
        <translation>%1 partiel d’un envoi précédent : déjà disparu</translation>
    </message>
    <message>
        <source>removing the partial %1</source>
        <translation>suppression du %1 partiel</translation>
    </message>
</context>
<context>
    <name>rb::SisConnectionWidget</name>
    <message>
        <source>Student information system</source>
        <translation>Système d&apos;information scolaire</translation>
    </message>
    <message>
        <source>Where to find these values</source>
        <translation>Où trouver ces valeurs</translation>
    </message>
    <message>
        <source>OneRoster API URL</source>
        <translation>URL de l&apos;API OneRoster</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>URL du jeton</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>OneRoster version</source>
        <translation>Version de OneRoster</translation>
    </message>
    <message>
        <source>OneRoster 1.1</source>
        <translation>OneRoster 1.1</translation>
    </message>
    <message>
        <source>OneRoster 1.2</source>
        <translation>OneRoster 1.2</translation>
    </message>
    <message>
        <source>Client I&amp;D:</source>
        <translation>I&amp;D client&#xa0;:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secret client&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;IS:</source>
        <translation>S&amp;IS&#xa0;:</translation>
    </message>
    <message>
        <source>OneRoster &amp;API URL:</source>
        <translation>&amp;URL de l&apos;API OneRoster&#xa0;:</translation>
    </message>
    <message>
        <source>To&amp;ken URL:</source>
        <translation>URL du &amp;jeton&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; this URL starts with http://, not https://. The client secret, the access tokens and the students&apos; data would travel unencrypted, readable by anyone on the network between this computer and the SIS.</source>
        <translation>&lt;b&gt;Attention :&lt;/b&gt; cette URL commence par http://, pas https://. Le secret client, les jetons d’accès et les données des élèves circuleraient en clair, lisibles par quiconque sur le réseau entre cet ordinateur et le SIS.</translation>
    </message>
    <message>
        <source>Send credentials and student data &amp;unencrypted anyway</source>
        <translation>Envoyer quand même identifiants et données des élèves &amp;sans chiffrement</translation>
    </message>
    <message>
        <source>Enter the OneRoster API URL.</source>
        <translation>Saisissez l&apos;URL de l&apos;API OneRoster.</translation>
    </message>
    <message>
        <source>The address is not encrypted (http): use https, or tick &quot;Send credentials and student data unencrypted anyway&quot;.</source>
        <translation>L&apos;adresse n&apos;est pas chiffrée (http)&#xa0;: utilisez https, ou cochez «&#xa0;Envoyer quand même identifiants et données des élèves sans chiffrement&#xa0;».</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>Remplissez le champ «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Look for the token URL</source>
        <translation>Rechercher l&apos;URL du jeton</translation>
    </message>
    <message>
        <source>Tries the usual token addresses on the API&apos;s own host, over https, with the client ID and secret typed here.</source>
        <translation>Essaie les adresses de jeton habituelles sur l&apos;hôte même de l&apos;API, en https, avec l&apos;ID et le secret client saisis ici.</translation>
    </message>
    <message>
        <source>Looking for the token URL…</source>
        <translation>Recherche de l&apos;URL du jeton…</translation>
    </message>
    <message>
        <source>Enter the token URL, or click Find to look for it.</source>
        <translation>Saisissez l&apos;URL du jeton, ou cliquez sur Rechercher pour la trouver.</translation>
    </message>
</context>
<context>
    <name>rb::SisCredentialsPage</name>
    <message>
        <source>Other SIS: credentials</source>
        <translation>Autre SIS&#xa0;: identifiants</translation>
    </message>
    <message>
        <source>How RosterBridge signs in to your SIS. Your SIS vendor&apos;s OneRoster documentation has these values; the defaults suit most servers.</source>
        <translation>Comment RosterBridge se connecte à votre SIS. La documentation OneRoster de l&apos;éditeur de votre SIS indique ces valeurs&#xa0;; les valeurs par défaut conviennent à la plupart des serveurs.</translation>
    </message>
</context>
<context>
    <name>rb::SisCredentialsWidget</name>
    <message>
        <source>SIS name</source>
        <translation>Nom du SIS</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>OAuth 2 client credentials (a token)</source>
        <translation>Identifiants client OAuth 2 (un jeton)</translation>
    </message>
    <message>
        <source>OAuth 1.0a (signed requests)</source>
        <translation>OAuth 1.0a (requêtes signées)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>How the client ID and secret are sent</source>
        <translation>Mode d&apos;envoi de l&apos;ID client et du secret</translation>
    </message>
    <message>
        <source>HTTP Basic header (recommended)</source>
        <translation>En-tête HTTP Basic (recommandé)</translation>
    </message>
    <message>
        <source>In the form body (client_id, client_secret)</source>
        <translation>Dans le corps du formulaire (client_id, client_secret)</translation>
    </message>
    <message>
        <source>OAuth 1.0a signature method</source>
        <translation>Méthode de signature OAuth 1.0a</translation>
    </message>
    <message>
        <source>Extra CA certificate file</source>
        <translation>Fichier de certificat CA supplémentaire</translation>
    </message>
    <message>
        <source>Only for a district&apos;s own certificate authority</source>
        <translation>Uniquement pour l&apos;autorité de certification propre à un district</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>Choisir le fichier de certificat CA</translation>
    </message>
    <message>
        <source>Send back the cookies of the token response</source>
        <translation>Renvoyer les cookies de la réponse du jeton</translation>
    </message>
    <message>
        <source>Records per page</source>
        <translation>Enregistrements par page</translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation>Requêtes simultanées</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Délai d&apos;expiration des requêtes en secondes</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Nouvelles tentatives</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>First retry delay</source>
        <translation>Délai initial entre tentatives</translation>
    </message>
    <message>
        <source>Longest retry delay</source>
        <translation>Délai maximal entre tentatives</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> Kio</translation>
    </message>
    <message>
        <source>Body data kept per exchange</source>
        <translation>Données de corps conservées par échange</translation>
    </message>
    <message>
        <source>SIS na&amp;me:</source>
        <translation>&amp;Nom du SIS&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentification&#xa0;:</translation>
    </message>
    <message>
        <source>Client au&amp;thentication:</source>
        <translation>Authentification du c&amp;lient&#xa0;:</translation>
    </message>
    <message>
        <source>Si&amp;gnature method:</source>
        <translation>Méthode de &amp;signature&#xa0;:</translation>
    </message>
    <message>
        <source>Extra &amp;CA certificate:</source>
        <translation>Certificat &amp;CA supplémentaire&#xa0;:</translation>
    </message>
    <message>
        <source>Records per &amp;page:</source>
        <translation>Enregistrements par &amp;page&#xa0;:</translation>
    </message>
    <message>
        <source>Requests at &amp;once:</source>
        <translation>Requêtes si&amp;multanées&#xa0;:</translation>
    </message>
    <message>
        <source>Request t&amp;imeout:</source>
        <translation>Délai d&apos;e&amp;xpiration des requêtes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Retries:</source>
        <translation>Nouvelles &amp;tentatives&#xa0;:</translation>
    </message>
    <message>
        <source>First retry &amp;delay:</source>
        <translation>Délai &amp;initial entre tentatives&#xa0;:</translation>
    </message>
    <message>
        <source>Longest retry de&amp;lay:</source>
        <translation>&amp;Délai maximal entre tentatives&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;History body data kept:</source>
        <translation>Corps conservés dans l&apos;&amp;historique&#xa0;:</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificat CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Bro&amp;wse...</source>
        <translation>Pa&amp;rcourir...</translation>
    </message>
    <message>
        <source>Paging, timeouts and retries</source>
        <translation>Pagination, délais d&apos;attente et nouvelles tentatives</translation>
    </message>
    <message>
        <source>e.g. Genesis</source>
        <translation>par ex. Genesis</translation>
    </message>
</context>
<context>
    <name>rb::SisPage</name>
    <message>
        <source>Connect to your SIS</source>
        <translation>Se connecter à votre SIS</translation>
    </message>
    <message>
        <source>Choose your student information system and enter what its OneRoster settings show. Next tests the connection.</source>
        <translation>Choisissez votre système d&apos;information scolaire et saisissez ce qu&apos;indiquent ses paramètres OneRoster. Suivant teste la connexion.</translation>
    </message>
    <message>
        <source>The next pages ask how your SIS hands out tokens; the connection is tested after them.</source>
        <translation>Les pages suivantes demandent comment votre SIS délivre les jetons&#xa0;; la connexion est testée ensuite.</translation>
    </message>
</context>
<context>
    <name>rb::SisRefreshPage</name>
    <message>
        <source>Other SIS: refresh token and requests</source>
        <translation>Autre SIS&#xa0;: jeton d&apos;actualisation et requêtes</translation>
    </message>
    <message>
        <source>Optional settings for API requests and for renewing a token. Next tests the connection.</source>
        <translation>Paramètres facultatifs pour les requêtes API et pour le renouvellement d&apos;un jeton. Suivant teste la connexion.</translation>
    </message>
</context>
<context>
    <name>rb::SisRefreshWidget</name>
    <message>
        <source>Headers sent with every API request</source>
        <translation>En-têtes envoyés avec chaque requête API</translation>
    </message>
    <message>
        <source>Refresh request headers</source>
        <translation>En-têtes de la requête d&apos;actualisation</translation>
    </message>
    <message>
        <source>Refresh scope</source>
        <translation>Portée de l&apos;actualisation</translation>
    </message>
    <message>
        <source>Separated by spaces</source>
        <translation>Séparées par des espaces</translation>
    </message>
    <message>
        <source>Refresh grant type</source>
        <translation>Type d&apos;autorisation de l&apos;actualisation</translation>
    </message>
    <message>
        <source>Refresh request form fields</source>
        <translation>Champs du formulaire de la requête d&apos;actualisation</translation>
    </message>
    <message>
        <source>Values may use {client_id}, {client_secret}, {scope} and {refresh_token}.</source>
        <translation>Les valeurs peuvent utiliser {client_id}, {client_secret}, {scope} et {refresh_token}.</translation>
    </message>
    <message>
        <source>Re&amp;quest headers (optional):</source>
        <translation>En-têtes de &amp;requête (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Refresh h&amp;eaders (optional):</source>
        <translation>En-&amp;têtes d&apos;actualisation (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Refresh s&amp;cope (optional):</source>
        <translation>Port&amp;ée de l&apos;actualisation (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Refresh g&amp;rant type (optional):</source>
        <translation>Type d&apos;&amp;autorisation de l&apos;actualisation (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Refresh f&amp;orm (optional):</source>
        <translation>&amp;Formulaire d&apos;actualisation (facultatif)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>rb::SisTokenPage</name>
    <message>
        <source>Other SIS: token</source>
        <translation>Autre SIS&#xa0;: jeton</translation>
    </message>
    <message>
        <source>Where and how RosterBridge asks your SIS for an access token.</source>
        <translation>Où et comment RosterBridge demande un jeton d&apos;accès à votre SIS.</translation>
    </message>
</context>
<context>
    <name>rb::SisTokenWidget</name>
    <message>
        <source>Token URL</source>
        <translation>URL du jeton</translation>
    </message>
    <message>
        <source>Token request headers</source>
        <translation>En-têtes de la requête de jeton</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Separated by spaces; empty asks for none</source>
        <translation>Séparées par des espaces&#xa0;; vide n&apos;en demande aucune</translation>
    </message>
    <message>
        <source>Grant type</source>
        <translation>Type d&apos;autorisation</translation>
    </message>
    <message>
        <source>Token request form fields</source>
        <translation>Champs du formulaire de la requête de jeton</translation>
    </message>
    <message>
        <source>Values may use {client_id}, {client_secret} and {scope}; an empty value removes a default field.</source>
        <translation>Les valeurs peuvent utiliser {client_id}, {client_secret} et {scope}&#xa0;; une valeur vide supprime un champ par défaut.</translation>
    </message>
    <message>
        <source>To&amp;ken URL:</source>
        <translation>URL du &amp;jeton&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Headers (optional):</source>
        <translation>&amp;En-têtes (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Scope (optional):</source>
        <translation>&amp;Portée (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Grant type (optional):</source>
        <translation>Type d&apos;&amp;autorisation (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Form (optional):</source>
        <translation>&amp;Formulaire (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>This token URL is not encrypted (http): the client secret and the token would cross the network readable by anyone on the way. Use https if the SIS offers it.</source>
        <translation>Cette URL de jeton n’est pas chiffrée (http) : le secret client et le jeton traverseraient le réseau lisibles par quiconque sur le chemin. Utilisez https si le SIS le propose.</translation>
    </message>
    <message>
        <source>Send the client secret &amp;unencrypted anyway</source>
        <translation>Envoyer quand même le secret client &amp;sans chiffrement</translation>
    </message>
    <message>
        <source>Enter the token URL.</source>
        <translation>Saisissez l&apos;URL du jeton.</translation>
    </message>
    <message>
        <source>The token URL is not encrypted (http): use https, or tick &quot;Send the client secret unencrypted anyway&quot;.</source>
        <translation>L&apos;URL du jeton n&apos;est pas chiffrée (http)&#xa0;: utilisez https, ou cochez «&#xa0;Envoyer quand même le secret client sans chiffrement&#xa0;».</translation>
    </message>
</context>
<context>
    <name>rb::SmtpNotifier</name>
    <message>
        <source>the mail server %1 did not answer within %2 s</source>
        <translation>le serveur de messagerie %1 n&apos;a pas répondu dans un délai de %2 s</translation>
    </message>
    <message>
        <source>the secure connection to the mail server failed: %1</source>
        <translation>la connexion sécurisée au serveur de messagerie a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>the mail server %1:%2: %3</source>
        <translation>le serveur de messagerie %1:%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>the email settings need a server, a sender and a recipient</source>
        <translation>les paramètres de messagerie nécessitent un serveur, un expéditeur et un destinataire</translation>
    </message>
    <message>
        <source>the mail server sent a malformed answer</source>
        <translation>le serveur de messagerie a envoyé une réponse mal formée</translation>
    </message>
    <message>
        <source>the mail server refused %1: %2 %3</source>
        <translation>le serveur de messagerie a refusé %1&#xa0;: %2 %3</translation>
    </message>
    <message>
        <source>the connection</source>
        <translation>la connexion</translation>
    </message>
    <message>
        <source>EHLO</source>
        <translation>EHLO</translation>
    </message>
    <message>
        <source>the mail server does not offer STARTTLS; the password would travel unencrypted</source>
        <translation>le serveur de messagerie ne propose pas STARTTLS&#xa0;; le mot de passe circulerait sans chiffrement</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>the login</source>
        <translation>l&apos;identification</translation>
    </message>
    <message>
        <source>the sender</source>
        <translation>l&apos;expéditeur</translation>
    </message>
    <message>
        <source>the recipient %1</source>
        <translation>le destinataire %1</translation>
    </message>
    <message>
        <source>DATA</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>the message</source>
        <translation>le message</translation>
    </message>
    <message>
        <source>the email address &quot;%1&quot; is not valid</source>
        <translation>l’adresse e-mail « %1 » n’est pas valide</translation>
    </message>
    <message>
        <source>the mail server %1 sent an answer line longer than %2 bytes</source>
        <translation>le serveur de messagerie %1 a envoyé une ligne de réponse de plus de %2 octets</translation>
    </message>
    <message>
        <source>the connection to the mail server %1 is not encrypted, so the password is not sent; use STARTTLS or TLS, or allow a login without TLS in the email settings</source>
        <translation>la connexion au serveur de messagerie %1 n’est pas chiffrée : le mot de passe n’est pas envoyé ; utilisez STARTTLS ou TLS, ou autorisez la connexion sans TLS dans les réglages de messagerie</translation>
    </message>
    <message>
        <source>the mail server %1:%2 accepted the message: %3 %4</source>
        <translation>le serveur de messagerie %1:%2 a accepté le message : %3 %4</translation>
    </message>
</context>
<context>
    <name>rb::StartAtLogin</name>
    <message>
        <source>The Windows registry could not be changed.</source>
        <translation>Impossible de modifier le registre Windows.</translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>rb::StatusTracker</name>
    <message>
        <source>OneRoster API</source>
        <translation>API OneRoster</translation>
    </message>
    <message>
        <source>CSV over SFTP</source>
        <translation>CSV via SFTP</translation>
    </message>
    <message>
        <source>Watched CSV folder</source>
        <translation>Dossier CSV surveillé</translation>
    </message>
    <message>
        <source>CSV export</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>Apple School Manager</source>
        <translation>Apple School Manager</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Manuellement</translation>
    </message>
    <message>
        <source>No profiles yet</source>
        <translation>Aucun profil pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>rb::StepListModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Décomptes</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>rb::StoredSecretHint</name>
    <message>
        <source>Saved in the keychain — type to replace</source>
        <translation>Enregistré dans le trousseau — saisissez pour remplacer</translation>
    </message>
</context>
<context>
    <name>rb::TablePage</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Text in any column; Enter finds the next row</source>
        <translation>Texte dans n&apos;importe quelle colonne&#xa0;; Entrée trouve la ligne suivante</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>Rechercher dans %1</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Résultat de la recherche</translation>
    </message>
    <message>
        <source>State of %1</source>
        <translation>État de %1</translation>
    </message>
    <message>
        <source>Rows of %1</source>
        <translation>Lignes de %1</translation>
    </message>
    <message>
        <source>%1 has no rows, only its header.</source>
        <translation>%1 ne contient aucune ligne, seulement son en-tête.</translation>
    </message>
    <message>
        <source>%1 cannot be shown: %2</source>
        <translation>Impossible d&apos;afficher %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Found on line %1</source>
        <translation>Trouvé à la ligne %1</translation>
    </message>
    <message>
        <source>“%1” not found</source>
        <translation>«&#xa0;%1&#xa0;» introuvable</translation>
    </message>
</context>
<context>
    <name>rb::TokenUrlProbe</name>
    <message>
        <source>Enter the OneRoster API URL first.</source>
        <translation>Saisissez d&apos;abord l&apos;URL de l&apos;API OneRoster.</translation>
    </message>
    <message>
        <source>The token URL is only looked for over https: %1 is not encrypted, and the client secret would be sent to every address tried. Enter the token URL your SIS vendor gives.</source>
        <translation>L&apos;URL du jeton n&apos;est recherchée qu&apos;en https&#xa0;: %1 n&apos;est pas chiffrée, et le secret client serait envoyé à chaque adresse essayée. Saisissez l&apos;URL du jeton indiquée par l&apos;éditeur du SIS.</translation>
    </message>
    <message>
        <source>None of the usual token addresses answered (%1). Enter the token URL your SIS vendor gives.</source>
        <translation>Aucune des adresses de jeton habituelles n&apos;a répondu (%1). Saisissez l&apos;URL du jeton indiquée par l&apos;éditeur du SIS.</translation>
    </message>
    <message>
        <source>%1 answered and issued a token.</source>
        <translation>%1 a répondu et a délivré un jeton.</translation>
    </message>
    <message>
        <source>%1 answered as a token endpoint but refused the credentials (%2): check the client ID and secret.</source>
        <translation>%1 a répondu comme point de jeton mais a refusé les identifiants (%2)&#xa0;: vérifiez l&apos;ID et le secret client.</translation>
    </message>
</context>
<context>
    <name>rb::TrayController</name>
    <message>
        <source>RosterBridge</source>
        <translation>RosterBridge</translation>
    </message>
    <message>
        <source>&amp;Run now</source>
        <translation>&amp;Exécuter maintenant</translation>
    </message>
    <message>
        <source>&amp;Preview (dry run)</source>
        <translation>&amp;Aperçu (exécution d&apos;essai)</translation>
    </message>
    <message>
        <source>Resume &amp;schedules</source>
        <translation>Reprendre les p&amp;lanifications</translation>
    </message>
    <message>
        <source>Pause &amp;schedules</source>
        <translation>Suspendre les p&amp;lanifications</translation>
    </message>
    <message>
        <source>&amp;Open RosterBridge</source>
        <translation>&amp;Ouvrir RosterBridge</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Last delivered: %1</source>
        <translation>Dernière livraison : %1</translation>
    </message>
    <message>
        <source>%1: last delivered %2</source>
        <translation>%1 : dernière livraison %2</translation>
    </message>
    <message>
        <source>held for review</source>
        <translation>retenu pour vérification</translation>
    </message>
    <message>
        <source>Review %1: %2</source>
        <translation>Vérifier %1 : %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Échec de %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Review %1: blocked, %n problem(s) with Apple&apos;s rules</source>
        <translation>
            <numerusform>Vérifier %1&#xa0;: bloqué, %n problème avec les règles d&apos;Apple</numerusform>
            <numerusform>Vérifier %1&#xa0;: bloqué, %n problèmes avec les règles d&apos;Apple</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::VendorPreset</name>
    <message>
        <source>The token URL cannot be derived from the API URL for this SIS; enter the one the vendor or the district&apos;s SIS administrator gives.</source>
        <translation>L&apos;URL du jeton ne peut pas être déduite de l&apos;URL de l&apos;API pour ce SIS&#xa0;; saisissez celle fournie par l&apos;éditeur ou par l&apos;administrateur SIS du district.</translation>
    </message>
    <message>
        <source>Aeries base URL (public HTTPS, with its sub-folder, e.g. https://district.aeries.net/aeries; hosted districts: https://{district}api.aeries.net/admin)</source>
        <translation>URL de base d&apos;Aeries (HTTPS public, avec son sous-dossier, par ex. https://district.aeries.net/aeries&#xa0;; districts hébergés&#xa0;: https://{district}api.aeries.net/admin)</translation>
    </message>
    <message>
        <source>Consumer ID</source>
        <translation>ID consommateur (Consumer ID)</translation>
    </message>
    <message>
        <source>Consumer Secret Key</source>
        <translation>Clé secrète consommateur (Consumer Secret Key)</translation>
    </message>
    <message>
        <source>Aeries: Security &gt; API Security: add RosterBridge, tick OneRoster, grant read permissions (Student Data, Schools, Terms, Teacher Data, Master Schedule, Course Data, Classes), then &quot;Display Consumer ID &amp; Secret Keys&quot;. OneRoster must be enabled under District School Options.</source>
        <translation>Aeries&#xa0;: Security &gt; API Security&#xa0;: ajoutez RosterBridge, cochez OneRoster, accordez les autorisations de lecture (Student Data, Schools, Terms, Teacher Data, Master Schedule, Course Data, Classes), puis cliquez sur «&#xa0;Display Consumer ID &amp; Secret Keys&#xa0;». OneRoster doit être activé dans District School Options.</translation>
    </message>
    <message>
        <source>Aeries issues tokens at the base URL followed by /token (older versions used /v2/oauth/token).</source>
        <translation>Aeries délivre les jetons à l&apos;URL de base suivie de /token (les versions plus anciennes utilisaient /v2/oauth/token).</translation>
    </message>
    <message>
        <source>At least one scope must be sent with the token request.</source>
        <translation>Au moins une portée doit être envoyée avec la requête de jeton.</translation>
    </message>
    <message>
        <source>Cookies from the token response (load-balancer affinity) are replayed on every call.</source>
        <translation>Les cookies de la réponse du jeton (affinité de l&apos;équilibreur de charge) sont renvoyés à chaque appel.</translation>
    </message>
    <message>
        <source>Links (href) are relative, e.g. ~/ims/oneroster/v1p1/orgs/894; RosterBridge reads references by sourcedId only.</source>
        <translation>Les liens (href) sont relatifs, par ex. ~/ims/oneroster/v1p1/orgs/894&#xa0;; RosterBridge lit les références uniquement par sourcedId.</translation>
    </message>
    <message>
        <source>Tokens last 6 hours; students without a current enrollment are left out by Aeries.</source>
        <translation>Les jetons sont valables 6 heures&#xa0;; Aeries omet les élèves sans inscription en cours.</translation>
    </message>
    <message>
        <source>Reported but not confirmed: the roster-core scope alone may be refused on /enrollments, so roster.readonly is requested as well. The largest page size Aeries allows is not published.</source>
        <translation>Signalé mais non confirmé&#xa0;: la portée roster-core seule peut être refusée sur /enrollments&#xa0;; roster.readonly est donc également demandée. La taille de page maximale autorisée par Aeries n&apos;est pas publiée.</translation>
    </message>
    <message>
        <source>OneRoster API URL (from your eSchoolData representative)</source>
        <translation>URL de l&apos;API OneRoster (fournie par votre représentant eSchoolData)</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>URL du jeton</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation>Secret client (Client Secret)</translation>
    </message>
    <message>
        <source>eSchoolData admin console: Configuration &gt; Create New Vendor gives the Client ID and Client Secret (Show Secret). Grant the vendor all data marked &quot;OneRoster&quot;.</source>
        <translation>Console d&apos;administration eSchoolData&#xa0;: Configuration &gt; Create New Vendor fournit le Client ID et le Client Secret (Show Secret). Accordez à l&apos;éditeur toutes les données marquées «&#xa0;OneRoster&#xa0;».</translation>
    </message>
    <message>
        <source>Not found in public sources: the OneRoster version eSchoolData serves, its URL pattern and its token URL. Confirm them with eSchoolData.</source>
        <translation>Introuvable dans les sources publiques&#xa0;: la version de OneRoster servie par eSchoolData, son modèle d&apos;URL et son URL de jeton. Confirmez-les auprès d&apos;eSchoolData.</translation>
    </message>
    <message>
        <source>Aspen domain URL (from the district IT administrator)</source>
        <translation>URL du domaine Aspen (fournie par l&apos;administrateur informatique du district)</translation>
    </message>
    <message>
        <source>Client Identifier</source>
        <translation>Identifiant client (Client Identifier)</translation>
    </message>
    <message>
        <source>Client Secret Key</source>
        <translation>Clé secrète client (Client Secret Key)</translation>
    </message>
    <message>
        <source>Aspen: Admin &gt; Security &gt; OAuth Access &gt; Options &gt; Add: Enable Access, Client Identifier, User (role &quot;Administrator, System&quot;), Client Secret Key. The secret is shown only once: copy it then.</source>
        <translation>Aspen&#xa0;: Admin &gt; Security &gt; OAuth Access &gt; Options &gt; Add&#xa0;: Enable Access, Client Identifier, User (rôle «&#xa0;Administrator, System&#xa0;»), Client Secret Key. Le secret n&apos;est affiché qu&apos;une seule fois&#xa0;: copiez-le à ce moment-là.</translation>
    </message>
    <message>
        <source>Not found in public sources: the OneRoster version, the OneRoster URL pattern and the token URL. Aspen&apos;s own REST API takes tokens at {aspen-url}/oauth/rest/v2.0/auth, but whether OneRoster uses it is unconfirmed.</source>
        <translation>Introuvable dans les sources publiques&#xa0;: la version de OneRoster, le modèle d&apos;URL OneRoster et l&apos;URL du jeton. L&apos;API REST propre à Aspen délivre les jetons à {aspen-url}/oauth/rest/v2.0/auth, mais il n&apos;est pas confirmé que OneRoster l&apos;utilise.</translation>
    </message>
    <message>
        <source>OneRoster API URL</source>
        <translation>URL de l&apos;API OneRoster</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé (Key)</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Skyward: Product Setup &gt; Skyward Contact Access &gt; District Setup &gt; Configuration &gt; API Configuration shows the OneRoster API URL. The Key and Secret belong to a Secured User: Security &gt; Secured User &gt; Add (Organization), select it, API, Generate a New Secret.</source>
        <translation>Skyward&#xa0;: Product Setup &gt; Skyward Contact Access &gt; District Setup &gt; Configuration &gt; API Configuration affiche l&apos;URL de l&apos;API OneRoster. La clé (Key) et le secret (Secret) appartiennent à un utilisateur sécurisé (Secured User)&#xa0;: Security &gt; Secured User &gt; Add (Organization), sélectionnez-le, API, Generate a New Secret.</translation>
    </message>
    <message>
        <source>Unconfirmed: which OneRoster version SMS 2.0 serves (sources disagree between 1.1 and 1.2) and its token URL (one unverified source gives .../wsisaapi.dll/&lt;DISTRICT&gt;/oauth2/token). Check with Skyward.</source>
        <translation>Non confirmé&#xa0;: la version de OneRoster servie par SMS 2.0 (les sources hésitent entre 1.1 et 1.2) et son URL de jeton (une source non vérifiée indique .../wsisaapi.dll/&lt;DISTRICT&gt;/oauth2/token). Vérifiez auprès de Skyward.</translation>
    </message>
    <message>
        <source>Qmlativ: the API URL and the Key and Secret of a Secured User, as for SMS 2.0. Qmlativ&apos;s &quot;Generic&quot; API keys are not OneRoster keys.</source>
        <translation>Qmlativ&#xa0;: l&apos;URL de l&apos;API ainsi que la clé (Key) et le secret (Secret) d&apos;un utilisateur sécurisé (Secured User), comme pour SMS 2.0. Les clés d&apos;API «&#xa0;Generic&#xa0;» de Qmlativ ne sont pas des clés OneRoster.</translation>
    </message>
    <message>
        <source>Not found in public sources: the OneRoster version and the token URL for Qmlativ.</source>
        <translation>Introuvable dans les sources publiques&#xa0;: la version de OneRoster et l&apos;URL du jeton pour Qmlativ.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>SIS name</source>
        <translation>Nom du SIS</translation>
    </message>
    <message>
        <source>Headers (optional)</source>
        <translation>En-têtes (facultatif)</translation>
    </message>
    <message>
        <source>Scope (optional)</source>
        <translation>Portée (facultatif)</translation>
    </message>
    <message>
        <source>Grant type (optional)</source>
        <translation>Type d&apos;autorisation (facultatif)</translation>
    </message>
    <message>
        <source>Form (optional)</source>
        <translation>Formulaire (facultatif)</translation>
    </message>
    <message>
        <source>Request headers (optional)</source>
        <translation>En-têtes de requête (facultatif)</translation>
    </message>
    <message>
        <source>Refresh headers (optional)</source>
        <translation>En-têtes d&apos;actualisation (facultatif)</translation>
    </message>
    <message>
        <source>Refresh scope (optional)</source>
        <translation>Portée de l&apos;actualisation (facultatif)</translation>
    </message>
    <message>
        <source>Refresh grant type (optional)</source>
        <translation>Type d&apos;autorisation de l&apos;actualisation (facultatif)</translation>
    </message>
    <message>
        <source>Refresh form (optional)</source>
        <translation>Formulaire d&apos;actualisation (facultatif)</translation>
    </message>
    <message>
        <source>Ask the SIS vendor for the OneRoster API URL, the token URL and a client ID and secret with read access to rostering data.</source>
        <translation>Demandez à l&apos;éditeur du SIS l&apos;URL de l&apos;API OneRoster, l&apos;URL du jeton ainsi qu&apos;un ID client et un secret disposant d&apos;un accès en lecture aux données des listes de classe.</translation>
    </message>
    <message>
        <source>Base URL, as Infinite Campus shows it under Information to Share (e.g. https://district.infinitecampus.org/campus/api/oneroster/v1p2/district/ims/oneroster/rostering/v1p2)</source>
        <translation>Base URL, telle qu&apos;Infinite Campus l&apos;affiche sous Information to Share (par ex. https://district.infinitecampus.org/campus/api/oneroster/v1p2/district/ims/oneroster/rostering/v1p2)</translation>
    </message>
    <message>
        <source>Infinite Campus: Digital Learning Applications Configuration (formerly System Administration &gt; Learning Interoperability): Add Application, Connect to Other Applications, name it RosterBridge, Generate New OneRoster Connection, choose OneRoster 1.2 (or 1.1 with OAuth 2.0), pick the schools, leave the status Active and save. Information to Share then shows the Base URL, Token URL, Client ID and Client Secret (older Campus versions: Consumer Key and Consumer Secret). The credentials stop working on their Token Expiration Date, at most 13 months ahead: renew them before then.</source>
        <translation>Infinite Campus&#xa0;: Digital Learning Applications Configuration (anciennement System Administration &gt; Learning Interoperability)&#xa0;: Add Application, Connect to Other Applications, nommez-la RosterBridge, Generate New OneRoster Connection, choisissez OneRoster 1.2 (ou 1.1 avec OAuth 2.0), choisissez les écoles, laissez le statut Active et enregistrez. Information to Share affiche alors Base URL, Token URL, Client ID et Client Secret (anciennes versions de Campus&#xa0;: Consumer Key et Consumer Secret). Les identifiants cessent de fonctionner à leur Token Expiration Date, au plus 13&#xa0;mois plus tard&#xa0;: renouvelez-les avant.</translation>
    </message>
    <message>
        <source>Infinite Campus issues tokens at /campus/oauth2/token?appName=… on the API&apos;s server; the app name is read from the Base URL. Information to Share shows the exact Token URL.</source>
        <translation>Infinite Campus délivre les jetons à /campus/oauth2/token?appName=… sur le serveur de l&apos;API&#xa0;; le nom de l&apos;application est lu dans la Base URL. Information to Share affiche la Token URL exacte.</translation>
    </message>
    <message>
        <source>Infinite Campus asks for one request at a time during the district&apos;s peak hours and at most five off-peak; RosterBridge sends one at a time.</source>
        <translation>Infinite Campus demande une requête à la fois aux heures de pointe du district et au plus cinq en dehors&#xa0;; RosterBridge en envoie une à la fois.</translation>
    </message>
    <message>
        <source>Pages of up to 50,000 records are allowed (10,000 before Campus.1645).</source>
        <translation>Les pages peuvent compter jusqu&apos;à 50&#xa0;000 enregistrements (10&#xa0;000 avant Campus.1645).</translation>
    </message>
    <message>
        <source>OAuth 1.0a connections were switched off with Campus.2431.</source>
        <translation>Les connexions OAuth 1.0a ont été désactivées avec Campus.2431.</translation>
    </message>
    <message>
        <source>A new OneRoster 1.2 connection gives people new sourcedIds; the first run after switching versions changes everyone.</source>
        <translation>Une nouvelle connexion OneRoster 1.2 donne aux personnes de nouveaux sourcedIds&#xa0;; la première exécution après le changement de version modifie tout le monde.</translation>
    </message>
    <message>
        <source>From third-party guides and public code rather than Infinite Campus&apos; own pages: the Base URL shape (…/campus/api/oneroster/v1p2/&lt;app&gt;/ims/oneroster/rostering/v1p2), the token URL rule, the credentials sent in the form body, and that no scope is needed. The 1.1 Base URL of OAuth 2 connections was not found.</source>
        <translation>D&apos;après des guides tiers et du code public plutôt que les pages d&apos;Infinite Campus&#xa0;: la forme de la Base URL (…/campus/api/oneroster/v1p2/&lt;app&gt;/ims/oneroster/rostering/v1p2), la règle de l&apos;URL du jeton, l&apos;envoi des identifiants dans le corps du formulaire, et l&apos;absence de scope. La Base URL 1.1 des connexions OAuth 2 n&apos;a pas été trouvée.</translation>
    </message>
    <message>
        <source>PowerSchool server address (the one staff sign in to, e.g. https://district.powerschool.com)</source>
        <translation>Adresse du serveur PowerSchool (celle où le personnel se connecte, par ex. https://district.powerschool.com)</translation>
    </message>
    <message>
        <source>PowerSchool: System &gt; System Settings &gt; Plugin Management Configuration: install and enable a plugin that grants OneRoster access, click its name, then Data Configuration: the OAuth Credentials show the Client ID and Client Secret. Raise the plugin&apos;s page size limit (Maximum Page Size) to 1000 there.</source>
        <translation>PowerSchool&#xa0;: System &gt; System Settings &gt; Plugin Management Configuration&#xa0;: installez et activez un plugin qui donne l&apos;accès OneRoster, cliquez sur son nom, puis Data Configuration&#xa0;: OAuth Credentials affiche le Client ID et le Client Secret. Portez-y la limite de taille de page du plugin (Maximum Page Size) à 1000.</translation>
    </message>
    <message>
        <source>PowerSchool issues plugin tokens at the server address followed by /oauth/access_token.</source>
        <translation>PowerSchool délivre les jetons de plugin à l&apos;adresse du serveur suivie de /oauth/access_token.</translation>
    </message>
    <message>
        <source>Each plugin has its own page size limit, set in Data Configuration; OneRoster partners ask for 1000.</source>
        <translation>Chaque plugin a sa propre limite de taille de page, réglée dans Data Configuration&#xa0;; les partenaires OneRoster demandent 1000.</translation>
    </message>
    <message>
        <source>A first full sync of a large district can take hours.</source>
        <translation>Une première synchronisation complète d&apos;un grand district peut prendre des heures.</translation>
    </message>
    <message>
        <source>Not confirmed by PowerSchool&apos;s own pages: the OneRoster path (/ims/oneroster/v1p1 on the server address, as third-party tools use it), that OneRoster takes the plugin token URL, whether OneRoster 1.2 is served, and which plugin file turns OneRoster access on: RosterBridge ships none; ask PowerSchool or the district&apos;s PowerSchool administrator.</source>
        <translation>Non confirmé par les pages de PowerSchool&#xa0;: le chemin OneRoster (/ims/oneroster/v1p1 sur l&apos;adresse du serveur, comme l&apos;utilisent des outils tiers), que OneRoster accepte l&apos;URL de jeton du plugin, si OneRoster 1.2 est servi, et quel fichier de plugin active l&apos;accès OneRoster&#xa0;: RosterBridge n&apos;en fournit aucun&#xa0;; demandez à PowerSchool ou à l&apos;administrateur PowerSchool du district.</translation>
    </message>
    <message>
        <source>OneRoster API URL (from Synergy or Edupoint)</source>
        <translation>URL de l&apos;API OneRoster (fournie par Synergy ou Edupoint)</translation>
    </message>
    <message>
        <source>Synergy: a Synergy administrator generates a OneRoster Client ID and Client Secret for RosterBridge, together with the OneRoster API URL and the token endpoint; OneRoster may need a license from Edupoint first. Choose OAuth 2.0 where Synergy offers it (OAuth 1.0 is deprecated).</source>
        <translation>Synergy&#xa0;: un administrateur Synergy génère un Client ID et un Client Secret OneRoster pour RosterBridge, avec l&apos;URL de l&apos;API OneRoster et le point de jeton&#xa0;; OneRoster peut d&apos;abord demander une licence d&apos;Edupoint. Choisissez OAuth 2.0 là où Synergy le propose (OAuth 1.0 est obsolète).</translation>
    </message>
    <message>
        <source>Not found in public sources: where in Synergy the credentials are made, the OneRoster URL pattern, the token URL, the scopes, whether OneRoster 1.2 is served (a 2019 guide names 1.1) and the largest page size. Confirm them with Edupoint.</source>
        <translation>Introuvable dans les sources publiques&#xa0;: où Synergy crée les identifiants, la forme de l&apos;URL OneRoster, l&apos;URL du jeton, les scopes, si OneRoster 1.2 est servi (un guide de 2019 cite 1.1) et la plus grande taille de page. Faites-les confirmer par Edupoint.</translation>
    </message>
</context>
<context>
    <name>rb::WebhookNotifier</name>
    <message>
        <source>the webhook address &quot;%1&quot; is not an http(s) URL</source>
        <translation>l&apos;adresse du webhook «&#xa0;%1&#xa0;» n&apos;est pas une URL http(s)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>the webhook %1</source>
        <translation>le webhook %1</translation>
    </message>
    <message>
        <source>the success ping address &quot;%1&quot; is not an http(s) URL</source>
        <translation>l&apos;adresse du ping de réussite «&#xa0;%1&#xa0;» n&apos;est pas une URL http(s)</translation>
    </message>
    <message>
        <source>the success ping %1</source>
        <translation>le ping de réussite %1</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 a répondu HTTP %2</translation>
    </message>
    <message>
        <source>%1 answered %2</source>
        <translation>%1 a répondu %2</translation>
    </message>
</context>
<context>
    <name>rb::WelcomePage</name>
    <message>
        <source>Set up a sync to Apple School Manager</source>
        <translation>Configurer une synchronisation avec Apple School Manager</translation>
    </message>
    <message>
        <source>RosterBridge reads your district&apos;s roster, filters it, checks it and uploads it to Apple School Manager. Where does the roster come from?</source>
        <translation>RosterBridge lit les listes de classe de votre district, les filtre, les contrôle et les téléverse vers Apple School Manager. D&apos;où proviennent les listes de classe&#xa0;?</translation>
    </message>
    <message>
        <source>Connect to my SIS (&amp;OneRoster API)</source>
        <translation>Se connecter à mon SIS (API &amp;OneRoster)</translation>
    </message>
    <message>
        <source>Use OneRoster &amp;CSV files</source>
        <translation>Utiliser des fichiers &amp;CSV OneRoster</translation>
    </message>
    <message>
        <source>Try with a &amp;sample district</source>
        <translation>Essayer avec un district d&apos;&amp;exemple</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before you start, have these ready:&lt;/b&gt;&lt;ul&gt;&lt;li&gt;A verified domain in Apple School Manager, and an account there with the &quot;Configure organization&quot; privilege.&lt;/li&gt;&lt;li&gt;An SFTP account from Apple School Manager (Preferences &amp;rarr; Accounts &amp;rarr; Directory Sync &amp;rarr; SFTP). Do not create SFTP users in your primary location.&lt;/li&gt;&lt;li&gt;Outbound connections to port 22 allowed by your firewall.&lt;/li&gt;&lt;li&gt;From your SIS: the OneRoster API address and a client ID and secret, or where its CSV exports land.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Avant de commencer, préparez les éléments suivants&#xa0;:&lt;/b&gt;&lt;ul&gt;&lt;li&gt;Un domaine vérifié dans Apple School Manager, et un compte sur ce service disposant du privilège «&#xa0;Configure organization&#xa0;».&lt;/li&gt;&lt;li&gt;Un compte SFTP d&apos;Apple School Manager (Préférences &amp;rarr; Comptes &amp;rarr; Synchronisation d&apos;annuaire &amp;rarr; SFTP). Ne créez pas d&apos;utilisateurs SFTP dans votre établissement principal.&lt;/li&gt;&lt;li&gt;Des connexions sortantes vers le port 22 autorisées par votre pare-feu.&lt;/li&gt;&lt;li&gt;De votre SIS&#xa0;: l&apos;adresse de l&apos;API OneRoster et un ID client et un secret, ou l&apos;emplacement où arrivent ses exports CSV.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Prérequis</translation>
    </message>
    <message>
        <source>Creating the sample district</source>
        <translation>Création du district d&apos;exemple</translation>
    </message>
    <message>
        <source>Your SIS exports OneRoster CSV files (a zip or a folder) to this computer, a shared folder or an SFTP server.</source>
        <translation>Votre SIS exporte des fichiers CSV OneRoster (un zip ou un dossier) vers cet ordinateur, un dossier partagé ou un serveur SFTP.</translation>
    </message>
    <message>
        <source>A small made-up district, written to a folder on this computer instead of Apple School Manager. Nothing leaves this computer.</source>
        <translation>Un petit district fictif, écrit dans un dossier de cet ordinateur au lieu d&apos;Apple School Manager. Rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>Creating the sample district...</source>
        <translation>Création du district d&apos;exemple...</translation>
    </message>
    <message>
        <source>The sample district is ready.</source>
        <translation>Le district d&apos;exemple est prêt.</translation>
    </message>
    <message>
        <source>Sample district</source>
        <translation>District d&apos;exemple</translation>
    </message>
    <message>
        <source>RosterBridge reads the roster from your SIS over the OneRoster 1.1 or 1.2 API (PowerSchool, Infinite Campus, Synergy, Aeries, eSchoolData, Follett Aspen, Skyward and others).</source>
        <translation>RosterBridge lit les listes de classe de votre SIS via l&apos;API OneRoster 1.1 ou 1.2 (PowerSchool, Infinite Campus, Synergy, Aeries, eSchoolData, Follett Aspen, Skyward et autres).</translation>
    </message>
</context>
<context>
    <name>rb::WhyBox</name>
    <message>
        <source>&amp;Why is … not sent?</source>
        <translation>&amp;Pourquoi … n&apos;est-il pas envoyé&#xa0;?</translation>
    </message>
    <message>
        <source>A person&apos;s, class&apos;s, course&apos;s or enrollment&apos;s id</source>
        <translation>L&apos;id d&apos;une personne, d&apos;une classe, d&apos;un cours ou d&apos;une inscription</translation>
    </message>
    <message>
        <source>Id to explain</source>
        <translation>Id à expliquer</translation>
    </message>
    <message>
        <source>Explain why the id is or is not sent</source>
        <translation>Expliquer pourquoi l&apos;id est envoyé ou non</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Looking for %1…</source>
        <translation>Recherche de %1…</translation>
    </message>
    <message>
        <source>Expla&amp;in</source>
        <translation>Expl&amp;iquer</translation>
    </message>
</context>
<context>
    <name>rb::WhyCommand</name>
    <message>
        <source>Run rosterbridge why --help for its options.</source>
        <translation>Lancez rosterbridge why --help pour voir ses options.</translation>
    </message>
    <message>
        <source>Says why a person, class, course or enrollment is not sent to Apple School Manager in a run (the rule and the source row), or where it was sent. Exits 0 with the answer, 1 when the id is nowhere in that run&apos;s data.</source>
        <translation>Indique pourquoi une personne, une classe, un cours ou une inscription n&apos;est pas envoyé à Apple School Manager lors d&apos;une exécution (la règle et la ligne source), ou où il a été envoyé. Sort avec 0 et la réponse, avec 1 quand l&apos;id ne figure nulle part dans les données de cette exécution.</translation>
    </message>
    <message>
        <source>A sourcedId: a person, class, course, school or enrollment.</source>
        <translation>Un sourcedId&#xa0;: une personne, une classe, un cours, une école ou une inscription.</translation>
    </message>
    <message>
        <source>The profile (name or id).</source>
        <translation>Le profil (nom ou id).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Ask about this run (default: the profile&apos;s latest run that read its export).</source>
        <translation>Interroger cette exécution (par défaut&#xa0;: la dernière exécution du profil qui a lu son export).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>why needs exactly one id.</source>
        <translation>why a besoin d&apos;exactement un id.</translation>
    </message>
    <message>
        <source>why needs --profile NAME.</source>
        <translation>why a besoin de --profile NOM.</translation>
    </message>
    <message>
        <source>--run needs a run id (a whole number), not &quot;%1&quot;.</source>
        <translation>--run a besoin d&apos;un id d&apos;exécution (un nombre entier), pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No single profile is named or has the id &quot;%1&quot;.</source>
        <translation>Aucun profil unique ne s&apos;appelle ou n&apos;a l&apos;id «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 has no runs yet.</source>
        <translation>%1 n&apos;a encore aucune exécution.</translation>
    </message>
    <message>
        <source>No run of %1 has read its export yet.</source>
        <translation>Aucune exécution de %1 n&apos;a encore lu son export.</translation>
    </message>
    <message>
        <source>Run %1 is not a run of %2.</source>
        <translation>L&apos;exécution %1 n&apos;est pas une exécution de %2.</translation>
    </message>
    <message>
        <source>A temporary folder could not be made: %1</source>
        <translation>Impossible de créer un dossier temporaire&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>rb::WhyQuery</name>
    <message>
        <source>The zip %1 could not be written: %2</source>
        <translation>Impossible d&apos;écrire le zip %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Run %1 is not in the history.</source>
        <translation>L&apos;exécution %1 n&apos;est pas dans l&apos;historique.</translation>
    </message>
    <message>
        <source>The package %1 cannot be read.</source>
        <translation>Le paquet %1 est illisible.</translation>
    </message>
    <message>
        <source>%1 in %2 cannot be read: %3</source>
        <translation>%1 dans %2 est illisible&#xa0;: %3</translation>
    </message>
    <message>
        <source>  Source: %1 line %2: %3</source>
        <translation>  Source&#xa0;: %1 ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Run %1 kept no decision trail (it stopped before its filters ran, or it was made by an older version).</source>
        <translation>L&apos;exécution %1 n&apos;a pas conservé de journal des décisions (elle s&apos;est arrêtée avant ses filtres, ou une version plus ancienne l&apos;a faite).</translation>
    </message>
    <message>
        <source>%1 is sent in run %2: %3 line %4 (%5).</source>
        <translation>%1 est envoyé lors de l&apos;exécution %2&#xa0;: %3 ligne %4 (%5).</translation>
    </message>
    <message>
        <source>  Changed by a rule: %1: %2</source>
        <translation>  Modifié par une règle&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not sent in run %2: %3</source>
        <translation>%1 n&apos;est pas envoyé lors de l&apos;exécution %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>  Rule: %1</source>
        <translation>  Règle&#xa0;: %1</translation>
    </message>
    <message>
        <source>No rule of run %1 left %2 out, but the run&apos;s package is no longer kept, so whether it was sent cannot be told.</source>
        <translation>Aucune règle de l&apos;exécution %1 n&apos;a écarté %2, mais le paquet de l&apos;exécution n&apos;est plus conservé&#xa0;: impossible de dire s&apos;il a été envoyé.</translation>
    </message>
    <message>
        <source>%1 is not sent in run %2. The delivery before it had it in %3 line %4 (%5).</source>
        <translation>%1 n&apos;est pas envoyé lors de l&apos;exécution %2. La livraison précédente l&apos;avait dans %3 ligne %4 (%5).</translation>
    </message>
    <message>
        <source>%1 is nowhere in run %2&apos;s data: not in its package, not left out by its filters, and not in the delivery before it. Check the id; an enrollment whose class or person is not sent is answered by asking about the class or the person.</source>
        <translation>%1 ne figure nulle part dans les données de l&apos;exécution %2&#xa0;: ni dans son paquet, ni écarté par ses filtres, ni dans la livraison précédente. Vérifiez l&apos;id&#xa0;; pour une inscription dont la classe ou la personne n&apos;est pas envoyée, interrogez la classe ou la personne.</translation>
    </message>
</context>
<context>
    <name>rb::WizardSideBar</name>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>What Next needs</source>
        <translation>Ce qu&apos;il faut pour Suivant</translation>
    </message>
    <message>
        <source>%1, done</source>
        <translation>%1, terminé</translation>
    </message>
    <message>
        <source>%1, current step</source>
        <translation>%1, étape en cours</translation>
    </message>
</context>
<context>
    <name>rb::ZipEntryDevice</name>
    <message>
        <source>The zip cannot be opened (zip error %1).</source>
        <translation>Le zip ne peut pas être ouvert (erreur zip %1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be found in the zip.</source>
        <translation>« %1 » est introuvable dans le zip.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the zip unpacks to %2 MiB; entries larger than %3 MiB are refused.</source>
        <translation>« %1 » dans le zip se décompresse en %2 Mio ; les entrées de plus de %3 Mio sont refusées.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the zip cannot be opened (zip error %2).</source>
        <translation>« %1 » dans le zip ne peut pas être ouvert (erreur zip %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the zip cannot be opened (out of memory).</source>
        <translation>« %1 » dans le zip ne peut pas être ouvert (mémoire insuffisante).</translation>
    </message>
    <message>
        <source>it holds more data than the zip directory says</source>
        <translation>il contient plus de données que ne l’indique le répertoire du zip</translation>
    </message>
    <message>
        <source>the compressed data is corrupt (zip error %1)</source>
        <translation>les données compressées sont corrompues (erreur zip %1)</translation>
    </message>
    <message>
        <source>its compressed data ends too early</source>
        <translation>ses données compressées se terminent trop tôt</translation>
    </message>
    <message>
        <source>the compressed data is corrupt</source>
        <translation>les données compressées sont corrompues</translation>
    </message>
    <message>
        <source>its checksum (CRC) does not match its data</source>
        <translation>sa somme de contrôle (CRC) ne correspond pas à ses données</translation>
    </message>
    <message>
        <source>zip error %1 at its end</source>
        <translation>erreur zip %1 à la fin</translation>
    </message>
    <message>
        <source>it ends after %1 of %2 bytes</source>
        <translation>il se termine après %1 octets sur %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the zip is damaged: %2.</source>
        <translation>« %1 » dans le zip est endommagé : %2.</translation>
    </message>
</context>
</TS>
