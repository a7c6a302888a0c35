<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AsmCsvParser</name>
    <message>
        <source>The file is not open for reading.</source>
        <translation>El archivo no está abierto para lectura.</translation>
    </message>
    <message>
        <source>A line is longer than %1 MiB; the file cannot be read as CSV.</source>
        <translation>Una línea supera los %1 MiB; el archivo no se puede leer como CSV.</translation>
    </message>
    <message>
        <source>Reading the file failed.</source>
        <translation>No se pudo leer el archivo.</translation>
    </message>
    <message>
        <source>Reading the file failed: %1</source>
        <translation>No se pudo leer el archivo: %1</translation>
    </message>
    <message>
        <source>The file starts with a UTF-8 byte order mark; Apple requires UTF-8 without one.</source>
        <translation>El archivo comienza con una marca de orden de bytes (BOM) UTF-8; Apple exige UTF-8 sin ella.</translation>
    </message>
    <message>
        <source>The file is encoded as UTF-16; Apple requires UTF-8.</source>
        <translation>El archivo está codificado en UTF-16; Apple exige UTF-8.</translation>
    </message>
    <message>
        <source>The file uses Windows line ends (CR LF); Apple requires \n line ends.</source>
        <translation>El archivo usa finales de línea de Windows (CR LF); Apple exige finales de línea \n.</translation>
    </message>
    <message>
        <source>A value contains a raw carriage return; Apple requires it escaped as \r.</source>
        <translation>Un valor contiene un retorno de carro sin escapar; Apple exige que se escape como \r.</translation>
    </message>
    <message>
        <source>A quoted value starting at column %1 has no closing quote.</source>
        <translation>A un valor entre comillas que empieza en la columna %1 le falta la comilla de cierre.</translation>
    </message>
    <message>
        <source>Text follows the closing quote at column %1; a double quote inside a value must be written as \&quot;.</source>
        <translation>Hay texto después de la comilla de cierre en la columna %1; una comilla doble dentro de un valor debe escribirse como \&quot;.</translation>
    </message>
    <message>
        <source>A double quote at column %1 is not escaped; write it as \&quot;.</source>
        <translation>Una comilla doble en la columna %1 no está escapada; escríbala como \&quot;.</translation>
    </message>
    <message>
        <source>A value that contains a space is not in double quotes; Apple asks for quotes around such values.</source>
        <translation>Un valor que contiene un espacio no está entre comillas dobles; Apple pide comillas alrededor de esos valores.</translation>
    </message>
</context>
<context>
    <name>AsmCsvWriter</name>
    <message>
        <source>The output is not open for writing.</source>
        <translation>La salida no está abierta para escritura.</translation>
    </message>
    <message>
        <source>Could not write the CSV data.</source>
        <translation>No se pudieron escribir los datos CSV.</translation>
    </message>
    <message>
        <source>Could not write the CSV data: %1</source>
        <translation>No se pudieron escribir los datos CSV: %1</translation>
    </message>
</context>
<context>
    <name>AsmDiff</name>
    <message>
        <source>Cannot compare with the previous delivery: %1</source>
        <translation>No se puede comparar con la entrega anterior: %1</translation>
    </message>
</context>
<context>
    <name>AsmPackage</name>
    <message>
        <source>The file or folder &quot;%1&quot; does not exist.</source>
        <translation>El archivo o la carpeta &quot;%1&quot; no existe.</translation>
    </message>
    <message>
        <source>The file is missing from %1; Apple needs all six files in every upload.</source>
        <translation>Falta el archivo en %1; Apple necesita los seis archivos en cada carga.</translation>
    </message>
    <message>
        <source>The zip cannot be opened (zip error %1): it is damaged, truncated or not a zip archive.</source>
        <translation>No se puede abrir el zip (error de zip %1): está dañado, truncado o no es un archivo zip.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is encrypted; Apple cannot read encrypted files.</source>
        <translation>&quot;%1&quot; está cifrado; Apple no puede leer archivos cifrados.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses compression method %2; only stored or deflated entries can be read.</source>
        <translation>&quot;%1&quot; usa el método de compresión %2; solo se pueden leer entradas almacenadas sin compresión o comprimidas con Deflate.</translation>
    </message>
    <message>
        <source>The zip&apos;s list of files is damaged (zip error %1).</source>
        <translation>La lista de archivos del zip está dañada (error de zip %1).</translation>
    </message>
    <message>
        <source>Apple rejects it.</source>
        <translation>Apple lo rechaza.</translation>
    </message>
    <message>
        <source>It is not part of the upload and will not be delivered.</source>
        <translation>No forma parte de la carga y no se entregará.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder; the six files must be at the top level. %2</source>
        <translation>&quot;%1&quot; es una carpeta; los seis archivos deben estar en el nivel superior. %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is inside a folder; the six files must be at the top level. %2</source>
        <translation>&quot;%1&quot; está dentro de una carpeta; los seis archivos deben estar en el nivel superior. %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears more than once in the zip.</source>
        <translation>&quot;%1&quot; aparece más de una vez en el zip.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be named exactly &quot;%2&quot;; Apple&apos;s file names are case-sensitive.</source>
        <translation>&quot;%1&quot; debe llamarse exactamente &quot;%2&quot;; los nombres de archivo de Apple distinguen entre mayúsculas y minúsculas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of Apple&apos;s six template files. %2</source>
        <translation>&quot;%1&quot; no es uno de los seis archivos de plantilla de Apple. %2</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>Falta %1.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
</context>
<context>
    <name>AsmPackager</name>
    <message>
        <source>%1 is missing from %2.</source>
        <translation>Falta %1 en %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the zip %1 (zip error %2).</source>
        <translation>No se puede crear el zip %1 (error de zip %2).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cannot add %1 to the zip (zip error %2).</source>
        <translation>No se puede añadir %1 al zip (error de zip %2).</translation>
    </message>
    <message>
        <source>Cannot write %1 into the zip (zip error %2).</source>
        <translation>No se puede escribir %1 en el zip (error de zip %2).</translation>
    </message>
    <message>
        <source>Cannot finish %1 in the zip (zip error %2).</source>
        <translation>No se puede finalizar %1 en el zip (error de zip %2).</translation>
    </message>
    <message>
        <source>Cannot finish the zip %1 (zip error %2).</source>
        <translation>No se puede finalizar el zip %1 (error de zip %2).</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>No se puede guardar %1: %2</translation>
    </message>
    <message>
        <source>%1 changed while it was being zipped.</source>
        <translation>%1 cambió mientras se comprimía.</translation>
    </message>
</context>
<context>
    <name>AsmTableLayout</name>
    <message>
        <source>The column appears more than once (columns %1 and %2).</source>
        <translation>La columna aparece más de una vez (columnas %1 y %2).</translation>
    </message>
    <message>
        <source>A column has no name; is there a separator at the end of the header?</source>
        <translation>Una columna no tiene nombre; ¿hay un separador al final del encabezado?</translation>
    </message>
    <message>
        <source>Remove the spaces around the column name.</source>
        <translation>Quite los espacios alrededor del nombre de la columna.</translation>
    </message>
    <message>
        <source>Column names are case-sensitive: write %1.</source>
        <translation>Los nombres de columna distinguen entre mayúsculas y minúsculas: escriba %1.</translation>
    </message>
    <message>
        <source>Apple allows at most %1 instructors per class.</source>
        <translation>Apple permite como máximo %1 docentes por clase.</translation>
    </message>
    <message>
        <source>Apple allows location_id_2 to location_id_%1, in students.csv and staff.csv only.</source>
        <translation>Apple permite de location_id_2 a location_id_%1, solo en students.csv y staff.csv.</translation>
    </message>
    <message>
        <source>Apple&apos;s template for %1 has no such column.</source>
        <translation>La plantilla de Apple para %1 no tiene esa columna.</translation>
    </message>
    <message>
        <source>Unknown column. %1</source>
        <translation>Columna desconocida. %1</translation>
    </message>
    <message>
        <source>The column from Apple&apos;s template is missing.</source>
        <translation>Falta la columna de la plantilla de Apple.</translation>
    </message>
    <message>
        <source>The column must come after %1, as in Apple&apos;s template.</source>
        <translation>La columna debe ir después de %1, como en la plantilla de Apple.</translation>
    </message>
    <message>
        <source>The column is missing although %1%2 is present; extra columns must be numbered without gaps.</source>
        <translation>Falta la columna aunque %1%2 está presente; las columnas adicionales deben numerarse sin saltos.</translation>
    </message>
