"""Re-open every produced file and check the answer key against what is in it.

Workbooks are opened with openpyxl; legacy .xls are first converted to .xlsx by
LibreOffice in /tmp/corpus-work/verify (openpyxl cannot read BIFF)."""
import csv
import datetime as dt
import io
import json
import os
import subprocess
import zipfile

RAG_WORDS = {"r": "red", "red": "red", "a": "amber", "amber": "amber", "g": "green", "green": "green",
             "on track": "green", "complete": "complete", "completed": "complete", "blue": "complete"}
FILL = {"FFFF0000": "red", "FFFFC000": "amber", "FF00B050": "green", "FF0070C0": "complete"}
WORK = "/tmp/corpus-work/verify"


def _open(path):
    import openpyxl
    if path.endswith(".xls"):
        os.makedirs(WORK, exist_ok=True)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/corpus-work/lo-profile", "--headless",
                        "--convert-to", "xlsx", "--outdir", WORK, path], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        path = os.path.join(WORK, os.path.splitext(os.path.basename(path))[0] + ".xlsx")
    return openpyxl.load_workbook(path)


def _row(ws, r):
    return [ws.cell(row=r, column=c) for c in range(1, ws.max_column + 1)]


def _s(v):
    return v.strip() if isinstance(v, str) else ("" if v is None else str(v))


def check_plan(base, p, checks, errs):
    path = os.path.join(base, *p["file"].split("/"))
    if not os.path.exists(path):
        errs.append("missing " + p["file"])
        return
    if not p["readable"]:
        try:
            import openpyxl
            openpyxl.load_workbook(path)
            errs.append("%s: expected unreadable but openpyxl opened it" % p["file"])
        except Exception:
            pass
        return
    wb = _open(path)
    names = wb.sheetnames
    if p["action_sheet"] and p["action_sheet"] not in names:
        errs.append("%s: action sheet %r not in %r" % (p["file"], p["action_sheet"], names))
    for s in p["set_aside_sheets"]:
        if s not in names:
            errs.append("%s: set-aside sheet %r missing" % (p["file"], s))
    if p["action_sheet"] and wb[p["action_sheet"]].sheet_state != "visible":
        errs.append("%s: action sheet hidden" % p["file"])
    by_sheet = {}
    for a in p["actions"]:
        ws = wb[a["sheet"]]
        cells = _row(ws, a["row"])
        texts = [_s(c.value) for c in cells]
        if not any(t.startswith(a["action_starts"]) and t[:40] == a["action_starts"] for t in texts):
            errs.append("%s!%s row %d: no cell starts %r (row has %r)" % (p["file"], a["sheet"], a["row"],
                                                                         a["action_starts"], texts[:6]))
        # RAG: a word in some cell, or the fill of an otherwise empty cell
        seen = set()
        for c in cells:
            t = _s(c.value).lower()
            if t in RAG_WORDS:
                seen.add(RAG_WORDS[t])
            if c.value is None and c.fill is not None and c.fill.fill_type == "solid":
                rgb = c.fill.fgColor.rgb if isinstance(c.fill.fgColor.rgb, str) else ""
                if rgb in FILL:
                    seen.add(FILL[rgb])
        if a["rag"] == "none":
            if seen:
                errs.append("%s!%s row %d: key says no RAG, row shows %r" % (p["file"], a["sheet"], a["row"], seen))
        elif a["rag"] not in seen:
            errs.append("%s!%s row %d: RAG %s not found (%r)" % (p["file"], a["sheet"], a["row"], a["rag"], seen))
        # every real date in the row is one of the key's dates
        for c in cells:
            if isinstance(c.value, dt.datetime):
                iso = c.value.date().isoformat()
                if iso not in (a["start_date"], a["end_date"]):
                    errs.append("%s!%s row %d: date %s not in key (%s, %s)" % (
                        p["file"], a["sheet"], a["row"], iso, a["start_date"], a["end_date"]))
        by_sheet.setdefault(a["sheet"], set()).add(a["row"])
    nots = {}
    for n in p["not_actions"]:
        ws = wb[n["sheet"]]
        texts = [_s(c.value) for c in _row(ws, n["row"])]
        if not any(t.startswith(n["text_starts"]) for t in texts):
            errs.append("%s!%s row %d: no cell starts %r" % (p["file"], n["sheet"], n["row"], n["text_starts"]))
        nots.setdefault(n["sheet"], set()).add(n["row"])
    # completeness: every filled cell in the action column, from the first action down, is accounted for
    if checks is not None:
        col_of = {}
        for sheet, row, col, start in checks:
            col_of.setdefault(sheet, col)
        for sheet, rows in by_sheet.items():
            ws = wb[sheet]
            col = col_of[sheet]
            for r in range(min(rows), ws.max_row + 1):
                v = ws.cell(row=r, column=col).value
                if v not in (None, "") and r not in rows and r not in nots.get(sheet, set()):
                    errs.append("%s!%s row %d: action-column text %r neither action nor not_action" % (
                        p["file"], sheet, r, str(v)[:40]))
        if len(checks) != len(p["actions"]):
            errs.append("%s: checks/actions count differ" % p["file"])


