package uk.gov.london.planreview.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.gov.london.planreview.ingest.FixtureWorkbook;
import uk.gov.london.planreview.ingest.Fixtures;
import uk.gov.london.planreview.ingest.WorkbookReading;
import uk.gov.london.planreview.plan.Plan;
import uk.gov.london.planreview.quarter.Quarter;
import uk.gov.london.planreview.scoring.PlanScore;
import uk.gov.london.planreview.scoring.PlanScorer;
import uk.gov.london.planreview.scoring.ScoringWeights;
import uk.gov.london.planreview.testing.LibreOffice;

/**
 * One fixture per thing an annotated copy must get right: macros kept byte for byte
 * (.xlsm and .xls), formulas and their saved values, hostile content left inert, the
 * partnership's own notes and RAG colours kept, and the same bytes every time.
 */
class AnnotatedWorkbookTests {

	static final String PANEL = SampleAnnotationTests.PANEL;

	static final byte[] VBA = vbaProject();

	@TempDir
	Path work;

	@Test
	void aMacroEnabledPlanKeepsItsVbaPartByteForByte() throws Exception {
		Path xlsx = Fixtures.plan(this.work.resolve("in"), "Lewisham.xlsx", "Lewisham", gappy());
		Path xlsm = macroEnabled(xlsx, this.work.resolve("in/Lewisham VVRAP.xlsm"));

		Path copy = annotate(xlsm);

		assertThat(copy.getFileName().toString()).isEqualTo("E09000023-annotated.xlsm");
		assertThat(entry(copy, "xl/vbaProject.bin")).isEqualTo(VBA).isEqualTo(entry(xlsm, "xl/vbaProject.bin"));
		assertThat(new String(entry(copy, "[Content_Types].xml"), StandardCharsets.UTF_8))
			.contains("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
		try (Workbook original = WorkbookFactory.create(xlsm.toFile(), null, true);
				Workbook annotated = WorkbookFactory.create(copy.toFile(), null, true)) {
			Unchanged.assertKept(original, annotated, "xlsm");
			assertThat(note(annotated, "Action Plan", "E4").getString().getString()).startsWith("No named lead.");
		}
	}

	@Test
	void anXlsPlanKeepsItsMacrosFormulasAndColoursAndTakesAnUnusedColourForItsHighlight() throws Exception {
		FixtureWorkbook workbook = Fixtures.cover(FixtureWorkbook.xls(), "Bromley", "2021", true);
		workbook.sheet("Action Plan").formula("A1", "Cover!B4&\" action plan\"", "Bromley action plan");
		workbook.row(3, Fixtures.HEADER);
		int r = 4;
		for (Object[] action : gappy()) {
			workbook.row(r++, action);
		}
		workbook.fill("J5", "FF0000");
		Path xls = withMacros(workbook.write(this.work.resolve("in/Bromley.xls")));

		Path copy = annotate(xls);

		assertThat(copy.getFileName().toString()).isEqualTo("E09000006-annotated.xls");
		assertThat(stream(copy, "_VBA_PROJECT_CUR", "VBA")).isEqualTo(VBA);
		try (HSSFWorkbook original = (HSSFWorkbook) WorkbookFactory.create(xls.toFile(), null, true);
				HSSFWorkbook annotated = (HSSFWorkbook) WorkbookFactory.create(copy.toFile(), null, true)) {
			Unchanged.assertKept(original, annotated, "xls");
			Cell title = annotated.getSheet("Action Plan").getRow(0).getCell(0);
			assertThat(title.getCellFormula()).isEqualTo("Cover!B4&\" action plan\"");
			assertThat(title.getStringCellValue()).isEqualTo("Bromley action plan");
			HSSFCellStyle red = (HSSFCellStyle) cell(annotated, "Action Plan", "J5").getCellStyle();
			assertThat(red.getFillForegroundColorColor().getTriplet()).isEqualTo(
					((HSSFCellStyle) cell(original, "Action Plan", "J5").getCellStyle()).getFillForegroundColorColor()
						.getTriplet());
			HSSFCellStyle highlighted = (HSSFCellStyle) cell(annotated, "Action Plan", "E4").getCellStyle();
			assertThat(highlighted.getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
			assertThat(highlighted.getFillForegroundColorColor().getTriplet()).containsExactly((short) 0xFF,
					(short) 0xF2, (short) 0xCC);
			assertThat(note(annotated, "Action Plan", "E4").getAuthor()).isEqualTo(PANEL);
		}
	}

	@Test
	void hostileContentStaysAsItWasAndTheWarningsAboutItAreNotesOnItsCells() throws Exception {
		Path xlsx = hostile();

		Path copy = annotate(xlsx);

		try (Workbook original = WorkbookFactory.create(xlsx.toFile(), null, true);
				Workbook annotated = WorkbookFactory.create(copy.toFile(), null, true)) {
			Unchanged.assertKept(original, annotated, "hostile");
			Cell link = cell(annotated, "Action Plan", "K7");
			assertThat(link.getCellType()).isEqualTo(CellType.FORMULA);
			assertThat(link.getCellFormula()).isEqualTo("HYPERLINK(\"http://127.0.0.1:9/x\",\"see the strategy\")");
			assertThat(link.getStringCellValue()).isEqualTo("see the strategy");
			assertThat(note(annotated, "Action Plan", "K7").getString().getString()).contains("links outside");
			assertThat(note(annotated, "Action Plan", "K8").getString().getString()).contains("HTML or script");
			Cell command = cell(annotated, "Action Plan", "I9");
			assertThat(command.getCellType()).isEqualTo(CellType.STRING);
			assertThat(command.getStringCellValue()).isEqualTo("=cmd|' /C calc'!A0");
		}
	}

	@Test
	void findingsThePartnershipMustActOnAreNotesOnTheirCells() throws Exception {
		Path copy = annotate(hostile());

		try (Workbook annotated = WorkbookFactory.create(copy.toFile(), null, true)) {
			assertThat(note(annotated, "Cover", "B4").getString().getString())
				.contains("\"Gotham\" is not the name of a London authority");
			assertThat(note(annotated, "Action Plan", "C10").getString().getString()).contains("Row 10 has entries")
				.contains("but no action text");
			assertThat(note(annotated, "Action Plan", "J5").getString().getString())
				.contains("The RAG cell says \"Green\" but is coloured red");
			assertThat(list(annotated)).anySatisfy(line -> assertThat(line).startsWith("Cover!B4 |  | "))
				.anySatisfy(line -> assertThat(line).startsWith("Action Plan!C10 |  | "));
		}
	}

	@Test
	void aNoteOfThePartnershipsOwnAndARagColourAreKept() throws Exception {
		Path xlsx = hostile();

		Path copy = annotate(xlsx);

		try (Workbook annotated = WorkbookFactory.create(copy.toFile(), null, true)) {
			assertThat(note(annotated, "Action Plan", "D6").getString().getString())
				.isEqualTo("Outcome to be agreed at the June board");
			assertThat(note(annotated, "Action Plan", "D6").getAuthor()).isEqualTo("Camden CSP officer");
			List<String> listed = list(annotated);
			assertThat(listed).anySatisfy(line -> assertThat(line).startsWith("Action Plan!D6 | 2.1 ")
				.contains("No outcome.")
				.contains("already has a note of the partnership's own"));
			XSSFCellStyle rag = (XSSFCellStyle) cell(annotated, "Action Plan", "J5").getCellStyle();
			assertThat(HexFormat.of().formatHex(rag.getFillForegroundXSSFColor().getRGB())).isEqualTo("ff0000");
			XSSFCellStyle lead = (XSSFCellStyle) cell(annotated, "Action Plan", "E4").getCellStyle();
			assertThat(HexFormat.of().formatHex(lead.getFillForegroundXSSFColor().getRGB())).isEqualTo("fff2cc");
			assertThat(listed).filteredOn(line -> line.startsWith("The plan as a whole | "))
				.anySatisfy(line -> assertThat(line).contains("Mandatory action 2.3 of the template"));
		}
	}

	@Test
	void theSameReviewWritesTheSameBytes() throws Exception {
		Path xlsx = hostile();

		byte[] first = Files.readAllBytes(annotate(xlsx));
		byte[] second = Files.readAllBytes(annotate(xlsx));

		assertThat(second).isEqualTo(first);
	}

	@Test
	void annotatedCopiesOpenInLibreOffice() throws Exception {
		LibreOffice.assumeInstalled();
		Path xlsx = annotate(hostile());
		Path xlsm = annotate(macroEnabled(Fixtures.plan(this.work.resolve("in"), "Lewisham.xlsx", "Lewisham", gappy()),
				this.work.resolve("in/Lewisham.xlsm")));
		FixtureWorkbook xlsBook = Fixtures.cover(FixtureWorkbook.xls(), "Bromley", "2021", true);
		xlsBook.sheet("Action Plan").row(3, Fixtures.HEADER);
		int r = 4;
		for (Object[] action : gappy()) {
			xlsBook.row(r++, action);
		}
		Path xls = annotate(xlsBook.write(this.work.resolve("in/Bromley.xls")));

		List<String> lists = LibreOffice.firstSheetsAsCsv(List.of(xlsx, xlsm, xls), this.work.resolve("office"));

		assertThat(lists).allSatisfy(
				csv -> assertThat(csv).contains("Where,Concerning,What the review says").contains("No named lead."));
	}

	/** The tidy plan with gaps: the first action has no lead, the third no outcome. */
	static Object[][] gappy() {
		Object[][] actions = Fixtures.standardActions();
		actions[0][4] = "";
		actions[2][3] = "";
		return actions;
	}

	/**
	 * A plan with a RAG cell whose colour disagrees with its text, a partnership's note
	 * on an empty cell, a formula linking out, script in a cell and a cell that looks
	 * like a command.
	 */
	private Path hostile() throws IOException {
		Object[][] actions = gappy();
		actions[3][10] = null;
		actions[4][10] = "<script>alert('x')</script>";
		actions[5][8] = "=cmd|' /C calc'!A0";
		actions[6][2] = "";
		FixtureWorkbook workbook = Fixtures.cover(FixtureWorkbook.xlsx(), "Camden", "2021", true);
		workbook.cell("B4", "Camden and Gotham");
		workbook.sheet("Action Plan").row(3, Fixtures.HEADER);
		int r = 4;
		for (Object[] action : actions) {
			workbook.row(r++, action);
		}
		workbook.fill("J5", "FF0000");
		workbook.formula("K7", "HYPERLINK(\"http://127.0.0.1:9/x\",\"see the strategy\")", "see the strategy");
		Path file = workbook.write(this.work.resolve("in/Camden.xlsx"));
		XSSFWorkbook book;
		try (InputStream in = Files.newInputStream(file)) {
			book = new XSSFWorkbook(in);
		}
		Sheet sheet = book.getSheet("Action Plan");
		ClientAnchor anchor = book.getCreationHelper().createClientAnchor();
		anchor.setRow1(5);
		anchor.setCol1(3);
		anchor.setRow2(8);
		anchor.setCol2(6);
		Comment own = sheet.createDrawingPatriarch().createCellComment(anchor);
		own.setString(book.getCreationHelper().createRichTextString("Outcome to be agreed at the June board"));
		own.setAuthor("Camden CSP officer");
		Cell outcome = sheet.getRow(5).getCell(3) != null ? sheet.getRow(5).getCell(3) : sheet.getRow(5).createCell(3);
		outcome.setCellComment(own);
		try (OutputStream out = Files.newOutputStream(file)) {
			book.write(out);
		}
		book.close();
		return file;
	}

	private Path annotate(Path file) throws IOException {
		WorkbookReading reading = SampleAnnotationTests.READER.read(file);
		Plan plan = reading.plan().orElseThrow();
		PlanScorer scorer = new PlanScorer(ScoringWeights.defaults());
		PlanScore score = scorer.score(plan,
				SampleAnnotationTests.CATALOGUE.version(plan.templateVersion()).orElseThrow());
		return new PlanAnnotator(SampleAnnotationTests.WORDING, SampleAnnotationTests.TABLES, scorer, PANEL).write(plan,
				score, reading.findings(), file, Files.createDirectories(this.work.resolve("out")),
				Quarter.parse("2026-Q4"), LocalDate.of(2026, 12, 1));
	}

	/** The xlsx, made macro-enabled with a VBA project (which is never run). */
	private static Path macroEnabled(Path xlsx, Path xlsm) throws Exception {
		try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			workbook.setWorkbookType(XSSFWorkbookType.XLSM);
			OPCPackage pkg = workbook.getPackage();
			PackagePartName name = PackagingURIHelper.createPartName("/xl/vbaProject.bin");
			PackagePart part = pkg.createPart(name, XSSFRelation.VBA_MACROS.getContentType());
			try (OutputStream out = part.getOutputStream()) {
				out.write(VBA);
			}
			workbook.getPackagePart().addRelationship(name, TargetMode.INTERNAL, XSSFRelation.VBA_MACROS.getRelation());
			try (OutputStream out = Files.newOutputStream(xlsm)) {
				workbook.write(out);
			}
		}
		return xlsm;
	}

	/** The .xls with a macro storage beside its workbook stream, as Excel keeps it. */
	private static Path withMacros(Path xls) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (POIFSFileSystem fs = new POIFSFileSystem(Files.newInputStream(xls))) {
			DirectoryEntry macros = fs.getRoot().createDirectory("_VBA_PROJECT_CUR");
			macros.createDocument("VBA", new java.io.ByteArrayInputStream(VBA));
			fs.writeFilesystem(bytes);
		}
		Files.write(xls, bytes.toByteArray());
		return xls;
	}

