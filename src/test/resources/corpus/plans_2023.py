"""2023-template plans (VAWG theme, minimum standards, developing actions)."""
import datetime as dt

from corpus_lib import (A, AMBER, BLUE, BLANK, Book, D, Foot, Formula, Gap, GREEN, Plan, RED, Sec,
                        day, due, fquarter, fyear, month, rag, ragfill, span, table, tday, word,
                        G, AE, W, YP, COM, VIC, DIV, VAWG)


def _lbth_items(current):
    def rg(now, before):
        return rag(now if current else before)
    items = [
        Sec("MINIMUM STANDARDS (mandatory)", theme=G, type_key="mandatory", fill="F8CBAD"),
        A("MS1", "Knife, gun and serious violence performance, habitual knife carriers, community tension "
                 "monitoring and stop and search are standing items on every CSP board agenda",
          lead="Head of Community Safety", ts=word("Ongoing"), rag=rg("On track", "On track")),
        A("MS2", "Monthly violent crime partnership tasking meeting with intelligence briefing and events tracker",
          lead="Partnership Tasking Lead / DI", ts=word("Monthly"), rag=rg("On track", "Amber")),
        A("MS3", "Annual joint strategic assessment covering serious youth violence and knife and gun crime",
          lead="Strategy & Intelligence Manager", ts=due(month("Dec 2025", 2025, 12)),
          rag=rg("Complete", "Amber")),
        Sec("THEMED ACTIONS", type_key=None, fill="BDD7EE"),
        A("1.1", "Serious Violence Duty strategy published and reviewed by the CSP", theme_cell="Governance",
          lead="Community Safety Partnership Manager", ts=due(fquarter("Q2 2025/26", 2025, 2)),
          rag=rg("Complete", "Complete")),
        A("2.1", "Problem-solving plans for the five violence hotspots identified in the SNA",
          theme_cell="Analysis & Enforcement", lead="Police / ASB Team",
          ts=span("Apr 2025 \u2013 Mar 2026", "2025-04-01", "2026-03-31"), rag=rg("Amber", "Red")),
        A("3.1", "Knife bins reviewed and relocated to current hotspots; test purchasing with Trading Standards",
          theme_cell="Weapons", lead="Trading Standards / BCU", ts=word("Ongoing"),
          rag=rg("On track", "Amber")),
        A("4.1", "Inclusion charter signed by all secondary schools to reduce exclusions",
          theme_cell="Young People", lead="Head of Inclusion & Attendance",
          ts=due(month("July 2026", 2026, 7)), rag=rg("Amber", "Amber")),
        A("4.2", "Safe spaces in schools: Safer Schools Officers and trusted adults in every secondary school",
          theme_cell="Young People", lead="Schools Partnership Lead", ts=word("Ongoing"),
          rag=rg("Blue", "On track")),
        A("5.1", "Community safety ambassadors and faith leaders\u2019 network meets each quarter",
          theme_cell="Communities", lead="Community Cohesion Manager", ts=word("Quarterly"),
          rag=rg("On track", "On track")),
        A("6.1", "Commissioned hospital youth workers at the local major trauma centre",
          theme_cell="Victims", lead="Public Health",
          ts=span("Apr 2025 \u2013 Mar 2027", "2025-04-01", "2027-03-31"), rag=rg("On track", "On track")),
        A("7.1", "Gang exit and exploitation exit service for 16-25 year olds", theme_cell="Diversion",
          lead="Youth Justice Service", ts=word("Ongoing"), rag=rg("Red", "Amber")),
        A("8.1", "VAWG strategy delivery plan aligned with the violence reduction plan", theme_cell="VAWG",
          lead="VAWG Strategic Lead", ts=due(fquarter("Q3 2025/26", 2025, 3)), rag=rg("Amber", "Amber")),
        A("8.2", "Ask for Angela and WAVE training for licensed premises in the night-time economy",
          theme_cell="VAWG", lead="Licensing Team / Police Licensing", ts=due(month("Feb 2026", 2026, 2)),
          rag=rg("Complete", "Amber")),
        Sec("DEVELOPING ACTIONS", type_key="developing", fill="E2EFDA"),
        A("D1", "Scope a community safety risk index combining police, social care and social media data",
          theme_cell="Analysis & Enforcement", lead="TBC", ts=word("TBC")),
        A("D2", "Co-locate youth workers with the neighbourhood policing team in two wards",
          theme_cell="Communities", lead="", ts=due(fyear("2026/27", 2026))),
    ]
    if current:
        return items + [
            Foot("Ratings: On track = green; Blue = complete; Amber = at risk; Red = off track", field="action",
                 style={"italic": True}),
            Gap(1),
            Foot("Version 5 \u2013 31/03/2026", col=1),
        ]
    drop = {"8.2", "D1", "D2"}
    return [x for x in items if not (isinstance(x, A) and x.ref in drop)
            and not (isinstance(x, Sec) and x.text.startswith("DEVELOPING"))]


