package uk.gov.london.planreview.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * Read-only access to one sheet's cells as text, as a person sees them: Excel's cached
 * values for formulas (nothing is evaluated), numbers as formatted, non-breaking spaces
 * and control characters cleaned, and merged regions answered by their top-left cell.
 */
final class SheetView {

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\uFFFE\\uFFFF]");

	private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0\\u2007\\u202F]+");

	/**
	 * Longer than any heading or label: such a cell is a value, and needs no closer look.
	 */
	static final int LONGEST_LABEL = 80;

	private static final Pattern TRAILING_MARKS = Pattern.compile("[*:.?]+$");

	private static final Pattern SLASH = Pattern.compile("\\s*/\\s*");

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private final Sheet sheet;

	private final DataFormatter formatter;

	private final Map<Long, CellRangeAddress> merged = new HashMap<>();

	SheetView(Sheet sheet, DataFormatter formatter) {
		this.sheet = sheet;
		this.formatter = formatter;
		for (CellRangeAddress region : sheet.getMergedRegions()) {
			// Whole-column merges do occur in templates; cap them to the used area.
			int last = Math.min(region.getLastRow(), Math.max(sheet.getLastRowNum(), region.getFirstRow()));
			for (int r = region.getFirstRow(); r <= last; r++) {
				for (int c = region.getFirstColumn(); c <= Math.min(region.getLastColumn(), 200); c++) {
					this.merged.put(key(r, c), region);
				}
			}
		}
	}

	String name() {
		return this.sheet.getSheetName();
	}

	/** The sheet's name without the stray spaces people leave in tab names. */
	String displayName() {
		return this.sheet.getSheetName().trim();
	}

	/** Whether the sheet's tab is hidden in the workbook. */
	boolean hidden() {
		int index = this.sheet.getWorkbook().getSheetIndex(this.sheet);
		return this.sheet.getWorkbook().isSheetHidden(index) || this.sheet.getWorkbook().isSheetVeryHidden(index);
	}

	int lastRow() {
		return this.sheet.getLastRowNum();
	}

	int lastColumn(int row) {
		Row r = this.sheet.getRow(row);
		return r == null ? -1 : r.getLastCellNum() - 1;
	}

	Cell cell(int row, int column) {
		Row r = this.sheet.getRow(row);
		return r == null || column < 0 ? null : r.getCell(column);
	}

	/** The cell's own text, ignoring merges. */
	String ownText(int row, int column) {
		return text(cell(row, column));
	}

	/** The text shown at this position: for a merged region, its top-left cell's text. */
	String text(int row, int column) {
		CellRangeAddress region = this.merged.get(key(row, column));
		if (region != null) {
			return ownText(region.getFirstRow(), region.getFirstColumn());
		}
		return ownText(row, column);
	}

	/** Whether this position is inside a merged region but not its top-left cell. */
	boolean mergedContinuation(int row, int column) {
		CellRangeAddress region = this.merged.get(key(row, column));
		return region != null && (region.getFirstRow() != row || region.getFirstColumn() != column);
	}

	/** A date cell's date (cached value for formulas), when the cell holds a date. */
	Optional<LocalDate> date(int row, int column) {
		Cell cell = cell(row, column);
		if (cell == null) {
			CellRangeAddress region = this.merged.get(key(row, column));
			if (region == null) {
				return Optional.empty();
			}
			cell = cell(region.getFirstRow(), region.getFirstColumn());
			if (cell == null) {
				return Optional.empty();
			}
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			try {
				return Optional.ofNullable(cell.getLocalDateTimeCellValue()).map(LocalDateTime::toLocalDate);
			}
			catch (IllegalStateException | IllegalArgumentException ex) {
				return Optional.empty();
			}
		}
		return Optional.empty();
	}

	boolean rowHidden(int row) {
		Row r = this.sheet.getRow(row);
		return r != null && r.getZeroHeight();
	}

	boolean columnHidden(int column) {
		return this.sheet.isColumnHidden(column);
	}

	/** {@code Sheet!B12}, as findings.csv locates a cell. */
	String location(int row, int column) {
		return displayName() + "!" + new CellReference(row, column).formatAsString(false);
	}

	/** {@code Sheet!12}, a whole row. */
	String rowLocation(int row) {
		return displayName() + "!" + (row + 1);
	}

	/** Whether every cell of the row is blank. */
	boolean blankRow(int row, int toColumn) {
		for (int c = 0; c <= toColumn; c++) {
			if (!ownText(row, c).isEmpty()) {
				return false;
			}
		}
		return true;
	}

	private String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		String raw;
		try {
			raw = this.formatter.formatCellValue(cell);
		}
		catch (RuntimeException ex) {
			// A corrupt number format must not lose the row: fall back to the raw value.
			raw = rawValue(cell);
		}
		return clean(raw);
	}

	private static String rawValue(Cell cell) {
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case STRING -> cell.getStringCellValue();
			case NUMERIC -> String.valueOf(cell.getNumericCellValue());
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
			default -> "";
		};
	}

	/** Text as a reader sees it: no control characters, single spaces, trimmed lines. */
	static String clean(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		if (plain(text)) {
			return text;
		}
		String cleaned = CONTROL.matcher(text.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("");
		StringBuilder out = new StringBuilder(cleaned.length());
		for (String line : cleaned.split("\n")) {
			String trimmed = SPACES.matcher(line).replaceAll(" ").trim();
			if (!trimmed.isEmpty()) {
				if (out.length() > 0) {
					out.append('\n');
				}
				out.append(trimmed);
			}
		}
		return out.toString();
	}

	/**
	 * Printable text with single spaces and nothing to trim: most cells, which need no
	 * cleaning.
	 */
	private static boolean plain(String text) {
		char previous = ' ';
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < ' ' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\uFFFE' || c == '\uFFFF'
					|| c == 0x7F || (c >= 0x80 && c <= 0x9F) || (c == ' ' && previous == ' ')) {
				return false;
			}
			previous = c;
		}
		return previous != ' ';
	}

	/**
	 * A column heading or cover label as it is compared: lower case, one line, single
	 * spaces, no trailing colon, full stop, question mark or asterisk, "a / b" as "a/b";
	 * empty for text too long to be one.
	 */
	static String label(String text) {
		if (text.length() > LONGEST_LABEL) {
			return "";
		}
		String key = TRAILING_MARKS.matcher(normalise(text)).replaceAll("");
		return SLASH.matcher(WHITESPACE.matcher(key).replaceAll(" ")).replaceAll("/").trim();
	}

	/** Lower-case text on one line, for comparing headings and labels. */
	static String normalise(String text) {
		return clean(text).toLowerCase(Locale.ROOT).replace('\n', ' ').replace('’', '\'').trim();
	}

	private static long key(int row, int column) {
		return ((long) row << 16) | column;
	}

}
