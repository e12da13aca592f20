"""London Councils stock-take exports (seeds/002_, Appendix A): three files from
three different 'tools', each recorded in the key as a person would read it."""
import datetime as dt

Q3_ALL = ["cross-agency", "cross-borough", "police"]


def R(authority_code, raw_name, role, when, q1, q1k, q1d, q2, q2k, q2d, q3, q3k, q3d, q4, q4k, q4d,
      q5, q5k, extra=None):
    return {"code": authority_code, "name": raw_name, "role": role, "when": when,
            "q1": q1, "q1k": q1k, "q1d": q1d, "q2": q2, "q2k": q2k, "q2d": q2d,
            "q3": q3, "q3k": sorted(q3k), "q3d": q3d, "q4": q4, "q4k": q4k, "q4d": q4d,
            "q5": q5, "q5k": q5k, "extra": extra or {}}


# ---------------------------------------------------------------- export (i)
EXPORT1 = "stocktake/LC SYV stocktake responses May 2018.csv"
HEAD1 = ["Response ID", "Submitted", "Borough", "Respondent role",
         "Q1. Does your authority have a corporate approach to tackling serious youth violence, including "
         "knife and gang crime?", "Q1 detail",
         "Q2. Does your authority have a specific knife crime action plan?", "Q2 detail",
         "Q3. Is this work underpinned by collaboration? (with the police / cross-agency / cross-borough)",
         "Q3 detail",
         "Q4. Is there specific engagement with community and voluntary sector agencies on this agenda?",
         "Q4 detail", "Q5. Supporting documents provided"]

