; The installer's last page offers to start RosterBridge at login. The value is exactly what the
; app's own setting writes (ui/main/StartAtLogin.cpp), so the app shows it as on, and turning it
; off there removes it again. The installer runs elevated: HKCU is the account that approved the
; installation, which is the user's own one unless another account's password was typed in.
; RosterBridge is not started from this page, because it would run elevated too.
!define MUI_FINISHPAGE_SHOWREADME ""
!define MUI_FINISHPAGE_SHOWREADME_NOTCHECKED
!define MUI_FINISHPAGE_SHOWREADME_TEXT "Start RosterBridge when I log in"
!define MUI_FINISHPAGE_SHOWREADME_FUNCTION RosterBridgeStartAtLogin

Function RosterBridgeStartAtLogin
  WriteRegStr HKCU "Software\Microsoft\Windows\CurrentVersion\Run" "RosterBridge" '"$INSTDIR\bin\rosterbridge.exe" --minimized'
FunctionEnd