</context>
<context>
    <name>AsmValidator</name>
    <message>
        <source>The file has no students; Apple needs at least one.</source>
        <translation>El archivo no tiene estudiantes; Apple necesita al menos uno.</translation>
    </message>
    <message>
        <source>The file has no locations; Apple needs at least one.</source>
        <translation>El archivo no tiene ubicaciones; Apple necesita al menos una.</translation>
    </message>
    <message>
        <source>The file is empty; it must start with Apple&apos;s header line.</source>
        <translation>El archivo está vacío; debe comenzar con la línea de encabezado de Apple.</translation>
    </message>
    <message>
        <source>The line is empty.</source>
        <translation>La línea está vacía.</translation>
    </message>
    <message>
        <source>The row has %1 values but the header has %2 columns.</source>
        <translation>La fila tiene %1 valores, pero el encabezado tiene %2 columnas.</translation>
    </message>
    <message>
        <source>A value is required.</source>
        <translation>Se requiere un valor.</translation>
    </message>
    <message>
        <source>The value is not valid UTF-8 (at byte %1).</source>
        <translation>El valor no es UTF-8 válido (en el byte %1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains %2; Apple allows only letters A-Z, digits and hyphens in identifiers.</source>
        <translation>&quot;%1&quot; contiene %2; Apple solo permite letras A-Z, dígitos y guiones en los identificadores.</translation>
    </message>
    <message>
        <source>The identifier is %1 characters long; Apple&apos;s limit is %2.</source>
        <translation>El identificador tiene %1 caracteres; el límite de Apple es %2.</translation>
    </message>
    <message>
        <source>The name is %1 characters long; Apple&apos;s limit is %2.</source>
        <translation>El nombre tiene %1 caracteres; el límite de Apple es %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a password policy; use 4, 6, 8 or leave it blank.</source>
        <translation>&quot;%1&quot; no es una política de contraseñas; use 4, 6 u 8, o déjelo en blanco.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match any location_id in locations.csv.</source>
        <translation>&quot;%1&quot; no coincide con ningún location_id de locations.csv.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match any course_id in courses.csv.</source>
        <translation>&quot;%1&quot; no coincide con ningún course_id de courses.csv.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match any person_id in staff.csv.</source>
        <translation>&quot;%1&quot; no coincide con ningún person_id de staff.csv.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match any person_id in students.csv.</source>
        <translation>&quot;%1&quot; no coincide con ningún person_id de students.csv.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match any class_id in classes.csv.</source>
        <translation>&quot;%1&quot; no coincide con ningún class_id de classes.csv.</translation>
    </message>
    <message>
        <source>Instructor &quot;%1&quot; is already listed in %2 of this class.</source>
        <translation>El docente &quot;%1&quot; ya figura en %2 de esta clase.</translation>
    </message>
    <message>
        <source>Student &quot;%1&quot; is listed in class &quot;%2&quot; more than once; first at %3.</source>
        <translation>El estudiante &quot;%1&quot; figura más de una vez en la clase &quot;%2&quot;; la primera vez en %3.</translation>
    </message>
    <message>
        <source>Duplicate %1 &quot;%2&quot;; first used at %3.</source>
        <translation>Valor de %1 duplicado: &quot;%2&quot;; se usó por primera vez en %3.</translation>
    </message>
</context>
<context>
    <name>GenDistrict</name>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot create folder %1</source>
        <translation>No se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot remove stale %1</source>
        <translation>No se puede eliminar el antiguo %1</translation>
    </message>
    <message>
        <source>Cannot create %1 (zip error %2)</source>
        <translation>No se puede crear %1 (error de zip %2)</translation>
    </message>
    <message>
        <source>Cannot add %1 to the zip (error %2)</source>
        <translation>No se puede añadir %1 al zip (error %2)</translation>
    </message>
    <message>
        <source>Writing the zip failed (error %1)</source>
        <translation>No se pudo escribir el zip (error %1)</translation>
    </message>
    <message>
        <source>Closing the zip failed (error %1)</source>
        <translation>No se pudo cerrar el zip (error %1)</translation>
    </message>
    <message>
        <source>Cannot replace %1</source>
        <translation>No se puede reemplazar %1</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2</source>
        <translation>No se puede renombrar %1 como %2</translation>
    </message>
</context>
<context>
    <name>OneRosterCsvWriter</name>
    <message>
        <source>No output device</source>
        <translation>No hay dispositivo de salida</translation>
    </message>
    <message>
        <source>Write failed: %1</source>
        <translation>Error de escritura: %1</translation>
    </message>
</context>
<context>
    <name>SafetyCheck</name>
    <message numerus="yes">
        <source>%n validation error(s): Apple would reject this upload.</source>
        <translation>
            <numerusform>%n error de validación: Apple rechazaría esta carga.</numerusform>
            <numerusform>%n errores de validación: Apple rechazaría esta carga.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be compared with the last delivery: %2</source>
        <translation>%1 no se pudo comparar con la última entrega: %2</translation>
    </message>
    <message>
        <source>%1 is empty, but the last delivery had %2 rows in it; delivering it would remove all of them from Apple School Manager.</source>
        <translation>%1 está vacío, pero la última entrega tenía %2 filas; entregarlo eliminaría todas ellas de Apple School Manager.</translation>
    </message>
    <message>
        <source>The upload has no students.</source>
        <translation>La carga no tiene estudiantes.</translation>
    </message>
    <message>
        <source>This is the first delivery; it waits for review before anything is sent to Apple School Manager.</source>
        <translation>Esta es la primera entrega; queda retenida para revisión antes de que se envíe nada a Apple School Manager.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows removed (%4 %), over the limit of %5 rows or %6 %.</source>
        <translation>%1: se eliminaron %2 de %3 filas (%4 %), por encima del límite de %5 filas o %6 %.</translation>
    </message>
    <message>
        <source>%1 is empty, but the export holds %2 active records for it; the filters or the school calendar left nothing, and delivering it would empty that file in Apple School Manager.</source>
        <translation>%1 está vacío, pero la exportación contiene %2 registros activos para él; los filtros o el calendario escolar no dejaron nada, y entregarlo vaciaría ese archivo en Apple School Manager.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 people have a changed name, email address or location (%4 %), over the limit of %5 %.</source>
        <translation>%1: %2 de %3 personas tienen cambiado el nombre, el correo electrónico o la ubicación (%4 %), por encima del límite del %5 %.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows changed (%4 %), over the limit of %5 %.</source>
        <translation>%1: %2 de %3 filas cambiaron (%4 %), por encima del límite del %5 %.</translation>
    </message>
    <message>
        <source>This profile has delivered before (run %1 at %2), but that delivery is not in this data folder&apos;s history (it was moved or deleted, or another data folder was used), so removals cannot be checked; it waits for review.</source>
        <translation>Este perfil ya entregó antes (ejecución %1, %2), pero esa entrega no está en el historial de esta carpeta de datos (se movió o se eliminó, o se usó otra carpeta de datos), así que no se pueden comprobar las bajas; queda a la espera de revisión.</translation>
    </message>
    <message>
        <source>The last delivery in this data folder&apos;s history (run %1) is not the profile&apos;s last delivery (run %2 at %3, made with another data folder), so removals cannot be checked against it; it waits for review.</source>
        <translation>La última entrega del historial de esta carpeta de datos (ejecución %1) no es la última entrega del perfil (ejecución %2, %3, hecha con otra carpeta de datos), así que no se pueden comprobar las bajas frente a ella; queda a la espera de revisión.</translation>
    </message>
</context>
<context>
    <name>SafetyThresholds</name>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>&quot;%1&quot; debe ser true o false.</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation>Configuración desconocida: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object.</source>
        <translation>&quot;%1&quot; debe ser un objeto.</translation>
    </message>
    <message>
        <source>Unknown table &quot;%1&quot;; use locations, students, staff, courses, classes or rosters.</source>
        <translation>Tabla desconocida &quot;%1&quot;; use locations, students, staff, courses, classes o rosters.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number from 0 to 100.</source>
        <translation>&quot;%1&quot; debe ser un número entre 0 y 100.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number of 0 or more.</source>
        <translation>&quot;%1&quot; debe ser un número entero mayor o igual que 0.</translation>
    </message>
</context>
<context>
    <name>rb::AccountSettingsWidget</name>
    <message>
        <source>Apple School Manager builds each Managed Apple Account from the fields your district chose as its account format. A person missing that field makes Apple refuse the whole upload.</source>
        <translation>Apple School Manager crea cada Cuenta de Apple Administrada a partir de los campos que su distrito eligió como formato de cuenta. Si a una persona le falta ese campo, Apple rechaza la carga completa.</translation>
    </message>
    <message>
        <source>Managed Apple Account format</source>
        <translation>Formato de la Cuenta de Apple Administrada</translation>
    </message>
    <message>
        <source>Managed Apple Account format uses</source>
        <translation>El formato de la Cuenta de Apple Administrada usa</translation>
    </message>
    <message>
        <source>Names only (nothing extra is required)</source>
        <translation>Solo los nombres (no se requiere nada más)</translation>
    </message>
    <message>
        <source>Person number</source>
        <translation>Número de persona</translation>
    </message>
    <message>
        <source>SIS username</source>
        <translation>Nombre de usuario del SIS</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>The &amp;format uses:</source>
        <translation>El &amp;formato usa:</translation>
    </message>
    <message>
        <source>Everyone sent must have this field: anyone without it is reported before the upload. With email, duplicate addresses stop the upload too.</source>
        <translation>Todas las personas enviadas deben tener este campo: quien no lo tenga se notifica antes de la carga. Con el correo electrónico, las direcciones duplicadas también detienen la carga.</translation>
    </message>
    <message>
        <source>People&apos;s fields</source>
        <translation>Campos de las personas</translation>
    </message>
    <message>
        <source>&lt;b&gt;Students&lt;/b&gt;</source>
        <translation>&lt;b&gt;Estudiantes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Staff&lt;/b&gt;</source>
        <translation>&lt;b&gt;Personal&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Person number:</source>
        <translation>Número de persona:</translation>
    </message>
    <message>
        <source>The student or staff ID number; 1.2 exports often have it in userIds, not identifier.</source>
        <translation>El número de identificación del estudiante o del personal; las exportaciones 1.2 suelen tenerlo en userIds, no en identifier.</translation>
    </message>
    <message>
        <source>SIS username:</source>
        <translation>Nombre de usuario del SIS:</translation>
    </message>
    <message>
        <source>The person&apos;s sign-in name in the SIS.</source>
        <translation>El nombre con el que la persona inicia sesión en el SIS.</translation>
    </message>
    <message>
        <source>Email address:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Needed, and unique, with federated authentication.</source>
        <translation>Obligatorio, y único, con la autenticación federada.</translation>
    </message>
    <message>
        <source>Students: %1</source>
        <translation>Estudiantes: %1</translation>
    </message>
    <message>
        <source>Staff: %1</source>
        <translation>Personal: %1</translation>
    </message>
    <message>
        <source>Each is a OneRoster field (identifier, username, sourcedId, email), a userIds type such as userIds.SIS, a template such as {username}@students.example.org, or blank to send nothing.</source>
        <translation>Cada uno es un campo de OneRoster (identifier, username, sourcedId, email), un tipo de userIds como userIds.SIS, una plantilla como {username}@students.example.org, o vacío para no enviar nada.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>&amp;Pseudonymize students&apos; names</source>
        <translation>&amp;Seudonimizar los nombres de los estudiantes</translation>
    </message>
    <message>
        <source>Pseudonym key</source>
        <translation>Clave de seudónimos</translation>
    </message>
    <message>
        <source>&amp;Generate a key</source>
        <translation>&amp;Generar una clave</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clave:</translation>
    </message>
    <message>
        <source>Apple receives codes instead of students&apos; first and last names, the same codes every night, as some privacy agreements require.</source>
        <translation>Apple recibe códigos en lugar del nombre y los apellidos de los estudiantes, los mismos códigos cada noche, como exigen algunos acuerdos de privacidad.</translation>
    </message>
    <message>
        <source>blank: not sent</source>
        <translation>vacío: no se envía</translation>
    </message>
    <message>
        <source>The key is in the system keychain; leave this empty to keep it.</source>
        <translation>La clave está en el llavero del sistema; deje esto vacío para conservarla.</translation>
    </message>
    <message>
        <source>The key is kept in the system keychain, never in the profile. Keep a copy: another key gives every student new names.</source>
        <translation>La clave se guarda en el llavero del sistema, nunca en el perfil. Guarde una copia: otra clave da nombres nuevos a todos los estudiantes.</translation>
    </message>
    <message>
        <source>Correct the rule for a field: %1</source>
        <translation>Corrija la regla de un campo: %1</translation>
    </message>
    <message>
        <source>Enter or generate the key for pseudonymized names.</source>
        <translation>Escriba o genere la clave de los nombres seudonimizados.</translation>
    </message>
</context>
<context>
    <name>rb::AccountsPage</name>
    <message>
        <source>Managed Apple Accounts</source>
        <translation>Cuentas de Apple Administradas</translation>
    </message>
    <message>
        <source>Match your district&apos;s account format in Apple School Manager, so that every upload has what it needs.</source>
        <translation>Ajústese al formato de cuenta de su distrito en Apple School Manager, para que cada carga tenga lo que necesita.</translation>
    </message>
</context>
<context>
    <name>rb::AppStateText</name>
    <message>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>Held for review</source>
        <translation>Retenido para revisión</translation>
    </message>
    <message>
        <source>The last run failed</source>
        <translation>La última ejecución falló</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Al día</translation>
    </message>
</context>
<context>
    <name>rb::AsmMapper</name>
    <message>
        <source>could not be written: %1</source>
        <translation>no se pudo escribir: %1</translation>
    </message>
    <message>
        <source>students&apos; names are to be pseudonymized, but the pseudonym key is missing: store it in the profile&apos;s settings, or set ROSTERBRIDGE_PSEUDONYM_KEY for unattended runs</source>
        <translation>los nombres de los estudiantes deben seudonimizarse, pero falta la clave de seudónimos: guárdela en la configuración del perfil o defina ROSTERBRIDGE_PSEUDONYM_KEY para las ejecuciones desatendidas</translation>
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
        <translation>Dónde entrega RosterBridge el zip. Al pulsar Siguiente se prueba la cuenta SFTP.</translation>
    </message>
    <message>
        <source>Confirm the server&apos;s host key above.</source>
        <translation>Confirme arriba la clave de host del servidor.</translation>
    </message>
</context>
<context>
    <name>rb::AsyncCheckPage</name>
    <message>
        <source>Checking… Next is available when the check has finished.</source>
        <translation>Comprobando… Siguiente estará disponible cuando termine la comprobación.</translation>
    </message>
</context>
<context>
    <name>rb::Cancellation</name>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>rb::ChangesModel</name>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>New: Apple School Manager will create this person.</source>
        <translation>Nuevo: Apple School Manager creará a esta persona.</translation>
    </message>
    <message>
        <source>New in this package.</source>
        <translation>Nuevo en este paquete.</translation>
    </message>
    <message>
        <source>Missing from this package: Apple School Manager will deactivate this person.</source>
        <translation>Ausente de este paquete: Apple School Manager desactivará a esta persona.</translation>
    </message>
    <message>
        <source>Missing from this package: Apple School Manager will remove it.</source>
        <translation>Ausente de este paquete: Apple School Manager lo eliminará.</translation>
    </message>
    <message>
        <source>Changed since the last delivery; the changed values are highlighted.</source>
        <translation>Modificado desde la última entrega; los valores modificados están resaltados.</translation>
    </message>
    <message>
        <source>was %1</source>
        <translation>antes: %1</translation>
    </message>
    <message>
        <source>Line %1 of %2 in the last delivery</source>
        <translation>Línea %1 de %2 en la última entrega</translation>
    </message>
    <message>
        <source>Line %1 of %2 (line %3 in the last delivery)</source>
        <translation>Línea %1 de %2 (línea %3 en la última entrega)</translation>
    </message>
    <message>
        <source>Line %1 of %2</source>
        <translation>Línea %1 de %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 changed from “%2” to “%3”</source>
        <translation>%1 cambió de “%2” a “%3”</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>%1 (only in the last delivery)</source>
        <translation>%1 (solo en la última entrega)</translation>
    </message>
    <message>
        <source>%1 (new column)</source>
        <translation>%1 (columna nueva)</translation>
    </message>
    <message>
        <source>The run that made this package kept no record of its filters&apos; decisions.</source>
        <translation>La ejecución que creó este paquete no guardó registro de las decisiones de sus filtros.</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <source>Which rule removed or changed the row, from the run&apos;s decision trail</source>
        <translation>Qué regla quitó o cambió la fila, según el registro de decisiones de la ejecución</translation>
    </message>
</context>
<context>
    <name>rb::ChangesPage</name>
    <message>
        <source>Comparing with the last delivery…</source>
        <translation>Comparando con la última entrega…</translation>
    </message>
    <message>
        <source>Summary of the changes</source>
        <translation>Resumen de los cambios</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>File to show changes of</source>
        <translation>Archivo cuyos cambios se muestran</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Kind of change to show</source>
        <translation>Tipo de cambio que se muestra</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Todos los cambios</translation>
    </message>
    <message>
        <source>Rows that differ from the last delivery</source>
        <translation>Filas que difieren de la última entrega</translation>
    </message>
    <message>
        <source>%1: all new (rows: %2)</source>
        <translation>%1: todo es nuevo (filas: %2)</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 removed, %4 changed</source>
        <translation>%1: %2 añadidas, %3 eliminadas, %4 modificadas</translation>
    </message>
    <message>
        <source>%1 could not be compared completely: %2</source>
        <translation>%1 no se pudo comparar por completo: %2</translation>
    </message>
    <message>
        <source>The package cannot be compared with the last delivery: %1</source>
        <translation>El paquete no se puede comparar con la última entrega: %1</translation>
    </message>
    <message>
        <source>First delivery: there is no earlier upload to compare with.</source>
        <translation>Primera entrega: no hay ninguna carga anterior con la que comparar.</translation>
    </message>
    <message>
        <source>Everything is new. People to create: %1; nobody is deactivated.</source>
        <translation>Todo es nuevo. Personas que se crearán: %1; no se desactiva a nadie.</translation>
    </message>
    <message>
        <source>Nothing differs from the last delivery.</source>
        <translation>No hay diferencias con la última entrega.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (no changes)</source>
        <translation>%1 (sin cambios)</translation>
    </message>
    <message>
        <source>All changes (%1)</source>
        <translation>Todos los cambios (%1)</translation>
    </message>
    <message>
        <source>No changes of this kind in %1.</source>
        <translation>No hay cambios de este tipo en %1.</translation>
    </message>
    <message>
        <source>Removed from</source>
        <translation>Quitado de</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Cause (people)</source>
        <translation>Causa (personas)</translation>
    </message>
    <message>
        <source>Removals by school and grade</source>
        <translation>Bajas por escuela y curso</translation>
    </message>
    <message>
        <source>%1 (staff)</source>
        <translation>%1 (personal)</translation>
    </message>
    <message>
        <source>Show these rows</source>
        <translation>Mostrar estas filas</translation>
    </message>
</context>
<context>
    <name>rb::CollectionPager</name>
    <message>
        <source>GET %1 failed: %2</source>
        <translation>GET %1 falló: %2</translation>
    </message>
    <message>
        <source>the server refused the credentials</source>
        <translation>el servidor rechazó las credenciales</translation>
    </message>
    <message>
        <source>access to %1 is denied: the client may lack a scope or the read permission for it</source>
        <translation>se deniega el acceso a %1: es posible que al cliente le falte un ámbito o el permiso de lectura correspondiente</translation>
    </message>
    <message>
        <source>the endpoint does not exist: check the API URL and the OneRoster version</source>
        <translation>el endpoint no existe: compruebe la URL de la API y la versión de OneRoster</translation>
    </message>
    <message>
        <source>GET %1 answered HTTP %2</source>
        <translation>GET %1 respondió HTTP %2</translation>
    </message>
    <message>
        <source> (the server said: %1)</source>
        <translation> (el servidor indicó: %1)</translation>
    </message>
    <message>
        <source>%1 page %2</source>
        <translation>%1, página %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>GET %1 answered HTTP %2 with invalid JSON (%3 at byte %4)</source>
        <translation>GET %1 respondió HTTP %2 con JSON no válido (%3 en el byte %4)</translation>
    </message>
    <message>
        <source>GET %1 answered HTTP %2 with JSON that is not an object</source>
        <translation>GET %1 respondió HTTP %2 con un JSON que no es un objeto</translation>
    </message>
    <message>
        <source>GET %1 answered HTTP %2 without the &quot;%3&quot; array the data must be in (the answer has: %4)</source>
        <translation>GET %1 respondió HTTP %2 sin la matriz &quot;%3&quot; que debe contener los datos (la respuesta contiene: %4)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>GET %1: record %2 of the page is not a JSON object</source>
        <translation>GET %1: el registro %2 de la página no es un objeto JSON</translation>
    </message>
    <message>
        <source>the total number of %1 changed during the run (X-Total-Count was %2, now %3 at %4); the SIS data changed while it was read, so try again later</source>
        <translation>el número total de %1 cambió durante la ejecución (X-Total-Count era %2 y ahora es %3 en %4); los datos del SIS cambiaron mientras se leían, así que vuelva a intentarlo más tarde</translation>
    </message>
    <message>
        <source>GET %1 returned %2 records after the end of %3 had been reached; the server&apos;s paging is inconsistent</source>
        <translation>GET %1 devolvió %2 registros después de alcanzar el final de %3; la paginación del servidor es incoherente</translation>
    </message>
    <message>
        <source>GET %1 returned the same page as the request before it; the server does not page %2 correctly</source>
        <translation>GET %1 devolvió la misma página que la solicitud anterior; el servidor no pagina %2 correctamente</translation>
    </message>
    <message>
        <source>GET %1 returned the %2 record &quot;%3&quot; a second time; paging that repeats records may also skip others</source>
        <translation>GET %1 devolvió por segunda vez el registro de %2 &quot;%3&quot;; una paginación que repite registros también puede omitir otros</translation>
    </message>
    <message>
        <source>the server returns at most %1 %2 per page (%3 were asked for)</source>
        <translation>el servidor devuelve como máximo %1 %2 por página (se pidieron %3)</translation>
    </message>
    <message>
        <source>GET %1 returned %2 %3 where pages hold %4, before reaching the total of %5 (%6 so far)</source>
        <translation>GET %1 devolvió %2 %3 cuando las páginas contienen %4, antes de alcanzar el total de %5 (%6 hasta ahora)</translation>
    </message>
    <message>
        <source>GET %1 points to a next page that was already read (%2); the server&apos;s paging repeats itself</source>
        <translation>GET %1 apunta a una página siguiente que ya se leyó (%2); la paginación del servidor se repite</translation>
    </message>
    <message>
        <source>GET %1 returned %2 %3 where at most %4 were expected</source>
        <translation>GET %1 devolvió %2 %3 cuando se esperaban como máximo %4</translation>
    </message>
    <message>
        <source>GET %1 returned %2 %3 where %4 were expected: a short page before the total of %5 (%6 so far)</source>
        <translation>GET %1 devolvió %2 %3 cuando se esperaban %4: una página incompleta antes del total de %5 (%6 hasta ahora)</translation>
    </message>
    <message>
        <source>the server reported %1 %2 (X-Total-Count) but only %3 could be read</source>
        <translation>el servidor indicó %1 %2 (X-Total-Count), pero solo se pudieron leer %3</translation>
    </message>
    <message>
        <source>GET %1 would be page %2 of %3, far more than the %4 pages that %5 records (X-Total-Count) at %6 per page need; the server&apos;s paging does not end</source>
        <translation>GET %1 sería la página %2 de %3, muchas más que las %4 páginas que necesitan %5 registros (X-Total-Count) a %6 por página; la paginación del servidor no termina</translation>
    </message>
    <message>
        <source>GET %1 would be page %2 of %3, more than the %4 pages RosterBridge reads without an X-Total-Count; the server&apos;s paging does not end</source>
        <translation>GET %1 sería la página %2 de %3, más que las %4 páginas que RosterBridge lee sin X-Total-Count; la paginación del servidor no termina</translation>
    </message>
    <message>
        <source>GET %1 points to a next page on another server (%2); RosterBridge sends its credentials only to %3</source>
        <translation>GET %1 apunta a una página siguiente en otro servidor (%2); RosterBridge solo envía sus credenciales a %3</translation>
    </message>
</context>
<context>
    <name>rb::CommandLine</name>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>No se pudo escribir el informe en %1: %2</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Checks an Apple School Manager zip (or a folder of its six CSV files) against Apple&apos;s rules. Each problem is printed as file:line: field: message.</source>
        <translation>Comprueba un zip de Apple School Manager (o una carpeta con sus seis archivos CSV) según las reglas de Apple. Cada problema se muestra como archivo:línea: campo: mensaje.</translation>
    </message>
    <message>
        <source>The zip or folder to check.</source>
        <translation>El zip o la carpeta que se comprobará.</translation>
    </message>
    <message>
        <source>Write the findings as JSON here.</source>
        <translation>Escribir aquí los hallazgos en JSON.</translation>
    </message>
    <message>
        <source>validate needs exactly one zip or folder.</source>
        <translation>validate necesita exactamente un zip o una carpeta.</translation>
    </message>
    <message numerus="yes">
        <source>Valid: %1 follows Apple School Manager&apos;s rules (%n warning(s)).</source>
        <translation>
            <numerusform>Válido: %1 cumple las reglas de Apple School Manager (%n advertencia).</numerusform>
            <numerusform>Válido: %1 cumple las reglas de Apple School Manager (%n advertencias).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not valid: %1 has %n error(s).</source>
        <translation>
            <numerusform>No válido: %1 tiene %n error.</numerusform>
            <numerusform>No válido: %1 tiene %n errores.</numerusform>
        </translation>
    </message>
    <message>
        <source>rosterbridge: unknown option &quot;%1&quot;.</source>
        <translation>rosterbridge: opción desconocida «%1».</translation>
    </message>
    <message>
        <source>rosterbridge: unknown command &quot;%1&quot;.</source>
        <translation>rosterbridge: orden desconocida «%1».</translation>
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
        <translation>Uso:
  rosterbridge                      iniciar la aplicación de escritorio
  rosterbridge convert INPUT -o OUT.zip [--filters FILE] [--report FILE]
                       [--previous LAST.zip] [--run-date YYYY-MM-DD] [--approve]
  rosterbridge convert --source SIS.json -o OUT.zip [las opciones anteriores]
  rosterbridge convert --sftp-input SFTP.json -o OUT.zip [las opciones anteriores]
      [--deliver-sftp ASM.json | --deliver-folder DIR] [--record [--data-dir DIR]]
  rosterbridge validate ASM.zip [--report FILE]
  rosterbridge run --profile NAME [--dry-run] [--approve]
                   [--approve-held [--keep-removals] [--sha256 HEX]]
                   [--discard-held] [--resend-last]
  rosterbridge serve               ejecutar cada perfil según su programación
  rosterbridge service install | remove | status   servir sin nadie conectado
  rosterbridge history [--json] [--profile NAME] [--run ID] [--search TEXT]
  rosterbridge why ID --profile NAME [--run N]  por qué un registro no se envía
  rosterbridge test-connection --source SIS.json | --profile NAME
  rosterbridge notify test --profile NAME  enviar un correo y un webhook de prueba
  rosterbridge profile list [--json] | export NAME -o FILE | import FILE
                       | remove NAME | pause NAME | resume NAME
                       | secret NAME SECRET-NAME (el valor se lee de stdin)
  rosterbridge remove-user-data [--yes]  perfiles, secretos, historial y registros
Ejecute un comando con --help para ver sus opciones.</translation>
    </message>
</context>
<context>
    <name>rb::ConnectionCommand</name>
    <message>
        <source>ok</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ERROR</translation>
    </message>
    <message>
        <source>Tests every connection a profile makes, layer by layer: its SIS (REST API, SFTP server or export file) and its delivery (Apple School Manager&apos;s SFTP server or a folder). Secrets come from the keychain or ROSTERBRIDGE_* variables.</source>
        <translation>Prueba cada conexión que establece un perfil, capa por capa: su SIS (API REST, servidor SFTP o archivo de exportación) y su entrega (el servidor SFTP de Apple School Manager o una carpeta). Los secretos se toman del llavero del sistema o de las variables ROSTERBRIDGE_*.</translation>
    </message>
    <message>
        <source>The profile&apos;s name or id.</source>
        <translation>El nombre o el id del perfil.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Pin this SFTP host key (as printed by this test or by the server&apos;s admin, &quot;SHA256:...&quot;) into the profile, if the server presents exactly it.</source>
        <translation>Fijar esta clave de host SFTP (tal como la muestra esta prueba o el administrador del servidor, &quot;SHA256:...&quot;) en el perfil, si el servidor presenta exactamente esa clave.</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation>huella digital</translation>
    </message>
    <message>
        <source>test-connection needs --profile NAME or --source FILE.</source>
        <translation>test-connection necesita --profile NAME o --source FILE.</translation>
    </message>
    <message>
        <source>No single profile is named or has the id &quot;%1&quot;.</source>
        <translation>No hay un único perfil con el nombre o el id &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>SIS SFTP</source>
        <translation>SFTP del SIS</translation>
    </message>
    <message>
        <source>Apple School Manager</source>
        <translation>Apple School Manager</translation>
    </message>
    <message>
        <source>Delivery folder</source>
        <translation>Carpeta de entrega</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>%1 is not a folder this account can write to.</source>
        <translation>%1 no es una carpeta en la que esta cuenta pueda escribir.</translation>
    </message>
    <message>
        <source>No server presented the host key %1; nothing was pinned.</source>
        <translation>Ningún servidor presentó la clave de host %1; no se fijó nada.</translation>
    </message>
    <message>
        <source>The host key %1 is pinned in &quot;%2&quot;.</source>
        <translation>La clave de host %1 está fijada en &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>SIS</source>
        <translation>SIS</translation>
    </message>
    <message>
        <source>export</source>
        <translation>exportación</translation>
    </message>
    <message>
        <source>%1 (OneRoster %2)</source>
        <translation>%1 (OneRoster %2)</translation>
    </message>
    <message>
        <source>%1 presents the host key %2. Check it with the server&apos;s admin, then pin it with --trust-host-key %2.</source>
        <translation>%1 presenta la clave de host %2. Verifíquela con el administrador del servidor y luego fíjela con --trust-host-key %2.</translation>
    </message>
    <message>
        <source>%1 now presents the host key %2, not the pinned %3. If its key was changed on purpose, check the new one with the server&apos;s admin, then pin it with --trust-host-key %2.</source>
        <translation>%1 presenta ahora la clave de host %2, no la memorizada %3. Si su clave se cambió a propósito, compruebe la nueva con el administrador del servidor y después memorícela con --trust-host-key %2.</translation>
    </message>
</context>
<context>
    <name>rb::ConnectionTest</name>
    <message>
        <source>Name lookup (DNS)</source>
        <translation>Resolución de nombres (DNS)</translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation>Conexión segura (TLS)</translation>
    </message>
    <message>
        <source>Token endpoint</source>
        <translation>Endpoint de token</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Ámbitos</translation>
    </message>
    <message>
        <source>First page of /orgs</source>
        <translation>Primera página de /orgs</translation>
    </message>
    <message>
        <source>not tried: the settings are incomplete</source>
        <translation>no se intentó: la configuración está incompleta</translation>
    </message>
    <message>
        <source>the server names resolve</source>
        <translation>los nombres de servidor se resuelven</translation>
    </message>
    <message>
        <source>the name %1 could not be resolved: %2</source>
        <translation>no se pudo resolver el nombre %1: %2</translation>
    </message>
    <message>
        <source>not tried: the name lookup failed</source>
        <translation>no se intentó: la resolución de nombres falló</translation>
    </message>
    <message>
        <source>the URLs use plain HTTP: nothing is encrypted</source>
        <translation>las URL usan HTTP sin cifrar: nada está cifrado</translation>
    </message>
    <message>
        <source>this computer has no TLS support (the TLS library is missing)</source>
        <translation>este equipo no admite TLS (falta la biblioteca TLS)</translation>
    </message>
    <message>
        <source>not tried: no secure connection</source>
        <translation>no se intentó: no hay conexión segura</translation>
    </message>
    <message>
        <source>the secure connection is trusted</source>
        <translation>la conexión segura es de confianza</translation>
    </message>
    <message>
        <source>the secure connection to %1 failed</source>
        <translation>falló la conexión segura con %1</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>sin respuesta en %1 ms</translation>
    </message>
    <message>
        <source>%1:%2: %3, certificate for %4, valid until %5</source>
        <translation>%1:%2: %3, certificado para %4, válido hasta %5</translation>
    </message>
    <message>
        <source>OAuth 1 signs every request; there is no token endpoint</source>
        <translation>OAuth 1 firma cada solicitud; no hay endpoint de token</translation>
    </message>
    <message>
        <source>no authentication is configured</source>
        <translation>no hay autenticación configurada</translation>
    </message>
    <message>
        <source>the token endpoint refused the requested scopes; try fewer scopes (roster-core.readonly alone) or none, as the SIS vendor advises</source>
        <translation>el endpoint de token rechazó los ámbitos solicitados; pruebe con menos ámbitos (solo roster-core.readonly) o con ninguno, según indique el proveedor del SIS</translation>
    </message>
    <message>
        <source>not tried: no token</source>
        <translation>no se intentó: no hay token</translation>
    </message>
    <message numerus="yes">
        <source>a token was issued; it expires in %n s</source>
        <translation>
            <numerusform>se emitió un token; caduca en %n s</numerusform>
            <numerusform>se emitió un token; caduca en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>a token was issued</source>
        <translation>se emitió un token</translation>
    </message>
    <message>
        <source>the server did not grant every scope asked for; reading may be refused</source>
        <translation>el servidor no concedió todos los ámbitos solicitados; es posible que se rechace la lectura</translation>
    </message>
    <message>
        <source>no scope was asked for</source>
        <translation>no se solicitó ningún ámbito</translation>
    </message>
    <message>
        <source>the scopes were accepted</source>
        <translation>se aceptaron los ámbitos</translation>
    </message>
    <message>
        <source>the scopes asked for were granted</source>
        <translation>se concedieron los ámbitos solicitados</translation>
    </message>
    <message>
        <source>connection test</source>
        <translation>prueba de conexión</translation>
    </message>
    <message>
        <source>GET %1 answered HTTP %2 without an &quot;orgs&quot; array; is this a OneRoster %3 server?</source>
        <translation>GET %1 respondió HTTP %2 sin una matriz &quot;orgs&quot;; ¿es este un servidor OneRoster %3?</translation>
    </message>
    <message>
        <source>the server does not send X-Total-Count</source>
        <translation>el servidor no envía X-Total-Count</translation>
    </message>
    <message>
        <source>X-Total-Count: %1</source>
        <translation>X-Total-Count: %1</translation>
    </message>
    <message>
        <source>the server offers Link rel=&quot;next&quot; paging</source>
        <translation>el servidor ofrece paginación con Link rel=&quot;next&quot;</translation>
    </message>
    <message numerus="yes">
        <source>the first page of /orgs holds %n org(s)</source>
        <translation>
            <numerusform>la primera página de /orgs contiene %n organización</numerusform>
            <numerusform>la primera página de /orgs contiene %n organizaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>not tried: the test was cancelled</source>
        <translation>no se intentó: la prueba se canceló</translation>
    </message>
</context>
<context>
    <name>rb::ConvertCommand</name>
    <message>
        <source>the secret &quot;%1&quot; is not set; put it in the environment variable %2</source>
        <translation>el secreto «%1» no está definido; póngalo en la variable de entorno %2</translation>
    </message>
    <message>
        <source>Wrote %1: %2 students, %3 staff, %4 classes, %5 roster rows.</source>
        <translation>Se escribió %1: %2 estudiantes, %3 miembros del personal, %4 clases, %5 filas de listas de clase.</translation>
    </message>
    <message>
        <source>Delivered %1 to %2.</source>
        <translation>%1 entregado en %2.</translation>
    </message>
    <message>
        <source>Held for review, so no zip was written or delivered: %1 Check the report, then run again with --approve to write it.</source>
        <translation>Retenido para revisión, así que no se escribió ni entregó ningún zip: %1 Revise el informe y vuelva a ejecutar con --approve para escribirlo.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was delivered.</source>
        <translation>Cancelado; no se entregó nada.</translation>
    </message>
    <message>
        <source>Delivery failed: %1 was written but not delivered; the next attempt sends the whole zip again. %2</source>
        <translation>La entrega falló: %1 se escribió pero no se entregó; el próximo intento vuelve a enviar el zip completo. %2</translation>
    </message>
    <message numerus="yes">
        <source>Failed with %n error(s); no zip was written.</source>
        <translation>
            <numerusform>Falló con %n error; no se escribió ningún zip.</numerusform>
            <numerusform>Falló con %n errores; no se escribió ningún zip.</numerusform>
        </translation>
    </message>
    <message>
        <source>Converts a OneRoster export (1.1 or 1.2, zip or folder) into the zip Apple School Manager takes, after checking it against Apple&apos;s rules and, with --previous, against the last delivery. The run goes through the same steps as a profile&apos;s.</source>
        <translation>Convierte una exportación OneRoster (1.1 o 1.2, zip o carpeta) en el zip que acepta Apple School Manager, tras comprobarlo con las reglas de Apple y, con --previous, con la última entrega. La ejecución pasa por los mismos pasos que la de un perfil.</translation>
    </message>
    <message>
        <source>The OneRoster export: a .zip file or a folder (or use --source).</source>
        <translation>La exportación de OneRoster: un archivo .zip o una carpeta (o use --source).</translation>
    </message>
    <message>
        <source>Read from a OneRoster REST API described in this file (JSON; see docs/rest-source.md) instead of an export. The client secret comes from the environment variable %1.</source>
        <translation>Leer desde una API REST de OneRoster descrita en este archivo (JSON; consulte docs/rest-source.md) en lugar de una exportación. El secreto de cliente se toma de la variable de entorno %1.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Where to write the Apple School Manager zip.</source>
        <translation>Dónde escribir el zip de Apple School Manager.</translation>
    </message>
    <message>
        <source>Filters, mapping and safety settings (JSON; see docs/filters.md).</source>
        <translation>Filtros, asignación y configuración de seguridad (JSON; consulte docs/filters.md).</translation>
    </message>
    <message>
        <source>Write a JSON report of the run here (see docs/run-report.md).</source>
        <translation>Escribir aquí un informe JSON de la ejecución (véase docs/run-report.md).</translation>
    </message>
    <message>
        <source>The last delivered zip, to count removals against.</source>
        <translation>El último zip entregado, con el que se cuentan las eliminaciones.</translation>
    </message>
    <message>
        <source>Judge active terms on this day instead of today.</source>
        <translation>Determinar los períodos activos en esta fecha en lugar de hoy.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Write and deliver the zip even if the safety check holds it.</source>
        <translation>Escribir y entregar el zip aunque la comprobación de seguridad lo retenga.</translation>
    </message>
    <message>
        <source>Fetch the OneRoster export from an SFTP server described in this file (JSON; remoteFolder names a .zip or a folder of CSV files). The password comes from %1.</source>
        <translation>Obtener la exportación de OneRoster desde un servidor SFTP descrito en este archivo (JSON; remoteFolder indica un .zip o una carpeta de archivos CSV). La contraseña se toma de %1.</translation>
    </message>
    <message>
        <source>Upload the zip to Apple School Manager over SFTP as described in this file (JSON). The password comes from %1.</source>
        <translation>Subir el zip a Apple School Manager por SFTP según se describe en este archivo (JSON). La contraseña se toma de %1.</translation>
    </message>
    <message>
        <source>Also copy the zip into this folder.</source>
        <translation>Copiar también el zip en esta carpeta.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Write the run to the history of the data folder, where the app and `history` show it; a delivery recorded there is what the next recorded run compares with.</source>
        <translation>Escribir la ejecución en el historial de la carpeta de datos, donde la muestran la aplicación y `history`; una entrega registrada allí es con lo que se compara la siguiente ejecución registrada.</translation>
    </message>
    <message>
        <source>With --record: the data folder (default: %1).</source>
        <translation>Con --record: la carpeta de datos (predeterminada: %1).</translation>
    </message>
    <message>
        <source>convert reads from --source or --sftp-input, not both.</source>
        <translation>convert lee de --source o de --sftp-input, no de ambos.</translation>
    </message>
    <message>
        <source>convert needs exactly one input: an export, or --source.</source>
        <translation>convert necesita exactamente una entrada: una exportación o --source.</translation>
    </message>
    <message>
        <source>convert needs -o OUT.zip.</source>
        <translation>convert necesita -o OUT.zip.</translation>
    </message>
    <message>
        <source>convert delivers to one place: --deliver-sftp or --deliver-folder, not both.</source>
        <translation>convert entrega en un solo lugar: --deliver-sftp o --deliver-folder, no ambos.</translation>
    </message>
    <message>
        <source>--run-date must be a date such as 2026-09-01.</source>
        <translation>--run-date debe ser una fecha como 2026-09-01.</translation>
    </message>
    <message>
        <source>No temporary folder could be made: %1</source>
        <translation>No se pudo crear una carpeta temporal: %1</translation>
    </message>
    <message>
        <source>warning: the server&apos;s host key was trusted on first use: %1; put it in the settings as hostKeyFingerprint to pin it.</source>
        <translation>advertencia: se confió en la clave de host del servidor en el primer uso: %1; póngala en la configuración como hostKeyFingerprint para fijarla.</translation>
    </message>
</context>
<context>
    <name>rb::CsvHeader</name>
    <message>
        <source>the file is empty; a header row is required</source>
        <translation>el archivo está vacío; se requiere una fila de encabezado</translation>
    </message>
    <message>
        <source>the column appears twice in the header</source>
        <translation>la columna aparece dos veces en el encabezado</translation>
    </message>
    <message>
        <source> (found &quot;%1&quot;; column names are case-sensitive)</source>
        <translation> (se encontró &quot;%1&quot;; los nombres de columna distinguen entre mayúsculas y minúsculas)</translation>
    </message>
    <message>
        <source>required column is missing from the header</source>
        <translation>falta una columna obligatoria en el encabezado</translation>
    </message>
</context>
<context>
    <name>rb::CsvPage</name>
    <message>
        <source>OneRoster CSV files</source>
        <translation>Archivos CSV de OneRoster</translation>
    </message>
    <message>
        <source>Where does your SIS put its OneRoster export? Next opens it and shows what it holds.</source>
        <translation>¿Dónde deja su SIS la exportación de OneRoster? Al pulsar Siguiente se abre y se muestra su contenido.</translation>
    </message>
    <message>
        <source>Confirm the server&apos;s host key above.</source>
        <translation>Confirme arriba la clave de host del servidor.</translation>
    </message>
</context>
<context>
    <name>rb::CsvReader</name>
    <message>
        <source>the file could not be read: %1</source>
        <translation>no se pudo leer el archivo: %1</translation>
    </message>
    <message>
        <source>a quoted field that starts on line %1 is never closed</source>
        <translation>un campo entre comillas que empieza en la línea %1 nunca se cierra</translation>
    </message>
    <message>
        <source>a double quote inside a field that does not start with one</source>
        <translation>una comilla doble dentro de un campo que no empieza con comillas</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of a field</source>
        <translation>texto inesperado después de la comilla de cierre de un campo</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (byte 0x%1); save the file as UTF-8</source>
        <translation>el texto no es UTF-8 válido (byte 0x%1); guarde el archivo como UTF-8</translation>
    </message>
    <message>
        <source>the record that starts on line %1 has more than %2 fields; no OneRoster file has that many columns</source>
        <translation>el registro que empieza en la línea %1 tiene más de %2 campos; ningún archivo OneRoster tiene tantas columnas</translation>
    </message>
    <message>
        <source>the record that starts on line %1 is longer than %2 MiB; no OneRoster record is that long</source>
        <translation>el registro que empieza en la línea %1 ocupa más de %2 MiB; ningún registro OneRoster es tan largo</translation>
    </message>
</context>
<context>
    <name>rb::CsvSourceWidget</name>
    <message>
        <source>A &amp;file or folder on this computer or a shared drive</source>
        <translation>Un &amp;archivo o una carpeta en este equipo o en una unidad compartida</translation>
    </message>
    <message>
        <source>An &amp;SFTP server</source>
        <translation>Un servidor &amp;SFTP</translation>
    </message>
    <message>
        <source>OneRoster export zip or folder</source>
        <translation>Zip o carpeta de exportación de OneRoster</translation>
    </message>
    <message>
        <source>A OneRoster .zip, or a folder holding manifest.csv</source>
        <translation>Un .zip de OneRoster o una carpeta que contenga manifest.csv</translation>
    </message>
    <message>
        <source>Choose &amp;zip...</source>
        <translation>Elegir &amp;zip...</translation>
    </message>
    <message>
        <source>Choose f&amp;older...</source>
        <translation>Elegir &amp;carpeta...</translation>
    </message>
    <message>
        <source>Wa&amp;tch this folder for new exports</source>
        <translation>&amp;Vigilar esta carpeta para detectar nuevas exportaciones</translation>
    </message>
    <message>
        <source>Runs by itself when the SIS drops a new export into the folder (once the copy has finished).</source>
        <translation>Se ejecuta automáticamente cuando el SIS deja una nueva exportación en la carpeta (una vez terminada la copia).</translation>
    </message>
    <message>
        <source>&amp;Check the export</source>
        <translation>C&amp;omprobar la exportación</translation>
    </message>
    <message>
        <source>Checking the export</source>
        <translation>Comprobando la exportación</translation>
    </message>
    <message>
        <source>OneRoster export</source>
        <translation>Exportación de OneRoster</translation>
    </message>
    <message>
        <source>OneRoster zip (*.zip);;All files (*)</source>
        <translation>Zip de OneRoster (*.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>OneRoster export folder</source>
        <translation>Carpeta de exportación de OneRoster</translation>
    </message>
    <message>
        <source>Downloading %1 from %2...</source>
        <translation>Descargando %1 desde %2...</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>Leyendo %1...</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>The folder holds no export yet. RosterBridge will run when the SIS drops the first one there; schools can be chosen after that, in the profile&apos;s settings.</source>
        <translation>La carpeta aún no contiene ninguna exportación. RosterBridge se ejecutará cuando el SIS deje allí la primera; después podrá elegir las escuelas en la configuración del perfil.</translation>
    </message>
    <message>
        <source>The server&apos;s host key is not pinned yet, so nothing was downloaded and no password was sent. Check the fingerprint below; once you confirm it, the export is downloaded.</source>
        <translation>La clave de host del servidor aún no está fijada, así que no se descargó nada ni se envió ninguna contraseña. Compruebe la huella de abajo; cuando la confirme, se descargará la exportación.</translation>
    </message>
    <message>
        <source>Choose the export&apos;s zip file or folder.</source>
        <translation>Elija el archivo zip o la carpeta de la exportación.</translation>
    </message>
</context>
<context>
    <name>rb::CsvTableIndex</name>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>No se puede abrir %1.</translation>
    </message>
    <message>
        <source>Cannot write the temporary copy of %1: %2</source>
        <translation>No se puede escribir la copia temporal de %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>The first line of %1 is longer than 1 MiB; it is not a CSV file.</source>
        <translation>La primera línea de %1 supera 1 MiB; no es un archivo CSV.</translation>
    </message>
</context>
<context>
    <name>rb::DecisionLookup</name>
    <message>
        <source>Run %1 is not in the history.</source>
        <translation>La ejecución %1 no está en el historial.</translation>
    </message>
    <message>
        <source>The decision trail is damaged: it has no header.</source>
        <translation>El registro de decisiones está dañado: no tiene encabezado.</translation>
    </message>
    <message>
        <source>The decision trail is damaged: its column %1 is &quot;%2&quot;.</source>
        <translation>El registro de decisiones está dañado: su columna %1 es «%2».</translation>
    </message>
    <message>
        <source>The decision trail is damaged: %1</source>
        <translation>El registro de decisiones está dañado: %1</translation>
    </message>
    <message>
        <source>Class not sent</source>
        <translation>Clase no enviada</translation>
    </message>
    <message>
        <source>Its class %1 is not sent: %2</source>
        <translation>Su clase %1 no se envía: %2</translation>
    </message>
    <message>
        <source>Student not sent</source>
        <translation>Alumno no enviado</translation>
    </message>
    <message>
        <source>The student %1 is not sent: %2</source>
        <translation>El alumno %1 no se envía: %2</translation>
    </message>
    <message>
        <source>Left the export</source>
        <translation>Salió de la exportación</translation>
    </message>
    <message>
        <source>No filter left it out: the SIS&apos;s export no longer has it (or, for a roster row, no longer enrolls that student in that class).</source>
        <translation>Ningún filtro lo dejó fuera: la exportación del SIS ya no lo contiene (o, para una fila de rosters, ya no matricula a ese alumno en esa clase).</translation>
    </message>
    <message>
        <source>School filter</source>
        <translation>Filtro de escuelas</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Course status</source>
        <translation>Estado del curso</translation>
    </message>
    <message>
        <source>Role rule</source>
        <translation>Regla de rol</translation>
    </message>
    <message>
        <source>No current role</source>
        <translation>Sin rol vigente</translation>
    </message>
    <message>
        <source>Exclusion rule</source>
        <translation>Regla de exclusión</translation>
    </message>
    <message>
        <source>Term ended</source>
        <translation>Periodo terminado</translation>
    </message>
    <message>
        <source>Enrollment ended</source>
        <translation>Matrícula terminada</translation>
    </message>
    <message>
        <source>Enrollment role</source>
        <translation>Rol de la matrícula</translation>
    </message>
    <message>
        <source>Role mismatch</source>
        <translation>Rol no coincidente</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Solo activos</translation>
    </message>
    <message>
        <source>No school sent</source>
        <translation>Ninguna escuela enviada</translation>
    </message>
    <message>
        <source>No class sent</source>
        <translation>Ninguna clase enviada</translation>
    </message>
    <message>
        <source>Placed by classes</source>
        <translation>Ubicado por sus clases</translation>
    </message>
    <message>
        <source>Teacher limit</source>
        <translation>Límite de docentes</translation>
    </message>
    <message>
        <source>Course school</source>
        <translation>Escuela del curso</translation>
    </message>
    <message>
        <source>the school is not among the profile&apos;s schools (Filters → Schools and records).</source>
        <translation>la escuela no está entre las escuelas del perfil (Filtros → Escuelas y registros).</translation>
    </message>
    <message>
        <source>its school, %1, is not among the profile&apos;s schools (Filters → Schools and records).</source>
        <translation>su escuela, %1, no está entre las escuelas del perfil (Filtros → Escuelas y registros).</translation>
    </message>
    <message>
        <source>its status is %1, and the profile&apos;s filters send only active records (Filters → Schools and records).</source>
        <translation>su estado es %1, y los filtros del perfil solo envían registros activos (Filtros → Escuelas y registros).</translation>
    </message>
    <message>
        <source>its course %1 is marked tobedeleted, and the filters send only active courses.</source>
        <translation>su curso %1 está marcado como tobedeleted, y los filtros solo envían cursos activos.</translation>
    </message>
    <message>
        <source>none of their roles sends them to Apple School Manager: %1. Roles set to Leave out in the profile&apos;s roles, and family roles, are not sent.</source>
        <translation>ninguno de sus roles los envía a Apple School Manager: %1. Los roles marcados como Dejar fuera en los roles del perfil, y los roles familiares, no se envían.</translation>
    </message>
    <message>
        <source>they hold no role on the run date (roles: %1).</source>
        <translation>no tienen ningún rol en la fecha de la ejecución (roles: %1).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>the profile&apos;s exclusion rule %1 matches it (Filters → Exclusions).</source>
        <translation>la regla de exclusión %1 del perfil lo incluye (Filtros → Exclusiones).</translation>
    </message>
    <message>
        <source>none of its terms is current, and the profile sends active terms only (terms: %1).</source>
        <translation>ninguno de sus periodos está en curso, y el perfil solo envía periodos activos (periodos: %1).</translation>
    </message>
    <message>
        <source>the enrollment&apos;s dates (%1) do not include the run date: it ended or has not begun.</source>
        <translation>las fechas de la matrícula (%1) no incluyen la fecha de la ejecución: terminó o aún no ha empezado.</translation>
    </message>
    <message>
        <source>the enrollment&apos;s role is %1, neither student nor teacher.</source>
        <translation>el rol de la matrícula es %1, ni alumno ni docente.</translation>
    </message>
    <message>
        <source>the enrollment&apos;s role (%1) does not match how the person is sent (a student enrolled as a teacher, or the other way round).</source>
        <translation>el rol de la matrícula (%1) no coincide con cómo se envía a la persona (un alumno matriculado como docente, o al revés).</translation>
    </message>
    <message>
        <source>the profile sends active students or teachers only, and this person is not active (%1).</source>
        <translation>el perfil solo envía alumnos o docentes activos, y esta persona no está activa (%1).</translation>
    </message>
    <message>
        <source>none of their schools is among the profile&apos;s schools, and they teach no class that is sent.</source>
        <translation>ninguna de sus escuelas está entre las del perfil, y no imparte ninguna clase que se envíe.</translation>
    </message>
    <message>
        <source>none of their schools (%1) is among the profile&apos;s schools.</source>
        <translation>ninguna de sus escuelas (%1) está entre las escuelas del perfil.</translation>
    </message>
    <message>
        <source>its school (%1) is not among the profile&apos;s schools, and none of its classes is sent.</source>
        <translation>su escuela (%1) no está entre las escuelas del perfil, y no se envía ninguna de sus clases.</translation>
    </message>
    <message>
        <source>none of their own schools is among the profile&apos;s schools; they are sent with the schools of the classes they teach: %1.</source>
        <translation>ninguna de sus propias escuelas está entre las del perfil; se envía con las escuelas de las clases que imparte: %1.</translation>
    </message>
    <message>
        <source>the class has more teachers than Apple School Manager takes (%1); the primary teachers are sent first.</source>
        <translation>la clase tiene más docentes de los que admite Apple School Manager (%1); los docentes principales se envían primero.</translation>
    </message>
    <message>
        <source>a district course: it is sent at %1, where most of its classes are.</source>
        <translation>un curso del distrito: se envía en %1, donde están la mayoría de sus clases.</translation>
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
        <translation>rosterbridge: no hay pantalla donde mostrar la aplicación de escritorio (no está definida ni DISPLAY ni WAYLAND_DISPLAY); ejecute «rosterbridge --help» para ver las órdenes que funcionan sin ella.</translation>
    </message>
</context>
<context>
    <name>rb::DestinationWidget</name>
    <message>
        <source>Upload to &amp;Apple School Manager (SFTP)</source>
        <translation>&amp;Subir a Apple School Manager (SFTP)</translation>
    </message>
    <message>
        <source>Write the zip to a fol&amp;der</source>
        <translation>&amp;Escribir el zip en una carpeta</translation>
    </message>
    <message>
        <source>Apple School Manager shows the user name and password under &lt;b&gt;Preferences &amp;rarr; Accounts &amp;rarr; Directory Sync &amp;rarr; SFTP&lt;/b&gt; (it needs the &quot;Configure organization&quot; privilege). The password is shown once, when the account is created; reset it there if you no longer have it. &lt;a href=&quot;https://support.apple.com/101183&quot;&gt;How to set up SFTP in Apple School Manager&lt;/a&gt;</source>
        <translation>Apple School Manager muestra el nombre de usuario y la contraseña en &lt;b&gt;Preferencias &amp;rarr; Cuentas &amp;rarr; Sincronización de directorios &amp;rarr; SFTP&lt;/b&gt; (se necesita el privilegio &quot;Configurar organización&quot;). La contraseña se muestra una sola vez, al crear la cuenta; restablézcala allí si ya no la tiene. &lt;a href=&quot;https://support.apple.com/101183&quot;&gt;Cómo configurar SFTP en Apple School Manager&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Folder for the zip</source>
        <translation>Carpeta para el zip</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Examinar...</translation>
    </message>
    <message>
        <source>Choose the folder for the zip</source>
        <translation>Elegir la carpeta para el zip</translation>
    </message>
    <message>
        <source>Choose the folder to write the zip to.</source>
        <translation>Elija la carpeta donde escribir el zip.</translation>
    </message>
</context>
<context>
    <name>rb::DistrictSummary</name>
    <message>
        <source>%1 is not a OneRoster export.</source>
        <translation>%1 no es una exportación de OneRoster.</translation>
    </message>
    <message>
        <source>OneRoster %1 export. Schools: %2, classes: %3, students: %4, other users: %5.</source>
        <translation>Exportación de OneRoster %1. Escuelas: %2, clases: %3, estudiantes: %4, otros usuarios: %5.</translation>
    </message>
</context>
<context>
    <name>rb::ExchangeListModel</name>
    <message>
        <source>ok</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>URL or path</source>
        <translation>URL o ruta</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>rb::ExclusionRulesWidget</name>
    <message>
        <source>Leave out classes and people Apple School Manager should never get, such as lunch, study hall or attendance sections. One pattern per line: * matches any text, ? one character, capitals do not matter.</source>
        <translation>Deje fuera las clases y las personas que Apple School Manager nunca debe recibir, como las secciones de comedor, estudio o asistencia. Un patrón por línea: * coincide con cualquier texto, ? con un carácter; las mayúsculas no importan.</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Class titles:</source>
        <translation>Títulos de clase:</translation>
    </message>
    <message>
        <source>e.g. Lunch*</source>
        <translation>p. ej. Lunch*</translation>
    </message>
    <message>
        <source>Class codes:</source>
        <translation>Códigos de clase:</translation>
    </message>
    <message>
        <source>e.g. ATT-*</source>
        <translation>p. ej. ATT-*</translation>
    </message>
    <message>
        <source>Courses (title or course code):</source>
        <translation>Cursos (título o código del curso):</translation>
    </message>
    <message>
        <source>e.g. Homeroom</source>
        <translation>p. ej. Homeroom</translation>
    </message>
    <message>
        <source>Grades (a person&apos;s first grade):</source>
        <translation>Grados (el primer grado de la persona):</translation>
    </message>
    <message>
        <source>e.g. PK</source>
        <translation>p. ej. PK</translation>
    </message>
    <message>
        <source>People by sourcedId:</source>
        <translation>Personas por sourcedId:</translation>
    </message>
    <message>
        <source>One per line, or separated by commas</source>
        <translation>Uno por línea, o separados por comas</translation>
    </message>
    <message>
        <source>Classes with these titles: %1</source>
        <translation>Clases con estos títulos: %1</translation>
    </message>
    <message>
        <source>Classes with these codes: %1</source>
        <translation>Clases con estos códigos: %1</translation>
    </message>
    <message>
        <source>Classes of these courses: %1</source>
        <translation>Clases de estos cursos: %1</translation>
    </message>
    <message>
        <source>People in these grades: %1</source>
        <translation>Personas de estos grados: %1</translation>
    </message>
    <message>
        <source>Found in the data: %1</source>
        <translation>Encontradas en los datos: %1</translation>
    </message>
    <message>
        <source>Found in the data: %1. Not in the data: %2</source>
        <translation>Encontradas en los datos: %1. No están en los datos: %2</translation>
    </message>
    <message>
        <source>Of what your other choices send, these rules leave out classes: %1, people: %2.</source>
        <translation>De lo que envían sus otras opciones, estas reglas dejan fuera clases: %1, personas: %2.</translation>
    </message>
</context>
<context>
    <name>rb::FieldListEdit</name>
    <message>
        <source>One per line, e.g. X-District: 42</source>
        <translation>Uno por línea, p. ej., X-District: 42</translation>
    </message>
    <message>
        <source>One per line, e.g. audience=oneroster</source>
        <translation>Uno por línea, p. ej., audience=oneroster</translation>
    </message>
</context>
<context>
    <name>rb::FilterChooser</name>
    <message>
        <source>Reading the district&apos;s data</source>
        <translation>Leyendo los datos del distrito</translation>
    </message>
    <message>
        <source>What would be sent</source>
        <translation>Lo que se enviaría</translation>
    </message>
    <message>
        <source>Reading the district&apos;s roster from the SIS...</source>
        <translation>Leyendo las listas de clase del distrito desde el SIS...</translation>
    </message>
    <message>
        <source>Reading %1 from the SIS: %2 of %3</source>
        <translation>Leyendo %1 desde el SIS: %2 de %3</translation>
    </message>
    <message>
        <source>Reading %1 from the SIS: %2</source>
        <translation>Leyendo %1 desde el SIS: %2</translation>
    </message>
    <message>
        <source>The roster could not be read from the SIS, so schools cannot be listed: %1 Every school will be sent unless schools are ticked below.</source>
        <translation>No se pudo leer el roster del SIS, así que no se pueden listar las escuelas: %1 Se enviarán todas las escuelas salvo que marque escuelas abajo.</translation>
    </message>
    <message>
        <source>There is no export to list the schools from yet.</source>
        <translation>Todavía no hay ninguna exportación de la que obtener la lista de escuelas.</translation>
    </message>
    <message>
        <source>Reading the district&apos;s data...</source>
        <translation>Leyendo los datos del distrito...</translation>
    </message>
    <message>
        <source>Choose Staff or Leave out for %1 on the Roles tab before going on: a role without a rule stops every run.</source>
        <translation>Elija Personal o Dejar fuera para %1 en la pestaña Roles antes de continuar: un rol sin regla detiene todas las ejecuciones.</translation>
    </message>
    <message>
        <source>Counting...</source>
        <translation>Contando...</translation>
    </message>
    <message>
        <source>%1 People whose role is still to be chosen are not counted.</source>
        <translation>%1 No se cuentan las personas cuyo rol aún está por elegir.</translation>
    </message>
    <message>
        <source>Reading the schools and roles… Next is available when they are read.</source>
        <translation>Leyendo las escuelas y los roles… Siguiente estará disponible cuando se hayan leído.</translation>
    </message>
</context>
<context>
    <name>rb::FilterSettings</name>
    <message>
        <source>the filters were written by a newer RosterBridge (version %1)</source>
        <translation>los filtros se escribieron con una versión más reciente de RosterBridge (versión %1)</translation>
    </message>
    <message>
        <source>each school must be a sourcedId string</source>
        <translation>cada escuela debe ser una cadena sourcedId</translation>
    </message>
    <message>
        <source>must be a list of school sourcedIds</source>
        <translation>debe ser una lista de sourcedId de escuelas</translation>
    </message>
    <message>
        <source>unknown entity; use one of %1</source>
        <translation>entidad desconocida; use una de estas: %1</translation>
    </message>
    <message>
        <source>must be a list such as [&quot;active&quot;]</source>
        <translation>debe ser una lista como [&quot;active&quot;]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status; use active or tobedeleted</source>
        <translation>&quot;%1&quot; no es un estado; use active o tobedeleted</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>students and teachers are always mapped; no rule is needed</source>
        <translation>los estudiantes y los docentes siempre se asignan; no se necesita ninguna regla</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rule; use staff or exclude</source>
        <translation>&quot;%1&quot; no es una regla; use staff o exclude</translation>
    </message>
    <message>
        <source>must be a date such as 2026-09-01</source>
        <translation>debe ser una fecha como 2026-09-01</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>debe ser una lista de textos</translation>
    </message>
    <message>
        <source>each entry must be a non-empty string</source>
        <translation>cada entrada debe ser un texto no vacío</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>must be an object with maxCount and maxPercent</source>
        <translation>debe ser un objeto con maxCount y maxPercent</translation>
    </message>
    <message>
        <source>must be a whole number, 0 or more</source>
        <translation>debe ser un número entero, 0 o más</translation>
    </message>
    <message>
        <source>must be a number from 0 to 100</source>
        <translation>debe ser un número de 0 a 100</translation>
    </message>
    <message>
        <source>guardians, parents and relatives are never sent to Apple School Manager</source>
        <translation>los tutores, padres y familiares nunca se envían a Apple School Manager</translation>
    </message>
</context>
<context>
    <name>rb::FilterSettingsWidget</name>
    <message>
        <source>Schools</source>
        <translation>Escuelas</translation>
    </message>
    <message>
        <source>Send &amp;every school, including schools added later</source>
        <translation>Enviar &amp;todas las escuelas, incluidas las que se añadan más adelante</translation>
    </message>
    <message>
        <source>Schools to send</source>
        <translation>Escuelas que se enviarán</translation>
    </message>
    <message>
        <source>Records with these statuses</source>
        <translation>Registros con estos estados</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>To be deleted</source>
        <translation>Por eliminar</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cursos</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Inscripciones</translation>
    </message>
    <message>
        <source>%1: active</source>
        <translation>%1: estado activo</translation>
    </message>
    <message>
        <source>%1: to be deleted</source>
        <translation>%1: estado por eliminar</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Active &amp;students only</source>
        <translation>Solo &amp;estudiantes activos</translation>
    </message>
    <message>
        <source>Students who are enabled and in at least one class that is sent.</source>
        <translation>Estudiantes habilitados que están en al menos una clase que se envía.</translation>
    </message>
    <message>
        <source>Active teac&amp;hers only</source>
        <translation>Solo &amp;docentes activos</translation>
    </message>
    <message>
        <source>Teachers who are enabled and teach at least one class that is sent.</source>
        <translation>Docentes habilitados que imparten al menos una clase que se envía.</translation>
    </message>
    <message>
        <source>Classes of the current &amp;terms only</source>
        <translation>Solo clases de los &amp;períodos actuales</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (not in the district&apos;s data)</source>
        <translation>%1 (no está en los datos del distrito)</translation>
    </message>
    <message>
        <source>Schools and records</source>
        <translation>Escuelas y registros</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Exclusions</source>
        <translation>Exclusiones</translation>
    </message>
    <message>
        <source>Roles (to choose: %1)</source>
        <translation>Roles (por elegir: %1)</translation>
    </message>
    <message>
        <source>Tick at least one school.</source>
        <translation>Marque al menos una escuela.</translation>
    </message>
    <message>
        <source>Tick Active or To be deleted for each kind of record.</source>
        <translation>Marque Activo o Por eliminar para cada tipo de registro.</translation>
    </message>
    <message>
        <source>Choose where these roles go: %1.</source>
        <translation>Elija a dónde van estos roles: %1.</translation>
    </message>
    <message>
        <source>%1 — students: %2, classes: %3</source>
        <translation>%1 — alumnos: %2, clases: %3</translation>
    </message>
</context>
<context>
    <name>rb::FiltersPage</name>
    <message>
        <source>What to send</source>
        <translation>Qué enviar</translation>
    </message>
    <message>
        <source>Choose the schools, records, roles and exclusions Apple School Manager gets. The counts follow your choices.</source>
        <translation>Elija las escuelas, los registros, los roles y las exclusiones que recibirá Apple School Manager. Los recuentos se actualizan según su selección.</translation>
    </message>
</context>
<context>
    <name>rb::Findings</name>
    <message numerus="yes">
        <source>%n more like &quot;%1&quot; not listed</source>
        <translation>
            <numerusform>%n hallazgo más como &quot;%1&quot; no se muestra</numerusform>
            <numerusform>%n hallazgos más como &quot;%1&quot; no se muestran</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::FindingsCsv</name>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>rb::FindingsModel</name>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>rb::FindingsPage</name>
    <message>
        <source>Checking the package against Apple&apos;s rules…</source>
        <translation>Comprobando el paquete según las reglas de Apple…</translation>
    </message>
    <message>
        <source>Summary of the findings</source>
        <translation>Resumen de los hallazgos</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>The package cannot be opened as a zip of the six files Apple School Manager takes.</source>
        <translation>El paquete no se puede abrir como un zip con los seis archivos que acepta Apple School Manager.</translation>
    </message>
    <message>
        <source>Apple School Manager would reject this package. Errors: %1, warnings: %2. Double-click a finding, or select it and press Enter, to see its row.</source>
        <translation>Apple School Manager rechazaría este paquete. Errores: %1, advertencias: %2. Haga doble clic en un hallazgo, o selecciónelo y pulse Intro, para ver su fila.</translation>
    </message>
    <message>
        <source>The package follows Apple&apos;s rules. Warnings: %1. Double-click a finding, or select it and press Enter, to see its row.</source>
        <translation>El paquete cumple las reglas de Apple. Advertencias: %1. Haga doble clic en un hallazgo, o selecciónelo y pulse Intro, para ver su fila.</translation>
    </message>
    <message>
        <source>The package follows Apple&apos;s rules.</source>
        <translation>El paquete cumple las reglas de Apple.</translation>
    </message>
    <message>
        <source>E&amp;xport findings…</source>
        <translation>E&amp;xportar hallazgos…</translation>
    </message>
    <message>
        <source>Export the findings as a CSV file</source>
        <translation>Exportar los hallazgos como archivo CSV</translation>
    </message>
    <message>
        <source>Export findings</source>
        <translation>Exportar hallazgos</translation>
    </message>
    <message>
        <source>findings.csv</source>
        <translation>hallazgos.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>rb::FingerprintConfirm</name>
    <message>
        <source>I have checked this fin&amp;gerprint</source>
        <translation>He &amp;verificado esta huella digital</translation>
    </message>
    <message>
        <source>Tick only after comparing the fingerprint with the one the server&apos;s owner gives.</source>
        <translation>Marque esta casilla solo después de comparar la huella digital con la que le proporcione el propietario del servidor.</translation>
    </message>
    <message>
        <source>The server&apos;s host key matches the pinned one: &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>La clave de host del servidor coincide con la clave memorizada: &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>The server presented the host key &lt;tt&gt;%1&lt;/tt&gt;, not the pinned &lt;tt&gt;%2&lt;/tt&gt;. Nothing was sent to it.</source>
        <translation>El servidor presentó la clave de host &lt;tt&gt;%1&lt;/tt&gt;, no la fijada &lt;tt&gt;%2&lt;/tt&gt;. No se le envió nada.</translation>
    </message>
    <message>
        <source>The server identifies itself with this host key:&lt;br&gt;&lt;b&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/b&gt;&lt;br&gt;Compare it with the fingerprint the server&apos;s owner gives you. Nothing has been sent yet: RosterBridge signs in once you confirm the key, and remembers it; a different key later stops every upload.</source>
        <translation>El servidor se identifica con esta clave de host:&lt;br&gt;&lt;b&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/b&gt;&lt;br&gt;Compárela con la huella que le da el responsable del servidor. Aún no se ha enviado nada: RosterBridge inicia sesión cuando usted confirma la clave y la recuerda; una clave distinta más adelante detiene todas las subidas.</translation>
    </message>
</context>
<context>
    <name>rb::FinishPage</name>
    <message>
        <source>Ready to save</source>
        <translation>Listo para guardar</translation>
    </message>
    <message>
        <source>Check the summary, name the profile and press Finish. Nothing is sent to Apple School Manager until you have approved the first preview.</source>
        <translation>Revise el resumen, asigne un nombre al perfil y pulse Finalizar. No se envía nada a Apple School Manager hasta que usted apruebe la primera vista previa.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <source>Save &amp;request and response data in the history</source>
        <translation>Guardar datos de &amp;solicitud y respuesta en el historial</translation>
    </message>
    <message>
        <source>Keeps what RosterBridge sent and received in each run (passwords and tokens removed), to show your SIS vendor or Apple when something goes wrong.</source>
        <translation>Conserva lo que RosterBridge envió y recibió en cada ejecución (sin contraseñas ni tokens), para mostrárselo a su proveedor de SIS o a Apple cuando algo falle.</translation>
    </message>
    <message>
        <source>Run a &amp;dry run now and show me the preview</source>
        <translation>Hacer una ejecución de &amp;prueba ahora y mostrarme la vista previa</translation>
    </message>
    <message>
        <source>Builds and checks the upload without sending it. The first real upload always waits until you approve its preview.</source>
        <translation>Prepara y comprueba la carga sin enviarla. La primera carga real siempre espera a que usted apruebe su vista previa.</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>&amp;Nombre del perfil:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <source>District roster</source>
        <translation>Listas del distrito</translation>
    </message>
    <message>
        <source>Saving the profile and its passwords...</source>
        <translation>Guardando el perfil y sus contraseñas...</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>Escriba un nombre para el perfil.</translation>
    </message>
</context>
<context>
    <name>rb::FolderDelivery</name>
    <message>
        <source>The file %1 cannot be read: %2.</source>
        <translation>No se puede leer el archivo %1: %2.</translation>
    </message>
    <message>
        <source>The delivery folder %1 does not exist.</source>
        <translation>La carpeta de entrega %1 no existe.</translation>
    </message>
    <message>
        <source>Cannot write into %1: %2.</source>
        <translation>No se puede escribir en %1: %2.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2.</source>
        <translation>Error al leer %1: %2.</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2.</source>
        <translation>Error al escribir %1: %2.</translation>
    </message>
    <message>
        <source>Could not move the file into place as %1: %2.</source>
        <translation>No se pudo mover el archivo a su ubicación definitiva como %1: %2.</translation>
    </message>
</context>
<context>
    <name>rb::HistoryCommand</name>
    <message>
        <source>Run %1 is not in the history %2.</source>
        <translation>La ejecución %1 no está en el historial %2.</translation>
    </message>
    <message>
        <source>Run %1: %2, %3, %4</source>
        <translation>Ejecución %1: %2, %3, %4</translation>
    </message>
    <message>
        <source>  started %1, ended %2, took %3</source>
        <translation>  inicio %1, fin %2, duración %3</translation>
    </message>
    <message>
        <source>  counts: %1</source>
        <translation>  recuentos: %1</translation>
    </message>
    <message>
        <source>  message: %1</source>
        <translation>  mensaje: %1</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Pasos:</translation>
    </message>
    <message>
        <source>  (none recorded)</source>
        <translation>  (ninguno registrado)</translation>
    </message>
    <message>
        <source>No runs match.</source>
        <translation>Ninguna ejecución coincide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not found in the history.</source>
        <translation>No se encontró &quot;%1&quot; en el historial.</translation>
    </message>
    <message>
        <source>step %1, %2</source>
        <translation>paso %1, %2</translation>
    </message>
    <message>
        <source>found in %1</source>
        <translation>encontrado en %1</translation>
    </message>
    <message>
        <source>Run rosterbridge history --help for its options.</source>
        <translation>Ejecute rosterbridge history --help para ver sus opciones.</translation>
    </message>
    <message>
        <source>Shows the run history: the latest runs (newest first), one run&apos;s steps and exchanges with --run, or the runs whose messages, URLs or kept bodies contain a text (such as a person&apos;s or a class&apos;s id) with --search.</source>
        <translation>Muestra el historial de ejecuciones: las últimas ejecuciones (las más recientes primero), los pasos e intercambios de una ejecución con --run, o las ejecuciones cuyos mensajes, URL o cuerpos conservados contienen un texto (como el id de una persona o de una clase) con --search.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Mostrar la salida en JSON.</translation>
    </message>
    <message>
        <source>Only the runs of this profile (its name or id).</source>
        <translation>Solo las ejecuciones de este perfil (su nombre o id).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Only runs with this status (%1); may be repeated or separated by commas.</source>
        <translation>Solo las ejecuciones con este estado (%1); se puede repetir o separar con comas.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>At most this many runs (default %1) or search hits (default %2).</source>
        <translation>Como máximo esta cantidad de ejecuciones (predeterminado: %1) o de resultados de búsqueda (predeterminado: %2).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Show this run with its steps and exchanges.</source>
        <translation>Mostrar esta ejecución con sus pasos e intercambios.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Find the runs that mention this text (exact case).</source>
        <translation>Buscar las ejecuciones que mencionan este texto (distingue mayúsculas y minúsculas).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>history takes no arguments besides its options, not &quot;%1&quot;.</source>
        <translation>history no admite argumentos aparte de sus opciones, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Use --run or --search, not both.</source>
        <translation>Use --run o --search, no ambos.</translation>
    </message>
    <message>
        <source>--search needs the text to look for.</source>
        <translation>--search necesita el texto que se va a buscar.</translation>
    </message>
    <message>
        <source>--limit needs a whole number above 0, not &quot;%1&quot;.</source>
        <translation>--limit necesita un número entero mayor que 0, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; use one of: %2.</source>
        <translation>Estado desconocido &quot;%1&quot;; use uno de estos: %2.</translation>
    </message>
    <message>
        <source>--run needs a run id (a whole number), not &quot;%1&quot;.</source>
        <translation>--run necesita un id de ejecución (un número entero), no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No single profile is named or has the id &quot;%1&quot;.</source>
        <translation>No hay un único perfil con el nombre o el id &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Run %1 is not in the history: no run has been recorded yet.</source>
        <translation>La ejecución %1 no está en el historial: todavía no se ha registrado ninguna ejecución.</translation>
    </message>
    <message>
        <source>No runs yet.</source>
        <translation>Todavía no hay ejecuciones.</translation>
    </message>
</context>
<context>
    <name>rb::HistoryDatabase</name>
    <message>
        <source>The history database is not open.</source>
        <translation>La base de datos del historial no está abierta.</translation>
    </message>
    <message>
        <source>Cannot open the history database</source>
        <translation>No se puede abrir la base de datos del historial</translation>
    </message>
    <message>
        <source>Cannot mark unfinished runs as interrupted</source>
        <translation>No se pueden marcar como interrumpidas las ejecuciones sin terminar</translation>
    </message>
    <message>
        <source>RosterBridge stopped before this run finished.</source>
        <translation>RosterBridge se detuvo antes de que terminara esta ejecución.</translation>
    </message>
    <message>
        <source>The retention period cannot be negative.</source>
        <translation>El período de conservación no puede ser negativo.</translation>
    </message>
    <message>
        <source>Cannot remove old runs</source>
        <translation>No se pueden eliminar las ejecuciones antiguas</translation>
    </message>
    <message>
        <source>Enter the text to search for.</source>
        <translation>Escriba el texto que desea buscar.</translation>
    </message>
</context>
<context>
    <name>rb::HistoryDetailPane</name>
    <message>
        <source>&amp;Copy</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <source>Details of the selection</source>
        <translation>Detalles de la selección</translation>
    </message>
    <message>
        <source>Copy the details to the clipboard</source>
        <translation>Copiar los detalles al portapapeles</translation>
    </message>
    <message>
        <source>Copies the selected exchange (or step, or run) as text.</source>
        <translation>Copia el intercambio seleccionado (o el paso, o la ejecución) como texto.</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>Deta&amp;lles</translation>
    </message>
</context>
<context>
    <name>rb::HistoryDetailText</name>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Run %1 of %2</source>
        <translation>Ejecución %1 de %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Trigger: %1</source>
        <translation>Origen: %1</translation>
    </message>
    <message>
        <source>Started %1, ended %2, took %3</source>
        <translation>Inicio: %1, fin: %2, duración: %3</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Recuentos</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Step %1: %2 (%3)</source>
        <translation>Paso %1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1, started %2, took %3</source>
        <translation>%1, inicio: %2, duración: %3</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Hallazgos (%1)</translation>
    </message>
    <message>
        <source>(body not kept: turn on &apos;Save request and response data&apos; in the profile)</source>
        <translation>(cuerpo no conservado: active &quot;Guardar datos de solicitud y respuesta&quot; en el perfil)</translation>
    </message>
    <message>
        <source>Started %1, took %2</source>
        <translation>Inicio: %1, duración: %2</translation>
    </message>
    <message>
        <source>Result: %1, %2 transferred</source>
        <translation>Resultado: %1, %2 transferidos</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Encabezados de la solicitud</translation>
    </message>
    <message>
        <source>Request body (%1 kept, truncated)</source>
        <translation>Cuerpo de la solicitud (truncado; se conservan %1)</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Cuerpo de la solicitud</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>(truncated)</source>
        <translation>(truncado)</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>HTTP %1 (%2), %3</source>
        <translation>HTTP %1 (%2), %3</translation>
    </message>
    <message>
        <source>No answer arrived.</source>
        <translation>No llegó ninguna respuesta.</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Encabezados de la respuesta</translation>
    </message>
    <message>
        <source>Response body (first %1 of %2 kept, truncated)</source>
        <translation>Cuerpo de la respuesta (truncado; se conservan los primeros %1 de %2)</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Cuerpo de la respuesta</translation>
    </message>
    <message>
        <source>After the transfer</source>
        <translation>Después de la transferencia</translation>
    </message>
    <message>
        <source>Delivered means the zip reached the server whole. Apple School Manager imports it afterwards and shows the result only in Apple School Manager, under Activity: https://school.apple.com. The user guide&apos;s &quot;Apple rejected my upload&quot; explains its error codes. Show changes lists what this zip changed.</source>
        <translation>Entregado significa que el zip llegó completo al servidor. Apple School Manager lo importa después y muestra el resultado solo en Apple School Manager, en Actividad: https://school.apple.com. La sección &quot;Apple rejected my upload&quot; de la guía del usuario explica sus códigos de error. Mostrar cambios enumera lo que cambió este zip.</translation>
    </message>
</context>
<context>
    <name>rb::HistoryError</name>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>el archivo o su carpeta son de solo lectura</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the file is damaged or is not a history database; it was left as it is, move it away to start a new history</source>
        <translation>el archivo está dañado o no es una base de datos de historial; se dejó tal como está, muévalo a otro lugar para empezar un historial nuevo</translation>
    </message>
    <message>
        <source>another RosterBridge kept the database busy</source>
        <translation>otra instancia de RosterBridge mantuvo ocupada la base de datos</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>no se puede abrir el archivo</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>el disco notificó un error</translation>
    </message>
    <message>
        <source>%1 in %2: %3.</source>
        <translation>%1 en %2: %3.</translation>
    </message>
</context>
<context>
    <name>rb::HistoryFilterBar</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>Has&amp;ta</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Todos los perfiles</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>Only runs from a date</source>
        <translation>Solo las ejecuciones desde una fecha</translation>
    </message>
    <message>
        <source>Only runs up to a date</source>
        <translation>Solo las ejecuciones hasta una fecha</translation>
    </message>
    <message>
        <source>Find a person or class id</source>
        <translation>Buscar un id de persona o de clase</translation>
    </message>
    <message>
        <source>Find a person or class id…</source>
        <translation>Buscar un id de persona o de clase…</translation>
    </message>
    <message>
        <source>Lists the runs whose messages, URLs or kept request and response data mention this id (exact case).</source>
        <translation>Muestra las ejecuciones cuyos mensajes, URL o datos de solicitud y respuesta conservados mencionan este id (distingue mayúsculas y minúsculas).</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>Per&amp;fil:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Deleted profile %1</source>
        <translation>Perfil eliminado %1</translation>
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
        <translation>EJECUCIÓN</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>INICIO</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PERFIL</translation>
    </message>
    <message>
        <source>TRIGGER</source>
        <translation>ORIGEN</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURACIÓN</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MENSAJE</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>the run&apos;s message</source>
        <translation>el mensaje de la ejecución</translation>
    </message>
    <message>
        <source>the step&apos;s message</source>
        <translation>el mensaje del paso</translation>
    </message>
    <message>
        <source>the exchange&apos;s URL or path</source>
        <translation>la URL o la ruta del intercambio</translation>
    </message>
    <message>
        <source>the request body</source>
        <translation>el cuerpo de la solicitud</translation>
    </message>
    <message>
        <source>the response body</source>
        <translation>el cuerpo de la respuesta</translation>
    </message>
</context>
<context>
    <name>rb::HistoryPanel</name>
    <message>
        <source>Export run</source>
        <translation>Exportar ejecución</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <source>Steps of the selected run</source>
        <translation>Pasos de la ejecución seleccionada</translation>
    </message>
    <message>
        <source>Exchanges of the selected step</source>
        <translation>Intercambios del paso seleccionado</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>Mostrar &amp;más</translation>
    </message>
    <message>
        <source>Show more runs</source>
        <translation>Mostrar más ejecuciones</translation>
    </message>
    <message>
        <source>E&amp;xport run…</source>
        <translation>E&amp;xportar ejecución…</translation>
    </message>
    <message>
        <source>Export the selected run as JSON</source>
        <translation>Exportar la ejecución seleccionada como JSON</translation>
    </message>
    <message>
        <source>Saves the run with its steps and exchanges as a JSON file.</source>
        <translation>Guarda la ejecución con sus pasos e intercambios como archivo JSON.</translation>
    </message>
    <message>
        <source>&amp;Runs</source>
        <translation>E&amp;jecuciones</translation>
    </message>
    <message>
        <source>St&amp;eps</source>
        <translation>Pa&amp;sos</translation>
    </message>
    <message>
        <source>Exc&amp;hanges</source>
        <translation>&amp;Intercambios</translation>
    </message>
    <message>
        <source>Run %1 is not in the history any more.</source>
        <translation>La ejecución %1 ya no está en el historial.</translation>
    </message>
    <message>
        <source>No run mentions “%1”.</source>
        <translation>Ninguna ejecución menciona “%1”.</translation>
    </message>
    <message>
        <source>1 run mentions “%1”.</source>
        <translation>1 ejecución menciona “%1”.</translation>
    </message>
    <message>
        <source>%1 runs mention “%2”.</source>
        <translation>%1 ejecuciones mencionan “%2”.</translation>
    </message>
    <message>
        <source>No runs yet.</source>
        <translation>Todavía no hay ejecuciones.</translation>
    </message>
    <message>
        <source>No runs match.</source>
        <translation>Ninguna ejecución coincide.</translation>
    </message>
    <message>
        <source>The latest %1 runs; scroll for more.</source>
        <translation>Las últimas %1 ejecuciones; desplácese para ver más.</translation>
    </message>
    <message>
        <source>1 run.</source>
        <translation>1 ejecución.</translation>
    </message>
    <message>
        <source>%1 runs.</source>
        <translation>%1 ejecuciones.</translation>
    </message>
    <message>
        <source>Run %1 was exported to %2.</source>
        <translation>La ejecución %1 se exportó a %2.</translation>
    </message>
    <message>
        <source>Sho&amp;w changes…</source>
        <translation>Mostrar camb&amp;ios…</translation>
    </message>
    <message>
        <source>Show what the selected run&apos;s zip changed</source>
        <translation>Mostrar lo que cambió el zip de la ejecución seleccionada</translation>
    </message>
    <message>
        <source>Opens the zip the run delivered next to the one delivered before it: who was added, removed or changed.</source>
        <translation>Abre el zip que entregó la ejecución junto al entregado antes: a quién se añadió, quitó o cambió.</translation>
    </message>
    <message>
        <source>Export dec&amp;isions…</source>
        <translation>Exportar dec&amp;isiones…</translation>
    </message>
    <message>
        <source>Export the selected run&apos;s decision trail as CSV</source>
        <translation>Exportar como CSV el registro de decisiones de la ejecución seleccionada</translation>
    </message>
    <message>
        <source>Saves, as a spreadsheet, every record the run&apos;s filters left out or changed, with the rule and the source row.</source>
        <translation>Guarda, como hoja de cálculo, cada registro que los filtros de la ejecución dejaron fuera o cambiaron, con la regla y la fila de origen.</translation>
    </message>
    <message numerus="yes">
        <source>Saves, as a spreadsheet, the %n record(s) the run&apos;s filters left out or changed, with the rule and the source row.</source>
        <translation>
            <numerusform>Guarda, como hoja de cálculo, el %n registro que los filtros de la ejecución dejaron fuera o cambiaron, con la regla y la fila de origen.</numerusform>
            <numerusform>Guarda, como hoja de cálculo, los %n registros que los filtros de la ejecución dejaron fuera o cambiaron, con la regla y la fila de origen.</numerusform>
        </translation>
    </message>
    <message>
        <source>This run kept no decision trail: it stopped before its filters ran.</source>
        <translation>Esta ejecución no guardó registro de decisiones: se detuvo antes de aplicar sus filtros.</translation>
    </message>
    <message>
        <source>The decisions of run %1 were exported to %2.</source>
        <translation>Las decisiones de la ejecución %1 se exportaron a %2.</translation>
    </message>
</context>
<context>
    <name>rb::HistoryQueries</name>
    <message>
        <source>Cannot read the run history</source>
        <translation>No se puede leer el historial de ejecuciones</translation>
    </message>
    <message>
        <source>Cannot read run %1</source>
        <translation>No se puede leer la ejecución %1</translation>
    </message>
    <message>
        <source>Cannot read the steps of run %1</source>
        <translation>No se pueden leer los pasos de la ejecución %1</translation>
    </message>
    <message>
        <source>Cannot read the exchanges of step %1</source>
        <translation>No se pueden leer los intercambios del paso %1</translation>
    </message>
    <message>
        <source>Cannot read a delivered zip</source>
        <translation>No se puede leer un zip entregado</translation>
    </message>
    <message>
        <source>The zip %1 kept in the history database %2 is damaged (its checksum does not match).</source>
        <translation>El zip %1 conservado en la base de datos del historial %2 está dañado (su suma de comprobación no coincide).</translation>
    </message>
    <message>
        <source>Cannot search the run history</source>
        <translation>No se puede buscar en el historial de ejecuciones</translation>
    </message>
    <message>
        <source>Cannot read the decision trail of run %1</source>
        <translation>No se puede leer el registro de decisiones de la ejecución %1</translation>
    </message>
    <message>
        <source>The decision trail of run %1 kept in the history database %2 is damaged.</source>
        <translation>El registro de decisiones de la ejecución %1 guardado en la base de datos del historial %2 está dañado.</translation>
    </message>
</context>
<context>
    <name>rb::HistorySchema</name>
    <message>
        <source>The history database %1 is a folder, not a file.</source>
        <translation>La base de datos del historial %1 es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>The history database %1 cannot be read: %2.</source>
        <translation>No se puede leer la base de datos del historial %1: %2.</translation>
    </message>
    <message>
        <source>The file %1 is not a RosterBridge history database or it is damaged. It was left as it is; move it away to start a new history.</source>
        <translation>El archivo %1 no es una base de datos de historial de RosterBridge o está dañado. Se dejó tal como está; muévalo a otro lugar para empezar un historial nuevo.</translation>
    </message>
    <message>
        <source>The history database %1 is read-only, so runs cannot be recorded. Check the file&apos;s permissions and the disk it is on.</source>
        <translation>La base de datos del historial %1 es de solo lectura, por lo que no se pueden registrar las ejecuciones. Compruebe los permisos del archivo y el disco en el que se encuentra.</translation>
    </message>
    <message>
        <source>The history database %1 does not exist.</source>
        <translation>La base de datos del historial %1 no existe.</translation>
    </message>
    <message>
        <source>The folder %1 for the history database cannot be created.</source>
        <translation>No se puede crear la carpeta %1 para la base de datos del historial.</translation>
    </message>
    <message>
        <source>The folder %1 of the history database is read-only, so runs cannot be recorded.</source>
        <translation>La carpeta %1 de la base de datos del historial es de solo lectura, por lo que no se pueden registrar las ejecuciones.</translation>
    </message>
    <message>
        <source>Cannot read the history database&apos;s version</source>
        <translation>No se puede leer la versión de la base de datos del historial</translation>
    </message>
    <message>
        <source>The history database %1 was written by a newer RosterBridge (schema %2, this version reads up to %3). It was left as it is.</source>
        <translation>La base de datos del historial %1 fue escrita por una versión más reciente de RosterBridge (esquema %2; esta versión lee hasta el %3). Se dejó tal como está.</translation>
    </message>
    <message>
        <source>Cannot read the history database&apos;s tables</source>
        <translation>No se pueden leer las tablas de la base de datos del historial</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database but not a RosterBridge history. It was left as it is.</source>
        <translation>El archivo %1 es una base de datos SQLite, pero no un historial de RosterBridge. Se dejó tal como está.</translation>
    </message>
    <message>
        <source>The history database %1 is damaged: the table %2 is missing. It was left as it is; move it away to start a new history.</source>
        <translation>La base de datos del historial %1 está dañada: falta la tabla %2. Se dejó tal como está; muévala a otro lugar para empezar un historial nuevo.</translation>
    </message>
    <message>
        <source>The history database %1 needs an upgrade, which cannot be done while it is opened read-only.</source>
        <translation>La base de datos del historial %1 necesita una actualización, que no se puede realizar mientras esté abierta en modo de solo lectura.</translation>
    </message>
    <message>
        <source>Cannot prepare the history database</source>
        <translation>No se puede preparar la base de datos del historial</translation>
    </message>
    <message>
        <source>Cannot switch the history database to write-ahead logging</source>
        <translation>No se puede cambiar la base de datos del historial al registro de escritura anticipada (WAL)</translation>
    </message>
    <message>
        <source>Cannot upgrade the history database</source>
        <translation>No se puede actualizar la base de datos del historial</translation>
    </message>
    <message>
        <source>Cannot write to the history database</source>
        <translation>No se puede escribir en la base de datos del historial</translation>
    </message>
    <message>
        <source>Cannot create the history tables</source>
        <translation>No se pueden crear las tablas del historial</translation>
    </message>
</context>
<context>
    <name>rb::HistoryText</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Held for review</source>
        <translation>Retenido para revisión</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Ejecución de prueba</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrumpido</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>Ejecutar ahora</translation>
    </message>
    <message>
        <source>New export</source>
        <translation>Nueva exportación</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Línea de comandos</translation>
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
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Retenido</translation>
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
        <translation>1 byte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation>%1 TB</translation>
    </message>
    <message>
        <source>1 finding</source>
        <translation>1 hallazgo</translation>
    </message>
    <message>
        <source>%1 findings</source>
        <translation>%1 hallazgos</translation>
    </message>
</context>
<context>
    <name>rb::HistoryWriter</name>
    <message>
        <source>Cannot record the start of a run</source>
        <translation>No se puede registrar el inicio de una ejecución</translation>
    </message>
    <message>
        <source>A run cannot finish with the status &quot;running&quot;.</source>
        <translation>Una ejecución no puede terminar con el estado &quot;running&quot;.</translation>
    </message>
    <message>
        <source>Cannot record the end of run %1</source>
        <translation>No se puede registrar el fin de la ejecución %1</translation>
    </message>
    <message>
        <source>Run %1 does not exist or has already finished.</source>
        <translation>La ejecución %1 no existe o ya ha terminado.</translation>
    </message>
    <message>
        <source>Cannot record the step &quot;%1&quot; of run %2</source>
        <translation>No se puede registrar el paso &quot;%1&quot; de la ejecución %2</translation>
    </message>
    <message>
        <source>Cannot record the end of step %1</source>
        <translation>No se puede registrar el fin del paso %1</translation>
    </message>
    <message>
        <source>Step %1 does not exist.</source>
        <translation>El paso %1 no existe.</translation>
    </message>
    <message>
        <source>Cannot record the exchanges of step %1</source>
        <translation>No se pueden registrar los intercambios del paso %1</translation>
    </message>
    <message>
        <source>Cannot keep the delivered zip %1 of run %2</source>
        <translation>No se puede conservar el zip entregado %1 de la ejecución %2</translation>
    </message>
    <message>
        <source>Cannot keep the decision trail of run %1</source>
        <translation>No se puede guardar el registro de decisiones de la ejecución %1</translation>
    </message>
</context>
<context>
    <name>rb::HostKeyDialog</name>
    <message>
        <source>Host key changed</source>
        <translation>La clave de host ha cambiado</translation>
    </message>
    <message>
        <source>The server %1 presented a different host key than the one this profile trusts. Nothing was sent to it. If the server&apos;s operator confirms that the key was changed, compare the new fingerprint with the one they give and trust it. Otherwise someone may be intercepting the connection: cancel.</source>
        <translation>El servidor %1 presentó una clave de host distinta de la que este perfil considera de confianza. No se le envió nada. Si el operador del servidor confirma que la clave cambió, compare la nueva huella con la que le indique y confíe en ella. Si no, alguien podría estar interceptando la conexión: cancele.</translation>
    </message>
    <message>
        <source>Trusted until now:</source>
        <translation>De confianza hasta ahora:</translation>
    </message>
    <message>
        <source>Presented now:</source>
        <translation>Presentada ahora:</translation>
    </message>
    <message>
        <source>&amp;Trust the new key</source>
        <translation>&amp;Confiar en la nueva clave</translation>
    </message>
</context>
<context>
    <name>rb::JsonSettingsReader</name>
    <message>
        <source>could not be read: %1</source>
        <translation>no se pudo leer: %1</translation>
    </message>
    <message>
        <source>is not valid JSON: %1 at byte %2</source>
        <translation>no es JSON válido: %1 en el byte %2</translation>
    </message>
    <message>
        <source>must hold a JSON object</source>
        <translation>debe contener un objeto JSON</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>debe ser una cadena</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>debe ser un número entero de %1 a %2</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>debe ser una lista de cadenas</translation>
    </message>
    <message>
        <source>must be an object of names and values</source>
        <translation>debe ser un objeto de nombres y valores</translation>
    </message>
    <message>
        <source>a name is empty</source>
        <translation>un nombre está vacío</translation>
    </message>
    <message>
        <source>secrets are not read from settings files; this value is ignored (keep it in the system keychain)</source>
        <translation>los secretos no se leen de los archivos de configuración; este valor se ignora (guárdelo en el llavero del sistema)</translation>
    </message>
    <message>
        <source>unknown setting; it is ignored</source>
        <translation>configuración desconocida; se ignora</translation>
    </message>
</context>
<context>
    <name>rb::KeptRemovalsPackage</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>the package held for review (%1)</source>
        <translation>el paquete retenido para revisión (%1)</translation>
    </message>
    <message>
        <source>the last delivery (%1)</source>
        <translation>la última entrega (%1)</translation>
    </message>
    <message>
        <source>RosterBridge cannot read %1: %2</source>
        <translation>RosterBridge no puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 in %2 cannot be read: %3</source>
        <translation>%1 en %2 no se puede leer: %3</translation>
    </message>
    <message>
        <source>%1 in %2 has no header line.</source>
        <translation>%1 en %2 no tiene línea de encabezado.</translation>
    </message>
    <message>
        <source>%1 in %2 cannot be read past line %3: %4</source>
        <translation>%1 en %2 no se puede leer más allá de la línea %3: %4</translation>
    </message>
    <message>
        <source>%1 in %2 is damaged: %3</source>
        <translation>%1 en %2 está dañado: %3</translation>
    </message>
    <message>
        <source>%1 in %2 has the column &quot;%3&quot;, which Apple&apos;s template does not have.</source>
        <translation>%1 en %2 tiene la columna «%3», que la plantilla de Apple no tiene.</translation>
    </message>
    <message>
        <source>%1 in %2 has no %3 column.</source>
        <translation>%1 en %2 no tiene columna %3.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>%1, line %2, of %3 would be kept back, but the %4 it names, &quot;%5&quot;, is in neither that delivery&apos;s %6 nor the held package&apos;s, so the package would be incomplete.</source>
        <translation>%1, línea %2, de %3 se conservaría, pero el %4 que nombra, «%5», no está ni en el %6 de esa entrega ni en el del paquete retenido, así que el paquete quedaría incompleto.</translation>
    </message>
    <message>
        <source>nothing has been delivered before, so there are no removals to keep; approve the package instead</source>
        <translation>no se ha entregado nada antes, así que no hay bajas que conservar; apruebe el paquete completo</translation>
    </message>
</context>
<context>
    <name>rb::LayerList</name>
    <message>
        <source>passed</source>
        <translation>superado</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>no probado</translation>
    </message>
</context>
<context>
    <name>rb::LazyCsvModel</name>
    <message>
        <source>Line %1 of %2</source>
        <translation>Línea %1 de %2</translation>
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
        <translation>&amp;Nuevo perfil…</translation>
    </message>
    <message>
        <source>&amp;Run now</source>
        <translation>&amp;Ejecutar ahora</translation>
    </message>
    <message>
        <source>&amp;Preview (dry run)</source>
        <translation>&amp;Vista previa (ejecución de prueba)</translation>
    </message>
    <message>
        <source>&amp;Edit settings…</source>
        <translation>E&amp;ditar configuración…</translation>
    </message>
    <message>
        <source>Re&amp;view package…</source>
        <translation>&amp;Revisar paquete…</translation>
    </message>
    <message>
        <source>P&amp;ause schedule</source>
        <translation>&amp;Pausar programación</translation>
    </message>
    <message>
        <source>Re-&amp;send last zip…</source>
        <translation>Reenviar el último &amp;zip…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Start RosterBridge when I &amp;log in</source>
        <translation>Abrir RosterBridge al &amp;iniciar sesión</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Abrir al iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Revisar…</translation>
    </message>
    <message>
        <source>Review the package waiting for approval</source>
        <translation>Revisar el paquete pendiente de aprobación</translation>
    </message>
    <message>
        <source>P&amp;rofiles</source>
        <translation>&amp;Perfiles</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Resume sched&amp;ule</source>
        <translation>Rea&amp;nudar programación</translation>
    </message>
    <message>
        <source>&lt;b&gt;Held for review.&lt;/b&gt; Nothing was sent to Apple School Manager. Look at the changes, then upload or discard.</source>
        <translation>&lt;b&gt;Retenido para revisión.&lt;/b&gt; No se envió nada a Apple School Manager. Revise los cambios y, a continuación, suba o descarte el paquete.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A dry run is ready.&lt;/b&gt; Look at what would be sent; you can upload exactly this package.</source>
        <translation>&lt;b&gt;Hay una ejecución de prueba lista.&lt;/b&gt; Revise lo que se enviaría; puede subir exactamente este paquete.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>No profile yet. Click “New profile…” to connect your SIS to Apple School Manager, or to try a sample district.</source>
        <translation>Todavía no hay ningún perfil. Haga clic en “Nuevo perfil…” para conectar su SIS con Apple School Manager o para probar un distrito de ejemplo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No keychain is available.&lt;/b&gt; %1 Secrets cannot be saved; runs you start here ask for them, and scheduled runs cannot run.</source>
        <translation>&lt;b&gt;No hay ningún llavero disponible.&lt;/b&gt; %1 No se pueden guardar los secretos; las ejecuciones que inicie aquí los solicitarán y las ejecuciones programadas no podrán realizarse.</translation>
    </message>
    <message>
        <source>The profile file %1 could not be read; it was left as it is.</source>
        <translation>No se pudo leer el archivo de perfil %1; se dejó tal como está.</translation>
    </message>
    <message>
        <source>Re-send the last zip</source>
        <translation>Reenviar el último zip</translation>
    </message>
    <message>
        <source>Send the zip that was last delivered to Apple School Manager again? Use this when Apple&apos;s import failed on their side.</source>
        <translation>¿Enviar de nuevo a Apple School Manager el último zip entregado? Use esta opción cuando la importación haya fallado del lado de Apple.</translation>
    </message>
    <message>
        <source>Re-send</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Edit settings</source>
        <translation>Editar configuración</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <source>Delete “%1” and its saved passwords? Its run history stays. Nothing changes in Apple School Manager.</source>
        <translation>¿Eliminar “%1” y sus contraseñas guardadas? Su historial de ejecuciones se conserva. No cambia nada en Apple School Manager.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>No system tray here: schedules run while this window is open; closing it quits RosterBridge.</source>
        <translation>No hay área de notificación: las ejecuciones programadas se realizan mientras esta ventana está abierta; al cerrarla, se sale de RosterBridge.</translation>
    </message>
    <message>
        <source>Runs in the service</source>
        <translation>Se ejecuta en el servicio</translation>
    </message>
    <message>
        <source>Service not reachable</source>
        <translation>Servicio inaccesible</translation>
    </message>
    <message>
        <source>The RosterBridge service runs these profiles, also when nobody is logged in. This window shows its runs; Run now, Preview, Approve and Pause go to it.</source>
        <translation>El servicio de RosterBridge ejecuta estos perfiles, también cuando nadie ha iniciado sesión. Esta ventana muestra sus ejecuciones; Ejecutar ahora, Vista previa, Aprobar y Pausar se le envían.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The RosterBridge service cannot be reached.&lt;/b&gt; Nothing runs until it is started again (Settings → Preferences…); or quit RosterBridge and open it again to run the profiles here.</source>
        <translation>&lt;b&gt;No se puede contactar con el servicio de RosterBridge.&lt;/b&gt; No se ejecuta nada hasta que se vuelva a iniciar (Configuración → Preferencias…); o salga de RosterBridge y ábralo de nuevo para ejecutar los perfiles aquí.</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>Ejecutar ahora</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Blocked: %n problem(s) with Apple&apos;s rules.&lt;/b&gt; Nothing was sent. Fix them, then run again.</source>
        <translation>
            <numerusform>&lt;b&gt;Bloqueado: %n problema con las reglas de Apple.&lt;/b&gt; No se envió nada. Corríjalo y vuelva a ejecutar.</numerusform>
            <numerusform>&lt;b&gt;Bloqueado: %n problemas con las reglas de Apple.&lt;/b&gt; No se envió nada. Corríjalos y vuelva a ejecutar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::MappingOptions</name>
    <message>
        <source>a password policy must be 4, 6, 8 or blank</source>
        <translation>una política de contraseñas debe ser 4, 6, 8 o estar en blanco</translation>
    </message>
    <message>
        <source>unknown setting; it is ignored</source>
        <translation>configuración desconocida; se ignora</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>debe ser texto</translation>
    </message>
    <message>
        <source>must be &quot;names&quot;, &quot;personNumber&quot;, &quot;sisUsername&quot; or &quot;email&quot;</source>
        <translation>debe ser &quot;names&quot;, &quot;personNumber&quot;, &quot;sisUsername&quot; o &quot;email&quot;</translation>
    </message>
</context>
<context>
    <name>rb::NotificationSettingsWidget</name>
    <message>
        <source>SMTP server</source>
        <translation>Servidor SMTP</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>Puerto SMTP</translation>
    </message>
    <message>
        <source>Use STARTTLS</source>
        <translation>Usar STARTTLS</translation>
    </message>
    <message>
        <source>SMTP user name</source>
        <translation>Nombre de usuario SMTP</translation>
    </message>
    <message>
        <source>Empty when the server needs no login</source>
        <translation>Vacío si el servidor no requiere inicio de sesión</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>Contraseña SMTP</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Dirección del remitente</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>it@district.org, another@district.org</source>
        <translation>it@district.org, another@district.org</translation>
    </message>
    <message>
        <source>SMTP &amp;server:</source>
        <translation>&amp;Servidor SMTP:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL del webhook</translation>
    </message>
    <message>
        <source>Optional: https://... receives a JSON message</source>
        <translation>Opcional: https://... recibe un mensaje JSON</translation>
    </message>
    <message>
        <source>A pop-up from the tray icon tells whoever is at this computer. Email and a webhook reach someone who is not.</source>
        <translation>Un aviso del icono de la bandeja informa a quien esté en este equipo. El correo y un webhook llegan a quien no esté.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>&amp;Email these addresses when a run fails or is held</source>
        <translation>&amp;Enviar un correo a estas direcciones cuando una ejecución falle o quede retenida</translation>
    </message>
    <message>
        <source>Send test e&amp;mail</source>
        <translation>Enviar correo de prue&amp;ba</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Test webhoo&amp;k</source>
        <translation>Probar webhoo&amp;k</translation>
    </message>
    <message>
        <source>Web&amp;hook URL:</source>
        <translation>URL del web&amp;hook:</translation>
    </message>
    <message>
        <source>When deliveries stop</source>
        <translation>Cuando las entregas se detienen</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source> school days</source>
        <translation> días lectivos</translation>
    </message>
    <message>
        <source>Alert after this many school days without a delivery</source>
        <translation>Avisar tras este número de días lectivos sin entrega</translation>
    </message>
    <message>
        <source>Success ping URL</source>
        <translation>URL del ping de éxito</translation>
    </message>
    <message>
        <source>Optional: a monitor&apos;s check URL, called after each delivery</source>
        <translation>Opcional: la URL de comprobación de un servicio de monitorización, llamada tras cada entrega</translation>
    </message>
    <message>
        <source>A monitoring service (healthchecks.io, Cronitor, Uptime Kuma) alerts you when the calls stop, even if this computer is off.</source>
        <translation>Un servicio de monitorización (healthchecks.io, Cronitor, Uptime Kuma) le avisa cuando las llamadas se detienen, aunque este equipo esté apagado.</translation>
    </message>
    <message>
        <source>&amp;Alert when nothing was delivered for:</source>
        <translation>&amp;Avisar cuando no se haya entregado nada durante:</translation>
    </message>
    <message>
        <source>Success &amp;ping URL:</source>
        <translation>URL del &amp;ping de éxito:</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Perfil nuevo</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>✔ Sent: %1</source>
        <translation>✔ Enviado: %1</translation>
    </message>
    <message>
        <source>✖ Not sent: %1</source>
        <translation>✖ No enviado: %1</translation>
    </message>
    <message>
        <source>Enter who the email goes to, or untick email.</source>
        <translation>Escriba a quién va el correo, o desmarque el correo.</translation>
    </message>
    <message>
        <source>Enter the SMTP server, or untick email.</source>
        <translation>Escriba el servidor SMTP, o desmarque el correo.</translation>
    </message>
    <message>
        <source>Enter the sender&apos;s address (From), or untick email.</source>
        <translation>Escriba la dirección del remitente (De), o desmarque el correo.</translation>
    </message>
</context>
<context>
    <name>rb::NotificationsPage</name>
    <message>
        <source>Who hears about problems</source>
        <translation>Quién se entera de los problemas</translation>
    </message>
    <message>
        <source>A failed or held sync, or no delivery for several school days, can reach someone by email or a webhook. Send a test before you finish.</source>
        <translation>Una sincronización fallida o retenida, o varios días lectivos sin entrega, pueden avisar a alguien por correo o webhook. Envíe una prueba antes de terminar.</translation>
    </message>
</context>
<context>
    <name>rb::NotifyCommand</name>
    <message>
        <source>notify test: sends a test message through every channel a profile alerts on (email, webhook) and prints each server&apos;s answer. The SMTP password comes from the keychain or ROSTERBRIDGE_SMTP_PASSWORD.</source>
        <translation>notify test: envía un mensaje de prueba por cada canal de avisos del perfil (correo, webhook) y muestra la respuesta de cada servidor. La contraseña SMTP se toma del llavero o de ROSTERBRIDGE_SMTP_PASSWORD.</translation>
    </message>
    <message>
        <source>The only action: test.</source>
        <translation>La única acción: test.</translation>
    </message>
    <message>
        <source>The profile&apos;s name or id.</source>
        <translation>El nombre o el id del perfil.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>notify needs: notify test --profile NAME</source>
        <translation>notify necesita: notify test --profile NOMBRE</translation>
    </message>
    <message>
        <source>No single profile is named or has the id &quot;%1&quot; in %2.</source>
        <translation>No hay exactamente un perfil con el nombre o el id &quot;%1&quot; en %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; sends no alerts: set an email address or a webhook in its notifications first.</source>
        <translation>&quot;%1&quot; no envía avisos: indique primero una dirección de correo o un webhook en sus notificaciones.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ERROR</translation>
    </message>
</context>
<context>
    <name>rb::OAuth2TokenProvider</name>
    <message>
        <source>the token endpoint %1 could not be reached: %2</source>
        <translation>no se pudo contactar con el endpoint de token %1: %2</translation>
    </message>
    <message>
        <source>the token endpoint %1 answered HTTP %2</source>
        <translation>el endpoint de token %1 respondió HTTP %2</translation>
    </message>
    <message>
        <source>the token endpoint %1 answered HTTP %2: %3</source>
        <translation>el endpoint de token %1 respondió HTTP %2: %3</translation>
    </message>
    <message>
        <source>the token endpoint %1 answered HTTP %2 but not with JSON (%3)</source>
        <translation>el endpoint de token %1 respondió HTTP %2, pero no con JSON (%3)</translation>
    </message>
    <message>
        <source>the token endpoint %1 answered HTTP %2 without an access_token</source>
        <translation>el endpoint de token %1 respondió HTTP %2 sin un access_token</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>the token endpoint: %1</source>
        <translation>el punto de obtención de tokens: %1</translation>
    </message>
    <message>
        <source>the token endpoint %1 answered with more than %2 bytes; RosterBridge stopped reading it</source>
        <translation>el punto de obtención de tokens %1 respondió con más de %2 bytes; RosterBridge dejó de leerlo</translation>
    </message>
</context>
<context>
    <name>rb::OneRosterCsvLoader</name>
    <message>
        <source>duplicate sourcedId; it is first used on line %1</source>
        <translation>sourcedId duplicado; se usa por primera vez en la línea %1</translation>
    </message>
    <message>
        <source>the manifest marks this file as a delta, which holds only changes; Apple School Manager needs the complete set every time, so export in bulk mode</source>
        <translation>el manifiesto marca este archivo como delta, que solo contiene cambios; Apple School Manager necesita el conjunto completo cada vez, así que exporte en modo bulk</translation>
    </message>
    <message>
        <source>the manifest lists this file but it is not in the export</source>
        <translation>el manifiesto incluye este archivo, pero no está en la exportación</translation>
    </message>
    <message>
        <source>this file is required but is not in the export</source>
        <translation>este archivo es obligatorio, pero no está en la exportación</translation>
    </message>
    <message>
        <source>the manifest marks this file as absent, but it is present; it is read anyway</source>
        <translation>el manifiesto marca este archivo como absent, pero está presente; se lee de todos modos</translation>
    </message>
    <message>
        <source>no org has the sourcedId &quot;%1&quot;</source>
        <translation>ninguna organización tiene el sourcedId &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the end date is before the start date</source>
        <translation>la fecha de fin es anterior a la fecha de inicio</translation>
    </message>
    <message>
        <source>no course has the sourcedId &quot;%1&quot;</source>
        <translation>ningún curso tiene el sourcedId &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no academic session has the sourcedId &quot;%1&quot;</source>
        <translation>ninguna sesión académica tiene el sourcedId &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role type; use primary or secondary</source>
        <translation>&quot;%1&quot; no es un tipo de rol; use primary o secondary</translation>
    </message>
    <message>
        <source>no org has the sourcedId &quot;%1&quot;; the org is read without its parent</source>
        <translation>ninguna organización tiene el sourcedId &quot;%1&quot;; la organización se lee sin su organización superior</translation>
    </message>
    <message>
        <source>no org has the sourcedId &quot;%1&quot;; the course is skipped</source>
        <translation>ninguna organización tiene el sourcedId &quot;%1&quot;; se omite el curso</translation>
    </message>
    <message>
        <source>%1; the class is skipped</source>
        <translation>%1; se omite la clase</translation>
    </message>
    <message>
        <source>no org has the sourcedId &quot;%1&quot;; the user is read without a primary org</source>
        <translation>ninguna organización tiene el sourcedId &quot;%1&quot;; el usuario se lee sin organización principal</translation>
    </message>
    <message>
        <source>no org has the sourcedId &quot;%1&quot;; the user is read without it</source>
        <translation>ninguna organización tiene el sourcedId &quot;%1&quot;; el usuario se lee sin ella</translation>
    </message>
    <message>
        <source>the user belongs to no org and is not sent unless they teach a class</source>
        <translation>el usuario no pertenece a ninguna organización y no se envía salvo que imparta una clase</translation>
    </message>
    <message>
        <source>no user has the sourcedId &quot;%1&quot;; the role is skipped</source>
        <translation>ningún usuario tiene el sourcedId &quot;%1&quot;; se omite el rol</translation>
    </message>
    <message>
        <source>no org has the sourcedId &quot;%1&quot;; the role is skipped</source>
        <translation>ninguna organización tiene el sourcedId &quot;%1&quot;; se omite el rol</translation>
    </message>
    <message>
        <source>the user &quot;%1&quot; has no role in roles.csv and is not sent</source>
        <translation>el usuario &quot;%1&quot; no tiene ningún rol en roles.csv y no se envía</translation>
    </message>
    <message>
        <source>%1 of %2 rows refer to records that are not in the export, more than the limit of %3 (danglingReferences in the filters): the export looks cut off, so nothing is sent</source>
        <translation>%1 de %2 filas hacen referencia a registros que no están en la exportación, más que el límite de %3 (danglingReferences en los filtros): la exportación parece cortada, así que no se envía nada</translation>
    </message>
    <message>
        <source>no class has the sourcedId &quot;%1&quot;; the enrollment is skipped</source>
        <translation>ninguna clase tiene el sourcedId &quot;%1&quot;; se omite la inscripción</translation>
    </message>
    <message>
        <source>no user has the sourcedId &quot;%1&quot;; the enrollment is skipped</source>
        <translation>ningún usuario tiene el sourcedId &quot;%1&quot;; se omite la inscripción</translation>
    </message>
    <message>
        <source>the export holds more than 4 GiB of text (names, ids, titles), more than RosterBridge can hold; check that it is the district&apos;s export and not something much larger</source>
        <translation>la exportación contiene más de 4 GiB de texto (nombres, identificadores, títulos), más de lo que RosterBridge puede manejar; compruebe que es la exportación del distrito y no algo mucho mayor</translation>
    </message>
</context>
<context>
    <name>rb::OneRosterFile</name>
    <message>
        <source>the row has %1 fields but the header has %2</source>
        <translation>la fila tiene %1 campos, pero el encabezado tiene %2</translation>
    </message>
    <message>
        <source>the file has a header but no data rows</source>
        <translation>el archivo tiene encabezado, pero no filas de datos</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>se requiere un valor</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status; use active or tobedeleted</source>
        <translation>&quot;%1&quot; no es un estado; use active o tobedeleted</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>&quot;%1&quot; no es true ni false</translation>
    </message>
    <message>
        <source>a date is required (YYYY-MM-DD)</source>
        <translation>se requiere una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>&quot;%1&quot; no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>%1 (the row is not sent, so it is skipped)</source>
        <translation>%1 (la fila no se envía, así que se omite)</translation>
    </message>
</context>
<context>
    <name>rb::OneRosterSource</name>
    <message>
        <source>the file or folder does not exist: %1</source>
        <translation>el archivo o la carpeta no existe: %1</translation>
    </message>
    <message>
        <source>this is not a readable zip archive, or it is damaged or truncated (zip error %1)</source>
        <translation>no es un archivo zip legible, o está dañado o truncado (error de zip %1)</translation>
    </message>
    <message>
        <source>files inside folders are ignored; OneRoster files must be at the root of the zip</source>
        <translation>los archivos dentro de carpetas se ignoran; los archivos OneRoster deben estar en la raíz del zip</translation>
    </message>
    <message>
        <source>manifest.csv is missing; the OneRoster version is guessed from the files</source>
        <translation>falta manifest.csv; la versión de OneRoster se deduce de los archivos</translation>
    </message>
    <message>
        <source>the header must be &quot;propertyName,value&quot;</source>
        <translation>el encabezado debe ser &quot;propertyName,value&quot;</translation>
    </message>
    <message>
        <source>unsupported OneRoster version &quot;%1&quot;; 1.1 and 1.2 are supported</source>
        <translation>versión de OneRoster no compatible &quot;%1&quot;; se admiten 1.1 y 1.2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file mode; use bulk, delta or absent</source>
        <translation>&quot;%1&quot; no es un modo de archivo; use bulk, delta o absent</translation>
    </message>
    <message>
        <source>the manifest does not give the OneRoster version; the version is guessed from the files</source>
        <translation>el manifiesto no indica la versión de OneRoster; la versión se deduce de los archivos</translation>
    </message>
    <message>
        <source>%1 is in the export but not listed in the manifest</source>
        <translation>%1 está en la exportación, pero no figura en el manifiesto</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>no se pudo abrir %1: %2</translation>
    </message>
</context>
<context>
    <name>rb::PackageDiffer</name>
    <message>
        <source>%1 of the last delivery could not be read.</source>
        <translation>No se pudo leer %1 de la última entrega.</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>No se pudo leer %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 changed while it was being compared.</source>
        <translation>%1 cambió mientras se comparaba.</translation>
    </message>
</context>
<context>
    <name>rb::PackageLoader</name>
    <message>
        <source>No temporary folder for the preview: %1</source>
        <translation>No hay carpeta temporal para la vista previa: %1</translation>
    </message>
    <message>
        <source>The package cannot be opened.</source>
        <translation>No se puede abrir el paquete.</translation>
    </message>
    <message>
        <source>%1 is not in the package.</source>
        <translation>%1 no está en el paquete.</translation>
    </message>
</context>
<context>
    <name>rb::PersonFieldCheck</name>
    <message>
        <source>%1 has no %2, which the district&apos;s Managed Apple Account format is built from; Apple School Manager would refuse the whole upload (MANAGED_ID_GENERATION_FAILED)</source>
        <translation>%1 no tiene %2, a partir del cual se crea el formato de Cuenta de Apple Administrada del distrito; Apple School Manager rechazaría la carga completa (MANAGED_ID_GENERATION_FAILED)</translation>
    </message>
    <message>
        <source>%1 has the same email address &quot;%2&quot; as %3 (users.csv:%4); federated authentication needs each address once</source>
        <translation>%1 tiene el mismo correo electrónico &quot;%2&quot; que %3 (users.csv:%4); la autenticación federada necesita cada dirección una sola vez</translation>
    </message>
</context>
<context>
    <name>rb::PersonFieldRule</name>
    <message>
        <source>&quot;%1&quot; is not a user field; use one of %2, userIds.TYPE, a template such as {username}@example.org, or leave it blank</source>
        <translation>&quot;%1&quot; no es un campo de usuario; use uno de %2, userIds.TIPO, una plantilla como {username}@example.org, o déjelo vacío</translation>
    </message>
    <message>
        <source>the template has a &quot;}&quot; without its &quot;{&quot;</source>
        <translation>la plantilla tiene una &quot;}&quot; sin su &quot;{&quot;</translation>
    </message>
    <message>
        <source>the template has a &quot;{&quot; without its &quot;}&quot;</source>
        <translation>la plantilla tiene una &quot;{&quot; sin su &quot;}&quot;</translation>
    </message>
    <message>
        <source>{%1} is not a user field; placeholders are %2 and userIds.TYPE</source>
        <translation>{%1} no es un campo de usuario; los marcadores son %2 y userIds.TIPO</translation>
    </message>
</context>
<context>
    <name>rb::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Idioma del sistema (%1)</translation>
    </message>
    <message>
        <source>The new language is used the next time RosterBridge starts.</source>
        <translation>El nuevo idioma se usará la próxima vez que se inicie RosterBridge.</translation>
    </message>
    <message>
        <source>&amp;Debug logging</source>
        <translation>Registro de &amp;depuración</translation>
    </message>
    <message>
        <source>Writes every step in detail to the log file in %1, for support. Passwords, secrets and tokens are never written.</source>
        <translation>Escribe cada paso en detalle en el archivo de registro de %1, para el soporte técnico. Nunca se escriben contraseñas, secretos ni tokens.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Logging:</source>
        <translation>Registro:</translation>
    </message>
</context>
<context>
    <name>rb::PreviewDialog</name>
    <message>
        <source>Review package</source>
        <translation>Revisar paquete</translation>
    </message>
    <message>
        <source>Review package — %1</source>
        <translation>Revisar paquete — %1</translation>
    </message>
    <message>
        <source>Package contents</source>
        <translation>Contenido del paquete</translation>
    </message>
    <message>
        <source>Save zip &amp;as…</source>
        <translation>Guardar zip &amp;como…</translation>
    </message>
    <message>
        <source>Save a copy of the package</source>
        <translation>Guardar una copia del paquete</translation>
    </message>
    <message>
        <source>&amp;Discard package</source>
        <translation>&amp;Descartar paquete</translation>
    </message>
    <message>
        <source>Discard the package</source>
        <translation>Descartar el paquete</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close without deciding</source>
        <translation>Cerrar sin decidir</translation>
    </message>
    <message>
        <source>&amp;Upload to Apple School Manager</source>
        <translation>&amp;Subir a Apple School Manager</translation>
    </message>
    <message>
        <source>Upload the package to Apple School Manager</source>
        <translation>Subir el paquete a Apple School Manager</translation>
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
        <translation>%1 (ilegible)</translation>
    </message>
    <message>
        <source>Findings (…)</source>
        <translation>Hallazgos (…)</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Hallazgos (%1)</translation>
    </message>
    <message>
        <source>Changes (…)</source>
        <translation>Cambios (…)</translation>
    </message>
    <message>
        <source>Changes (all new)</source>
        <translation>Cambios (todo nuevo)</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>Cambios (%1)</translation>
    </message>
    <message>
        <source>Reading the package, checking it against Apple&apos;s rules and comparing it with the last delivery…</source>
        <translation>Leyendo el paquete, comprobándolo con las reglas de Apple y comparándolo con la última entrega…</translation>
    </message>
    <message>
        <source>Available once the package has been checked and compared.</source>
        <translation>Disponible una vez que el paquete se haya comprobado y comparado.</translation>
    </message>
    <message>
        <source>First delivery: everything is new. People to create: %1.</source>
        <translation>Primera entrega: todo es nuevo. Personas por crear: %1.</translation>
    </message>
    <message>
        <source>People to deactivate: %1.</source>
        <translation>Personas por desactivar: %1.</translation>
    </message>
    <message>
        <source>People to create: %1.</source>
        <translation>Personas por crear: %1.</translation>
    </message>
    <message>
        <source>Moving between students and staff: %1.</source>
        <translation>Cambios entre estudiantes y personal: %1.</translation>
    </message>
    <message>
        <source>The comparison is incomplete; see Changes.</source>
        <translation>La comparación está incompleta; consulte Cambios.</translation>
    </message>
    <message>
        <source>The package cannot be opened.</source>
        <translation>No se puede abrir el paquete.</translation>
    </message>
    <message>
        <source>It follows Apple&apos;s rules.</source>
        <translation>Cumple las reglas de Apple.</translation>
    </message>
    <message>
        <source>Upload this package to Apple School Manager?</source>
        <translation>¿Desea subir este paquete a Apple School Manager?</translation>
    </message>
    <message>
        <source>This is the first delivery: everything is new. People to create: %1.</source>
        <translation>Esta es la primera entrega: todo es nuevo. Personas por crear: %1.</translation>
    </message>
    <message>
        <source>People to create: %1. People to deactivate: %2.</source>
        <translation>Personas por crear: %1. Personas por desactivar: %2.</translation>
    </message>
    <message>
        <source>Moving between students.csv and staff.csv: %1.</source>
        <translation>Cambios entre students.csv y staff.csv: %1.</translation>
    </message>
    <message>
        <source>Warning: the comparison with the last delivery is incomplete, so these counts cannot be trusted.</source>
        <translation>Advertencia: la comparación con la última entrega está incompleta, por lo que estos recuentos no son fiables.</translation>
    </message>
    <message>
        <source>Discard this package? It will not be uploaded, and it cannot be approved later. The next run builds a new one.</source>
        <translation>¿Desea descartar este paquete? No se subirá y no podrá aprobarse más adelante. La próxima ejecución creará uno nuevo.</translation>
    </message>
    <message>
        <source>Upload to Apple School Manager</source>
        <translation>Subir a Apple School Manager</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Discard package</source>
        <translation>Descartar paquete</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Save zip as</source>
        <translation>Guardar zip como</translation>
    </message>
    <message>
        <source>The package cannot be copied to %1: %2</source>
        <translation>No se puede copiar el paquete en %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation>No se puede reemplazar %1.</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archivos zip (*.zip)</translation>
    </message>
    <message>
        <source>Errors against Apple&apos;s rules: %1. It cannot be uploaded.</source>
        <translation>Errores frente a las reglas de Apple: %1. No se puede subir.</translation>
    </message>
    <message>
        <source>This package breaks Apple&apos;s rules, so it cannot be uploaded. Fix the problems listed under Findings in the SIS or in the profile, then run again.</source>
        <translation>Este paquete incumple las reglas de Apple, así que no se puede subir. Corrija los problemas de la pestaña Hallazgos en el SIS o en el perfil y vuelva a ejecutar.</translation>
    </message>
    <message>
        <source>Send additions and updates, &amp;keep removals</source>
        <translation>Enviar altas y cambios, re&amp;tener las bajas</translation>
    </message>
    <message>
        <source>Send the additions and updates, keep the removals for later</source>
        <translation>Enviar las altas y los cambios, retener las bajas para más tarde</translation>
    </message>
    <message>
        <source>Sends the rows this package adds and changes to Apple School Manager now. The rows it would remove are sent as they were last delivered, so nobody is deactivated yet; the package stays held for review until you upload or discard it.</source>
        <translation>Envía ahora a Apple School Manager las filas que este paquete añade y cambia. Las filas que quitaría se envían tal como se entregaron la última vez, así que nadie se desactiva todavía; el paquete sigue retenido para revisión hasta que lo suba o lo descarte.</translation>
    </message>
    <message>
        <source>Send the additions and updates of this package to Apple School Manager, and keep its removals for later?</source>
        <translation>¿Enviar a Apple School Manager las altas y los cambios de este paquete, y retener sus bajas para más tarde?</translation>
    </message>
    <message>
        <source>People to create: %1. Nobody is deactivated: the %2 people this package would deactivate are sent as last delivered.</source>
        <translation>Personas que se crearán: %1. No se desactiva a nadie: las %2 personas que este paquete desactivaría se envían como en la última entrega.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s) kept as last delivered</source>
        <translation>
            <numerusform>%1: %Ln fila conservada como en la última entrega</numerusform>
            <numerusform>%1: %Ln filas conservadas como en la última entrega</numerusform>
        </translation>
    </message>
    <message>
        <source>The package stays held for review with its removals: upload it later to send them too, or discard it. Until then each run that would remove the same rows is held again.</source>
        <translation>El paquete sigue retenido para revisión con sus bajas: súbalo más tarde para enviarlas también, o descártelo. Hasta entonces, cada ejecución que quitaría las mismas filas se retiene de nuevo.</translation>
    </message>
    <message>
        <source>Send additions and updates</source>
        <translation>Enviar altas y cambios</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
</context>
<context>
    <name>rb::PreviewHeader</name>
    <message>
        <source>Package for Apple School Manager</source>
        <translation>Paquete para Apple School Manager</translation>
    </message>
    <message>
        <source>Package: %1</source>
        <translation>Paquete: %1</translation>
    </message>
    <message>
        <source>Held for review:</source>
        <translation>Retenido para revisión:</translation>
    </message>
    <message>
        <source>Why the package was held</source>
        <translation>Por qué se retuvo el paquete</translation>
    </message>
    <message>
        <source>What the upload will do</source>
        <translation>Qué hará la carga</translation>
    </message>
    <message>
        <source>Package of run %1, sha256 %2</source>
        <translation>Paquete de la ejecución %1, sha256 %2</translation>
    </message>
    <message>
        <source>Blocked:</source>
        <translation>Bloqueado:</translation>
    </message>
</context>
<context>
    <name>rb::PreviousDelivery</name>
    <message>
        <source>the previous delivery could not be read, so removals cannot be checked</source>
        <translation>no se pudo leer la entrega anterior, por lo que no se pueden comprobar las eliminaciones</translation>
    </message>
    <message>
        <source>the last delivery could not be read back from the history, so removals cannot be checked</source>
        <translation>no se pudo volver a leer la última entrega desde el historial, por lo que no se pueden comprobar las eliminaciones</translation>
    </message>
</context>
<context>
    <name>rb::Profile</name>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a source; use csv, rest or sftp-csv</source>
        <translation>&quot;%1&quot; no es un origen; use csv, rest o sftp-csv</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a destination; use asm-sftp or folder</source>
        <translation>&quot;%1&quot; no es un destino; use asm-sftp o folder</translation>
    </message>
    <message>
        <source>must be an http or https address</source>
        <translation>debe ser una dirección http o https</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>&quot;%1&quot; no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>the profile was written by a newer RosterBridge (schema version %1; this one reads up to %2)</source>
        <translation>el perfil lo escribió una versión más reciente de RosterBridge (versión de esquema %1; esta versión lee hasta la %2)</translation>
    </message>
    <message>
        <source>migrated from schema version %1 to %2</source>
        <translation>migrado de la versión de esquema %1 a la %2</translation>
    </message>
    <message>
        <source>must be a UUID</source>
        <translation>debe ser un UUID</translation>
    </message>
    <message>
        <source>role rules left at the old default now send these roles to staff.csv: %1</source>
        <translation>las reglas de rol que seguían con el valor predeterminado anterior ahora envían estos roles a staff.csv: %1</translation>
    </message>
</context>
<context>
    <name>rb::ProfileCommand</name>
    <message>
        <source>, run by hand</source>
        <translation>, ejecución manual</translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation> (en pausa)</translation>
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
        <translation>Enumera, exporta, importa y elimina perfiles, y guarda sus secretos en el llavero del sistema. Un perfil exportado no contiene ningún secreto; después de importarlo, hay que volver a introducir los secretos que necesita con `profile secret`.

  profile list [--json]
  profile export NOMBRE -o ARCHIVO
  profile import ARCHIVO
  profile remove NOMBRE                    el perfil y sus secretos del llavero
  profile pause NOMBRE | resume NOMBRE     detiene o reanuda sus ejecuciones programadas
  profile secret NOMBRE NOMBRE-SECRETO     guarda el valor leído de la entrada estándar
  profile secret NOMBRE NOMBRE-SECRETO --remove

NOMBRE es el nombre o el id de un perfil.</translation>
    </message>
    <message>
        <source>list, export, import, remove, pause, resume or secret</source>
        <translation>list, export, import, remove, pause, resume o secret</translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list: muestra la salida en JSON.</translation>
    </message>
    <message>
        <source>export: the file to write.</source>
        <translation>export: el archivo que se escribirá.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>secret: delete the secret instead of storing one.</source>
        <translation>secret: elimina el secreto en lugar de guardar uno.</translation>
    </message>
    <message>
        <source>profile needs an action: list, export NAME -o FILE, import FILE, remove NAME pause NAME, resume NAME or secret NAME SECRET-NAME.</source>
        <translation>profile necesita una acción: list, export NOMBRE -o ARCHIVO, import ARCHIVO, remove NOMBRE, pause NOMBRE, resume NOMBRE o secret NOMBRE NOMBRE-SECRETO.</translation>
    </message>
    <message>
        <source>%1 could not be read; it was left as it is</source>
        <translation>no se pudo leer %1; se dejó tal como estaba</translation>
    </message>
    <message>
        <source>export needs a profile name or id and -o FILE.</source>
        <translation>export necesita el nombre o el id de un perfil y -o ARCHIVO.</translation>
    </message>
    <message>
        <source>No single profile is named or has the id &quot;%1&quot;.</source>
        <translation>No hay exactamente un perfil con el nombre o el id &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Exported &quot;%1&quot; to %2 (without secrets).</source>
        <translation>Se exportó &quot;%1&quot; a %2 (sin secretos).</translation>
    </message>
    <message>
        <source>import needs the file to read.</source>
        <translation>import necesita el archivo que se leerá.</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; as %2.</source>
        <translation>Se importó &quot;%1&quot; como %2.</translation>
    </message>
    <message>
        <source>Enter these secrets before it runs: %1</source>
        <translation>Introduzca estos secretos antes de que se ejecute: %1</translation>
    </message>
    <message>
        <source>%1 needs a profile name or id.</source>
        <translation>%1 necesita el nombre o el id de un perfil.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is paused: it runs only when started by hand.</source>
        <translation>&quot;%1&quot; está en pausa: solo se ejecuta cuando se inicia manualmente.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; runs on its schedule again: %2</source>
        <translation>&quot;%1&quot; vuelve a ejecutarse según su programación: %2</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use list, export, import, remove, pause, resume or secret.</source>
        <translation>Acción desconocida &quot;%1&quot;: use list, export, import, remove, pause, resume o secret.</translation>
    </message>
</context>
<context>
    <name>rb::ProfileRunLock</name>
    <message>
        <source>Another RosterBridge process (%1 on %2) is working with this profile, perhaps with another data folder; nothing was done. Wait for it to finish, or stop it first.</source>
        <translation>Otro proceso de RosterBridge (%1 en %2) está trabajando con este perfil, quizá con otra carpeta de datos; no se hizo nada. Espere a que termine o deténgalo primero.</translation>
    </message>
    <message>
        <source>The profile&apos;s lock file could not be written beside the profile; nothing was done.</source>
        <translation>No se pudo escribir el archivo de bloqueo junto al perfil; no se hizo nada.</translation>
    </message>
</context>
<context>
    <name>rb::ProfileSaver</name>
    <message>
        <source>No keychain is available to keep the passwords in, so the profile was not saved.</source>
        <translation>No hay ningún llavero disponible para guardar las contraseñas, por lo que no se guardó el perfil.</translation>
    </message>
    <message>
        <source>The passwords could not be stored in the keychain, so the profile was not saved: %1</source>
        <translation>No se pudieron guardar las contraseñas en el llavero, por lo que no se guardó el perfil: %1</translation>
    </message>
</context>
<context>
    <name>rb::ProfileSecretsCommand</name>
    <message>
        <source>Unattended runs can take this secret from the environment variable %1 instead.</source>
        <translation>Las ejecuciones desatendidas pueden tomar este secreto de la variable de entorno %1 en su lugar.</translation>
    </message>
    <message>
        <source>secret needs a profile name or id and the secret&apos;s name, such as: profile secret &quot;North District&quot; asmPassword &lt; password.txt</source>
        <translation>secret necesita el nombre o el id de un perfil y el nombre del secreto, por ejemplo: profile secret &quot;Distrito Norte&quot; asmPassword &lt; password.txt</translation>
    </message>
    <message>
        <source>No single profile is named or has the id &quot;%1&quot;.</source>
        <translation>No hay exactamente un perfil con el nombre o el id &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs no secret with its current settings.</source>
        <translation>&quot;%1&quot; no necesita ningún secreto con su configuración actual.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a secret of &quot;%2&quot;; use one of: %3.</source>
        <translation>&quot;%1&quot; no es un secreto de &quot;%2&quot;; use uno de estos: %3.</translation>
    </message>
    <message>
        <source>The value of %1 is read from standard input, which was empty; nothing was stored.</source>
        <translation>El valor de %1 se lee de la entrada estándar, que estaba vacía; no se guardó nada.</translation>
    </message>
    <message>
        <source>Removed %1 of &quot;%2&quot; from the system keychain.</source>
        <translation>Se eliminó %1 de &quot;%2&quot; del llavero del sistema.</translation>
    </message>
    <message>
        <source>Stored %1 for &quot;%2&quot; in the system keychain.</source>
        <translation>Se guardó %1 de &quot;%2&quot; en el llavero del sistema.</translation>
    </message>
    <message>
        <source>remove needs the profile&apos;s name or id.</source>
        <translation>remove necesita el nombre o el id del perfil.</translation>
    </message>
    <message>
        <source>Removed the profile &quot;%1&quot; (%2).</source>
        <translation>Se eliminó el perfil &quot;%1&quot; (%2).</translation>
    </message>
    <message>
        <source>Warning: its secrets were left in the system keychain (%1). Remove them later with: rosterbridge profile secret %2 NAME --remove</source>
        <translation>Advertencia: sus secretos se dejaron en el llavero del sistema (%1). Elimínelos más adelante con: rosterbridge profile secret %2 NOMBRE-SECRETO --remove</translation>
    </message>
    <message numerus="yes">
        <source>Removed the profile &quot;%1&quot; (%2) and %n secret(s) from the system keychain.</source>
        <translation>
            <numerusform>Se eliminaron el perfil &quot;%1&quot; (%2) y %n secreto del llavero del sistema.</numerusform>
            <numerusform>Se eliminaron el perfil &quot;%1&quot; (%2) y %n secretos del llavero del sistema.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::ProfileSettingsDialog</name>
    <message>
        <source>Save request and response data in the history</source>
        <translation>Guardar los datos de solicitudes y respuestas en el historial</translation>
    </message>
    <message>
        <source>Settings of %1</source>
        <translation>Configuración de %1</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Keep the run history for</source>
        <translation>Conservar el historial de ejecuciones durante</translation>
    </message>
    <message>
        <source>&amp;Keep run history for:</source>
        <translation>&amp;Conservar el historial de ejecuciones durante:</translation>
    </message>
    <message>
        <source>Password fields are empty on purpose: leave them empty to keep what the keychain holds, or type a new one to replace it.</source>
        <translation>Los campos de contraseña están vacíos a propósito: déjelos vacíos para conservar lo que contiene el llavero o escriba una nueva contraseña para reemplazarla.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>SIS</source>
        <translation>SIS</translation>
    </message>
    <message>
        <source>SIS export</source>
        <translation>Exportación del SIS</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>&amp;List the schools and roles from the SIS</source>
        <translation>&amp;Listar las escuelas y los roles del SIS</translation>
    </message>
</context>
<context>
    <name>rb::ProfileState</name>
    <message>
        <source>%1 could not be read (%2), so it is not known what this profile delivered last.</source>
        <translation>No se pudo leer %1 (%2), así que no se sabe qué entregó este perfil por última vez.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>No se pudo eliminar %1: %2</translation>
    </message>
</context>
<context>
    <name>rb::ProfileStatus</name>
    <message>
        <source>Running: %1</source>
        <translation>En ejecución: %1</translation>
    </message>
    <message>
        <source> (%1 of %2 %3)</source>
        <translation> (%1 de %2 %3)</translation>
    </message>
    <message>
        <source> (%1 %2)</source>
        <translation> (%1 %2)</translation>
    </message>
    <message>
        <source>Waiting for another run to finish</source>
        <translation>Esperando a que termine otra ejecución</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falló: %1</translation>
    </message>
    <message>
        <source>Held for review: nothing was sent</source>
        <translation>Retenido para revisión: no se envió nada</translation>
    </message>
    <message>
        <source>Dry run ready to review</source>
        <translation>Ejecución de prueba lista para revisar</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>Aún no se ha ejecutado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Held for review</source>
        <translation>Retenido para revisión</translation>
    </message>
    <message>
        <source>Dry run finished</source>
        <translation>Ejecución de prueba terminada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Interrupted (the app was closed during the run)</source>
        <translation>Interrumpido (la aplicación se cerró durante la ejecución)</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message numerus="yes">
        <source>Blocked: %n problem(s) with Apple&apos;s rules</source>
        <translation>
            <numerusform>Bloqueado: %n problema con las reglas de Apple</numerusform>
            <numerusform>Bloqueado: %n problemas con las reglas de Apple</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::ProfileStore</name>
    <message>
        <source>could not be read: %1</source>
        <translation>no se pudo leer: %1</translation>
    </message>
    <message>
        <source>is not valid JSON: %1 at byte %2</source>
        <translation>no es JSON válido: %1 en el byte %2</translation>
    </message>
    <message>
        <source>must hold a JSON object</source>
        <translation>debe contener un objeto JSON</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>no se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>the profile has no id</source>
        <translation>el perfil no tiene id</translation>
    </message>
    <message>
        <source>the folder %1 could not be created</source>
        <translation>no se pudo crear la carpeta %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no schedule to pause or resume.</source>
        <translation>&quot;%1&quot; no tiene ninguna programación que pausar o reanudar.</translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>no se pudo eliminar %1: %2</translation>
    </message>
</context>
<context>
    <name>rb::ProfileSummary</name>
    <message>
        <source>%1 as %2</source>
        <translation>%1 como %2</translation>
    </message>
    <message>
        <source>%1 OneRoster %2 API at %3</source>
        <translation>API OneRoster %2 de %1 en %3</translation>
    </message>
    <message>
        <source>OneRoster CSV export %1 on %2</source>
        <translation>Exportación CSV de OneRoster %1 en %2</translation>
    </message>
    <message>
        <source>OneRoster CSV exports dropped into %1 (watched)</source>
        <translation>Exportaciones CSV de OneRoster depositadas en %1 (carpeta supervisada)</translation>
    </message>
    <message>
        <source>OneRoster CSV export %1</source>
        <translation>Exportación CSV de OneRoster %1</translation>
    </message>
    <message>
        <source>Zip written to the folder %1</source>
        <translation>Zip escrito en la carpeta %1</translation>
    </message>
    <message>
        <source>Apple School Manager SFTP, %1; host key %2</source>
        <translation>SFTP de Apple School Manager, %1; clave de host %2</translation>
    </message>
    <message>
        <source>not pinned yet</source>
        <translation>aún no fijada</translation>
    </message>
    <message>
        <source>every school</source>
        <translation>todas las escuelas</translation>
    </message>
    <message>
        <source>chosen schools: %1</source>
        <translation>escuelas elegidas: %1</translation>
    </message>
    <message>
        <source>active students only</source>
        <translation>solo estudiantes activos</translation>
    </message>
    <message>
        <source>active teachers only</source>
        <translation>solo docentes activos</translation>
    </message>
    <message>
        <source>current terms only</source>
        <translation>solo períodos actuales</translation>
    </message>
    <message>
        <source>Only when run by hand</source>
        <translation>Solo cuando se ejecuta manualmente</translation>
    </message>
    <message>
        <source>email to %1</source>
        <translation>correo electrónico a %1</translation>
    </message>
    <message>
        <source>webhook</source>
        <translation>webhook</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Roster from</source>
        <translation>Origen de los datos</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Delivered to</source>
        <translation>Entregado a</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>a run that removes more than %1% or %2 students (and similar limits for the other files) waits for your approval</source>
        <translation>una ejecución que elimine más del %1% o más de %2 estudiantes (y límites similares para los demás archivos) espera su aprobación</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
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
        <translation>hace un momento</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>hoy a las %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>ayer a las %1</translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation>mañana a las %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>manualmente</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Última ejecución</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Próxima ejecución</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <source>Last delivered</source>
        <translation>Última entrega</translation>
    </message>
    <message>
        <source>%1 · %2 here</source>
        <translation>%1 · %2 aquí</translation>
    </message>
</context>
<context>
    <name>rb::RemovalGroups</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>rb::RemoveUserDataCommand</name>
    <message>
        <source>settings, and the keychain&apos;s index of secret names</source>
        <translation>la configuración y el índice de nombres de secretos del llavero</translation>
    </message>
    <message>
        <source>profiles</source>
        <translation>perfiles</translation>
    </message>
    <message>
        <source>run history, packages held for review, logs</source>
        <translation>historial de ejecuciones, paquetes retenidos para revisión, registros</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s): %1</source>
        <translation>
            <numerusform>%n perfil: %1</numerusform>
            <numerusform>%n perfiles: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n profile file(s) that could not be read</source>
        <translation>
            <numerusform>%n archivo de perfil que no se pudo leer</numerusform>
            <numerusform>%n archivos de perfil que no se pudieron leer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) in the system keychain</source>
        <translation>
            <numerusform>%n secreto en el llavero del sistema</numerusform>
            <numerusform>%n secretos en el llavero del sistema</numerusform>
        </translation>
    </message>
    <message>
        <source>the &quot;Start RosterBridge when I log in&quot; entry (%1)</source>
        <translation>la entrada &quot;Abrir RosterBridge al iniciar sesión&quot; (%1)</translation>
    </message>
    <message>
        <source>Removes everything RosterBridge keeps for this user: the profiles&apos; secrets in the system keychain, the settings folder with the profiles, and the data folder with the run history, the packages held for review and the logs; with the default folders, also the &quot;Start RosterBridge when I log in&quot; entry. Without --yes it lists what it would remove, removes nothing and exits with 2. Folders given with --profiles-dir, --config-dir and --data-dir are removed whole.

