"""2021-template violence and vulnerability reduction action plans."""
import datetime as dt

from corpus_lib import (A, AMBER, BLUE, BLANK, Book, D, Foot, Gap, GREEN, Plan, RED, Sec, day,
                        due, fquarter, fyear, month, rag, ragfill, span, table, tday, word,
                        G, AE, W, YP, COM, VIC, DIV)


def _sec_names():
    return [(G, "1. Governance"), (AE, "2. Analysis and Enforcement"),
            (W, "3. Reducing Access to Weapons"), (YP, "4. Safeguarding and Educating Young People"),
            (COM, "5. Working with Communities and Neighbourhoods to Reduce Violence"),
            (VIC, "6. Supporting Victims of Violence and Vulnerability"),
            (DIV, "7. Positive Diversion from Violence")]


def hackney():
    p = Plan("hackney", "plans/Central East/VVRAP 2021-22 final.xlsx", "openpyxl", "xlsx",
             ["b", "d", "g", "h"], ["E09000012"], "sheet-name", "2021", "no", "Hackney VVRAP",
             notes="No cover sheet; the authority appears only in the sheet name 'Hackney VVRAP'. "
                   "Title and instruction rows above the header (header in row 5); headings with line "
                   "breaks; theme headings as section rows; 'Action type' column. Dates mix real dates "
                   "with 'Sept 2021', 'March 22', 'Ongoing'. 'Signed off at the CSP Board…' straight "
                   "under the last action (action column) is not the 2021 sign-off by Chief Executive, "
                   "Leader and BCU Commander, so signed_off is 'no'. The 'Optional actions' tab is the "
                   "template menu: O4.1 is marked Y but its comment says it is included in the main plan "
                   "at 4.4, so it is counted once (at 4.4); the other menu rows are N or blank.")
    b = Book("Arial", 10)
    sh = b.add("Hackney VVRAP")
    sh.set(1, 1, "Violence and Vulnerability Reduction Action Plan 2021/22", bold=True, size=14)
    sh.merge(1, 1, 1, 11)
    sh.set(2, 1, "Community Safety Partnership \u2013 submission to the VRU, December 2021", size=11)
    sh.set(3, 1, "Please complete all columns. Mandatory actions are pre-filled; add local actions at the "
                 "end of each theme.", italic=True, color="7F7F7F")
    for c, w in enumerate([1.3, 2.4, 8.5, 5.0, 4.0, 3.0, 2.3, 2.3, 6.0, 1.8, 4.5], start=1):
        sh.widths[c] = w
    cols = [("ref", "Ref"), ("type", "Action type"), ("action", "Action"),
            ("outcome", "Outcome/Baseline"), ("lead", "Named lead"), ("org", "Lead\norganisation"),
            ("start", "Start date"), ("end", "End date"), ("progress", "Progress to date"),
            ("rag", "RAG\nstatus"), ("comments", "Comments")]
    s = dict(_sec_names())
    items = [
        Sec(s[G], theme=G),
        A("1.1", "Named senior leads for violence reduction in the council, police, health and probation",
          type_cell="Mandatory", outcome="Clear accountability at CSP level",
          lead="Director of Community Safety", org="LA / MPS / NHS / NPS", start=day(2021, 4, 1),
          end=day(2022, 3, 31), progress="Leads confirmed at CSP June 2021", rag=rag("Complete")),
        A("1.2", "Links between the CSP, the Safeguarding Children Partnership, the Safeguarding Adults "
                 "Board and the Health and Wellbeing Board", type_cell="Mandatory",
          lead="Head of Community Safety", org="LA", start=month("Sept 2021", 2021, 9),
          end=month("March 22", 2022, 3), rag=rag("Amber")),
        A("1.3", "Quarterly violence reduction briefing for all councillors", type_cell="Local",
          lead="Community Safety Partnerships Manager", org="LA", start=word("Ongoing"),
          end=word("Ongoing"), rag=rag("Green")),
        Sec(s[AE], theme=AE),
        A("2.1", "Annual strategic needs assessment of serious violence, refreshed each autumn",
          type_cell="Mandatory", lead="Head of Insight", org="LA / Public Health",
          start=day(2021, 9, 1), end=day(2021, 11, 30), rag=rag("Green")),
        A("2.2", "Monthly partnership tasking meeting targeting violence hotspots and high-harm individuals",
          type_cell="Mandatory", lead="Supt Neighbourhoods / Head of Enforcement", org="MPS / LA",
          start=word("Ongoing"), rag=rag("Green")),
        A("2.3", "Use ISTV and wider public health data to inform tasking and problem-solving",
          type_cell="Mandatory", lead="Public Health Consultant", org="Public Health / NHS trust",
          start=month("Oct 2021", 2021, 10), end=month("March 22", 2022, 3),
          progress="-- awaiting data-sharing agreement with the NHS trust", rag=rag("Amber")),
        Sec(s[W], theme=W),
        A("3.1", "Trading Standards test purchasing and retailer visits for knives and corrosives",
          type_cell="Mandatory", lead="Trading Standards Manager", org="LA", start=day(2021, 4, 1),
          end=day(2022, 3, 31), rag=rag("Amber")),
        A("3.2", "Weapons sweeps with residents, housing officers and the Safer Neighbourhood Teams",
          type_cell="Mandatory", lead="Police / Housing", org="MPS / LA Housing",
          start=word("Ongoing"), rag=rag("Green")),
        Sec(s[YP], theme=YP),
        A("4.1", "Reduce exclusions through the inclusion charter and a review of managed moves",
          type_cell="Mandatory", lead="Head of Wellbeing and Education Safeguarding", org="Education",
          start=day(2021, 9, 6), end=day(2022, 7, 22), rag=rag("Amber")),
        A("4.2", "Support children in care and care leavers at risk of exploitation (contextual safeguarding)",
          type_cell="Mandatory", lead="Head of Children in Care", org="Children's Social Care",
          start=day(2021, 4, 1), end=day(2022, 3, 31), rag=rag("Green")),
        A("4.3", "Parents and carers offered sessions on exploitation and knife crime",
          type_cell="Mandatory", lead="TBC", rag=rag("Red")),
        A("4.4", "Primary to secondary transition programme for vulnerable Year 6 pupils",
          type_cell="Optional", lead="Virtual School Head", org="Education",
          start=month("Sept 2021", 2021, 9), end=month("July 22", 2022, 7), rag=rag("Green")),
        Sec(s[COM], theme=COM),
        A("5.1", "Community engagement forum on violence reduction meets quarterly",
          type_cell="Mandatory", lead="Community Partnerships Officer", org="LA / VCS",
          start=word("Ongoing"), rag=rag("Green")),
        A("5.2", "Youth co-operative gives young people\u2019s view on community tensions to tasking",
          type_cell="Local", lead="Youth Service Manager", org="LA / Youth Council",
          start=month("Nov 2021", 2021, 11), end=month("March 22", 2022, 3), rag=rag("Amber")),
        Sec(s[VIC], theme=VIC),
        A("6.1", "Hospital-based youth workers in A&E with referral into local services",
          type_cell="Mandatory", lead="Public Health / St Giles Trust", org="NHS / VCS",
          start=day(2021, 4, 1), end=day(2023, 3, 31), rag=rag("Green")),
        A("6.2", "Trauma-informed practice training for frontline staff", type_cell="Mandatory",
          lead="Workforce Development Lead", org="LA", start=month("Jan 22", 2022, 1),
          end=month("March 22", 2022, 3), rag=rag("Red")),
        Sec(s[DIV], theme=DIV),
        A("7.1", "Mentoring for young people at risk of violence through commissioned VCS providers",
          type_cell="Mandatory", lead="Youth Justice Service Manager", org="YJS / VCS",
          start=day(2021, 4, 1), end=day(2022, 3, 31), rag=rag("Amber")),
        A("7.2", "Integrated Gangs Unit caseworkers offer exit support to young adults aged 18-25",
          type_cell="Local", lead="IGU Manager", org="LA / MPS / Probation", start=word("Ongoing"),
          rag=rag("Green")),
        Foot("Signed off at the CSP Board on 12 May 2022", field="action"),
        Gap(1),
        Foot("Version 3", col=1),
    ]
    table(p, sh, 5, cols, items, sec_style={"bold": True, "fill": "E2EFDA"},
          head_style={"bold": True, "wrap": True, "fill": "548235", "color": "FFFFFF", "border": True})
    op = b.add("Optional actions")
    op.set(1, 1, "Optional actions \u2013 menu", bold=True, size=12)
    ocols = [("ref", "Ref"), ("action", "Optional action"), ("x:adopted", "Adopted? (Y/N)"),
             ("comments", "Comments")]
    oitems = [
        A("O2.1", "Joint police and council intelligence hub", extra={"adopted": "N"}, skip=True),
        A("O3.1", "Knife bins at agreed locations", extra={"adopted": "N"}, skip=True),
        A("O4.1", "Primary to secondary transition programme", extra={"adopted": "Y"},
          comments="Included in main plan at 4.4", skip=True),
        A("O5.1", "CitySafe Havens in town centres", skip=True),
        A("O7.1", "Employment support with Jobcentre Plus for young adults", skip=True),
    ]
    for c, w in enumerate([1.4, 9.0, 2.6, 6.0], start=1):
        op.widths[c] = w
    table(p, op, 2, ocols, oitems)
    p.book = b
    return p


