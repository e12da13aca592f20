package uk.gov.london.planreview.export;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

import uk.gov.london.planreview.archive.AtomicFiles;
import uk.gov.london.planreview.quarter.Quarter;

/**
 * review.xlsx: the quarter's tables as one workbook for analysts, a sheet each, with the
 * same rows and columns as the CSV files. Numbers, percentages and dates are typed (a
 * fall in a score is the number -1.2, which sorts and sums); text stays text, even when
 * it starts with "=", so nothing in it is ever a formula. Each sheet has its header row
 * frozen, a filter on every column and widths that fit; RAG ratings and severities are
 * shaded and written as words; plans link to their feedback.
 *
 * <p>
 * Written with POI's streaming workbook: a window of rows in memory, the rest in a
 * temporary file, so 165,000 actions fit in a small heap. Its dates are the review date's
 * (POI gives the package's entries a fixed time), so the same review gives the same
 * bytes.
 */
public final class ReviewWorkbook implements Sheets, Closeable {

	/** Who the workbook's properties say wrote it: the documents' authors. */
	static final String AUTHOR = "MOPAC, the Metropolitan Police Service and London Councils";

	/** Excel's limit on the text of a cell. */
	static final int MAX_TEXT = 32_767;

	private static final String TRUNCATED = " … (cut short: Excel holds 32,767 characters in a cell; the CSV file has it all)";

	private static final int ROWS_IN_MEMORY = 100;

	private static final int MIN_WIDTH = 6;

	private static final int MAX_WIDTH = 60;

	/** Room for the filter's drop-down arrow beside a heading. */
	private static final int FILTER_ARROW = 3;

	private static final String HEADER_FILL = "D9E2F3";

	private final SXSSFWorkbook workbook;

	private final boolean links;

	private final Map<String, CellStyle> styles = new HashMap<>();

	private final List<Table> tables = new ArrayList<>();

	/**
	 * @param date the review date, which the workbook's properties carry
	 * @param linksToFeedback whether each plan's feedback is beside the workbook to link
	 * to (not when the run makes no documents)
	 */
	public ReviewWorkbook(Quarter quarter, Instant date, boolean linksToFeedback) {
		this.workbook = new SXSSFWorkbook(null, ROWS_IN_MEMORY, false, false);
		this.links = linksToFeedback;
		POIXMLProperties properties = this.workbook.getXSSFWorkbook().getProperties();
		POIXMLProperties.CoreProperties core = properties.getCoreProperties();
		core.setTitle("Review of the violence reduction action plans: the tables, " + quarter);
		core.setSubjectProperty("Quarter " + quarter + ": " + quarter.describe());
		core.setCreator(AUTHOR);
		core.setKeywords(quarter.toString());
		core.setCreated(Optional.of(Date.from(date)));
		core.setModified(Optional.of(Date.from(date)));
		properties.getCustomProperties().addProperty("Quarter", quarter.toString());
	}

	@Override
	public Rows sheet(String name, List<String> columns) {
		Table table = new Table(this.workbook.createSheet(name), columns);
		this.tables.add(table);
		return table;
	}

	/** Finishes every sheet and writes the workbook whole. */
	public void write(Path target) throws IOException {
		for (Table table : this.tables) {
			table.finish();
		}
		AtomicFiles.write(target, this.workbook::write);
	}

	@Override
	public void close() throws IOException {
		this.workbook.dispose();
		this.workbook.close();
	}

	/** One sheet: its header row first, then its rows as they come. */
	private final class Table implements Rows {

		private final SXSSFSheet sheet;

		private final int[] widths;

		private int next = 1;

		Table(SXSSFSheet sheet, List<String> columns) {
			this.sheet = sheet;
			this.widths = new int[columns.size()];
			Row header = sheet.createRow(0);
			for (int i = 0; i < columns.size(); i++) {
				Cell cell = header.createCell(i);
				cell.setCellValue(columns.get(i));
				cell.setCellStyle(header());
				this.widths[i] = columns.get(i).length() + FILTER_ARROW;
			}
			sheet.createFreezePane(0, 1);
			sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
			sheet.getPrintSetup().setLandscape(true);
			sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
		}