RosterBridge must not be running (the app, or serve) with these folders. When the keychain cannot be reached, everything else is removed and the index of the secret names is kept, so that running the command again later removes the secrets too.</source>
        <translation>Elimina todo lo que RosterBridge guarda para este usuario: los secretos de los perfiles en el llavero del sistema, la carpeta de configuración con los perfiles y la carpeta de datos con el historial de ejecuciones, los paquetes retenidos para revisión y los registros; con las carpetas predeterminadas, también la entrada &quot;Abrir RosterBridge al iniciar sesión&quot;. Sin --yes, enumera lo que eliminaría, no elimina nada y termina con el código 2. Las carpetas indicadas con --profiles-dir, --config-dir y --data-dir se eliminan por completo.

RosterBridge no debe estar en ejecución (la aplicación o serve) con estas carpetas. Si no se puede acceder al llavero, se elimina todo lo demás y se conserva el índice de nombres de secretos, de modo que, al volver a ejecutar el comando más adelante, también se eliminen los secretos.</translation>
    </message>
    <message>
        <source>Remove it all, without asking.</source>
        <translation>Eliminarlo todo, sin preguntar.</translation>
    </message>
    <message>
        <source>remove-user-data takes no arguments, only options.</source>
        <translation>remove-user-data no acepta argumentos, solo opciones.</translation>
    </message>
    <message>
        <source>%1 holds more than RosterBridge&apos;s files (it is the home folder or above it); nothing was removed.</source>
        <translation>%1 contiene más que los archivos de RosterBridge (es la carpeta personal o está por encima de ella); no se eliminó nada.</translation>
    </message>
    <message>
        <source>RosterBridge keeps nothing for this user in these folders; there is nothing to remove.</source>
        <translation>RosterBridge no guarda nada para este usuario en estas carpetas; no hay nada que eliminar.</translation>
    </message>
    <message>
        <source>remove-user-data would remove:</source>
        <translation>remove-user-data eliminaría:</translation>
    </message>
    <message>
        <source>Nothing was removed. Run again with --yes to remove all of it.</source>
        <translation>No se eliminó nada. Vuelva a ejecutarlo con --yes para eliminarlo todo.</translation>
    </message>
    <message>
        <source>RosterBridge is running (process %1) with these folders: quit the app or stop serve first. Nothing was removed.</source>
        <translation>RosterBridge se está ejecutando (proceso %1) con estas carpetas: primero cierre la aplicación o detenga serve. No se eliminó nada.</translation>
    </message>
    <message>
        <source>%1 cannot be written to; nothing was removed.</source>
        <translation>No se puede escribir en %1; no se eliminó nada.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n secret(s) from the system keychain.</source>
        <translation>
            <numerusform>Se eliminó %n secreto del llavero del sistema.</numerusform>
            <numerusform>Se eliminaron %n secretos del llavero del sistema.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) could not be removed from the system keychain; their names are kept in %1, so running remove-user-data --yes again when the keychain is available removes them.</source>
        <translation>
            <numerusform>No se pudo eliminar %n secreto del llavero del sistema; su nombre se conserva en %1, de modo que, si vuelve a ejecutar remove-user-data --yes cuando el llavero esté disponible, se eliminará.</numerusform>
            <numerusform>No se pudieron eliminar %n secretos del llavero del sistema; sus nombres se conservan en %1, de modo que, si vuelve a ejecutar remove-user-data --yes cuando el llavero esté disponible, se eliminarán.</numerusform>
        </translation>
    </message>
    <message>
        <source>Turned off starting RosterBridge at login.</source>
        <translation>Se desactivó el inicio de RosterBridge al iniciar sesión.</translation>
    </message>
    <message>
        <source>%1 could not be removed completely.</source>
        <translation>No se pudo eliminar %1 por completo.</translation>
    </message>
    <message>
        <source>Removed everything in %1 but the secrets&apos; names.</source>
        <translation>Se eliminó todo el contenido de %1 excepto los nombres de los secretos.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Se eliminó %1.</translation>
    </message>
    <message>
        <source>the service that runs syncs with nobody logged in (%1)</source>
        <translation>el servicio que sincroniza sin nadie conectado (%1)</translation>
    </message>
    <message>
        <source>The service still runs; nothing was removed.</source>
        <translation>El servicio sigue en marcha; no se ha eliminado nada.</translation>
    </message>
    <message>
        <source>Stopped and removed the service.</source>
        <translation>Servicio detenido y eliminado.</translation>
    </message>