def lbbd():
    p = Plan("lbbd", "plans/East/lbbd vvrap 2022.xlsx", "openpyxl", "xlsx",
             ["b", "c", "d", "g", "h"], ["E09000002"], "file-name", "2021", "partly", "",
             notes="Authority only in the file name ('lbbd' = Barking and Dagenham). One sheet per "
                   "theme, each with 'Mandatory actions' / 'Local actions' section rows that declare the "
                   "type. A 'Guidance' sheet of template notes. 'Sign off' sheet laid out as in the "
                   "VRU proforma: Chief Executive and BCU Commander signed, Leader blank -> partly. "
                   "Dates: 'Sept 2021', '2021-22' (financial year), 'Q3 2021/22', 'Q4 2021/22', "
                   "'2022-23'. 'Quarterly' in a start column is a word, not a date.")
    b = Book("Calibri", 11)
    gd = b.add("Guidance")
    gd.widths[1] = 22
    lines = ["2021 Violence and Vulnerability Reduction Action Plan \u2013 guidance",
             "Outcomes provided for all actions including baselines where suitable.",
             "Named leads included for all actions to ensure there is accountability and ownership.",
             "Start/End dates to be included to indicate length of the action. Estimates can be given.",
             "Progress of each action to date including update on outcomes.",
             "RAG status of all actions to show progress to date."]
    for i, t in enumerate(lines, start=1):
        gd.set(i, 1, t, bold=(i == 1), wrap=True)
    cols = [("ref", "Ref"), ("action", "Action"), ("outcome", "Outcome"),
            ("baseline", "Baseline (where suitable)"), ("lead", "Lead officer"), ("org", "Agency"),
            ("start", "Start"), ("end", "End"), ("progress", "Progress"), ("rag", "RAG")]
    LOC = lambda: Sec("Local actions", type_key="local", fill="FFF2CC")
    themes = [
        ("1 Governance", "Theme 1: Governance", G, [
            Sec("Mandatory actions", type_key="mandatory", fill="FCE4D6"),
            A("1.1", "Named senior leads for violence reduction across the partnership",
              lead="Director of Public Health / Borough Commander", org="LA / MPS",
              start=day(2021, 4, 1), end=fyear("2021-22", 2021), rag=rag("Blue")),
            A("1.2", "CSP to report to the Health and Wellbeing Board and Safeguarding Partnership twice a year",
              lead="Community Safety Partnership Manager", org="LA", start=month("Sept 2021", 2021, 9),
              end=fquarter("Q4 2021/22", 2021, 4), rag=rag("G")),
            LOC(),
            A("1.L1", "Scrutiny session on serious violence with elected members",
              lead="Head of Community Safety", org="LA", start=month("Jan 2022", 2022, 1),
              end=month("Mar 2022", 2022, 3), rag=rag("A")),
        ]),
        ("2 Analysis & Enforcement", "Theme 2: Analysis and Enforcement", AE, [
            Sec("Mandatory actions", type_key="mandatory", fill="FCE4D6"),
            A("2.1", "Annual strategic needs assessment refreshed, including ISTV and public health data",
              outcome="SNA agreed by CSP", baseline="2020 SNA", lead="Insight\u00a0Hub Manager", org="LA",
              start=day(2021, 6, 1), end=fquarter("Q3 2021/22", 2021, 3), rag=rag("G")),
            A("2.2", "Monthly partnership tasking on violence and exploitation",
              lead="DI Partnership / ASB Manager", org="MPS / LA", start=word("Ongoing"),
              end=word("Ongoing"), rag=rag("G")),
            LOC(),
            A("2.L1", "Joint enforcement days targeting habitual knife carriers with probation",
              lead="Police / Probation", org="MPS / NPS", start=month("Oct 2021", 2021, 10),
              end=month("Mar 2022", 2022, 3), rag=rag("A")),
        ]),
        ("3 Weapons", "Theme 3: Reducing Access to Weapons", W, [
            Sec("Mandatory actions", type_key="mandatory", fill="FCE4D6"),
            A("3.1", "Trading Standards test purchasing and responsible retailer agreement",
              lead="Trading Standards Lead", org="LA", start=day(2021, 7, 1), end=day(2022, 3, 31),
              rag=rag("R")),
            A("3.2", "Quarterly weapons sweeps with residents\u2019 associations",
              lead="Neighbourhood Policing Inspector", org="MPS", start=word("Quarterly"), rag=rag("G")),
        ]),
        ("4 Young People", "Theme 4: Safeguarding and Educating Young People", YP, [
            Sec("Mandatory actions", type_key="mandatory", fill="FCE4D6"),
            A("4.1", "Reduce fixed-term and permanent exclusions (inclusion strategy)",
              baseline="2020/21: 11 permanent exclusions", lead="Head of Inclusion", org="Education",
              start=day(2021, 9, 1), end=day(2022, 7, 31), rag=rag("A")),
            A("4.2", "Children in care and care leavers: exploitation risk screening and support",
              lead="Head of Looked After Children", org="Children's Care and Support",
              start=month("Apr 2021", 2021, 4), end=month("Mar 2022", 2022, 3), rag=rag("G")),
            A("4.3", "Safer Schools Officers in every secondary school and the PRU",
              lead="Schools Sergeant", org="MPS", start=word("Ongoing"), rag=rag("G")),
            LOC(),
            A("4.L1", "Adolescent support service for looked-after children at risk of exploitation",
              lead="Adolescent Services Manager", org="Children's Care and Support",
              start=month("Nov 2021", 2021, 11), end=fyear("2022-23", 2022), rag=rag("A")),
        ]),
        ("5 Communities", "Theme 5: Working with Communities and Neighbourhoods to Reduce Violence", COM, [
            Sec("Mandatory actions", type_key="mandatory", fill="FCE4D6"),
            A("5.1", "Community engagement on violence with VCS, faith groups and residents",
              lead="Community Engagement Manager", org="LA / VCS", start=word("Ongoing"), rag=rag("A")),
        ]),
        ("6 Victims", "Theme 6: Supporting Victims of Violence and Vulnerability", VIC, [
            Sec("Mandatory actions", type_key="mandatory", fill="FCE4D6"),
            A("6.1", "Referral pathway for young victims of violence into Victim Support and the youth service",
              lead="TBC", rag=rag("R")),
        ]),
        ("7 Diversion", "Theme 7: Positive Diversion from Violence", DIV, [
            Sec("Mandatory actions", type_key="mandatory", fill="FCE4D6"),
            A("7.1", "Mentoring and positive activities for young people at risk, delivered by VCS partners",
              lead="Youth Service Manager", org="LA / VCS", start=day(2021, 4, 1), end=day(2022, 3, 31),
              rag=rag("G")),
            LOC(),
            A("7.L1", "Youth to adult transition protocol between the YOS and probation",
              lead="YOS Manager\nHead of Probation Delivery Unit", org="YOS / Probation",
              start=month("Jan 2022", 2022, 1), end=month("Jun 2022", 2022, 6), rag=rag("A")),
            Gap(2),
            Foot("Prepared by: Community Safety Partnership Team   Last reviewed: 28/03/2022", col=1),
        ]),
    ]
    for name, title, theme, items in themes:
        sh = b.add(name)
        for c, w in enumerate([1.5, 8.5, 4.5, 3.5, 4.0, 2.8, 2.3, 2.3, 5.0, 1.4], start=1):
            sh.widths[c] = w
        sh.set(1, 1, title, bold=True, size=13)
        sh.set(2, 1, "Violence & Vulnerability Reduction Action Plan 2022", italic=True)
        table(p, sh, 4, cols, items, theme=theme,
              head_style={"bold": True, "wrap": True, "fill": "D9E1F2", "border": True})
    so = b.add("Sign off")
    so.widths[1] = 6
    so.widths[2] = 7
    so.set(1, 1, "Local Violence and Vulnerability Reduction Action Plan Sign Off", bold=True, size=12)
    so.set(2, 1, "As part of the action plan submission, please sign the below boxes to confirm that you "
                 "have reviewed the local violence and vulnerability reduction action plan.", wrap=True)
    so.merge(2, 1, 2, 4)
    blocks = [(4, "Local Authority Chief Executive", "Helen Okonjo", dt.date(2022, 3, 30), "Signed"),
              (9, "Leader of the Council/Elected Mayor", None, None, None),
              (14, "Police BCU Commander", "Ch Supt Paul Harding", dt.date(2022, 3, 29), "signed")]
    for r, role, name, date, sig in blocks:
        so.set(r, 1, role, bold=True)
        so.set(r + 1, 1, "Name")
        so.set(r + 1, 2, name, border=True)
        so.set(r + 2, 1, "Date")
        so.set(r + 2, 2, date, border=True)
        so.set(r + 3, 1, "Signature")
        so.set(r + 3, 2, sig, border=True)
    p.book = b
    return p


