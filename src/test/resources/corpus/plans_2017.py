"""First-generation (2017) knife crime action plans: Bromley, Kensington and
Chelsea, Enfield (legacy .xls from LibreOffice) and Harrow (.xlsx, openpyxl)."""
import datetime as dt

from corpus_lib import (A, AMBER, BLUE, Book, D, Foot, Gap, GREEN, Plan, RED, Sec, day, due,
                        fquarter, month, rag, ragfill, span, table, word, G, AE, W, YP, COM,
                        VIC, DIV)


def bromley():
    # authority named only in the title row; file and folder names say nothing
    p = Plan("bromley", "plans/South/2017 plans/KCAP 2017 final.xls", "libreoffice", "xls",
             ["a", "b", "d", "g", "h"], ["E09000006"], "title", "2017", "not-required", "KCAP",
             notes="No cover sheet: the authority appears only in the title row A1. 2017 themes as "
                   "upper-case section rows. Single 'Timescale' column: a single month/quarter is "
                   "read as the target (end) date, a range as both ends. Key block immediately "
                   "under the last action in column A, 'Version 2' two rows lower in the action "
                   "column. Empty Sheet2/Sheet3 left from Excel. Lead and partners are separate "
                   "columns; 3.3 has partners but no lead.")
    b = Book("Arial", 10)
    sh = b.add("KCAP")
    b.add("Sheet2")
    b.add("Sheet3")
    sh.set(1, 1, "Bromley Community Safety Partnership \u2013 Knife Crime Action Plan", bold=True, size=14)
    sh.merge(1, 1, 1, 8)
    sh.set(2, 1, "2017/18 \u2013 working draft for MOPAC / MPS review", italic=True)
    sh.merge(2, 1, 2, 8)
    for c, w in enumerate([1.4, 8.5, 4.2, 4.0, 3.2, 5.5, 6.0, 1.4], start=1):
        sh.widths[c] = w
    cols = [("ref", "Ref"), ("action", "Action"), ("lead", "Lead"), ("x:partners", "Partners"),
            ("ts", "Timescale"), ("outcome", "Outcome"), ("progress", "Progress"), ("rag", "RAG")]
    items = [
        Sec("GOVERNANCE", theme=G),
        A("1.1", "Knife crime action plan agreed by the CSP Executive and monitored quarterly",
          lead="Head of Community Safety", extra={"partners": "MPS, YOS, Public Health"},
          ts=word("Quarterly"), outcome="Plan owned by all partners", progress="Agreed Oct 2017",
          rag=rag("G")),
        A("1.2", "Named strategic lead for knife crime on the CSP and in the BCU",
          lead="Borough Commander / Director of Environment & Community Services",
          ts=due(month("Oct 2017", 2017, 10)), outcome="Clear accountability", rag=rag("G")),
        Sec("TARGETING LAWBREAKERS", theme=AE),
        A("2.1", "Targeted stop and search of known prolific knife carriers, reviewed monthly at tasking",
          lead="DI Proactive", extra={"partners": "MPS"}, ts=word("Ongoing"),
          outcome="Increase in weapons recovered", progress="14 knives recovered Oct\u2013Dec",
          rag=rag("G")),
        A("2.2", "Monthly Op Sceptre days of action in identified hotspots",
          lead="Neighbourhood Inspector", extra={"partners": "MPS / Community Safety"},
          ts=span("Sep 2017 \u2013 Mar 2018", "2017-09-01", "2018-03-31"),
          outcome="Reduction in knife crime with injury", rag=rag("A")),
        A("2.3", "Apply for Criminal Behaviour Orders on conviction for knife possession offences where appropriate",
          lead="Police / YOS", extra={"partners": "CPS"}, ts=word("Ongoing"), rag=rag("A")),
        Sec("KEEPING DEADLY WEAPONS OFF OUR STREETS", theme=W),
        A("3.1", "Test purchase operations of knives at retailers with Trading Standards",
          lead="Trading Standards Manager", extra={"partners": "MPS"},
          ts=due(fquarter("Q4 2017/18", 2017, 4)), outcome="All retailers visited; failures followed up",
          rag=rag("R")),
        A("3.2", "Weapons sweeps of parks, estates and open spaces with residents and Safer Neighbourhood Teams",
          lead="SNT Sergeants", extra={"partners": "Parks, housing associations, residents"},
          ts=word("Monthly"), rag=rag("G")),
        A("3.3", "Review locations of knife bins against knife crime hotspots",
          lead="", extra={"partners": "MPS"}, ts=word("TBC")),
        Sec("PROTECTING AND EDUCATING YOUNG PEOPLE", theme=YP),
        A("4.1", "Knife crime awareness sessions in all secondary schools and the PRU",
          lead="Safer Schools Sergeant\nYouth Service Manager", extra={"partners": "Schools"},
          ts=span("Sept 2017 - July 2018", "2017-09-01", "2018-07-31"),
          outcome="Every Year 8 and Year 9 pupil reached", rag=rag("A")),
        A("4.2", "Safer Schools Officers attached to every secondary school",
          lead="Schools Inspector", ts=word("Ongoing"), rag=rag("G")),
        A("4.3", "Offer knife wands to schools in areas of highest risk", lead="TBC",
          ts=due(month("Jan 2018", 2018, 1)), rag=rag("R")),
        Sec("STANDING TOGETHER WITH COMMUNITIES AND FAMILIES", theme=COM),
        A("5.1", "Parent and carer engagement events on knife crime with the Safer Neighbourhood Board",
          lead="Community Safety Officer", extra={"partners": "SNB"},
          ts=due(month("Nov 2017", 2017, 11)), rag=rag("G")),
        Sec("SUPPORTING VICTIMS", theme=VIC),
        A("6.1", "Refer all young victims of knife crime to Victim Support and the youth service",
          lead="Victim Support / Youth Service", ts=word("Ongoing"), rag=rag("A")),
        Sec("OFFERING WAYS OUT OF CRIME", theme=DIV),
        A("7.1", "St Giles Trust caseworkers for young people involved in or at risk of gang activity",
          lead="YOS Manager", extra={"partners": "St Giles Trust"},
          ts=span("Oct 2017 \u2013 Sep 2018", "2017-10-01", "2018-09-30"), rag=rag("G")),
        A("7.2", "Employment and training support for young adults leaving custody, with probation and DWP",
          lead="CRC / NPS", extra={"partners": "DWP, Jobcentre Plus"},
          ts=due(month("March 2018", 2018, 3)), rag=rag("A")),
        Foot("Key: R = not started / significant delay    A = started, some delay    G = on track or complete", col=1),
        Gap(1),
        Foot("Version 2", field="action"),
    ]
    table(p, sh, 4, cols, items, head_style={"bold": True, "fill": "C0C0C0", "border": True, "wrap": True},
          sec_style={"bold": True, "fill": "FFFF99"})
    p.book = b
    return p