		@Override
		public void row(List<?> values) throws IOException {
			Row row = this.sheet.createRow(this.next++);
			for (int i = 0; i < values.size(); i++) {
				int length = cell(row, i, values.get(i));
				this.widths[i] = Math.max(this.widths[i], length);
			}
		}

		/** Writes a value into its cell; returns how wide it shows, in characters. */
		private int cell(Row row, int column, Object value) {
			String text = TableValue.text(value);
			if (text.isEmpty()) {
				return 0;
			}
			Cell cell = row.createCell(column);
			if (value instanceof TableValue.Number number) {
				cell.setCellValue(number.value());
				cell.setCellStyle(number(number.format()));
			}
			else if (value instanceof Integer || value instanceof Long) {
				cell.setCellValue(((java.lang.Number) value).doubleValue());
				cell.setCellStyle(number("0"));
			}
			else if (value instanceof LocalDate date) {
				cell.setCellValue(date);
				cell.setCellStyle(number("yyyy-mm-dd"));
			}
			else if (value instanceof LocalDateTime time) {
				cell.setCellValue(time);
				cell.setCellStyle(number("yyyy-mm-dd hh:mm"));
			}
			else if (value instanceof TableValue.Shaded shaded) {
				cell.setCellValue(text);
				if (shaded.fill() != null) {
					cell.setCellStyle(shaded(shaded.fill()));
				}
			}
			else if (value instanceof TableValue.Link link && ReviewWorkbook.this.links) {
				Hyperlink hyperlink = ReviewWorkbook.this.workbook.getCreationHelper()
					.createHyperlink(HyperlinkType.FILE);
				hyperlink.setAddress(link.target());
				cell.setCellValue(text);
				cell.setHyperlink(hyperlink);
				cell.setCellStyle(link());
			}
			else {
				text(cell, text);
			}
			return text.length();
		}

		/**
		 * Text as text: a string cell is never a formula, whatever it starts with. One
		 * that looks like a formula is also marked so that Excel keeps it as text when
		 * someone edits it.
		 */
		private void text(Cell cell, String text) {
			cell.setCellValue(
					text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT - TRUNCATED.length()) + TRUNCATED : text);
			char first = text.charAt(0);
			if (first == '=' || first == '+' || first == '-' || first == '@') {
				cell.setCellStyle(quoted());
			}
		}

		void finish() {
			for (int i = 0; i < this.widths.length; i++) {
				this.sheet.setColumnWidth(i, Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, this.widths[i] + 1)) * 256);
			}
			this.sheet.setAutoFilter(new CellRangeAddress(0, this.next - 1, 0, this.widths.length - 1));
		}

	}

	/** A cell style, made once: a workbook holds a limited number. */
	private CellStyle style(String key, Consumer<XSSFCellStyle> setup) {
		return this.styles.computeIfAbsent(key, k -> {
			XSSFCellStyle style = (XSSFCellStyle) this.workbook.createCellStyle();
			setup.accept(style);
			return style;
		});
	}

	private CellStyle header() {
		return style("header", style -> {
			Font bold = this.workbook.createFont();
			bold.setBold(true);
			style.setFont(bold);
			fill(style, HEADER_FILL);
			style.setBorderBottom(BorderStyle.THIN);
		});
	}

	private CellStyle number(String format) {
		return style("number " + format,
				style -> style.setDataFormat(this.workbook.createDataFormat().getFormat(format)));
	}

	private CellStyle shaded(String rgb) {
		return style("shaded " + rgb, style -> fill(style, rgb));
	}

	private CellStyle link() {
		return style("link", style -> {
			Font link = this.workbook.createFont();
			link.setUnderline(Font.U_SINGLE);
			link.setColor(IndexedColors.BLUE.getIndex());
			style.setFont(link);
		});
	}

	private CellStyle quoted() {
		return style("quoted", style -> style.setQuotePrefixed(true));
	}

	private static void fill(XSSFCellStyle style, String rgb) {
		style.setFillForegroundColor(new XSSFColor(HexFormat.of().parseHex(rgb), null));
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
	}

}
