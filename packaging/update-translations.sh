#!/bin/sh
# Refresh the interface translations: extract every message from ui/*.py with
# pyside6-lupdate, merge them into resources/translations/liaison_<lang>.ts
# (keeping the translations already there), then compile the .qm files with
# pyside6-lrelease. Safe to run again at any time.
#
#   packaging/update-translations.sh            # from anywhere in the checkout
#   PYTHON=/path/to/python packaging/update-translations.sh
#   TRANSLATIONS_DIR=/tmp/check packaging/update-translations.sh   # elsewhere (the tests do)
#
# Why a merge step of our own: many modules translate through a small helper,
#     def _tr(text): return QCoreApplication.translate("CaseView", text)
# lupdate recognises the helper's calls (``-tr-function-alias tr+=_tr``) but
# files them under the enclosing class (or no context), while at run time they
# are looked up under the helper's context ("CaseView"). The merge below moves
# each such message to the helper's context, found by reading the source.
# New messages are left unfinished in French (Qt Linguist shows them); a new
# message whose English text is already translated elsewhere reuses that
# translation. English is the source language: liaison_en.ts is the identity.
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
venv_bin="$here/.venv/bin"
PYTHON=${PYTHON:-"$venv_bin/python"}
LUPDATE=${LUPDATE:-"$venv_bin/pyside6-lupdate"}
LRELEASE=${LRELEASE:-"$venv_bin/pyside6-lrelease"}
out_dir=${TRANSLATIONS_DIR:-resources/translations}
mkdir -p "$out_dir"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

# 1. The helpers' names, so that lupdate sees their calls.
aliases=$("$PYTHON" - <<'PY'
import ast, pathlib
names = set()
for path in sorted(pathlib.Path("ui").glob("*.py")):
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.FunctionDef) and "translate(" in ast.unparse(node):
            names.add(node.name)
print(",".join(f"tr+={n}" for n in sorted(names) if n != "tr"))
PY
)

# 2. Extract (a fresh file: the merge is ours).
"$LUPDATE" -silent ${aliases:+-tr-function-alias "$aliases"} ui/*.py -ts "$work/extracted.ts"

# 3. Merge into each language's .ts.
"$PYTHON" - "$work/extracted.ts" "$out_dir" <<'PY'
import ast
import pathlib
import sys
import xml.etree.ElementTree as ET

extracted, out_dir = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
LANGS = ("en", "fr")


def helper_contexts(tree):
    """{helper name: context} for module-level helpers returning translate("Ctx", text)."""
    found = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef):
            continue
        for sub in ast.walk(node):
            if (isinstance(sub, ast.Call) and isinstance(sub.func, ast.Attribute) and sub.func.attr == "translate"
                    and sub.args and isinstance(sub.args[0], ast.Constant) and isinstance(sub.args[0].value, str)):
                found[node.name] = sub.args[0].value
    return found


# Helpers by module, then the helpers each file can call (its own and those it imports).
trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in sorted(pathlib.Path("ui").glob("*.py"))}
own = {path.stem: helper_contexts(tree) for path, tree in trees.items()}

# (file name, source text) -> [(first line, last line, context)] for every helper call.
helper_calls = {}
for path, tree in trees.items():
    helpers = dict(own[path.stem])
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module in own:
            for alias in node.names:
                if alias.name in own[node.module]:
                    helpers[alias.asname or alias.name] = own[node.module][alias.name]
    if not helpers:
        continue
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in helpers
                and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            helper_calls.setdefault((path.name, node.args[0].value), []).append(
                (node.lineno, node.end_lineno or node.lineno, helpers[node.func.id]))


def context_for(default, source, location):
    name = pathlib.PurePath(location.get("filename", "")).name
    line = int(location.get("line", "0") or 0)
    for first, last, ctx in helper_calls.get((name, source), ()):
        if first <= line <= last:
            return ctx
    return default


# Every message, under the context it is looked up with at run time.
messages = {}  # (context, source, comment) -> {"locations": [...]}
order = []
for context in ET.parse(extracted).getroot().iter("context"):
    cname = context.findtext("name") or ""
    for msg in context.iter("message"):
        source = msg.findtext("source") or ""
        comment = msg.findtext("comment") or ""
        for loc in msg.findall("location") or [ET.Element("location")]:
            key = (context_for(cname, source, loc), source, comment)
            if key not in messages:
                messages[key] = {"locations": []}
                order.append(key)
            if loc.get("filename"):
                messages[key]["locations"].append((loc.get("filename"), loc.get("line")))


def old_translations(path):
    exact, by_source = {}, {}
    if not path.exists():
        return exact, by_source
    for context in ET.parse(path).getroot().iter("context"):
        cname = context.findtext("name") or ""
        for msg in context.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished") or not (tr.text or ""):
                continue
            key = (cname, msg.findtext("source") or "", msg.findtext("comment") or "")
            exact[key] = tr.text
            by_source.setdefault(key[1], tr.text)
    return exact, by_source


for lang in LANGS:
    target = out_dir / f"liaison_{lang}.ts"
    exact, by_source = old_translations(target)
    root = ET.Element("TS", version="2.1", language=lang, sourcelanguage="en")
    contexts = {}
    for key in sorted(order, key=lambda k: (k[0], k[1], k[2])):
        cname, source, comment = key
        ctx = contexts.get(cname)
        if ctx is None:
            ctx = contexts[cname] = ET.SubElement(root, "context")
            ET.SubElement(ctx, "name").text = cname
        msg = ET.SubElement(ctx, "message")
        for filename, line in messages[key]["locations"]:
            ET.SubElement(msg, "location", filename="../../ui/" + pathlib.PurePath(filename).name, line=line or "0")
        ET.SubElement(msg, "source").text = source
        if comment:
            ET.SubElement(msg, "comment").text = comment
        tr = ET.SubElement(msg, "translation")
        text = source if lang == "en" else exact.get(key) or by_source.get(source)
        if text:
            tr.text = text
        else:
            tr.set("type", "unfinished")
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    target.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    missing = sum(1 for m in root.iter("translation") if m.get("type") == "unfinished")
    print(f"{target}: {len(order)} messages, {missing} to translate")
PY

# 4. Compile (into a new file, then renamed: a running Liaison keeps the old one).
for lang in en fr; do
    "$LRELEASE" -silent "$out_dir/liaison_$lang.ts" -qm "$work/liaison_$lang.qm"
    mv -f "$work/liaison_$lang.qm" "$out_dir/liaison_$lang.qm"
done