def rbkc():
    # authority only in the (lower-case, abbreviated) file name
    p = Plan("rbkc", "plans/Central West/rbkc kcap.xls", "libreoffice", "xls",
             ["b", "d", "g", "h"], ["E09000020"], "file-name", "2017", "not-required", "Action plan",
             notes="The authority is named nowhere inside the workbook: only the file name 'rbkc' "
                   "(Royal Borough of Kensington and Chelsea). Theme column merged vertically over "
                   "each theme's rows (2017 theme names). 'Target date' is a single real date, read "
                   "as the end date. A 'Data' sheet holds monthly crime counts, not actions. Footer "
                   "lines after two blank rows, one in column A and one in the activity column.")
    b = Book("Calibri", 11)
    sh = b.add("Action plan")
    sh.set(1, 1, "KNIFE CRIME ACTION PLAN 2017-18", bold=True, size=16)
    sh.set(2, 1, "Community Safety Partnership", bold=True, size=12)
    sh.set(3, 1, "Updated January 2018", italic=True)
    for c, w in enumerate([4.0, 1.2, 8.0, 3.8, 3.0, 2.6, 5.5, 6.5, 2.0], start=1):
        sh.widths[c] = w
    cols = [("theme", "Theme"), ("ref", "No."), ("action", "Activity"), ("lead", "Lead officer"),
            ("org", "Agency"), ("end", "Target date"), ("outcome", "Success measure"),
            ("progress", "Update (Jan 2018)"), ("rag", "Status")]
    items = [
        A(1, "Knife crime action plan monitored at the CSP Board and the BCU senior leadership team",
          theme_cell="Governance", lead="Head of Community Safety", org="Council / MPS",
          end=due(day(2018, 3, 31)), outcome="Quarterly report to CSP", rag=rag("Green")),
        A(2, "Strategic lead for serious youth violence named for each partner agency",
          lead="Community Safety Manager", org="All partners", end=due(day(2017, 12, 1)),
          rag=rag("Complete")),
        A(3, "Target the top 20 knife carriers through the Integrated Offender Management panel",
          theme_cell="Targeting Lawbreakers", lead="DI Gangs", org="MPS / NPS / CRC",
          end=word("Ongoing"), outcome="Reduction in reoffending of cohort", rag=rag("Green")),
        A(4, "Gangs and violence team patrols at hotspot times (Friday\u2013Saturday evenings)",
          lead="Insp. Neighbourhoods", org="MPS", end=due(day(2018, 3, 31)), rag=rag("Amber")),
        A(5, "Trading Standards test purchasing: two operations a year plus responsible retailer training",
          theme_cell="Keeping Deadly Weapons Off Our Streets", lead="Trading Standards", org="Council",
          end=due(day(2018, 2, 28)), outcome="No sales to under-18s", rag=rag("Amber")),
        A(6, "Community weapons sweeps on housing estates with Tenant Management Organisation staff",
          lead="Housing Management / SNT", org="TMO / MPS", end=word("Monthly"), rag=rag("Green")),
        A(7, "Knife crime lessons through the PSHE programme in all secondary schools",
          theme_cell="Protecting and Educating Young People", lead="Head of Education Inclusion",
          org="Schools", end=due(day(2018, 7, 20)), rag=rag("Amber")),
        A(8, "Safer Schools Officers deliver assemblies on the law and consequences of carrying a knife",
          lead="Safer Schools Sgt", org="MPS", end=word("Termly"), rag=rag("Green")),
        A(9, "Parents' knife crime awareness workshops in children's centres and youth clubs",
          theme_cell="Standing Together with Communities and Families", lead="Family Support Manager",
          org="Council / VCS", end=due(day(2018, 3, 31)), rag=rag("Red")),
        A(10, "Victim Support young victims' caseworker co-located with the YOS",
          theme_cell="Supporting Victims", lead="YOS Manager", org="Victim Support",
          end=due(day(2017, 11, 30)), rag=rag("Complete")),
        A(11, "Mentoring for young people on the edge of gang involvement (Safer London)",
          theme_cell="Offering Ways Out of Crime", lead="Targeted Youth Support", org="Safer London",
          end=due(day(2018, 3, 31)), rag=rag("Green")),
        A(12, "Pathway into apprenticeships for young adults on probation", lead="", org="",
          end=word("TBC")),
        Gap(2),
        Foot("Source: MPS performance data (CRIS), CSP strategic assessment 2017", col=1),
        Foot("Prepared by: Community Safety Team   Last reviewed: 19/01/2018", field="action"),
    ]
    table(p, sh, 6, cols, items, merge_theme=True,
          head_style={"bold": True, "fill": "1F4E78", "color": "FFFFFF", "wrap": True, "border": True})
    data = b.add("Data")
    data.set(1, 1, "Knife crime offences (MPS)", bold=True)
    data.set(2, 1, "Month", bold=True)
    data.set(2, 2, "Knife crime", bold=True)
    data.set(2, 3, "Knife crime with injury", bold=True)
    counts = [(31, 9), (27, 8), (35, 12), (29, 7), (33, 10), (24, 6), (30, 9), (26, 8), (28, 11)]
    for i, (k, kwi) in enumerate(counts):
        m = dt.date(2017, 4 + i, 1) if 4 + i <= 12 else dt.date(2018, i - 8, 1)
        data.set(3 + i, 1, m.strftime("%b %Y"))
        data.set(3 + i, 2, k)
        data.set(3 + i, 3, kwi)
    p.book = b
    return p