def lbth():
    p = Plan("lbth", "plans/Central East/lbth action plan q4.xlsx", "openpyxl", "xlsx",
             ["b", "d", "f", "g", "h"], ["E09000030"], "file-name", "2023", "no", "Action Plan",
             set_aside=["Q3 version"],
             notes="Authority only in the file name ('lbth' = Tower Hamlets). No cover and no sign-off "
                   "block -> 'no'. 2023 template: 'MINIMUM STANDARDS (mandatory)' section (theme column "
                   "empty -> Governance by the corpus convention), 'THEMED ACTIONS' (no type declared -> "
                   "null), 'DEVELOPING ACTIONS'. Single 'Timescale' column ('Q2 2025/26' = Jul-Sep 2025, "
                   "given as the end only). RAG words: 'On track' (green), 'Blue' and 'Complete' "
                   "(complete). 'Q3 version' is the previous quarter's copy (fewer rows, older ratings).")
    b = Book("Calibri", 11)
    cols = [("ref", "ID"), ("theme", "Theme"), ("action", "What we will do"),
            ("outcome", "Success measure"), ("lead", "Owner"), ("x:partners", "Partner(s)"),
            ("ts", "Timescale"), ("progress", "Update"), ("rag", "Rating")]
    widths = [1.3, 3.3, 9.0, 4.5, 4.0, 3.5, 3.5, 5.0, 1.8]
    for name, current in (("Action Plan", True), ("Q3 version", False)):
        sh = b.add(name)
        for c, w in enumerate(widths, start=1):
            sh.widths[c] = w
        sh.set(1, 1, "Violence and Vulnerability Reduction Action Plan 2025/26 \u2013 %s"
               % ("Q4 update (March 2026)" if current else "Q3 update (December 2025)"), bold=True, size=13)
        sh.set(2, 1, "Minimum standards, themed actions and developing actions", italic=True)
        table(p, sh, 4, cols, _lbth_items(current), record=current,
              head_style={"bold": True, "fill": "002060", "color": "FFFFFF", "wrap": True, "border": True},
              sec_style={"bold": True})
    p.book = b
    return p


