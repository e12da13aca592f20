package uk.gov.london.planreview.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCellFormula;

import uk.gov.london.planreview.finding.Finding;
import uk.gov.london.planreview.finding.Severity;
import uk.gov.london.planreview.plan.Action;

/**
 * The faults of docs/inputs.md: each is reported in plain English with file (and sheet
 * and cell where there is one), and reading never throws.
 */
class PlanWorkbookReaderErrorsTests {

	static final PlanWorkbookReader READER = PlanWorkbookReaderQuirksTests.reader();

	@TempDir
	Path dir;

	@Test
	void renamedPdfIsNotAWorkbook() throws IOException {
		assertRejected(Fixtures.renamedPdf(this.dir, "Brent.xlsx"), "This is not a spreadsheet: it is a PDF document");
	}

	@Test
	void renamedWordDocumentIsNotAWorkbook() throws IOException {
		Path file = this.dir.resolve("Barnet.xlsx");
		try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
			document.createParagraph().createRun().setText("Our knife crime action plan is attached.");
			document.write(out);
		}
		assertRejected(file, "it is a Word document");
	}

	@Test
	void textFileIsNotAWorkbook() throws IOException {
		Path file = Files.writeString(this.dir.resolve("Ealing.xlsx"), "ref,action\n1.1,Leads named\n");
		assertRejected(file, "This is not a spreadsheet");
	}

	@Test
	void truncatedWorkbookIsDamaged() throws IOException {
		Path whole = Fixtures.plan(this.dir.resolve("whole"), "Enfield.xlsx", "Enfield");
		assertRejected(Fixtures.truncated(this.dir, "Enfield.xlsx", whole), "damaged");
	}

	@Test
	void corruptLegacyWorkbookIsDamaged() throws IOException {
		byte[] bytes = new byte[4096];
		System.arraycopy(
				new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 },
				0, bytes, 0, 8);
		assertRejected(Files.write(this.dir.resolve("Havering.xls"), bytes), "damaged");
	}

	@Test
	void passwordProtectedWorkbookCannotBeRead() throws Exception {
		Path plain = Fixtures.plan(this.dir.resolve("plain"), "Hounslow.xlsx", "Hounslow");
		Path file = this.dir.resolve("Hounslow.xlsx");
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
			encryptor.confirmPassword("secret");
			try (OutputStream out = encryptor.getDataStream(fs)) {
				Files.copy(plain, out);
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				fs.writeFilesystem(out);
			}
		}
		assertRejected(file, "password-protected");
	}

	@Test
	void emptyWorkbookAndEmptyFile() throws IOException {
		assertRejected(FixtureWorkbook.xlsx().sheet("Sheet1").write(this.dir.resolve("Harrow.xlsx")),
				"The workbook is empty");
		assertRejected(Files.write(this.dir.resolve("Hillingdon.xlsx"), new byte[0]), "The file is empty");
	}

	@Test
	void workbookWithNoActionTable() throws IOException {
		Path file = Fixtures.cover(FixtureWorkbook.xlsx(), "Bromley", "2021", true)
			.sheet("Notes")
			.cell("A1", "We will send the action plan next month.")
			.write(this.dir.resolve("Bromley.xlsx"));

		WorkbookReading reading = READER.read(file);

		assertThat(reading.accepted()).isFalse();
		assertThat(reading.authorities()).extracting(a -> a.name()).containsExactly("Bromley");
		assertThat(only(reading, Severity.ERROR).message()).contains("No action table was found");
	}

	@Test
	void authorityThatCannotBeResolvedIsReportedAtItsCell() throws IOException {
		Path file = Fixtures.cover(FixtureWorkbook.xlsx(), "Borsetshire", "2021", true)
			.sheet("Actions")
			.row(1, "Ref", "Action", "Lead", "RAG")
			.row(2, "1.1", "Name the senior leads", "CEx", "G")
			.write(this.dir.resolve("Plan.xlsx"));

		WorkbookReading reading = READER.read(file);

		assertThat(reading.accepted()).isFalse();
		Finding finding = only(reading, Severity.ERROR);
		assertThat(finding.location()).isEqualTo("Cover!B4");
		assertThat(finding.message()).contains("\"Borsetshire\" is not the name of a London authority")
			.contains("config/reference/authorities.csv");
	}

	@Test
	void authorityMissingFromTheCoverIsTakenFromTheFileNameWithAWarning() throws IOException {
		Path file = FixtureWorkbook.xlsx()
			.sheet("Actions")
			.row(1, "Ref", "Action", "Lead", "RAG")
			.row(2, "1.1", "Name the senior leads", "CEx", "G")
			.write(this.dir.resolve("Wandsworth_VVRAP_2026_v2.xlsx"));

		WorkbookReading reading = READER.read(file);

		assertThat(reading.plan().orElseThrow().planId()).isEqualTo("E09000032");
		assertThat(reading.findings())
			.anyMatch(f -> f.severity() == Severity.WARNING && f.message().contains("file name"));
	}

	@Test
	void hostileCellsAreDataAndReported() throws IOException {
		FixtureWorkbook workbook = Fixtures.cover(FixtureWorkbook.xlsx(), "Croydon", "2021", true)
			.sheet("Actions")
			.row(1, "Ref", "Action", "Lead", "RAG")
			.row(2, "1.4", "<script>alert('x')</script>Run a youth forum", "<img src=\"file:///etc/passwd\">", "G")
			.formula("A3", "HYPERLINK(\"http://example.invalid/steal\",\"1.5\")", "1.5")
			.row(3, null, "Open the partnership dashboard", "Analyst", "G");
		Path file = workbook.write(this.dir.resolve("Croydon.xlsx"));

		WorkbookReading reading = READER.read(file);

		List<Action> actions = reading.plan().orElseThrow().actions();
		assertThat(actions.get(0).text()).isEqualTo("<script>alert('x')</script>Run a youth forum");
		assertThat(actions.get(0).lead()).isEqualTo("<img src=\"file:///etc/passwd\">");
		assertThat(actions.get(1).ref()).isEqualTo("1.5");
		assertThat(reading.findings()).filteredOn(f -> f.severity() == Severity.WARNING)
			.extracting(Finding::location)
			.containsExactly("Actions!B2", "Actions!C2", "Actions!A3");
		assertThat(reading.findings()).anyMatch(f -> f.message().contains("HTML or script"))
			.anyMatch(f -> f.message().contains("only its saved value was used"));
	}

	@Test
	void ddeFormulaAndExternalLinksAreNeverFollowed() throws IOException {
		Path file = this.dir.resolve("Ealing.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); XSSFWorkbook other = new XSSFWorkbook()) {
			other.createSheet("Data").createRow(0).createCell(0).setCellValue("Leads named");
			workbook.linkExternalWorkbook("budget.xlsx", other);
			workbook.createSheet("Cover").createRow(0).createCell(0).setCellValue("Borough: Ealing");
			var sheet = workbook.createSheet("Actions");
			var header = sheet.createRow(0);
			header.createCell(0).setCellValue("Ref");
			header.createCell(1).setCellValue("Action");
			header.createCell(2).setCellValue("Lead");
			var row = sheet.createRow(1);
			row.createCell(0).setCellValue("1.1");
			XSSFCell dde = (XSSFCell) row.createCell(1);
			CTCellFormula formula = CTCellFormula.Factory.newInstance();
			formula.setStringValue("cmd|' /C calc'!A0");
			dde.getCTCell().setF(formula);
			dde.getCTCell().setV("Name the senior leads");
			dde.getCTCell().setT(org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType.STR);
			row.createCell(2).setCellFormula("[1]Data!A1");
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}

		WorkbookReading reading = READER.read(file);

		assertThat(reading.plan().orElseThrow().actions().get(0).text()).isEqualTo("Name the senior leads");
		assertThat(reading.findings()).anyMatch(f -> f.message().contains("links to other files (budget.xlsx)"))
			.anyMatch(f -> f.location().equals("Actions!B2") && f.message().contains("cmd|"))
			.anyMatch(f -> f.location().equals("Actions!C2"));
	}

	@Test
	void zipBombIsRefusedWithoutExpandingIt() throws IOException {
		Path file = this.dir.resolve("Camden.xlsx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			entry(zip, "[Content_Types].xml",
					"""
							<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
							<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
							<Default Extension="xml" ContentType="application/xml"/>\
							<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
							<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
							</Types>""");
			entry(zip, "_rels/.rels",
					"""
							<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
							<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
							</Relationships>""");
			entry(zip, "xl/workbook.xml",
					"""
							<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
							xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\
							<sheet name="Actions" sheetId="1" r:id="rId1"/></sheets></workbook>""");
			entry(zip, "xl/_rels/workbook.xml.rels",
					"""
							<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
							<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
							</Relationships>""");
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			zip.write(
					"<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData/>"
						.getBytes(StandardCharsets.UTF_8));
			byte[] padding = new byte[1024 * 1024];
			java.util.Arrays.fill(padding, (byte) ' ');
			for (int i = 0; i < 300; i++) {
				zip.write(padding);
			}
			zip.write("</worksheet>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		assertThat(Files.size(file)).isLessThan(2L * 1024 * 1024);

		assertRejected(file, "zip bomb");
	}

	@Test
	void fileFarTooLargeForAPlanIsNotOpened() throws IOException {
		Path file = this.dir.resolve("Islington.xlsx");
		try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
			sparse.setLength(WorkbookOpener.MAX_FILE_BYTES + 1);
		}
		assertRejected(file, "far larger than any plan workbook");
	}

	@Test
	void aWorkbookWithMoreActionRowsThanAnyPlanIsSetAside() throws IOException {
		Path file = this.dir.resolve("Newham.xlsx");
		extract(FixtureWorkbook.xlsx(), 2_500).write(file);

		WorkbookReading reading = READER.read(file);

		assertThat(reading.accepted()).isFalse();
		assertThat(only(reading, Severity.ERROR).message()).contains("2500 rows that read as actions")
			.contains("set aside");
	}

	/**
	 * A data export opened whole would take gigabytes: counted first by streaming, it is
	 * set aside unopened, whichever format it is in.
	 */
	@Test
	void aWorkbookWithMoreFilledCellsThanAnyPlanIsSetAsideUnopened() throws IOException {
		for (String name : List.of("Newham.xlsx", "Newham.xls")) {
			Path file = this.dir.resolve(name);
			extract(name.endsWith(".xls") ? FixtureWorkbook.xls() : FixtureWorkbook.xlsx(), 13_000).write(file);

			assertRejected(file, "more than 50,000 filled cells");
			assertThat(READER.read(file).findings()).singleElement()
				.extracting(Finding::message)
				.asString()
				.contains("set aside unread");
		}
	}

	/** A cover for Newham and rows of four filled cells, as a pasted-in extract has. */
	private static FixtureWorkbook extract(FixtureWorkbook workbook, int rows) {
		FixtureWorkbook extract = Fixtures.cover(workbook, "Newham", "2021", true)
			.sheet("Action Plan")
			.row(3, Fixtures.HEADER);
		for (int r = 4; r < rows + 4; r++) {
			extract.row(r, "1." + r, "Governance", "Weekly patrol of the estate number " + r, null, "PC Smith");
		}
		return extract;
	}

	private void assertRejected(Path file, String reason) {
		WorkbookReading reading = READER.read(file);
		assertThat(reading.accepted()).as("%s", reading.findings()).isFalse();
		Finding finding = only(reading, Severity.ERROR);
		assertThat(finding.sourceFile()).isEqualTo(file.getFileName().toString());
		assertThat(finding.message()).contains(reason).contains("Ask the CSP");
	}

	private static Finding only(WorkbookReading reading, Severity severity) {
		List<Finding> matching = reading.findings().stream().filter(f -> f.severity() == severity).toList();
		assertThat(matching).as("%s", reading.findings()).hasSize(1);
		return matching.get(0);
	}

	private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

}