def kingston_richmond():
    p = Plan("kingston_richmond", "plans/South West/Kingston & Richmond VVRAP 2022.xlsx", "openpyxl",
             "xlsx", ["c", "d", "e", "g", "h"], ["E09000021", "E09000027"], "cover", "2021", "yes",
             "Action Plan",
             notes="Joint plan for two South West BCU boroughs. Sign-off block with one row per "
                   "authority for Chief Executive and Leader plus one BCU Commander, all named, dated "
                   "and signed -> yes. Theme column merged over each theme's rows. 'Mandatory/Optional' "
                   "column disagrees with the template: 2.1 (annual strategic needs assessment, a "
                   "template action) is declared 'Local'; 5.1 (a Kingston town-centre outreach) is "
                   "declared 'Mandatory'. The key records what the plan declares. 'Optional actions' "
                   "tab: rows marked Adopted = Y (with lead and dates) are actions of type optional; "
                   "rows marked N or left blank are the unadopted menu.")
    b = Book("Arial", 10)
    cv = b.add("Cover & sign off")
    cv.widths[2] = 8.5
    cv.widths[3] = 6.0
    cv.widths[4] = 3.0
    cv.widths[5] = 3.0
    cv.set(2, 2, "Kingston and Richmond Violence and Vulnerability Reduction Action Plan 2021\u201322",
           bold=True, size=14)
    pairs = [("Community Safety Partnerships", "Safer Kingston Partnership; Richmond upon Thames Community Safety Partnership"),
             ("Local authorities covered", "Royal Borough of Kingston upon Thames\nLondon Borough of Richmond upon Thames"),
             ("Template", "VRU Violence and Vulnerability Reduction Action Plan template (2021)"),
             ("Date submitted", dt.date(2021, 12, 9)),
             ("Strategic leads", "Heads of Community Safety (both councils); Supt Neighbourhoods, South West BCU; "
                                 "Director of Public Health"),
             ("Partner organisations on the board", "Both councils, MPS, Probation, Achieving for Children, "
                                                    "South West London ICB, LFB, Victim Support, Kingston Voluntary Action, "
                                                    "Richmond CVS"),
             ("Key meetings", "Joint CSP Board (quarterly); South West BCU violence suppression tasking (monthly); "
                              "Exploitation and Missing Panel (monthly)")]
    for i, (k, v) in enumerate(pairs):
        cv.set(4 + i, 2, k, bold=True, fill="DEEAF6", border=True, wrap=True)
        cv.set(4 + i, 3, v, wrap=True, border=True)
        cv.merge(4 + i, 3, 4 + i, 5)
    cv.set(12, 2, "SIGN OFF", bold=True, size=12)
    for c, h in enumerate(["Role", "Name", "Date", "Signature"], start=2):
        cv.set(13, c, h, bold=True, fill="BFBFBF", border=True)
    signs = [("Chief Executive, Royal Borough of Kingston upon Thames", "Martin Ruddock", dt.date(2021, 12, 6), "signed"),
             ("Chief Executive, London Borough of Richmond upon Thames", "Ros Eldridge", dt.date(2021, 12, 7), "signed"),
             ("Leader of the Council, Royal Borough of Kingston upon Thames", "Cllr Tessa Marlow", dt.date(2021, 12, 8), "signed"),
             ("Leader of the Council, London Borough of Richmond upon Thames", "Cllr Gareth Pryce", dt.date(2021, 12, 8), "Signed"),
             ("BCU Commander, South West BCU", "Ch Supt Dan Okafor", dt.date(2021, 12, 3), "signed")]
    for i, row in enumerate(signs):
        for c, v in enumerate(row, start=2):
            cv.set(14 + i, c, v, border=True, wrap=(c == 2))

    sh = b.add("Action Plan")
    sh.set(1, 1, "Kingston & Richmond VVRAP 2021-22 \u2013 actions", bold=True, size=12)
    for c, w in enumerate([4.0, 1.2, 2.6, 2.0, 8.5, 5.0, 4.2, 3.2, 2.3, 2.3, 1.3, 5.0], start=1):
        sh.widths[c] = w
    cols = [("theme", "Theme"), ("ref", "Ref"), ("type", "Mandatory/Optional"), ("x:borough", "Borough"),
            ("action", "Action"), ("outcome", "Expected outcome"), ("lead", "Lead\u00a0"),
            ("org", "Lead agency"), ("start", "Start date"), ("end", "End date"), ("rag", "RAG"),
            ("comments", "Comments")]
    R_, A_, G_ = (lambda: rag("R", RED)), (lambda: rag("A", AMBER)), (lambda: rag("G", GREEN))
    items = [
        A("1.1", "Named senior leads for violence reduction in both councils, police, health and probation",
          theme_cell="GOVERNANCE", type_cell="Mandatory", extra={"borough": "Both"},
          lead="Heads of Community Safety (RBK & LBRuT)", org="LA / MPS", start=day(2021, 4, 1),
          end=day(2022, 3, 31), rag=G_()),
        A("1.2", "Joint CSP board links to the Safeguarding Children Partnership and both Health and Wellbeing Boards",
          type_cell="Mandatory", extra={"borough": "Both"}, lead="Community Safety Manager", org="LA",
          start=day(2021, 6, 1), end=day(2022, 3, 31), rag=A_()),
        A("2.1", "Annual strategic needs assessment of serious violence for both boroughs",
          theme_cell="Analysis and Enforcement", type_cell="Local", extra={"borough": "Both"},
          lead="Community Safety Analyst", org="LA", start=month("Sept 2021", 2021, 9),
          end=month("Dec 2021", 2021, 12), rag=G_()),
        A("2.2", "Monthly partnership tasking on violence hotspots and high-harm individuals",
          type_cell="Mandatory", extra={"borough": "Both"}, lead="DI, South West BCU", org="MPS",
          start=word("Ongoing"), rag=G_()),
        A("3.1", "Trading Standards test purchasing of knives and corrosives, including online sales",
          theme_cell="Reducing Access to Weapons", type_cell="Mandatory", extra={"borough": "Both"},
          lead="Trading Standards Manager", org="Regulatory Services Partnership",
          start=day(2021, 4, 1), end=day(2022, 3, 31), rag=R_()),
        A("3.2", "Weapons sweeps with housing providers and residents\u2019 associations\u00a0",
          type_cell="Mandatory", extra={"borough": "Both"}, lead="Police / Housing",
          org="MPS / RBK Housing", start=word("Monthly"), rag=G_()),
        A("4.1", "Reduce school exclusions through the joint inclusion strategy",
          theme_cell="Safeguarding & Educating Young People", type_cell="Mandatory",
          extra={"borough": "Both"}, lead="Director of Education Services, AfC",
          org="Achieving for Children", start=day(2021, 9, 1), end=day(2022, 7, 31), rag=A_()),
        A("4.2", "Children in care and care leavers: exploitation screening and a named worker",
          type_cell="Mandatory", extra={"borough": "Both"}, lead="Head of Children in Care, AfC",
          org="Achieving for Children", start=day(2021, 4, 1), end=day(2022, 3, 31), rag=G_()),
        A("4.3", "Primary to secondary school transition plan for pupils identified as vulnerable",
          type_cell="Optional", extra={"borough": "Richmond"}, lead="Virtual School",
          org="Achieving for Children", start=month("June 2022", 2022, 6),
          end=month("Sept 2022", 2022, 9), rag=A_()),
        A("5.1", "Kingston town centre Friday-night youth outreach with detached youth workers",
          theme_cell="Communities and Neighbourhoods", type_cell="Mandatory",
          extra={"borough": "Kingston"}, lead="Youth Service Manager (AfC)", org="Achieving for Children",
          start=day(2021, 10, 1), end=day(2022, 3, 31), rag=A_()),
        A("5.2", "Community engagement forum with VCS and faith groups on violence reduction",
          type_cell="Mandatory", extra={"borough": "Both"}, lead="Community Engagement Lead",
          org="LA / VCS", start=word("Ongoing"), rag=G_()),
        A("6.1", "Young victims of violence referred to the youth worker at Kingston Hospital A&E",
          theme_cell="Supporting Victims of Violence and Vulnerability", type_cell="Mandatory",
          extra={"borough": "Both"}, lead="Public Health Lead", org="NHS / VCS",
          start=day(2021, 4, 1), end=day(2023, 3, 31), rag=G_()),
        A("7.1", "Mentoring and positive activities for young people at risk of violence",
          theme_cell="Positive Diversion from Violence", type_cell="Mandatory",
          extra={"borough": "Both"}, lead="TBC", rag=R_()),
        A("7.2", "Richmond Youth Council peer-led knife crime awareness project", type_cell="Local",
          extra={"borough": "Richmond"}, lead="Youth Participation Officer", org="LBRuT",
          start=month("Jan 2022", 2022, 1), end=month("Jul 2022", 2022, 7), rag=A_()),
        Gap(1),
        Foot("Source: MPS performance data; CSP strategic assessment 2021", col=1, style={"italic": True}),
    ]
    table(p, sh, 3, cols, items, merge_theme=True,
          head_style={"bold": True, "wrap": True, "fill": "305496", "color": "FFFFFF", "border": True})
    sh.freeze = "E4"

    op = b.add("Optional actions")
    op.set(1, 1, "Optional actions \u2013 mark those adopted (Y) and complete the details", bold=True)
    for c, w in enumerate([5.0, 1.3, 8.0, 2.2, 4.5, 2.3, 2.3, 1.3], start=1):
        op.widths[c] = w
    ocols = [("theme", "Theme"), ("ref", "Ref"), ("action", "Optional action"),
             ("x:adopted", "Adopted (Y/N)"), ("lead", "Lead"), ("start", "Start"), ("end", "End"),
             ("rag", "RAG")]
    oitems = [
        A("O2.1", "Joint police and council intelligence hub", theme_cell="Analysis and enforcement",
          extra={"adopted": "Y"}, lead="Community Safety Intelligence Lead", start=day(2022, 1, 4),
          end=day(2022, 12, 31), rag=A_()),
        A("O3.1", "Knife bins at agreed locations, emptied by the police",
          theme_cell="Reducing access to weapons", extra={"adopted": "N"}, skip=True),
        A("O4.1", "Single CSP-approved menu of school lessons on knife crime risks",
          theme_cell="Safeguarding and educating young people", extra={"adopted": "Y"},
          lead="PSHE Adviser / Safer Schools Sgt", start=month("Sept 2021", 2021, 9),
          end=month("Jul 2022", 2022, 7), rag=G_()),
        A("O5.1", "CitySafe Havens in town centres",
          theme_cell="Working with communities and neighbourhoods to reduce violence",
          extra={"adopted": "N"}, skip=True),
        A("O6.1", "Local mediation scheme between young people in dispute",
          theme_cell="Supporting victims of violence and vulnerability", extra={"adopted": "Y"},
          lead="YOS Restorative Justice Worker", start=day(2022, 2, 1), rag=A_()),
        A("O7.1", "Employment support for young adults with Jobcentre Plus",
          theme_cell="Positive diversion from violence", skip=True),
    ]
    table(p, op, 3, ocols, oitems, type_key="optional",
          head_style={"bold": True, "wrap": True, "fill": "D9D9D9", "border": True})
    p.book = b
    return p


