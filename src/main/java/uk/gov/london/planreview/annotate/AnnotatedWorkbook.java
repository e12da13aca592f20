package uk.gov.london.planreview.annotate;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFFont;
import org.apache.poi.hssf.usermodel.HSSFPalette;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import uk.gov.london.planreview.archive.AtomicFiles;
import uk.gov.london.planreview.archive.StableZip;
import uk.gov.london.planreview.reference.Wording;
import uk.gov.london.planreview.text.Wrapping;

/**
 * A partnership's own workbook with the review's remarks added, and nothing else changed:
 * a note (cell comment) on each cell a remark concerns, a light highlight on those cells
 * that have no fill of their own, and a first sheet listing every remark with a link to
 * its cell. The plan's cells, formulas and their saved values, sheets, hidden rows,
 * merged regions and macros are kept as they are; nothing is evaluated, run or fetched.
 * The file is opened from a copy in memory: the input is never written to.
 */
final class AnnotatedWorkbook implements Closeable {

	/**
	 * Pale yellow: light, and read as no rating at all (too pale an amber), so a
	 * highlighted RAG cell still reads as the partnership left it.
	 */
	static final int[] HIGHLIGHT = { 0xFF, 0xF2, 0xCC };

	private static final int COMMENT_WIDTH = 4;

	private static final int MAX_CELL_TEXT = 32_767;

	/** The list's columns, in characters: where, concerning, what the review says. */
	private static final int[] WIDTHS = { 24, 40, 100 };

	private final Workbook workbook;

	private final Map<Integer, CellStyle> highlighted = new HashMap<>();

	private Short highlightIndex;

	private AnnotatedWorkbook(Workbook workbook) {
		this.workbook = workbook;
	}