RESP1 = [
    R("E09000002", "LB Barking and Dagenham", "Head of Community Safety", dt.datetime(2018, 5, 14, 9, 12),
      "Incorporated in the community safety strategy", "incorporated in the community safety strategy",
      "Although addressing serious youth violence and the underlying causes features as a priority in a number "
      "of safeguarding, youth justice and public health policies, the key partnership document is the Community "
      "Safety Plan. This sets tackling serious youth violence as a key priority for the Community Safety "
      "Partnership.",
      "Yes", "yes", "Knife crime action plan agreed by the CSP in March 2018 and reviewed quarterly.",
      "With the police; Cross-agency", ["police", "cross-agency"],
      "Joint tasking with the East BCU and a weekly exploitation panel.",
      "Yes", "yes", "VCS forum on youth violence meets quarterly.",
      "Community Safety Plan 2017-2020; Strategic Assessment 2017/18",
      ["Community Safety Plan 2017-2020", "Strategic Assessment 2017/18"], {"id": "R_1001"}),
    R("E09000004", "LB Bexley", "Head of Community Safety", dt.datetime(2018, 5, 14, 11, 40),
      "Yes", "yes",
      "Our corporate approach to tackling SYV including knife and gang crime includes cross directorate "
      "collaborative work with community safety, children's social care, targeted youth support and youth "
      "offending service (YOS).\nExamples of collaboration include:\n- attendance at multi-agency meetings "
      "including SVPP and YOS risk and vulnerability panels\n- joint home visits with community safety, social "
      "care and targeted youth support",
      "Yes \u2013 in development", "in development", "Draft plan to be agreed by the CSP in July 2018.",
      "Police, cross-agency, cross-borough", Q3_ALL,
      "Cross-borough work with Greenwich and Lewisham through the South East BCU pilot.",
      "Yes", "yes", "Youth forum and faith leaders' network consulted.", "", [], {"id": "R_1002"}),
    R("E09000007", "LB Camden", "Head of Community Safety", dt.datetime(2018, 5, 15, 8, 55),
      "yes", "yes",
      "Growing Against Violence is a public health and public safety programme, delivering evidence based "
      "preventative education sessions in all Camden secondary schools.",
      "yes", "yes", "Camden Knife Crime Action Plan 2017-18 agreed with the BCU.",
      "police; cross-agency", ["police", "cross-agency"],
      "Integrated youth safety service with the police and YOS.",
      "yes", "yes", "GAV and local youth organisations.",
      "Camden Knife Crime Action Plan 2017-18; Growing Against Violence evaluation",
      ["Camden Knife Crime Action Plan 2017-18", "Growing Against Violence evaluation"], {"id": "R_1003"}),
    R("E09000005", "Brent", "Chief Executive", dt.datetime(2018, 5, 15, 16, 5),
      "Y", "yes",
      "The joint approach which we have adopted locally is interlinked across key safeguarding processes; we "
      "have daily Integrated Risk Management meetings where we share intelligence relating to individuals of "
      "concern.",
      "Y", "yes", "Brent Knife Crime Action Plan 2018",
      "All three", Q3_ALL,
      "Offender Management programme with statutory and non-statutory partners; Response and Rescue with "
      "LB Lewisham.",
      "Y", "yes",
      "By invoking a community-led response, we empower communities to tackle the issues in their own way.",
      "Briefing paper: serious youth violence in Brent", ["Briefing paper: serious youth violence in Brent"],
      {"id": "R_1004"}),
    R("E09000022", "London Borough of Lambeth", "Community Safety Manager", dt.datetime(2018, 5, 16, 10, 2),
      "Yes", "yes", "Youth violence is a corporate priority; full response to follow from the Head of "
                    "Community Safety.",
      "No", "no", "", "Cross-agency", ["cross-agency"], "", "Yes", "yes", "", "", [], {"id": "R_1005"}),
    R("E09000033", "Westminster City Council", "Head of Community Safety", dt.datetime(2018, 5, 17, 12, 20),
      "Yes", "yes",
      "The Westminster Integrated Gangs Unit was established in 2011 in response to the rise in gang activity.\n"
      "The IGU provides:\n\u00b7 flexible gangs workers\n\u00b7 an ex-offender contracted from St Giles Trust\n"
      "\u00b7 a sexual violence specialist practitioner\n\u00b7 an employment coach",
      "Yes", "yes", "Knife crime action plan agreed with the Central West BCU.",
      "Police / cross-agency", ["police", "cross-agency"], "IGU co-located with police officers and YOT.",
      "Yes", "yes", "St Giles Trust and local youth clubs.",
      "IGU overview; Westminster Knife Crime Action Plan", ["IGU overview", "Westminster Knife Crime Action Plan"],
      {"id": "R_1006"}),
    R("E09000011", "Royal Borough of Greenwich", "Assistant Director, Community Safety",
      dt.datetime(2018, 5, 18, 15, 47),
      "Yes \u2013 in development", "in development", "A corporate approach is being drafted for Cabinet in autumn 2018.",
      "No", "no", "Actions sit within the Safer Greenwich Partnership plan.",
      "Cross-agency", ["cross-agency"], "",
      "Partly", "partly", "Engagement through the Safer Neighbourhood Board; a wider VCS offer is being developed.",
      "", [], {"id": "R_1007"}),
    R("E09000013", "H&F", "Chief Executive", dt.datetime(2018, 5, 21, 9, 30),
      "Yes", "yes",
      "Serious youth violence is a priority in the Community Safety Partnership plan and the Children's "
      "Services plan.",
      "Yes", "yes", "LBHF knife crime action plan 2018",
      "With the police; Cross-borough (Central West BCU)", ["police", "cross-borough"],
      "Shared BCU with Westminster and Kensington & Chelsea.",
      "Yes", "yes", "Funding for youth clubs and detached youth work.",
      "LBHF Knife Crime Action Plan 2018", ["LBHF Knife Crime Action Plan 2018"], {"id": "R_1008"}),
    R("E09000019", "Islington", "Head of Community Safety", dt.datetime(2018, 5, 21, 17, 3),
      "Yes", "yes",
      "The Working Together for a Safer Islington plan was developed with significant consultation and input "
      "from the community and voluntary sector.",
      "Yes", "yes", "", "police, cross-agency", ["police", "cross-agency"],
      "Integrated Gangs Team co-located with police, YOS and St Giles Trust.",
      "Yes", "yes",
      "Mentoring provided by Chance UK and Safer London; Key Working by St Giles Trust; Abianda working with "
      "young gang affected women; Victim Support.",
      "Working Together for a Safer Islington 2017 \u2013 2020",
      ["Working Together for a Safer Islington 2017 \u2013 2020"], {"id": "R_1009"}),
    R("E09000001", "City of London Corporation", "Community Safety Manager", dt.datetime(2018, 5, 22, 11, 15),
      "No", "no",
      "Very low levels of serious youth violence in the Square Mile; covered by the Safer City Partnership "
      "strategy.",
      "No", "no", "", "With the police (City of London Police); cross-borough with Hackney",
      ["police", "cross-borough"], "", "No", "no", "", "", [], {"id": "R_1010"}),
    R("E09000022", "Lambeth", "Head of Community Safety", dt.datetime(2018, 5, 22, 14, 30),
      "Yes", "yes",
      "The aim is to make youth violence a corporate and borough priority, not just for specialist teams but "
      "for every aspect of the council and wider partnership \u2013 including housing, culture, public space, "
      "environment and others.",
      "Yes", "yes", "Knife crime actions sit in the youth violence plan agreed in 2018.",
      "With the police; cross-agency; cross-borough", Q3_ALL,
      "Tackling youth violence board with the police, health and the VCS; joint work with Southwark.",
      "Yes", "yes",
      "The Young Lambeth Co-operative, Lambeth Voluntary Action Group and Black Thrive sit on the Tackling "
      "youth violence board.",
      "Public health needs assessment of youth violence 2018",
      ["Public health needs assessment of youth violence 2018"], {"id": "R_1011"}),
]


