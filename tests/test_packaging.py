"""What an installation holds: the wheel carries every package and every resource file as package data (no
generic top-level folder), and the resources are found installed into a prefix, a target folder and with
--user; the Linux desktop files validate; the version, the changelog and the AppStream release agree."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from environment import needs, require

import liaison

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "invalid.liaison.Liaison"
LINUX = ROOT / "packaging" / "linux"


def _fresh_env_module():
    spec = importlib.util.spec_from_file_location("fresh_env", ROOT / ".ci" / "fresh_env.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """Built from a copy of the checkout, as from a fresh clone: setuptools would reuse a build/ folder left in
    the checkout, stale files included."""
    src = tmp_path_factory.mktemp("src")
    _fresh_env_module().copy_checkout(src)
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(src)],
        capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    return next(out.glob("liaison-*.whl"))


def _shipped_resources() -> list[str]:
    files = []
    for p in (ROOT / "resources").rglob("*"):
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".ts":
            files.append(p.relative_to(ROOT / "resources").as_posix())
    return sorted(files)


@pytest.mark.slow
def test_the_wheel_holds_every_resource_as_package_data(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert wheel.name == f"liaison-{liaison.__version__}-py3-none-any.whl"
    missing = [rel for rel in _shipped_resources() if f"liaison/assets/{rel}" not in names]
    assert not missing, f"resources not in the wheel: {missing} (add them to [tool.setuptools.package-data])"
    assert not [n for n in names if n.startswith(("resources/", "share/")) or ".data/data/share/liaison" in n]
    assert not [n for n in names if n.endswith(".ts")]  # translation sources stay in the checkout
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "[console_scripts]\nliaison = ui.launcher:main" in text
    assert "[gui_scripts]\nliaison-desktop = ui.launcher:desktop_main" in text


def test_every_package_is_listed_in_pyproject():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    listed = set(config["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for top in ("liaison", "ui")
             for p in (ROOT / top).rglob("__init__.py") if "__pycache__" not in p.parts}
    assert found <= listed, f"packages missing from [tool.setuptools] packages: {sorted(found - listed)}"
    folders = {"liaison.assets." + ".".join(p.relative_to(ROOT / "resources").parts)
               for p in (ROOT / "resources").rglob("*") if p.is_dir() and "__pycache__" not in p.parts}
    assert folders <= listed, f"resource folders missing from packages: {sorted(folders - listed)}"


_WHERE = ("from liaison import resources; r = resources.root(); "
          "print(r); assert (r / 'fonts' / 'NotoSans-Regular.ttf').is_file(); "
          "assert (r / 'templates' / 'labels' / 'en.yaml').is_file(); "
          "assert (r / 'translations' / 'liaison_fr.qm').is_file()")


def _resources_root(python: str, env: dict[str, str], cwd: Path) -> Path:
    proc = subprocess.run([python, "-c", _WHERE], capture_output=True, text=True, env=env, cwd=cwd, timeout=60)
    assert proc.returncode == 0, proc.stderr
    return Path(proc.stdout.strip())


@pytest.mark.slow
@pytest.mark.parametrize("how", ["--prefix", "--target"])
def test_installed_resources_are_found_beside_the_package(wheel, tmp_path, how):
    """--ignore-installed: without it pip would first uninstall the test environment's own (editable) Liaison."""
    dest = tmp_path / "installed"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-index", "--ignore-installed", how, str(dest),
                    str(wheel)], check=True, capture_output=True, timeout=300)
    site = dest if how == "--target" else next(dest.glob("lib/python*/site-packages"))
    env = {"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PYTHONNOUSERSITE": "1"}
    root = _resources_root(sys.executable, env, cwd=tmp_path)  # not the checkout: nothing to fall back on
    assert root == site / "liaison" / "assets"
    still = subprocess.run([sys.executable, "-c", "import importlib.metadata as m; print(m.version('liaison'))"],
                           cwd=tmp_path, capture_output=True, text=True)
    assert still.stdout.strip() == liaison.__version__, "the test environment's own Liaison was uninstalled"