def enfield():
    p = Plan("enfield", "plans/North/Enfield Knife Crime Action Plan 2017.xls", "libreoffice", "xls",
             ["d", "g", "h"], ["E09000010"], "cover", "2017", "not-required", "",
             notes="Cover sheet with label/value pairs. One sheet per theme (sheet names shortened; "
                   "the full 2017 theme name is in row 1 of each). Timescales as text ('Dec-17', "
                   "'Apr 2017 - Mar 2018', 'Termly', 'TBC'). RAG words incl. 'On track'. The line "
                   "'Signed off at the CSP Board…' under the last sheet's table is not an action and, "
                   "for a 2017 plan, no sign-off is required.")
    b = Book("Arial", 10)
    cv = b.add("Cover")
    cv.widths[1] = 5.5
    cv.widths[2] = 12.0
    cv.set(1, 1, "Enfield Community Safety Partnership", bold=True, size=14)
    cv.set(2, 1, "Knife Crime Action Plan 2017/18", bold=True, size=12)
    pairs = [
        ("Borough", "London Borough of Enfield"),
        ("Strategic lead (Council)", "Sarah Whitlock, Assistant Director Community Safety"),
        ("Strategic lead (Police)", "Ch Supt Mark Ellery, Borough Commander"),
        ("Partner organisations", "Council; MPS; National Probation Service; London CRC; CCG; "
                                  "Youth Offending Service; Victim Support; voluntary sector forum"),
        ("Key meetings overseeing delivery", "Safer & Stronger Communities Board (quarterly)\n"
                                             "Violence & Gangs Tasking (monthly)"),
        ("Date submitted", dt.date(2017, 11, 3)),
    ]
    for i, (k, v) in enumerate(pairs):
        cv.set(4 + i, 1, k, bold=True)
        cv.set(4 + i, 2, v, wrap=True)
    cols = [("ref", "No."), ("action", "Action"), ("lead", "Owner"), ("ts", "Timescales"),
            ("outcome", "Outcome"), ("rag", "RAG")]
    sheets = [
        ("Governance", "Governance", G, [
            A("G1", "CSP Board to receive a quarterly knife crime performance report and action plan update",
              lead="Head of Community Safety", ts=word("Quarterly"), outcome="Board oversight",
              rag=rag("Green")),
            A("G2", "Violence & Gangs Tasking to oversee delivery of enforcement and diversion actions",
              lead="DCI Partnership", ts=word("Monthly"), rag=rag("Green")),
        ]),
        ("Targeting lawbreakers", "Targeting Lawbreakers", AE, [
            A("TL1", "Joint police and council enforcement operations against gang nominals",
              lead="DI Gangs Unit / Community Safety", ts=word("Ongoing"), rag=rag("Amber")),
            A("TL2", "Use gang injunctions and CBOs against the most harmful individuals",
              lead="Legal Services / MPS", ts=due(month("Mar-18", 2018, 3)), rag=rag("Amber")),
        ]),
        ("Weapons", "Keeping Deadly Weapons Off Our Streets", W, [
            A("W1", "Test purchasing of knives and corrosives in local shops with Trading Standards",
              lead="Trading Standards Team Leader",
              ts=span("Oct 2017 - Mar 2018", "2017-10-01", "2018-03-31"), rag=rag("Red")),
            A("W2", "Weapons sweeps led by ward officers in parks and on estates",
              lead="Safer Neighbourhoods Inspector", ts=word("Monthly"), rag=rag("On track")),
            A("W3", "Knife amnesty bin at Edmonton Green police office", lead="MPS",
              ts=due(month("Dec-17", 2017, 12)), rag=rag("Complete")),
        ]),
        ("Protecting YP", "Protecting and Educating Young People", YP, [
            A("YP1", "Knife crime workshops in all secondary schools and alternative provision",
              lead="Youth Development Manager",
              ts=span("Sept 2017 - July 2018", "2017-09-01", "2018-07-31"), rag=rag("Amber")),
            A("YP2", "Safer Schools Officers to run weapon awareness assemblies",
              lead="Safer Schools Sgt", ts=word("Termly"), rag=rag("Green")),
        ]),
        ("Communities", "Standing Together with Communities and Families", COM, [
            A("C1", "Community conversation events on knife crime with faith groups",
              lead="Community Engagement Officer", ts=due(month("Jan-18", 2018, 1)), rag=rag("Amber")),
        ]),
        ("Victims", "Supporting Victims", VIC, [
            A("V1", "Youth workers at North Middlesex Hospital A&E for young victims of violence",
              lead="Public Health / Redthread", ts=word("Ongoing"), rag=rag("Green")),
            A("V2", "Restorative justice offered to all young victims of knife crime", lead="YOS",
              ts=word("TBC"), rag=rag("Red")),
        ]),
        ("Ways out of crime", "Offering Ways Out of Crime", DIV, [
            A("WO1", "St Giles Trust SOS+ caseworkers for young people wanting to exit gangs",
              lead="YOS Manager", ts=span("Apr 2017 - Mar 2018", "2017-04-01", "2018-03-31"),
              rag=rag("Green")),
            A("WO2", "Employment support for 18-24 year olds on probation with Jobcentre Plus",
              lead="TBC", ts=word("TBC")),
            Gap(1),
            Foot("Signed off at the CSP Board on 14 November 2017", field="action", style={"italic": True}),
        ]),
    ]
    for name, full, theme, items in sheets:
        sh = b.add(name)
        for c, w in enumerate([1.4, 9.0, 4.5, 3.5, 5.0, 2.0], start=1):
            sh.widths[c] = w
        sh.set(1, 1, full, bold=True, size=12)
        table(p, sh, 3, cols, items, theme=theme,
              head_style={"bold": True, "fill": "99CCFF", "border": True})
    p.book = b
    return p