def _q(field, sep, always):
    s = "" if field is None else str(field)
    if always or any(ch in s for ch in (sep, '"', "\n", "\r")):
        return '"' + s.replace('"', '""') + '"'
    return s


def _render(rows, sep, always_quote, eol):
    """Return the text and the 1-based line on which each data record starts."""
    out = []
    starts = []
    line = 1
    for i, row in enumerate(rows):
        rec = sep.join(_q(f, sep, always_quote) for f in row)
        if i > 0:
            starts.append(line)
        out.append(rec + eol)
        line += rec.count("\n") + 1
    return "".join(out), starts


def _key_resp(r, start_line):
    def s30(x):
        return (x or "").strip()[:30]
    return {
        "authority": r["code"], "line": start_line, "role": r["role"],
        "date": r["when"].date().isoformat(),
        "q1": r["q1k"], "q1_detail_starts": s30(r["q1d"]),
        "q2": r["q2k"], "q2_detail_starts": s30(r["q2d"]),
        "q3": r["q3k"], "q3_detail_starts": s30(r["q3d"]),
        "q4": r["q4k"], "q4_detail_starts": s30(r["q4d"]),
        "q5_documents": r["q5k"],
    }


def _standing(resps, starts):
    """Later timestamp stands for an authority answering twice."""
    best = {}
    for r, ln in zip(resps, starts):
        cur = best.get(r["code"])
        if cur is None or r["when"] > cur[0]["when"]:
            best[r["code"]] = (r, ln)
    twice = sorted(c for c in best if sum(1 for r in resps if r["code"] == c) > 1)
    out = [_key_resp(r, ln) for r, ln in sorted(best.values(), key=lambda x: x[1])]
    return out, twice


def export1():
    # sorted by the Borough column as typed (an analyst's sort), so Lambeth's later answer comes first
    resps = sorted(RESP1, key=lambda r: r["name"])
    rows = [HEAD1]
    for r in resps:
        rows.append([r["extra"]["id"], r["when"].strftime("%d/%m/%Y %H:%M"), r["name"], r["role"],
                     r["q1"], r["q1d"], r["q2"], r["q2d"], r["q3"], r["q3d"], r["q4"], r["q4d"], r["q5"]])
    text, starts = _render(rows, ",", True, "\r\n")
    data = b"\xef\xbb\xbf" + text.encode("utf-8")
    responses, twice = _standing(resps, starts)
    key = {"file": EXPORT1, "encoding": "utf-8-sig", "separator": ",", "responses": responses,
           "answered_twice": twice, "unused_columns": ["Response ID"]}
    return EXPORT1, data, key


# ---------------------------------------------------------------- export (ii)
EXPORT2 = "2026-10/stocktake_export_2026-10-14.csv"
HEAD2 = ["Timestamp", "Local authority", "Your role",
         "2. Specific knife crime action plan", "2. Details",
         "1. Corporate approach to serious youth violence, including knife and gang crime", "1. Details",
         "4. Engagement with community and voluntary sector agencies", "Comments",
         "3. Collaboration \u2013 police, cross-agency, cross-borough", "3. Details",
         "5. Supporting documents (titles)", "Internal notes"]