def camden_islington():
    p = Plan("camden_islington", "plans/Central North/Central North BCU VVRAP 2026-27.xlsx", "libreoffice",
             "xlsx", ["c", "d", "g", "h"], ["E09000007", "E09000019"], "cover", "2023", "partly",
             "Action Plan ",
             notes="Joint plan for Camden and Islington (Central North BCU). Sign-off table with a row per "
                   "authority per role: both Chief Executives, Camden's Leader and the BCU Commander "
                   "signed; Islington's Leader named but with no date or signature -> partly. The action "
                   "sheet's name has a trailing space ('Action Plan '). Two-row merged header (Timescale "
                   "over Start/End) in rows 3-4; hidden column I 'Cost centre'. Minimum standards typed "
                   "'Mandatory' with themes given in the plan (MS2/MS3 under Analysis and Enforcement). "
                   "Some RAG cells are fill only. Footer and a 'Total actions' formula row under the "
                   "table.")
    b = Book("Arial", 10)
    cv = b.add("Cover")
    for c, w in enumerate([5.5, 6.5, 5.0, 2.6, 2.6], start=1):
        cv.widths[c] = w
    cv.set(1, 1, "Central North Violence and Vulnerability Reduction Action Plan 2026/27", bold=True, size=14)
    pairs = [("Authorities covered", "LB Camden and LB Islington"),
             ("Template version", "VRU template 2023 (incl. VAWG and minimum standards)"),
             ("Submitted", dt.date(2026, 9, 25)),
             ("Strategic leads", "Directors of Community Safety (Camden, Islington); Supt Partnerships, CN BCU"),
             ("Key meetings", "Camden Community Safety Partnership Board; Safer Islington Partnership Board; "
                              "CN BCU Violence Tasking (monthly)")]
    for i, (k, v) in enumerate(pairs):
        cv.set(3 + i, 1, k, bold=True)
        cv.set(3 + i, 2, v, wrap=True)
        cv.merge(3 + i, 2, 3 + i, 5)
    cv.set(9, 1, "Sign off", bold=True, size=12)
    for c, h in enumerate(["Role", "Organisation", "Name", "Date", "Signature"], start=1):
        cv.set(10, c, h, bold=True, fill="D9D9D9", border=True)
    signs = [("Chief Executive", "London Borough of Camden", "Marcus Fenwick", dt.date(2026, 9, 18), "signed"),
             ("Chief Executive", "London Borough of Islington", "Priya Malhotra", dt.date(2026, 9, 21), "signed"),
             ("Leader of the Council", "London Borough of Camden", "Cllr Ruth Adeyemi", dt.date(2026, 9, 22), "signed"),
             ("Leader of the Council", "London Borough of Islington", "Cllr Tom Bancroft", None, None),
             ("BCU Commander", "Central North BCU (MPS)", "Ch Supt Alison Grey", dt.date(2026, 9, 17), "signed")]
    for i, row in enumerate(signs):
        for c, v in enumerate(row, start=1):
            cv.set(11 + i, c, v, border=True)

    sh = b.add("Action Plan ")
    for c, w in enumerate([1.3, 4.0, 2.4, 2.2, 8.5, 4.5, 3.0, 4.0, 2.0, 2.4, 2.4, 5.0, 1.6], start=1):
        sh.widths[c] = w
    sh.hidden_cols.add(9)
    sh.set(1, 1, "Central North BCU \u2013 Violence and Vulnerability Reduction Action Plan 2026/27",
           bold=True, size=13)
    hs = {"bold": True, "wrap": True, "fill": "C6E0B4", "border": True, "valign": "center"}

    def header(s, top):
        singles = {1: "No.", 2: "Theme", 3: "Action type", 4: "Borough", 5: "Action", 6: "Outcome",
                   7: "Baseline", 8: "Lead", 9: "Cost centre", 12: "Progress update (Q2)", 13: "RAG"}
        for c, h in singles.items():
            s.set(top, c, h, **hs)
            s.set(top + 1, c, None, **hs)
            s.merge(top, c, top + 1, c)
        s.set(top, 10, "Timescale", **hs)
        s.set(top, 11, None, **hs)
        s.merge(top, 10, top, 11)
        s.set(top + 1, 10, "Start", **hs)
        s.set(top + 1, 11, "End", **hs)
        return top + 2

    cols = [("ref", ""), ("theme", ""), ("type", ""), ("x:borough", ""), ("action", ""), ("outcome", ""),
            ("baseline", ""), ("lead", ""), ("x:cc", ""), ("start", ""), ("end", ""), ("progress", ""),
            ("rag", "")]
    items = [
        A("MS1", "Knife, gun and serious violence performance, habitual knife carriers, tension monitoring "
                 "and stop and search as standing items on both CSP boards",
          theme_cell="Governance", type_cell="Mandatory", extra={"borough": "Both", "cc": "CS-4410"},
          lead="Heads of Community Safety", start=day(2026, 4, 1), end=day(2027, 3, 31), rag=rag("G")),
        A("MS2", "Monthly violent crime partnership tasking with intelligence briefing and events tracker",
          theme_cell="Analysis and Enforcement", type_cell="Mandatory", extra={"borough": "Both", "cc": "CS-4410"},
          lead="DI Partnerships, CN BCU", start=word("Ongoing"), rag=rag("G")),
        A("MS3", "Annual joint strategic assessment of serious youth violence and knife and gun crime",
          theme_cell="Analysis and Enforcement", type_cell="Mandatory", extra={"borough": "Both", "cc": "CS-4412"},
          lead="Insight Managers (Camden / Islington)", start=day(2026, 6, 1),
          end=fquarter("Q3 2026/27", 2026, 3), rag=rag("A")),
        A("1.1", "Serious Violence Duty strategy refreshed jointly for both boroughs", theme_cell="governance",
          type_cell="Mandatory", extra={"borough": "Both"}, lead="Community Safety Partnership Managers",
          start=fquarter("Q1 2026/27", 2026, 1), end=fquarter("Q4 2026/27", 2026, 4), rag=rag("A")),
        A("2.1", "Use ISTV data from UCLH and Whittington A&E to target hotspots",
          theme_cell="Analysis and Enforcement", type_cell="Mandatory", extra={"borough": "Both"},
          lead="Public Health Intelligence", start=day(2026, 5, 1), end=day(2027, 3, 31), rag=ragfill(GREEN)),
        A("3.1", "Weapons sweeps on estates with Camden housing officers and residents",
          theme_cell="Reducing access to weapons ", type_cell="Mandatory", extra={"borough": "Camden"},
          lead="Police / Housing", start=word("Monthly"), rag=rag("G")),
        A("3.2", "Responsible retailer scheme for knife sales with Islington Trading Standards",
          theme_cell="Reducing access to weapons ", type_cell="Optional", extra={"borough": "Islington"},
          lead="Trading Standards Manager", start=day(2026, 4, 1), end=day(2026, 9, 30), rag=rag("Complete")),
        A("4.1", "Reduce suspensions and exclusions through the inclusion charter",
          theme_cell="Safeguarding & Educating Young People", type_cell="Mandatory", extra={"borough": "Both"},
          lead="Directors of Education", start=day(2026, 9, 1), end=day(2027, 7, 31), rag=ragfill(AMBER)),
        A("4.2", "Safer Schools Officers and trusted adults in every secondary school",
          theme_cell="Safeguarding & Educating Young People", type_cell="Mandatory", extra={"borough": "Both"},
          lead="Schools Inspector, CN BCU", start=word("Ongoing"), rag=rag("G")),
        A("4.3", "Growing Against Violence sessions for Year 6 to Year 10 pupils",
          theme_cell="Safeguarding & Educating Young People", type_cell="Local", extra={"borough": "Camden"},
          lead="GAV / Youth Safety Service", start=day(2026, 9, 1), end=day(2027, 7, 23), rag=rag("G")),
        A("4.4", "Young people\u2019s mentoring by Chance UK and Safer London",
          theme_cell="Safeguarding & Educating Young People", type_cell="Local", extra={"borough": "Islington"},
          lead="Targeted Youth Support Manager", start=month("Sept 2026", 2026, 9),
          end=month("Aug 2027", 2027, 8), rag=rag("A")),
        A("5.1", "Community engagement with VCS, faith groups and the Safer Neighbourhood Boards",
          theme_cell="Communities and Neighbourhoods", type_cell="Mandatory", extra={"borough": "Both"},
          lead="Community Partnerships Lead", start=word("Ongoing"), rag=ragfill(GREEN)),
        A("6.1", "Trauma-informed practice training for frontline practitioners in both councils",
          theme_cell="Supporting Victims", type_cell="Mandatory", extra={"borough": "Both"},
          lead="", start=word("TBC"), end=word("TBC"), rag=rag("R")),
        A("7.1", "Integrated Gangs Team key workers (St Giles Trust) for young people exiting violence",
          theme_cell="Positive Diversion", type_cell="Mandatory", extra={"borough": "Islington"},
          lead="IGT Manager", start=day(2026, 4, 1), end=day(2027, 3, 31), rag=rag("G")),
        A("8.1", "VAWG strategy delivery plans aligned to this plan in both boroughs", theme_cell="VAWG",
          type_cell="Mandatory", extra={"borough": "Both"}, lead="VAWG Leads", start=day(2026, 4, 1),
          end=day(2027, 3, 31), rag=rag("A")),
        A("8.2", "Welfare and vulnerability engagement (WAVE)\u00a0training for night-time venues in Camden Town",
          theme_cell="VAWG", type_cell="Local", extra={"borough": "Camden"}, lead="Licensing Manager",
          start=month("Oct 2026", 2026, 10), end=month("Mar 2027", 2027, 3), rag=rag("A")),
        A("D1", "Scope a shared integrated violence reduction unit for the BCU", theme_cell="Positive Diversion",
          type_cell="Developing", extra={"borough": "Both"}, lead="Heads of Community Safety",
          start=fyear("2027/28", 2027)),
        A("D2", "Explore a youth co-operative to advise the CSP on community tensions",
          theme_cell="Safeguarding & Educating Young People", type_cell="Developing",
          extra={"borough": "Islington"}, lead="TBC", start=word("TBC")),
        Foot("Prepared by: Central North Community Safety Partnerships   Last reviewed: 24/09/2026",
             field="action"),
    ]
    r = table(p, sh, 3, cols, items, header_rows=header)
    first = 5
    last = r - 2
    sh.set(r, 4, "Total actions:", bold=True)
    sh.set(r, 5, Formula("of:=COUNTA([.E%d:.E%d])" % (first, last), last - first + 1), bold=True)
    p.not_actions.append({"sheet": sh.name, "row": r, "text_starts": "Total actions:"})
    p.book = b
    return p