</context>
<context>
    <name>rb::RestCommand</name>
    <message>
        <source>Tests the connection to a OneRoster SIS layer by layer: name lookup, TLS, the token endpoint, the scope, and a first page of /orgs.</source>
        <translation>Prueba la conexión con un SIS OneRoster capa por capa: resolución de nombres, TLS, el endpoint del token, el alcance y una primera página de /orgs.</translation>
    </message>
    <message>
        <source>The SIS source settings (JSON; see docs/rest-source.md).</source>
        <translation>La configuración del origen SIS (JSON; consulte docs/rest-source.md).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>test-connection needs --source FILE.</source>
        <translation>test-connection necesita --source ARCHIVO.</translation>
    </message>
    <message>
        <source>The SIS client secret is not set; put it in the environment variable %1.</source>
        <translation>El secreto de cliente del SIS no está definido; póngalo en la variable de entorno %1.</translation>
    </message>
</context>
<context>
    <name>rb::RestCsvExport</name>
    <message>
        <source>the folder %1 could not be created</source>
        <translation>no se pudo crear la carpeta %1</translation>
    </message>
    <message>
        <source>the old manifest.csv in %1 could not be removed</source>
        <translation>no se pudo eliminar el antiguo manifest.csv de %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>no se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>no file is open for %1</source>
        <translation>no hay ningún archivo abierto para %1</translation>
    </message>
    <message>
        <source>record %1 (sourcedId &quot;%2&quot;): %3</source>
        <translation>registro %1 (sourcedId &quot;%2&quot;): %3</translation>
    </message>
