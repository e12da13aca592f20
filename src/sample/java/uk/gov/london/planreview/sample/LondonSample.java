package uk.gov.london.planreview.sample;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import uk.gov.london.planreview.authority.Authority;
import uk.gov.london.planreview.authority.AuthorityDirectory;
import uk.gov.london.planreview.sample.PlanProfile.DateMode;
import uk.gov.london.planreview.sample.PlanProfile.Format;
import uk.gov.london.planreview.sample.PlanProfile.Layout;
import uk.gov.london.planreview.sample.PlanProfile.Planting;
import uk.gov.london.planreview.sample.PlanProfile.Police;
import uk.gov.london.planreview.sample.PlanProfile.Quality;
import uk.gov.london.planreview.sample.PlanProfile.Quirk;
import uk.gov.london.planreview.sample.PlanProfile.RagMode;
import uk.gov.london.planreview.sample.PlanProfile.SignOff;

/**
 * The London sample: one submission for each of the 33 authorities, in 32 workbooks
 * (Kingston and Richmond send a joint plan). The spread of templates, formats, layouts,
 * quality and quirks is set here by hand, so that every case the reader must handle is
 * present and the expected results are known.
 */
final class LondonSample {

	/**
	 * ONS code(s) | cover name | place | CSP | file | version | layout | quality | RAG |
	 * sign-off | dates | quirks | good practice planted (wording variants are taken in
	 * turn, so a category planted twice reads differently each time).
	 */
	private static final String TABLE = """
			E09000001 | City of London Corporation | City of London | Safer City Partnership | City of London VVRAP 2021-22.xlsx | 2021 | SECTION_ROWS | TYPICAL | TEXT | FULL | TIMESCALE | TITLE_ROWS HEADING_CASE KEY_BELOW SMART_TEXT TYPE_COLUMN | citysafe-havens
			E09000002 | Barking & Dagenham | Barking and Dagenham | Barking and Dagenham Community Safety Partnership | LBBD Violence and Vulnerability Action Plan Dec21.xlsx | 2021 | THEME_COLUMN_MERGED | TYPICAL | TEXT_AND_FILL | FULL | REAL | TITLE_ROWS INSTRUCTIONS HEADING_BREAKS SPACER_ROWS TEMPLATE_UNTOUCHED SUBMITTED_AS_TEXT | risk-index mentoring
			E09000003 | London Borough of Barnet | Barnet | Barnet Safer Communities Partnership | Barnet VVRAP 2021.xlsx | 2021 | SHEET_PER_THEME | HALF_EMPTY | TEXT | BLANK | TEXT | TITLE_ROWS TEMPLATE_UNTOUCHED MANDATORY_DELETED SHEET_NAME_SPACES COVER_VALUES_BELOW |
			E09000004 | LB Bexley | Bexley | Bexley Community Safety Partnership | Bexley knife crime and violence plan 2021-22.xlsx | 2021 | SECTION_ROWS | POLICE_ONLY | TEXT | POLICE_ONLY | TIMESCALE | TITLE_ROWS MANDATORY_DELETED KEY_BELOW NO_OPTIONAL_TAB |
			E09000005 | Brent Council | Brent | Safer Brent Partnership | Brent VVRAP 2023-24 v4 FINAL.xlsx | 2023 | THEME_COLUMN_REPEATED | EXEMPLARY | TEXT_AND_FILL | FULL | REAL | TITLE_ROWS HEADING_BREAKS TYPE_COLUMN EXTRA_COLUMNS KEY_BELOW FORMULA_REFS SMART_TEXT | integrated-gangs-unit public-health-approach mediation adolescent-support-lac school-lessons-menu gang-exit
			E09000006 | London Borough of Bromley | Bromley | Safer Bromley Partnership | Bromley Knife Crime Action Plan 2017.xls | 2017 | SHEET_PER_THEME | TYPICAL | TEXT_AND_FILL | NOT_REQUIRED | TEXT | TITLE_ROWS NUMERIC_REFS HEADING_CASE HIDDEN_ROWS | knife-bins
			E09000007 | London Borough of Camden | Camden | Safer Camden Partnership | Camden VVRAP Dec 2021 FINAL.xlsx | 2021 | SHEET_PER_THEME | EXEMPLARY | TEXT | FULL | REAL | TITLE_ROWS INSTRUCTIONS TWO_ROW_HEADER HEADING_BREAKS KEY_BELOW SMART_TEXT SIGNOFF_SHEET | school-lessons-menu trauma-informed youth-cooperative hospital-youth-workers mentoring joint-intelligence-hub
			E09000008 | Croydon Council | Croydon | Safer Croydon Partnership | Croydon VVRAP 2023.xlsm | 2023 | SECTION_ROWS | TYPICAL | FILL | FULL | TEXT | TITLE_ROWS KEY_BELOW DEVELOPING_SHEET MINIMUM_STANDARDS_SECTION HIDDEN_COLUMNS HEADING_CASE | school-transition knife-wands
			E09000009 | Ealing Council | Ealing | Safer Ealing Partnership | Ealing V&V action plan 2021-22.xlsx | 2021 | THEME_COLUMN_FIRST | TYPICAL | FILL_THEME | PARTIAL | TIMESCALE | TITLE_ROWS KEY_BELOW HEADING_BREAKS OUTCOME_BASELINE_COMBINED TEMPLATE_UNTOUCHED | responsible-retailers mentoring
			E09000010 | LB Enfield | Enfield | Enfield Safer and Stronger Communities Board | Enfield Violence Vulnerability Action Plan 2021.xlsm | 2021 | SHEET_PER_THEME | TYPICAL | TEXT | FULL | TEXT | TITLE_ROWS INSTRUCTIONS HEADING_CASE HIDDEN_ROWS SIGNOFF_SHEET SMART_TEXT | gang-exit knife-bins
			E09000011 | Royal Borough of Greenwich | Greenwich | Safer Greenwich Partnership | RBG VVRAP 2021-22 submitted.xlsx | 2021 | SECTION_ROWS | TYPICAL | TEXT_AND_FILL | FULL | REAL | TITLE_ROWS SPACER_ROWS TWO_ROW_HEADER TEXT_NUMBERS COVER_VALUES_BELOW | hospital-youth-workers citysafe-havens
			E09000012 | LB Hackney | Hackney | Hackney Community Safety Partnership | Hackney VVRAP 2023-24.xlsx | 2023 | SHEET_PER_THEME | TYPICAL | TEXT | FULL | REAL | TITLE_ROWS HEADING_BREAKS TYPE_COLUMN KEY_BELOW SHEET_NAME_SPACES SMART_TEXT | integrated-gangs-unit trauma-informed public-health-approach risk-index knife-wands school-transition
			E09000013 | LBHF | Hammersmith and Fulham | Hammersmith & Fulham Community Safety Partnership | LBHF VVRAP 2021 final.xlsx | 2021 | THEME_COLUMN_MERGED | TYPICAL | TEXT | FULL | TEXT | TITLE_ROWS INSTRUCTIONS HEADING_CASE RENUMBERED KEY_BELOW | joint-intelligence-hub responsible-retailers
			E09000014 | Haringey Council | Haringey | Haringey Community Safety Partnership | Haringey VVRAP 2021-22.xlsx | 2021 | SHEET_PER_THEME | TYPICAL | FILL | FULL | TEXT | TITLE_ROWS KEY_BELOW HEADING_BREAKS MANDATORY_DELETED VERSION_IN_TITLE | integrated-gangs-unit mediation
			E09000015 | Harrow Council | Harrow | Safer Harrow | Harrow knife crime plan.xlsx | 2017 | SECTION_ROWS | VERY_BRIEF | TEXT | NOT_REQUIRED | TARGET | TITLE_ROWS SUBMITTED_AS_TEXT |
			E09000016 | London Borough of Havering | Havering | Havering Community Safety Partnership | Havering VVRAP 2021.xlsx | 2021 | THEME_COLUMN_REPEATED | POLICE_ONLY | TEXT | POLICE_ONLY | REAL | HEADING_CASE TEMPLATE_UNTOUCHED |
			E09000017 | Hillingdon | Hillingdon | Safer Hillingdon Partnership | Hillingdon KCAP 2017-18.xlsx | 2017 | THEME_COLUMN_MERGED | TYPICAL | TEXT | NOT_REQUIRED | TEXT | TITLE_ROWS SPACER_ROWS KEY_BELOW HIDDEN_COLUMNS FORMULA_REFS COVER_VALUES_BELOW | knife-bins citysafe-havens
			E09000018 | LB Hounslow | Hounslow | Hounslow Community Safety Partnership | Hounslow VVRAP 2021-22 draft.xlsx | 2021 | SECTION_ROWS | HALF_EMPTY | TEXT | BLANK | TIMESCALE | TITLE_ROWS HEADING_BREAKS TEMPLATE_UNTOUCHED LEAD_ONLY | mentoring
			E09000019 | Islington Council | Islington | Safer Islington Partnership | Islington VVRAP 2021-22.xlsx | 2021 | SHEET_PER_THEME | EXEMPLARY | TEXT_AND_FILL | FULL | REAL | TITLE_ROWS INSTRUCTIONS HEADING_CASE EXTRA_COLUMNS KEY_BELOW SMART_TEXT | adolescent-support-lac youth-cooperative mediation school-transition risk-index hospital-youth-workers gang-exit
			E09000020 | RBKC | Kensington and Chelsea | Kensington and Chelsea Community Safety Partnership | RBKC VVRAP 2021.xlsx | 2021 | THEME_COLUMN_MERGED | TYPICAL | TEXT | PARTIAL | TEXT | TITLE_ROWS TWO_ROW_HEADER TEXT_NUMBERS SMART_TEXT MANDATORY_DELETED | school-lessons-menu citysafe-havens
			E09000021 E09000027 | Kingston and Richmond | Kingston and Richmond | Kingston and Richmond Community Safety Partnerships | Kingston and Richmond joint VVRAP 2021-22.xlsx | 2021 | SHEET_PER_THEME | TYPICAL | TEXT | FULL | TEXT | TITLE_ROWS HEADING_BREAKS KEY_BELOW SIGNOFF_SHEET HIDDEN_ROWS | trauma-informed knife-wands
			E09000022 | Lambeth Council | Lambeth | Safer Lambeth Partnership | Lambeth VVRAP 2023-24.xlsx | 2023 | SECTION_ROWS | EXEMPLARY | TEXT | FULL | REAL | TITLE_ROWS INSTRUCTIONS TYPE_COLUMN HEADING_BREAKS KEY_BELOW MINIMUM_STANDARDS_SECTION SPACER_ROWS | youth-cooperative public-health-approach joint-intelligence-hub school-lessons-menu hospital-youth-workers trauma-informed
			E09000023 | London Borough of Lewisham | Lewisham | Safer Lewisham Partnership | Lewisham VVRAP 2021-22.xlsm | 2021 | THEME_COLUMN_REPEATED | TYPICAL | TEXT | FULL | TEXT | TITLE_ROWS HEADING_CASE FORMULA_REFS EXTRA_COLUMNS SUBMITTED_AS_TEXT | mediation responsible-retailers
			E09000024 | Merton Council | Merton | Safer Merton | Merton VVRAP 2021.xlsx | 2021 | SECTION_ROWS | TYPICAL | FILL | FULL | REAL | TITLE_ROWS KEY_BELOW HEADING_BREAKS NUMERIC_REFS COVER_VALUES_BELOW | school-transition knife-bins
			E09000025 | London Borough of Newham | Newham | Newham Community Safety Partnership | Newham VVRAP 2023-24 final.xlsx | 2023 | SHEET_PER_THEME | TYPICAL | TEXT | PARTIAL | TIMESCALE | TITLE_ROWS DEVELOPING_SHEET MINIMUM_STANDARDS_SECTION HEADING_CASE TEMPLATE_UNTOUCHED | adolescent-support-lac citysafe-havens
			E09000026 | Redbridge Council | Redbridge | Redbridge Community Safety Partnership | Redbridge VVRAP 2021-22.xlsx | 2021 | SECTION_ROWS | HALF_EMPTY | TEXT | PARTIAL | TEXT | TITLE_ROWS INSTRUCTIONS MANDATORY_DELETED TEMPLATE_UNTOUCHED SHEET_NAME_SPACES |
			E09000028 | Southwark Council | Southwark | Safer Southwark Partnership | Southwark VVRAP 2023-24.xlsx | 2023 | THEME_COLUMN_MERGED | TYPICAL | TEXT | FULL | REAL | TITLE_ROWS TYPE_COLUMN HEADING_BREAKS KEY_BELOW HIDDEN_ROWS SMART_TEXT | integrated-gangs-unit hospital-youth-workers
			E09000029 | London Borough of Sutton | Sutton | Safer Sutton Partnership | Sutton VVRAP 2021.xlsx | 2021 | SHEET_PER_THEME | POLICE_ONLY | TEXT | POLICE_ONLY | TARGET | TITLE_ROWS HEADING_CASE | knife-wands
			E09000030 | LBTH | Tower Hamlets | Tower Hamlets Community Safety Partnership | LBTH VVRAP 2021-22 v2.xlsx | 2021 | SHEET_PER_THEME | TYPICAL | MIXED | FULL | REAL | TITLE_ROWS KEY_BELOW HEADING_BREAKS RENUMBERED SMART_TEXT HIDDEN_COLUMNS | joint-intelligence-hub gang-exit
			E09000031 | Waltham Forest Council | Waltham Forest | Safer Waltham Forest Partnership | Waltham Forest VVRAP 2021-22.xlsx | 2021 | THEME_COLUMN_FIRST | EXEMPLARY | TEXT | FULL | REAL | TITLE_ROWS INSTRUCTIONS TYPE_COLUMN TWO_ROW_HEADER KEY_BELOW EXTRA_COLUMNS SUBMITTED_AS_TEXT | public-health-approach risk-index mentoring trauma-informed school-lessons-menu knife-bins
			E09000032 | Wandsworth Borough Council | Wandsworth | Wandsworth Community Safety Partnership | Wandsworth VVRAP 2023.xlsx | 2023 | SECTION_ROWS | TYPICAL | TEXT | PARTIAL | TEXT | TYPE_COLUMN HEADING_CASE KEY_BELOW VERSION_IN_TITLE | mediation responsible-retailers
			E09000033 | Westminster City Council | Westminster | Safer Westminster Partnership | Westminster VVRAP 2021-22.xlsx | 2021 | SHEET_PER_THEME | TYPICAL | TEXT | FULL | TIMESCALE | TITLE_ROWS HEADING_BREAKS OUTCOME_BASELINE_COMBINED FORMULA_REFS KEY_BELOW | integrated-gangs-unit citysafe-havens
			""";

