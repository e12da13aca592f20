"""Workbook model, two independent writers (flat ODS for LibreOffice, openpyxl)
and the helpers that lay out an action table while recording the answer key.

Nothing here parses a produced file: every key value is recorded at the moment
the generator decides what to put in a cell.
"""
import datetime as dt
import io
import os
import zipfile
from xml.sax.saxutils import escape

FIXED_TIME = dt.datetime(2026, 10, 27, 9, 30, 0)


# --------------------------------------------------------------------------
# model
# --------------------------------------------------------------------------
class Formula:
    """A formula with the value a spreadsheet would show (LibreOffice writes
    the cached value; openpyxl files never carry formulas in this corpus)."""

    def __init__(self, ods, cached):
        self.ods = ods          # e.g. 'of:=COUNTA([.C8:.C20])'
        self.cached = cached


class Cell:
    __slots__ = ("value", "style")

    def __init__(self, value, style):
        self.value = value
        self.style = style


class Sheet:
    def __init__(self, name, state="visible"):
        self.name = name
        self.state = state
        self.cells = {}
        self.merges = []
        self.hidden_rows = set()
        self.hidden_cols = set()
        self.widths = {}
        self.heights = {}
        self.tab_color = None
        self.freeze = None

    def set(self, r, c, value, **style):
        self.cells[(r, c)] = Cell(value, dict(style))

    def get(self, r, c):
        cell = self.cells.get((r, c))
        return None if cell is None else cell.value

    def merge(self, r1, c1, r2, c2):
        if (r1, c1) != (r2, c2):
            self.merges.append((r1, c1, r2, c2))

    def max_rc(self):
        rows = [r for r, _ in self.cells] + [m[2] for m in self.merges] + [0]
        cols = [c for _, c in self.cells] + [m[3] for m in self.merges] + list(self.widths) + [0]
        return max(rows), max(cols)


class Book:
    def __init__(self, font="Arial", size=10):
        self.sheets = []
        self.font = font
        self.size = size
        self.title = None
        self.author = None

    def add(self, name, state="visible"):
        sh = Sheet(name, state)
        self.sheets.append(sh)
        return sh


# --------------------------------------------------------------------------
# flat ODS writer (LibreOffice converts it to xlsx / xls / xlsm)
# --------------------------------------------------------------------------
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"')


def _ods_text(s):
    """Text content of a cell as ODF paragraphs, keeping runs of spaces."""
    paras = []
    for line in str(s).split("\n"):
        out = []
        i = 0
        n = len(line)
        while i < n:
            ch = line[i]
            if ch == " ":
                j = i
                while j < n and line[j] == " ":
                    j += 1
                run = j - i
                lead = (i == 0)
                if lead:
                    out.append('<text:s text:c="%d"/>' % run if run > 1 else "<text:s/>")
                else:
                    out.append(" ")
                    if run > 1:
                        out.append('<text:s text:c="%d"/>' % (run - 1) if run > 2 else "<text:s/>")
                i = j
            elif ch == "\t":
                out.append("<text:tab/>")
                i += 1
            else:
                j = i
                while j < n and line[j] not in " \t":
                    j += 1
                out.append(escape(line[i:j]))
                i = j
        paras.append("<text:p>%s</text:p>" % "".join(out))
    return "".join(paras)