	/**
	 * Opens a workbook the review has read (so it is known not to be damaged, encrypted
	 * or a zip bomb), keeping every part POI does not use, macros included.
	 */
	static AnnotatedWorkbook open(Path file) throws IOException {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
			FileMagic magic = FileMagic.valueOf(FileMagic.prepareToCheckMagic(in));
			return switch (magic) {
				case OOXML -> new AnnotatedWorkbook(new XSSFWorkbook(in));
				// preserveNodes: the macros and any other streams of the file are written
				// back as they were.
				case OLE2 -> new AnnotatedWorkbook(new HSSFWorkbook(new POIFSFileSystem(in), true));
				default -> throw new IOException("not an Excel workbook");
			};
		}
	}

	Workbook workbook() {
		return this.workbook;
	}

	/** The extension the annotated copy takes: the one its content calls for. */
	String extension() {
		if (this.workbook instanceof XSSFWorkbook xssf) {
			return xssf.isMacroEnabled() ? "xlsm" : "xlsx";
		}
		return "xls";
	}

	/**
	 * Adds the remarks: notes on the cells, and the list of all of them as the first
	 * sheet.
	 * @param title what the list is headed
	 * @param intro the line under the heading
	 * @param author who the notes are from
	 */
	void annotate(List<Remark> remarks, String title, String intro, String author, Wording wording) {
		Map<Sheet, Map<CellAddress, List<Remark>>> byCell = new LinkedHashMap<>();
		List<Listed> listed = new ArrayList<>();
		for (Remark remark : remarks) {
			Optional<Sheet> sheet = sheet(remark.sheet());
			if (remark.onCell() && sheet.isPresent()) {
				CellAddress address = visible(sheet.get(), remark.row(), remark.column());
				byCell.computeIfAbsent(sheet.get(), s -> new LinkedHashMap<>())
					.computeIfAbsent(address, a -> new ArrayList<>())
					.add(remark);
				listed.add(new Listed(remark, sheet.get(), address));
			}
			else {
				listed.add(new Listed(remark, sheet.orElse(null), null));
			}
		}
		Set<Listed> notOnCell = new HashSet<>();
		byCell.forEach((sheet, cells) -> cells.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
			if (!note(sheet, entry.getKey(), entry.getValue(), author)) {
				listed.stream().filter(l -> entry.getValue().contains(l.remark())).forEach(notOnCell::add);
			}
		}));
		listed.sort(Comparator.comparingInt(Listed::order)
			.thenComparingInt(l -> l.sheet() == null ? -1 : this.workbook.getSheetIndex(l.sheet()))
			.thenComparingInt(l -> l.address() == null ? -1 : l.address().getRow())
			.thenComparingInt(l -> l.address() == null ? -1 : l.address().getColumn()));
		list(listed, notOnCell, title, intro, wording);
	}

	/** A remark as the list shows it: the whole plan first, then sheet by sheet. */
	private record Listed(Remark remark, Sheet sheet, CellAddress address) {

		int order() {
			return this.sheet == null ? 0 : 1;
		}

	}

	/**
	 * Writes the workbook whole, its parts stamped with the review date so the same
	 * review gives the same bytes.
	 */
	void write(Path target, LocalDateTime stamp) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		this.workbook.write(bytes);
		byte[] content = this.workbook instanceof XSSFWorkbook ? StableZip.restamp(bytes.toByteArray(), stamp)
				: bytes.toByteArray();
		AtomicFiles.write(target, out -> out.write(content));
	}

	@Override
	public void close() throws IOException {
		this.workbook.close();
	}

	/** A sheet by the name actions and findings give it (trimmed of stray spaces). */
	private Optional<Sheet> sheet(String name) {
		if (name.isEmpty()) {
			return Optional.empty();
		}
		for (Sheet sheet : this.workbook) {
			if (sheet.getSheetName().trim().equals(name)) {
				return Optional.of(sheet);
			}
		}
		return Optional.empty();
	}

	/** The cell a person sees there: a merged region's top-left cell. */
	private static CellAddress visible(Sheet sheet, int row, int column) {
		for (CellRangeAddress region : sheet.getMergedRegions()) {
			if (region.isInRange(row, column)) {
				return new CellAddress(region.getFirstRow(), region.getFirstColumn());
			}
		}
		return new CellAddress(row, column);
	}

	/**
	 * Puts the remarks on their cell as one note, and highlights the cell; false when the
	 * cell already has a note of its own, which is left alone.
	 */
	private boolean note(Sheet sheet, CellAddress address, List<Remark> remarks, String author) {
		if (sheet.getCellComment(address) != null) {
			return false;
		}
		Row row = sheet.getRow(address.getRow());
		if (row == null) {
			row = sheet.createRow(address.getRow());
		}
		Cell cell = row.getCell(address.getColumn());
		if (cell == null) {
			cell = row.createCell(address.getColumn());
		}
		String text = String.join("\n\n", remarks.stream().map(Remark::text).distinct().toList());
		CreationHelper helper = this.workbook.getCreationHelper();
		CellAddress box = boxCorner(sheet, address);
		ClientAnchor anchor = helper.createClientAnchor();
		anchor.setCol1(box.getColumn());
		anchor.setCol2(box.getColumn() + COMMENT_WIDTH);
		anchor.setRow1(box.getRow());
		anchor.setRow2(box.getRow() + Math.min(30, 2 + text.length() / 60));
		Comment comment = drawing(sheet).createCellComment(anchor);
		comment.setString(helper.createRichTextString(text));
		comment.setAuthor(author);
		cell.setCellComment(comment);
		highlight(cell);
		return true;
	}

	/**
	 * Where the note's box opens when shown: beside its cell, as Excel places it. (POI
	 * files a new note under its box's corner until it is given its cell, and refuses a
	 * corner another note is filed under: notes go on left to right, so the cell to the
	 * right is free unless the partnership noted it.)
	 */
	private static CellAddress boxCorner(Sheet sheet, CellAddress cell) {
		for (int down = 0; down < 50; down++) {
			CellAddress corner = new CellAddress(cell.getRow() + down, cell.getColumn() + 1);
			if (sheet.getCellComment(corner) == null) {
				return corner;
			}
		}
		return new CellAddress(cell.getRow(), cell.getColumn());
	}

	/**
	 * The sheet's drawing: the existing one, whose charts and pictures stay, or a new
	 * one.
	 */
	private static Drawing<?> drawing(Sheet sheet) {
		Drawing<?> drawing = sheet.getDrawingPatriarch();
		return drawing != null ? drawing : sheet.createDrawingPatriarch();
	}

	/**
	 * A light fill on a cell that has none; a cell with a fill of its own (a RAG colour,
	 * say) keeps it.
	 */
	private void highlight(Cell cell) {
		CellStyle style = cell.getCellStyle();
		if (style.getFillPattern() != FillPatternType.NO_FILL) {
			return;
		}
		CellStyle copy = this.highlighted.get((int) style.getIndex());
		if (copy == null) {
			Optional<Short> paletteIndex = Optional.empty();
			if (this.workbook instanceof HSSFWorkbook hssf) {
				paletteIndex = hssfHighlight(hssf);
				if (paletteIndex.isEmpty()) {
					return;
				}
			}
			copy = this.workbook.createCellStyle();
			copy.cloneStyleFrom(style);
			if (copy instanceof XSSFCellStyle xssf) {
				xssf.setFillForegroundColor(
						new XSSFColor(new byte[] { (byte) HIGHLIGHT[0], (byte) HIGHLIGHT[1], (byte) HIGHLIGHT[2] }));
			}
			else {
				copy.setFillForegroundColor(paletteIndex.get());
			}
			copy.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			this.highlighted.put((int) style.getIndex(), copy);
		}
		cell.setCellStyle(copy);
	}

	/**
	 * An .xls file has colours only by palette index: the highlight takes a palette slot
	 * no cell style or font of the workbook uses, so no colour it shows changes. Empty
	 * when every slot is in use (the cells are then noted but not highlighted).
	 */
	private Optional<Short> hssfHighlight(HSSFWorkbook workbook) {
		if (this.highlightIndex != null) {
			return this.highlightIndex < 0 ? Optional.empty() : Optional.of(this.highlightIndex);
		}
		HSSFPalette palette = workbook.getCustomPalette();
		Set<Short> used = new HashSet<>();
		for (int i = 0; i < workbook.getNumCellStyles(); i++) {
			HSSFCellStyle style = workbook.getCellStyleAt(i);
			used.addAll(
					List.of(style.getFillForegroundColor(), style.getFillBackgroundColor(), style.getTopBorderColor(),
							style.getBottomBorderColor(), style.getLeftBorderColor(), style.getRightBorderColor()));
		}
		for (int i = 0; i < workbook.getNumberOfFonts(); i++) {
			HSSFFont font = workbook.getFontAt(i);
			used.add(font.getColor());
		}
		// The custom palette's slots, last first: templates use the first ones most.
		this.highlightIndex = -1;
		for (short index = 0x3F; index >= 0x08; index--) {
			if (!used.contains(index)) {
				palette.setColorAtIndex(index, (byte) HIGHLIGHT[0], (byte) HIGHLIGHT[1], (byte) HIGHLIGHT[2]);
				this.highlightIndex = index;
				break;
			}
		}
		return this.highlightIndex < 0 ? Optional.empty() : Optional.of(this.highlightIndex);
	}

	/** The first sheet: every remark, each with a link to its cell. */
	private void list(List<Listed> listed, Set<Listed> notOnCell, String title, String intro, Wording wording) {
		Sheet sheet = this.workbook.createSheet(listName(wording));
		CellStyle wrap = this.workbook.createCellStyle();
		wrap.setWrapText(true);
		wrap.setVerticalAlignment(VerticalAlignment.TOP);
		// Text stays text even when someone edits the cell: nothing here is a formula.
		wrap.setQuotePrefixed(true);
		Font bold = this.workbook.createFont();
		bold.setBold(true);
		CellStyle heading = this.workbook.createCellStyle();
		heading.cloneStyleFrom(wrap);
		heading.setFont(bold);
		Font large = this.workbook.createFont();
		large.setBold(true);
		large.setFontHeightInPoints((short) 14);
		CellStyle titleStyle = this.workbook.createCellStyle();
		titleStyle.setFont(large);
		Font underlined = this.workbook.createFont();
		underlined.setUnderline(Font.U_SINGLE);
		underlined.setColor(org.apache.poi.ss.usermodel.IndexedColors.BLUE.getIndex());
		CellStyle link = this.workbook.createCellStyle();
		link.cloneStyleFrom(wrap);
		link.setFont(underlined);

		text(sheet, 0, 0, title, titleStyle);
		text(sheet, 1, 0, intro, wrap);
		sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 2));
		sheet.getRow(1).setHeightInPoints(Wrapping.points(Wrapping.lines(intro, WIDTHS[0] + WIDTHS[1] + WIDTHS[2])));
		text(sheet, 3, 0, wording.say("heading_where"), heading);
		text(sheet, 3, 1, wording.say("heading_concerning"), heading);
		text(sheet, 3, 2, wording.say("heading_comment"), heading);
		int r = 4;
		if (listed.isEmpty()) {
			text(sheet, r, 2, wording.say("no_comments"), wrap);
		}
		CreationHelper helper = this.workbook.getCreationHelper();
		for (Listed item : listed) {
			Remark remark = item.remark();
			if (item.sheet() == null) {
				text(sheet, r, 0, wording.say("whole_plan"), wrap);
			}
			else {
				String name = item.sheet().getSheetName();
				String shown = name.trim() + (item.address() == null ? "" : "!" + item.address().formatAsString());
				Cell cell = text(sheet, r, 0, shown, link);
				Hyperlink hyperlink = helper.createHyperlink(HyperlinkType.DOCUMENT);
				hyperlink.setAddress(new CellReference(name, item.address() == null ? 0 : item.address().getRow(),
						item.address() == null ? 0 : item.address().getColumn(), false, false)
					.formatAsString());
				cell.setHyperlink(hyperlink);
			}
			String said = remark.text() + (notOnCell.contains(item) ? "\n" + wording.say("existing_note") : "");
			text(sheet, r, 1, remark.concerning(), wrap);
			text(sheet, r, 2, said, wrap);
			sheet.getRow(r)
				.setHeightInPoints(Wrapping
					.points(Math.max(Wrapping.lines(remark.concerning(), WIDTHS[1]), Wrapping.lines(said, WIDTHS[2]))));
			r++;
		}
		for (int c = 0; c < WIDTHS.length; c++) {
			sheet.setColumnWidth(c, WIDTHS[c] * 256);
		}
		sheet.createFreezePane(0, 4);
		String name = sheet.getSheetName();
		this.workbook.setSheetOrder(name, 0);
		for (Sheet each : this.workbook) {
			each.setSelected(false);
		}
		sheet.setSelected(true);
		this.workbook.setActiveSheet(0);
		this.workbook.setFirstVisibleTab(0);
	}

	/**
	 * "Review comments", or a name no sheet of the workbook has (a partnership may send
	 * back last quarter's annotated copy, its list included).
	 */
	private String listName(Wording wording) {
		// Sheet names have at most 31 characters: room is left for " (2)".
		String base = WorkbookUtil.createSafeSheetName(wording.say("sheet_name"));
		base = base.substring(0, Math.min(base.length(), 26)).trim();
		String name = base;
		for (int n = 2; this.workbook.getSheet(name) != null; n++) {
			name = base + " (" + n + ")";
		}
		return name;
	}

	private static Cell text(Sheet sheet, int r, int c, String text, CellStyle style) {
		Row row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
		Cell cell = row.createCell(c);
		cell.setCellValue(text.length() > MAX_CELL_TEXT ? text.substring(0, MAX_CELL_TEXT - 1) + "…" : text);
		cell.setCellStyle(style);
		return cell;
	}

}