RESP2 = [
    R("E09000002", "Barking & Dagenham", "Head of Community Safety", dt.datetime(2026, 10, 1, 9, 14, 22),
      "Incorporated in the community safety strategy", "incorporated in the community safety strategy",
      "Serious violence is one of four priorities in the Community Safety Plan 2026-29.",
      "Yes", "yes", "VVRAP 2022 refreshed for 2026/27",
      "Police; cross-agency; cross-borough", Q3_ALL, "East BCU partnership tasking",
      "Yes", "yes", "Community Safety Plan consultation with the VCS forum",
      "Community Safety Plan 2026-29\nSerious Violence Strategic Needs Assessment 2026",
      ["Community Safety Plan 2026-29", "Serious Violence Strategic Needs Assessment 2026"], {"notes": ""}),
    R("E09000021", "Kingston", "Head of Community Safety", dt.datetime(2026, 10, 2, 16, 40, 5),
      "Y", "yes", "Shared approach with Richmond through the joint CSP.",
      "Y", "yes", "Joint VVRAP with Richmond",
      "police, cross-borough", ["police", "cross-borough"], "Joint CSP board with Richmond upon Thames",
      "Y", "yes", "", "Kingston & Richmond VVRAP 2021-22", ["Kingston & Richmond VVRAP 2021-22"],
      {"notes": "joint return with Richmond?"}),
    R("E09000027", "Richmond", "Head of Community Safety", dt.datetime(2026, 10, 2, 16, 52, 31),
      "Y", "yes", "As Kingston.",
      "Y", "yes", "Joint plan with Kingston",
      "police, cross-borough", ["police", "cross-borough"], "",
      "Partly", "partly", "VCS engagement through Richmond CVS; more planned.", "", [], {"notes": ""}),
    R("E09000020", "K&C", "Director of Community Safety", dt.datetime(2026, 10, 5, 11, 3, 48),
      "Yes", "yes", "Youth violence is a priority in the Council Plan.",
      "Yes - in development", "in development", "Refresh due December 2026",
      "Cross-agency", ["cross-agency"], "", "Yes", "yes", "", "", [], {"notes": ""}),
    R("E09000030", "Tower Hamlets Council", "Head of Community Safety", dt.datetime(2026, 10, 6, 14, 20, 10),
      "Yes", "yes", "Ending Groups, Gangs and Serious Youth Violence strategy refreshed in 2025.",
      "Yes", "yes", "", "With the police", ["police"], "", "Yes", "yes", "",
      "Ending Groups, Gangs and Serious Youth Violence Strategy 2025-2028",
      ["Ending Groups, Gangs and Serious Youth Violence Strategy 2025-2028"],
      {"notes": "late \u2013 chased 05/10"}),
    R("E09000012", "hackney", "Chief Executive", dt.datetime(2026, 10, 7, 10, 11, 59),
      "Yes", "yes", "Integrated Gangs Unit and a public health approach to youth violence.",
      "Yes", "yes", "", "police; cross-agency", ["police", "cross-agency"], "", "Yes", "yes", "", "", [],
      {"notes": ""}),
    R("E09000031", "Waltham Forest", "Head of Community Safety", dt.datetime(2026, 10, 9, 15, 45, 0),
      "Yes", "yes",
      "LB Waltham Forest has a corporate policy approach to SYV / knife crime that is rooted in public health "
      "principles.",
      "No", "no", "Violence actions now sit in the Serious Violence Duty strategy.",
      "Police, cross-agency", ["police", "cross-agency"], "", "Yes", "yes", "", "", [],
      {"notes": "check Q2 answer"}),
    R("E09000029", "Sutton Council", "Head of Safer Communities", dt.datetime(2026, 10, 12, 9, 30, 12),
      "Partly", "partly",
      "SYV is covered in the Safer Sutton strategy; a corporate approach is being considered.",
      "Yes", "yes", "", "cross-borough", ["cross-borough"], "South BCU", "No", "no", "", "", [],
      {"notes": ""}),
]


def export2():
    rows = [HEAD2]
    for r in RESP2:
        rows.append([r["when"].strftime("%Y-%m-%d %H:%M:%S"), r["name"], r["role"], r["q2"], r["q2d"],
                     r["q1"], r["q1d"], r["q4"], r["q4d"], r["q3"], r["q3d"], r["q5"], r["extra"]["notes"]])
    text, starts = _render(rows, ",", False, "\n")
    data = text.encode("utf-8")
    responses, twice = _standing(RESP2, starts)
    key = {"file": EXPORT2, "encoding": "utf-8", "separator": ",", "responses": responses,
           "answered_twice": twice, "unused_columns": ["Internal notes"]}
    return EXPORT2, data, key


# ---------------------------------------------------------------- export (iii)
EXPORT3 = "stocktake/Stocktake 2026 (Excel export).csv"
HEAD3 = ["Authority", "Role", "Date", "Q1 Corporate approach", "Q1 Comments", "Q2 Knife crime action plan",
         "Q2 Comments", "Q3 Collaboration", "Q3 Comments", "Q4 VCS engagement", "Q4 Comments", "Q5 Documents"]