</context>
<context>
    <name>rb::RestFetcher</name>
    <message>
        <source>the CA certificate file %1 could not be read: %2</source>
        <translation>no se pudo leer el archivo de certificado de CA %1: %2</translation>
    </message>
    <message>
        <source>the file %1 holds no PEM or DER certificate</source>
        <translation>el archivo %1 no contiene ningún certificado PEM ni DER</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>sin respuesta en %1 ms</translation>
    </message>
    <message>
        <source>the TLS connection failed: %1</source>
        <translation>falló la conexión TLS: %1</translation>
    </message>
    <message>
        <source>the answer was cut off after %1 of %2 bytes</source>
        <translation>la respuesta se cortó después de %1 de %2 bytes</translation>
    </message>
    <message>
        <source>the server asked to wait %1 s before trying again (%2), longer than RosterBridge waits</source>
        <translation>el servidor pidió esperar %1 s antes de volver a intentarlo (%2), más de lo que RosterBridge espera</translation>
    </message>
    <message numerus="yes">
        <source>gave up after %n attempt(s); the last answer was %1</source>
        <translation>
            <numerusform>se abandonó después de %n intento; la última respuesta fue %1</numerusform>
            <numerusform>se abandonó después de %n intentos; la última respuesta fue %1</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>the answer from %1 is larger than the %2 bytes RosterBridge accepts; it stopped reading it</source>
        <translation>la respuesta de %1 supera los %2 bytes que RosterBridge acepta; dejó de leerla</translation>
    </message>
</context>
<context>
    <name>rb::RestRecordConverter</name>
    <message>
        <source>%1: a reference has no sourcedId</source>
        <translation>%1: una referencia no tiene sourcedId</translation>
    </message>
</context>
<context>
    <name>rb::RestSource</name>
    <message>
        <source>the client secret is missing</source>
        <translation>falta el secreto de cliente</translation>
    </message>
    <message>
        <source>the run was cancelled</source>
        <translation>la ejecución se canceló</translation>
    </message>
</context>
<context>
    <name>rb::RestSourceSettings</name>
    <message>
        <source>&quot;%1&quot; is not a OneRoster version; use 1.1 or 1.2</source>
        <translation>&quot;%1&quot; no es una versión de OneRoster; use 1.1 o 1.2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an authentication type; use oauth2, oauth1 or none</source>
        <translation>&quot;%1&quot; no es un tipo de autenticación; use oauth2, oauth1 o none</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a signature method; use HMAC-SHA256 or HMAC-SHA1</source>
        <translation>&quot;%1&quot; no es un método de firma; use HMAC-SHA256 o HMAC-SHA1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a client authentication; use basic or body</source>
        <translation>&quot;%1&quot; no es una autenticación de cliente; use basic o body</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https URL</source>
        <translation>&quot;%1&quot; no es una URL http o https</translation>
    </message>
    <message>
        <source>the OneRoster API URL is required</source>
        <translation>la URL de la API de OneRoster es obligatoria</translation>
    </message>
    <message>
        <source>the client ID is required</source>
        <translation>el ID de cliente es obligatorio</translation>
    </message>
    <message>
        <source>the token URL is required; the SIS vendor or the district&apos;s SIS administrator can give it</source>
        <translation>la URL del token es obligatoria; el proveedor del SIS o el administrador del SIS del distrito pueden proporcionarla</translation>
    </message>
    <message>
        <source>OneRoster 1.2 uses OAuth 2 only; OAuth 1 signing is kept for servers that still accept it</source>
        <translation>OneRoster 1.2 solo usa OAuth 2; la firma OAuth 1 se mantiene para los servidores que aún la aceptan</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>debe ser al menos 1</translation>
    </message>
    <message>
        <source>%1 is not encrypted (http://): the client secret and the student data would travel in the clear; use https://, or set &quot;allowUnencryptedHttp&quot;: true to accept that</source>
        <translation>%1 no está cifrado (http://): el secreto de cliente y los datos de los alumnos viajarían sin cifrar; use https://, o ponga &quot;allowUnencryptedHttp&quot;: true para aceptarlo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known vendor preset; use one of: %2</source>
        <translation>«%1» no es un perfil de proveedor conocido; use uno de: %2</translation>
    </message>
</context>
<context>
    <name>rb::RestTestPanel</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Probando la conexión</translation>
    </message>
    <message>
        <source>Connection test results</source>
        <translation>Resultados de la prueba de conexión</translation>
    </message>
    <message>
        <source>Testing the connection to %1...</source>
        <translation>Probando la conexión con %1...</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Falló la prueba &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Connected: %1.</source>
        <translation>Conectado: %1.</translation>
    </message>
    <message>
        <source>The connection test failed.</source>
        <translation>La prueba de conexión falló.</translation>
    </message>
</context>
<context>
    <name>rb::ReviewLauncher</name>
    <message>
        <source>There is no package waiting for review.</source>
        <translation>No hay ningún paquete pendiente de revisión.</translation>
    </message>
    <message>
        <source>%1 — held for review</source>
        <translation>%1 — retenido para revisión</translation>
    </message>
    <message>
        <source>%1 — dry run</source>
        <translation>%1 — ejecución de prueba</translation>
    </message>
    <message>
        <source>A newer package (run %1) has replaced this one while it was open, so this one can no longer be uploaded. Close this window and review the new package.</source>
        <translation>Un paquete más reciente (ejecución %1) ha sustituido a este mientras estaba abierto, así que este ya no se puede subir. Cierre esta ventana y revise el nuevo paquete.</translation>
    </message>
    <message>
        <source>This package is no longer waiting for review (it was uploaded or discarded elsewhere), so it can no longer be uploaded.</source>
        <translation>Este paquete ya no espera revisión (se subió o se descartó en otro lugar), así que ya no se puede subir.</translation>
    </message>
    <message>
        <source>The package waiting for review could not be read; run the profile again.</source>
        <translation>No se pudo leer el paquete que espera revisión; vuelva a ejecutar el perfil.</translation>
    </message>
    <message>
        <source>%1 — blocked by Apple&apos;s rules</source>
        <translation>%1 — bloqueado por las reglas de Apple</translation>
    </message>
    <message numerus="yes">
        <source>Blocked by Apple&apos;s rules: %n problem(s). Nothing was sent, and this package can never be uploaded.</source>
        <translation>
            <numerusform>Bloqueado por las reglas de Apple: %n problema. No se envió nada y este paquete no se podrá subir nunca.</numerusform>
            <numerusform>Bloqueado por las reglas de Apple: %n problemas. No se envió nada y este paquete no se podrá subir nunca.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::ReviewPackage</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>The package could not be kept for review in %1: %2</source>
        <translation>No se pudo conservar el paquete para revisión en %1: %2</translation>
    </message>
    <message>
        <source>The package kept for review (%1) is damaged or incomplete; run the profile again to make a new one.</source>
        <translation>El paquete conservado para revisión (%1) está dañado o incompleto; vuelva a ejecutar el perfil para crear uno nuevo.</translation>
    </message>
    <message>
        <source>%1 could not be removed: %2</source>
        <translation>No se pudo eliminar %1: %2</translation>
    </message>
</context>
<context>
    <name>rb::RoleResolver</name>
    <message numerus="yes">
        <source>%n user(s) have the role &quot;%1&quot;, which has no rule; choose Staff or Leave out for it in the profile&apos;s roles, or add &quot;%1&quot;: &quot;staff&quot; or &quot;exclude&quot; to the filters&apos; roleRules</source>
        <translation>
            <numerusform>%n usuario tiene el rol &quot;%1&quot;, que no tiene regla; elija Personal o Excluir en los roles del perfil, o añada &quot;%1&quot;: &quot;staff&quot; o &quot;exclude&quot; a roleRules de los filtros</numerusform>
            <numerusform>%n usuarios tienen el rol &quot;%1&quot;, que no tiene regla; elija Personal o Excluir en los roles del perfil, o añada &quot;%1&quot;: &quot;staff&quot; o &quot;exclude&quot; a roleRules de los filtros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) with the role &quot;%1&quot; are not sent for it (family roles never are)</source>
        <translation>
            <numerusform>%n usuario con el rol &quot;%1&quot; no se envía por él (los roles familiares nunca se envían)</numerusform>
            <numerusform>%n usuarios con el rol &quot;%1&quot; no se envían por él (los roles familiares nunca se envían)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) with the role &quot;%1&quot; are not sent for it (role rule: leave out)</source>
        <translation>
            <numerusform>%n usuario con el rol &quot;%1&quot; no se envía por él (regla del rol: excluir)</numerusform>
            <numerusform>%n usuarios con el rol &quot;%1&quot; no se envían por él (regla del rol: excluir)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::RoleRulesWidget</name>
    <message>
        <source>Students and teachers always get accounts. For each other role in your SIS, choose Staff (a staff account in Apple School Manager) or Leave out. Guardians, parents and relatives are never sent.</source>
        <translation>Los estudiantes y los docentes siempre reciben cuenta. Para cada otro rol de su SIS, elija Personal (una cuenta de personal en Apple School Manager) o Dejar fuera. Los tutores, padres y familiares nunca se envían.</translation>
    </message>
    <message>
        <source>Also show the rules for roles that are not in this data</source>
        <translation>Mostrar también las reglas de los roles que no están en estos datos</translation>
    </message>
    <message>
        <source>Another role, e.g. ext:coach</source>
        <translation>Otro rol, p. ej. ext:coach</translation>
    </message>
    <message>
        <source>Role to add</source>
        <translation>Rol que añadir</translation>
    </message>
    <message>
        <source>Add role</source>
        <translation>Añadir rol</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>not in this data</source>
        <translation>no está en estos datos</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>In Apple School Manager</source>
        <translation>En Apple School Manager</translation>
    </message>
    <message>
        <source>Students (always)</source>
        <translation>Estudiantes (siempre)</translation>
    </message>
    <message>
        <source>Staff (always)</source>
        <translation>Personal (siempre)</translation>
    </message>
    <message>
        <source>What the role %1 becomes</source>
        <translation>En qué se convierte el rol %1</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Elegir...</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Dejar fuera</translation>
    </message>
    <message>
        <source>Leave out: people are not sent for this role. Accounts Apple School Manager already has for them are deactivated at the next upload.</source>
        <translation>Dejar fuera: las personas no se envían por este rol. Las cuentas que Apple School Manager ya tenga para ellas se desactivan en la siguiente carga.</translation>
    </message>
    <message>
        <source>Not chosen yet: runs stop until you choose Staff or Leave out.</source>
        <translation>Aún sin elegir: las ejecuciones se detienen hasta que elija Personal o Dejar fuera.</translation>
    </message>
    <message>
        <source>Never sent</source>
        <translation>Nunca se envía</translation>
    </message>
    <message>
        <source>%1 needs no rule: students and teachers are always sent, guardians, parents and relatives never.</source>
        <translation>%1 no necesita regla: los estudiantes y los docentes siempre se envían; los tutores, padres y familiares, nunca.</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 ya está en la lista.</translation>
    </message>
</context>
<context>
    <name>rb::RosterSelection</name>
    <message>
        <source>the filters include the school &quot;%1&quot;, but the export has no school with that sourcedId</source>
        <translation>los filtros incluyen la escuela &quot;%1&quot;, pero la exportación no tiene ninguna escuela con ese sourcedId</translation>
    </message>
    <message>
        <source>a name is required for everyone sent to Apple School Manager</source>
        <translation>se requiere un nombre para todas las personas que se envían a Apple School Manager</translation>
    </message>
    <message>
        <source>the user is enrolled as a student but is sent as staff; the enrollment is skipped</source>
        <translation>el usuario está inscrito como estudiante, pero se envía como personal; se omite la inscripción</translation>
    </message>
    <message>
        <source>the user is enrolled as a teacher but is sent as a student; the enrollment is skipped</source>
        <translation>el usuario está inscrito como docente, pero se envía como estudiante; se omite la inscripción</translation>
    </message>
    <message>
        <source>duplicate sourcedId; it is first used on line %1</source>
        <translation>sourcedId duplicado; se usa por primera vez en la línea %1</translation>
    </message>
    <message>
        <source>the class &quot;%1&quot; (%2) has %3 teachers; Apple School Manager takes at most %4, so the rest are left out</source>
        <translation>la clase &quot;%1&quot; (%2) tiene %3 docentes; Apple School Manager admite como máximo %4, por lo que el resto se omite</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) belong to no school included by the filters and are not sent</source>
        <translation>
            <numerusform>%n alumno no pertenece a ninguna escuela incluida por los filtros y no se envía</numerusform>
            <numerusform>%n alumnos no pertenecen a ninguna escuela incluida por los filtros y no se envían</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (%3) belongs to no school included by the filters; sent with the schools of the classes they teach: %4</source>
        <translation>%1 %2 (%3) no pertenece a ninguna escuela incluida por los filtros; se envía con las escuelas de las clases que imparte: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s) belong to no school included by the filters and teach no class there, so they are not sent</source>
        <translation>
            <numerusform>%n miembro del personal no pertenece a ninguna escuela incluida por los filtros ni imparte clases en ellas, así que no se envía</numerusform>
            <numerusform>%n miembros del personal no pertenecen a ninguna escuela incluida por los filtros ni imparten clases en ellas, así que no se envían</numerusform>
        </translation>
    </message>
    <message>
        <source>the enrollments&apos; ids come to more than 4 GiB of text, more than RosterBridge can hold</source>
        <translation>los identificadores de las matrículas suman más de 4 GiB de texto, más de lo que RosterBridge puede manejar</translation>
    </message>
</context>
<context>
    <name>rb::RunChangesLauncher</name>
    <message>
        <source>%1 — run %2, delivered %3</source>
        <translation>%1 — ejecución %2, entregada %3</translation>
    </message>
    <message>
        <source>The zips of run %1 could not be written to a temporary folder.</source>
        <translation>No se pudieron escribir los zips de la ejecución %1 en una carpeta temporal.</translation>
    </message>
    <message>
        <source>Run %1 delivered no zip, or its zip is no longer kept in the history (Edit settings → Keep run history for says how long runs are kept).</source>
        <translation>La ejecución %1 no entregó ningún zip, o su zip ya no se conserva en el historial (Editar configuración → Conservar el historial indica cuánto tiempo se conservan).</translation>
    </message>
