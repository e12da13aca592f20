package uk.gov.london.planreview.sample;

import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import uk.gov.london.planreview.sample.PlanDocument.Cover;
import uk.gov.london.planreview.sample.PlanDocument.CoverField;
import uk.gov.london.planreview.sample.PlanDocument.Person;
import uk.gov.london.planreview.sample.PlanDocument.SignOffBlock;
import uk.gov.london.planreview.sample.PlanDocument.Signature;

/**
 * Draws the cover sheet and the sign-off, below the cover or on its own sheet. Values
 * sit beside their labels, or below them where the plan writes them so.
 */
final class CoverRenderer {

	private final Workbook workbook;

	private final CellStyles styles;

	private final Cells cells;

	CoverRenderer(Workbook workbook, CellStyles styles, Cells cells) {
		this.workbook = workbook;
		this.styles = styles;
		this.cells = cells;
	}

	/** The cover, then the sign-off's own sheet where it has one. */
	void draw(Cover cover) {
		cover(cover);
		SignOffBlock signOff = cover.signOff();
		if (signOff != null && signOff.sheet() != null) {
			Sheet sheet = this.workbook.createSheet(signOff.sheet());
			sheet.setColumnWidth(0, 36 * 256);
			sheet.setColumnWidth(1, 30 * 256);
			signOff(sheet, 0, signOff);
		}
	}

	private void cover(Cover cover) {
		Sheet sheet = this.workbook.createSheet(cover.sheet());
		sheet.setColumnWidth(0, 36 * 256);
		sheet.setColumnWidth(1, 44 * 256);
		sheet.setColumnWidth(2, 40 * 256);
		int r = 0;
		for (String line : cover.titleLines()) {
			this.cells.text(sheet, r++, 0, line, "title");
		}
		r = fields(sheet, r + 1, cover);
		r = lists(sheet, r + 1, cover);
		if (cover.signOff() != null && cover.signOff().sheet() == null) {
			signOff(sheet, r + 1, cover.signOff());
		}
	}

	/** The label and value pairs; returns the next free row. */
	private int fields(Sheet sheet, int start, Cover cover) {
		int r = start;
		boolean below = cover.valuesBelow();
		for (CoverField field : cover.fields()) {
			this.cells.text(sheet, r, 0, field.label(), "label");
			int valueRow = below ? r + 1 : r;
			int valueCol = below ? 0 : 1;
			Cell cell = Cells.cell(sheet, valueRow, valueCol);
			if (field.value() instanceof LocalDate date) {
				cell.setCellValue(date);
				cell.setCellStyle(this.styles.date(null));
			}
			else {
				cell.setCellValue((String) field.value());
				cell.setCellStyle(this.styles.get("plain"));
			}
			r = valueRow + (below ? 2 : 1);
		}
		return r;
	}

	/** Strategic leads, partners and meetings; returns the row after the last. */
	private int lists(Sheet sheet, int start, Cover cover) {
		int r = start;
		boolean below = cover.valuesBelow();
		this.cells.text(sheet, r++, 0, "Strategic leads", "label");
		for (Person person : cover.leads()) {
			int col = below ? 0 : 1;
			this.cells.text(sheet, r, col, person.name(), "plain");
			this.cells.text(sheet, r++, col + 1, person.role(), "plain");
		}
		r++;
		this.cells.text(sheet, r, 0, "Partner organisations on the CSP board", "label");
		if (cover.partnersInOneCell()) {
			this.cells.text(sheet, below ? r + 1 : r, below ? 0 : 1, String.join("; ", cover.partners()), "wrap");
			r += below ? 2 : 1;
		}
		else {
			r += below ? 1 : 0;
			for (String partner : cover.partners()) {
				this.cells.text(sheet, r++, below ? 0 : 1, partner, "plain");
			}
		}
		r++;
		this.cells.text(sheet, r, 0, "Key meetings that oversee delivery", "label");
		r += below ? 1 : 0;
		for (String meeting : cover.meetings()) {
			this.cells.text(sheet, r++, below ? 0 : 1, meeting, "plain");
		}
		return r;
	}

	/** One row per signatory, or label and value lines for each. */
	private void signOff(Sheet sheet, int start, SignOffBlock block) {
		int r = start;
		this.cells.text(sheet, r++, 0, block.heading(), "title");
		if (block.asTable()) {
			String[] headings = { "Role", "Name", "Date", "Signature" };
			for (int c = 0; c < headings.length; c++) {
				this.cells.text(sheet, r, c, headings[c], "header");
			}
			r++;
			for (Signature signature : block.signatures()) {
				this.cells.text(sheet, r, 0, signature.role(), "label");
				this.cells.text(sheet, r, 1, signature.name(), "plain");
				this.cells.value(sheet, r, 2, signature.date());
				this.cells.text(sheet, r++, 3, signature.signature(), "plain");
			}
			return;
		}
		for (Signature signature : block.signatures()) {
			this.cells.text(sheet, r++, 0, signature.role(), "label");
			this.cells.text(sheet, r, 0, "Name", "plain");
			this.cells.text(sheet, r++, 1, signature.name(), "plain");
			this.cells.text(sheet, r, 0, "Date", "plain");
			this.cells.value(sheet, r++, 1, signature.date());
			this.cells.text(sheet, r, 0, "Signature", "plain");
			this.cells.text(sheet, r++, 1, signature.signature(), "plain");
			r++;
		}
	}

}
