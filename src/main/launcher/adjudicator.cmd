@echo off
rem The adjudicator's launcher for Windows, copied next to adjudicator.jar by mvn package: the jar with
rem the class-data-sharing archive of the build when there is one (see the POSIX launcher, adjudicator).
rem A JVM that finds the archive unusable (another java, another path) skips it, its warnings turned off.
setlocal
set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
if exist "%~dp0adjudicator.jsa" (
    "%JAVA%" "-XX:SharedArchiveFile=%~dp0adjudicator.jsa" -Xshare:auto -Xlog:cds=off,cds+dynamic=off -jar "%~dp0adjudicator.jar" %*
) else (
    "%JAVA%" -jar "%~dp0adjudicator.jar" %*
)
exit /b %ERRORLEVEL%
