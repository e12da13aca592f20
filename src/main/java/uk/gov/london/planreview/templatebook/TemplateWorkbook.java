package uk.gov.london.planreview.templatebook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import uk.gov.london.planreview.archive.AtomicFiles;
import uk.gov.london.planreview.archive.StableZip;
import uk.gov.london.planreview.authority.Authority;
import uk.gov.london.planreview.plan.Action;
import uk.gov.london.planreview.plan.ActionType;
import uk.gov.london.planreview.plan.Rag;
import uk.gov.london.planreview.template.Theme;
import uk.gov.london.planreview.text.Wrapping;

/**
 * Writes a template as a workbook a partnership fills in and the review reads back as it
 * was meant: a Cover sheet of labels and values with the sign-off block, one Action plan
 * table under headings the reader knows, an Instructions sheet, and a hidden sheet of the
 * lists the drop-downs offer. Headings and the template's own wording are locked; every
 * cell to fill in is open; the sheets are protected without a password. An instance
 * writes one template at a time.
 */
final class TemplateWorkbook {

	/** The table's columns, under headings column-headings.csv recognises. */
	enum Column {

		THEME("Theme", 22), REF("Ref", 7), TYPE("Type", 12), ACTION("Action", 50), OUTCOME("Outcome", 35),
		BASELINE("Baseline", 25), LEAD("Named lead", 20), LEAD_ORGANISATION("Lead organisation", 20),
		START_DATE("Start date", 12), END_DATE("End date", 12), PROGRESS("Progress to date", 40), RAG("RAG status", 11),
		COMMENTS("Comments", 30), DOCUMENTS("Supporting documents", 25);

		final String heading;

		final int width;

		Column(String heading, int width) {
			this.heading = heading;
			this.width = width;
		}

	}

	static final String COVER = "Cover";

	static final String TABLE = "Action plan";

	static final String INSTRUCTIONS = "Instructions";

	static final String LISTS = "Lists";

	/** The Action plan's header row (0-based): a title and a note above it. */
	static final int HEADER_ROW = 3;

	/** Rows below the filled-in ones for the partnership's own actions. */
	static final int SPARE_ROWS = 150;

	static final List<String> TYPES = List.of(TemplateContent.type(ActionType.MANDATORY),
			TemplateContent.type(ActionType.OPTIONAL), TemplateContent.type(ActionType.DEVELOPING),
			TemplateContent.type(ActionType.LOCAL));

	static final List<String> RATINGS = List.of("Red", "Amber", "Green", "Complete");

	private static final String DATE_FORMAT = "dd/mm/yyyy";

	private final TemplateInstructions instructions;

	private final String author;

	private XSSFWorkbook workbook;

	private Map<String, CellStyle> styles;

	/**
	 * @param author who the notes on a pre-filled template are from
	 */
	TemplateWorkbook(TemplateInstructions instructions, String author) {
		this.instructions = instructions;
		this.author = author;
	}