def check_stocktake(base, s, errs):
    path = os.path.join(base, *s["file"].split("/"))
    raw = open(path, "rb").read()
    if s["encoding"] == "utf-8-sig" and not raw.startswith(b"\xef\xbb\xbf"):
        errs.append(s["file"] + ": no BOM")
    if s["encoding"] != "utf-8-sig" and raw.startswith(b"\xef\xbb\xbf"):
        errs.append(s["file"] + ": unexpected BOM")
    if s["encoding"] == "cp1252":
        try:
            raw.decode("utf-8")
            errs.append(s["file"] + ": cp1252 file is also valid UTF-8 (no non-ASCII?)")
        except UnicodeDecodeError:
            pass
    text = raw.decode(s["encoding"])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=s["separator"])
    header = next(reader)
    starts = {}
    prev = reader.line_num
    for rec in reader:
        starts[prev + 1] = rec
        prev = reader.line_num
        if len(rec) != len(header):
            errs.append("%s: record at line %d has %d fields" % (s["file"], prev, len(rec)))
    for u in s["unused_columns"]:
        if u not in header:
            errs.append("%s: unused column %r not in header" % (s["file"], u))
    for r in s["responses"]:
        rec = starts.get(r["line"])
        if rec is None:
            errs.append("%s: no record starts at line %d" % (s["file"], r["line"]))
            continue
        if r["role"] not in rec:
            errs.append("%s line %d: role %r not in %r" % (s["file"], r["line"], r["role"], rec[:4]))
        joined = "\x00".join(rec)
        for k in ("q1_detail_starts", "q2_detail_starts", "q3_detail_starts", "q4_detail_starts"):
            if r[k] and r[k] not in joined:
                errs.append("%s line %d: %s %r not found" % (s["file"], r["line"], k, r[k]))
        for d in r["q5_documents"]:
            if d not in joined:
                errs.append("%s line %d: document %r not found" % (s["file"], r["line"], d))
        y, m, d = r["date"].split("-")
        if not any((y in f and m in f and d in f) for f in rec):
            errs.append("%s line %d: date %s not visible" % (s["file"], r["line"], r["date"]))


def main(base, key_path, checks_path=None):
    key = json.load(open(key_path, encoding="utf-8"))
    checks = json.load(open(checks_path, encoding="utf-8")) if checks_path else {}
    errs = []
    for p in key["plans"]:
        check_plan(base, p, checks.get(p["file"]) if checks_path else None, errs)
    for o in key["other_files"]:
        if not os.path.exists(os.path.join(base, *o["file"].split("/"))):
            errs.append("missing " + o["file"])
    for s in key["stocktake"]:
        check_stocktake(base, s, errs)
    listed = {p["file"] for p in key["plans"]} | {o["file"] for o in key["other_files"]} | \
             {s["file"] for s in key["stocktake"]}
    for root, _, files in os.walk(base):
        for f in files:
            rel = os.path.relpath(os.path.join(root, f), base).replace(os.sep, "/")
            if rel not in listed:
                errs.append("file not in key: " + rel)
    n_act = sum(len(p["actions"]) for p in key["plans"])
    n_plans = sum(1 for p in key["plans"] if p["readable"])
    print("plans readable: %d, unreadable: %d, actions: %d, stock-take exports: %d, responses: %d" % (
        n_plans, len(key["plans"]) - n_plans, n_act, len(key["stocktake"]),
        sum(len(s["responses"]) for s in key["stocktake"])))
    for e in errs:
        print("ERROR", e)
    print("OK" if not errs else "%d problem(s)" % len(errs))
    return 1 if errs else 0
