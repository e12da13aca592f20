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
import java.util.List;
import java.util.Optional;

import org.apache.poi.hssf.usermodel.HSSFPalette;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;

import uk.gov.london.planreview.archive.StableZip;
import uk.gov.london.planreview.sample.PlanDocument.Block;
import uk.gov.london.planreview.sample.PlanDocument.CoverField;

/**
 * Draws a {@link PlanDocument} as a workbook with Apache POI. Every choice was made by
 * the composer; the renderers only place cells, sheet by sheet in the workbook's order,
 * so the same document always gives the same bytes.
 */
final class WorkbookRenderer {

	private static final byte[] THEME = readTheme();

	private final PlanDocument doc;

	private final Workbook workbook;

	private final CellStyles styles;

	private final Cells cells;

	private WorkbookRenderer(PlanDocument doc) {
		this.doc = doc;
		this.workbook = switch (doc.profile().format()) {
			case XLS -> new HSSFWorkbook();
			case XLSM -> new XSSFWorkbook(XSSFWorkbookType.XLSM);
			case XLSX -> new XSSFWorkbook(XSSFWorkbookType.XLSX);
		};
		this.styles = new CellStyles(this.workbook, doc.dateFormat());
		this.cells = new Cells(this.styles);
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
		new CoverRenderer(this.workbook, this.styles, this.cells).draw(this.doc.cover());
		ActionSheetRenderer actions = new ActionSheetRenderer(this.doc, this.workbook, this.styles, this.cells);
		if (this.doc.actionSheet() != null) {
			actions.draw(this.doc.actionSheet(), this.doc.blocks(), null);
		}
		else {
			for (Block block : this.doc.blocks()) {
				actions.draw(block.sheet(), List.of(block), block.heading());
			}
		}
		SideTabRenderer tabs = new SideTabRenderer(this.doc, this.workbook, this.cells);
		if (!this.doc.developing().isEmpty()) {
			tabs.developing();
		}
		if (this.doc.optionalSheet() != null) {
			tabs.optional();
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