def westminster():
    p = Plan("westminster", "plans/Central West/WCC VVRAP 2026-27 final.xlsx", "libreoffice", "xlsx",
             ["d", "g", "h"], ["E09000033"], "cover", "2023", "yes", "Action Plan",
             notes="Cover with the sign-off laid out as in the VRU proforma (role, then Name/Date/Signature "
                   "lines), all three complete -> yes. Minimum standards on their own sheet, declared "
                   "mandatory in the line above the table; no theme given -> Governance. Themed actions "
                   "on 'Action Plan' under theme section rows (no type declared -> null), some RAG as "
                   "fill only. 'Developing actions' sheet (type developing; single 'Target date' column "
                   "read as the end). 'Optional Actions Menu' lists options not adopted.")
    b = Book("Arial", 10)
    cv = b.add("Cover")
    cv.widths[2] = 6.0
    cv.widths[3] = 0.6
    cv.widths[4] = 10.0
    cv.set(1, 2, "Westminster City Council \u2013 Violence and Vulnerability Reduction Action Plan 2026/27",
           bold=True, size=14)
    pairs = [("CSP", "Safer Westminster Partnership"), ("Template", "VRU 2023 template"),
             ("Date of submission", dt.date(2026, 9, 30)),
             ("Strategic leads", "Director of Community Safety; Director of Family Services; "
                                 "Supt Partnerships, Central West BCU"),
             ("Partners", "WCC, MPS, Probation, Public Health, Imperial College Healthcare (St Mary\u2019s), "
                          "St Giles Trust, Redthread, BIDs"),
             ("Key meetings", "Safer Westminster Partnership Board; Integrated Gangs Unit steering group; "
                              "Central West BCU violence tasking")]
    for i, (k, v) in enumerate(pairs):
        cv.set(3 + i, 2, k, bold=True)
        cv.set(3 + i, 4, v, wrap=True)
    r = 10
    cv.set(r, 2, "Local Violence and Vulnerability Reduction Action Plan Sign Off", bold=True, size=12)
    r += 1
    for role, name, date in [("Local Authority Chief Executive", "Elaine Masters", dt.date(2026, 9, 24)),
                             ("Leader of the Council/Elected Mayor", "Cllr Adam Hussain", dt.date(2026, 9, 26)),
                             ("Police BCU Commander", "Ch Supt Rhiannon Lewis", dt.date(2026, 9, 23))]:
        cv.set(r, 2, role, bold=True, fill="F2F2F2")
        cv.set(r + 1, 2, "Name")
        cv.set(r + 1, 4, name)
        cv.set(r + 2, 2, "Date")
        cv.set(r + 2, 4, date)
        cv.set(r + 3, 2, "Signature")
        cv.set(r + 3, 4, "signed")
        r += 5

    ms = b.add("Minimum Standards")
    for c, w in enumerate([1.5, 9.0, 7.0, 4.5, 4.5, 1.8], start=1):
        ms.widths[c] = w
    ms.set(1, 1, "Minimum standards \u2013 mandatory for all CSPs (2023 template)", bold=True, size=12)
    mcols = [("ref", "Standard"), ("action", "Requirement"), ("progress", "How we meet it"),
             ("lead", "Lead"), ("docs", "Evidence"), ("rag", "RAG")]
    mitems = [
        A("MS1", "Standing CSP board agenda items: knife, gun and serious violence performance, habitual knife "
                 "carriers, tension monitoring, stop and search",
          progress="Standing items since April 2023", lead="Director of Community Safety",
          docs="Board agendas", rag=rag("Green")),
        A("MS2", "Monthly violent crime partnership tasking with intelligence briefing and events tracker",
          lead="Supt Partnerships, Central West BCU", docs="Tasking terms of reference", rag=rag("Green")),
        A("MS3", "Annual joint strategic assessment of serious youth violence and knife and gun crime",
          lead="Head of Insight", progress="2026 assessment due December", rag=rag("Amber")),
    ]
    table(p, ms, 3, mcols, mitems, theme=G, type_key="mandatory",
          head_style={"bold": True, "fill": "D9D9D9", "border": True, "wrap": True})

    sh = b.add("Action Plan")
    for c, w in enumerate([1.2, 8.5, 4.5, 4.0, 3.5, 2.4, 2.4, 1.6, 5.5], start=1):
        sh.widths[c] = w
    sh.set(1, 1, "Safer Westminster Partnership \u2013 themed actions 2026/27", bold=True, size=12)
    cols = [("ref", "Ref"), ("action", "Action"), ("outcome", "Outcome"), ("lead", "Named lead"),
            ("org", "Partner(s)"), ("start", "Start"), ("end", "Target date"), ("rag", "RAG"),
            ("progress", "Update")]
    items = [
        Sec("Governance", theme=G),
        A("1.1", "Integrated Gangs Unit and violence reduction governance reviewed by the Safer Westminster Partnership",
          lead="Director of Community Safety", org="WCC / MPS", start=day(2026, 4, 1),
          end=day(2026, 12, 31), rag=rag("Green")),
        Sec("Analysis and Enforcement", theme=AE),
        A("2.1", "Joint police and council intelligence hub producing weekly violence briefings",
          lead="Intelligence Hub Manager", org="WCC / MPS", start=word("Ongoing"), rag=ragfill(GREEN)),
        A("2.2", "West End night-time economy violence problem-solving plan", lead="Police / Licensing",
          org="MPS / WCC / BIDs", start=month("Sept 2026", 2026, 9), end=month("Jan 2027", 2027, 1),
          rag=rag("Amber")),
        Sec("Reducing Access to Weapons", theme=W),
        A("3.1", "\u00a0Test purchasing of knives (in store and online) with Trading Standards",
          lead="Trading Standards Manager", org="WCC", start=day(2026, 5, 1), end=day(2027, 3, 31),
          rag=ragfill(AMBER)),
        A("3.2", "Weapons sweeps in hotspot estates with residents\u2019 associations", lead="SNT Inspector",
          org="MPS / residents", start=word("Monthly"), rag=rag("Green")),
        Sec("Safeguarding and Educating Young People", theme=YP),
        A("4.1", "Reduce exclusions: inclusion support for pupils at risk at Key Stage 3", lead="Head of Education",
          org="WCC / schools", start=day(2026, 9, 1), end=day(2027, 7, 21), rag=rag("Amber")),
        A("4.2", "IGU sexual violence specialist practitioner supports young women affected by gangs",
          lead="IGU Manager", org="WCC Family Services", start=word("Ongoing"), rag=rag("Green")),
        Sec("Working with Communities and Neighbourhoods to Reduce Violence", theme=COM),
        A("5.1", "CitySafe Havens recruited in Church Street and Harrow Road town centres",
          lead="Community Safety Officer", org="WCC / businesses", start=month("Oct 2026", 2026, 10),
          end=month("Mar 2027", 2027, 3), rag=rag("Red")),
        Sec("Supporting Victims of Violence and Vulnerability", theme=VIC),
        A("6.1", "Youth workers at St Mary\u2019s Hospital major trauma centre (teachable moment)",
          lead="Public Health / Redthread", org="NHS / Redthread", start=day(2026, 4, 1),
          end=day(2028, 3, 31), rag=rag("Green")),
        Sec("Positive Diversion from Violence", theme=DIV),
        A("7.1", "IGU employment coach and St Giles Trust ex-offender caseworker", lead="IGU Manager",
          org="WCC / St Giles Trust / DWP", start=word("Ongoing"), rag=ragfill(GREEN)),
        Sec("Tackling Violence Against Women and Girls", theme=VAWG),
        A("8.1", "VAWG strategy actions on sexual harassment in the night-time economy", lead="VAWG Lead",
          org="WCC / MPS", start=day(2026, 4, 1), end=day(2027, 3, 31), rag=rag("Amber")),
        A("8.2", "Healthy relationships education in all secondary schools", lead="PSHE Lead",
          org="Schools", start=month("Sept 2026", 2026, 9), end=month("July 2027", 2027, 7), rag=rag("Green")),
        Gap(2),
        Foot("Source: MPS crime data dashboard; ISTV (St Mary\u2019s Hospital)", col=1, style={"italic": True}),
    ]
    table(p, sh, 3, cols, items, sec_style={"bold": True, "fill": "FCE4D6"},
          head_style={"bold": True, "fill": "C00000", "color": "FFFFFF", "border": True, "wrap": True})

    dv = b.add("Developing actions")
    for c, w in enumerate([1.2, 5.0, 8.5, 5.0, 3.5, 2.5], start=1):
        dv.widths[c] = w
    dv.set(1, 1, "Developing actions (aspirations not yet resourced)", bold=True, size=12)
    dcols = [("ref", "Ref"), ("theme", "Theme"), ("action", "Developing action"),
             ("x:need", "What is needed"), ("lead", "Lead"), ("end", "Target date")]
    ditems = [
        A("D1", "Trauma-informed practice model across schools and alternative provision",
          theme_cell="Safeguarding and educating young people", extra={"need": "Funding for training"},
          lead="Head of Education", end=word("TBC")),
        A("D2", "Community safety risk index combining police, social care and social media data",
          theme_cell="Working with communities and neighbourhoods to reduce violence",
          extra={"need": "Data-sharing agreement; analyst post"}, lead="Head of Insight",
          end=D("2027/28", "", "2028-03-31")),
    ]
    table(p, dv, 3, dcols, ditems, type_key="developing")

    om = b.add("Optional Actions Menu")
    om.set(1, 1, "Optional actions menu (VRU template)", bold=True)
    for c, w in enumerate([1.3, 9.0, 4.0], start=1):
        om.widths[c] = w
    ocols = [("ref", "Ref"), ("action", "Optional action"), ("x:status", "Status")]
    oitems = [A("O3.1", "Knife bins at agreed locations", extra={"status": "Not adopted"}, skip=True),
              A("O4.2", "Single menu of school lessons on knife crime", extra={"status": "Not adopted"}, skip=True),
              A("O6.1", "Local mediation scheme between young people in dispute",
                extra={"status": "Not adopted \u2013 review 2027"}, skip=True)]
    table(p, om, 2, ocols, oitems)
    p.book = b
    return p


