#!/usr/bin/python3
"""Regenerate the independent input corpus and its answer key.

    /usr/bin/python3 make_corpus.py            # writes input/ and key.json, then verifies them
    /usr/bin/python3 make_corpus.py --verify   # only re-checks the committed files against key.json

Needs Debian's python3-openpyxl and libreoffice-calc-nogui (soffice on PATH).
Scratch files go to /tmp/corpus-work/.
"""
import io
import json
import os
import shutil
import subprocess
import sys
import zipfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from corpus_lib import Book, write_fods, write_openpyxl  # noqa: E402
import plans_2017  # noqa: E402
import plans_2021  # noqa: E402
import plans_2023  # noqa: E402
import stocktake  # noqa: E402

INPUT = os.path.join(HERE, "input")
WORK = "/tmp/corpus-work"
LO_PROFILE = "file://" + os.path.join(WORK, "lo-profile")
FILTERS = {"xlsx": "xlsx:Calc MS Excel 2007 XML", "xls": "xls:MS Excel 97",
           "xlsm": "xlsm:Calc MS Excel 2007 VBA XML", "pdf": "pdf:calc_pdf_Export"}


def soffice_convert(src, fmt, outdir):
    os.makedirs(outdir, exist_ok=True)
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--convert-to", FILTERS[fmt],
           "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + fmt)
    if not os.path.exists(out):
        raise RuntimeError("soffice produced nothing for " + src)
    return out


def target(rel):
    path = os.path.join(INPUT, *rel.split("/"))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    return path


def write_bytes(rel, data):
    with open(target(rel), "wb") as f:
        f.write(data)


def build_plan(plan):
    if plan.producer == "openpyxl":
        assert plan.fmt == "xlsx"
        write_openpyxl(plan.book, target(plan.file))
    else:
        fods = os.path.join(WORK, "fods", plan.pid + ".fods")
        os.makedirs(os.path.dirname(fods), exist_ok=True)
        write_fods(plan.book, fods)
        out = soffice_convert(fods, plan.fmt, os.path.join(WORK, "lo-out"))
        shutil.move(out, target(plan.file))


def text_book(title, lines):
    b = Book("Arial", 11)
    sh = b.add("Sheet1")
    sh.widths[1] = 17
    sh.set(1, 1, title, bold=True, size=13)
    for i, t in enumerate(lines, start=3):
        sh.set(i, 1, t, wrap=True)
    return b


def make_pdf(name, title, lines):
    fods = os.path.join(WORK, "fods", name + ".fods")
    os.makedirs(os.path.dirname(fods), exist_ok=True)
    write_fods(text_book(title, lines), fods)
    out = soffice_convert(fods, "pdf", os.path.join(WORK, "lo-out"))
    with open(out, "rb") as f:
        data = f.read()
    os.remove(out)
    return data


def clutter(key_other):
    # Windows thumbnail cache: an OLE compound file header and nothing else of use
    thumbs = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(16) + bytes.fromhex("3E000300FEFF0900") + bytes(488)
    write_bytes("Thumbs.db", thumbs)
    key_other.append({"file": "Thumbs.db", "expect": "ignored", "why": "Windows thumbnail cache"})
    write_bytes("plans/.DS_Store", b"\x00\x00\x00\x01Bud1" + bytes(56))
    key_other.append({"file": "plans/.DS_Store", "expect": "ignored", "why": "macOS folder metadata"})
    # Excel owner (lock) file: Excel replaces the first two characters of a long name with ~$
    owner = "J.Smith"
    lock = bytes([len(owner)]) + owner.encode("latin-1").ljust(53, b" ") + bytes([len(owner), 0]) \
        + owner.encode("utf-16-le")
    lock = lock.ljust(165, b"\x20")
    write_bytes("plans/South West/~$ngston & Richmond VVRAP 2022.xlsx", lock)
    key_other.append({"file": "plans/South West/~$ngston & Richmond VVRAP 2022.xlsx", "expect": "ignored",
                      "why": "Excel lock (owner) file, 165 bytes"})
    eml = ("From: Community Safety Team <community.safety@lewisham.gov.uk>\r\n"
           "To: VRU Mailbox <VRU@london.gov.uk>\r\n"
           "Subject: RE: Lewisham VVRAP 2026/27 - resubmission with Mayor's sign-off\r\n"
           "Date: Wed, 21 Oct 2026 16:02:11 +0100\r\n"
           "MIME-Version: 1.0\r\n"
           "Content-Type: text/plain; charset=utf-8\r\n"
           "Content-Transfer-Encoding: 8bit\r\n\r\n"
           "Dear colleagues,\r\n\r\n"
           "Please find attached our resubmitted Violence and Vulnerability Reduction Action Plan for "
           "2026/27. This replaces the version we sent on 15 September: the Mayor has now signed it off "
           "and the RAG ratings are updated to the end of Q2.\r\n\r\n"
           "Kind regards,\r\nCommunity Safety Partnership Team\r\nLondon Borough of Lewisham\r\n")
    write_bytes("2026-10/Lewisham/RE Lewisham VVRAP resubmission.eml", eml.encode("utf-8"))
    key_other.append({"file": "2026-10/Lewisham/RE Lewisham VVRAP resubmission.eml", "expect": "ignored",
                      "why": "covering email"})
    note = ("Stock-take returns\r\n"
            "- May 2018 export from the survey tool (original London Councils stock-take)\r\n"
            "- 2026 re-run: Excel copy kept by the policy officer (semicolon separated)\r\n"
            "- October 2026 online form export is in the 2026-10 folder\r\n")
    write_bytes("stocktake/notes for file.txt", note.encode("utf-8"))
    key_other.append({"file": "stocktake/notes for file.txt", "expect": "ignored", "why": "analyst's note"})
    pdf = make_pdf("vru_letter", "VRU feedback letter \u2013 Q2 2026/27",
                   ["To: Chairs of London Community Safety Partnerships",
                    "Thank you for your action plans. Feedback for each partnership follows separately.",
                    "Violence Reduction Unit, City Hall"])
    write_bytes("plans/VRU feedback letter Q2 2026-27.pdf", pdf)
    key_other.append({"file": "plans/VRU feedback letter Q2 2026-27.pdf", "expect": "ignored",
                      "why": "PDF letter beside the workbooks"})