def write_fods(book, path):
    cell_styles = {}
    col_styles = {}
    row_styles = {}

    def cstyle(style, is_date):
        key = tuple(sorted(style.items())) + (("__date", is_date),)
        if key not in cell_styles:
            cell_styles[key] = "ce%d" % (len(cell_styles) + 1)
        return cell_styles[key]

    def colstyle(width_cm):
        key = round(width_cm, 2)
        if key not in col_styles:
            col_styles[key] = "co%d" % (len(col_styles) + 1)
        return col_styles[key]

    def rowstyle(h):
        if h not in row_styles:
            row_styles[h] = "ro%d" % (len(row_styles) + 1)
        return row_styles[h]

    body = []
    for sh in book.sheets:
        tstyle = "taH" if sh.state != "visible" else "ta1"
        body.append('<table:table table:name="%s" table:style-name="%s">' % (escape(sh.name, {'"': "&quot;"}), tstyle))
        maxr, maxc = sh.max_rc()
        maxc = max(maxc, 1)
        for c in range(1, maxc + 1):
            w = sh.widths.get(c, 2.3)
            vis = ' table:visibility="collapse"' if c in sh.hidden_cols else ""
            body.append('<table:table-column table:style-name="%s"%s table:default-cell-style-name="Default"/>' % (colstyle(w), vis))
        covered = set()
        tops = {}
        for (r1, c1, r2, c2) in sh.merges:
            tops[(r1, c1)] = (r2 - r1 + 1, c2 - c1 + 1)
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    if (r, c) != (r1, c1):
                        covered.add((r, c))
        for r in range(1, maxr + 1):
            vis = ' table:visibility="collapse"' if r in sh.hidden_rows else ""
            rs = rowstyle(sh.heights.get(r))
            body.append('<table:table-row table:style-name="%s"%s>' % (rs, vis))
            for c in range(1, maxc + 1):
                cell = sh.cells.get((r, c))
                if (r, c) in covered:
                    if cell is not None and cell.style:
                        body.append('<table:covered-table-cell table:style-name="%s"/>' % cstyle(cell.style, False))
                    else:
                        body.append("<table:covered-table-cell/>")
                    continue
                span = ""
                if (r, c) in tops:
                    nr, nc = tops[(r, c)]
                    span = ' table:number-columns-spanned="%d" table:number-rows-spanned="%d"' % (nc, nr)
                if cell is None:
                    body.append("<table:table-cell%s/>" % span)
                    continue
                v = cell.value
                is_date = isinstance(v, (dt.date, dt.datetime))
                st = ' table:style-name="%s"' % cstyle(cell.style, is_date) if (cell.style or is_date) else ""
                if v is None or v == "":
                    body.append("<table:table-cell%s%s/>" % (st, span))
                elif isinstance(v, Formula):
                    cv = v.cached
                    if isinstance(cv, (int, float)):
                        body.append('<table:table-cell%s%s table:formula="%s" office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>'
                                    % (st, span, escape(v.ods, {'"': "&quot;"}), cv, cv))
                    else:
                        body.append('<table:table-cell%s%s table:formula="%s" office:value-type="string" office:string-value="%s">%s</table:table-cell>'
                                    % (st, span, escape(v.ods, {'"': "&quot;"}), escape(str(cv), {'"': "&quot;"}), _ods_text(cv)))
                elif is_date:
                    d = v if isinstance(v, dt.date) and not isinstance(v, dt.datetime) else v.date()
                    body.append('<table:table-cell%s%s office:value-type="date" office:date-value="%s"><text:p>%s</text:p></table:table-cell>'
                                % (st, span, d.isoformat(), d.strftime("%d/%m/%Y")))
                elif isinstance(v, bool):
                    raise ValueError("no booleans")
                elif isinstance(v, (int, float)):
                    body.append('<table:table-cell%s%s office:value-type="float" office:value="%r"><text:p>%s</text:p></table:table-cell>'
                                % (st, span, v, v))
                else:
                    body.append('<table:table-cell%s%s office:value-type="string">%s</table:table-cell>' % (st, span, _ods_text(v)))
            body.append("</table:table-row>")
        body.append("</table:table>")

    auto = []
    auto.append('<number:date-style style:name="NDMY"><number:day number:style="long"/><number:text>/</number:text>'
                '<number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>')
    auto.append('<style:style style:name="ta1" style:family="table"><style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>')
    auto.append('<style:style style:name="taH" style:family="table"><style:table-properties table:display="false" style:writing-mode="lr-tb"/></style:style>')
    for w, name in col_styles.items():
        auto.append('<style:style style:name="%s" style:family="table-column"><style:table-column-properties fo:break-before="auto" style:column-width="%.2fcm"/></style:style>' % (name, w))
    for h, name in row_styles.items():
        if h is None:
            auto.append('<style:style style:name="%s" style:family="table-row"><style:table-row-properties fo:break-before="auto" style:use-optimal-row-height="true"/></style:style>' % name)
        else:
            auto.append('<style:style style:name="%s" style:family="table-row"><style:table-row-properties fo:break-before="auto" style:row-height="%.2fcm" style:use-optimal-row-height="false"/></style:style>' % (name, h))
    for key, name in cell_styles.items():
        d = dict(key)
        is_date = d.pop("__date")
        ds = ' style:data-style-name="NDMY"' if is_date else ""
        cp = []
        if d.get("fill"):
            cp.append('fo:background-color="#%s"' % d["fill"].lower())
        if d.get("wrap"):
            cp.append('fo:wrap-option="wrap"')
        if d.get("valign"):
            cp.append('style:vertical-align="%s"' % {"center": "middle"}.get(d["valign"], d["valign"]))
        if d.get("border"):
            cp.append('fo:border="0.06pt solid #000000"')
        tp = []
        font = d.get("font") or book.font
        tp.append('style:font-name="%s"' % font)
        tp.append('fo:font-size="%spt"' % (d.get("size") or book.size))
        if d.get("bold"):
            tp.append('fo:font-weight="bold"')
        if d.get("italic"):
            tp.append('fo:font-style="italic"')
        if d.get("color"):
            tp.append('fo:color="#%s"' % d["color"].lower())
        pp = ""
        if d.get("halign"):
            pp = '<style:paragraph-properties fo:text-align="%s"/>' % {"left": "start", "right": "end", "center": "center"}[d["halign"]]
        auto.append('<style:style style:name="%s" style:family="table-cell" style:parent-style-name="Default"%s>'
                    '<style:table-cell-properties %s/>%s<style:text-properties %s/></style:style>'
                    % (name, ds, " ".join(cp), pp, " ".join(tp)))
    fonts = sorted({book.font} | {dict(k).get("font") for k in cell_styles if dict(k).get("font")})
    ffd = "".join('<style:font-face style:name="%s" svg:font-family="%s"/>' % (f, f) for f in fonts)
    meta = ""
    if book.title or book.author:
        meta = "<office:meta>%s%s</office:meta>" % (
            "<dc:title>%s</dc:title>" % escape(book.title) if book.title else "",
            "<meta:initial-creator>%s</meta:initial-creator>" % escape(book.author) if book.author else "")
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<office:document %s xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2" '
           'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">%s'
           '<office:font-face-decls>%s</office:font-face-decls>'
           '<office:styles><style:style style:name="Default" style:family="table-cell">'
           '<style:text-properties style:font-name="%s" fo:font-size="%spt"/></style:style></office:styles>'
           '<office:automatic-styles>%s</office:automatic-styles>'
           '<office:body><office:spreadsheet>%s</office:spreadsheet></office:body></office:document>\n'
           % (NS, meta, ffd, book.font, book.size, "".join(auto), "".join(body)))
    with open(path, "w", encoding="utf-8") as f:
        f.write(xml)


