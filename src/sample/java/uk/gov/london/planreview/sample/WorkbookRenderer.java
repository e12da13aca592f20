package uk.gov.london.planreview.sample;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.hssf.usermodel.HSSFPalette;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTColor;

import uk.gov.london.planreview.sample.PlanDocument.Block;
import uk.gov.london.planreview.sample.PlanDocument.Colour;
import uk.gov.london.planreview.sample.PlanDocument.Column;
import uk.gov.london.planreview.sample.PlanDocument.Cover;
import uk.gov.london.planreview.sample.PlanDocument.CoverField;
import uk.gov.london.planreview.sample.PlanDocument.Entry;
import uk.gov.london.planreview.sample.PlanDocument.Field;
import uk.gov.london.planreview.sample.PlanDocument.KeyLine;
import uk.gov.london.planreview.sample.PlanDocument.OptionalEntry;
import uk.gov.london.planreview.sample.PlanDocument.Person;
import uk.gov.london.planreview.sample.PlanDocument.SignOffBlock;
import uk.gov.london.planreview.sample.PlanDocument.Signature;
import uk.gov.london.planreview.sample.PlanProfile.Format;
import uk.gov.london.planreview.sample.PlanProfile.Layout;
import uk.gov.london.planreview.sample.PlanProfile.Quirk;

/**
 * Draws a {@link PlanDocument} as a workbook with Apache POI. Every choice was made by
 * the composer; this class only places cells, so the same document always gives the same
 * bytes.
 */
final class WorkbookRenderer {

	private static final byte[] THEME = readTheme();

	private final PlanDocument doc;

	private final Workbook workbook;

	private final Map<String, CellStyle> styles = new HashMap<>();

	private WorkbookRenderer(PlanDocument doc) {
		this.doc = doc;
		Format format = doc.profile().format();
		this.workbook = switch (format) {
			case XLS -> new HSSFWorkbook();
			case XLSM -> new XSSFWorkbook(XSSFWorkbookType.XLSM);
			case XLSX -> new XSSFWorkbook(XSSFWorkbookType.XLSX);
		};
	}

	/** The workbook's file contents. */
	static byte[] render(PlanDocument doc) {
		try {
			return new WorkbookRenderer(doc).draw();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not draw " + doc.profile().fileName(), ex);
		}
	}