</context>
<context>
    <name>rb::RunCommand</name>
    <message>
        <source>Delivered (run %1): %2</source>
        <translation>Entregado (ejecución %1): %2</translation>
    </message>
    <message>
        <source>Held for review (run %1): %2</source>
        <translation>Retenido para revisión (ejecución %1): %2</translation>
    </message>
    <message>
        <source>Dry run (run %1): %2</source>
        <translation>Ejecución de prueba (ejecución %1): %2</translation>
    </message>
    <message>
        <source>Cancelled (run %1): %2</source>
        <translation>Cancelado (ejecución %1): %2</translation>
    </message>
    <message>
        <source>Failed (run %1): %2</source>
        <translation>Falló (ejecución %1): %2</translation>
    </message>
    <message>
        <source>Stopping: the current run is cancelled.</source>
        <translation>Deteniendo: se cancela la ejecución en curso.</translation>
    </message>
    <message>
        <source>The folder that holds the profiles (default: %1).</source>
        <translation>La carpeta que contiene los perfiles (predeterminada: %1).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>The settings folder with the keychain&apos;s name index (default: %1).</source>
        <translation>La carpeta de configuración con el índice de nombres del llavero (predeterminada: %1).</translation>
    </message>
    <message>
        <source>The folder of the run history and held packages (default: %1).</source>
        <translation>La carpeta del historial de ejecuciones y de los paquetes retenidos (predeterminada: %1).</translation>
    </message>
    <message>
        <source>Runs one profile now: reads the SIS, converts, checks Apple&apos;s rules, compares with the last delivery and delivers, recording every step in the history. Secrets come from the keychain, or from ROSTERBRIDGE_* environment variables.</source>
        <translation>Ejecuta un perfil ahora: lee el SIS, convierte, comprueba las reglas de Apple, compara con la última entrega y entrega, y registra cada paso en el historial. Los secretos provienen del llavero o de las variables de entorno ROSTERBRIDGE_*.</translation>
    </message>
    <message>
        <source>The profile&apos;s name or id.</source>
        <translation>El nombre o el id del perfil.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Do everything but deliver; keep the package for review.</source>
        <translation>Hacer todo excepto entregar; conservar el paquete para revisión.</translation>
    </message>
    <message>
        <source>Deliver even if the safety check holds, this once.</source>
        <translation>Entregar aunque la comprobación de seguridad lo retenga, solo esta vez.</translation>
    </message>
    <message>
        <source>Deliver the package kept for review, exactly as it was held.</source>
        <translation>Entregar el paquete conservado para revisión, exactamente como se retuvo.</translation>
    </message>
    <message>
        <source>Throw away the package kept for review.</source>
        <translation>Descartar el paquete conservado para revisión.</translation>
    </message>
    <message>
        <source>Send the last delivered zip again.</source>
        <translation>Volver a enviar el último zip entregado.</translation>
    </message>
    <message>
        <source>Print the outcome as JSON.</source>
        <translation>Mostrar el resultado como JSON.</translation>
    </message>
    <message>
        <source>run needs --profile NAME and at most one of --dry-run, --approve, --approve-held, --discard-held and --resend-last.</source>
        <translation>run necesita --profile NOMBRE y, como máximo, una de las opciones --dry-run, --approve, --approve-held, --discard-held y --resend-last.</translation>
    </message>
    <message>
        <source>No single profile is named or has the id &quot;%1&quot; in %2.</source>
        <translation>No hay exactamente un perfil con el nombre o el id &quot;%1&quot; en %2.</translation>
    </message>
    <message>
        <source>The package held for &quot;%1&quot; was discarded.</source>
        <translation>Se descartó el paquete retenido de &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier run(s) had been cut off and are now marked interrupted.</source>
        <translation>
            <numerusform>%n ejecución anterior había quedado inconclusa y ahora está marcada como interrumpida.</numerusform>
            <numerusform>%n ejecuciones anteriores habían quedado inconclusas y ahora están marcadas como interrumpidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs every profile on its schedule, and CSV profiles when a new export settles in their watched folder, until stopped (Ctrl+C or SIGTERM). For servers without the desktop app; one line per finished run.</source>
        <translation>Ejecuta cada perfil según su programación, y los perfiles CSV cuando una nueva exportación se estabiliza en su carpeta supervisada, hasta que se detenga (Ctrl+C o SIGTERM). Para servidores sin la aplicación de escritorio; una línea por cada ejecución terminada.</translation>
    </message>
    <message>
        <source>How often the clock is checked, in seconds (default 30).</source>
        <translation>Con qué frecuencia se comprueba el reloj, en segundos (predeterminado: 30).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>How long a watched folder must stay unchanged before its export is read, in seconds (default 10).</source>
        <translation>Cuánto tiempo debe permanecer sin cambios una carpeta supervisada antes de leer su exportación, en segundos (predeterminado: 10).</translation>
    </message>
    <message>
        <source>--heartbeat and --watch-quiet take a number of seconds.</source>
        <translation>--heartbeat y --watch-quiet aceptan un número de segundos.</translation>
    </message>
    <message>
        <source>%1 runs next at %2</source>
        <translation>Próxima ejecución de %1: %2</translation>
    </message>
    <message>
        <source>Serving the profiles in %1.</source>
        <translation>Atendiendo los perfiles de %1.</translation>
    </message>
    <message>
        <source>With --approve-held: deliver only if the held package has this sha256 (as the review window shows it).</source>
        <translation>Con --approve-held: entregar solo si el paquete retenido tiene este sha256 (como lo muestra la ventana de revisión).</translation>
    </message>
    <message>
        <source>hex</source>
        <translation>hex</translation>
    </message>
    <message>
        <source>--sha256 goes with --approve-held.</source>
        <translation>--sha256 va con --approve-held.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no package waiting for review.</source>
        <translation>«%1» no tiene ningún paquete esperando revisión.</translation>
    </message>
    <message>
        <source>Approving the package held by run %1 (%2), sha256 %3.</source>
        <translation>Aprobando el paquete retenido por la ejecución %1 (%2), sha256 %3.</translation>
    </message>
    <message>
        <source>When another RosterBridge runs these profiles (the desktop app), wait until it stops instead of exiting; the service does.</source>
        <translation>Si otro RosterBridge ejecuta estos perfiles (la aplicación de escritorio), esperar a que se detenga en lugar de salir; el servicio lo hace.</translation>
    </message>
    <message>
        <source>Waiting for it to stop; the service takes over then.</source>
        <translation>Esperando a que se detenga; entonces el servicio toma el relevo.</translation>
    </message>
    <message>
        <source>With --approve-held: deliver only its additions and updates; the rows it would remove are sent as last delivered, and the package stays held for review.</source>
        <translation>Con --approve-held: entregar solo sus altas y cambios; las filas que quitaría se envían como en la última entrega, y el paquete sigue retenido para revisión.</translation>
    </message>
    <message>
        <source>--keep-removals goes with --approve-held.</source>
        <translation>--keep-removals va con --approve-held.</translation>
    </message>
    <message>
        <source>Delivering the additions and updates of the package held by run %1 (%2), sha256 %3; its removals stay held.</source>
        <translation>Entregando las altas y los cambios del paquete retenido por la ejecución %1 (%2), sha256 %3; sus bajas siguen retenidas.</translation>
    </message>
</context>
<context>
    <name>rb::RunCoordinator</name>
    <message>
        <source>The profile could not be read: %1</source>
        <translation>No se pudo leer el perfil: %1</translation>
    </message>
    <message>
        <source>The profile could not be updated after the run: %1</source>
        <translation>No se pudo actualizar el perfil después de la ejecución: %1</translation>
    </message>
    <message>
        <source>The watched folder %1 is not there.</source>
        <translation>La carpeta supervisada %1 no existe.</translation>
    </message>
    <message>
        <source>The time zone &quot;%1&quot; is not known on this computer, so the schedule does not run.</source>
        <translation>La zona horaria «%1» no se conoce en este equipo, así que la programación no se ejecuta.</translation>
    </message>
</context>
<context>
    <name>rb::RunDelivery</name>
    <message>
        <source>The profile names no folder to deliver to.</source>
        <translation>El perfil no indica ninguna carpeta de entrega.</translation>
    </message>
</context>
<context>
    <name>rb::RunExport</name>
    <message>
        <source>Run %1 is no longer in the history.</source>
        <translation>La ejecución %1 ya no está en el historial.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Run %1 kept no decision trail.</source>
        <translation>La ejecución %1 no guardó registro de decisiones.</translation>
    </message>
</context>
<context>
    <name>rb::RunHost</name>
    <message>
        <source>The data folder %1 could not be created.</source>
        <translation>No se pudo crear la carpeta de datos %1.</translation>
    </message>
    <message>
        <source>Another RosterBridge (process %1) is already running profiles with this data folder; use it, or stop it first.</source>
        <translation>Otra instancia de RosterBridge (proceso %1) ya está ejecutando perfiles con esta carpeta de datos; úsela o deténgala primero.</translation>
    </message>
    <message>
        <source>RosterBridge cannot write to its data folder %1 (read-only, full, or not permitted), so no run can be recorded; nothing was run.</source>
        <translation>RosterBridge no puede escribir en su carpeta de datos %1 (solo lectura, llena o sin permiso), por lo que no se puede registrar ninguna ejecución; no se ejecutó nada.</translation>
    </message>
</context>
<context>
    <name>rb::RunListModel</name>
    <message>
        <source>Run %1, started %2</source>
        <translation>Ejecución %1, inicio: %2</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Desencadenante</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>rb::RunNotifier</name>
    <message>
        <source>%1: held for review</source>
        <translation>%1: retenido para revisión</translation>
    </message>
    <message>
        <source>%1: the sync failed</source>
        <translation>%1: la sincronización falló</translation>
    </message>
    <message numerus="yes">
        <source>%1: no delivery to Apple School Manager for %n school day(s)</source>
        <translation>
            <numerusform>%1: ninguna entrega a Apple School Manager desde hace %n día lectivo</numerusform>
            <numerusform>%1: ninguna entrega a Apple School Manager desde hace %n días lectivos</numerusform>
        </translation>
    </message>
    <message>
        <source>The last delivery was on %1.</source>
        <translation>La última entrega fue el %1.</translation>
    </message>
    <message>
        <source>This profile has not delivered yet.</source>
        <translation>Este perfil aún no ha entregado nada.</translation>
    </message>
    <message>
        <source>Open RosterBridge and look at the profile&apos;s history: runs may be failing, held for review, or not running at all.</source>
        <translation>Abra RosterBridge y mire el historial del perfil: las ejecuciones pueden estar fallando, retenidas para revisión o sin ejecutarse.</translation>
    </message>
    <message>
        <source>%1: test message from RosterBridge</source>
        <translation>%1: mensaje de prueba de RosterBridge</translation>
    </message>
    <message>
        <source>Nothing is wrong. Alerts for this profile (a failed or held sync, no delivery for days) will arrive the same way.</source>
        <translation>No pasa nada. Los avisos de este perfil (una sincronización fallida o retenida, días sin entrega) llegarán por el mismo camino.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Success ping</source>
        <translation>Ping de éxito</translation>
    </message>
    <message>
        <source>To review it: open RosterBridge and choose &quot;Review package…&quot; (or the tray icon&apos;s Review item). Nothing was sent to Apple School Manager.</source>
        <translation>Para revisarlo: abra RosterBridge y elija &quot;Revisar paquete…&quot; (o el elemento Revisar del icono de la bandeja). No se envió nada a Apple School Manager.</translation>
    </message>
    <message>
        <source>Details: in RosterBridge, History, run %1; or &quot;rosterbridge history --run %1&quot;.</source>
        <translation>Detalles: en RosterBridge, Historial, ejecución %1; o &quot;rosterbridge history --run %1&quot;.</translation>
    </message>
    <message>
        <source>%1: blocked by Apple&apos;s rules</source>
        <translation>%1: bloqueado por las reglas de Apple</translation>
    </message>
    <message>
        <source>To see every problem: open RosterBridge and choose &quot;Review package…&quot;. Nothing was sent to Apple School Manager.</source>
        <translation>Para ver cada problema: abra RosterBridge y elija &quot;Revisar paquete…&quot;. No se envió nada a Apple School Manager.</translation>
    </message>
</context>
<context>
    <name>rb::RunPackageSlots</name>
    <message>
        <source>there is no package waiting for review</source>
        <translation>no hay ningún paquete pendiente de revisión</translation>
    </message>
    <message>
        <source>a newer delivery was made after this package was held (run %1); run the profile again and review the new result</source>
        <translation>se realizó una entrega más reciente después de retener este paquete (ejecución %1); vuelva a ejecutar el perfil y revise el nuevo resultado</translation>
    </message>
    <message>
        <source>the package waiting for review is not the one that was reviewed (run %1, sha256 %2): run %3 (sha256 %4) has replaced it. Review the new package before approving it.</source>
        <translation>el paquete que espera revisión no es el que se revisó (ejecución %1, sha256 %2): la ejecución %3 (sha256 %4) lo ha sustituido. Revise el nuevo paquete antes de aprobarlo.</translation>
    </message>
    <message>
        <source>could not be copied for delivery as it was reviewed</source>
        <translation>no se pudo copiar para la entrega tal como se revisó</translation>
    </message>
    <message>
        <source>this profile has not delivered anything yet</source>
        <translation>este perfil aún no ha entregado nada</translation>
    </message>
</context>
<context>
    <name>rb::RunPager</name>
    <message>
        <source>The run history is not open.</source>
        <translation>El historial de ejecuciones no está abierto.</translation>
    </message>
</context>
<context>
    <name>rb::RunPipeline</name>
    <message>
        <source>No temporary folder could be made for the run: %1</source>
        <translation>No se pudo crear una carpeta temporal para la ejecución: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The step failed.</source>
        <translation>El paso falló.</translation>
    </message>
    <message>
        <source>The run was cancelled; nothing was delivered.</source>
        <translation>La ejecución se canceló; no se entregó nada.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Error en el paso &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The last delivered zip was sent again to %1.</source>
        <translation>El último zip entregado se volvió a enviar a %1.</translation>
    </message>
    <message>
        <source>The package held for review was approved and delivered to %1.</source>
        <translation>El paquete retenido para revisión se aprobó y se entregó a %1.</translation>
    </message>
    <message>
        <source>Dry run: nothing was delivered. A real run would be held for review: %1</source>
        <translation>Ejecución de prueba: no se entregó nada. Una ejecución real se retendría para revisión: %1</translation>
    </message>
    <message>
        <source>Dry run: everything was checked and nothing was delivered; the package is kept for review.</source>
        <translation>Ejecución de prueba: se comprobó todo y no se entregó nada; el paquete se conserva para revisión.</translation>
    </message>
    <message>
        <source>Held for review; nothing was delivered. %1</source>
        <translation>Retenido para revisión; no se entregó nada. %1</translation>
    </message>
    <message>
        <source>Delivered to %1.</source>
        <translation>Entregado a %1.</translation>
    </message>
    <message numerus="yes">
        <source>Apple&apos;s rules are met (%n warning(s)).</source>
        <translation>
            <numerusform>Se cumplen las reglas de Apple (%n advertencia).</numerusform>
            <numerusform>Se cumplen las reglas de Apple (%n advertencias).</numerusform>
        </translation>
    </message>
    <message>
        <source>Compared with the delivery of run %1.</source>
        <translation>Comparado con la entrega de la ejecución %1.</translation>
    </message>
    <message>
        <source>There is no earlier delivery to compare with.</source>
        <translation>No hay ninguna entrega anterior con la que comparar.</translation>
    </message>
    <message>
        <source>Dry run: nothing was delivered.</source>
        <translation>Ejecución de prueba: no se entregó nada.</translation>
    </message>
    <message>
        <source>Held for review: nothing was delivered.</source>
        <translation>Retenido para revisión: no se entregó nada.</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
    <message>
        <source>Sent %1 bytes to %2.</source>
        <translation>Se enviaron %1 bytes a %2.</translation>
    </message>
    <message>
        <source>the zip was delivered, but the history could not keep it: %1</source>
        <translation>el zip se entregó, pero el historial no pudo conservarlo: %1</translation>
    </message>
    <message>
        <source>The delivered zip is kept for the next comparison.</source>
        <translation>El zip entregado se conserva para la próxima comparación.</translation>
    </message>
    <message>
        <source>this version sends every staff-type role to staff.csv by default; the profile&apos;s rules for %1 were at the old default (leave out) and now send them as staff. Choose Leave out in the profile&apos;s roles to keep any of them out.</source>
        <translation>esta versión envía de forma predeterminada todos los roles de personal a staff.csv; las reglas del perfil para %1 tenían el valor predeterminado anterior (excluir) y ahora los envían como personal. Elija Excluir en los roles del perfil para dejar fuera alguno.</translation>
    </message>
    <message>
        <source>the approved package changed before it could be sent; nothing was sent</source>
        <translation>el paquete aprobado cambió antes de poder enviarse; no se envió nada</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Se escribió %1.</translation>
    </message>
    <message>
        <source>Compared with %1.</source>
        <translation>Comparado con %1.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2.</source>
        <translation>No se puede leer el archivo %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Blocked by Apple&apos;s rules: %n problem(s); nothing was delivered.</source>
        <translation>
            <numerusform>Bloqueado por las reglas de Apple: %n problema; no se entregó nada.</numerusform>
            <numerusform>Bloqueado por las reglas de Apple: %n problemas; no se entregó nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>The package is kept so that every problem can be reviewed: %1</source>
        <translation>El paquete se conserva para poder revisar cada problema: %1</translation>
    </message>
    <message numerus="yes">
        <source>Additions and updates were delivered to %1; %n removal(s) stay held for review.</source>
        <translation>
            <numerusform>Las altas y los cambios se entregaron a %1; %n baja sigue retenida para revisión.</numerusform>
            <numerusform>Las altas y los cambios se entregaron a %1; %n bajas siguen retenidas para revisión.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) that the package would remove are kept as last delivered.</source>
        <translation>
            <numerusform>%n fila que el paquete quitaría se conserva como en la última entrega.</numerusform>
            <numerusform>%n filas que el paquete quitaría se conservan como en la última entrega.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::RunProgressWidget</name>
    <message>
        <source>&amp;Cancel run</source>
        <translation>&amp;Cancelar ejecución</translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation>Progreso de la ejecución</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Cancelar la ejecución</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>queda menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>queda aproximadamente %n minuto</numerusform>
            <numerusform>quedan aproximadamente %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for another run to finish…</source>
        <translation>Esperando a que termine otra ejecución…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation>%1 de %2 %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 s so far</source>
        <translation>%1 s transcurridos</translation>
    </message>
</context>
<context>
    <name>rb::RunRecorder</name>
    <message>
        <source>The run history could not %1: %2</source>
        <translation>El historial de ejecuciones no pudo %1: %2</translation>
    </message>
    <message>
        <source>record the start of the run</source>
        <translation>registrar el inicio de la ejecución</translation>
    </message>
    <message>
        <source>record the step &quot;%1&quot;</source>
        <translation>registrar el paso &quot;%1&quot;</translation>
    </message>
    <message>
        <source>record the exchanges of the step &quot;%1&quot;</source>
        <translation>registrar los intercambios del paso &quot;%1&quot;</translation>
    </message>
    <message>
        <source>record the end of the step &quot;%1&quot;</source>
        <translation>registrar el final del paso &quot;%1&quot;</translation>
    </message>
    <message>
        <source>record the end of the run</source>
        <translation>registrar el final de la ejecución</translation>
    </message>
</context>
<context>
    <name>rb::RunSecretsReader</name>
    <message>
        <source>The secret &quot;%1&quot; of the profile &quot;%2&quot; is not stored. Enter it in the profile&apos;s settings, or with: rosterbridge profile secret &quot;%2&quot; %1%3</source>
        <translation>El secreto &quot;%1&quot; del perfil &quot;%2&quot; no está guardado. Introdúzcalo en la configuración del perfil o con: rosterbridge profile secret &quot;%2&quot; %1%3</translation>
    </message>
    <message>
        <source> (or set %1 for unattended runs)</source>
        <translation> (o defina %1 para las ejecuciones desatendidas)</translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; could not be read from the keychain: %2</source>
        <translation>No se pudo leer el secreto &quot;%1&quot; del llavero: %2</translation>
    </message>
</context>
<context>
    <name>rb::RunSource</name>
    <message>
        <source>the watched folder holds no complete OneRoster export yet (a zip with manifest.csv, or the CSV files with manifest.csv)</source>
        <translation>la carpeta supervisada aún no contiene ninguna exportación OneRoster completa (un zip con manifest.csv, o los archivos CSV con manifest.csv)</translation>
    </message>
    <message>
        <source>the profile names no OneRoster export to read</source>
        <translation>el perfil no indica ninguna exportación OneRoster que leer</translation>
    </message>
    <message>
        <source>the OneRoster export is not there</source>
        <translation>la exportación OneRoster no existe</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
    <message>
        <source>the newest export in the watched folder was still being written after %1 minutes; it was not read, and no older export was read in its place</source>
        <translation>la exportación más reciente de la carpeta vigilada seguía escribiéndose al cabo de %1 minutos; no se leyó, y no se leyó ninguna exportación anterior en su lugar</translation>
    </message>
    <message>
        <source>waiting for %1 to be written completely</source>
        <translation>esperando a que %1 se escriba por completo</translation>
    </message>
    <message>
        <source>the newest export in the watched folder is not a complete zip with manifest.csv (it may still be being copied); it was not read, and no older export was read in its place</source>
        <translation>la exportación más reciente de la carpeta vigilada no es un zip completo con manifest.csv (quizá aún se está copiando); no se leyó, y no se leyó ninguna exportación anterior en su lugar</translation>
    </message>
</context>
<context>
    <name>rb::RunStepText</name>
    <message>
        <source>Reading the SIS data</source>
        <translation>Leyendo los datos del SIS</translation>
    </message>
    <message>
        <source>Applying the filters</source>
        <translation>Aplicando los filtros</translation>
    </message>
    <message>
        <source>Writing Apple School Manager&apos;s files</source>
        <translation>Escribiendo los archivos de Apple School Manager</translation>
    </message>
    <message>
        <source>Checking Apple&apos;s rules</source>
        <translation>Comprobando las reglas de Apple</translation>
    </message>
    <message>
        <source>Comparing with the last delivery</source>
        <translation>Comparando con la última entrega</translation>
    </message>
    <message>
        <source>Packaging the zip</source>
        <translation>Empaquetando el zip</translation>
    </message>
    <message>
        <source>Delivering</source>
        <translation>Entregando</translation>
    </message>
    <message>
        <source>Recording the run</source>
        <translation>Registrando la ejecución</translation>
    </message>
</context>
<context>
    <name>rb::SafetySettingsWidget</name>
    <message>
        <source>Locations</source>
        <translation>Ubicaciones</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cursos</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>Class rosters</source>
        <translation>Listas de clase</translation>
    </message>
    <message>
        <source>&lt;b&gt;File&lt;/b&gt;</source>
        <translation>&lt;b&gt;Archivo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Removed, at most&lt;/b&gt;</source>
        <translation>&lt;b&gt;Eliminados, como máximo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;or rows, at most&lt;/b&gt;</source>
        <translation>&lt;b&gt;o filas, como máximo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1: most removed, percent</source>
        <translation>%1: máximo de eliminados, porcentaje</translation>
    </message>
    <message>
        <source>%1: most removed, rows</source>
        <translation>%1: máximo de eliminados, filas</translation>
    </message>
    <message>
        <source>&amp;Hold the first delivery until I approve it</source>
        <translation>&amp;Retener la primera entrega hasta que yo la apruebe</translation>
    </message>
    <message>
        <source>Use the &amp;default limits</source>
        <translation>Usar los límites &amp;predeterminados</translation>
    </message>
    <message>
        <source>Apple School Manager deactivates everyone missing from an upload. A run that removes more than these limits since the last delivery is held until you approve it, and so is one that changes more than the changed limit (for students and staff: names, email addresses or locations; 100 % never holds).</source>
        <translation>Apple School Manager desactiva a todos los que faltan en una subida. Una ejecución que elimina más que estos límites desde la última entrega queda retenida hasta que usted la apruebe, igual que una que cambia más que el límite de cambios (para alumnos y personal: nombres, correos electrónicos o ubicaciones; 100 % nunca retiene).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Changed, at most&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cambiados, como máximo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1: most changed, percent</source>
        <translation>%1: máximo de cambiados, porcentaje</translation>
    </message>
</context>
<context>
    <name>rb::SampleDistrict</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Could not write the sample district: %1</source>
        <translation>No se pudo escribir el distrito de ejemplo: %1</translation>
    </message>
</context>
<context>
    <name>rb::SchedulePage</name>
    <message>
        <source>When to run</source>
        <translation>Cuándo ejecutar</translation>
    </message>
    <message>
        <source>RosterBridge runs on this computer at the time you choose. Until you approve the first preview, a run only prepares the upload.</source>
        <translation>RosterBridge se ejecuta en esta computadora a la hora que usted elija. Hasta que apruebe la primera vista previa, una ejecución solo prepara la carga.</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Programación</translation>
    </message>
    <message>
        <source>Safety &amp;limits</source>
        <translation>&amp;Límites de seguridad</translation>
    </message>
</context>
<context>
    <name>rb::ScheduleRule</name>
    <message>
        <source>Every day at %1</source>
        <translation>Todos los días a las %1</translation>
    </message>
    <message>
        <source>Every hour from %1</source>
        <translation>Cada hora a partir de las %1</translation>
    </message>
    <message>
        <source>Every %1 hours from %2</source>
        <translation>Cada %1 horas a partir de las %2</translation>
    </message>
    <message>
        <source>%1, Monday to Friday</source>
        <translation>%1, de lunes a viernes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, paused</source>
        <translation>%1, en pausa</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of schedule; use daily or everyNHours</source>
        <translation>&quot;%1&quot; no es un tipo de programación; use daily o everyNHours</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone; use an IANA id such as America/New_York</source>
        <translation>&quot;%1&quot; no es una zona horaria conocida; use un identificador IANA como America/New_York</translation>
    </message>
</context>
<context>
    <name>rb::ScheduleSettingsWidget</name>
    <message>
        <source>Every &amp;day at</source>
        <translation>Todos los &amp;días a las</translation>
    </message>
    <message>
        <source>Only when I run it b&amp;y hand</source>
        <translation>Solo cuando lo ejecute &amp;manualmente</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Hora del día</translation>
    </message>
    <message>
        <source>Search time zones</source>
        <translation>Buscar zonas horarias</translation>
    </message>
    <message>
        <source>Type to search, e.g. US/ or Chicago</source>
        <translation>Escriba para buscar, p. ej. US/ o Chicago</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Run on &amp;weekends too</source>
        <translation>Ejecutar también los &amp;fines de semana</translation>
    </message>
    <message>
        <source>Choose an hour when few people use your SIS, such as early morning. Run on weekends only if your SIS changes then.</source>
        <translation>Elija una hora en la que pocas personas usen su SIS, como temprano por la mañana. Ejecute los fines de semana solo si su SIS cambia en esos días.</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Choose a time zone in the list.</source>
        <translation>Elija una zona horaria en la lista.</translation>
    </message>
    <message>
        <source>Choose a time zone in the list: the search hides %1, the one chosen so far.</source>
        <translation>Elija una zona horaria en la lista: la búsqueda oculta %1, la elegida hasta ahora.</translation>
    </message>
    <message>
        <source>Runs at %1 in %2, this computer&apos;s time zone.</source>
        <translation>Se ejecuta a las %1 en %2, la zona horaria de este equipo.</translation>
    </message>
    <message>
        <source>Runs at %1 in %2, which is %3 on this computer today.</source>
        <translation>Se ejecuta a las %1 en %2, que hoy son las %3 en este equipo.</translation>
    </message>
    <message>
        <source>Choose the schedule&apos;s time zone in the list.</source>
        <translation>Elija en la lista la zona horaria de la programación.</translation>
    </message>
</context>
<context>
    <name>rb::SecretPromptDialog</name>
    <message>
        <source>SIS client secret</source>
        <translation>Secreto de cliente del SIS</translation>
    </message>
    <message>
        <source>SIS SFTP password</source>
        <translation>Contraseña SFTP del SIS</translation>
    </message>
    <message>
        <source>SIS SFTP key passphrase</source>
        <translation>Frase de contraseña de la clave SFTP del SIS</translation>
    </message>
    <message>
        <source>Apple School Manager SFTP password</source>
        <translation>Contraseña SFTP de Apple School Manager</translation>
    </message>
    <message>
        <source>Apple School Manager key passphrase</source>
        <translation>Frase de contraseña de la clave de Apple School Manager</translation>
    </message>
    <message>
        <source>Email (SMTP) password</source>
        <translation>Contraseña del correo electrónico (SMTP)</translation>
    </message>
    <message>
        <source>Secrets for %1</source>
        <translation>Secretos para %1</translation>
    </message>
    <message>
        <source>%1

Type them in for this run; they are not stored anywhere.</source>
        <translation>%1

Escríbalos para esta ejecución; no se guardan en ningún lugar.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <source>Pseudonym key for students&apos; names</source>
        <translation>Clave de seudónimos para los nombres de los estudiantes</translation>
    </message>
</context>
<context>
    <name>rb::SecretStore</name>
    <message>
        <source>The secret is not in the system keychain.</source>
        <translation>El secreto no está en el llavero del sistema.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). RosterBridge never stores passwords in plain text: enter them at each run, or supply them in environment variables for unattended runs.</source>
        <translation>No hay ningún llavero del sistema disponible (%1). RosterBridge nunca guarda contraseñas en texto sin cifrar: ingréselas en cada ejecución o proporciónelas en variables de entorno para las ejecuciones desatendidas.</translation>
    </message>
    <message>
        <source>The system keychain is locked or refused access (%1). Unlock it and try again.</source>
        <translation>El llavero del sistema está bloqueado o denegó el acceso (%1). Desbloquéelo e inténtelo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s); it may be locked and waiting for its password.</source>
        <translation>
            <numerusform>El llavero del sistema no respondió en %n segundo; puede estar bloqueado y esperando su contraseña.</numerusform>
            <numerusform>El llavero del sistema no respondió en %n segundos; puede estar bloqueado y esperando su contraseña.</numerusform>
        </translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>El llavero del sistema informó un error: %1</translation>
    </message>
</context>
<context>
    <name>rb::SelectionCounts</name>
    <message>
        <source>The export could not be read.</source>
        <translation>No se pudo leer la exportación.</translation>
    </message>
    <message>
        <source>With these choices Apple School Manager gets schools: %1, students: %2, staff: %3, classes: %4.</source>
        <translation>Con estas opciones, Apple School Manager recibe escuelas: %1, estudiantes: %2, personal: %3, clases: %4.</translation>
    </message>
</context>
<context>
    <name>rb::ServerFileName</name>
    <message>
        <source>the name is empty</source>
        <translation>el nombre está vacío</translation>
    </message>
    <message>
        <source>it names the folder itself</source>
        <translation>nombra la propia carpeta</translation>
    </message>
    <message>
        <source>it holds a NUL character</source>
        <translation>contiene un carácter NUL</translation>
    </message>
    <message>
        <source>it holds a control character</source>
        <translation>contiene un carácter de control</translation>
    </message>
    <message>
        <source>it holds a path separator (/ or \)</source>
        <translation>contiene un separador de ruta (/ o \)</translation>
    </message>
    <message>
        <source>it holds a colon, which names a drive or a stream on Windows</source>
        <translation>contiene dos puntos, que en Windows nombran una unidad o un flujo</translation>
    </message>
    <message>
        <source>it holds &quot;..&quot;, which names a parent folder</source>
        <translation>contiene «..», que nombra una carpeta superior</translation>
    </message>
    <message>
        <source>it ends with a dot or a space</source>
        <translation>termina en punto o espacio</translation>
    </message>
    <message>
        <source>it is the name of a device on Windows</source>
        <translation>es el nombre de un dispositivo en Windows</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>la carpeta %1 no existe</translation>
    </message>
    <message>
        <source>%1 is not inside %2</source>
        <translation>%1 no está dentro de %2</translation>
    </message>
    <message>
        <source>%1 is a link (to %2)</source>
        <translation>%1 es un enlace (a %2)</translation>
    </message>
</context>
<context>
    <name>rb::ServiceClient</name>
    <message>
        <source>The RosterBridge service that runs this data folder&apos;s profiles cannot be reached, so nothing was run. Start it again (Settings → Preferences…), or quit RosterBridge and open it again to run profiles here.</source>
        <translation>No se puede contactar con el servicio de RosterBridge que ejecuta los perfiles de esta carpeta de datos, así que no se ejecutó nada. Vuelva a iniciarlo (Configuración → Preferencias…), o salga de RosterBridge y ábralo de nuevo para ejecutar los perfiles aquí.</translation>
    </message>
</context>
<context>
    <name>rb::ServiceCommand</name>
    <message numerus="yes">
        <source>The service is installed and running (%1). It starts when the computer does, with nobody logged in, and holds %n secret(s) sealed by systemd. Install it again after adding a profile or changing a password.</source>
        <translation>
            <numerusform>El servicio está instalado y en marcha (%1). Arranca con el equipo, sin nadie conectado, y guarda %n secreto sellado por systemd. Vuelva a instalarlo tras añadir un perfil o cambiar una contraseña.</numerusform>
            <numerusform>El servicio está instalado y en marcha (%1). Arranca con el equipo, sin nadie conectado, y guarda %n secretos sellados por systemd. Vuelva a instalarlo tras añadir un perfil o cambiar una contraseña.</numerusform>
        </translation>
    </message>
    <message>
        <source>install, remove or status</source>
        <translation>install, remove o status</translation>
    </message>
    <message>
        <source>service needs one of: install, remove, status.</source>
        <translation>service necesita uno de: install, remove, status.</translation>
    </message>
    <message>
        <source>The service is not installed.</source>
        <translation>El servicio no está instalado.</translation>
    </message>
    <message>
        <source>running (%1)</source>
        <translation>en marcha (%1)</translation>
    </message>
    <message>
        <source>installed but stopped (%1)</source>
        <translation>instalado pero detenido (%1)</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>no instalado</translation>
    </message>
    <message>
        <source>Installing the service from RosterBridge works on Linux and Windows in this version. On macOS, see &quot;Running unattended&quot; in the user guide.</source>
        <translation>En esta versión, instalar el servicio desde RosterBridge funciona en Linux y Windows. En macOS, consulte &quot;Running unattended&quot; en la guía del usuario.</translation>
    </message>
    <message>
        <source>The Windows password of %1 (Task Scheduler keeps it to start RosterBridge as you; RosterBridge does not), then Enter:</source>
        <translation>La contraseña de Windows de %1 (el Programador de tareas la guarda para iniciar RosterBridge como usted; RosterBridge no), y luego Intro:</translation>
    </message>
    <message>
        <source>The task &quot;RosterBridge&quot; is registered in Task Scheduler and running. It starts when the computer does, with nobody logged on, and reads the passwords from your Credential Manager. Register it again after changing your Windows password.</source>
        <translation>La tarea &quot;RosterBridge&quot; está registrada en el Programador de tareas y en marcha. Arranca con el equipo, sin nadie conectado, y lee las contraseñas de su Administrador de credenciales. Regístrela de nuevo después de cambiar su contraseña de Windows.</translation>
    </message>
    <message>
        <source>Runs every profile on its schedule with nobody logged in: install sets up `rosterbridge serve` as a service of this user (on Linux a systemd user unit that starts at boot, its secrets sealed with systemd-creds; on Windows a Task Scheduler task that starts at boot, with your Windows password read from standard input), remove stops and removes it, status says whether it runs (exit 0 running, 3 installed but stopped, 4 not installed).</source>
        <translation>Ejecuta cada perfil según su programación sin nadie conectado: install instala `rosterbridge serve` como servicio de este usuario (en Linux una unidad de usuario de systemd que arranca con el equipo, con sus secretos sellados por systemd-creds; en Windows una tarea del Programador de tareas que arranca con el equipo, con su contraseña de Windows leída de la entrada estándar), remove lo detiene y lo elimina, status indica si está en marcha (salida 0 en marcha, 3 instalado pero detenido, 4 no instalado).</translation>
    </message>
