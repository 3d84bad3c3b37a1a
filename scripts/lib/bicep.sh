# shellcheck shell=bash
# The Bicep CLI from its NuGet package (Azure.Bicep.CommandLine.linux-x64), restored into the NuGet
# cache through tools/bicep/BicepCli.csproj when missing, and a check that fails on any warning
# (bicep lint exits 0 on warnings). Needs REPO_ROOT, say, warn and die from services.sh.

BICEP_VERSION=0.49.2

# Sets BICEP to the executable, restoring the package when it is not in the NuGet cache yet.
ensure_bicep() {
  local packages
  packages="${NUGET_PACKAGES:-$(dotnet nuget locals global-packages --list --force-english-output | sed -n 's/^global-packages: //p')}"
  BICEP="${packages%/}/azure.bicep.commandline.linux-x64/$BICEP_VERSION/tools/bicep"
  if [[ ! -f "$BICEP" ]]; then
    say "Restoring the Bicep CLI $BICEP_VERSION from NuGet (Azure.Bicep.CommandLine.linux-x64, about 115 MB)..."
    dotnet restore "$REPO_ROOT/tools/bicep/BicepCli.csproj" --nologo -v quiet ||
      die "Restoring Azure.Bicep.CommandLine.linux-x64 $BICEP_VERSION failed; check that NuGet is reachable."
    [[ -f "$BICEP" ]] || die "The Bicep package was restored but $BICEP is missing."
  fi
  [[ -x "$BICEP" ]] || chmod u+x "$BICEP"
  export BICEP
}

# bicep_clean OUTPUT_FILE ARGS...: runs bicep with ARGS; true when it exits 0 and reports no
# warning and no error. Everything bicep printed goes to OUTPUT_FILE.
bicep_clean() {
  local out="$1"
  shift
  local status=0
  "$BICEP" "$@" >"$out" 2>&1 || status=$?
  ((status == 0)) && ! grep -Eq ' : (Warning|Error) ' "$out"
}
