<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>SafetyCheck</name>
    <message numerus="yes">
        <source>%n validation error(s): Apple would reject this upload.</source>
        <translation>
            <numerusform>%n validation error: Apple would reject this upload.</numerusform>
            <numerusform>%n validation errors: Apple would reject this upload.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::CommandLine</name>
    <message numerus="yes">
        <source>Valid: %1 follows Apple School Manager&apos;s rules (%n warning(s)).</source>
        <translation>
            <numerusform>Valid: %1 follows Apple School Manager&apos;s rules (%n warning).</numerusform>
            <numerusform>Valid: %1 follows Apple School Manager&apos;s rules (%n warnings).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not valid: %1 has %n error(s).</source>
        <translation>
            <numerusform>Not valid: %1 has %n error.</numerusform>
            <numerusform>Not valid: %1 has %n errors.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::ConnectionTest</name>
    <message numerus="yes">
        <source>a token was issued; it expires in %n s</source>
        <translation>
            <numerusform>a token was issued; it expires in %n s</numerusform>
            <numerusform>a token was issued; it expires in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the first page of /orgs holds %n org(s)</source>
        <translation>
            <numerusform>the first page of /orgs holds %n org</numerusform>
            <numerusform>the first page of /orgs holds %n orgs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::ConvertCommand</name>
    <message numerus="yes">
        <source>Failed with %n error(s); no zip was written.</source>
        <translation>
            <numerusform>Failed with %n error; no zip was written.</numerusform>
            <numerusform>Failed with %n errors; no zip was written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::Findings</name>
    <message numerus="yes">
        <source>%n more like &quot;%1&quot; not listed</source>
        <translation>
            <numerusform>%n more like &quot;%1&quot; not listed</numerusform>
            <numerusform>%n more like &quot;%1&quot; not listed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::HistoryPanel</name>
    <message numerus="yes">
        <source>Saves, as a spreadsheet, the %n record(s) the run&apos;s filters left out or changed, with the rule and the source row.</source>
        <translation>
            <numerusform>Saves, as a spreadsheet, the %n record the run&apos;s filters left out or changed, with the rule and the source row.</numerusform>
            <numerusform>Saves, as a spreadsheet, the %n records the run&apos;s filters left out or changed, with the rule and the source row.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::MainWindow</name>
    <message numerus="yes">
        <source>&lt;b&gt;Blocked: %n problem(s) with Apple&apos;s rules.&lt;/b&gt; Nothing was sent. Fix them, then run again.</source>
        <translation>
            <numerusform>&lt;b&gt;Blocked: %n problem with Apple&apos;s rules.&lt;/b&gt; Nothing was sent. Fix it, then run again.</numerusform>
            <numerusform>&lt;b&gt;Blocked: %n problems with Apple&apos;s rules.&lt;/b&gt; Nothing was sent. Fix them, then run again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::PreviewDialog</name>
    <message numerus="yes">
        <source>%1: %Ln row(s) kept as last delivered</source>
        <translation>
            <numerusform>%1: %Ln row kept as last delivered</numerusform>
            <numerusform>%1: %Ln rows kept as last delivered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::ProfileSecretsCommand</name>
    <message numerus="yes">
        <source>Removed the profile &quot;%1&quot; (%2) and %n secret(s) from the system keychain.</source>
        <translation>
            <numerusform>Removed the profile &quot;%1&quot; (%2) and %n secret from the system keychain.</numerusform>
            <numerusform>Removed the profile &quot;%1&quot; (%2) and %n secrets from the system keychain.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::ProfileStatus</name>
    <message numerus="yes">
        <source>Blocked: %n problem(s) with Apple&apos;s rules</source>
        <translation>
            <numerusform>Blocked: %n problem with Apple&apos;s rules</numerusform>
            <numerusform>Blocked: %n problems with Apple&apos;s rules</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::ProfileTableModel</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::RemoveUserDataCommand</name>
    <message numerus="yes">
        <source>%n profile(s): %1</source>
        <translation>
            <numerusform>%n profile: %1</numerusform>
            <numerusform>%n profiles: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n profile file(s) that could not be read</source>
        <translation>
            <numerusform>%n profile file that could not be read</numerusform>
            <numerusform>%n profile files that could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) in the system keychain</source>
        <translation>
            <numerusform>%n secret in the system keychain</numerusform>
            <numerusform>%n secrets in the system keychain</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n secret(s) from the system keychain.</source>
        <translation>
            <numerusform>Removed %n secret from the system keychain.</numerusform>
            <numerusform>Removed %n secrets from the system keychain.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) could not be removed from the system keychain; their names are kept in %1, so running remove-user-data --yes again when the keychain is available removes them.</source>
        <translation>
            <numerusform>%n secret could not be removed from the system keychain; its name is kept in %1, so running remove-user-data --yes again when the keychain is available removes it.</numerusform>
            <numerusform>%n secrets could not be removed from the system keychain; their names are kept in %1, so running remove-user-data --yes again when the keychain is available removes them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::RestFetcher</name>
    <message numerus="yes">
        <source>gave up after %n attempt(s); the last answer was %1</source>
        <translation>
            <numerusform>gave up after %n attempt; the last answer was %1</numerusform>
            <numerusform>gave up after %n attempts; the last answer was %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::ReviewLauncher</name>
    <message numerus="yes">
        <source>Blocked by Apple&apos;s rules: %n problem(s). Nothing was sent, and this package can never be uploaded.</source>
        <translation>
            <numerusform>Blocked by Apple&apos;s rules: %n problem. Nothing was sent, and this package can never be uploaded.</numerusform>
            <numerusform>Blocked by Apple&apos;s rules: %n problems. Nothing was sent, and this package can never be uploaded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::RoleResolver</name>
    <message numerus="yes">
        <source>%n user(s) have the role &quot;%1&quot;, which has no rule; choose Staff or Leave out for it in the profile&apos;s roles, or add &quot;%1&quot;: &quot;staff&quot; or &quot;exclude&quot; to the filters&apos; roleRules</source>
        <translation>
            <numerusform>%n user has the role &quot;%1&quot;, which has no rule; choose Staff or Leave out for it in the profile&apos;s roles, or add &quot;%1&quot;: &quot;staff&quot; or &quot;exclude&quot; to the filters&apos; roleRules</numerusform>
            <numerusform>%n users have the role &quot;%1&quot;, which has no rule; choose Staff or Leave out for it in the profile&apos;s roles, or add &quot;%1&quot;: &quot;staff&quot; or &quot;exclude&quot; to the filters&apos; roleRules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) with the role &quot;%1&quot; are not sent for it (family roles never are)</source>
        <translation>
            <numerusform>%n user with the role &quot;%1&quot; is not sent for it (family roles never are)</numerusform>
            <numerusform>%n users with the role &quot;%1&quot; are not sent for it (family roles never are)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) with the role &quot;%1&quot; are not sent for it (role rule: leave out)</source>
        <translation>
            <numerusform>%n user with the role &quot;%1&quot; is not sent for it (role rule: leave out)</numerusform>
            <numerusform>%n users with the role &quot;%1&quot; are not sent for it (role rule: leave out)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::RosterSelection</name>
    <message numerus="yes">
        <source>%n student(s) belong to no school included by the filters and are not sent</source>
        <translation>
            <numerusform>%n student belongs to no school included by the filters and is not sent</numerusform>
            <numerusform>%n students belong to no school included by the filters and are not sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s) belong to no school included by the filters and teach no class there, so they are not sent</source>
        <translation>
            <numerusform>%n staff member belongs to no school included by the filters and teaches no class there, so is not sent</numerusform>
            <numerusform>%n staff members belong to no school included by the filters and teach no class there, so they are not sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::RunCommand</name>
    <message numerus="yes">
        <source>%n earlier run(s) had been cut off and are now marked interrupted.</source>
        <translation>
            <numerusform>%n earlier run had been cut off and is now marked interrupted.</numerusform>
            <numerusform>%n earlier runs had been cut off and are now marked interrupted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::RunNotifier</name>
    <message numerus="yes">
        <source>%1: no delivery to Apple School Manager for %n school day(s)</source>
        <translation>
            <numerusform>%1: no delivery to Apple School Manager for %n school day</numerusform>
            <numerusform>%1: no delivery to Apple School Manager for %n school days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::RunPipeline</name>
    <message numerus="yes">
        <source>Apple&apos;s rules are met (%n warning(s)).</source>
        <translation>
            <numerusform>Apple&apos;s rules are met (%n warning).</numerusform>
            <numerusform>Apple&apos;s rules are met (%n warnings).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blocked by Apple&apos;s rules: %n problem(s); nothing was delivered.</source>
        <translation>
            <numerusform>Blocked by Apple&apos;s rules: %n problem; nothing was delivered.</numerusform>
            <numerusform>Blocked by Apple&apos;s rules: %n problems; nothing was delivered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Additions and updates were delivered to %1; %n removal(s) stay held for review.</source>
        <translation>
            <numerusform>Additions and updates were delivered to %1; %n removal stays held for review.</numerusform>
            <numerusform>Additions and updates were delivered to %1; %n removals stay held for review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) that the package would remove are kept as last delivered.</source>
        <translation>
            <numerusform>%n row that the package would remove is kept as last delivered.</numerusform>
            <numerusform>%n rows that the package would remove are kept as last delivered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::RunProgressWidget</name>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>about %n minute left</numerusform>
            <numerusform>about %n minutes left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::SecretStore</name>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s); it may be locked and waiting for its password.</source>
        <translation>
            <numerusform>The system keychain did not answer within %n second; it may be locked and waiting for its password.</numerusform>
            <numerusform>The system keychain did not answer within %n seconds; it may be locked and waiting for its password.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::ServiceCommand</name>
    <message numerus="yes">
        <source>The service is installed and running (%1). It starts when the computer does, with nobody logged in, and holds %n secret(s) sealed by systemd. Install it again after adding a profile or changing a password.</source>
        <translation>
            <numerusform>The service is installed and running (%1). It starts when the computer does, with nobody logged in, and holds %n secret sealed by systemd. Install it again after adding a profile or changing a password.</numerusform>
            <numerusform>The service is installed and running (%1). It starts when the computer does, with nobody logged in, and holds %n secrets sealed by systemd. Install it again after adding a profile or changing a password.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::TrayController</name>
    <message numerus="yes">
        <source>Review %1: blocked, %n problem(s) with Apple&apos;s rules</source>
        <translation>
            <numerusform>Review %1: blocked, %n problem with Apple&apos;s rules</numerusform>
            <numerusform>Review %1: blocked, %n problems with Apple&apos;s rules</numerusform>
        </translation>
    </message>
</context>
</TS>