@pytest.mark.slow
def test_a_user_install_finds_its_resources(wheel, tmp_path):
    """pip install --user, with the interpreter the virtual environment was made from (a virtual environment
    has no user site)."""
    base = getattr(sys, "_base_executable", sys.executable)
    env = {"PYTHONUSERBASE": str(tmp_path / "userbase"), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    proc = subprocess.run([base, "-m", "pip", "install", "-q", "--user", "--no-deps", "--no-index", str(wheel)],
                          capture_output=True, text=True, env=env, timeout=300)
    if proc.returncode != 0:
        pytest.skip(f"this interpreter cannot install for the user: {proc.stderr.strip().splitlines()[-1:]}")
    root = _resources_root(base, env, cwd=tmp_path)
    assert root.is_relative_to(tmp_path / "userbase") and root.name == "assets"


def test_an_editable_checkout_finds_the_resources_folder_itself():
    from liaison import resources

    assert resources.root() == ROOT / "resources"


# ----------------------------------------------------------------------------- Linux desktop integration
@needs("desktop-file-validate")
def test_the_desktop_file_validates():
    desktop = LINUX / f"{APP_ID}.desktop"
    proc = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
    assert proc.returncode == 0 and not proc.stdout.strip(), proc.stdout + proc.stderr
    text = desktop.read_text(encoding="utf-8")
    assert f"Icon={APP_ID}\n" in text and "Exec=liaison-desktop %f\n" in text
    assert "MimeType=application/x-liaison-bundle;\n" in text


@needs("appstreamcli")
def test_the_appstream_metainfo_validates():
    proc = subprocess.run(["appstreamcli", "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_the_icon_comes_in_every_size():
    from PIL import Image

    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        png = ROOT / "packaging" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        with Image.open(png) as image:
            assert image.size == (size, size) and image.mode == "RGBA", png
    assert (ROOT / "resources" / "icons" / "liaison.svg").is_file()
    with Image.open(ROOT / "packaging" / "icons" / "liaison.ico") as ico:
        assert (256, 256) in ico.info["sizes"] and (16, 16) in ico.info["sizes"]
    assert (ROOT / "packaging" / "icons" / "liaison.icns").read_bytes()[:4] == b"icns"


@needs("update-mime-database", "update-desktop-database", "xdg-mime")
def test_a_bundle_opens_with_liaison(tmp_path):
    """Installed as a package installs them (here into a fresh XDG data folder): the file manager sees a
    .liaison-bundle as a Liaison case bundle and opens it with Liaison's desktop file, whose command gives the
    file to the launcher (tests/test_launcher.py: that opens the import dialog)."""
    data = tmp_path / "share"
    (data / "mime" / "packages").mkdir(parents=True)
    (data / "applications").mkdir(parents=True)
    (data / "mime" / "packages" / f"{APP_ID}.xml").write_bytes((LINUX / f"{APP_ID}.xml").read_bytes())
    (data / "applications" / f"{APP_ID}.desktop").write_bytes((LINUX / f"{APP_ID}.desktop").read_bytes())
    subprocess.run(["update-mime-database", str(data / "mime")], check=True, capture_output=True)
    subprocess.run(["update-desktop-database", str(data / "applications")], check=True, capture_output=True)
    bundle = tmp_path / "LO-2026-0001.liaison-bundle"
    bundle.write_bytes(b"age-encryption.org/v1\n")
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_DATA_HOME": str(data),
           "XDG_DATA_DIRS": str(data), "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_CURRENT_DESKTOP": "X-Test"}
    kind = subprocess.run(["xdg-mime", "query", "filetype", str(bundle)], capture_output=True, text=True, env=env)
    assert kind.stdout.strip() == "application/x-liaison-bundle", kind.stdout + kind.stderr
    handler = subprocess.run(["xdg-mime", "query", "default", "application/x-liaison-bundle"],
                             capture_output=True, text=True, env=env)
    assert handler.stdout.strip() == f"{APP_ID}.desktop", handler.stdout + handler.stderr


def test_the_mime_type_and_the_launcher_agree():
    from ui import launcher

    root = ET.parse(LINUX / f"{APP_ID}.xml").getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    globs = [g.get("pattern") for g in root.iterfind("m:mime-type/m:glob", ns)]
    assert globs == ["*" + launcher.BUNDLE_SUFFIX]
    from ui import handover

    assert launcher.BUNDLE_SUFFIX in handover.BUNDLE_FILTER


# ----------------------------------------------------------------------------------- release metadata
def test_the_version_changelog_and_appstream_release_agree():
    version = liaison.__version__
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    top = re.search(r"^## (\S+) \(([^)]+)\)$", changelog, re.M)
    assert top and top.group(1) == version, "the top entry of CHANGELOG.md is not liaison.__version__"
    release = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot().find("releases/release")
    assert release.get("version") == version
    if top.group(2) == "unreleased":
        assert release.get("type") == "development"
    else:
        assert release.get("date") == top.group(2) and release.get("type", "stable") == "stable"


def test_frozen_requirements_pin_every_package_with_hashes():
    text = (ROOT / "packaging" / "requirements-frozen.txt").read_text(encoding="utf-8")
    pins = re.findall(r"^([A-Za-z0-9_.-]+)==([^ \\;]+)", text, re.M)
    assert len(pins) > 30
    blocks = re.split(r"\n(?=[A-Za-z])", text.split("\n", 2)[2])
    for block in blocks:
        if block.strip() and not block.startswith("#"):
            assert "--hash=sha256:" in block, block.splitlines()[0]
    pinned = {name.lower().replace("_", "-"): v for name, v in pins}
    for line in (ROOT / "constraints.txt").read_text().splitlines():
        name, _, v = line.partition("==")
        key = name.lower().replace("_", "-").replace(".", "-")
        if key in pinned:
            assert pinned[key] == v, f"{name}: constraints.txt {v}, requirements-frozen.txt {pinned[key]}"
    for needed in ("pyinstaller", "pyside6-essentials", "pyside6-addons", "sqlcipher3", "pyrage", "keyring"):
        assert needed in pinned


def test_require_is_usable():  # the helper the packaging tests rely on skips rather than fails
    with pytest.raises(pytest.skip.Exception, match="install the Debian package"):
        require("surely-not-a-program-here")


# ------------------------------------------------------------------- recipes that cannot run here
def test_the_flatpak_manifest_agrees_with_the_desktop_files():
    import json

    import yaml

    manifest = yaml.safe_load((ROOT / "packaging" / "flatpak" / f"{APP_ID}.yml").read_text(encoding="utf-8"))
    assert manifest["id"] == APP_ID and manifest["command"] == "liaison-desktop"
    assert "--share=network" not in manifest["finish-args"]  # Liaison works offline
    assert "--talk-name=org.freedesktop.secrets" in manifest["finish-args"]
    module = manifest["modules"][-1]
    for command in module["build-commands"]:
        for path in re.findall(r"(?:packaging|resources)/[\w./${}-]+", command):
            for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
                assert (ROOT / path.replace("${s}", str(size))).exists(), path
    generated = json.loads((ROOT / "packaging" / "flatpak" / "python3-requirements.json").read_text())
    frozen = (ROOT / "packaging" / "requirements-frozen.txt").read_text(encoding="utf-8")
    installed = re.findall(r'"([a-z0-9_.-]+)==([^"]+)"', generated["build-commands"][0])
    assert len(installed) > 30
    for name, version in installed:
        assert re.search(rf"^{re.escape(name)}=={re.escape(version)}\b", frozen, re.M | re.I), name
    hashes = set(re.findall(r"sha256:([0-9a-f]{64})", frozen))
    assert all(src["sha256"] in hashes for src in generated["sources"])  # the very files pinned for the build


def test_the_windows_and_macos_recipes_name_what_the_spec_builds():
    spec = (ROOT / "packaging" / "pyinstaller" / "liaison.spec").read_text(encoding="utf-8")
    wxs = (ROOT / "packaging" / "windows" / "liaison.wxs").read_text(encoding="utf-8")
    assert 'name="Liaison", console=False' in spec and 'name="liaison-cli", console=True' in spec
    assert 'TargetFile="Liaison.exe"' in wxs and "Target=\"[INSTALLFOLDER]Liaison.exe\"" in wxs
    assert 'Extension Id="liaison-bundle"' in wxs and 'Argument="&quot;%1&quot;"' in wxs
    ET.fromstring(wxs)  # well-formed
    ET.parse(ROOT / "packaging" / "macos" / "entitlements.plist")
    assert f'APP_ID = "{APP_ID}"' in spec and '"public.filename-extension": ["liaison-bundle"]' in spec
    matrix = (ROOT / ".ci" / "release-matrix.yml").read_text(encoding="utf-8")
    for script in ("packaging/windows/build.ps1", "packaging/macos/build.sh", "packaging/flatpak/" + APP_ID + ".yml"):
        assert script in matrix and (ROOT / script).exists(), script
