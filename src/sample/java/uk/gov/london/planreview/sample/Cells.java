package uk.gov.london.planreview.sample;

import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import uk.gov.london.planreview.sample.PlanDocument.Colour;

/**
 * Writes one cell at a time in the workbook's styles: text, a date or text, a rating.
 * A blank value still gets its style, so a table's borders run unbroken over gaps.
 */
final class Cells {

	private final CellStyles styles;

	Cells(CellStyles styles) {
		this.styles = styles;
	}

	/** The cell, made (with its row) if it is not there yet. */
	static Cell cell(Sheet sheet, int r, int c) {
		Row row = sheet.getRow(r);
		if (row == null) {
			row = sheet.createRow(r);
		}
		Cell cell = row.getCell(c);
		return cell != null ? cell : row.createCell(c);
	}

	/**
	 * A text cell; a blank value still gets its style (borders) but no content.
	 * @param styleName one of {@link CellStyles#get}'s names
	 */
	void text(Sheet sheet, int r, int c, String value, String styleName) {
		CellStyle style = this.styles.get(styleName);
		Cell cell = cell(sheet, r, c);
		if (value != null && !value.isEmpty()) {
			cell.setCellValue(value);
		}
		cell.setCellStyle(style);
	}

	/** A date cell for a date, text otherwise. */
	void value(Sheet sheet, int r, int c, Object value) {
		if (value instanceof LocalDate date) {
			Cell cell = cell(sheet, r, c);
			cell.setCellValue(date);
			cell.setCellStyle(this.styles.date("wrap"));
		}
		else {
			text(sheet, r, c, (String) value, "wrap");
		}
	}

	/** A rating: its word, its fill, or both. */
	void rag(Sheet sheet, int r, int c, String text, Colour fill) {
		Cell cell = cell(sheet, r, c);
		if (text != null) {
			cell.setCellValue(text);
		}
		cell.setCellStyle(fill == null ? this.styles.get("wrap") : this.styles.filled(fill));
	}

}