def _lewisham_items(late):
    def rg(e, l):
        return rag(l if late else e)
    items = [
        A("MS1", "Standing CSP board items: knife, gun and serious violence, habitual knife carriers, tensions, "
                 "stop and search", theme_cell="Governance", type_cell="Mandatory",
          lead="Head of Community Safety", org="LBL", start=day(2026, 4, 1), end=day(2027, 3, 31),
          rag=rg("Green", "Green")),
        A("MS2", "Monthly violent crime partnership tasking with intelligence briefing and events tracker",
          theme_cell="Analysis and Enforcement", type_cell="Mandatory", lead="DI Partnerships, SE BCU",
          org="MPS", start=word("Ongoing"), rag=rg("Green", "Green")),
        A("MS3", "Annual joint strategic assessment of serious youth violence and knife and gun crime",
          theme_cell="Analysis and Enforcement", type_cell="Mandatory", lead="Strategy & Intelligence Lead",
          org="LBL", start=day(2026, 7, 1), end=day(2026, 12, 31), rag=rg("Amber", "Amber")),
        A("1.1", "Safer Lewisham Partnership violence reduction sub-group oversees this plan",
          theme_cell="Governance", type_cell="Mandatory", lead="Chair, VR sub-group", org="LBL / MPS",
          start=word("Ongoing"), rag=rg("Amber", "Green")),
        A("2.1", "Knife Enabled Crime activity tracker shared by police and council",
          theme_cell="Analysis and Enforcement", type_cell="Local", lead="Police / Community Safety",
          org="MPS / LBL", start=day(2026, 5, 1), end=day(2027, 3, 31), rag=rg("Green", "Green")),
        A("3.1", "Weapons sweeps and knife bin checks with ward officers",
          theme_cell="Reducing Access to Weapons", type_cell="Mandatory", lead="SNT Inspector", org="MPS",
          start=word("Monthly"), rag=rg("Amber", "Green")),
        A("4.1", "Response and Rescue programme for young people exploited through county lines",
          theme_cell="Safeguarding and Educating Young People", type_cell="Local",
          lead="Rescue and Response Manager", org="LBL / VCS", start=day(2026, 4, 1), end=day(2027, 3, 31),
          rag=rg("Amber", "Amber")),
        A("4.2", "Reduce exclusions through the inclusion strategy",
          theme_cell="Safeguarding and Educating Young People", type_cell="Mandatory",
          lead="Head of Inclusion", org="Education", start=month("Sept 2026", 2026, 9),
          end=month("July 2027", 2027, 7), rag=rg("Red", "Amber")),
        A("5.1", "Community consultation on serious youth violence through ward assemblies",
          theme_cell="Working with Communities and Neighbourhoods to Reduce Violence", type_cell="Mandatory",
          lead="Community Development Manager", org="LBL / VCS", start=word("Ongoing"),
          rag=rg("Green", "Green")),
        A("6.1", "Victim Support young victims service and restorative justice offer",
          theme_cell="Supporting Victims of Violence and Vulnerability", type_cell="Mandatory",
          lead="TBC", rag=rg("Red", "Red")),
        A("7.1", "Seamless transition from youth offending service to adult probation",
          theme_cell="Positive Diversion from Violence", type_cell="Mandatory",
          lead="YOS Manager / Head of PDU", org="YOS / Probation", start=day(2026, 4, 1),
          end=day(2027, 3, 31), rag=rg("Amber", "Green")),
        A("8.1", "Domestic abuse perpetrator programme and MARAC improvement plan",
          theme_cell="Tackling Violence Against Women and Girls", type_cell="Mandatory",
          lead="VAWG Commissioning Manager", org="LBL", start=day(2026, 6, 1), end=day(2027, 3, 31),
          rag=rg("Amber", "Amber")),
    ]
    if late:
        items.append(
            A("8.2", "Ask for Angela and WAVE training for venues in Lewisham and Catford town centres",
              theme_cell="Tackling Violence Against Women and Girls", type_cell="Local",
              lead="Licensing Team", org="LBL / MPS", start=month("Nov 2026", 2026, 11),
              end=month("Mar 2027", 2027, 3), rag=rag("Green")))
    return items