def _croydon_items(version):
    """version: 'final' (Action Plan), 'copy' (Copy of Action Plan), 'sep' (hidden Sep 2021)."""
    def rg(final, copy, sep):
        return rag({"final": final, "copy": copy, "sep": sep}[version])
    items = [
        A("1", "Named senior leads for violence reduction confirmed by the Safer Croydon Partnership",
          outcome="Leads named in CSP terms of reference", theme_cell="Governance", lead="Director of Culture & Community Safety", org="LA & MPS",
          start=day(2021, 4, 1), end=day(2021, 6, 30), rag=rg("G", "G", "A")),
        A("2", "Violence Reduction Network board reports quarterly to the CSP and Health and Wellbeing Board",
          outcome="Quarterly report to CSP and HWB", theme_cell="Governance", lead="Head of Violence Reduction Network", org="LA",
          start=day(2021, 4, 1), end=day(2022, 3, 31), rag=rg("G", "A", "A")),
        Gap(1),
        A("3", "Annual strategic needs assessment of serious violence", outcome="SNA agreed by CSP", baseline="2020 SNA", theme_cell="Analysis and enforcement",
          lead="Senior Analyst", org="LA", start=day(2021, 9, 1), end=tday("30/11/2021", 2021, 11, 30),
          rag=rg("G", "A", "R")),
        A("4", "Monthly partnership tasking meeting and violence hotspot problem-solving",
          outcome="Reduction in knife crime with injury", baseline="2020/21: 212 offences", theme_cell="Analysis and enforcement", lead="Supt Neighbourhoods / Head of Community Safety",
          org="MPS / LA", start=word("Ongoing"), rag=rg("G", "G", "G")),
        A("5", "Use ISTV data from Croydon University Hospital A&E in tasking",
          theme_cell="Analysis and enforcement", lead="Public Health Principal", org="Public Health / NHS",
          start=day(2021, 10, 1), end=day(2022, 3, 31), rag=rg("A", "R", "R")),
        Gap(1),
        A("6", "Trading Standards test purchasing of knives, including online sellers",
          outcome="Failed test purchases followed up", baseline="2 of 14 sold (2020)", theme_cell="Reducing access to weapons", lead="Trading Standards Manager", org="LA",
          start=day(2021, 4, 1), end=day(2022, 3, 31), rag=rg("R", "R", "R")),
        A("7", "Weapons sweeps with residents\u2019 associations and housing officers",
          theme_cell="Reducing access to weapons", lead="Police / Housing", org="MPS / LA",
          start=word("Monthly"), rag=rg("A", "A", "R")),
        Gap(1),
        A("8", "Reduce exclusions through the inclusion charter and alternative provision review",
          outcome="Fewer permanent exclusions", baseline="2020/21: 19", theme_cell="Safeguarding and educating young people", lead="Head of Inclusion", org="Education",
          start=day(2021, 9, 1), end=day(2022, 7, 31), rag=rg("A", "A", "R")),
        A("9", "Children in care and care leavers: exploitation screening",
          theme_cell="Safeguarding and educating young people", lead="Head of Looked After Children",
          org="CSC", start=day(2021, 4, 1), end=day(2022, 3, 31), rag=rg("Green", "A", "A")),
        A("10", "Parents and carers programme on knife crime and exploitation",
          theme_cell="Safeguarding and educating young people", lead="Early Help Manager",
          org="LA / VCS", start=day(2022, 1, 10), end=day(2022, 3, 31), rag=rg("R", "R", "R")),
        Gap(1),
        A("11", "Community engagement with VCS and faith groups through the violence reduction network",
          theme_cell="Working with communities and neighbourhoods to reduce violence",
          lead="Community Engagement Lead", org="LA / VCS", start=word("Ongoing"), rag=rg("G", "G", "A")),
        A("12", "Hospital youth workers at Croydon University Hospital A&E (Redthread)",
          outcome="Young victims engaged at the teachable moment", theme_cell="Supporting victims of violence and vulnerability", lead="Public Health",
          org="NHS / Redthread", start=day(2021, 4, 1), end=day(2023, 3, 31), rag=rg("G", "G", "G"),
          comments="+ extra VRU funding agreed for 2022/23"),
        A("13", "Positive activities and mentoring in school holidays in hotspot wards",
          outcome="400 young people reached", theme_cell="Positive diversion from violence", lead="Youth Engagement Manager", org="LA / VCS",
          start=day(2021, 7, 19), end=day(2021, 9, 3), rag=rg("Complete", "G", "G")),
        A("14", "Gang exit service for young adults aged 18\u201325",
          theme_cell="Positive diversion from violence", lead="TBC", start=word("TBC"), end=word("TBC")),
    ]
    if version == "copy":
        cut = 13   # ten actions and the three spacer rows before action 11
        return items[:cut]
    if version == "sep":
        return items[:10]
    return items