# --------------------------------------------------------------------------
# openpyxl writer
# --------------------------------------------------------------------------
def write_openpyxl(book, path):
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin", color="000000")
    for sh in book.sheets:
        ws = wb.create_sheet(sh.name)
        ws.sheet_state = sh.state
        if sh.tab_color:
            ws.sheet_properties.tabColor = sh.tab_color
        for (r, c), cell in sorted(sh.cells.items()):
            v = cell.value
            if isinstance(v, Formula):
                raise ValueError("openpyxl files carry no formulas (no cached values)")
            x = ws.cell(row=r, column=c)
            if v is not None and v != "":
                x.value = v
            st = cell.style
            x.font = Font(name=st.get("font") or book.font, size=st.get("size") or book.size,
                          bold=bool(st.get("bold")), italic=bool(st.get("italic")),
                          color=("FF" + st["color"]) if st.get("color") else None)
            if st.get("fill"):
                x.fill = PatternFill("solid", fgColor="FF" + st["fill"])
            if st.get("wrap") or st.get("valign") or st.get("halign"):
                x.alignment = Alignment(wrap_text=bool(st.get("wrap")), vertical=st.get("valign"),
                                        horizontal=st.get("halign"))
            if st.get("border"):
                x.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            if isinstance(v, (dt.date, dt.datetime)):
                x.number_format = st.get("numfmt") or "dd/mm/yyyy"
        for (r1, c1, r2, c2) in sh.merges:
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
        for c, w in sh.widths.items():
            ws.column_dimensions[get_column_letter(c)].width = w * 4.6
        for c in sh.hidden_cols:
            ws.column_dimensions[get_column_letter(c)].hidden = True
        for r in sh.hidden_rows:
            ws.row_dimensions[r].hidden = True
        for r, h in sh.heights.items():
            ws.row_dimensions[r].height = h * 28.35
        if sh.freeze:
            ws.freeze_panes = sh.freeze
    wb.properties.creator = book.author or "Community Safety"
    wb.properties.title = book.title
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    wb.properties.lastModifiedBy = book.author or "Community Safety"
    buf = io.BytesIO()
    wb.save(buf)
    _normalise_zip(buf.getvalue(), path)