def _lewisham(late):
    if late:
        p = Plan("lewisham_late", "2026-10/Lewisham/Lewisham VVRAP 2026-27 (resubmitted).xlsx", "libreoffice",
                 "xlsx", ["a", "d", "i", "g", "h"], ["E09000023"], "cover", "2023", "yes", "Action Plan",
                 superseded=False,
                 notes="Later of the duplicate pair for Lewisham: cover submission date 21/10/2026 (the "
                       "other file says 15/09/2026), so this one stands. Elected Mayor now signed -> yes. "
                       "One more action (8.2) and updated RAG. 'Guidance' sheet is template text.")
    else:
        p = Plan("lewisham_early", "plans/South East/Lewisham VVRAP 2026-27.xlsx", "openpyxl", "xlsx",
                 ["d", "i", "g", "h"], ["E09000023"], "cover", "2023", "partly", "Action Plan", superseded=True,
                 notes="Earlier of the duplicate pair for Lewisham (cover date 15/09/2026); superseded by "
                       "the resubmission in 2026-10/Lewisham/. Elected Mayor named but not signed -> partly.")
    b = Book("Arial", 10)
    cv = b.add("Cover")
    cv.widths[1] = 6.5
    cv.widths[2] = 6.0
    cv.widths[3] = 3.0
    cv.widths[4] = 3.2
    cv.set(1, 1, "Safer Lewisham Partnership", bold=True, size=14)
    cv.set(2, 1, "Violence and Vulnerability Reduction Action Plan 2026/27", bold=True)
    sub = dt.date(2026, 10, 21) if late else dt.date(2026, 9, 15)
    pairs = [("Local authority", "London Borough of Lewisham"), ("Template", "VVRAP (2023 template)"),
             ("Date of submission", sub),
             ("Strategic leads", "Director of Communities; Supt Neighbourhoods, South East BCU")]
    if late:
        pairs.append(("Note", "Resubmitted with the Mayor\u2019s signature and Q2 RAG update"))
    for i, (k, v) in enumerate(pairs):
        cv.set(4 + i, 1, k, bold=True)
        cv.set(4 + i, 2, v, wrap=True)
    cv.set(11, 1, "Sign off", bold=True, size=12)
    for c, h in enumerate(["Role", "Name", "Date", "Signature"], start=1):
        cv.set(12, c, h, bold=True, border=True, fill="D9E1F2")
    signs = [("Chief Executive", "Jeremy Ashcroft", dt.date(2026, 9, 10), "signed"),
             ("Elected Mayor of Lewisham", "Mayor Diane Okoro",
              dt.date(2026, 10, 19) if late else None, "signed" if late else None),
             ("BCU Commander, South East BCU", "Ch Supt Neil Travers", dt.date(2026, 9, 9), "signed")]
    for i, row in enumerate(signs):
        for c, v in enumerate(row, start=1):
            cv.set(13 + i, c, v, border=True)
    sh = b.add("Action Plan")
    for c, w in enumerate([4.5, 1.3, 8.5, 2.2, 4.0, 2.6, 2.4, 2.4, 5.0, 1.6], start=1):
        sh.widths[c] = w
    sh.set(1, 1, "Lewisham Violence and Vulnerability Reduction Action Plan 2026/27", bold=True, size=13)
    cols = [("theme", "Theme"), ("ref", "Ref"), ("action", "Action"), ("type", "Type"), ("lead", "Lead"),
            ("org", "Organisation"), ("start", "Start"), ("end", "End"), ("progress", "Progress"),
            ("rag", "RAG")]
    items = _lewisham_items(late)
    items.append(Foot("Version 2 \u2013 resubmitted 21/10/2026 with Mayor\u2019s sign-off" if late
                      else "Version 1 \u2013 15/09/2026", field="action", style={"italic": True}))
    table(p, sh, 3, cols, items,
          head_style={"bold": True, "fill": "8EA9DB", "border": True, "wrap": True})
    if late:
        gd = b.add("Guidance")
        gd.widths[1] = 20
        for i, t in enumerate(["Completing the action plan template",
                               "Outcomes provided for all actions including baselines where suitable.",
                               "Named leads included for all actions.",
                               "RAG status of all actions to show progress to date."], start=1):
            gd.set(i, 1, t, bold=(i == 1))
    p.book = b
    return p


