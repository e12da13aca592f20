package uk.gov.london.planreview.sample;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import uk.gov.london.planreview.plan.ActionType;
import uk.gov.london.planreview.plan.Rag;

/**
 * Everything a sample workbook will hold, decided before any cell is written, so that the
 * ground truth (where good practice was planted, on which sheet) comes from the same
 * object the workbook is drawn from.
 *
 * @param actionSheet the single action sheet's name, or null for one sheet per theme
 * @param developing developing actions by theme, when they have a sheet of their own
 * @param developingSheet the developing actions sheet's name, or null when they sit in
 * the table
 * @param optionalHeadings the optional tab's column headings, in order
 * @param optionalSheet the optional actions tab's name, or null when there is none
 * @param titleLines rows above the header of each action sheet
 * @param instructions guidance rows between the title and the header
 * @param dateFormat the Excel format of real date cells
 * @param sectionsMerged whether section rows are merged across the table
 * @param deletedMandatory template references of the mandatory actions the council
 * deleted
 */
record PlanDocument(PlanProfile profile, Cover cover, List<Column> columns, List<Block> blocks, List<Block> developing,
		List<OptionalEntry> optional, List<String> optionalHeadings, String actionSheet, String developingSheet,
		String optionalSheet, List<String> titleLines, List<String> instructions, List<KeyLine> key, String dateFormat,
		boolean sectionsMerged, Colours colours, List<String> deletedMandatory) {

	/** Fields a column can hold. */
	enum Field {

		REF, THEME, TYPE, ACTION, OUTCOME, BASELINE, OUTCOME_BASELINE, LEAD, ORGANISATION, START, END, TIMESCALE,
		PROGRESS, RAG, COMMENTS, DOCUMENTS, WARD, FUNDING, LCPF

	}

	/**
	 * @param heading as written, quirks included; {@code group} is the merged heading
	 * above it in a two-row header ("Dates"), or null
	 */
	record Column(Field field, String heading, String group, int width, boolean hidden) {
	}

	/**
	 * A theme's actions.
	 *
	 * @param theme the theme as the template version names it ("Minimum standards" for
	 * that section)
	 * @param heading as the plan writes it in section rows, the theme column or the
	 * sheet's title
	 * @param sheet the sheet its actions are on
	 */
	record Block(String theme, String heading, String sheet, List<Entry> entries) {
	}

	/**
	 * One action row.
	 *
	 * @param start a {@link LocalDate}, text, or null
	 * @param ragText the rating as written, or null
	 * @param ragFill the cell's fill, or null
	 * @param category the good-practice category planted here, or null
	 * @param nearMiss the category this action might be mistaken for, or null
	 */
	record Entry(String ref, boolean refFormula, ActionType type, String typeLabel, String text, String outcome,
			String baseline, String lead, String organisations, Object start, Object end, String timescale,
			String progress, Rag rag, String ragText, Colour ragFill, String comments, String documents,
			Map<Field, String> extras, boolean hidden, String category, String nearMiss) {

		Entry withRef(String ref, boolean refFormula) {
			return new Entry(ref, refFormula, this.type, this.typeLabel, this.text, this.outcome, this.baseline,
					this.lead, this.organisations, this.start, this.end, this.timescale, this.progress, this.rag,
					this.ragText, this.ragFill, this.comments, this.documents, this.extras, this.hidden, this.category,
					this.nearMiss);
		}

		Entry withDocuments(String documents) {
			return new Entry(this.ref, this.refFormula, this.type, this.typeLabel, this.text, this.outcome,
					this.baseline, this.lead, this.organisations, this.start, this.end, this.timescale, this.progress,
					this.rag, this.ragText, this.ragFill, this.comments, documents, this.extras, this.hidden,
					this.category, this.nearMiss);
		}

		/** The row hidden, with the progress and rating it was left at. */
		Entry hiddenWith(String progress, Rag rag, String ragText, Colour ragFill) {
			return new Entry(this.ref, this.refFormula, this.type, this.typeLabel, this.text, this.outcome,
					this.baseline, this.lead, this.organisations, this.start, this.end, this.timescale, progress, rag,
					ragText, ragFill, this.comments, this.documents, this.extras, true, this.category, this.nearMiss);
		}

	}

	/** A row of the optional actions tab. */
	record OptionalEntry(String ref, String theme, String text, String adopted, String lead, String organisations,
			String outcome, String timescale, String ragText, Colour ragFill) {
	}

	/**
	 * A line of the key below the table, with the colour it explains when the plan rates
	 * by colour.
	 */
	record KeyLine(String text, Colour colour) {
	}

	/** Fills a plan uses for each rating. */
	record Colours(Colour red, Colour amber, Colour green, Colour complete) {

		Colour of(Rag rag) {
			return switch (rag) {
				case RED -> this.red;
				case AMBER -> this.amber;
				case GREEN -> this.green;
				case COMPLETE -> this.complete;
				case NONE -> null;
			};
		}

	}

	/**
	 * A fill colour: RGB, or a theme colour with a tint as Excel writes "Green, Accent 6,
	 * Lighter 40%".
	 */
	record Colour(String rgb, int theme, double tint) {

		static Colour rgb(String hex) {
			return new Colour(hex, -1, 0);
		}

		static Colour theme(int index, double tint, String approximateRgb) {
			return new Colour(approximateRgb, index, tint);
		}

		boolean themed() {
			return this.theme >= 0;
		}

	}

	/**
	 * The cover sheet.
	 *
	 * @param fields label and value pairs (value text or a date)
	 * @param partnersInOneCell whether board partners are listed in one cell or one per
	 * row
	 * @param signOff the sign-off block, or null before 2021
	 */
	record Cover(String sheet, boolean valuesBelow, List<String> titleLines, List<CoverField> fields,
			List<Person> leads, List<String> partners, boolean partnersInOneCell, List<String> meetings,
			SignOffBlock signOff) {
	}

	record CoverField(String label, Object value) {
	}

	record Person(String name, String role) {
	}

	/**
	 * @param sheet its own sheet, or null when it is on the cover
	 * @param asTable one row per signatory (role, name, date, signature) rather than
	 * label/value lines
	 */
	record SignOffBlock(String sheet, boolean asTable, String heading, List<Signature> signatures) {
	}

	/**
	 * @param date a date, text, or null
	 */
	record Signature(String role, String name, Object date, String signature) {
	}

}