	/**
	 * Stands in for a VBA project: an OLE2 container whose bytes must come back
	 * unchanged.
	 */
	private static byte[] vbaProject() {
		try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			DirectoryEntry vba = fs.getRoot().createDirectory("VBA");
			vba.createDocument("Module1",
					new java.io.ByteArrayInputStream(
							"Attribute VB_Name = \"Module1\"\nSub Auto_Open()\n  Shell \"calc.exe\"\nEnd Sub\n"
								.getBytes(StandardCharsets.US_ASCII)));
			fs.getRoot()
				.createDocument("PROJECT", new java.io.ByteArrayInputStream(
						"ID=\"{00000000}\"\nModule=Module1\n".getBytes(StandardCharsets.US_ASCII)));
			fs.writeFilesystem(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] entry(Path zip, String name) throws IOException {
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (entry.getName().equals(name)) {
					return in.readAllBytes();
				}
			}
		}
		throw new AssertionError(name + " is not in " + zip);
	}

	private static byte[] stream(Path ole2, String directory, String name) throws IOException {
		try (POIFSFileSystem fs = new POIFSFileSystem(ole2.toFile(), true)) {
			DirectoryEntry dir = (DirectoryEntry) fs.getRoot().getEntry(directory);
			try (DocumentInputStream in = new DocumentInputStream(
					(org.apache.poi.poifs.filesystem.DocumentEntry) dir.getEntry(name))) {
				return in.readAllBytes();
			}
		}
	}

	private static Cell cell(Workbook workbook, String sheet, String ref) {
		CellReference at = new CellReference(ref);
		return workbook.getSheet(sheet).getRow(at.getRow()).getCell(at.getCol());
	}

	private static Comment note(Workbook workbook, String sheet, String ref) {
		return workbook.getSheet(sheet).getCellComment(new CellAddress(ref));
	}

	/** The first sheet's rows: where | concerning | what the review says. */
	private static List<String> list(Workbook workbook) {
		List<String> lines = new ArrayList<>();
		for (Row row : workbook.getSheetAt(0)) {
			if (row.getRowNum() > 3) {
				lines.add(text(row, 0) + " | " + text(row, 1) + " | " + text(row, 2));
			}
		}
		return lines;
	}

	private static String text(Row row, int c) {
		Cell cell = row.getCell(c);
		return cell == null ? "" : cell.getStringCellValue();
	}

}