def lewisham_early():
    return _lewisham(False)


def lewisham_late():
    return _lewisham(True)


def greenwich():
    p = Plan("greenwich", "2026-10/RBG VVRAP 2026-27.xlsm", "libreoffice", "xlsm", ["d", "g", "h"],
             ["E09000011"], "cover", "2023", "yes", "Action plan",
             notes="Macro-enabled workbook (.xlsm, no macros). Unusual column order: status first. "
                   "'Deadline' is a single column read as the end date. 'Action type' column includes "
                   "'Developing'. Minimum standards written into the action text with theme given. "
                   "A 'Lists' sheet holds drop-down values, not actions. Footer in the action column "
                   "after two blank rows.")
    b = Book("Century Gothic", 9)
    cv = b.add("Cover")
    cv.widths[1] = 6
    cv.widths[2] = 9
    cv.set(1, 1, "Royal Borough of Greenwich", bold=True, size=14)
    cv.set(2, 1, "Safer Greenwich Partnership \u2013 Violence and Vulnerability Reduction Action Plan 2026/27",
           bold=True)
    pairs = [("Template", "2023 (with VAWG)"), ("Submitted", tday("02/10/2026", 2026, 10, 2).value),
             ("Oversight", "Safer Greenwich Partnership Board; SE BCU Violence Tasking")]
    for i, (k, v) in enumerate(pairs):
        cv.set(4 + i, 1, k, bold=True)
        cv.set(4 + i, 2, v)
    cv.set(8, 1, "Sign-off", bold=True, size=11)
    signs = [("Chief Executive", "Andrew Kerslake", dt.date(2026, 9, 28), "Signed"),
             ("Leader of the Council", "Cllr Nadia Osei", dt.date(2026, 9, 29), "Signed"),
             ("BCU Commander (South East)", "Ch Supt Neil Travers", dt.date(2026, 9, 25), "Signed")]
    for c, h in enumerate(["", "Name", "Date", "Signature"], start=1):
        cv.set(9, c, h, bold=True)
    for i, row in enumerate(signs):
        for c, v in enumerate(row, start=1):
            cv.set(10 + i, c, v, border=True)
    sh = b.add("Action plan")
    for c, w in enumerate([1.8, 1.0, 4.0, 2.4, 9.0, 4.0, 3.0, 2.4, 4.5, 4.0], start=1):
        sh.widths[c] = w
    sh.set(1, 1, "VVRAP 2026/27", bold=True, size=13)
    cols = [("rag", "Status"), ("ref", "No."), ("theme", "Theme"), ("type", "Action type"),
            ("action", "Action"), ("lead", "Owner"), ("org", "Agency"), ("end", "Deadline"),
            ("outcome", "Outcome"), ("comments", "Notes")]
    items = [
        A(1, "Minimum standard 1: serious violence, knife carriers, tensions and stop and search as standing "
             "CSP agenda items", theme_cell="Governance", type_cell="Mandatory", lead="Head of Community Safety",
          org="RBG", end=word("Ongoing"), rag=rag("On track")),
        A(2, "Minimum standard 2: monthly violent crime tasking with intelligence briefing and events tracker",
          theme_cell="Analysis and enforcement", type_cell="Mandatory", lead="DI SE BCU", org="MPS",
          end=word("Monthly"), rag=rag("On track")),
        A(3, "Minimum standard 3: annual joint strategic assessment (SYV, knife and gun crime)",
          theme_cell="Analysis and enforcement", type_cell="Mandatory", lead="Insight Manager", org="RBG",
          end=due(day(2026, 12, 31)), rag=rag("Amber")),
        A(4, "Trading Standards test purchasing and responsible retailer agreements",
          theme_cell="Reducing access to weapons", type_cell="Mandatory", lead="Trading Standards Manager",
          org="RBG", end=due(day(2027, 3, 31)), rag=rag("Green")),
        A(5, "Safer Schools Officers and knife wands available to secondary schools",
          theme_cell="Safeguarding and educating young people", type_cell="Mandatory",
          lead="Police / Education", org="MPS / RBG", end=word("Termly"), rag=rag("Green")),
        A(6, "Royal Greenwich youth co-operative advising on community tensions",
          theme_cell="Safeguarding and educating young people", type_cell="Local", lead="Youth Services",
          org="RBG / VCS", end=due(day(2027, 3, 31)), rag=rag("Amber")),
        A(7, "Community engagement through the Safer Neighbourhood Board and faith forum",
          theme_cell="Communities", type_cell="Mandatory", lead="Community Safety Officer", org="RBG / SNB",
          end=word("Ongoing"), rag=rag("Green")),
        A(8, "Support for families bereaved by violence with Victim Support and the VCS",
          theme_cell="Supporting victims", type_cell="Mandatory", lead="TBC", end=word("TBC"), rag=rag("Red")),
        A(9, "Ways out of violence: mentoring, and employment support with Jobcentre Plus",
          theme_cell="Positive diversion from violence", type_cell="Mandatory",
          lead="Youth Justice Service / DWP", org="YJS / DWP", end=due(day(2027, 3, 31)), rag=rag("Green")),
        A(10, "Healthy relationships programme in secondary schools", theme_cell="VAWG",
          type_cell="Mandatory", lead="VAWG Coordinator", org="RBG / schools",
          end=due(month("July 2027", 2027, 7)), rag=rag("Amber")),
        A(11, "Community safety risk index combining police, social care and social media data",
          theme_cell="Analysis and enforcement", type_cell="Developing", lead="Insight Manager", org="RBG",
          end=D("2027/28", "", "2028-03-31")),
        Gap(2),
        Foot("Source: MPS performance data, Royal Borough of Greenwich SNA 2026", field="action",
             style={"italic": True}),
    ]
    table(p, sh, 3, cols, items,
          head_style={"bold": True, "fill": "FFFF00", "border": True, "wrap": True})
    ls = b.add("Lists")
    for i, v in enumerate(["On track", "Green", "Amber", "Red", "Complete"], start=1):
        ls.set(i, 1, v)
    for i, v in enumerate(["Mandatory", "Optional", "Local", "Developing"], start=1):
        ls.set(i, 2, v)
    p.book = b
    return p