	/**
	 * Writes the template whole to the target, its parts stamped with the given day so
	 * the same template is the same bytes.
	 */
	void write(TemplateContent content, Path target, LocalDate stamp) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			this.workbook = book;
			this.styles = new HashMap<>();
			Map<String, String> values = values(content);
			cover(content, values);
			table(content, values);
			instructions(content, values);
			lists(content);
			book.setActiveSheet(0);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			book.write(bytes);
			byte[] stable = StableZip.restamp(bytes.toByteArray(), stamp.atStartOfDay());
			AtomicFiles.write(target, out -> out.write(stable));
		}
	}

	private static Map<String, String> values(TemplateContent content) {
		Map<String, String> values = new HashMap<>();
		values.put("title", content.version().title());
		values.put("theme_count", String.valueOf(content.version().themes().size()));
		values.put("mandatory_count", String.valueOf(content.version().mandatoryActions().size()));
		values.put("quarter", content.prefilled() ? content.reviewed().toString() : "");
		values.put("authority", names(content.authorities(), " and "));
		return values;
	}

	// ---- the Cover sheet

	private void cover(TemplateContent content, Map<String, String> values) {
		XSSFSheet sheet = this.workbook.createSheet(COVER);
		sheet.setColumnWidth(0, 42 * 256);
		sheet.setColumnWidth(1, 45 * 256);
		sheet.setColumnWidth(2, 14 * 256);
		sheet.setColumnWidth(3, 30 * 256);
		text(sheet, 0, 0, content.version().title(), style("title"));
		text(sheet, 1, 0, this.instructions.note("cover-note", values), style("note"));
		sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 3));
		int r = 3;
		labelled(sheet, r++, "CSP name", content.cspName());
		labelled(sheet, r++, "Local authority", names(content.authorities(), "; "));
		labelled(sheet, r++, "BCU",
				String.join(" and ", new LinkedHashSet<>(content.authorities().stream().map(Authority::bcu).toList())));
		text(sheet, r, 0, "Template version", style("label"));
		text(sheet, r++, 1, content.version().title(), style("fixed"));
		dateLabelled(sheet, r++, "Date submitted");
		dateLabelled(sheet, r++, "Plan period from");
		dateLabelled(sheet, r++, "Plan period to");
		r++;
		labelled(sheet, r++, "Strategic leads", "");
		labelled(sheet, r++, "Partner organisations on the board", String.join("; ", content.boardPartners()));
		labelled(sheet, r++, "Key meetings", "");
		// Two empty rows: a value may be read from the two rows under an empty one's
		// label.
		r += 2;
		if (content.version().signOffRequired()) {
			signOff(sheet, r, content.authorities());
		}
		protect(sheet);
	}

	/**
	 * The sign-off block: a block of the Chief Executive and the Leader for each
	 * authority (one for a blank template), then the BCU Commander; each block under
	 * Role, Name, Date and Signature headings, so every role sits just below its
	 * headings.
	 */
	private void signOff(XSSFSheet sheet, int start, List<Authority> authorities) {
		int r = start;
		text(sheet, r++, 0, "Sign-off", style("heading"));
		text(sheet, r, 0, this.instructions.note("sign-off-note", Map.of()), style("note"));
		sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 3));
		r++;
		List<Optional<Authority>> blocks = new ArrayList<>();
		if (authorities.size() > 1) {
			authorities.forEach(a -> blocks.add(Optional.of(a)));
		}
		else {
			blocks.add(Optional.empty());
		}
		for (int b = 0; b < blocks.size(); b++) {
			r++;
			if (blocks.get(b).isPresent()) {
				text(sheet, r++, 0, blocks.get(b).get().name(), style("heading"));
			}
			r = signOffHeadings(sheet, r);
			// A joint plan's boxes name the authority each signs for, as the reader
			// needs.
			String forWhom = blocks.get(b).map(a -> ", " + a.name()).orElse("");
			r = signatory(sheet, r, "Local Authority Chief Executive" + forWhom);
			r = signatory(sheet, r, "Leader of the Council / Elected Mayor" + forWhom);
			if (blocks.size() == 1) {
				r = signatory(sheet, r, "Police BCU Commander");
			}
		}
		if (blocks.size() > 1) {
			r++;
			text(sheet, r++, 0, "Police", style("heading"));
			r = signOffHeadings(sheet, r);
			signatory(sheet, r, "Police BCU Commander");
		}
	}

	private int signOffHeadings(XSSFSheet sheet, int r) {
		List<String> headings = List.of("Role", "Name", "Date", "Signature");
		for (int c = 0; c < headings.size(); c++) {
			text(sheet, r, c, headings.get(c), style("header"));
		}
		return r + 1;
	}

	private int signatory(XSSFSheet sheet, int r, String role) {
		text(sheet, r, 0, role, style("label"));
		input(sheet, r, 1);
		Cell date = input(sheet, r, 2);
		date.setCellStyle(style("date"));
		dateValidation(sheet, new CellRangeAddressList(r, r, 2, 2));
		input(sheet, r, 3);
		return r + 1;
	}

	private void labelled(XSSFSheet sheet, int r, String label, String value) {
		text(sheet, r, 0, label, style("label"));
		Cell cell = input(sheet, r, 1);
		if (!value.isEmpty()) {
			cell.setCellValue(value);
		}
	}

	private void dateLabelled(XSSFSheet sheet, int r, String label) {
		text(sheet, r, 0, label, style("label"));
		input(sheet, r, 1).setCellStyle(style("date"));
		dateValidation(sheet, new CellRangeAddressList(r, r, 1, 1));
	}

	// ---- the Action plan sheet

	private void table(TemplateContent content, Map<String, String> values) {
		XSSFSheet sheet = this.workbook.createSheet(TABLE);
		Column[] columns = Column.values();
		for (Column column : columns) {
			sheet.setColumnWidth(column.ordinal(), column.width * 256);
			// Cells below the filled-in rows are open to fill in, dates as dates.
			sheet.setDefaultColumnStyle(column.ordinal(), style(dateColumn(column) ? "date-column" : "open"));
		}
		String title = content.version().title()
				+ (content.authorities().isEmpty() ? "" : " – " + names(content.authorities(), " and "));
		text(sheet, 0, 0, title, style("title"));
		text(sheet, 1, 0, this.instructions.note("table-note", values), style("note"));
		sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, Column.OUTCOME.ordinal()));
		sheet.getRow(1).setHeightInPoints(30);
		for (Column column : columns) {
			text(sheet, HEADER_ROW, column.ordinal(), column.heading, style("header"));
		}
		int r = HEADER_ROW + 1;
		for (TemplateContent.Row row : content.rows()) {
			row(sheet, r++, row, content);
		}
		int last = r - 1 + SPARE_ROWS;
		validations(sheet, HEADER_ROW + 1, last);
		sheet.createFreezePane(Column.ACTION.ordinal() + 1, HEADER_ROW + 1);
		protect(sheet);
	}

	private void row(XSSFSheet sheet, int r, TemplateContent.Row row, TemplateContent content) {
		String locked = row.mandatory() ? "fixed" : "input";
		text(sheet, r, Column.THEME.ordinal(), row.theme(), style(locked));
		text(sheet, r, Column.REF.ordinal(), row.ref(), style(locked));
		text(sheet, r, Column.TYPE.ordinal(), row.type(), style(locked));
		text(sheet, r, Column.ACTION.ordinal(), row.text(), style(locked));
		for (Column column : List.of(Column.OUTCOME, Column.BASELINE, Column.LEAD, Column.LEAD_ORGANISATION,
				Column.START_DATE, Column.END_DATE, Column.PROGRESS, Column.RAG, Column.COMMENTS, Column.DOCUMENTS)) {
			Cell cell = input(sheet, r, column.ordinal());
			if (dateColumn(column)) {
				cell.setCellStyle(style("date"));
			}
		}
		if (row.from().isPresent()) {
			prefill(sheet, r, row.from().get(), content);
		}
		int lines = 1;
		for (Cell cell : sheet.getRow(r)) {
			if (cell.getCellType() == CellType.STRING) {
				lines = Math.max(lines,
						Wrapping.lines(cell.getStringCellValue(), Column.values()[cell.getColumnIndex()].width));
			}
		}
		sheet.getRow(r).setHeightInPoints(Wrapping.points(Math.min(lines, 12)));
	}

	/**
	 * The action as last reviewed, but for its progress and RAG rating, which the
	 * partnership updates: they are in a note on the progress cell.
	 */
	private void prefill(XSSFSheet sheet, int r, Action action, TemplateContent content) {
		Row row = sheet.getRow(r);
		set(row, Column.OUTCOME, action.outcome());
		set(row, Column.BASELINE, action.baseline());
		set(row, Column.LEAD, action.lead());
		set(row, Column.LEAD_ORGANISATION, String.join("; ", action.leadOrganisations()));
		set(row, Column.COMMENTS, action.comments());
		set(row, Column.DOCUMENTS, action.supportingDocuments());
		if (action.startDate() != null) {
			row.getCell(Column.START_DATE.ordinal()).setCellValue(action.startDate());
		}
		if (action.endDate() != null) {
			row.getCell(Column.END_DATE.ordinal()).setCellValue(action.endDate());
		}
		if (!action.timescaleText().isBlank() && action.startDate() == null && action.endDate() == null) {
			// Dates written as words ("Ongoing") stay as the partnership wrote them.
			set(row, Column.END_DATE, action.timescaleText());
		}
		if (!action.progress().isBlank() || action.rag().rated()) {
			Map<String, String> values = new HashMap<>();
			values.put("quarter", content.reviewed().toString());
			values.put("rag", action.rag() == Rag.NONE ? "none" : action.rag().csv());
			values.put("progress", action.progress().isBlank() ? "none given" : action.progress());
			note(sheet, row.getCell(Column.PROGRESS.ordinal()), this.instructions.note("progress-note", values));
		}
	}

	private void note(XSSFSheet sheet, Cell cell, String text) {
		ClientAnchor anchor = this.workbook.getCreationHelper().createClientAnchor();
		anchor.setCol1(cell.getColumnIndex() + 1);
		anchor.setCol2(cell.getColumnIndex() + 4);
		anchor.setRow1(cell.getRowIndex());
		anchor.setRow2(cell.getRowIndex() + 6);
		Comment comment = sheet.createDrawingPatriarch().createCellComment(anchor);
		comment.setString(this.workbook.getCreationHelper().createRichTextString(clip(text)));
		comment.setAuthor(this.author);
		cell.setCellComment(comment);
	}

	/**
	 * Drop-down lists for theme, type and RAG rating, and dates only in the date columns,
	 * over every row of the table and the spare rows below it.
	 */
	private void validations(XSSFSheet sheet, int first, int last) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		list(sheet, helper, "Themes", first, last, Column.THEME, "Choose the theme from the list.");
		list(sheet, helper, "ActionTypes", first, last, Column.TYPE,
				"Choose Mandatory, Optional, Developing or Local.");
		list(sheet, helper, "Ratings", first, last, Column.RAG, "Choose Red, Amber, Green or Complete.");
		dateValidation(sheet,
				new CellRangeAddressList(first, last, Column.START_DATE.ordinal(), Column.END_DATE.ordinal()));
		SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
		CellRangeAddress[] rag = { new CellRangeAddress(first, last, Column.RAG.ordinal(), Column.RAG.ordinal()) };
		// Colours that show the rating typed; the cell's own fill stays empty.
		Map<String, String> colours = Map.of("Red", "FFC7CE", "Amber", "FFEB9C", "Green", "C6EFCE", "Complete",
				"BDD7EE");
		for (String rating : RATINGS) {
			ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(ComparisonOperator.EQUAL,
					"\"" + rating + "\"");
			PatternFormatting fill = rule.createPatternFormatting();
			fill.setFillBackgroundColor(new XSSFColor(java.util.HexFormat.of().parseHex(colours.get(rating))));
			fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
			formatting.addConditionalFormatting(rag, rule);
		}
	}

	private static void list(XSSFSheet sheet, DataValidationHelper helper, String name, int first, int last,
			Column column, String error) {
		DataValidationConstraint constraint = helper.createFormulaListConstraint(name);
		DataValidation validation = helper.createValidation(constraint,
				new CellRangeAddressList(first, last, column.ordinal(), column.ordinal()));
		validation.setShowErrorBox(true);
		validation.createErrorBox(column.heading, error);
		validation.setEmptyCellAllowed(true);
		sheet.addValidationData(validation);
	}

	private static void dateValidation(XSSFSheet sheet, CellRangeAddressList cells) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidationConstraint constraint = helper.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN,
				"DATE(2000,1,1)", "DATE(2099,12,31)", null);
		DataValidation validation = helper.createValidation(constraint, cells);
		validation.setShowErrorBox(true);
		validation.createErrorBox("Date", "Enter a date, for example 31/03/2027. An estimate is fine; "
				+ "put words such as \"ongoing\" in Comments.");
		validation.setEmptyCellAllowed(true);
		sheet.addValidationData(validation);
	}

	// ---- Instructions and the lists

	private void instructions(TemplateContent content, Map<String, String> values) {
		XSSFSheet sheet = this.workbook.createSheet(INSTRUCTIONS);
		sheet.setColumnWidth(0, 110 * 256);
		List<Map<String, String>> themes = new ArrayList<>();
		for (Theme theme : content.version().themes()) {
			int mandatory = TemplateContent.mandatory(content.version(), theme).size();
			themes.add(Map.of("number", String.valueOf(theme.order()), "theme", theme.name(), "mandatory",
					mandatory + (mandatory == 1 ? " mandatory action" : " mandatory actions")));
		}
		int r = 0;
		for (TemplateInstructions.Line line : this.instructions.lines(values, content.version().signOffRequired(),
				content.prefilled(), themes)) {
			if (line.kind().equals("heading")) {
				r++;
			}
			Cell cell = text(sheet, r, 0, line.text(), style(line.kind().equals("text") ? "paragraph" : line.kind()));
			cell.getRow().setHeightInPoints(Wrapping.points(Wrapping.lines(line.text(), 120)));
			r++;
		}
		protect(sheet);
	}

	/**
	 * The drop-downs' lists, on a hidden sheet with no headings (nothing on it reads as a
	 * table or a cover label), named for the validations.
	 */
	private void lists(TemplateContent content) {
		XSSFSheet sheet = this.workbook.createSheet(LISTS);
		List<String> themes = content.version().themes().stream().map(Theme::name).toList();
		column(sheet, 0, themes);
		column(sheet, 1, TYPES);
		column(sheet, 2, RATINGS);
		name("Themes", "$A$1:$A$" + themes.size());
		name("ActionTypes", "$B$1:$B$" + TYPES.size());
		name("Ratings", "$C$1:$C$" + RATINGS.size());
		protect(sheet);
		this.workbook.setSheetHidden(this.workbook.getSheetIndex(sheet), true);
	}

	private void column(XSSFSheet sheet, int c, List<String> values) {
		for (int r = 0; r < values.size(); r++) {
			text(sheet, r, c, values.get(r), style("fixed"));
		}
	}

	private void name(String name, String range) {
		Name named = this.workbook.createName();
		named.setNameName(name);
		named.setRefersToFormula("'" + LISTS + "'!" + range);
	}

	// ---- cells and styles

	private static void protect(XSSFSheet sheet) {
		// Locked without a password: the layout stays as the review reads it, and anyone
		// may unprotect it.
		sheet.enableLocking();
		sheet.lockSelectLockedCells(false);
		sheet.lockSelectUnlockedCells(false);
		sheet.lockFormatColumns(false);
		sheet.lockFormatRows(false);
		sheet.lockInsertRows(false);
		sheet.lockDeleteRows(false);
	}

	private static boolean dateColumn(Column column) {
		return column == Column.START_DATE || column == Column.END_DATE;
	}

	private Cell text(Sheet sheet, int r, int c, String text, CellStyle style) {
		Cell cell = cell(sheet, r, c);
		cell.setCellValue(clip(text));
		cell.setCellStyle(style);
		return cell;
	}

	private Cell input(Sheet sheet, int r, int c) {
		Cell cell = cell(sheet, r, c);
		cell.setCellStyle(style("input"));
		return cell;
	}

	private static void set(Row row, Column column, String value) {
		if (value != null && !value.isBlank()) {
			row.getCell(column.ordinal()).setCellValue(clip(value));
		}
	}

	private static Cell cell(Sheet sheet, int r, int c) {
		Row row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
		return row.getCell(c) != null ? row.getCell(c) : row.createCell(c);
	}

	/** A cell holds at most 32,767 characters. */
	private static String clip(String text) {
		int max = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

	private static String names(List<Authority> authorities, String separator) {
		return String.join(separator, authorities.stream().map(Authority::name).toList());
	}

	/**
	 * The template's styles: locked for headings, labels and the template's own wording,
	 * open for what the partnership fills in.
	 */
	private CellStyle style(String name) {
		return this.styles.computeIfAbsent(name, n -> {
			XSSFCellStyle style = this.workbook.createCellStyle();
			style.setVerticalAlignment(VerticalAlignment.TOP);
			style.setWrapText(!n.equals("title") && !n.equals("note"));
			style.setLocked(!List.of("input", "date", "open", "date-column").contains(n));
			if (List.of("input", "date", "fixed", "header").contains(n)) {
				style.setBorderTop(BorderStyle.THIN);
				style.setBorderBottom(BorderStyle.THIN);
				style.setBorderLeft(BorderStyle.THIN);
				style.setBorderRight(BorderStyle.THIN);
			}
			if (n.equals("date") || n.equals("date-column")) {
				style.setDataFormat(this.workbook.createDataFormat().getFormat(DATE_FORMAT));
			}
			if (n.equals("fixed") || n.equals("header")) {
				// Grey: no RAG colour, so a locked cell never reads as a rating.
				style.setFillForegroundColor(
						new XSSFColor(java.util.HexFormat.of().parseHex(n.equals("header") ? "D9D9D9" : "F2F2F2")));
				style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			}
			if (List.of("title", "heading", "header", "label").contains(n)) {
				Font font = this.workbook.createFont();
				font.setBold(true);
				if (n.equals("title")) {
					font.setFontHeightInPoints((short) 14);
				}
				style.setFont(font);
			}
			if (n.equals("note")) {
				Font font = this.workbook.createFont();
				font.setItalic(true);
				style.setFont(font);
				style.setWrapText(true);
			}
			return style;
		});
	}

}