</context>
<context>
    <name>rb::ServiceDescription</name>
    <message>
        <source>RosterBridge: syncs the SIS with Apple School Manager on schedule</source>
        <translation>RosterBridge: sincroniza el SIS con Apple School Manager según la programación</translation>
    </message>
</context>
<context>
    <name>rb::ServiceEndpoint</name>
    <message>
        <source>The service cannot listen on %1 for the desktop app: %2</source>
        <translation>El servicio no puede escuchar en %1 para la aplicación de escritorio: %2</translation>
    </message>
    <message>
        <source>The service does not understand the request &quot;%1&quot;; the app and the service may be different versions.</source>
        <translation>El servicio no entiende la solicitud &quot;%1&quot;; puede que la aplicación y el servicio sean de versiones distintas.</translation>
    </message>
</context>
<context>
    <name>rb::ServiceInstaller</name>
    <message>
        <source>Could not %1: &quot;%2 %3&quot; %4%5</source>
        <translation>No se pudo %1: &quot;%2 %3&quot; %4%5</translation>
    </message>
    <message>
        <source>did not run</source>
        <translation>no se ejecutó</translation>
    </message>
    <message>
        <source>exited with %1</source>
        <translation>terminó con %1</translation>
    </message>
    <message>
        <source>Could not create %1 or %2.</source>
        <translation>No se pudo crear %1 o %2.</translation>
    </message>
    <message>
        <source>seal the secret %1</source>
        <translation>sellar el secreto %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>start this user&apos;s services at boot</source>
        <translation>iniciar los servicios de este usuario al arrancar</translation>
    </message>
    <message>
        <source>reload the service definitions</source>
        <translation>recargar las definiciones de servicios</translation>
    </message>
    <message>
        <source>start the service</source>
        <translation>iniciar el servicio</translation>
    </message>
    <message>
        <source>stop the service</source>
        <translation>detener el servicio</translation>
    </message>
    <message>
        <source>Could not delete %1.</source>
        <translation>No se pudo eliminar %1.</translation>
    </message>
    <message>
        <source>Installing the service is not available on this system.</source>
        <translation>La instalación del servicio no está disponible en este sistema.</translation>
    </message>
    <message>
        <source>Could not %1: PowerShell %2%3</source>
        <translation>No se pudo %1: PowerShell %2%3</translation>
    </message>
    <message>
        <source>The task runs as %1 whether or not anyone is logged on, so Windows needs that account&apos;s password; none was given.</source>
        <translation>La tarea se ejecuta como %1 tanto si hay alguien conectado como si no, así que Windows necesita la contraseña de esa cuenta; no se indicó ninguna.</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>No se pudo crear %1.</translation>
    </message>
    <message>
        <source>register the task with Task Scheduler</source>
        <translation>registrar la tarea en el Programador de tareas</translation>
    </message>
    <message>
        <source>remove the task from Task Scheduler</source>
        <translation>quitar la tarea del Programador de tareas</translation>
    </message>
    <message>
        <source>read the task&apos;s state</source>
        <translation>leer el estado de la tarea</translation>
    </message>
</context>
<context>
    <name>rb::ServicePanel</name>
    <message>
        <source>Unattended</source>
        <translation>Sin supervisión</translation>
    </message>
    <message>
        <source>Run syncs when &amp;nobody is logged in</source>
        <translation>Sincronizar cuando &amp;nadie haya iniciado sesión</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Running.</source>
        <translation>En marcha.</translation>
    </message>
    <message>
        <source>Installed but not running: see &quot;rosterbridge service status&quot;.</source>
        <translation>Instalado pero detenido: vea &quot;rosterbridge service status&quot;.</translation>
    </message>
    <message>
        <source>Not installed.</source>
        <translation>No instalado.</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Eliminando…</translation>
    </message>
    <message>
        <source>Reading the profiles&apos; passwords from the keychain…</source>
        <translation>Leyendo las contraseñas de los perfiles del llavero…</translation>
    </message>
    <message>
        <source>Installing…</source>
        <translation>Instalando…</translation>
    </message>
    <message>
        <source>Installs RosterBridge as a service of your account that starts with the computer. Your passwords are sealed for it by the system, never saved as text. The service takes over the profiles when you quit this app; opened again, the app shows the service&apos;s runs and sends it what you ask.</source>
        <translation>Instala RosterBridge como servicio de su cuenta que arranca con el equipo. El sistema sella sus contraseñas para él; nunca se guardan como texto. El servicio toma el relevo de los perfiles cuando cierra esta aplicación; al abrirla de nuevo, la aplicación muestra las ejecuciones del servicio y le envía lo que usted pida.</translation>
    </message>
    <message>
        <source>Available on Linux and Windows in this version; see &quot;Running unattended&quot; in the user guide.</source>
        <translation>Disponible en Linux y Windows en esta versión; consulte &quot;Running unattended&quot; en la guía del usuario.</translation>
    </message>
    <message>
        <source>Run syncs when nobody is logged in</source>
        <translation>Sincronizar cuando nadie haya iniciado sesión</translation>
    </message>
    <message>
        <source>The Windows password of %1. Task Scheduler keeps it to start RosterBridge as you when the computer starts; RosterBridge does not keep it.</source>
        <translation>La contraseña de Windows de %1. El Programador de tareas la guarda para iniciar RosterBridge como usted cuando arranca el equipo; RosterBridge no la guarda.</translation>
    </message>
    <message>
        <source>Waiting for your Windows password…</source>
        <translation>Esperando su contraseña de Windows…</translation>
    </message>
</context>
<context>
    <name>rb::SetupWizard</name>
    <message>
        <source>Set up RosterBridge</source>
        <translation>Configurar RosterBridge</translation>
    </message>
    <message>
        <source>Stop setting up? Nothing you entered is saved.</source>
        <translation>¿Detener la configuración? No se guardará nada de lo que ingresó.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>SIS</source>
        <translation>SIS</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>Archivos CSV</translation>
    </message>
    <message>
        <source>Apple School Manager</source>
        <translation>Apple School Manager</translation>
    </message>
    <message>
        <source>What to send</source>
        <translation>Qué enviar</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>rb::SftpConnectionTest</name>
    <message>
        <source>Name lookup (DNS)</source>
        <translation>Resolución de nombres (DNS)</translation>
    </message>
    <message>
        <source>TCP connection</source>
        <translation>Conexión TCP</translation>
    </message>
    <message>
        <source>SSH handshake</source>
        <translation>Negociación SSH</translation>
    </message>
    <message>
        <source>Host key</source>
        <translation>Clave de host</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>Upload folder</source>
        <translation>Carpeta de carga</translation>
    </message>
    <message>
        <source>%1 was found.</source>
        <translation>Se encontró %1.</translation>
    </message>
    <message>
        <source>Port %1 on %2 accepts connections.</source>
        <translation>El puerto %1 de %2 acepta conexiones.</translation>
    </message>
    <message>
        <source>The server speaks SSH; its host key is %1 (%2).</source>
        <translation>El servidor habla SSH; su clave de host es %1 (%2).</translation>
    </message>
    <message>
        <source>The host key %1 is new; it will be pinned once you confirm it.</source>
        <translation>La clave de host %1 es nueva; se fijará cuando la confirme.</translation>
    </message>
    <message>
        <source>The host key %1 matches the pinned one.</source>
        <translation>La clave de host %1 coincide con la fijada.</translation>
    </message>
    <message>
        <source>User %1 logged in.</source>
        <translation>El usuario %1 inició sesión.</translation>
    </message>
    <message>
        <source>Not tested: an earlier layer failed.</source>
        <translation>No se probó: falló una capa anterior.</translation>
    </message>
    <message>
        <source>the login folder</source>
        <translation>la carpeta de inicio de sesión</translation>
    </message>
    <message>
        <source>The upload folder %1 exists (not written to: files there are imported).</source>
        <translation>La carpeta de carga %1 existe (no se escribió en ella: los archivos que se colocan allí se importan).</translation>
    </message>
    <message>
        <source>writing a test file into %1</source>
        <translation>escribir un archivo de prueba en %1</translation>
    </message>
    <message>
        <source>Files can be written to %1.</source>
        <translation>Se pueden escribir archivos en %1.</translation>
    </message>
    <message>
        <source>Port %1 on %2 (%3) accepts connections.</source>
        <translation>El puerto %1 de %2 (%3) acepta conexiones.</translation>
    </message>
</context>
<context>
    <name>rb::SftpDownloader</name>
    <message>
        <source>opening %1</source>
        <translation>abrir %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
    <message>
        <source>reading %1 (after %2 bytes)</source>
        <translation>leer %1 (después de %2 bytes)</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2.</source>
        <translation>Error al escribir %1: %2.</translation>
    </message>
    <message>
        <source>Could not move %1 into place: %2.</source>
        <translation>No se pudo mover %1 a su ubicación definitiva: %2.</translation>
    </message>
    <message>
        <source>The folder %1 on %2 holds no .csv files.</source>
        <translation>La carpeta %1 de %2 no contiene archivos .csv.</translation>
    </message>
    <message>
        <source>The server %1 has a file named &quot;%2&quot; in %3, which cannot be saved: %4. Nothing outside the download folder is written; ask the server&apos;s operator to rename it.</source>
        <translation>El servidor %1 tiene un archivo llamado «%2» en %3 que no se puede guardar: %4. No se escribe nada fuera de la carpeta de descarga; pida al operador del servidor que le cambie el nombre.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; from %2 cannot be saved: %3.</source>
        <translation>El archivo «%1» de %2 no se puede guardar: %3.</translation>
    </message>
</context>
<context>
    <name>rb::SftpRemote</name>
    <message>
        <source>looking for %1</source>
        <translation>buscar %1</translation>
    </message>
    <message>
        <source>The folder %1 does not exist on %2 (or is not a folder).</source>
        <translation>La carpeta %1 no existe en %2 (o no es una carpeta).</translation>
    </message>
    <message>
        <source>listing the folder %1</source>
        <translation>listar la carpeta %1</translation>
    </message>
    <message>
        <source>removing %1</source>
        <translation>eliminar %1</translation>
    </message>
</context>
<context>
    <name>rb::SftpSession</name>
    <message>
        <source>no such file or folder</source>
        <translation>no existe el archivo o la carpeta</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>the server&apos;s disk is full</source>
        <translation>el disco del servidor está lleno</translation>
    </message>
    <message>
        <source>the account&apos;s quota is exceeded</source>
        <translation>se superó la cuota de la cuenta</translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation>la carpeta es de solo lectura</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>no es una carpeta</translation>
    </message>
    <message>
        <source>the server does not support this</source>
        <translation>el servidor no admite esta operación</translation>
    </message>
    <message>
        <source>the server reported SFTP status %1</source>
        <translation>el servidor informó el estado SFTP %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The server %1 did not answer within %2 s while %3; the transfer was stopped.</source>
        <translation>El servidor %1 no respondió en %2 s al %3; se detuvo la transferencia.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost while %2 (%3).</source>
        <translation>Se perdió la conexión con %1 al %2 (%3).</translation>
    </message>
    <message>
        <source>The connection to %1 was lost while %2.</source>
        <translation>Se perdió la conexión con %1 al %2.</translation>
    </message>
    <message>
        <source>The server %1 refused %2: %3.</source>
        <translation>El servidor %1 se negó a %2: %3.</translation>
    </message>
    <message>
        <source>Failed while %1 on %2: %3.</source>
        <translation>Error al %1 en %2: %3.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found (%2). Check the name and the computer&apos;s DNS settings.</source>
        <translation>No se encontró el nombre de servidor %1 (%2). Compruebe el nombre y la configuración DNS de la computadora.</translation>
    </message>
    <message>
        <source>Could not open a connection to %1 port %2: %3. A firewall may block the port, or no server listens on it.</source>
        <translation>No se pudo abrir una conexión con %1, puerto %2: %3. Es posible que un firewall bloquee el puerto o que ningún servidor escuche en él.</translation>
    </message>
    <message>
        <source>Out of memory starting an SSH session.</source>
        <translation>Memoria insuficiente al iniciar una sesión SSH.</translation>
    </message>
    <message>
        <source>The SSH handshake with %1 timed out after %2 s. The service on this port may not be an SSH server.</source>
        <translation>La negociación SSH con %1 agotó el tiempo de espera después de %2 s. Es posible que el servicio en este puerto no sea un servidor SSH.</translation>
    </message>
    <message>
        <source>The SSH handshake with %1 failed: %2. The service on this port may not be an SSH server.</source>
        <translation>La negociación SSH con %1 falló: %2. Es posible que el servicio en este puerto no sea un servidor SSH.</translation>
    </message>
    <message>
        <source>The server %1 sent no host key.</source>
        <translation>El servidor %1 no envió ninguna clave de host.</translation>
    </message>
    <message>
        <source>matches the pinned key %1</source>
        <translation>coincide con la clave fijada %1</translation>
    </message>
    <message>
        <source>expected %1, offered %2</source>
        <translation>se esperaba %1, se ofreció %2</translation>
    </message>
    <message>
        <source>The server&apos;s identity changed: %1 was expected to present host key %2, but it offered %3. Nothing was sent. If the server&apos;s operator confirms the new key, pin it; otherwise someone may be intercepting the connection.</source>
        <translation>La identidad del servidor cambió: se esperaba que %1 presentara la clave de host %2, pero ofreció %3. No se envió nada. Si el operador del servidor confirma la nueva clave, fíjela; de lo contrario, es posible que alguien esté interceptando la conexión.</translation>
    </message>
    <message>
        <source>trusted on first use: %1</source>
        <translation>de confianza en el primer uso: %1</translation>
    </message>
    <message>
        <source>not pinned: %1</source>
        <translation>sin fijar: %1</translation>
    </message>
    <message>
        <source>The host key of %1 is not known yet. Its fingerprint is %2 (%3). Confirm it with the server&apos;s operator, then trust it.</source>
        <translation>La clave de host de %1 aún no es conocida. Su huella digital es %2 (%3). Confírmela con el operador del servidor y luego confíe en ella.</translation>
    </message>
    <message>
        <source>no authentication required</source>
        <translation>no se requiere autenticación</translation>
    </message>
    <message>
        <source>logging in</source>
        <translation>iniciar sesión</translation>
    </message>
    <message>
        <source>Authentication failed for user %1 on %2: the server did not accept the password. If it was changed or regenerated, enter the new one.</source>
        <translation>Error de autenticación del usuario %1 en %2: el servidor no aceptó la contraseña. Si se cambió o se regeneró, ingrese la nueva.</translation>
    </message>
    <message>
        <source>The private key file %1 cannot be read: %2.</source>
        <translation>No se puede leer el archivo de clave privada %1: %2.</translation>
    </message>
    <message>
        <source>The private key %1 could not be used: %2. Check its passphrase; OpenSSH ed25519, ECDSA and RSA keys are supported.</source>
        <translation>No se pudo usar la clave privada %1: %2. Compruebe su frase de contraseña; se admiten claves OpenSSH ed25519, ECDSA y RSA.</translation>
    </message>
    <message>
        <source>Authentication failed for user %1 on %2: the server did not accept the key %3.</source>
        <translation>Error de autenticación del usuario %1 en %2: el servidor no aceptó la clave %3.</translation>
    </message>
    <message>
        <source>starting SFTP</source>
        <translation>iniciar SFTP</translation>
    </message>
    <message>
        <source>The server %1 accepted the login but did not start SFTP: %2.</source>
        <translation>El servidor %1 aceptó el inicio de sesión, pero no inició SFTP: %2.</translation>
    </message>
    <message>
        <source>The server name or the user name is missing.</source>
        <translation>Falta el nombre del servidor o el nombre de usuario.</translation>
    </message>
</context>
<context>
    <name>rb::SftpSettings</name>
    <message>
        <source>&quot;%1&quot; is not an authentication type; use password or publicKey</source>
        <translation>&quot;%1&quot; no es un tipo de autenticación; use password o publicKey</translation>
    </message>
    <message>
        <source>must be a SHA256 fingerprint as ssh-keygen -lf prints it (SHA256:...)</source>
        <translation>debe ser una huella digital SHA256 como la que imprime ssh-keygen -lf (SHA256:...)</translation>
    </message>
    <message>
        <source>the server name is missing</source>
        <translation>falta el nombre del servidor</translation>
    </message>
    <message>
        <source>the user name is missing</source>
        <translation>falta el nombre de usuario</translation>
    </message>
    <message>
        <source>public-key login needs a private key file</source>
        <translation>el inicio de sesión con clave pública necesita un archivo de clave privada</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 65535</source>
        <translation>debe ser un número entero de 1 a 65535</translation>
    </message>
</context>
<context>
    <name>rb::SftpSettingsWidget</name>
    <message>
        <source>SFTP server</source>
        <translation>Servidor SFTP</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>Iniciar sesión con</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Archivo de clave privada</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Examinar...</translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation>Elegir el archivo de clave privada</translation>
    </message>
    <message>
        <source>Empty when the key has none</source>
        <translation>Vacía si la clave no tiene</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Frase de contraseña de la clave</translation>
    </message>
    <message>
        <source>Remote file or folder</source>
        <translation>Archivo o carpeta remotos</translation>
    </message>
    <message>
        <source>exports/oneroster.zip, or a folder of CSV files</source>
        <translation>exports/oneroster.zip, o una carpeta de archivos CSV</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>Sign &amp;in with:</source>
        <translation>&amp;Iniciar sesión con:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>Archivo de &amp;clave:</translation>
    </message>
    <message>
        <source>Key pass&amp;phrase:</source>
        <translation>&amp;Frase de contraseña de la clave:</translation>
    </message>
    <message>
        <source>&amp;Remote file or folder:</source>
        <translation>Archivo o carpeta &amp;remotos:</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clave privada</translation>
    </message>
    <message>
        <source>Enter the SFTP server&apos;s host.</source>
        <translation>Escriba el host del servidor SFTP.</translation>
    </message>
    <message>
        <source>Enter the SFTP user name.</source>
        <translation>Escriba el nombre de usuario SFTP.</translation>
    </message>
    <message>
        <source>Enter the export&apos;s file or folder on the SFTP server.</source>
        <translation>Escriba el archivo o la carpeta de la exportación en el servidor SFTP.</translation>
    </message>
    <message>
        <source>Choose the SSH key file.</source>
        <translation>Elija el archivo de clave SSH.</translation>
    </message>
    <message>
        <source>Enter the SFTP password.</source>
        <translation>Escriba la contraseña SFTP.</translation>
    </message>
</context>
<context>
    <name>rb::SftpSocket</name>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>sin respuesta en %1 s</translation>
    </message>
    <message>
        <source>no usable address</source>
        <translation>ninguna dirección utilizable</translation>
    </message>
</context>
<context>
    <name>rb::SftpTestPanel</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Probando la conexión</translation>
    </message>
    <message>
        <source>Connection test results</source>
        <translation>Resultados de la prueba de conexión</translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation>Conectando con %1...</translation>
    </message>
    <message>
        <source>Connected and signed in; the upload folder is ready.</source>
        <translation>Conectado y con sesión iniciada; la carpeta de carga está lista.</translation>
    </message>
    <message>
        <source>The connection test failed.</source>
        <translation>La prueba de conexión falló.</translation>
    </message>
    <message>
        <source>The server&apos;s host key is not pinned yet, so the test stopped before signing in. Check the fingerprint below; once you confirm it, the test signs in.</source>
        <translation>La clave de host del servidor aún no está fijada, así que la prueba se detuvo antes de iniciar sesión. Compruebe la huella de abajo; cuando la confirme, la prueba iniciará sesión.</translation>
    </message>
</context>
<context>
    <name>rb::SftpUploader</name>
    <message>
        <source>The file %1 cannot be read: %2.</source>
        <translation>No se puede leer el archivo %1: %2.</translation>
    </message>
    <message>
        <source>creating %1</source>
        <translation>crear %1</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2.</source>
        <translation>Error al leer %1: %2.</translation>
    </message>
    <message>
        <source>writing %1 (after %2 of %3 bytes)</source>
        <translation>escribir %1 (después de %2 de %3 bytes)</translation>
    </message>
    <message>
        <source>finishing %1</source>
        <translation>finalizar %1</translation>
    </message>
    <message>
        <source>partial %1</source>
        <translation>%1 parcial</translation>
    </message>
    <message>
        <source>partial %1 of an earlier upload</source>
        <translation>%1 parcial de una subida anterior</translation>
    </message>
    <message>
        <source>partial %1 of an earlier upload: already gone</source>
        <translation>%1 parcial de una subida anterior: ya no está</translation>
    </message>
    <message>
        <source>removing the partial %1</source>
        <translation>eliminando el %1 parcial</translation>
    </message>
</context>
<context>
    <name>rb::SisConnectionWidget</name>
    <message>
        <source>Student information system</source>
        <translation>Sistema de información estudiantil</translation>
    </message>
    <message>
        <source>Where to find these values</source>
        <translation>Dónde encontrar estos valores</translation>
    </message>
    <message>
        <source>OneRoster API URL</source>
        <translation>URL de la API de OneRoster</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>URL del token</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>OneRoster version</source>
        <translation>Versión de OneRoster</translation>
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
        <translation>I&amp;D de cliente:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secreto de cliente:</translation>
    </message>
    <message>
        <source>S&amp;IS:</source>
        <translation>S&amp;IS:</translation>
    </message>
    <message>
        <source>OneRoster &amp;API URL:</source>
        <translation>U&amp;RL de la API de OneRoster:</translation>
    </message>
    <message>
        <source>To&amp;ken URL:</source>
        <translation>URL del &amp;token:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Versión:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; this URL starts with http://, not https://. The client secret, the access tokens and the students&apos; data would travel unencrypted, readable by anyone on the network between this computer and the SIS.</source>
        <translation>&lt;b&gt;Atención:&lt;/b&gt; esta URL empieza por http://, no por https://. El secreto de cliente, los tokens de acceso y los datos de los alumnos viajarían sin cifrar, legibles por cualquiera en la red entre este equipo y el SIS.</translation>
    </message>
    <message>
        <source>Send credentials and student data &amp;unencrypted anyway</source>
        <translation>Enviar credenciales y datos de alumnos &amp;sin cifrar de todos modos</translation>
    </message>
    <message>
        <source>Enter the OneRoster API URL.</source>
        <translation>Escriba la URL de la API OneRoster.</translation>
    </message>
    <message>
        <source>The address is not encrypted (http): use https, or tick &quot;Send credentials and student data unencrypted anyway&quot;.</source>
        <translation>La dirección no está cifrada (http): use https, o marque &quot;Enviar credenciales y datos de alumnos sin cifrar de todos modos&quot;.</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>Rellene el campo «%1».</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Look for the token URL</source>
        <translation>Buscar la URL del token</translation>
    </message>
    <message>
        <source>Tries the usual token addresses on the API&apos;s own host, over https, with the client ID and secret typed here.</source>
        <translation>Prueba las direcciones de token habituales en el propio host de la API, por https, con el ID y el secreto de cliente escritos aquí.</translation>
    </message>
    <message>
        <source>Looking for the token URL…</source>
        <translation>Buscando la URL del token…</translation>
    </message>
    <message>
        <source>Enter the token URL, or click Find to look for it.</source>
        <translation>Escriba la URL del token, o pulse Buscar para localizarla.</translation>
    </message>
</context>
<context>
    <name>rb::SisCredentialsPage</name>
    <message>
        <source>Other SIS: credentials</source>
        <translation>Otro SIS: credenciales</translation>
    </message>
    <message>
        <source>How RosterBridge signs in to your SIS. Your SIS vendor&apos;s OneRoster documentation has these values; the defaults suit most servers.</source>
        <translation>Cómo inicia sesión RosterBridge en su SIS. La documentación de OneRoster del proveedor de su SIS incluye estos valores; los valores predeterminados sirven para la mayoría de los servidores.</translation>
    </message>
</context>
<context>
    <name>rb::SisCredentialsWidget</name>
    <message>
        <source>SIS name</source>
        <translation>Nombre del SIS</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>OAuth 2 client credentials (a token)</source>
        <translation>Credenciales de cliente OAuth 2 (un token)</translation>
    </message>
    <message>
        <source>OAuth 1.0a (signed requests)</source>
        <translation>OAuth 1.0a (solicitudes firmadas)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>How the client ID and secret are sent</source>
        <translation>Cómo se envían el ID y el secreto de cliente</translation>
    </message>
    <message>
        <source>HTTP Basic header (recommended)</source>
        <translation>Encabezado HTTP Basic (recomendado)</translation>
    </message>
    <message>
        <source>In the form body (client_id, client_secret)</source>
        <translation>En el cuerpo del formulario (client_id, client_secret)</translation>
    </message>
    <message>
        <source>OAuth 1.0a signature method</source>
        <translation>Método de firma de OAuth 1.0a</translation>
    </message>
    <message>
        <source>Extra CA certificate file</source>
        <translation>Archivo de certificado de CA adicional</translation>
    </message>
    <message>
        <source>Only for a district&apos;s own certificate authority</source>
        <translation>Solo para la autoridad de certificación propia de un distrito</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>Elegir el archivo de certificado de CA</translation>
    </message>
    <message>
        <source>Send back the cookies of the token response</source>
        <translation>Devolver las cookies de la respuesta del token</translation>
    </message>
    <message>
        <source>Records per page</source>
        <translation>Registros por página</translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation>Solicitudes simultáneas</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Tiempo de espera de la solicitud en segundos</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Reintentos</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>First retry delay</source>
        <translation>Retraso del primer reintento</translation>
    </message>
    <message>
        <source>Longest retry delay</source>
        <translation>Retraso máximo de reintento</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source>Body data kept per exchange</source>
        <translation>Datos de cuerpo conservados por intercambio</translation>
    </message>
    <message>
        <source>SIS na&amp;me:</source>
        <translation>&amp;Nombre del SIS:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Autenticación:</translation>
    </message>
    <message>
        <source>Client au&amp;thentication:</source>
        <translation>Autenticación del &amp;cliente:</translation>
    </message>
    <message>
        <source>Si&amp;gnature method:</source>
        <translation>Método de &amp;firma:</translation>
    </message>
    <message>
        <source>Extra &amp;CA certificate:</source>
        <translation>Certificado de CA a&amp;dicional:</translation>
    </message>
    <message>
        <source>Records per &amp;page:</source>
        <translation>Registros por &amp;página:</translation>
    </message>
    <message>
        <source>Requests at &amp;once:</source>
        <translation>&amp;Solicitudes simultáneas:</translation>
    </message>
    <message>
        <source>Request t&amp;imeout:</source>
        <translation>&amp;Tiempo de espera de solicitud:</translation>
    </message>
    <message>
        <source>&amp;Retries:</source>
        <translation>&amp;Reintentos:</translation>
    </message>
    <message>
        <source>First retry &amp;delay:</source>
        <translation>Retraso del pri&amp;mer reintento:</translation>
    </message>
    <message>
        <source>Longest retry de&amp;lay:</source>
        <translation>Retraso má&amp;ximo de reintento:</translation>
    </message>
    <message>
        <source>&amp;History body data kept:</source>
        <translation>Datos de cuerpo en el &amp;historial:</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificado de CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Bro&amp;wse...</source>
        <translation>E&amp;xaminar...</translation>
    </message>
    <message>
        <source>Paging, timeouts and retries</source>
        <translation>Paginación, tiempos de espera y reintentos</translation>
    </message>
    <message>
        <source>e.g. Genesis</source>
        <translation>p. ej., Genesis</translation>
    </message>
</context>
<context>
    <name>rb::SisPage</name>
    <message>
        <source>Connect to your SIS</source>
        <translation>Conectarse a su SIS</translation>
    </message>
    <message>
        <source>Choose your student information system and enter what its OneRoster settings show. Next tests the connection.</source>
        <translation>Elija su sistema de información estudiantil e ingrese lo que muestra su configuración de OneRoster. Siguiente prueba la conexión.</translation>
    </message>
    <message>
        <source>The next pages ask how your SIS hands out tokens; the connection is tested after them.</source>
        <translation>Las páginas siguientes preguntan cómo entrega tokens su SIS; la conexión se prueba después de ellas.</translation>
    </message>
</context>
<context>
    <name>rb::SisRefreshPage</name>
    <message>
        <source>Other SIS: refresh token and requests</source>
        <translation>Otro SIS: token de actualización y solicitudes</translation>
    </message>
    <message>
        <source>Optional settings for API requests and for renewing a token. Next tests the connection.</source>
        <translation>Configuración opcional para las solicitudes a la API y para renovar un token. Siguiente prueba la conexión.</translation>
    </message>
</context>
<context>
    <name>rb::SisRefreshWidget</name>
    <message>
        <source>Headers sent with every API request</source>
        <translation>Encabezados enviados con cada solicitud a la API</translation>
    </message>
    <message>
        <source>Refresh request headers</source>
        <translation>Encabezados de la solicitud de actualización</translation>
    </message>
    <message>
        <source>Refresh scope</source>
        <translation>Ámbito de actualización</translation>
    </message>
    <message>
        <source>Separated by spaces</source>
        <translation>Separados por espacios</translation>
    </message>
    <message>
        <source>Refresh grant type</source>
        <translation>Tipo de concesión de actualización</translation>
    </message>
    <message>
        <source>Refresh request form fields</source>
        <translation>Campos del formulario de la solicitud de actualización</translation>
    </message>
    <message>
        <source>Values may use {client_id}, {client_secret}, {scope} and {refresh_token}.</source>
        <translation>Los valores pueden usar {client_id}, {client_secret}, {scope} y {refresh_token}.</translation>
    </message>
    <message>
        <source>Re&amp;quest headers (optional):</source>
        <translation>Encabezados de &amp;solicitud (opcional):</translation>
    </message>
    <message>
        <source>Refresh h&amp;eaders (optional):</source>
        <translation>&amp;Encabezados de actualización (opcional):</translation>
    </message>
    <message>
        <source>Refresh s&amp;cope (optional):</source>
        <translation>Á&amp;mbito de actualización (opcional):</translation>
    </message>
    <message>
        <source>Refresh g&amp;rant type (optional):</source>
        <translation>&amp;Tipo de concesión de actualización (opcional):</translation>
    </message>
    <message>
        <source>Refresh f&amp;orm (optional):</source>
        <translation>&amp;Formulario de actualización (opcional):</translation>
    </message>
</context>
<context>
    <name>rb::SisTokenPage</name>
    <message>
        <source>Other SIS: token</source>
        <translation>Otro SIS: token</translation>
    </message>
    <message>
        <source>Where and how RosterBridge asks your SIS for an access token.</source>
        <translation>Dónde y cómo RosterBridge solicita a su SIS un token de acceso.</translation>
    </message>
</context>
<context>
    <name>rb::SisTokenWidget</name>
    <message>
        <source>Token URL</source>
        <translation>URL del token</translation>
    </message>
    <message>
        <source>Token request headers</source>
        <translation>Encabezados de la solicitud de token</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Ámbitos</translation>
    </message>
    <message>
        <source>Separated by spaces; empty asks for none</source>
        <translation>Separados por espacios; vacío no solicita ninguno</translation>
    </message>
    <message>
        <source>Grant type</source>
        <translation>Tipo de concesión</translation>
    </message>
    <message>
        <source>Token request form fields</source>
        <translation>Campos del formulario de la solicitud de token</translation>
    </message>
    <message>
        <source>Values may use {client_id}, {client_secret} and {scope}; an empty value removes a default field.</source>
        <translation>Los valores pueden usar {client_id}, {client_secret} y {scope}; un valor vacío elimina un campo predeterminado.</translation>
    </message>
    <message>
        <source>To&amp;ken URL:</source>
        <translation>URL del &amp;token:</translation>
    </message>
    <message>
        <source>&amp;Headers (optional):</source>
        <translation>&amp;Encabezados (opcional):</translation>
    </message>
    <message>
        <source>&amp;Scope (optional):</source>
        <translation>Á&amp;mbito (opcional):</translation>
    </message>
    <message>
        <source>&amp;Grant type (optional):</source>
        <translation>Tipo de &amp;concesión (opcional):</translation>
    </message>
    <message>
        <source>&amp;Form (optional):</source>
        <translation>&amp;Formulario (opcional):</translation>
    </message>
    <message>
        <source>This token URL is not encrypted (http): the client secret and the token would cross the network readable by anyone on the way. Use https if the SIS offers it.</source>
        <translation>Esta URL de token no está cifrada (http): el secreto de cliente y el token cruzarían la red legibles por cualquiera en el camino. Use https si el SIS lo ofrece.</translation>
    </message>
    <message>
        <source>Send the client secret &amp;unencrypted anyway</source>
        <translation>Enviar el secreto de cliente &amp;sin cifrar de todos modos</translation>
    </message>
    <message>
        <source>Enter the token URL.</source>
        <translation>Escriba la URL del token.</translation>
    </message>
    <message>
        <source>The token URL is not encrypted (http): use https, or tick &quot;Send the client secret unencrypted anyway&quot;.</source>
        <translation>La URL del token no está cifrada (http): use https, o marque &quot;Enviar el secreto de cliente sin cifrar de todos modos&quot;.</translation>
    </message>