def croydon():
    p = Plan("croydon", "plans/South/Croydon VVRAP Dec 2021.xlsx", "openpyxl", "xlsx",
             ["d", "f", "g", "h"], ["E09000008"], "cover", "2021", "yes", "Action Plan",
             set_aside=["Copy of Action Plan", "Action Plan Sep21"],
             notes="Cover with a sign-off grid (roles across, Name/Date/Signature down), all complete. "
                   "Header in row 6 under an organisation banner and instructions. Spacer rows between "
                   "themes; theme in an 'Area' column. 'Copy of Action Plan' (first ten actions, older "
                   "RAG) and a hidden sheet 'Action Plan Sep21' (first seven actions) are earlier "
                   "versions and must not be counted. Footer 'Prepared by…' after two blank rows in "
                   "column A. End date of action 3 typed as text '30/11/2021'.")
    b = Book("Arial", 10)
    cv = b.add("Cover")
    cv.widths[1] = 6
    for c in (2, 3, 4):
        cv.widths[c] = 5.5
    cv.set(1, 1, "Croydon Violence and Vulnerability Reduction Action Plan 2021-22", bold=True, size=14)
    pairs = [("Local authority", "London Borough of Croydon"), ("CSP", "Safer Croydon Partnership"),
             ("Template", "VRU 2021 action plan template"), ("Submission date", dt.date(2021, 12, 8)),
             ("Oversight", "Safer Croydon Partnership Board; Violence Reduction Network Board; "
                           "South BCU Tasking and Coordination Group")]
    for i, (k, v) in enumerate(pairs):
        cv.set(3 + i, 1, k, bold=True)
        cv.set(3 + i, 2, v, wrap=True)
        cv.merge(3 + i, 2, 3 + i, 4)
    cv.set(10, 1, "Sign off", bold=True, size=12)
    for c, h in enumerate(["Chief Executive", "Leader of the Council", "BCU Commander (South BCU)"], start=2):
        cv.set(11, c, h, bold=True, fill="D9D9D9", border=True, wrap=True)
    grid = [("Name", ["Katherine Doyle", "Cllr Hamida Sheikh", "Ch Supt Colin Barr"]),
            ("Date", [dt.date(2021, 12, 6), dt.date(2021, 12, 7), dt.date(2021, 12, 3)]),
            ("Signature", ["Signed", "Signed", "Signed"])]
    for i, (lab, vals) in enumerate(grid):
        cv.set(12 + i, 1, lab, bold=True, border=True)
        for c, v in enumerate(vals, start=2):
            cv.set(12 + i, c, v, border=True)
    cols = [("ref", "#"), ("theme", "Area"), ("action", "Activity"), ("outcome", "Outcome"),
            ("baseline", "Baseline"), ("lead", "Responsible officer "), ("org", "Organisation"),
            ("start", "Start date"), ("end", "Completion date"), ("progress", "Progress"),
            ("rag", "RAG"), ("comments", "Further information")]
    widths = [0.9, 4.0, 8.5, 4.5, 3.0, 4.2, 3.0, 2.3, 2.3, 4.5, 1.3, 4.0]

    def action_sheet(name, version, state="visible", record=True):
        sh = b.add(name, state)
        for c, w in enumerate(widths, start=1):
            sh.widths[c] = w
        sh.set(1, 1, "LONDON BOROUGH OF CROYDON", bold=True, size=16, color="1F3864")
        sh.set(2, 1, "Violence and Vulnerability Reduction Action Plan 2021-22", bold=True, size=12)
        sh.set(3, 1, "Instructions: add local actions below each theme. RAG: R / A / G.", italic=True)
        items = _croydon_items(version)
        if version == "final":
            items = items + [Gap(2), Foot("Prepared by: J. Smith, Community Safety Manager   "
                                          "Last reviewed: 28/03/2022", col=1)]
        table(p, sh, 6, cols, items, record=record,
              head_style={"bold": True, "wrap": True, "fill": "FFD966", "border": True})
        return sh

    action_sheet("Action Plan", "final")
    action_sheet("Copy of Action Plan", "copy", record=False)
    action_sheet("Action Plan Sep21", "sep", state="hidden", record=False)
    p.book = b
    return p