def harrow():
    p = Plan("harrow", "plans/North West/Harrow/Harrow KCAP 2017-18 v4.xlsx", "openpyxl", "xlsx",
             ["a", "d", "g", "h"], ["E09000015"], "cover", "2017", "not-required", "Knife Crime Action Plan",
             notes="Nested two folders deep. Front sheet with labels above their values. Theme column "
                   "typed on every row in short 2017 wording ('Weapons', 'Young People'). References "
                   "are numbers (1.1, 2.1) not text. RAG partly as text with matching fill, partly as "
                   "fill colour only with an empty cell. Colour key directly under the table.")
    b = Book("Verdana", 9)
    fr = b.add("Front sheet")
    fr.widths[1] = 14
    rows = [("Name of CSP", "Safer Harrow"), ("Local authority", "London Borough of Harrow"),
            ("Strategic leads", "Borough Commander (North West BCU); Corporate Director, Community"),
            ("Partners", "MPS, Harrow Council, NPS, CRC, Harrow CCG, YOT, Victim Support, Harrow Youth Parliament"),
            ("Date", dt.date(2017, 10, 27))]
    r = 2
    for k, v in rows:
        fr.set(r, 1, k, bold=True, fill="DDEBF7")
        fr.set(r + 1, 1, v, wrap=True)
        r += 3
    sh = b.add("Knife Crime Action Plan")
    sh.set(1, 1, "Harrow \u2013 Knife Crime Action Plan 2017/18", bold=True, size=13)
    for c, w in enumerate([3.6, 1.3, 9.0, 4.5, 5.0, 2.4, 2.4, 1.6], start=1):
        sh.widths[c] = w
    cols = [("theme", "Theme"), ("ref", "Ref"), ("action", "Action"), ("lead", "Lead"),
            ("outcome", "Outcome"), ("start", "Start"), ("end", "End"), ("rag", "RAG")]
    items = [
        A(1.1, "Knife crime action plan owned by the Safer Harrow board and reviewed quarterly",
          theme_cell="Governance", lead="Community Safety Manager", start=day(2017, 10, 1),
          end=day(2018, 3, 31), rag=rag("G", GREEN)),
        A(1.2, "Borough Commander and Corporate Director named as joint strategic leads",
          theme_cell="Governance", lead="Borough Commander / Corporate Director Community",
          start=day(2017, 9, 1), end=day(2017, 10, 31), rag=ragfill(GREEN)),
        A(2.1, "Targeted patrols and stop and search at Harrow town centre and bus station after school",
          theme_cell="Targeting Lawbreakers", lead="Inspector, Town Centre Team",
          start=day(2017, 9, 4), end=day(2018, 3, 31), rag=ragfill(AMBER)),
        A(2.2, "Monthly review of knife carriers at the Gangs and Serious Youth Violence panel",
          theme_cell="Targeting Lawbreakers", lead="Police / YOS", start=day(2017, 10, 1),
          rag=rag("A", AMBER)),
        A(3.1, "Trading Standards test purchases of knives at 20 retailers", theme_cell="Weapons",
          lead="Trading Standards Officer", start=day(2017, 11, 1), end=day(2018, 2, 28),
          rag=ragfill(RED)),
        A(3.2, "Knife bin at Wealdstone and weapons sweeps in Harrow Weald open spaces",
          theme_cell="Weapons", lead="SNT Sergeant", start=day(2017, 10, 1), end=day(2018, 3, 31),
          rag=rag("G", GREEN)),
        A(4.1, "Deliver \u2018Choices and Consequences\u2019 knife crime sessions to Year 8 pupils",
          theme_cell="Young People", lead="Early Intervention Service", start=day(2017, 11, 6),
          end=day(2018, 7, 20), rag=ragfill(AMBER)),
        A(5.1, "Community reassurance meetings after serious incidents with the Safer Neighbourhood Board",
          theme_cell="Communities", lead="SNB Chair / Borough Commander", rag=ragfill(GREEN)),
        A(6.1, "Refer young victims of violence from Northwick Park A&E to youth workers",
          theme_cell="Supporting Victims", lead=""),
        A(7.1, "Youth Offending Team employment and training programme for 16-19s",
          theme_cell="Ways out of crime", lead="YOT Manager", start=day(2017, 9, 1),
          end=day(2018, 8, 31), rag=rag("G", GREEN)),
        Foot("Key: Green = on track, Amber = some slippage, Red = not started or at risk, Blue = complete",
             col=1, style={"italic": True}),
    ]
    table(p, sh, 3, cols, items,
          head_style={"bold": True, "fill": "FFE699", "border": True, "wrap": True})
    sh.freeze = "A4"
    p.book = b
    return p


PLANS = [bromley, rbkc, enfield, harrow]
