package uk.gov.london.planreview.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;

import uk.gov.london.planreview.finding.Finding;
import uk.gov.london.planreview.plan.ActionType;
import uk.gov.london.planreview.plan.Rag;
import uk.gov.london.planreview.template.TemplateCatalogue;

/**
 * Reads the rows of one action table into {@link RawRow}s: skips blank spacer rows and
 * repeated headers, follows theme section rows and merged theme cells, drops unadopted
 * rows of an optional-actions menu, and reports every other non-blank row it does not
 * take as an action.
 */
final class ActionRowReader {

	/**
	 * "Police / YOS", "LA &amp; MPS", one per line: "and" is left alone, as names contain
	 * it.
	 */
	private static final Pattern SPLIT_ORGANISATIONS = Pattern.compile("\\s*[/;,\\n&+]\\s*");

	private static final Pattern ADOPTED_YES = Pattern
		.compile("^(y|yes|✓|✔|☑|x|adopted|true|1|included|selected|agreed)\\b.*", Pattern.CASE_INSENSITIVE);

	private static final Pattern ADOPTED_NO = Pattern
		.compile("^(n|no|not adopted|false|0|-|n/a|na|not applicable|declined)\\b.*", Pattern.CASE_INSENSITIVE);

	private static final Pattern HOSTILE_TEXT = Pattern.compile(
			"<\\s*(script|iframe|img|object|embed|svg|link|style)\\b|javascript:|\\bon\\w+\\s*=",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern HOSTILE_FORMULA = Pattern.compile(
			"\\b(HYPERLINK|WEBSERVICE|FILTERXML|IMPORTXML|IMPORTDATA|IMPORTHTML|CALL|REGISTER|EXEC|RTD)\\s*\\(|\\||\\[",
			Pattern.CASE_INSENSITIVE);

	private final SheetView sheet;

	private final TableLayout layout;

	private final HeadingDictionary headings;

	private final TemplateCatalogue catalogue;

	private final String sourceFile;

	private final List<Finding> findings;

	ActionRowReader(SheetView sheet, TableLayout layout, HeadingDictionary headings, TemplateCatalogue catalogue,
			String sourceFile, List<Finding> findings) {
		this.sheet = sheet;
		this.layout = layout;
		this.headings = headings;
		this.catalogue = catalogue;
		this.sourceFile = sourceFile;
		this.findings = findings;
	}

	/**
	 * @param sheetTheme the theme the sheet's name or title gives, if any
	 * @param sheetType the kind of actions the sheet's name gives, if any
	 */
	List<RawRow> read(Optional<String> sheetTheme, Optional<ActionType> sheetType) {
		List<RawRow> rows = new ArrayList<>();
		Optional<String> sectionTheme = sheetTheme;
		Optional<ActionType> sectionType = sheetType;
		String carriedTheme = null;
		Set<Integer> hiddenRead = new TreeSet<>();
		// Rows with entries but no action: below the last action they are a key or notes,
		// above it a problem.
		List<Integer> withoutAction = new ArrayList<>();
		int lastAction = -1;
		int menuRows = 0;
		int adopted = 0;
		int width = Math.max(this.layout.lastColumn(), 0);
		for (int r = this.layout.firstDataRow(); r <= this.sheet.lastRow(); r++) {
			int lastColumn = Math.max(width, this.sheet.lastColumn(r));
			if (this.sheet.blankRow(r, lastColumn) || this.layout.repeatsHeader(this.sheet, this.headings, r)) {
				continue;
			}
			List<String> texts = distinctTexts(r, lastColumn);
			String actionText = joined(Field.ACTION, r, "\n");
			if (texts.size() == 1) {
				String only = texts.get(0);
				Optional<String> theme = this.catalogue.reportedTheme(only, null);
				Optional<ActionType> type = RowContext.typeNamedBy(only);
				if (theme.isPresent() || (type.isPresent() && only.length() < 60)) {
					if (theme.isPresent()) {
						sectionTheme = theme;
						carriedTheme = null;
					}
					// A section says what kind of actions follow until the next section:
					// a theme heading after "Minimum standards" returns to the sheet's
					// own kind.
					sectionType = type.isPresent() ? type : sheetType;
					continue;
				}
			}
			if (actionText.isEmpty()) {
				withoutAction.add(r);
				continue;
			}
			if (texts.size() == 1 && RowContext.isNote(actionText) || RowContext.isFigure(actionText)
					|| RowContext.isFooter(actionText)) {
				this.findings.add(Finding.info(this.sourceFile, this.sheet.rowLocation(r),
						"Row " + (r + 1) + " reads as a note, key or total, not an action (\""
								+ abbreviate(String.join(" | ", texts)) + "\"); it was not counted."));
				continue;
			}
			int row = r;
			String themeCell = this.layout.first(Field.THEME).map(c -> this.sheet.text(row, c)).orElse("");
			Optional<String> rowTheme = Optional.empty();
			if (!themeCell.isEmpty()) {
				rowTheme = this.catalogue.reportedTheme(themeCell, null);
				if (rowTheme.isPresent()) {
					carriedTheme = rowTheme.get();
				}
			}
			else if (carriedTheme != null) {
				rowTheme = Optional.of(carriedTheme);
			}
			if (rowTheme.isEmpty()) {
				rowTheme = sectionTheme;
			}
			Optional<ActionType> explicitType = this.layout.first(Field.TYPE)
				.map(c -> this.sheet.text(row, c))
				.flatMap(RowContext::typeCell);
			ActionType contextType = sectionType.orElse(null);
			if (contextType == ActionType.OPTIONAL && explicitType.isEmpty()) {
				menuRows++;
				if (!adopted(r)) {
					continue;
				}
				adopted++;
				if (RowContext.isInMainPlan(joined(Field.COMMENTS, r, " "))) {
					this.findings.add(Finding.info(this.sourceFile, this.sheet.rowLocation(r), "Row " + (r + 1)
							+ " is adopted from the optional menu and says it is already in the main plan (\""
							+ abbreviate(joined(Field.COMMENTS, r, " ")) + "\"); it is counted there, not twice."));
					continue;
				}
			}
			if (this.sheet.rowHidden(r)) {
				hiddenRead.add(r + 1);
			}
			checkHostile(r, lastColumn);
			rows.add(raw(r, actionText, themeCell, rowTheme, explicitType, contextType));
			lastAction = r;
		}
		lastAction = setAsideTrailingText(rows, lastAction, hiddenRead);
		for (int r : withoutAction) {
			report(r, distinctTexts(r, Math.max(width, this.sheet.lastColumn(r))), r > lastAction);
		}
		if (!hiddenRead.isEmpty()) {
			this.findings.add(Finding.info(this.sourceFile, this.sheet.displayName(),
					(hiddenRead.size() == 1 ? "Hidden row " : "Hidden rows ") + RowNumbers.describe(hiddenRead)
							+ (hiddenRead.size() == 1 ? " was read as an action" : " were read as actions")
							+ ": hiding a row does not remove it from the plan."));
		}
		if (menuRows > 0) {
			this.findings.add(Finding.info(this.sourceFile, this.sheet.displayName(), "Optional actions: " + adopted
					+ " of " + menuRows + " menu items are adopted; only adopted ones are counted as actions."));
		}
		reportHiddenColumns();
		return rows;
	}

	/**
	 * Lines under the table with text in one cell and nothing else ("Signed off at the
	 * CSP Board on 12 May 2022", a key, a source) are notes, not actions: below the last
	 * row that carries anything besides its text, such rows are set aside and reported.
	 * @return the last row read as an action, 0-based
	 */
	private int setAsideTrailingText(List<RawRow> rows, int lastAction, Set<Integer> hiddenRead) {
		int lastCarrying = -1;
		for (int i = 0; i < rows.size(); i++) {
			if (!onlyText(rows.get(i))) {
				lastCarrying = i;
			}
		}
		if (lastCarrying < 0 || lastCarrying == rows.size() - 1) {
			return lastAction;
		}
		List<RawRow> trailing = new ArrayList<>(rows.subList(lastCarrying + 1, rows.size()));
		rows.subList(lastCarrying + 1, rows.size()).clear();
		for (RawRow row : trailing) {
			hiddenRead.remove(row.row());
			this.findings.add(Finding.info(this.sourceFile, this.sheet.displayName() + "!" + row.row(), "Row "
					+ row.row() + " is a line of text under the table (\"" + abbreviate(row.text())
					+ "\") with nothing else filled in, so it reads as a note, not an action; it was not counted."));
		}
		return rows.get(lastCarrying).row() - 1;
	}

	/**
	 * A row with its action text and nothing else: no reference, theme, lead, dates or
	 * rating.
	 */
	private static boolean onlyText(RawRow row) {
		return row.ref().isEmpty() && row.themeCell().isEmpty() && row.outcome().isEmpty() && row.baseline().isEmpty()
				&& row.lead().isEmpty() && row.leadOrganisationCell().isEmpty() && row.startDate() == null
				&& row.endDate() == null && row.timescaleText().isEmpty() && row.progress().isEmpty()
				&& row.rag() == Rag.NONE && row.comments().isEmpty() && row.supportingDocuments().isEmpty()
				&& row.explicitType() == null;
	}

	private RawRow raw(int r, String actionText, String themeCell, Optional<String> theme,
			Optional<ActionType> explicitType, ActionType contextType) {
		Dates dates = dates(r);
		RagCell rag = rag(r);
		String leadOrganisation = joined(Field.LEAD_ORGANISATION, r, "\n");
		return new RawRow(this.sheet.displayName(), r + 1, joined(Field.REFERENCE, r, " "), themeCell,
				theme.orElse(null), explicitType.orElse(null), contextType, actionText, joined(Field.OUTCOME, r, "\n"),
				joined(Field.BASELINE, r, "\n"), joined(Field.LEAD, r, "; ").replace("\n", "; "),
				organisations(leadOrganisation), leadOrganisation, dates.start(), dates.end(), dates.text(),
				rightmost(Field.PROGRESS, r), rag.rag(), rag.location(), joined(Field.COMMENTS, r, "\n"),
				joined(Field.SUPPORTING_DOCUMENTS, r, "\n"), this.sheet.rowHidden(r));
	}

	private record Dates(LocalDate start, LocalDate end, String text) {
	}

	/**
	 * Start and end from date cells, date text or a single timescale column; words kept
	 * as text. A timescale that names one period ("March 2022", "2021-22") is the
	 * deadline: it gives the end, and the plan gives no start.
	 */
	private Dates dates(int r) {
		List<String> written = new ArrayList<>();
		LocalDate start = date(Field.START_DATE, r, written, false);
		LocalDate end = date(Field.END_DATE, r, written, true);
		for (int c : this.layout.columnsOf(Field.TIMESCALE)) {
			Optional<LocalDate> date = this.sheet.date(r, c);
			String text = this.sheet.text(r, c);
			if (date.isPresent()) {
				end = end == null ? date.get() : end;
			}
			else if (!text.isEmpty()) {
				written.add(text);
				Timescale parsed = Timescale.parse(text);
				if (parsed.hasDate()) {
					start = start == null && !Timescale.onePeriod(text) ? parsed.start() : start;
					end = end == null ? parsed.end() : end;
				}
			}
		}
		return new Dates(start, end, String.join(" – ", written));
	}

	/**
	 * The first date in the field's columns: a date cell, or text naming a period ("Sept
	 * 2021" starts on the 1st and ends on the 30th). Text that is not a date cell is also
	 * kept as written.
	 */
	private LocalDate date(Field field, int r, List<String> written, boolean end) {
		LocalDate found = null;
		for (int c : this.layout.columnsOf(field)) {
			Optional<LocalDate> date = this.sheet.date(r, c);
			String text = this.sheet.text(r, c);
			if (found == null && date.isPresent()) {
				found = date.get();
			}
			else if (!text.isEmpty()) {
				written.add(text);
				Timescale parsed = Timescale.parse(text);
				if (found == null && parsed.hasDate()) {
					found = end ? parsed.end() : parsed.start();
				}
			}
		}
		return found;
	}

	private record RagCell(Rag rag, String location) {
	}

	/**
	 * The rightmost rated RAG cell: text first, its fill colour when the text is empty.
	 */
	private RagCell rag(int r) {
		List<Integer> columns = new ArrayList<>(this.layout.columnsOf(Field.RAG));
		Collections.reverse(columns);
		for (int c : columns) {
			String text = this.sheet.text(r, c);
			Cell cell = this.sheet.cell(r, c);
			Optional<Rag> fromText = RagReading.fromText(text);
			Optional<Rag> fromFill = RagReading.fromFill(cell);
			String location = this.sheet.location(r, c);
			if (fromText.isPresent()) {
				if (fromFill.isPresent() && fromFill.get() != fromText.get()) {
					this.findings.add(Finding.warning(this.sourceFile, location,
							"The RAG cell says \"" + text + "\" but is coloured " + describe(fromFill.get())
									+ "; the text was used. Ask the CSP which is right."));
				}
				return new RagCell(fromText.get(), location);
			}
			if (fromFill.isPresent()) {
				if (!text.isEmpty()) {
					this.findings.add(Finding.info(this.sourceFile, location, "\"" + abbreviate(text)
							+ "\" is not a RAG rating; the cell's " + describe(fromFill.get()) + " colour was used."));
				}
				return new RagCell(fromFill.get(), location);
			}
			if (!text.isEmpty()) {
				this.findings.add(Finding.info(this.sourceFile, location, "\"" + abbreviate(text)
						+ "\" is not a RAG rating (red, amber, green or complete); recorded as none."));
				return new RagCell(Rag.NONE, location);
			}
		}
		return new RagCell(Rag.NONE, "");
	}

	private static String describe(Rag rag) {
		return rag == Rag.COMPLETE ? "blue (complete)" : rag.csv();
	}

	private boolean adopted(int r) {
		Optional<Integer> column = this.layout.first(Field.ADOPTED);
		if (column.isPresent()) {
			String mark = this.sheet.text(r, column.get());
			if (ADOPTED_YES.matcher(mark).matches()) {
				return true;
			}
			if (ADOPTED_NO.matcher(mark).matches()) {
				return false;
			}
		}
		// No mark: a menu row the CSP has filled in has been taken up.
		for (Field field : List.of(Field.LEAD, Field.LEAD_ORGANISATION, Field.OUTCOME, Field.PROGRESS, Field.START_DATE,
				Field.END_DATE, Field.TIMESCALE)) {
			if (!joined(field, r, " ").isEmpty()) {
				return true;
			}
		}
		return !rag(r).rag().equals(Rag.NONE);
	}

	private void report(int r, List<String> texts, boolean belowTheTable) {
		String summary = abbreviate(String.join(" | ", texts));
		if (belowTheTable || texts.size() == 1 && RowContext.isNote(texts.get(0))) {
			this.findings.add(Finding.info(this.sourceFile, this.sheet.rowLocation(r), "Row " + (r + 1)
					+ " reads as a note, key or total, not an action (\"" + summary + "\"); it was not counted."));
			return;
		}
		String where = this.layout.first(Field.ACTION)
			.map(c -> this.sheet.location(r, c))
			.orElse(this.sheet.rowLocation(r));
		this.findings.add(Finding.warning(this.sourceFile, where, "Row " + (r + 1) + " has entries (\"" + summary
				+ "\") but no action text, so it was not counted as an action. If it continues the action above, "
				+ "ask the CSP to keep each action on one row."));
	}

	private void checkHostile(int r, int lastColumn) {
		for (int c = 0; c <= lastColumn; c++) {
			Cell cell = this.sheet.cell(r, c);
			if (cell == null) {
				continue;
			}
			if (cell.getCellType() == CellType.FORMULA) {
				String formula = formula(cell);
				if (HOSTILE_FORMULA.matcher(formula).find()) {
					this.findings.add(Finding.warning(this.sourceFile, this.sheet.location(r, c),
							"The cell holds a formula (=" + abbreviate(formula)
									+ ") that links outside the workbook; only its saved value was used, "
									+ "and nothing was run or fetched."));
				}
			}
			String text = this.sheet.ownText(r, c);
			if (HOSTILE_TEXT.matcher(text).find()) {
				this.findings.add(Finding.warning(this.sourceFile, this.sheet.location(r, c),
						"The cell contains HTML or script (\"" + abbreviate(text)
								+ "\"); it is shown as plain text and was never run."));
			}
		}
	}

	private static String formula(Cell cell) {
		try {
			return cell.getCellFormula();
		}
		catch (RuntimeException ex) {
			return "";
		}
	}

	private void reportHiddenColumns() {
		List<String> hidden = new ArrayList<>();
		this.layout.columns()
			.forEach((field, columns) -> columns.stream()
				.filter(this.sheet::columnHidden)
				.forEach(c -> hidden.add(CellReference.convertNumToColString(c) + " ("
						+ this.sheet.text(this.layout.headerRow(), c) + ")")));
		if (!hidden.isEmpty()) {
			this.findings.add(Finding.info(this.sourceFile, this.sheet.displayName(),
					"Hidden columns " + String.join(", ", hidden) + " were read: hiding a column does not remove it."));
		}
	}

	/** Distinct non-empty texts of the row, merged regions counted once. */
	private List<String> distinctTexts(int r, int lastColumn) {
		Set<String> texts = new LinkedHashSet<>();
		for (int c = 0; c <= lastColumn; c++) {
			if (!this.sheet.mergedContinuation(r, c)) {
				String text = this.sheet.ownText(r, c);
				if (!text.isEmpty()) {
					texts.add(text);
				}
			}
		}
		return new ArrayList<>(texts);
	}

	/** The field's non-empty, distinct texts in this row, joined. */
	private String joined(Field field, int r, String separator) {
		Set<String> values = new LinkedHashSet<>();
		for (int c : this.layout.columnsOf(field)) {
			String text = field == Field.ACTION ? this.sheet.ownText(r, c) : this.sheet.text(r, c);
			if (!text.isEmpty()) {
				values.add(text);
			}
		}
		return String.join(separator, values);
	}

	/**
	 * The last non-empty of several columns: a progress update per quarter, the latest on
	 * the right.
	 */
	private String rightmost(Field field, int r) {
		List<Integer> columns = this.layout.columnsOf(field);
		for (int i = columns.size() - 1; i >= 0; i--) {
			String text = this.sheet.text(r, columns.get(i));
			if (!text.isEmpty()) {
				return text;
			}
		}
		return "";
	}

	static List<String> organisations(String cell) {
		List<String> items = new ArrayList<>();
		for (String item : SPLIT_ORGANISATIONS.split(cell)) {
			String trimmed = item.trim();
			if (!trimmed.isEmpty() && !items.contains(trimmed)) {
				items.add(trimmed);
			}
		}
		return items;
	}

	static String abbreviate(String text) {
		String oneLine = text.replace('\n', ' ');
		return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "…";
	}

}