RESP3 = [
    R("E09000008", "Croydon", "Head of Community Safety", dt.datetime(2026, 9, 3),
      "Yes", "yes",
      "Violence Reduction Network \u2013 public health approach agreed by Cabinet; \u00a31.2m MOPAC/VRU funding "
      "2024\u201327",
      "Yes", "yes", "", "Police; cross-agency", ["police", "cross-agency"], "",
      "Yes", "yes", "\u201cCommunity Voices\u201d panel of residents and young people",
      "Violence Reduction Network Strategy 2024\u20132027", ["Violence Reduction Network Strategy 2024\u20132027"]),
    R("E09000006", "Bromley Council", "Head of Community Safety", dt.datetime(2026, 9, 4),
      "Incorporated in the community safety strategy", "incorporated in the community safety strategy", "",
      "Yes", "yes", "Bromley\u2019s knife crime action plan is reviewed by the Safer Bromley Partnership",
      "With the police", ["police"], "", "Yes", "yes", "", "", []),
    R("E09000023", "Lewisham", "Director of Communities", dt.datetime(2026, 9, 4),
      "Yes", "yes", "", "Yes", "yes", "VVRAP 2026/27 \u2013 resubmission due October",
      "Police, cross-agency, cross-borough", Q3_ALL, "", "Yes", "yes", "",
      "Safer Lewisham Plan 2026\u201327", ["Safer Lewisham Plan 2026\u201327"]),
    R("E09000028", "Southwark", "Community Safety Manager", dt.datetime(2026, 9, 5),
      "Yes \u2013 in development", "in development", "Draft to Cabinet in November",
      "No", "no", "", "Cross-agency", ["cross-agency"], "", "Yes", "yes", "", "", []),
    R("E09000025", "Newham", "Chief Executive", dt.datetime(2026, 9, 7),
      "Y", "yes", "", "Y", "yes", "", "All", Q3_ALL, "", "Y", "yes", "", "", []),
    R("E09000009", "Ealing Council", "Head of Community Safety", dt.datetime(2026, 9, 8),
      "Yes", "yes", "Ealing\u2019s serious violence strategy \u2013 \u201csafer streets for young people\u201d",
      "Partly", "partly", "Plan covers knife crime but not wider violence",
      "cross-agency", ["cross-agency"], "", "Partly", "partly", "", "", []),
    R("E09000015", "Harrow", "Head of Community Safety", dt.datetime(2026, 9, 9),
      "No", "no", "", "No", "no", "", "With the police", ["police"], "", "No", "no", "", "", []),
    R("E09000028", "Southwark", "Head of Community Safety", dt.datetime(2026, 9, 10),
      "Yes", "yes", "LB Southwark has a co-located Anti-Violence Team and uses \u201ccall ins\u201d.",
      "Yes", "yes", "Southwark Knife Crime and Violence Reduction Plan (approved 09/09/2026)",
      "With the police; cross-agency", ["police", "cross-agency"], "", "Yes", "yes", "",
      "Southwark Violence Reduction Plan 2026\u20132028", ["Southwark Violence Reduction Plan 2026\u20132028"]),
    R("E09000010", "Enfield", "Head of Community Safety", dt.datetime(2026, 9, 11),
      "Yes", "yes", "", "Yes", "yes", "Enfield\u2019s knife crime plan \u2013 \u00a3250k from the VRU",
      "Police / cross-borough (Haringey)", ["police", "cross-borough"], "", "Yes", "yes", "",
      "Enfield Knife Crime Action Plan 2026", ["Enfield Knife Crime Action Plan 2026"]),
]


def export3():
    rows = [HEAD3]
    for r in RESP3:
        rows.append([r["name"], r["role"], r["when"].strftime("%d/%m/%Y"), r["q1"], r["q1d"], r["q2"], r["q2d"],
                     r["q3"], r["q3d"], r["q4"], r["q4d"], r["q5"]])
    text, starts = _render(rows, ";", False, "\r\n")
    data = text.encode("cp1252")
    responses, twice = _standing(RESP3, starts)
    key = {"file": EXPORT3, "encoding": "cp1252", "separator": ";", "responses": responses,
           "answered_twice": twice, "unused_columns": []}
    return EXPORT3, data, key


EXPORTS = [export1, export2, export3]