def _sutton_items(final):
    def rg(x, y):
        return rag(x if final else y)
    items = [
        A("1.1", "Named senior leads for violence reduction across the partnership", theme_cell="Governance",
          type_cell="Mandatory", lead="Strategic Lead, Safer Sutton Partnership",
          ts=span("Apr 2021 \u2013 Mar 2022", "2021-04-01", "2022-03-31"), rag=rg("Green", "Green")),
        A("1.2", "Links between CSP, Safeguarding Children and Adults Boards and Health and Wellbeing Board",
          theme_cell="Governance", type_cell="Mandatory", lead="Head of Safer Communities",
          ts=word("Ongoing"), rag=rg("Green", "Amber")),
        A("2.1", "Annual strategic needs assessment", theme_cell="Analysis and enforcement",
          type_cell="Mandatory", lead="Community Safety Analyst", ts=due(month("Nov 2021", 2021, 11)),
          rag=rg("Complete", "Amber")),
        A("2.2", "Monthly partnership tasking meeting", theme_cell="Analysis and enforcement",
          type_cell="Mandatory", lead="DI, South BCU / ASB Manager", ts=word("Monthly"),
          rag=rg("Green", "Green")),
        A("3.1", "Trading Standards test purchasing and weapons sweeps", theme_cell="Reducing access to weapons",
          type_cell="Mandatory", lead="Trading Standards / SNT", ts=due(fyear("2021-22", 2021)),
          rag=rg("Amber", "Red")),
        A("3.L1", "Knife bin at the police station promoted through schools and youth clubs",
          theme_cell="Reducing access to weapons", type_cell="Local", lead="Neighbourhood Sergeant",
          ts=due(month("Jan 2022", 2022, 1)), rag=rg("Red", "Red")),
        A("4.1", "Reduce exclusions", theme_cell="Safeguarding and educating young people",
          type_cell="Mandatory", lead="Head of Inclusion", ts=due(fyear("2021-22", 2021)),
          rag=rg("Amber", "Amber")),
        A("4.2", "Children in care and care leavers", theme_cell="Safeguarding and educating young people",
          type_cell="Mandatory", lead="Head of Corporate Parenting", ts=word("Ongoing"),
          rag=rg("Green", "Amber")),
        A("4.3", "Parents and carers", theme_cell="Safeguarding and educating young people",
          type_cell="Mandatory"),
        A("5.1", "Community engagement with VCS and faith groups",
          theme_cell="Working with communities and neighbourhoods to reduce violence", type_cell="Mandatory",
          lead="Stronger Communities Manager", ts=due(fquarter("Q4 2021/22", 2021, 4)),
          rag=rg("Amber", "Red")),
        A("6.1", "Victim support and referral pathways for young victims",
          theme_cell="Supporting victims of violence and vulnerability", type_cell="Mandatory",
          lead="Victim Support / YOS", ts=word("Ongoing"), rag=rg("Green", "Green")),
        A("7.1", "Mentoring and positive activities", theme_cell="Positive diversion from violence",
          type_cell="Mandatory", lead="Youth Service",
          ts=span("Sept 2021 - Aug 2022", "2021-09-01", "2022-08-31"), rag=rg("Amber", "Amber")),
        A("7.L1", "Youth Hub drop-in with careers and employment advice",
          theme_cell="Positive diversion from violence", type_cell="Local", lead="Youth Hub Coordinator",
          ts=due(month("June 2022", 2022, 6)), rag=rg("Green", "Amber")),
    ]
    if final:
        return items + [
            Foot("Key: Red \u2013 not started / off track; Amber \u2013 in progress with risks; "
                 "Green \u2013 on track; Complete \u2013 delivered", col=1),
            Foot("Version 2.1 (revised 18/03/2022)", col=1),
        ]
    return [x for x in items if x.ref not in ("3.L1", "4.3", "5.1", "7.L1")]


def sutton():
    p = Plan("sutton", "plans/South/Sutton/Sutton VVRAP 2021 revised.xlsx", "libreoffice", "xlsx",
             ["a", "d", "f", "g", "h"], ["E09000029"], "cover", "2021", "yes", "Action Plan (2)",
             set_aside=["Action Plan"],
             notes="The cover names the current action sheet: 'Action Plan (2)' (revised March 2022). "
                   "'Action Plan' is the December 2021 version (nine actions, older RAG) kept for "
                   "reference and must not be counted. Theme column headed 'Priority'. Single "
                   "'Timescale' column. Action 4.3 is the template's mandatory action left with nothing "
                   "filled in beside it (counted, no lead, no RAG, no dates). Key and version lines "
                   "straight under the table in column A.")
    b = Book("Arial", 10)
    cv = b.add("Cover")
    cv.widths[1] = 6.5
    cv.widths[2] = 6.0
    cv.widths[3] = 3.0
    cv.widths[4] = 3.5
    cv.set(1, 1, "Sutton Community Safety Partnership", bold=True, size=14)
    pairs = [("Authority", "London Borough of Sutton"),
             ("Plan", "Violence and Vulnerability Reduction Action Plan (2021 template)"),
             ("Submitted", dt.date(2021, 12, 10)), ("Revised", dt.date(2022, 3, 18)),
             ("Action plan", "The current action plan is on the tab 'Action Plan (2)' (revised March 2022). "
                             "The 'Action Plan' tab is the December 2021 version, kept for reference.")]
    for i, (k, v) in enumerate(pairs):
        cv.set(3 + i, 1, k, bold=True)
        cv.set(3 + i, 2, v, wrap=True)
        cv.merge(3 + i, 2, 3 + i, 4)
    cv.set(10, 1, "Sign off", bold=True, size=12)
    for c, h in enumerate(["Role", "Name", "Date", "Signature"], start=1):
        cv.set(11, c, h, bold=True, border=True, fill="E7E6E6")
    signs = [("Chief Executive \u2013 London Borough of Sutton", "Daniel Pearce", dt.date(2022, 3, 15), "Signed electronically"),
             ("Leader of the Council \u2013 London Borough of Sutton", "Cllr Ruth Dombey-Hale", dt.date(2022, 3, 16), "Signed electronically"),
             ("BCU Commander \u2013 South BCU", "Ch Supt Colin Barr", dt.date(2022, 3, 14), "Signed electronically")]
    for i, row in enumerate(signs):
        for c, v in enumerate(row, start=1):
            cv.set(12 + i, c, v, border=True, wrap=True)
    cols = [("theme", "Priority"), ("ref", "Action ref"), ("action", "Action"), ("type", "Type"),
            ("lead", "Lead"), ("x:partners", "Partners"), ("ts", "Timescale"),
            ("outcome", "Outcome / measure of success"), ("progress", "Progress update (March 2022)"),
            ("rag", "RAG")]
    widths = [4.5, 1.5, 8.0, 2.2, 4.0, 3.5, 3.2, 5.0, 5.5, 1.8]
    for name, final in (("Action Plan", False), ("Action Plan (2)", True)):
        sh = b.add(name)
        for c, w in enumerate(widths, start=1):
            sh.widths[c] = w
        sh.set(1, 1, "Violence and Vulnerability Reduction Action Plan \u2013 %s"
               % ("revised March 2022" if final else "December 2021"), bold=True, size=12)
        table(p, sh, 3, cols, _sutton_items(final), record=final,
              head_style={"bold": True, "wrap": True, "fill": "F4B084", "border": True})
    p.book = b
    return p