</context>
<context>
    <name>rb::SmtpNotifier</name>
    <message>
        <source>the mail server %1 did not answer within %2 s</source>
        <translation>el servidor de correo %1 no respondió en %2 s</translation>
    </message>
    <message>
        <source>the secure connection to the mail server failed: %1</source>
        <translation>falló la conexión segura con el servidor de correo: %1</translation>
    </message>
    <message>
        <source>the mail server %1:%2: %3</source>
        <translation>el servidor de correo %1:%2: %3</translation>
    </message>
    <message>
        <source>the email settings need a server, a sender and a recipient</source>
        <translation>la configuración de correo electrónico necesita un servidor, un remitente y un destinatario</translation>
    </message>
    <message>
        <source>the mail server sent a malformed answer</source>
        <translation>el servidor de correo envió una respuesta con formato incorrecto</translation>
    </message>
    <message>
        <source>the mail server refused %1: %2 %3</source>
        <translation>el servidor de correo rechazó %1: %2 %3</translation>
    </message>
    <message>
        <source>the connection</source>
        <translation>la conexión</translation>
    </message>
    <message>
        <source>EHLO</source>
        <translation>EHLO</translation>
    </message>
    <message>
        <source>the mail server does not offer STARTTLS; the password would travel unencrypted</source>
        <translation>el servidor de correo no ofrece STARTTLS; la contraseña viajaría sin cifrar</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>the login</source>
        <translation>el inicio de sesión</translation>
    </message>
    <message>
        <source>the sender</source>
        <translation>el remitente</translation>
    </message>
    <message>
        <source>the recipient %1</source>
        <translation>el destinatario %1</translation>
    </message>
    <message>
        <source>DATA</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>the message</source>
        <translation>el mensaje</translation>
    </message>
    <message>
        <source>the email address &quot;%1&quot; is not valid</source>
        <translation>la dirección de correo «%1» no es válida</translation>
    </message>
    <message>
        <source>the mail server %1 sent an answer line longer than %2 bytes</source>
        <translation>el servidor de correo %1 envió una línea de respuesta de más de %2 bytes</translation>
    </message>
    <message>
        <source>the connection to the mail server %1 is not encrypted, so the password is not sent; use STARTTLS or TLS, or allow a login without TLS in the email settings</source>
        <translation>la conexión con el servidor de correo %1 no está cifrada, así que no se envía la contraseña; use STARTTLS o TLS, o permita el inicio de sesión sin TLS en los ajustes de correo</translation>
    </message>
    <message>
        <source>the mail server %1:%2 accepted the message: %3 %4</source>
        <translation>el servidor de correo %1:%2 aceptó el mensaje: %3 %4</translation>
    </message>
</context>
<context>
    <name>rb::StartAtLogin</name>
    <message>
        <source>The Windows registry could not be changed.</source>
        <translation>No se pudo modificar el registro de Windows.</translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation>No se pudo eliminar %1.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
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
        <translation>CSV por SFTP</translation>
    </message>
    <message>
        <source>Watched CSV folder</source>
        <translation>Carpeta CSV supervisada</translation>
    </message>
    <message>
        <source>CSV export</source>
        <translation>Exportación CSV</translation>
    </message>
    <message>
        <source>Apple School Manager</source>
        <translation>Apple School Manager</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Manualmente</translation>
    </message>
    <message>
        <source>No profiles yet</source>
        <translation>Aún no hay perfiles</translation>
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
        <translation>Paso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Recuentos</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>rb::StoredSecretHint</name>
    <message>
        <source>Saved in the keychain — type to replace</source>
        <translation>Guardada en el llavero: escriba para reemplazarla</translation>
    </message>
</context>
<context>
    <name>rb::TablePage</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Text in any column; Enter finds the next row</source>
        <translation>Texto en cualquier columna; Enter busca la fila siguiente</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>Buscar en %1</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Resultado de la búsqueda</translation>
    </message>
    <message>
        <source>State of %1</source>
        <translation>Estado de %1</translation>
    </message>
    <message>
        <source>Rows of %1</source>
        <translation>Filas de %1</translation>
    </message>
    <message>
        <source>%1 has no rows, only its header.</source>
        <translation>%1 no tiene filas, solo su encabezado.</translation>
    </message>
    <message>
        <source>%1 cannot be shown: %2</source>
        <translation>No se puede mostrar %1: %2</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Found on line %1</source>
        <translation>Encontrado en la línea %1</translation>
    </message>
    <message>
        <source>“%1” not found</source>
        <translation>No se encontró “%1”</translation>
    </message>
</context>
<context>
    <name>rb::TokenUrlProbe</name>
    <message>
        <source>Enter the OneRoster API URL first.</source>
        <translation>Escriba primero la URL de la API OneRoster.</translation>
    </message>
    <message>
        <source>The token URL is only looked for over https: %1 is not encrypted, and the client secret would be sent to every address tried. Enter the token URL your SIS vendor gives.</source>
        <translation>La URL del token solo se busca por https: %1 no está cifrada y el secreto de cliente se enviaría a cada dirección probada. Escriba la URL del token que indica el proveedor del SIS.</translation>
    </message>
    <message>
        <source>None of the usual token addresses answered (%1). Enter the token URL your SIS vendor gives.</source>
        <translation>Ninguna de las direcciones de token habituales respondió (%1). Escriba la URL del token que indica el proveedor del SIS.</translation>
    </message>
    <message>
        <source>%1 answered and issued a token.</source>
        <translation>%1 respondió y emitió un token.</translation>
    </message>
    <message>
        <source>%1 answered as a token endpoint but refused the credentials (%2): check the client ID and secret.</source>
        <translation>%1 respondió como punto de token pero rechazó las credenciales (%2): compruebe el ID y el secreto de cliente.</translation>
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
        <translation>&amp;Ejecutar ahora</translation>
    </message>
    <message>
        <source>&amp;Preview (dry run)</source>
        <translation>&amp;Vista previa (ejecución de prueba)</translation>
    </message>
    <message>
        <source>Resume &amp;schedules</source>
        <translation>Reanudar las &amp;programaciones</translation>
    </message>
    <message>
        <source>Pause &amp;schedules</source>
        <translation>Pausar las &amp;programaciones</translation>
    </message>
    <message>
        <source>&amp;Open RosterBridge</source>
        <translation>&amp;Abrir RosterBridge</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Last delivered: %1</source>
        <translation>Última entrega: %1</translation>
    </message>
    <message>
        <source>%1: last delivered %2</source>
        <translation>%1: última entrega %2</translation>
    </message>
    <message>
        <source>held for review</source>
        <translation>retenido para revisión</translation>
    </message>
    <message>
        <source>Review %1: %2</source>
        <translation>Revisar %1: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message numerus="yes">
        <source>Review %1: blocked, %n problem(s) with Apple&apos;s rules</source>
        <translation>
            <numerusform>Revisar %1: bloqueado, %n problema con las reglas de Apple</numerusform>
            <numerusform>Revisar %1: bloqueado, %n problemas con las reglas de Apple</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::VendorPreset</name>
    <message>
        <source>The token URL cannot be derived from the API URL for this SIS; enter the one the vendor or the district&apos;s SIS administrator gives.</source>
        <translation>La URL del token no se puede deducir de la URL de la API para este SIS; ingrese la que le indique el proveedor o el administrador del SIS del distrito.</translation>
    </message>
    <message>
        <source>Aeries base URL (public HTTPS, with its sub-folder, e.g. https://district.aeries.net/aeries; hosted districts: https://{district}api.aeries.net/admin)</source>
        <translation>URL base de Aeries (HTTPS pública, con su subcarpeta, p. ej. https://district.aeries.net/aeries; distritos alojados: https://{district}api.aeries.net/admin)</translation>
    </message>
    <message>
        <source>Consumer ID</source>
        <translation>ID de consumidor (Consumer ID)</translation>
    </message>
    <message>
        <source>Consumer Secret Key</source>
        <translation>Clave secreta de consumidor (Consumer Secret Key)</translation>
    </message>
    <message>
        <source>Aeries: Security &gt; API Security: add RosterBridge, tick OneRoster, grant read permissions (Student Data, Schools, Terms, Teacher Data, Master Schedule, Course Data, Classes), then &quot;Display Consumer ID &amp; Secret Keys&quot;. OneRoster must be enabled under District School Options.</source>
        <translation>Aeries: Security &gt; API Security: agregue RosterBridge, marque OneRoster, otorgue permisos de lectura (Student Data, Schools, Terms, Teacher Data, Master Schedule, Course Data, Classes) y luego haga clic en &quot;Display Consumer ID &amp; Secret Keys&quot;. OneRoster debe estar habilitado en District School Options.</translation>
    </message>
    <message>
        <source>Aeries issues tokens at the base URL followed by /token (older versions used /v2/oauth/token).</source>
        <translation>Aeries emite tokens en la URL base seguida de /token (las versiones anteriores usaban /v2/oauth/token).</translation>
    </message>
    <message>
        <source>At least one scope must be sent with the token request.</source>
        <translation>Se debe enviar al menos un ámbito con la solicitud de token.</translation>
    </message>
    <message>
        <source>Cookies from the token response (load-balancer affinity) are replayed on every call.</source>
        <translation>Las cookies de la respuesta del token (afinidad del balanceador de carga) se reenvían en cada llamada.</translation>
    </message>
    <message>
        <source>Links (href) are relative, e.g. ~/ims/oneroster/v1p1/orgs/894; RosterBridge reads references by sourcedId only.</source>
        <translation>Los vínculos (href) son relativos, p. ej. ~/ims/oneroster/v1p1/orgs/894; RosterBridge lee las referencias solo por sourcedId.</translation>
    </message>
    <message>
        <source>Tokens last 6 hours; students without a current enrollment are left out by Aeries.</source>
        <translation>Los tokens duran 6 horas; Aeries omite a los estudiantes sin una inscripción vigente.</translation>
    </message>
    <message>
        <source>Reported but not confirmed: the roster-core scope alone may be refused on /enrollments, so roster.readonly is requested as well. The largest page size Aeries allows is not published.</source>
        <translation>Informado pero no confirmado: es posible que el ámbito roster-core por sí solo se rechace en /enrollments, por lo que también se solicita roster.readonly. No se publica el tamaño de página máximo que admite Aeries.</translation>
    </message>
    <message>
        <source>OneRoster API URL (from your eSchoolData representative)</source>
        <translation>URL de la API de OneRoster (de su representante de eSchoolData)</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>URL del token</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation>Secreto de cliente (Client Secret)</translation>
    </message>
    <message>
        <source>eSchoolData admin console: Configuration &gt; Create New Vendor gives the Client ID and Client Secret (Show Secret). Grant the vendor all data marked &quot;OneRoster&quot;.</source>
        <translation>Consola de administración de eSchoolData: Configuration &gt; Create New Vendor proporciona el Client ID y el Client Secret (Show Secret). Otorgue al proveedor todos los datos marcados como &quot;OneRoster&quot;.</translation>
    </message>
    <message>
        <source>Not found in public sources: the OneRoster version eSchoolData serves, its URL pattern and its token URL. Confirm them with eSchoolData.</source>
        <translation>No se encontró en fuentes públicas: la versión de OneRoster que ofrece eSchoolData, su patrón de URL y su URL del token. Confírmelos con eSchoolData.</translation>
    </message>
    <message>
        <source>Aspen domain URL (from the district IT administrator)</source>
        <translation>URL del dominio de Aspen (del administrador de TI del distrito)</translation>
    </message>
    <message>
        <source>Client Identifier</source>
        <translation>Identificador de cliente (Client Identifier)</translation>
    </message>
    <message>
        <source>Client Secret Key</source>
        <translation>Clave secreta de cliente (Client Secret Key)</translation>
    </message>
    <message>
        <source>Aspen: Admin &gt; Security &gt; OAuth Access &gt; Options &gt; Add: Enable Access, Client Identifier, User (role &quot;Administrator, System&quot;), Client Secret Key. The secret is shown only once: copy it then.</source>
        <translation>Aspen: Admin &gt; Security &gt; OAuth Access &gt; Options &gt; Add: Enable Access, Client Identifier, User (rol &quot;Administrator, System&quot;), Client Secret Key. El secreto se muestra una sola vez: cópielo en ese momento.</translation>
    </message>
    <message>
        <source>Not found in public sources: the OneRoster version, the OneRoster URL pattern and the token URL. Aspen&apos;s own REST API takes tokens at {aspen-url}/oauth/rest/v2.0/auth, but whether OneRoster uses it is unconfirmed.</source>
        <translation>No se encontró en fuentes públicas: la versión de OneRoster, el patrón de URL de OneRoster y la URL del token. La API REST propia de Aspen emite tokens en {aspen-url}/oauth/rest/v2.0/auth, pero no está confirmado si OneRoster la usa.</translation>
    </message>
    <message>
        <source>OneRoster API URL</source>
        <translation>URL de la API de OneRoster</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave (Key)</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secreto (Secret)</translation>
    </message>
    <message>
        <source>Skyward: Product Setup &gt; Skyward Contact Access &gt; District Setup &gt; Configuration &gt; API Configuration shows the OneRoster API URL. The Key and Secret belong to a Secured User: Security &gt; Secured User &gt; Add (Organization), select it, API, Generate a New Secret.</source>
        <translation>Skyward: Product Setup &gt; Skyward Contact Access &gt; District Setup &gt; Configuration &gt; API Configuration muestra la URL de la API de OneRoster. La clave (Key) y el secreto (Secret) pertenecen a un usuario protegido (Secured User): Security &gt; Secured User &gt; Add (Organization), selecciónelo, API, Generate a New Secret.</translation>
    </message>
    <message>
        <source>Unconfirmed: which OneRoster version SMS 2.0 serves (sources disagree between 1.1 and 1.2) and its token URL (one unverified source gives .../wsisaapi.dll/&lt;DISTRICT&gt;/oauth2/token). Check with Skyward.</source>
        <translation>Sin confirmar: qué versión de OneRoster ofrece SMS 2.0 (las fuentes discrepan entre 1.1 y 1.2) y su URL del token (una fuente no verificada indica .../wsisaapi.dll/&lt;DISTRICT&gt;/oauth2/token). Consúltelo con Skyward.</translation>
    </message>
    <message>
        <source>Qmlativ: the API URL and the Key and Secret of a Secured User, as for SMS 2.0. Qmlativ&apos;s &quot;Generic&quot; API keys are not OneRoster keys.</source>
        <translation>Qmlativ: la URL de la API y la clave (Key) y el secreto (Secret) de un usuario protegido (Secured User), igual que para SMS 2.0. Las claves de API &quot;Generic&quot; de Qmlativ no son claves de OneRoster.</translation>
    </message>
    <message>
        <source>Not found in public sources: the OneRoster version and the token URL for Qmlativ.</source>
        <translation>No se encontró en fuentes públicas: la versión de OneRoster y la URL del token de Qmlativ.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>SIS name</source>
        <translation>Nombre del SIS</translation>
    </message>
    <message>
        <source>Headers (optional)</source>
        <translation>Encabezados (opcional)</translation>
    </message>
    <message>
        <source>Scope (optional)</source>
        <translation>Ámbito (opcional)</translation>
    </message>
    <message>
        <source>Grant type (optional)</source>
        <translation>Tipo de concesión (opcional)</translation>
    </message>
    <message>
        <source>Form (optional)</source>
        <translation>Formulario (opcional)</translation>
    </message>
    <message>
        <source>Request headers (optional)</source>
        <translation>Encabezados de solicitud (opcional)</translation>
    </message>
    <message>
        <source>Refresh headers (optional)</source>
        <translation>Encabezados de actualización (opcional)</translation>
    </message>
    <message>
        <source>Refresh scope (optional)</source>
        <translation>Ámbito de actualización (opcional)</translation>
    </message>
    <message>
        <source>Refresh grant type (optional)</source>
        <translation>Tipo de concesión de actualización (opcional)</translation>
    </message>
    <message>
        <source>Refresh form (optional)</source>
        <translation>Formulario de actualización (opcional)</translation>
    </message>
    <message>
        <source>Ask the SIS vendor for the OneRoster API URL, the token URL and a client ID and secret with read access to rostering data.</source>
        <translation>Solicite al proveedor del SIS la URL de la API de OneRoster, la URL del token y un ID y secreto de cliente con acceso de lectura a los datos de listas de clase.</translation>
    </message>
    <message>
        <source>Base URL, as Infinite Campus shows it under Information to Share (e.g. https://district.infinitecampus.org/campus/api/oneroster/v1p2/district/ims/oneroster/rostering/v1p2)</source>
        <translation>Base URL, tal como la muestra Infinite Campus en Information to Share (p. ej., https://district.infinitecampus.org/campus/api/oneroster/v1p2/district/ims/oneroster/rostering/v1p2)</translation>
    </message>
    <message>
        <source>Infinite Campus: Digital Learning Applications Configuration (formerly System Administration &gt; Learning Interoperability): Add Application, Connect to Other Applications, name it RosterBridge, Generate New OneRoster Connection, choose OneRoster 1.2 (or 1.1 with OAuth 2.0), pick the schools, leave the status Active and save. Information to Share then shows the Base URL, Token URL, Client ID and Client Secret (older Campus versions: Consumer Key and Consumer Secret). The credentials stop working on their Token Expiration Date, at most 13 months ahead: renew them before then.</source>
        <translation>Infinite Campus: Digital Learning Applications Configuration (antes System Administration &gt; Learning Interoperability): Add Application, Connect to Other Applications, llámela RosterBridge, Generate New OneRoster Connection, elija OneRoster 1.2 (o 1.1 con OAuth 2.0), elija las escuelas, deje el estado Active y guarde. Information to Share muestra entonces Base URL, Token URL, Client ID y Client Secret (en versiones antiguas de Campus: Consumer Key y Consumer Secret). Las credenciales dejan de funcionar en su Token Expiration Date, como mucho 13 meses después: renuévelas antes.</translation>
    </message>
    <message>
        <source>Infinite Campus issues tokens at /campus/oauth2/token?appName=… on the API&apos;s server; the app name is read from the Base URL. Information to Share shows the exact Token URL.</source>
        <translation>Infinite Campus emite los tokens en /campus/oauth2/token?appName=… en el servidor de la API; el nombre de la aplicación se lee de la Base URL. Information to Share muestra la Token URL exacta.</translation>
    </message>
    <message>
        <source>Infinite Campus asks for one request at a time during the district&apos;s peak hours and at most five off-peak; RosterBridge sends one at a time.</source>
        <translation>Infinite Campus pide una solicitud a la vez en las horas punta del distrito y como mucho cinco fuera de ellas; RosterBridge envía una a la vez.</translation>
    </message>
    <message>
        <source>Pages of up to 50,000 records are allowed (10,000 before Campus.1645).</source>
        <translation>Se permiten páginas de hasta 50.000 registros (10.000 antes de Campus.1645).</translation>
    </message>
    <message>
        <source>OAuth 1.0a connections were switched off with Campus.2431.</source>
        <translation>Las conexiones OAuth 1.0a se desactivaron con Campus.2431.</translation>
    </message>
    <message>
        <source>A new OneRoster 1.2 connection gives people new sourcedIds; the first run after switching versions changes everyone.</source>
        <translation>Una conexión OneRoster 1.2 nueva da a las personas sourcedIds nuevos; la primera ejecución tras cambiar de versión cambia a todo el mundo.</translation>
    </message>
    <message>
        <source>From third-party guides and public code rather than Infinite Campus&apos; own pages: the Base URL shape (…/campus/api/oneroster/v1p2/&lt;app&gt;/ims/oneroster/rostering/v1p2), the token URL rule, the credentials sent in the form body, and that no scope is needed. The 1.1 Base URL of OAuth 2 connections was not found.</source>
        <translation>De guías de terceros y código público, no de las páginas de Infinite Campus: la forma de la Base URL (…/campus/api/oneroster/v1p2/&lt;app&gt;/ims/oneroster/rostering/v1p2), la regla de la URL del token, el envío de las credenciales en el cuerpo del formulario y que no hace falta ningún scope. No se encontró la Base URL 1.1 de las conexiones OAuth 2.</translation>
    </message>
    <message>
        <source>PowerSchool server address (the one staff sign in to, e.g. https://district.powerschool.com)</source>
        <translation>Dirección del servidor PowerSchool (la que usa el personal para iniciar sesión, p. ej., https://district.powerschool.com)</translation>
    </message>
    <message>
        <source>PowerSchool: System &gt; System Settings &gt; Plugin Management Configuration: install and enable a plugin that grants OneRoster access, click its name, then Data Configuration: the OAuth Credentials show the Client ID and Client Secret. Raise the plugin&apos;s page size limit (Maximum Page Size) to 1000 there.</source>
        <translation>PowerSchool: System &gt; System Settings &gt; Plugin Management Configuration: instale y active un plugin que dé acceso OneRoster, pulse su nombre y luego Data Configuration: OAuth Credentials muestra el Client ID y el Client Secret. Suba allí el límite de tamaño de página del plugin (Maximum Page Size) a 1000.</translation>
    </message>
    <message>
        <source>PowerSchool issues plugin tokens at the server address followed by /oauth/access_token.</source>
        <translation>PowerSchool emite los tokens de plugin en la dirección del servidor seguida de /oauth/access_token.</translation>
    </message>
    <message>
        <source>Each plugin has its own page size limit, set in Data Configuration; OneRoster partners ask for 1000.</source>
        <translation>Cada plugin tiene su propio límite de tamaño de página, fijado en Data Configuration; los socios de OneRoster piden 1000.</translation>
    </message>
    <message>
        <source>A first full sync of a large district can take hours.</source>
        <translation>Una primera sincronización completa de un distrito grande puede tardar horas.</translation>
    </message>
    <message>
        <source>Not confirmed by PowerSchool&apos;s own pages: the OneRoster path (/ims/oneroster/v1p1 on the server address, as third-party tools use it), that OneRoster takes the plugin token URL, whether OneRoster 1.2 is served, and which plugin file turns OneRoster access on: RosterBridge ships none; ask PowerSchool or the district&apos;s PowerSchool administrator.</source>
        <translation>No confirmado por las páginas de PowerSchool: la ruta OneRoster (/ims/oneroster/v1p1 en la dirección del servidor, como la usan herramientas de terceros), que OneRoster acepte la URL de token del plugin, si se sirve OneRoster 1.2 y qué archivo de plugin activa el acceso OneRoster: RosterBridge no incluye ninguno; pregunte a PowerSchool o al administrador de PowerSchool del distrito.</translation>
    </message>
    <message>
        <source>OneRoster API URL (from Synergy or Edupoint)</source>
        <translation>URL de la API OneRoster (de Synergy o Edupoint)</translation>
    </message>
    <message>
        <source>Synergy: a Synergy administrator generates a OneRoster Client ID and Client Secret for RosterBridge, together with the OneRoster API URL and the token endpoint; OneRoster may need a license from Edupoint first. Choose OAuth 2.0 where Synergy offers it (OAuth 1.0 is deprecated).</source>
        <translation>Synergy: un administrador de Synergy genera un Client ID y un Client Secret de OneRoster para RosterBridge, junto con la URL de la API OneRoster y el punto de token; puede que OneRoster requiera antes una licencia de Edupoint. Elija OAuth 2.0 donde Synergy lo ofrezca (OAuth 1.0 está obsoleto).</translation>
    </message>
    <message>
        <source>Not found in public sources: where in Synergy the credentials are made, the OneRoster URL pattern, the token URL, the scopes, whether OneRoster 1.2 is served (a 2019 guide names 1.1) and the largest page size. Confirm them with Edupoint.</source>
        <translation>No encontrado en fuentes públicas: dónde se crean las credenciales en Synergy, el patrón de la URL OneRoster, la URL del token, los scopes, si se sirve OneRoster 1.2 (una guía de 2019 cita 1.1) y el tamaño máximo de página. Confírmelos con Edupoint.</translation>
    </message>
</context>
<context>
    <name>rb::WebhookNotifier</name>
    <message>
        <source>the webhook address &quot;%1&quot; is not an http(s) URL</source>
        <translation>la dirección del webhook &quot;%1&quot; no es una URL http(s)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>the webhook %1</source>
        <translation>el webhook %1</translation>
    </message>
    <message>
        <source>the success ping address &quot;%1&quot; is not an http(s) URL</source>
        <translation>la dirección del ping de éxito &quot;%1&quot; no es una URL http(s)</translation>
    </message>
    <message>
        <source>the success ping %1</source>
        <translation>el ping de éxito %1</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 respondió HTTP %2</translation>
    </message>
    <message>
        <source>%1 answered %2</source>
        <translation>%1 respondió %2</translation>
    </message>
</context>
<context>
    <name>rb::WelcomePage</name>
    <message>
        <source>Set up a sync to Apple School Manager</source>
        <translation>Configurar una sincronización con Apple School Manager</translation>
    </message>
    <message>
        <source>RosterBridge reads your district&apos;s roster, filters it, checks it and uploads it to Apple School Manager. Where does the roster come from?</source>
        <translation>RosterBridge lee la lista de clase de su distrito, la filtra, la verifica y la sube a Apple School Manager. ¿De dónde proviene la lista de clase?</translation>
    </message>
    <message>
        <source>Connect to my SIS (&amp;OneRoster API)</source>
        <translation>Conectarse a mi SIS (API &amp;OneRoster)</translation>
    </message>
    <message>
        <source>Use OneRoster &amp;CSV files</source>
        <translation>Usar archivos &amp;CSV de OneRoster</translation>
    </message>
    <message>
        <source>Try with a &amp;sample district</source>
        <translation>Probar con un distrito de &amp;ejemplo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before you start, have these ready:&lt;/b&gt;&lt;ul&gt;&lt;li&gt;A verified domain in Apple School Manager, and an account there with the &quot;Configure organization&quot; privilege.&lt;/li&gt;&lt;li&gt;An SFTP account from Apple School Manager (Preferences &amp;rarr; Accounts &amp;rarr; Directory Sync &amp;rarr; SFTP). Do not create SFTP users in your primary location.&lt;/li&gt;&lt;li&gt;Outbound connections to port 22 allowed by your firewall.&lt;/li&gt;&lt;li&gt;From your SIS: the OneRoster API address and a client ID and secret, or where its CSV exports land.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Antes de empezar, tenga a mano lo siguiente:&lt;/b&gt;&lt;ul&gt;&lt;li&gt;Un dominio verificado en Apple School Manager y una cuenta allí con el privilegio &quot;Configure organization&quot;.&lt;/li&gt;&lt;li&gt;Una cuenta SFTP de Apple School Manager (Preferencias &amp;rarr; Cuentas &amp;rarr; Sincronización de directorios &amp;rarr; SFTP). No cree usuarios SFTP en su ubicación principal.&lt;/li&gt;&lt;li&gt;Conexiones salientes al puerto 22 permitidas por su firewall.&lt;/li&gt;&lt;li&gt;De su SIS: la dirección de la API de OneRoster y un ID y secreto de cliente, o la ubicación donde se guardan sus exportaciones CSV.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Requisitos previos</translation>
    </message>
    <message>
        <source>Creating the sample district</source>
        <translation>Creando el distrito de ejemplo</translation>
    </message>
    <message>
        <source>Your SIS exports OneRoster CSV files (a zip or a folder) to this computer, a shared folder or an SFTP server.</source>
        <translation>Su SIS exporta archivos CSV de OneRoster (un zip o una carpeta) a esta computadora, a una carpeta compartida o a un servidor SFTP.</translation>
    </message>
    <message>
        <source>A small made-up district, written to a folder on this computer instead of Apple School Manager. Nothing leaves this computer.</source>
        <translation>Un pequeño distrito ficticio, que se escribe en una carpeta de esta computadora en lugar de en Apple School Manager. Nada sale de esta computadora.</translation>
    </message>
    <message>
        <source>Creating the sample district...</source>
        <translation>Creando el distrito de ejemplo...</translation>
    </message>
    <message>
        <source>The sample district is ready.</source>
        <translation>El distrito de ejemplo está listo.</translation>
    </message>
    <message>
        <source>Sample district</source>
        <translation>Distrito de ejemplo</translation>
    </message>
    <message>
        <source>RosterBridge reads the roster from your SIS over the OneRoster 1.1 or 1.2 API (PowerSchool, Infinite Campus, Synergy, Aeries, eSchoolData, Follett Aspen, Skyward and others).</source>
        <translation>RosterBridge lee la lista de clase de su SIS mediante la API OneRoster 1.1 o 1.2 (PowerSchool, Infinite Campus, Synergy, Aeries, eSchoolData, Follett Aspen, Skyward y otros).</translation>
    </message>
</context>
<context>
    <name>rb::WhyBox</name>
    <message>
        <source>&amp;Why is … not sent?</source>
        <translation>¿&amp;Por qué no se envía …?</translation>
    </message>
    <message>
        <source>A person&apos;s, class&apos;s, course&apos;s or enrollment&apos;s id</source>
        <translation>El id de una persona, clase, curso o matrícula</translation>
    </message>
    <message>
        <source>Id to explain</source>
        <translation>Id que explicar</translation>
    </message>
    <message>
        <source>Explain why the id is or is not sent</source>
        <translation>Explicar por qué el id se envía o no</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Looking for %1…</source>
        <translation>Buscando %1…</translation>
    </message>
    <message>
        <source>Expla&amp;in</source>
        <translation>Expl&amp;icar</translation>
    </message>
</context>
<context>
    <name>rb::WhyCommand</name>
    <message>
        <source>Run rosterbridge why --help for its options.</source>
        <translation>Ejecute rosterbridge why --help para ver sus opciones.</translation>
    </message>
    <message>
        <source>Says why a person, class, course or enrollment is not sent to Apple School Manager in a run (the rule and the source row), or where it was sent. Exits 0 with the answer, 1 when the id is nowhere in that run&apos;s data.</source>
        <translation>Indica por qué una persona, clase, curso o matrícula no se envía a Apple School Manager en una ejecución (la regla y la fila de origen), o dónde se envió. Sale con 0 con la respuesta, con 1 cuando el id no está en ningún dato de esa ejecución.</translation>
    </message>
    <message>
        <source>A sourcedId: a person, class, course, school or enrollment.</source>
        <translation>Un sourcedId: una persona, clase, curso, escuela o matrícula.</translation>
    </message>
    <message>
        <source>The profile (name or id).</source>
        <translation>El perfil (nombre o id).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Ask about this run (default: the profile&apos;s latest run that read its export).</source>
        <translation>Preguntar por esta ejecución (por omisión: la última ejecución del perfil que leyó su exportación).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>why needs exactly one id.</source>
        <translation>why necesita exactamente un id.</translation>
    </message>
    <message>
        <source>why needs --profile NAME.</source>
        <translation>why necesita --profile NOMBRE.</translation>
    </message>
    <message>
        <source>--run needs a run id (a whole number), not &quot;%1&quot;.</source>
        <translation>--run necesita un id de ejecución (un número entero), no «%1».</translation>
    </message>
    <message>
        <source>No single profile is named or has the id &quot;%1&quot;.</source>
        <translation>Ningún perfil único se llama o tiene el id «%1».</translation>
    </message>
    <message>
        <source>%1 has no runs yet.</source>
        <translation>%1 aún no tiene ejecuciones.</translation>
    </message>
    <message>
        <source>No run of %1 has read its export yet.</source>
        <translation>Ninguna ejecución de %1 ha leído aún su exportación.</translation>
    </message>
    <message>
        <source>Run %1 is not a run of %2.</source>
        <translation>La ejecución %1 no es una ejecución de %2.</translation>
    </message>
    <message>
        <source>A temporary folder could not be made: %1</source>
        <translation>No se pudo crear una carpeta temporal: %1</translation>
    </message>
</context>
<context>
    <name>rb::WhyQuery</name>
    <message>
        <source>The zip %1 could not be written: %2</source>
        <translation>No se pudo escribir el zip %1: %2</translation>
    </message>
    <message>
        <source>Run %1 is not in the history.</source>
        <translation>La ejecución %1 no está en el historial.</translation>
    </message>
    <message>
        <source>The package %1 cannot be read.</source>
        <translation>No se puede leer el paquete %1.</translation>
    </message>
    <message>
        <source>%1 in %2 cannot be read: %3</source>
        <translation>%1 en %2 no se puede leer: %3</translation>
    </message>
    <message>
        <source>  Source: %1 line %2: %3</source>
        <translation>  Origen: %1 línea %2: %3</translation>
    </message>
    <message>
        <source>Run %1 kept no decision trail (it stopped before its filters ran, or it was made by an older version).</source>
        <translation>La ejecución %1 no guardó registro de decisiones (se detuvo antes de aplicar sus filtros, o la hizo una versión anterior).</translation>
    </message>
    <message>
        <source>%1 is sent in run %2: %3 line %4 (%5).</source>
        <translation>%1 se envía en la ejecución %2: %3 línea %4 (%5).</translation>
    </message>
    <message>
        <source>  Changed by a rule: %1: %2</source>
        <translation>  Cambiado por una regla: %1: %2</translation>
    </message>
    <message>
        <source>%1 is not sent in run %2: %3</source>
        <translation>%1 no se envía en la ejecución %2: %3</translation>
    </message>
    <message>
        <source>  Rule: %1</source>
        <translation>  Regla: %1</translation>
    </message>
    <message>
        <source>No rule of run %1 left %2 out, but the run&apos;s package is no longer kept, so whether it was sent cannot be told.</source>
        <translation>Ninguna regla de la ejecución %1 dejó fuera %2, pero el paquete de la ejecución ya no se guarda, así que no se puede saber si se envió.</translation>
    </message>
    <message>
        <source>%1 is not sent in run %2. The delivery before it had it in %3 line %4 (%5).</source>
        <translation>%1 no se envía en la ejecución %2. La entrega anterior lo tenía en %3 línea %4 (%5).</translation>
    </message>
    <message>
        <source>%1 is nowhere in run %2&apos;s data: not in its package, not left out by its filters, and not in the delivery before it. Check the id; an enrollment whose class or person is not sent is answered by asking about the class or the person.</source>
        <translation>%1 no está en ningún dato de la ejecución %2: ni en su paquete, ni dejado fuera por sus filtros, ni en la entrega anterior. Compruebe el id; para una matrícula cuya clase o persona no se envía, pregunte por la clase o la persona.</translation>
    </message>
</context>
<context>
    <name>rb::WizardSideBar</name>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>What Next needs</source>
        <translation>Qué necesita Siguiente</translation>
    </message>
    <message>
        <source>%1, done</source>
        <translation>%1, hecho</translation>
    </message>
    <message>
        <source>%1, current step</source>
        <translation>%1, paso actual</translation>
    </message>
</context>
<context>
    <name>rb::ZipEntryDevice</name>
    <message>
        <source>The zip cannot be opened (zip error %1).</source>
        <translation>No se puede abrir el zip (error de zip %1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be found in the zip.</source>
        <translation>No se encuentra «%1» en el zip.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the zip unpacks to %2 MiB; entries larger than %3 MiB are refused.</source>
        <translation>«%1» del zip se descomprime en %2 MiB; se rechazan las entradas de más de %3 MiB.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the zip cannot be opened (zip error %2).</source>
        <translation>No se puede abrir «%1» del zip (error de zip %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the zip cannot be opened (out of memory).</source>
        <translation>No se puede abrir «%1» del zip (sin memoria).</translation>
    </message>
    <message>
        <source>it holds more data than the zip directory says</source>
        <translation>contiene más datos de los que indica el directorio del zip</translation>
    </message>
    <message>
        <source>the compressed data is corrupt (zip error %1)</source>
        <translation>los datos comprimidos están dañados (error de zip %1)</translation>
    </message>
    <message>
        <source>its compressed data ends too early</source>
        <translation>sus datos comprimidos terminan antes de tiempo</translation>
    </message>
    <message>
        <source>the compressed data is corrupt</source>
        <translation>los datos comprimidos están dañados</translation>
    </message>
    <message>
        <source>its checksum (CRC) does not match its data</source>
        <translation>su suma de comprobación (CRC) no coincide con sus datos</translation>
    </message>
    <message>
        <source>zip error %1 at its end</source>
        <translation>error de zip %1 al final</translation>
    </message>
    <message>
        <source>it ends after %1 of %2 bytes</source>
        <translation>termina tras %1 de %2 bytes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the zip is damaged: %2.</source>
        <translation>«%1» del zip está dañado: %2.</translation>
    </message>
</context>
</TS>
