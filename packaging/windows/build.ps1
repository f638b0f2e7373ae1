# Windows release build: the frozen application, signed, in a signed MSI. Run on Windows 10/11 x64 with
# Python 3.11 (python.org), the WiX Toolset v5 (`dotnet tool install --global wix`) and signtool (Windows SDK).
# The CI matrix (.ci/release-matrix.yml) runs it; by hand, from the checkout:
#     powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#
# Code signing (KeePassXC signs its executables and MSI with an Authenticode certificate; an unsigned MSI
# meets SmartScreen warnings and many IT departments refuse it): set LIAISON_SIGN_THUMBPRINT to the SHA-1
# thumbprint of the code-signing certificate in the machine's certificate store (an EV or OV certificate,
# on a hardware token or a cloud HSM such as Azure Trusted Signing). Without it the build is unsigned and
# says so. Timestamps come from LIAISON_TIMESTAMP_URL (default http://timestamp.digicert.com), so that
# signatures outlive the certificate.
$ErrorActionPreference = "Stop"
$root = Resolve-Path "$PSScriptRoot\..\.."
Set-Location $root
$build = "$root\build\package-windows"
$venv = "$build\venv"

# 1. A build environment from the hash-pinned packages only.
py -3.11 -m venv $venv
& "$venv\Scripts\python.exe" -m pip install --require-hashes -r packaging\requirements-frozen.txt
& "$venv\Scripts\python.exe" -m pip install --no-deps --no-build-isolation .
$version = & "$venv\Scripts\python.exe" -c "import liaison; print(liaison.__version__)"

# 2. The version resource of the executables (shown in Explorer's properties and by IT inventory tools).
$parts = ($version -split '[^0-9]+' | Where-Object { $_ -ne '' } | Select-Object -First 3) + @(0, 0, 0, 0) | Select-Object -First 4
$tuple = $parts -join ", "
$versionFile = "$build\version.txt"
New-Item -ItemType Directory -Force -Path $build | Out-Null
@"
VSVersionInfo(
  ffi=FixedFileInfo(filevers=($tuple), prodvers=($tuple)),
  kids=[StringFileInfo([StringTable('040904B0', [
    StringStruct('CompanyName', 'The Liaison project'),
    StringStruct('FileDescription', 'Liaison'),
    StringStruct('FileVersion', '$version'),
    StringStruct('ProductName', 'Liaison'),
    StringStruct('ProductVersion', '$version')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])]
)
"@ | Set-Content -Encoding UTF8 $versionFile
$env:LIAISON_VERSION_FILE = $versionFile

# 3. PyInstaller: dist\liaison with Liaison.exe (windowed) and liaison-cli.exe (console).
& "$venv\Scripts\pyinstaller.exe" --noconfirm --distpath dist --workpath "$build\work" packaging\pyinstaller\liaison.spec
& dist\liaison\liaison-cli.exe --version
& dist\liaison\liaison-cli.exe self-check
if ($LASTEXITCODE -ne 0) { throw "the frozen application's self-check failed" }

# 4. Sign the executables, then build and sign the MSI.
$timestamp = if ($env:LIAISON_TIMESTAMP_URL) { $env:LIAISON_TIMESTAMP_URL } else { "http://timestamp.digicert.com" }
function Sign($files) {
  if (-not $env:LIAISON_SIGN_THUMBPRINT) { Write-Warning "LIAISON_SIGN_THUMBPRINT not set: $files left unsigned"; return }
  & signtool sign /sha1 $env:LIAISON_SIGN_THUMBPRINT /fd SHA256 /tr $timestamp /td SHA256 /d "Liaison" $files
  if ($LASTEXITCODE -ne 0) { throw "signing failed" }
}
Sign @("dist\liaison\Liaison.exe", "dist\liaison\liaison-cli.exe")
$msi = "dist\Liaison-$version-x64.msi"
Push-Location packaging\windows
wix build liaison.wxs -arch x64 -d Version=$version -d SourceDir="$root\dist\liaison" -o "$root\$msi"
Pop-Location
Sign @($msi)
(Get-FileHash -Algorithm SHA256 $msi).Hash.ToLower() + "  " + (Split-Path $msi -Leaf) | Set-Content "$msi.sha256"
Write-Host "built $msi"