def waltham_forest():
    p = Plan("waltham_forest", "plans/North East/LBWF VVRAP 2021-22.xlsx", "openpyxl", "xlsx",
             ["d", "e", "g", "h"], ["E09000031"], "cover", "2021", "yes", "VVRAP",
             notes="'Mandatory/Optional' column disagrees with the template: 2.1 'Annual strategic needs "
                   "assessment' (a template action) is declared 'Local'; 5.3, a Walthamstow summer "
                   "festival, is declared 'Mandatory'. The key records the declared type. One "
                   "'Timescale' column: ranges give both ends, a single period or date gives the end "
                   "only, 'Q3 2021/22' is October-December 2021. Footer in the activity column "
                   "after one blank row.")
    b = Book("Tahoma", 9)
    cv = b.add("Front page")
    cv.widths[1] = 6.0
    cv.widths[2] = 6.0
    cv.widths[3] = 3.0
    cv.widths[4] = 3.0
    cv.set(1, 1, "London Borough of Waltham Forest", bold=True, size=14)
    cv.set(2, 1, "Violence and Vulnerability Reduction Action Plan 2021\u201322", bold=True, size=11)
    pairs = [("Submitted to the VRU:", dt.date(2021, 12, 10)), ("Template:", "VRU 2021"),
             ("Strategic leads", "Director of Community Safety; Borough Commander, North East BCU"),
             ("Partners", "Council, MPS, Probation, NELFT, Barts Health (Whipps Cross), YJS, Victim Support, "
                          "voluntary and community sector"),
             ("Oversight", "Safer Waltham Forest Partnership Board; Violence Reduction Tasking Group")]
    for i, (k, v) in enumerate(pairs):
        cv.set(4 + i, 1, k, bold=True)
        cv.set(4 + i, 2, v, wrap=True)
    cv.set(11, 1, "Sign off", bold=True, size=11)
    signs = [("Chief Executive", "Liam Grady", dt.date(2021, 12, 8), "signed"),
             ("Leader of the Council", "Cllr Grace Williams-Oduya", dt.date(2021, 12, 9), "signed"),
             ("Borough Commander (North East BCU)", "Ch Supt Simon Crick", dt.date(2021, 12, 6), "signed")]
    for i, row in enumerate(signs):
        for c, v in enumerate(row, start=1):
            cv.set(12 + i, c, v, border=True)
    sh = b.add("VVRAP")
    sh.set(1, 1, "LBWF Violence and Vulnerability Reduction Action Plan", bold=True, size=12)
    for c, w in enumerate([1.2, 4.0, 2.8, 8.5, 4.2, 3.0, 3.6, 4.5, 4.5, 1.8], start=1):
        sh.widths[c] = w
    cols = [("ref", "Ref"), ("theme", "Theme"), ("type", "Mandatory/Optional"), ("action", "ACTIVITY "),
            ("lead", "Lead officer"), ("org", "Lead agency"), ("ts", "Timescale"),
            ("outcome", "Measure of success"), ("progress", "Progress"), ("rag", "RAG")]
    items = [
        A("1.1", "Named senior leads for violence reduction, with a public health approach adopted by the CSP",
          theme_cell="Governance", type_cell="Mandatory", lead="Director of Community Safety", org="LA",
          ts=span("Apr 2021 \u2013 Mar 2022", "2021-04-01", "2022-03-31"), rag=rag("Green")),
        A("1.2", "Links between the CSP, safeguarding partnerships and the Health and Wellbeing Board",
          theme_cell="Governance", type_cell="Mandatory", lead="Head of Community Safety", org="LA",
          ts=word("Ongoing"), rag=rag("On track")),
        A("2.1", "Annual strategic needs assessment of violence", theme_cell="Analysis and Enforcement",
          type_cell="Local", lead="Insight & Intelligence Manager", org="LA",
          ts=due(fquarter("Q3 2021/22", 2021, 3)), progress="See <b>SNA 2021</b> on the intranet",
          rag=rag("Complete")),
        A("2.2", "Monthly partnership tasking on violence and exploitation",
          theme_cell="Analysis and Enforcement", type_cell="Mandatory", lead="DI NE BCU / Community Safety",
          org="MPS / LA", ts=word("Monthly"), rag=rag("Green")),
        A("3.1", "Trading Standards test purchasing of knives and corrosive substances",
          theme_cell="Reducing Access to Weapons", type_cell="Mandatory", lead="Trading Standards",
          org="LA", ts=due(fyear("2021-22", 2021)), rag=rag("Amber")),
        A("3.2", "Knife bins installed at agreed locations", theme_cell="Reducing Access to Weapons",
          type_cell="Optional", lead="Police / Community Safety", org="MPS / LA",
          ts=due(month("March 22", 2022, 3)), rag=rag("Red")),
        A("4.1", "Reduce exclusions \u2013 inclusion charter signed by all secondary schools",
          theme_cell="Safeguarding and Educating Young People", type_cell="Mandatory",
          lead="Head of Inclusion", org="Education",
          ts=span("Sept 2021 \u2013 July 2022", "2021-09-01", "2022-07-31"), rag=rag("Amber")),
        A("4.2", "Children in care and care leavers at risk of exploitation",
          theme_cell="Safeguarding and Educating Young People", type_cell="Mandatory",
          lead="Head of Corporate Parenting", org="Children and Families", ts=word("Ongoing"),
          rag=rag("Green")),
        A("4.3", "Primary to secondary transition plan for vulnerable pupils",
          theme_cell="Safeguarding and Educating Young People", type_cell="Optional", lead="Early Help",
          org="LA / Schools", ts=span("Jun 2022 \u2013 Sep 2022", "2022-06-01", "2022-09-30"),
          rag=rag("Amber")),
        A("5.1", "Community engagement on violence with VCS partners",
          theme_cell="Communities and Neighbourhoods", type_cell="Mandatory",
          lead="Community Engagement Lead", org="LA / VCS", ts=word("Ongoing"), rag=rag("Green")),
        A("5.3", "Walthamstow Town Square summer youth festival with detached youth work",
          theme_cell="Communities and Neighbourhoods", type_cell="Mandatory", lead="Youth Service Manager",
          org="LA", ts=due(month("Aug 2021", 2021, 8)), rag=rag("Complete")),
        A("6.1", "Hospital youth workers at Whipps Cross A&E", theme_cell="Supporting Victims",
          type_cell="Mandatory", lead="Public Health / Redthread", org="NHS / VCS", ts=word("Ongoing"),
          rag=rag("Green")),
        A("7.1", "Mentoring for young people at risk, commissioned from local VCS",
          theme_cell="Positive Diversion from Violence", type_cell="Mandatory", lead="TBC",
          ts=word("TBC"), rag=rag("Red")),
        A("7.2", "Exploitation exit service for 18\u201325s with probation",
          theme_cell="Positive Diversion from Violence", type_cell="Local",
          lead="Probation / Community Safety", org="Probation / LA", ts=due(fyear("2021-22", 2021)),
          rag=rag("Amber")),
        Gap(1),
        Foot("Agreed at the Safer Waltham Forest Partnership Board, 7 December 2021", field="action"),
        Foot("Source: MPS performance data; Whipps Cross ISTV", field="action"),
    ]
    table(p, sh, 2, cols, items,
          head_style={"bold": True, "wrap": True, "fill": "7030A0", "color": "FFFFFF", "border": True})
    p.book = b
    return p