def _normalise_zip(data, path):
    """Rewrite the openpyxl zip with fixed member timestamps so reruns are byte-identical."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 10, 27, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


# --------------------------------------------------------------------------
# key helpers: values the generator puts in a cell, with what a person reads
# --------------------------------------------------------------------------
class D:
    """A date cell: value written to the cell, and the ISO date a person reads
    from it in a start or an end column ('' for words such as Ongoing)."""

    def __init__(self, value, start_iso="", end_iso=""):
        self.value = value
        self.start_iso = start_iso
        self.end_iso = end_iso


def day(y, m, d):
    x = dt.date(y, m, d)
    return D(x, x.isoformat(), x.isoformat())


def tday(text, y, m, d):
    """A date typed as text, e.g. '30/11/2021'."""
    x = dt.date(y, m, d).isoformat()
    return D(text, x, x)


def _last_day(y, m):
    if m == 12:
        return dt.date(y, 12, 31)
    return dt.date(y, m + 1, 1) - dt.timedelta(days=1)


def month(text, y, m):
    return D(text, dt.date(y, m, 1).isoformat(), _last_day(y, m).isoformat())


def fquarter(text, fy, q):
    """Financial-year quarter: Q1 = Apr-Jun of fy, Q4 = Jan-Mar of fy+1."""
    sm = {1: 4, 2: 7, 3: 10, 4: 1}[q]
    y = fy + 1 if q == 4 else fy
    return D(text, dt.date(y, sm, 1).isoformat(), _last_day(y, sm + 2).isoformat())


def fyear(text, fy):
    return D(text, dt.date(fy, 4, 1).isoformat(), dt.date(fy + 1, 3, 31).isoformat())


def due(d):
    """A single date in a target-date / timescale column: it marks the end only."""
    return D(d.value, "", d.end_iso)


def word(text):
    return D(text, "", "")


def span(text, start_iso, end_iso):
    """One timescale cell holding both ends ('Apr 2021 – Mar 2022')."""
    return D(text, start_iso, end_iso)


BLANK = D(None, "", "")


class R:
    """A RAG cell: text (or None), fill colour (or None) and what it means."""

    def __init__(self, text, fill, meaning):
        self.text = text
        self.fill = fill
        self.meaning = meaning


RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
_RAG_WORDS = {
    "r": "red", "red": "red",
    "a": "amber", "amber": "amber",
    "g": "green", "green": "green", "on track": "green",
    "complete": "complete", "completed": "complete", "blue": "complete",
}


def rag(text, fill=None):
    meaning = _RAG_WORDS[text.strip().lower()]
    return R(text, fill, meaning)


def ragfill(fill):
    meaning = {RED: "red", AMBER: "amber", GREEN: "green", BLUE: "complete"}[fill]
    return R(None, fill, meaning)


NORAG = R(None, None, "none")


class A:
    """One action row."""

    def __init__(self, ref, text, lead="", org="", start=BLANK, end=BLANK, ts=None,
                 outcome="", baseline="", progress="", rag=NORAG, comments="", docs="",
                 theme_cell=None, type_cell=None, type_key=None, hidden=False, extra=None,
                 lead_present=None, skip=False):
        self.skip = skip
        self.ref = ref
        self.text = text
        self.lead = lead
        self.org = org
        self.start = start
        self.end = end
        self.ts = ts
        self.outcome = outcome
        self.baseline = baseline
        self.progress = progress
        self.rag = rag
        self.comments = comments
        self.docs = docs
        self.theme_cell = theme_cell
        self.type_cell = type_cell
        self.type_key = type_key
        self.hidden = hidden
        self.extra = extra or {}
        self.lead_present = lead_present


class Sec:
    """A section heading row inside the table (theme or action-type heading)."""

    def __init__(self, text, theme=None, type_key="keep", fill=None, merge=True):
        self.text = text
        self.theme = theme
        self.type_key = type_key
        self.fill = fill
        self.merge = merge


class Gap:
    def __init__(self, n=1, hidden=False):
        self.n = n
        self.hidden = hidden


class Foot:
    """A line under (or inside) the table that is not an action."""

    def __init__(self, text, field=None, col=None, hidden=False, style=None):
        self.text = text
        self.field = field
        self.col = col
        self.hidden = hidden
        self.style = style or {}


TYPE_WORDS = {"mandatory": "mandatory", "optional": "optional", "local": "local",
              "developing": "developing", "m": "mandatory", "o": "optional", "l": "local",
              "local / bespoke": "local", "bespoke": "local", "developing action": "developing",
              "local action": "local", "mandatory action": "mandatory", "optional action": "optional"}


G, AE, W, YP, COM, VIC, DIV, VAWG = (
    "Governance", "Analysis and enforcement", "Reducing access to weapons",
    "Safeguarding and educating young people",
    "Working with communities and neighbourhoods to reduce violence",
    "Supporting victims of violence and vulnerability", "Positive diversion from violence",
    "Tackling violence against women and girls")

# how a person maps theme wording met in the files to the 2021+ theme names
THEME_WORDS = {
    "governance": G,
    "targeting lawbreakers": AE, "analysis and enforcement": AE, "analysis & enforcement": AE,
    "keeping deadly weapons off our streets": W, "reducing access to weapons": W, "weapons": W,
    "protecting and educating young people": YP, "safeguarding and educating young people": YP,
    "safeguarding & educating young people": YP, "young people": YP,
    "standing together with communities and families": COM,
    "working with communities and neighbourhoods to reduce violence": COM,
    "communities and neighbourhoods": COM, "communities": COM,
    "supporting victims": VIC, "supporting victims of violence and vulnerability": VIC, "victims": VIC,
    "offering ways out of crime": DIV, "positive diversion from violence": DIV, "diversion": DIV,
    "ways out of crime": DIV, "positive diversion": DIV,
    "tackling violence against women and girls": VAWG, "vawg": VAWG,
    "tackling violence against women and girls (vawg)": VAWG,
}


def _lead_present(a):
    if a.lead_present is not None:
        return a.lead_present
    for v in (a.lead, a.org):
        t = (v or "").replace("\u00a0", " ").strip().lower()
        if t and t not in ("tbc", "tbc.", "to be confirmed", "n/a"):
            return True
    return False


def _clean40(text):
    # trimming as Python's str.strip() does (which also removes NBSP at the ends)
    return text.strip()[:40]


class Plan:
    def __init__(self, pid, file, producer, fmt, classes, authorities, authority_source,
                 template_version, signed_off, action_sheet, set_aside=(), superseded=False,
                 notes=""):
        self.pid = pid
        self.file = file
        self.producer = producer
        self.fmt = fmt
        self.classes = sorted(classes)
        self.authorities = sorted(authorities)
        self.authority_source = authority_source
        self.template_version = template_version
        self.signed_off = signed_off
        self.action_sheet = action_sheet
        self.set_aside = list(set_aside)
        self.superseded = superseded
        self.notes = notes
        self.book = None
        self.actions = []
        self.not_actions = []
        self.checks = []   # (sheet, row, col, expected_start) for verification

    def key(self, sheet_order):
        acts = sorted(self.actions, key=lambda a: (sheet_order.index(a["sheet"]), a["row"]))
        nots = sorted(self.not_actions, key=lambda a: (sheet_order.index(a["sheet"]), a["row"]))
        return {
            "file": self.file,
            "producer": self.producer,
            "classes": self.classes,
            "readable": True,
            "authorities": self.authorities,
            "authority_source": self.authority_source,
            "superseded": self.superseded,
            "template_version": self.template_version,
            "signed_off": self.signed_off,
            "action_sheet": self.action_sheet,
            "set_aside_sheets": self.set_aside,
            "actions": acts,
            "not_actions": nots,
            "notes": self.notes,
        }


def table(plan, sh, top, cols, items, *, theme=None, type_key=None, head_style=None,
          cell_style=None, sec_style=None, merge_theme=False, sec_col=1, header_rows=None,
          record=True):
    """Write a header row at `top` and the items under it.

    cols: list of (field, heading).  field is one of ref, theme, type, action,
    outcome, baseline, lead, org, start, end, ts, progress, rag, comments, docs,
    or 'x:<name>' for a column filled from A.extra[<name>].
    Returns the next free row.
    """
    head_style = head_style or {"bold": True, "wrap": True, "fill": "D9D9D9", "border": True}
    cell_style = cell_style or {"wrap": True, "valign": "top", "border": True}
    sec_style = sec_style or {"bold": True, "fill": "BDD7EE"}
    width = len(cols)
    fields = [f for f, _ in cols]
    if header_rows is None:
        for i, (_, h) in enumerate(cols, start=1):
            sh.set(top, i, h, **head_style)
        r = top + 1
    else:
        r = header_rows(sh, top)
    cur_theme = theme
    cur_type = type_key
    theme_runs = []   # (theme_text, first_row, last_row)
    col_of = {f: i for i, f in enumerate(fields, start=1)}
    for it in items:
        if isinstance(it, Gap):
            for _ in range(it.n):
                if it.hidden:
                    sh.hidden_rows.add(r)
                r += 1
            continue
        if isinstance(it, Sec):
            st = dict(sec_style)
            if it.fill:
                st["fill"] = it.fill
            sh.set(r, sec_col, it.text, **st)
            if it.merge:
                for c in range(sec_col + 1, width + 1):
                    sh.set(r, c, None, **st)
                sh.merge(r, sec_col, r, width)
            if record:
                plan.not_actions.append({"sheet": sh.name, "row": r, "text_starts": _clean40(it.text)[:30]})
            if it.theme:
                cur_theme = it.theme
            if it.type_key != "keep":
                cur_type = it.type_key
            r += 1
            continue
        if isinstance(it, Foot):
            c = it.col or col_of.get(it.field, 1)
            sh.set(r, c, it.text, **it.style)
            if it.hidden:
                sh.hidden_rows.add(r)
            if record:
                plan.not_actions.append({"sheet": sh.name, "row": r, "text_starts": _clean40(it.text)[:30]})
            r += 1
            continue
        a = it
        for i, f in enumerate(fields, start=1):
            st = dict(cell_style)
            v = None
            if f == "ref":
                v = a.ref
            elif f == "theme":
                v = a.theme_cell
            elif f == "type":
                v = a.type_cell
            elif f == "action":
                v = a.text
            elif f in ("outcome", "baseline", "lead", "org", "progress", "comments", "docs"):
                v = getattr(a, f)
            elif f == "start":
                v = a.start.value
            elif f == "end":
                v = a.end.value
            elif f == "ts":
                v = a.ts.value if a.ts else None
            elif f == "rag":
                v = a.rag.text
                if a.rag.fill:
                    st["fill"] = a.rag.fill
                st["halign"] = "center"
            elif f.startswith("x:"):
                v = a.extra.get(f[2:])
            if v == "":
                v = None
            sh.set(r, i, v, **st)
        if a.hidden:
            sh.hidden_rows.add(r)
        if a.extra.get("theme_key"):
            cur_theme = a.extra["theme_key"]
        elif a.theme_cell:
            cur_theme = THEME_WORDS[a.theme_cell.replace("\u00a0", " ").strip().lower()]
        th = cur_theme
        if merge_theme and "theme" in col_of:
            if a.theme_cell is not None:
                theme_runs.append([r, r])
            elif theme_runs:
                theme_runs[-1][1] = r
        if a.type_key is not None:
            tk = a.type_key
        elif a.type_cell:
            tk = TYPE_WORDS[a.type_cell.strip().lower()]
        else:
            tk = cur_type
        if a.ts is not None:
            s_iso, e_iso = a.ts.start_iso, a.ts.end_iso
        else:
            s_iso, e_iso = a.start.start_iso, a.end.end_iso
        if record and a.skip:
            plan.not_actions.append({"sheet": sh.name, "row": r, "text_starts": _clean40(a.text)[:30]})
        elif record:
            assert th, (plan.pid, a.text)
            plan.actions.append({
                "sheet": sh.name, "row": r, "theme": th,
                "action_ref": "" if a.ref is None else _ref_text(a.ref),
                "action_type": tk,
                "action_starts": _clean40(a.text),
                "lead_present": _lead_present(a),
                "rag": a.rag.meaning,
                "start_date": s_iso, "end_date": e_iso,
            })
            plan.checks.append((sh.name, r, col_of["action"], _clean40(a.text)))
        r += 1
    if merge_theme and "theme" in col_of:
        c = col_of["theme"]
        for r1, r2 in theme_runs:
            sh.merge(r1, c, r2, c)
    return r


def _ref_text(ref):
    if isinstance(ref, float):
        return repr(ref)
    return str(ref).strip()