	private LondonSample() {
	}

	/** The 32 London profiles, in ONS order of their first authority. */
	static List<PlanProfile> profiles(AuthorityDirectory authorities) {
		List<PlanProfile> profiles = new ArrayList<>();
		Map<String, Integer> variantsUsed = new HashMap<>();
		int nearMiss = 0;
		int nearMisses = Vocabulary.get().nearMisses.size();
		for (String line : TABLE.strip().split("\n")) {
			String[] f = Arrays.stream(line.split("\\|", -1)).map(String::strip).toArray(String[]::new);
			List<String> codes = List.of(f[0].split(" "));
			Authority first = authorities.byOnsCode(codes.get(0)).orElseThrow();
			Police police = "E09000001".equals(first.onsCode())
					? new Police("City of London Police", "City of London Police", true)
					: new Police("MPS", first.bcu(), true);
			Set<Quirk> quirks = EnumSet.noneOf(Quirk.class);
			for (String quirk : f[11].split(" ")) {
				if (!quirk.isBlank()) {
					quirks.add(Quirk.valueOf(quirk));
				}
			}
			List<Planting> plantings = new ArrayList<>();
			for (String category : f[12].split(" ")) {
				if (!category.isBlank()) {
					plantings.add(new Planting(category, variantsUsed.merge(category, 1, Integer::sum) - 1));
				}
			}
			Quality quality = Quality.valueOf(f[7]);
			List<Integer> misses = quality == Quality.TYPICAL && nearMiss < nearMisses ? List.of(nearMiss++)
					: List.of();
			String file = f[4];
			Format format = Format.valueOf(file.substring(file.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT));
			profiles.add(new PlanProfile(file, codes, f[1], f[2], f[3], f[5], format, Layout.valueOf(f[6]), quality,
					RagMode.valueOf(f[8]), SignOff.valueOf(f[9]), DateMode.valueOf(f[10]), quirks, plantings, misses,
					police));
		}
		return profiles;
	}

}
