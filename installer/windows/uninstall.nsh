; Runs before the program's files are deleted. The user's profiles, history and keychain secrets
; stay unless the user asks for them to go; silent uninstalls (such as the one an upgrade runs
; first) keep them without asking.
MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 "Also remove your RosterBridge data?$\n$\nThis removes every profile, the run history, the packages held for review, the logs and the passwords RosterBridge keeps in Windows Credential Manager. Choose No to keep them for a later installation." /SD IDNO IDNO rosterbridge_keep_data
rosterbridge_remove_data:
  ExecWait '"$INSTDIR\bin\rosterbridge.exe" remove-user-data --yes' $0
  StrCmp $0 "0" rosterbridge_keep_data
  MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "Some of your RosterBridge data could not be removed. If RosterBridge is still running, quit it from its icon in the notification area, then choose Retry." /SD IDCANCEL IDRETRY rosterbridge_remove_data
rosterbridge_keep_data:

; The start-at-login entry would start a program that is gone. An upgrade keeps it: its silent
; uninstall is followed by the same program in the same place.
IfSilent +2
  DeleteRegValue HKCU "Software\Microsoft\Windows\CurrentVersion\Run" "RosterBridge"
