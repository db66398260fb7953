<#
  Windows scheduled task: start the Khasan 1938 Explorer kiosk, supervised, at logon.

  Run once, in an elevated PowerShell, on the kiosk PC:
    powershell -ExecutionPolicy Bypass -File install-kiosk-task.ps1 -User KIOSK `
        -Python "C:\khasan-explorer\.venv\Scripts\pythonw.exe" -WorkDir "C:\khasan-explorer"

  The task runs `pythonw -m app.kiosk.supervisor --kiosk` in the kiosk user's desktop session.
  The supervisor restarts the app within 3 s of a crash or a hang; Task Scheduler restarts
  the supervisor itself if it ever dies (its shortest retry interval is one minute, which
  is why the supervisor, not the task, does the fast restarts). A staff exit (corner long
  press + PIN) ends both with status 0, and the task stays stopped until the next logon.

  Remove with:  Unregister-ScheduledTask -TaskName "Khasan 1938 Explorer kiosk" -Confirm:$false
#>
param(
    [Parameter(Mandatory = $true)][string]$User,
    [Parameter(Mandatory = $true)][string]$Python,
    [Parameter(Mandatory = $true)][string]$WorkDir,
    [string]$TaskName = "Khasan 1938 Explorer kiosk"
)
$ErrorActionPreference = "Stop"
if (-not (Test-Path $Python)) { throw "No Python at $Python" }

$action = New-ScheduledTaskAction -Execute $Python -Argument "-m app.kiosk.supervisor --kiosk" -WorkingDirectory $WorkDir
$trigger = New-ScheduledTaskTrigger -AtLogOn -User $User
$trigger.Delay = "PT5S"  # let the desktop settle
$settings = New-ScheduledTaskSettingsSet `
    -ExecutionTimeLimit ([TimeSpan]::Zero) `
    -RestartCount 999 -RestartInterval (New-TimeSpan -Minutes 1) `
    -MultipleInstances IgnoreNew `
    -AllowStartIfOnBatteries -DontStopIfGoingOnBatteries -DontStopOnIdleEnd -StartWhenAvailable
$principal = New-ScheduledTaskPrincipal -UserId $User -LogonType Interactive -RunLevel Limited

Register-ScheduledTask -TaskName $TaskName -Action $action -Trigger $trigger -Settings $settings `
    -Principal $principal -Description "Khasan 1938 Explorer in kiosk mode, restarted after a crash or hang" -Force
Write-Host "Registered '$TaskName' for $User. It starts at the next logon (or: Start-ScheduledTask -TaskName '$TaskName')."