def hounslow():
    p = Plan("hounslow", "plans/West/Hounslow_VVRAP_2021_v3.xlsx", "openpyxl", "xlsx",
             ["d", "g", "h"], ["E09000018"], "cover", "2021", "no", "Action plan",
             notes="Two-row merged header (Lead over Named lead/Organisation, Timescale over Start/End), "
                   "header in rows 4-5. Theme headings as section rows. RAG only as fill colour with "
                   "empty cells; YP3 has no fill (none). Row 9 is a hidden template guidance row (not an "
                   "action). Action W2 sits in a hidden row: it is part of the submitted plan and is "
                   "counted (blue fill = complete). The sign-off block on the cover is present but "
                   "blank -> 'no'. Colour key below the table: a fill in the Ref column and words in "
                   "the Action column, not actions.")
    b = Book("Calibri", 11)
    cv = b.add("Governance & sign-off")
    cv.widths[1] = 6.0
    cv.widths[2] = 7.0
    cv.set(1, 1, "Hounslow Community Safety Partnership", bold=True, size=14)
    pairs = [("Authority", "London Borough of Hounslow"), ("Template", "2021"),
             ("Submitted", "10 December 2021"),
             ("Strategic leads", "Assistant Director Community Safety; Supt Neighbourhoods, West BCU"),
             ("Partners", "LBH, MPS, Probation, Public Health, West Middlesex University Hospital, YOS, VCS")]
    for i, (k, v) in enumerate(pairs):
        cv.set(3 + i, 1, k, bold=True)
        cv.set(3 + i, 2, v, wrap=True)
    cv.set(10, 1, "Sign off", bold=True, size=12)
    for c, h in enumerate(["Role", "Name", "Date", "Signature"], start=1):
        cv.set(11, c, h, bold=True, border=True, fill="D9D9D9")
    for i, role in enumerate(["Local Authority Chief Executive", "Leader of the Council",
                              "Police BCU Commander"]):
        cv.set(12 + i, 1, role, border=True)
        for c in (2, 3, 4):
            cv.set(12 + i, c, None, border=True)

    sh = b.add("Action plan")
    for c, w in enumerate([1.3, 8.5, 4.2, 3.2, 2.3, 2.3, 5.0, 5.0, 1.5], start=1):
        sh.widths[c] = w
    sh.set(1, 1, "Hounslow Violence and Vulnerability Reduction Action Plan", bold=True, size=13)
    sh.set(2, 1, "Please ensure RAG is colour-coded", italic=True, color="C00000")
    hs = {"bold": True, "wrap": True, "fill": "B4C6E7", "border": True, "valign": "center"}

    def header(s, top):
        s.set(top, 1, "Ref", **hs); s.set(top + 1, 1, None, **hs); s.merge(top, 1, top + 1, 1)
        s.set(top, 2, "Action", **hs); s.set(top + 1, 2, None, **hs); s.merge(top, 2, top + 1, 2)
        s.set(top, 3, "Lead", **hs); s.set(top, 4, None, **hs); s.merge(top, 3, top, 4)
        s.set(top + 1, 3, "Named lead\n(officer)", **hs); s.set(top + 1, 4, "Organisation", **hs)
        s.set(top, 5, "Timescale", **hs); s.set(top, 6, None, **hs); s.merge(top, 5, top, 6)
        s.set(top + 1, 5, "Start", **hs); s.set(top + 1, 6, "End", **hs)
        for c, h in ((7, "Outcome"), (8, "Progress to date"), (9, "RAG")):
            s.set(top, c, h, **hs); s.set(top + 1, c, None, **hs); s.merge(top, c, top + 1, c)
        return top + 2

    cols = [("ref", ""), ("action", ""), ("lead", ""), ("org", ""), ("start", ""), ("end", ""),
            ("outcome", ""), ("progress", ""), ("rag", "")]
    F = ragfill
    items = [
        Sec("Governance", theme=G),
        A("G1", "Named senior leads for violence reduction", lead="Head of Community Safety", org="LBH",
          start=day(2021, 4, 1), end=day(2022, 3, 31), rag=F(GREEN)),
        A("G2", "Quarterly violence reduction report to the CSP and Health and Wellbeing Board",
          lead="Community Safety Manager", org="LBH / Public Health", start=day(2021, 7, 1),
          end=day(2022, 3, 31), rag=F(GREEN)),
        Foot("Guidance: list local actions under each theme. Delete this row before submission.",
             field="action", hidden=True, style={"italic": True}),
        Sec("Analysis and Enforcement", theme=AE),
        A("AE1", "Annual strategic needs assessment", lead="Senior Analyst", org="LBH",
          start=day(2021, 9, 1), end=day(2021, 12, 31), rag=F(GREEN)),
        A("AE2", "Monthly partnership tasking with ISTV data from West Middlesex University Hospital",
          lead="DI West BCU", org="MPS / NHS", start=word("Ongoing"), rag=F(AMBER)),
        Sec("Reducing Access to Weapons", theme=W),
        A("W1", "Test purchasing of knives at retailers on the high streets",
          lead="Trading Standards Team Leader", org="LBH", start=day(2021, 10, 1),
          end=day(2022, 3, 31), rag=F(RED)),
        A("W2", "Weapons sweeps in parks with the Friends of Parks groups", lead="SNT Sergeants",
          org="MPS", start=word("Monthly"), rag=F(BLUE), hidden=True),
        Sec("Safeguarding and Educating Young People", theme=YP),
        A("YP1", "Reduce exclusions through the Inclusion Partnership", lead="Head of School Effectiveness",
          org="LBH / Schools", start=day(2021, 9, 1), end=day(2022, 7, 22), rag=F(AMBER)),
        A("YP2", "Contextual safeguarding approach in children\u2019s social care", lead="Head of Safeguarding",
          org="CSC", start=day(2021, 4, 1), end=day(2022, 9, 30), rag=F(GREEN)),
        A("YP3", "Parents and carers knife crime awareness sessions", lead="TBC"),
        Sec("Working with Communities and Neighbourhoods to Reduce Violence", theme=COM),
        A("C1", "Community engagement forum on violence (quarterly)", lead="Community Partnerships Manager",
          org="LBH / VCS", start=word("Ongoing"), rag=F(GREEN)),
        Sec("Supporting Victims of Violence and Vulnerability", theme=VIC),
        A("V1", "Referral pathway for young victims of violence with Victim Support",
          lead="Victim Support Manager", org="Victim Support / YOS", start=day(2021, 6, 1),
          end=day(2022, 3, 31), rag=F(AMBER)),
        Sec("Positive Diversion from Violence", theme=DIV),
        A("D1", "Positive activities and mentoring through the Youth Endowment Fund programme",
          lead="Youth Service Manager", org="LBH / VCS", start=day(2021, 9, 1), end=day(2023, 8, 31),
          rag=F(GREEN)),
    ]
    r = table(p, sh, 4, cols, items, header_rows=header, sec_style={"bold": True, "fill": "DDEBF7"})
    r += 1
    sh.set(r, 2, "Key", bold=True)
    p.not_actions.append({"sheet": sh.name, "row": r, "text_starts": "Key"})
    for i, (fill, txt) in enumerate([(RED, "Red \u2013 significant issues or not started"),
                                     (AMBER, "Amber \u2013 some slippage"),
                                     (GREEN, "Green \u2013 on track"),
                                     (BLUE, "Blue \u2013 complete")]):
        sh.set(r + 1 + i, 1, None, fill=fill)
        sh.set(r + 1 + i, 2, txt)
        p.not_actions.append({"sheet": sh.name, "row": r + 1 + i, "text_starts": txt[:30]})
    p.book = b
    return p


PLANS = [hackney, lbbd, kingston_richmond, croydon, sutton, waltham_forest, hounslow]
