package uk.gov.london.planreview.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds small workbooks for tests, cell by cell, the way councils' files are laid out: a
 * cover sheet of labels and values, action tables anywhere on a sheet, merged cells,
 * fills, hidden rows and columns.
 */
public final class FixtureWorkbook {

	private final Workbook workbook;

	private Sheet sheet;

	private final Map<String, CellStyle> fills = new HashMap<>();

	private CellStyle dateStyle;

	private FixtureWorkbook(Workbook workbook) {
		this.workbook = workbook;
	}

	public static FixtureWorkbook xlsx() {
		return new FixtureWorkbook(new XSSFWorkbook());
	}

	public static FixtureWorkbook xls() {
		return new FixtureWorkbook(new HSSFWorkbook());
	}

	public FixtureWorkbook sheet(String name) {
		this.sheet = this.workbook.createSheet(name);
		return this;
	}

	/** A cell by reference ("B3"): strings, numbers, booleans or dates. */
	public FixtureWorkbook cell(String ref, Object value) {
		CellReference r = new CellReference(ref);
		set(cellAt(r.getRow(), r.getCol()), value);
		return this;
	}

	/**
	 * Values across a row, from column A, at a 1-based row number; null leaves a cell
	 * empty.
	 */
	public FixtureWorkbook row(int rowNumber, Object... values) {
		for (int c = 0; c < values.length; c++) {
			if (values[c] != null) {
				set(cellAt(rowNumber - 1, c), values[c]);
			}
		}
		return this;
	}

	public FixtureWorkbook formula(String ref, String formula, String cachedText) {
		CellReference r = new CellReference(ref);
		Cell cell = cellAt(r.getRow(), r.getCol());
		cell.setCellFormula(formula);
		// On a formula cell this sets the value Excel would have cached; nothing is
		// evaluated.
		cell.setCellValue(cachedText);
		return this;
	}

	public FixtureWorkbook merge(String range) {
		this.sheet.addMergedRegion(CellRangeAddress.valueOf(range));
		return this;
	}

	/**
	 * A solid fill in RGB hex ("FF0000"), optionally tinted as Excel's theme shades are.
	 */
	public FixtureWorkbook fill(String ref, String rgbHex) {
		CellReference r = new CellReference(ref);
		Cell cell = cellAt(r.getRow(), r.getCol());
		cell.setCellStyle(this.fills.computeIfAbsent(rgbHex, this::fillStyle));
		return this;
	}

	public FixtureWorkbook hideRow(int rowNumber) {
		rowAt(rowNumber - 1).setZeroHeight(true);
		return this;
	}

	/** Hides the current sheet's tab. */
	public FixtureWorkbook hideSheet() {
		this.workbook.setSheetHidden(this.workbook.getSheetIndex(this.sheet), true);
		return this;
	}

	public FixtureWorkbook hideColumn(String column) {
		this.sheet.setColumnHidden(CellReference.convertColStringToIndex(column), true);
		return this;
	}

	public Path write(Path file) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		try (OutputStream out = Files.newOutputStream(file); Workbook wb = this.workbook) {
			wb.write(out);
		}
		return file;
	}

	private CellStyle fillStyle(String rgbHex) {
		CellStyle style = this.workbook.createCellStyle();
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		if (style instanceof XSSFCellStyle xssf) {
			xssf.setFillForegroundColor(new XSSFColor(java.util.HexFormat.of().parseHex(rgbHex)));
		}
		else {
			org.apache.poi.hssf.usermodel.HSSFPalette palette = ((HSSFWorkbook) this.workbook).getCustomPalette();
			byte[] rgb = java.util.HexFormat.of().parseHex(rgbHex);
			style.setFillForegroundColor(palette.findSimilarColor(rgb[0], rgb[1], rgb[2]).getIndex());
		}
		return style;
	}

	private void set(Cell cell, Object value) {
		if (value instanceof Number n) {
			cell.setCellValue(n.doubleValue());
		}
		else if (value instanceof Boolean b) {
			cell.setCellValue(b);
		}
		else if (value instanceof LocalDate d) {
			cell.setCellValue(d);
			if (this.dateStyle == null) {
				this.dateStyle = this.workbook.createCellStyle();
				this.dateStyle
					.setDataFormat(this.workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
			}
			cell.setCellStyle(this.dateStyle);
		}
		else {
			cell.setCellValue(String.valueOf(value));
		}
	}

	private Cell cellAt(int row, int column) {
		Row r = rowAt(row);
		Cell cell = r.getCell(column);
		return cell != null ? cell : r.createCell(column);
	}

	private Row rowAt(int row) {
		Row r = this.sheet.getRow(row);
		return r != null ? r : this.sheet.createRow(row);
	}

}