	private byte[] draw() throws IOException {
		prepare();
		cover(this.doc.cover());
		SignOffBlock signOff = this.doc.cover().signOff();
		if (signOff != null && signOff.sheet() != null) {
			Sheet sheet = this.workbook.createSheet(signOff.sheet());
			sheet.setColumnWidth(0, 36 * 256);
			sheet.setColumnWidth(1, 30 * 256);
			signOff(sheet, 0, signOff);
		}
		if (this.doc.actionSheet() != null) {
			actionSheet(this.doc.actionSheet(), this.doc.blocks(), null);
		}
		else {
			for (Block block : this.doc.blocks()) {
				actionSheet(block.sheet(), List.of(block), block.heading());
			}
		}
		if (!this.doc.developing().isEmpty()) {
			developingSheet();
		}
		if (this.doc.optionalSheet() != null) {
			optionalSheet();
		}
		try (ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024)) {
			this.workbook.write(out);
			this.workbook.close();
			return this.workbook instanceof XSSFWorkbook ? StableZip.restamp(out.toByteArray(), stamp())
					: out.toByteArray();
		}
	}

	/**
	 * Fixed document properties and, for OOXML, an Office theme so theme colours can be
	 * resolved.
	 */
	private void prepare() throws IOException {
		if (this.workbook instanceof XSSFWorkbook xssf) {
			xssf.getStylesSource().ensureThemesTable();
			xssf.getTheme().readFrom(new ByteArrayInputStream(THEME));
			POIXMLProperties.CoreProperties core = xssf.getProperties().getCoreProperties();
			Date when = Date.from(stamp().toInstant(ZoneOffset.UTC));
			core.setCreated(Optional.of(when));
			core.setModified(Optional.of(when));
			core.setCreator(this.doc.profile().cspName());
		}
		else if (this.workbook instanceof HSSFWorkbook hssf) {
			// .xls knows colours only through its palette: make the usual RAG shades
			// available
			HSSFPalette palette = hssf.getCustomPalette();
			palette.setColorAtIndex(IndexedColors.DARK_RED.getIndex(), (byte) 0xC0, (byte) 0, (byte) 0);
			palette.setColorAtIndex(IndexedColors.GOLD.getIndex(), (byte) 0xFF, (byte) 0xC0, (byte) 0);
			palette.setColorAtIndex(IndexedColors.BRIGHT_GREEN.getIndex(), (byte) 0, (byte) 0xB0, (byte) 0x50);
			palette.setColorAtIndex(IndexedColors.LIGHT_GREEN.getIndex(), (byte) 0x92, (byte) 0xD0, (byte) 0x50);
			palette.setColorAtIndex(IndexedColors.ROYAL_BLUE.getIndex(), (byte) 0, (byte) 0x70, (byte) 0xC0);
		}
	}

	/**
	 * Nine in the morning of the submission day: the file's own timestamps, never the
	 * wall clock.
	 */
	private LocalDateTime stamp() {
		for (CoverField field : this.doc.cover().fields()) {
			if (field.value() instanceof LocalDate date) {
				return date.atTime(9, 0);
			}
		}
		return LocalDate.of(2021, 12, 10).atTime(9, 0);
	}

	// ---- cover and sign-off

	private void cover(Cover cover) {
		Sheet sheet = this.workbook.createSheet(cover.sheet());
		sheet.setColumnWidth(0, 36 * 256);
		sheet.setColumnWidth(1, 44 * 256);
		sheet.setColumnWidth(2, 40 * 256);
		int r = 0;
		for (String line : cover.titleLines()) {
			text(sheet, r++, 0, line, style("title"));
		}
		r++;
		boolean below = cover.valuesBelow();
		for (CoverField field : cover.fields()) {
			text(sheet, r, 0, field.label(), style("label"));
			int valueRow = below ? r + 1 : r;
			int valueCol = below ? 0 : 1;
			Cell cell = cell(sheet, valueRow, valueCol);
			if (field.value() instanceof LocalDate date) {
				cell.setCellValue(date);
				cell.setCellStyle(dateStyle(this.doc.dateFormat(), null));
			}
			else {
				cell.setCellValue((String) field.value());
				cell.setCellStyle(style("plain"));
			}
			r = valueRow + (below ? 2 : 1);
		}
		r++;
		text(sheet, r++, 0, "Strategic leads", style("label"));
		for (Person person : cover.leads()) {
			int col = below ? 0 : 1;
			text(sheet, r, col, person.name(), style("plain"));
			text(sheet, r++, col + 1, person.role(), style("plain"));
		}
		r++;
		text(sheet, r, 0, "Partner organisations on the CSP board", style("label"));
		if (cover.partnersInOneCell()) {
			text(sheet, below ? r + 1 : r, below ? 0 : 1, String.join("; ", cover.partners()), style("wrap"));
			r += below ? 2 : 1;
		}
		else {
			r += below ? 1 : 0;
			for (String partner : cover.partners()) {
				text(sheet, r++, below ? 0 : 1, partner, style("plain"));
			}
		}
		r++;
		text(sheet, r, 0, "Key meetings that oversee delivery", style("label"));
		r += below ? 1 : 0;
		for (String meeting : cover.meetings()) {
			text(sheet, r++, below ? 0 : 1, meeting, style("plain"));
		}
		if (cover.signOff() != null && cover.signOff().sheet() == null) {
			signOff(sheet, r + 1, cover.signOff());
		}
	}

	private void signOff(Sheet sheet, int start, SignOffBlock block) {
		int r = start;
		text(sheet, r++, 0, block.heading(), style("title"));
		if (block.asTable()) {
			String[] headings = { "Role", "Name", "Date", "Signature" };
			for (int c = 0; c < headings.length; c++) {
				text(sheet, r, c, headings[c], style("header"));
			}
			r++;
			for (Signature signature : block.signatures()) {
				text(sheet, r, 0, signature.role(), style("label"));
				text(sheet, r, 1, signature.name(), style("plain"));
				value(sheet, r, 2, signature.date());
				text(sheet, r++, 3, signature.signature(), style("plain"));
			}
			return;
		}
		for (Signature signature : block.signatures()) {
			text(sheet, r++, 0, signature.role(), style("label"));
			text(sheet, r, 0, "Name", style("plain"));
			text(sheet, r++, 1, signature.name(), style("plain"));
			text(sheet, r, 0, "Date", style("plain"));
			value(sheet, r++, 1, signature.date());
			text(sheet, r, 0, "Signature", style("plain"));
			text(sheet, r++, 1, signature.signature(), style("plain"));
			r++;
		}
	}

	// ---- action tables

	private void actionSheet(String name, List<Block> blocks, String themeHeading) {
		Sheet sheet = this.workbook.createSheet(name);
		List<Column> columns = this.doc.columns();
		int r = 0;
		for (String line : this.doc.titleLines()) {
			text(sheet, r++, 0, line, style("title"));
		}
		if (themeHeading != null && !this.doc.titleLines().isEmpty()) {
			text(sheet, r++, 0, themeHeading, style("title"));
		}
		for (String line : this.doc.instructions()) {
			text(sheet, r++, 0, line, style("italic"));
		}
		if (r > 0 && r < 7) {
			r++;
		}
		r = header(sheet, r, columns);
		int themeCol = indexOf(columns, Field.THEME);
		Layout layout = this.doc.profile().layout();
		int sheetEntries = 0;
		int firstBodyRow = r;
		for (int b = 0; b < blocks.size(); b++) {
			Block block = blocks.get(b);
			if (layout == Layout.SECTION_ROWS) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < columns.size(); c++) {
					row.createCell(c).setCellStyle(style("section"));
				}
				row.getCell(0).setCellValue(block.heading());
				if (this.doc.sectionsMerged() && columns.size() > 1) {
					sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns.size() - 1));
				}
				r++;
			}
			int blockStart = r;
			for (int i = 0; i < block.entries().size(); i++) {
				Entry entry = block.entries().get(i);
				Row row = sheet.createRow(r);
				if (entry.hidden()) {
					row.setZeroHeight(true);
				}
				for (int c = 0; c < columns.size(); c++) {
					Column column = columns.get(c);
					if (column.field() == Field.THEME) {
						boolean write = layout == Layout.THEME_COLUMN_REPEATED || i == 0;
						text(sheet, r, c, write ? block.heading() : null, style(i == 0 ? "theme" : "wrap"));
					}
					else {
						field(sheet, r, c, column.field(), entry, i > 0 ? block.entries().get(i - 1) : null);
					}
				}
				r++;
				sheetEntries++;
			}
			if (layout == Layout.THEME_COLUMN_MERGED && themeCol >= 0 && r - blockStart > 1) {
				sheet.addMergedRegion(new CellRangeAddress(blockStart, r - 1, themeCol, themeCol));
			}
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
	 * Writes the header (one row, or two with a merged group heading) and returns the
	 * first body row.
	 */
	private int header(Sheet sheet, int r, List<Column> columns) {
		boolean twoRows = columns.stream().anyMatch(c -> c.group() != null);
		for (int c = 0; c < columns.size(); c++) {
			Column column = columns.get(c);
			if (column.group() == null) {
				text(sheet, r, c, column.heading(), style("header"));
				if (twoRows) {
					text(sheet, r + 1, c, null, style("header"));
					sheet.addMergedRegion(new CellRangeAddress(r, r + 1, c, c));
				}
				continue;
			}
			boolean firstOfGroup = c == 0 || !column.group().equals(columns.get(c - 1).group());
			text(sheet, r, c, firstOfGroup ? column.group() : null, style("header"));
			text(sheet, r + 1, c, column.heading(), style("header"));
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

	private void field(Sheet sheet, int r, int c, Field field, Entry e, Entry previous) {
		switch (field) {
			case REF -> ref(sheet, r, c, e, previous);
			case TYPE -> text(sheet, r, c, e.typeLabel(), style("wrap"));
			case ACTION -> text(sheet, r, c, e.text(), style("wrap"));
			case OUTCOME -> text(sheet, r, c, e.outcome(), style("wrap"));
			case BASELINE -> number(sheet, r, c, e.baseline());
			case OUTCOME_BASELINE -> text(sheet, r, c,
					e.outcome() == null ? e.baseline()
							: e.baseline() == null ? e.outcome() : e.outcome() + "\nBaseline: " + e.baseline(),
					style("wrap"));
			case LEAD -> text(sheet, r, c, e.lead(), style("wrap"));
			case ORGANISATION -> text(sheet, r, c, e.organisations(), style("wrap"));
			case START -> value(sheet, r, c, e.start());
			case END -> value(sheet, r, c, e.end());
			case TIMESCALE -> text(sheet, r, c, e.timescale(), style("wrap"));
			case PROGRESS -> text(sheet, r, c, e.progress(), style("wrap"));
			case RAG -> rag(sheet, r, c, e.ragText(), e.ragFill());
			case COMMENTS -> text(sheet, r, c, e.comments(), style("wrap"));
			case DOCUMENTS -> text(sheet, r, c, e.documents(), style("wrap"));
			case WARD, FUNDING, LCPF -> text(sheet, r, c, e.extras().get(field), style("wrap"));
			case THEME -> throw new IllegalStateException("theme cells are written by the layout");
		}
	}

	private void ref(Sheet sheet, int r, int c, Entry e, Entry previous) {
		if (e.ref() == null) {
			return;
		}
		Cell cell = cell(sheet, r, c);
		if (this.doc.profile().has(Quirk.NUMERIC_REFS) && e.ref().matches("\\d+\\.\\d")) {
			cell.setCellValue(Double.parseDouble(e.ref()));
			cell.setCellStyle(style("refNumber"));
		}
		else if (e.refFormula() && previous != null && previous.ref() != null) {
			// the next reference worked out from the one above, with its cached result as
			// Excel would save it
			String above = new CellAddress(r - 1, c).formatAsString();
			cell.setCellFormula("LEFT(" + above + ",FIND(\".\"," + above + "))&(MID(" + above + ",FIND(\".\"," + above
					+ ")+1,3)+1)");
			cell.setCellValue(e.ref());
			cell.setCellStyle(style("wrap"));
		}
		else {
			cell.setCellValue(e.ref());
			cell.setCellStyle(style(this.doc.profile().has(Quirk.TEXT_NUMBERS) ? "textFormat" : "wrap"));
		}
	}

	/**
	 * A baseline that is a bare number is a number cell, or text formatted as text where
	 * the plan does that.
	 */
	private void number(Sheet sheet, int r, int c, String value) {
		if (value != null && value.matches("\\d+") && !this.doc.profile().has(Quirk.TEXT_NUMBERS)) {
			Cell cell = cell(sheet, r, c);
			cell.setCellValue(Double.parseDouble(value));
			cell.setCellStyle(style("wrap"));
			return;
		}
		text(sheet, r, c, value, style(this.doc.profile().has(Quirk.TEXT_NUMBERS) ? "textFormat" : "wrap"));
	}

	private void rag(Sheet sheet, int r, int c, String text, Colour fill) {
		Cell cell = cell(sheet, r, c);
		if (text != null) {
			cell.setCellValue(text);
		}
		cell.setCellStyle(fill == null ? style("wrap") : filled(fill));
	}

	private void key(Sheet sheet, int r, List<Column> columns, int firstRow, int lastRow, int count) {
		for (KeyLine line : this.doc.key()) {
			if (line.colour() != null) {
				cell(sheet, r, 0).setCellStyle(filled(line.colour()));
				text(sheet, r++, 1, line.text(), style("plain"));
			}
			else {
				text(sheet, r++, 0, line.text(), style(line.text().endsWith(":") ? "label" : "plain"));
			}
		}
		int actionCol = indexOf(columns, Field.ACTION);
		if (this.doc.profile().has(Quirk.FORMULA_REFS) && actionCol >= 0 && lastRow >= firstRow) {
			text(sheet, r, 0, "Total actions:", style("label"));
			Cell total = cell(sheet, r, 1);
			String range = new CellRangeAddress(firstRow, lastRow, actionCol, actionCol).formatAsString();
			total.setCellFormula("COUNTA(" + range + ")");
			total.setCellValue(count);
		}
	}

	// ---- developing and optional tabs

	private void developingSheet() {
		Sheet sheet = this.workbook.createSheet(this.doc.developingSheet());
		int r = 0;
		text(sheet, r++, 0, "Developing actions – aspirations not yet resourced", style("title"));
		r++;
		boolean leadOnly = this.doc.profile().has(Quirk.LEAD_ONLY);
		List<String> headings = leadOnly
				? List.of("Ref", "Theme", "Developing action", "Outcome", "Named lead", "Timescale", "Comments")
				: List.of("Ref", "Theme", "Developing action", "Outcome", "Named lead", "Lead organisation",
						"Timescale", "Comments");
		for (int c = 0; c < headings.size(); c++) {
			text(sheet, r, c, headings.get(c), style("header"));
		}
		r++;
		for (Block block : this.doc.developing()) {
			for (Entry e : block.entries()) {
				int c = 0;
				text(sheet, r, c++, e.ref(), style("wrap"));
				text(sheet, r, c++, block.heading(), style("wrap"));
				text(sheet, r, c++, e.text(), style("wrap"));
				text(sheet, r, c++, e.outcome(), style("wrap"));
				text(sheet, r, c++, e.lead(), style("wrap"));
				if (!leadOnly) {
					text(sheet, r, c++, e.organisations(), style("wrap"));
				}
				Object when = e.timescale() != null ? e.timescale() : e.end();
				value(sheet, r, c++, when);
				text(sheet, r++, c, e.comments(), style("wrap"));
			}
		}
		int[] widths = { 8, 26, 55, 38, 24, 24, 16, 30 };
		for (int c = 0; c < headings.size(); c++) {
			sheet.setColumnWidth(c, widths[c] * 256);
		}
	}

	private void optionalSheet() {
		Sheet sheet = this.workbook.createSheet(this.doc.optionalSheet());
		int r = 0;
		text(sheet, r++, 0, "Menu of optional actions – mark those the partnership will adopt", style("title"));
		r++;
		List<String> headings = this.doc.optionalHeadings();
		for (int c = 0; c < headings.size(); c++) {
			text(sheet, r, c, headings.get(c), style("header"));
			sheet.setColumnWidth(c, (c == 2 ? 50 : c < 2 ? 12 : 22) * 256);
		}
		r++;
		boolean leadOnly = this.doc.profile().has(Quirk.LEAD_ONLY);
		for (OptionalEntry o : this.doc.optional()) {
			int c = 0;
			text(sheet, r, c++, o.ref(), style("wrap"));
			text(sheet, r, c++, o.theme(), style("wrap"));
			text(sheet, r, c++, o.text(), style("wrap"));
			text(sheet, r, c++, o.adopted(), style("wrap"));
			text(sheet, r, c++, o.lead(), style("wrap"));
			if (!leadOnly) {
				text(sheet, r, c++, o.organisations(), style("wrap"));
			}
			text(sheet, r, c++, o.outcome(), style("wrap"));
			text(sheet, r, c++, o.timescale(), style("wrap"));
			rag(sheet, r++, c, o.ragText(), o.ragFill());
		}
	}

	// ---- cells and styles

	private static int indexOf(List<Column> columns, Field field) {
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i).field() == field) {
				return i;
			}
		}
		return -1;
	}

	private static Cell cell(Sheet sheet, int r, int c) {
		Row row = sheet.getRow(r);
		if (row == null) {
			row = sheet.createRow(r);
		}
		Cell cell = row.getCell(c);
		return cell != null ? cell : row.createCell(c);
	}

	/** A text cell; a blank value still gets its style (borders) but no content. */
	private static void text(Sheet sheet, int r, int c, String value, CellStyle style) {
		Cell cell = cell(sheet, r, c);
		if (value != null && !value.isEmpty()) {
			cell.setCellValue(value);
		}
		cell.setCellStyle(style);
	}

	/** A date cell for a date, text otherwise. */
	private void value(Sheet sheet, int r, int c, Object value) {
		if (value instanceof LocalDate date) {
			Cell cell = cell(sheet, r, c);
			cell.setCellValue(date);
			cell.setCellStyle(dateStyle(this.doc.dateFormat(), "wrap"));
		}
		else {
			text(sheet, r, c, (String) value, style("wrap"));
		}
	}

	private CellStyle style(String name) {
		CellStyle style = this.styles.get(name);
		if (style == null) {
			style = createStyle(name);
			this.styles.put(name, style);
		}
		return style;
	}

	private CellStyle createStyle(String name) {
		CellStyle style = this.workbook.createCellStyle();
		style.setVerticalAlignment(VerticalAlignment.TOP);
		switch (name) {
			case "title" -> style.setFont(font(true, false, 14));
			case "label" -> style.setFont(font(true, false, 11));
			case "italic" -> style.setFont(font(false, true, 10));
			case "plain" -> {
			}
			case "header" -> {
				bordered(style);
				style.setWrapText(true);
				style.setAlignment(HorizontalAlignment.CENTER);
				style.setFont(font(true, false, 11));
				fill(style, IndexedColors.GREY_25_PERCENT, "D9D9D9");
			}
			case "section" -> {
				style.setFont(font(true, false, 12));
				fill(style, IndexedColors.PALE_BLUE, "DDEBF7");
			}
			case "theme" -> {
				bordered(style);
				style.setWrapText(true);
				style.setFont(font(true, false, 11));
			}
			case "refNumber" -> {
				bordered(style);
				style.setDataFormat(this.workbook.createDataFormat().getFormat("0.0"));
			}
			case "textFormat" -> {
				bordered(style);
				style.setWrapText(true);
				style.setDataFormat(this.workbook.createDataFormat().getFormat("@"));
			}
			default -> {
				bordered(style);
				style.setWrapText(true);
			}
		}
		return style;
	}

	private CellStyle dateStyle(String format, String base) {
		String key = "date:" + format + ":" + base;
		CellStyle style = this.styles.get(key);
		if (style == null) {
			style = this.workbook.createCellStyle();
			if (base != null) {
				style.cloneStyleFrom(style(base));
			}
			style.setDataFormat(this.workbook.createDataFormat().getFormat(format));
			this.styles.put(key, style);
		}
		return style;
	}

	private CellStyle filled(Colour colour) {
		String key = "fill:" + colour;
		CellStyle style = this.styles.get(key);
		if (style != null) {
			return style;
		}
		style = this.workbook.createCellStyle();
		style.cloneStyleFrom(style("wrap"));
		style.setAlignment(HorizontalAlignment.CENTER);
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		if (style instanceof XSSFCellStyle xssf) {
			CTColor ct = CTColor.Factory.newInstance();
			if (colour.themed()) {
				ct.setTheme(colour.theme());
				if (colour.tint() != 0) {
					ct.setTint(colour.tint());
				}
			}
			else {
				ct.setRgb(HexFormat.of().parseHex("FF" + colour.rgb()));
			}
			xssf.setFillForegroundColor(XSSFColor.from(ct, null));
		}
		else {
			style.setFillForegroundColor(hssfIndex(colour.rgb()));
		}
		this.styles.put(key, style);
		return style;
	}

	private static short hssfIndex(String rgb) {
		IndexedColors colour = switch (rgb) {
			case "C00000" -> IndexedColors.DARK_RED;
			case "FFC000" -> IndexedColors.GOLD;
			case "00B050" -> IndexedColors.BRIGHT_GREEN;
			case "92D050" -> IndexedColors.LIGHT_GREEN;
			case "0070C0" -> IndexedColors.ROYAL_BLUE;
			default -> IndexedColors.RED;
		};
		return colour.getIndex();
	}

	private void fill(CellStyle style, IndexedColors indexed, String rgb) {
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		if (style instanceof XSSFCellStyle xssf) {
			xssf.setFillForegroundColor(new XSSFColor(HexFormat.of().parseHex(rgb), null));
		}
		else {
			style.setFillForegroundColor(indexed.getIndex());
		}
	}

	private static void bordered(CellStyle style) {
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
	}

	private Font font(boolean bold, boolean italic, int points) {
		Font font = this.workbook.createFont();
		font.setBold(bold);
		font.setItalic(italic);
		font.setFontHeightInPoints((short) points);
		return font;
	}

	private static byte[] readTheme() {
		try (InputStream in = WorkbookRenderer.class.getResourceAsStream("office-theme.xml")) {
			if (in == null) {
				throw new IOException("missing office-theme.xml");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
