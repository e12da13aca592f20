package uk.gov.london.planreview.sample;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;

import uk.gov.london.planreview.sample.PlanDocument.Block;
import uk.gov.london.planreview.sample.PlanDocument.Column;
import uk.gov.london.planreview.sample.PlanDocument.Entry;
import uk.gov.london.planreview.sample.PlanDocument.Field;
import uk.gov.london.planreview.sample.PlanDocument.KeyLine;
import uk.gov.london.planreview.sample.PlanProfile.Layout;
import uk.gov.london.planreview.sample.PlanProfile.Quirk;

/**
 * Draws an action sheet: the rows above the header, the header, each theme's block of
 * actions as the plan's layout sets them out (section rows, a theme column written once,
 * merged or repeated), spacer rows between blocks, and the key below the last table.
 */
final class ActionSheetRenderer {

	private final PlanDocument doc;

	private final Workbook workbook;

	private final CellStyles styles;

	private final Cells cells;

	ActionSheetRenderer(PlanDocument doc, Workbook workbook, CellStyles styles, Cells cells) {
		this.doc = doc;
		this.workbook = workbook;
		this.styles = styles;
		this.cells = cells;
	}

	/**
	 * @param themeHeading the theme's heading on a sheet of its own, written under the
	 * title lines where there are some; null on the single action sheet
	 */
	void draw(String name, List<Block> blocks, String themeHeading) {
		Sheet sheet = this.workbook.createSheet(name);
		List<Column> columns = this.doc.columns();
		int r = header(sheet, aboveHeader(sheet, themeHeading), columns);
		int sheetEntries = 0;
		int firstBodyRow = r;
		for (int b = 0; b < blocks.size(); b++) {
			r = block(sheet, r, blocks.get(b));
			sheetEntries += blocks.get(b).entries().size();
			if (this.doc.profile().has(Quirk.SPACER_ROWS) && b < blocks.size() - 1) {
				r++;
			}
		}
		boolean last = this.doc.actionSheet() != null
				|| blocks.get(0) == this.doc.blocks().get(this.doc.blocks().size() - 1);
		if (last && !this.doc.key().isEmpty()) {
			key(sheet, r + 1, columns, firstBodyRow, r - 1, sheetEntries);
		}
		for (int c = 0; c < columns.size(); c++) {
			sheet.setColumnWidth(c, columns.get(c).width() * 256);
			if (columns.get(c).hidden()) {
				sheet.setColumnHidden(c, true);
			}
		}
	}

	/**
	 * Title lines, the theme's heading and instructions, with a blank row before the
	 * header when they are few; returns the header's row.
	 */
	private int aboveHeader(Sheet sheet, String themeHeading) {
		int r = 0;
		for (String line : this.doc.titleLines()) {
			this.cells.text(sheet, r++, 0, line, "title");
		}
		if (themeHeading != null && !this.doc.titleLines().isEmpty()) {
			this.cells.text(sheet, r++, 0, themeHeading, "title");
		}
		for (String line : this.doc.instructions()) {
			this.cells.text(sheet, r++, 0, line, "italic");
		}
		if (r > 0 && r < 7) {
			r++;
		}
		return r;
	}

	/**
	 * Writes the header (one row, or two with a merged group heading) and returns the
	 * first body row.
	 */
	private int header(Sheet sheet, int r, List<Column> columns) {
		boolean twoRows = columns.stream().anyMatch(c -> c.group() != null);
		for (int c = 0; c < columns.size(); c++) {
			Column column = columns.get(c);
			if (column.group() == null) {
				this.cells.text(sheet, r, c, column.heading(), "header");
				if (twoRows) {
					this.cells.text(sheet, r + 1, c, null, "header");
					sheet.addMergedRegion(new CellRangeAddress(r, r + 1, c, c));
				}
				continue;
			}
			boolean firstOfGroup = c == 0 || !column.group().equals(columns.get(c - 1).group());
			this.cells.text(sheet, r, c, firstOfGroup ? column.group() : null, "header");
			this.cells.text(sheet, r + 1, c, column.heading(), "header");
			int end = c;
			while (end + 1 < columns.size() && column.group().equals(columns.get(end + 1).group())) {
				end++;
			}
			if (firstOfGroup && end > c) {
				sheet.addMergedRegion(new CellRangeAddress(r, r, c, end));
			}
		}
		return r + (twoRows ? 2 : 1);
	}