def faults(key_plans, key_other):
    # (1) a PDF print of Newham's plan saved with an .xlsx name
    pdf = make_pdf("newham_print", "Newham Violence and Vulnerability Reduction Action Plan 2026/27",
                   ["1.1 Named senior leads for violence reduction \u2013 Head of Community Safety",
                    "2.1 Annual strategic needs assessment \u2013 Insight Manager",
                    "3.1 Weapons sweeps with residents \u2013 BCU"])
    rel = "2026-10/Newham action plan.xlsx"
    write_bytes(rel, pdf)
    key_other.append({"file": rel, "expect": "rejected", "why": "a PDF renamed to .xlsx (not a workbook)"})
    key_plans.append(_unreadable(rel, "libreoffice",
                                 "A PDF (printed by LibreOffice) renamed to .xlsx. The name suggests Newham, "
                                 "but nothing can be read from it: report it and go on."))
    # (2) a valid openpyxl workbook cut in half
    buf = os.path.join(WORK, "haringey_full.xlsx")
    write_openpyxl(plans_2023.haringey_source(), buf)
    with open(buf, "rb") as f:
        data = f.read()
    rel = "plans/North/Haringey VVRAP 2021.xlsx"
    write_bytes(rel, data[: len(data) // 2])
    key_other.append({"file": rel, "expect": "rejected",
                      "why": "truncated .xlsx (first %d of %d bytes)" % (len(data) // 2, len(data))})
    key_plans.append(_unreadable(rel, "openpyxl",
                                 "The first half of a valid workbook: a truncated zip. The name suggests "
                                 "Haringey; report it precisely and go on."))


def _unreadable(rel, producer, notes):
    return {"file": rel, "producer": producer, "classes": ["i"], "readable": False, "authorities": [],
            "authority_source": "", "superseded": False, "template_version": "", "signed_off": "",
            "action_sheet": "", "set_aside_sheets": [], "actions": [], "not_actions": [], "notes": notes}


def main():
    if "--verify" in sys.argv:
        import verify_corpus
        sys.exit(verify_corpus.main(INPUT, os.path.join(HERE, "key.json")))
    if shutil.which("soffice") is None:
        sys.exit("soffice not found: apt-get install -y libreoffice-calc-nogui")
    os.makedirs(WORK, exist_ok=True)
    if os.path.isdir(INPUT):
        shutil.rmtree(INPUT)
    os.makedirs(INPUT)
    key_plans, key_other, key_stock = [], [], []
    checks = {}
    for fn in plans_2017.PLANS + plans_2021.PLANS + plans_2023.PLANS:
        plan = fn()
        build_plan(plan)
        key_plans.append(plan.key([s.name for s in plan.book.sheets]))
        checks[plan.file] = plan.checks
    faults(key_plans, key_other)
    clutter(key_other)
    for ex in stocktake.EXPORTS:
        rel, data, k = ex()
        write_bytes(rel, data)
        key_stock.append(k)
    key_plans.sort(key=lambda p: p["file"])
    key_other.sort(key=lambda o: o["file"])
    key = {"plans": key_plans, "other_files": key_other, "stocktake": key_stock}
    with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(WORK, "checks.json"), "w", encoding="utf-8") as f:
        json.dump(checks, f, ensure_ascii=False)
    import verify_corpus
    rc = verify_corpus.main(INPUT, os.path.join(HERE, "key.json"), os.path.join(WORK, "checks.json"))
    sys.exit(rc)


if __name__ == "__main__":
    main()