def haringey_source():
    """A small valid Haringey plan; the corpus keeps only the first half of its bytes."""
    b = Book("Arial", 10)
    cv = b.add("Cover")
    cv.set(1, 1, "Haringey Community Safety Partnership", bold=True)
    cv.set(2, 1, "Violence and Vulnerability Reduction Action Plan 2021/22")
    sh = b.add("Action Plan")
    heads = ["Ref", "Action", "Lead", "Start", "End", "RAG"]
    for c, h in enumerate(heads, start=1):
        sh.set(3, c, h, bold=True)
    rows = [("1.1", "Named senior leads for violence reduction", "Head of Community Safety"),
            ("2.1", "Annual strategic needs assessment", "Insight Lead"),
            ("3.1", "Test purchasing with Trading Standards", "Trading Standards"),
            ("4.1", "Reduce exclusions", "Head of Inclusion"),
            ("7.1", "Mentoring for young people at risk", "Youth Service")]
    for i, (ref, act, lead) in enumerate(rows):
        sh.set(4 + i, 1, ref)
        sh.set(4 + i, 2, act)
        sh.set(4 + i, 3, lead)
        sh.set(4 + i, 4, dt.date(2021, 4, 1))
        sh.set(4 + i, 5, dt.date(2022, 3, 31))
        sh.set(4 + i, 6, "Amber")
    return b


PLANS = [lbth, camden_islington, westminster, lewisham_early, lewisham_late, greenwich]