	/** A theme's block of actions, under its section row if any; returns the next row. */
	private int block(Sheet sheet, int start, Block block) {
		List<Column> columns = this.doc.columns();
		Layout layout = this.doc.profile().layout();
		int r = start;
		if (layout == Layout.SECTION_ROWS) {
			Row row = sheet.createRow(r);
			for (int c = 0; c < columns.size(); c++) {
				row.createCell(c).setCellStyle(this.styles.get("section"));
			}
			row.getCell(0).setCellValue(block.heading());
			if (this.doc.sectionsMerged() && columns.size() > 1) {
				sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns.size() - 1));
			}
			r++;
		}
		int blockStart = r;
		for (int i = 0; i < block.entries().size(); i++) {
			row(sheet, r++, block, i);
		}
		int themeCol = indexOf(columns, Field.THEME);
		if (layout == Layout.THEME_COLUMN_MERGED && themeCol >= 0 && r - blockStart > 1) {
			sheet.addMergedRegion(new CellRangeAddress(blockStart, r - 1, themeCol, themeCol));
		}
		return r;
	}

	/** An action's row; its theme cell as the layout writes it. */
	private void row(Sheet sheet, int r, Block block, int i) {
		Entry entry = block.entries().get(i);
		Row row = sheet.createRow(r);
		if (entry.hidden()) {
			row.setZeroHeight(true);
		}
		List<Column> columns = this.doc.columns();
		for (int c = 0; c < columns.size(); c++) {
			Field field = columns.get(c).field();
			if (field == Field.THEME) {
				boolean write = this.doc.profile().layout() == Layout.THEME_COLUMN_REPEATED || i == 0;
				this.cells.text(sheet, r, c, write ? block.heading() : null, i == 0 ? "theme" : "wrap");
			}
			else {
				field(sheet, r, c, field, entry, i > 0 ? block.entries().get(i - 1) : null);
			}
		}
	}

	private void field(Sheet sheet, int r, int c, Field field, Entry e, Entry previous) {
		switch (field) {
			case REF -> ref(sheet, r, c, e, previous);
			case TYPE -> this.cells.text(sheet, r, c, e.typeLabel(), "wrap");
			case ACTION -> this.cells.text(sheet, r, c, e.text(), "wrap");
			case OUTCOME -> this.cells.text(sheet, r, c, e.outcome(), "wrap");
			case BASELINE -> number(sheet, r, c, e.baseline());
			case OUTCOME_BASELINE -> this.cells.text(sheet, r, c,
					e.outcome() == null ? e.baseline()
							: e.baseline() == null ? e.outcome() : e.outcome() + "\nBaseline: " + e.baseline(),
					"wrap");
			case LEAD -> this.cells.text(sheet, r, c, e.lead(), "wrap");
			case ORGANISATION -> this.cells.text(sheet, r, c, e.organisations(), "wrap");
			case START -> this.cells.value(sheet, r, c, e.start());
			case END -> this.cells.value(sheet, r, c, e.end());
			case TIMESCALE -> this.cells.text(sheet, r, c, e.timescale(), "wrap");
			case PROGRESS -> this.cells.text(sheet, r, c, e.progress(), "wrap");
			case RAG -> this.cells.rag(sheet, r, c, e.ragText(), e.ragFill());
			case COMMENTS -> this.cells.text(sheet, r, c, e.comments(), "wrap");
			case DOCUMENTS -> this.cells.text(sheet, r, c, e.documents(), "wrap");
			case WARD, FUNDING, LCPF -> this.cells.text(sheet, r, c, e.extras().get(field), "wrap");
			case THEME -> throw new IllegalStateException("theme cells are written by the layout");
		}
	}

	/** A reference as text, a number (4.3), or a formula worked out from the one above. */
	private void ref(Sheet sheet, int r, int c, Entry e, Entry previous) {
		if (e.ref() == null) {
			return;
		}
		Cell cell = Cells.cell(sheet, r, c);
		if (this.doc.profile().has(Quirk.NUMERIC_REFS) && e.ref().matches("\\d+\\.\\d")) {
			cell.setCellValue(Double.parseDouble(e.ref()));
			cell.setCellStyle(this.styles.get("refNumber"));
		}
		else if (e.refFormula() && previous != null && previous.ref() != null) {
			// the next reference worked out from the one above, with its cached result as
			// Excel would save it
			String above = new CellAddress(r - 1, c).formatAsString();
			cell.setCellFormula("LEFT(" + above + ",FIND(\".\"," + above + "))&(MID(" + above + ",FIND(\".\"," + above
					+ ")+1,3)+1)");
			cell.setCellValue(e.ref());
			cell.setCellStyle(this.styles.get("wrap"));
		}
		else {
			cell.setCellValue(e.ref());
			cell.setCellStyle(this.styles.get(this.doc.profile().has(Quirk.TEXT_NUMBERS) ? "textFormat" : "wrap"));
		}
	}

	/**
	 * A baseline that is a bare number is a number cell, or text formatted as text where
	 * the plan does that.
	 */
	private void number(Sheet sheet, int r, int c, String value) {
		if (value != null && value.matches("\\d+") && !this.doc.profile().has(Quirk.TEXT_NUMBERS)) {
			Cell cell = Cells.cell(sheet, r, c);
			cell.setCellValue(Double.parseDouble(value));
			cell.setCellStyle(this.styles.get("wrap"));
			return;
		}
		this.cells.text(sheet, r, c, value, this.doc.profile().has(Quirk.TEXT_NUMBERS) ? "textFormat" : "wrap");
	}

	/** The key and notes below the table, and where references are formulas a count. */
	private void key(Sheet sheet, int r, List<Column> columns, int firstRow, int lastRow, int count) {
		for (KeyLine line : this.doc.key()) {
			if (line.colour() != null) {
				Cells.cell(sheet, r, 0).setCellStyle(this.styles.filled(line.colour()));
				this.cells.text(sheet, r++, 1, line.text(), "plain");
			}
			else {
				this.cells.text(sheet, r++, 0, line.text(), line.text().endsWith(":") ? "label" : "plain");
			}
		}
		int actionCol = indexOf(columns, Field.ACTION);
		if (this.doc.profile().has(Quirk.FORMULA_REFS) && actionCol >= 0 && lastRow >= firstRow) {
			this.cells.text(sheet, r, 0, "Total actions:", "label");
			Cell total = Cells.cell(sheet, r, 1);
			String range = new CellRangeAddress(firstRow, lastRow, actionCol, actionCol).formatAsString();
			total.setCellFormula("COUNTA(" + range + ")");
			total.setCellValue(count);
		}
	}

	private static int indexOf(List<Column> columns, Field field) {
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i).field() == field) {
				return i;
			}
		}
		return -1;
	}

}
