package uk.gov.london.planreview.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Checks with POI that an annotated copy keeps its original as it was: every sheet in
 * order and its visibility, every cell's value (a formula's text and its saved value),
 * merged regions, hidden rows and columns, row heights and column widths, and the notes
 * the partnership had put on cells. The copy may only add its first sheet, notes and
 * highlights.
 */
final class Unchanged {

	private Unchanged() {
	}

	static void assertKept(Workbook original, Workbook copy, String what) {
		assertThat(copy.getNumberOfSheets()).as(what + ": sheets").isEqualTo(original.getNumberOfSheets() + 1);
		for (int i = 0; i < original.getNumberOfSheets(); i++) {
			Sheet before = original.getSheetAt(i);
			Sheet after = copy.getSheetAt(i + 1);
			String where = what + " ‘" + before.getSheetName() + "’";
			assertThat(after.getSheetName()).as(where).isEqualTo(before.getSheetName());
			assertThat(copy.getSheetVisibility(i + 1)).as(where + " visibility")
				.isEqualTo(original.getSheetVisibility(i));
			assertThat(regions(after)).as(where + " merged regions").isEqualTo(regions(before));
			assertThat(after.getLastRowNum()).as(where + " last row").isGreaterThanOrEqualTo(before.getLastRowNum());
			for (int c = 0; c < 60; c++) {
				assertThat(after.isColumnHidden(c)).as(where + " column " + c + " hidden")
					.isEqualTo(before.isColumnHidden(c));
				assertThat(after.getColumnWidth(c)).as(where + " column " + c + " width")
					.isEqualTo(before.getColumnWidth(c));
			}
			for (int r = 0; r <= before.getLastRowNum(); r++) {
				Row rowBefore = before.getRow(r);
				Row rowAfter = after.getRow(r);
				if (rowBefore == null) {
					continue;
				}
				assertThat(rowAfter).as(where + " row " + (r + 1)).isNotNull();
				assertThat(rowAfter.getZeroHeight()).as(where + " row " + (r + 1) + " hidden")
					.isEqualTo(rowBefore.getZeroHeight());
				assertThat(rowAfter.getHeight()).as(where + " row " + (r + 1) + " height")
					.isEqualTo(rowBefore.getHeight());
				for (int c = 0; c < Math.max(rowBefore.getLastCellNum(), 0); c++) {
					Cell cellBefore = rowBefore.getCell(c);
					Cell cellAfter = rowAfter.getCell(c);
					String at = where + " " + new org.apache.poi.ss.util.CellAddress(r, c);
					assertThat(value(cellAfter)).as(at).isEqualTo(value(cellBefore));
					if (cellBefore != null && cellBefore.getCellComment() != null) {
						assertThat(cellAfter.getCellComment().getString().getString()).as(at + " note")
							.isEqualTo(cellBefore.getCellComment().getString().getString());
					}
				}
			}
		}
	}

	/**
	 * A cell's content as a comparable text: its type, its formula, its (saved) value.
	 */
	static String value(Cell cell) {
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType();
		String formula = "";
		if (type == CellType.FORMULA) {
			formula = "=" + cell.getCellFormula() + " → ";
			type = cell.getCachedFormulaResultType();
		}
		return formula + switch (type) {
			case STRING -> "s:" + cell.getRichStringCellValue().getString();
			case NUMERIC -> "n:" + cell.getNumericCellValue();
			case BOOLEAN -> "b:" + cell.getBooleanCellValue();
			case ERROR -> "e:" + cell.getErrorCellValue();
			default -> "";
		};
	}

	private static Set<String> regions(Sheet sheet) {
		List<String> all = new ArrayList<>();
		for (CellRangeAddress region : sheet.getMergedRegions()) {
			all.add(region.formatAsString());
		}
		return new TreeSet<>(all);
	}

}
