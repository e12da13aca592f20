package uk.gov.london.planreview.sample;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The deliberate shape of one sample plan: who it covers, which template and file format,
 * how its actions are laid out, how good it is and which quirks it carries. Everything
 * else (wording, which fields are blank, dates) is drawn from a random source seeded by
 * the plan's first ONS code.
 *
 * @param fileName the workbook's file name
 * @param onsCodes the authorities it covers
 * @param coverName the authority or authorities as the cover sheet spells them
 * @param place the short place name used in wording ("Camden")
 * @param cspName the partnership's name for itself
 * @param version template version: 2017, 2021 or 2023
 * @param police the police force and BCU, as partners name them
 * @param goodPractice good practice planted in the plan
 * @param nearMisses indexes into the near-miss wording planted in the plan
 */
record PlanProfile(String fileName, List<String> onsCodes, String coverName, String place, String cspName,
		String version, Format format, Layout layout, Quality quality, RagMode ragMode, SignOff signOff,
		DateMode dateMode, Set<Quirk> quirks, List<Planting> goodPractice, List<Integer> nearMisses, Police police) {

	PlanProfile {
		onsCodes = List.copyOf(onsCodes);
		quirks = Set.copyOf(quirks);
		goodPractice = List.copyOf(goodPractice);
		nearMisses = List.copyOf(nearMisses);
	}

	boolean has(Quirk quirk) {
		return this.quirks.contains(quirk);
	}

	String planId() {
		return String.join("+", this.onsCodes.stream().sorted().toList());
	}

	/**
	 * A good-practice category to plant, and which of its wordings to use; a negative
	 * variant lets the plan's dice choose.
	 */
	record Planting(String category, int variant) {
	}

	/**
	 * The police as a partner: the force's name and the BCU (or area) it polices the
	 * authority from.
	 */
	record Police(String force, String bcu, boolean london) {
	}

	enum Format {

		XLSX, XLSM, XLS;

		String extension() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	enum Layout {

		/** One sheet per theme. */
		SHEET_PER_THEME("sheet-per-theme"),
		/**
		 * One sheet, a theme column written once per block with the cells merged down the
		 * block.
		 */
		THEME_COLUMN_MERGED("theme-column-merged"),
		/** One sheet, the theme repeated on every row. */
		THEME_COLUMN_REPEATED("theme-column-repeated"),
		/** One sheet, the theme written on the first row of its block only. */
		THEME_COLUMN_FIRST("theme-column-first-row"),
		/** One sheet, theme headings as section rows between the actions. */
		SECTION_ROWS("section-rows");

		final String csv;

		Layout(String csv) {
			this.csv = csv;
		}

		boolean themeColumn() {
			return this == THEME_COLUMN_MERGED || this == THEME_COLUMN_REPEATED || this == THEME_COLUMN_FIRST;
		}

	}

	enum Quality {

		EXEMPLARY, TYPICAL, POLICE_ONLY, HALF_EMPTY, VERY_BRIEF;

		String csv() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	/** How progress ratings are shown. */
	enum RagMode {

		/** Words or letters only. */
		TEXT("text"),
		/** Words or letters, and the cell coloured to match. */
		TEXT_AND_FILL("text"),
		/** Only the cell's fill colour (RGB), the cell left empty. */
		FILL("fill"),
		/** Only the fill colour, as theme colours with a tint for green and amber. */
		FILL_THEME("fill"),
		/** Text and colour, with a few cells where they disagree. */
		MIXED("mixed");

		final String csv;

		RagMode(String csv) {
			this.csv = csv;
		}

		boolean text() {
			return this == TEXT || this == TEXT_AND_FILL || this == MIXED;
		}

		boolean fill() {
			return this != TEXT;
		}

	}

	enum SignOff {

		/** All three boxes named, dated and signed. */
		FULL,
		/** Some boxes without a signature or a name. */
		PARTIAL,
		/** Only the BCU Commander has signed. */
		POLICE_ONLY,
		/** The block is there but empty. */
		BLANK,
		/** 2017: the template had no sign-off. */
		NOT_REQUIRED

	}

	enum DateMode {

		/**
		 * Start and end columns holding real dates (with words such as "Ongoing" here and
		 * there).
		 */
		REAL,
		/** Start and end columns holding text ("Sept 2021", "March 22", "31/03/2022"). */
		TEXT,
		/** One timescale column ("Apr 2021 – Mar 2022", "Q3 2021/22", "Ongoing"). */
		TIMESCALE,
		/** Only a target date column. */
		TARGET

	}

	enum Quirk {

		/** Title rows (and a logo caption) above the header. */
		TITLE_ROWS,
		/** Instructions to the completer above the header. */
		INSTRUCTIONS,
		/** Headings with line breaks. */
		HEADING_BREAKS,
		/** Headings with trailing spaces or odd case. */
		HEADING_CASE,
		/** A two-row header: "Dates" merged over "Start" and "End". */
		TWO_ROW_HEADER,
		/** Blank rows between themes. */
		SPACER_ROWS,
		/** A key and notes below the table. */
		KEY_BELOW, HIDDEN_ROWS,
		/** A hidden column holding the funding source. */
		HIDDEN_COLUMNS,
		/** Extra local columns: ward, funding source, MOPAC LCPF funded?. */
		EXTRA_COLUMNS,
		/** Local references built with a formula from the one above. */
		FORMULA_REFS,
		/** References typed as numbers (1.1 as a number cell). */
		NUMERIC_REFS,
		/** Numbers stored as text with the text number format. */
		TEXT_NUMBERS,
		/** Non-breaking spaces and smart quotes in the text. */
		SMART_TEXT,
		/** A mandatory action left as the template wrote it, nothing filled beside it. */
		TEMPLATE_UNTOUCHED,
		/** A mandatory action deleted. */
		MANDATORY_DELETED,
		/**
		 * Mandatory actions renumbered in the council's own scheme, their wording edited
		 * a little.
		 */
		RENUMBERED,
		/** Sheet names with trailing spaces. */
		SHEET_NAME_SPACES,
		/** A type column (mandatory, local, developing). */
		TYPE_COLUMN,
		/** Developing actions on their own sheet (2023). */
		DEVELOPING_SHEET,
		/**
		 * The 2023 minimum standards as a section of their own rather than inside their
		 * themes.
		 */
		MINIMUM_STANDARDS_SECTION,
		/** The sign-off block on its own sheet. */
		SIGNOFF_SHEET,
		/** Cover values below their labels rather than to the right. */
		COVER_VALUES_BELOW,
		/** The submission date written as text. */
		SUBMITTED_AS_TEXT,
		/** The template version given only in the title. */
		VERSION_IN_TITLE,
		/** Outcome and baseline in one column. */
		OUTCOME_BASELINE_COMBINED,
		/**
		 * No lead organisation column: the organisation is in brackets after the lead.
		 */
		LEAD_ONLY,
		/** The optional actions tab deleted. */
		NO_OPTIONAL_TAB

	}

}
