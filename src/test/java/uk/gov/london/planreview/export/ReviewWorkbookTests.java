package uk.gov.london.planreview.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.gov.london.planreview.archive.Sha256;
import uk.gov.london.planreview.finding.Severity;
import uk.gov.london.planreview.plan.Rag;
import uk.gov.london.planreview.quarter.Quarter;

/**
 * review.xlsx as Excel reads it, opened with POI: typed cells, frozen headers, filters,
 * widths, links, properties — and text that looks like a formula stays text.
 */
class ReviewWorkbookTests {

	static final Instant DATE = Instant.parse("2026-11-30T00:00:00Z");

	static final List<String> COLUMNS = List.of("plan_id", "overall", "overall_change", "police_share", "rag",
			"start_date", "responded_at", "actions", "severity", "action");

	@TempDir
	Path work;

	@Test
	void numbersDatesAndRatingsAreTypedAndTextStaysText() throws Exception {
		XSSFWorkbook workbook = write(true);
		XSSFSheet sheet = workbook.getSheet("Scores");
		assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("plan_id");

		XSSFCell change = sheet.getRow(1).getCell(2);
		assertThat(change.getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(change.getNumericCellValue()).as("a fall is a negative number, not the text '-1.2").isEqualTo(-1.2);
		assertThat(change.getCellStyle().getDataFormatString()).isEqualTo("+0.0;-0.0;0.0");
		assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(81.25);
		assertThat(sheet.getRow(1).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.0");
		assertThat(sheet.getRow(1).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0%");
		assertThat(sheet.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(52);

		XSSFCell start = sheet.getRow(1).getCell(5);
		assertThat(DateUtil.isCellDateFormatted(start)).isTrue();
		assertThat(start.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 4, 1));
		assertThat(sheet.getRow(1).getCell(6).getLocalDateTimeCellValue())
			.isEqualTo(LocalDateTime.of(2026, 10, 14, 9, 30));

		XSSFCell rag = sheet.getRow(1).getCell(4);
		assertThat(rag.getStringCellValue()).isEqualTo("red");
		assertThat(((XSSFColor) rag.getCellStyle().getFillForegroundColorColor()).getARGBHex()).endsWith("F4C7C3");
		assertThat(sheet.getRow(1).getCell(8).getStringCellValue()).isEqualTo("warning");
		assertThat(sheet.getRow(2).getCell(4).getCellStyle().getFillPattern().getCode()).as("not rated: no shade")
			.isZero();
		assertThat(sheet.getRow(2).getCell(2)).as("no change to show: an empty cell").isNull();
	}

	@Test
	void hostileTextIsNeverAFormula() throws Exception {
		XSSFSheet sheet = write(true).getSheet("Scores");
		List<String> hostile = List.of("=HYPERLINK(\"http://example.invalid/\",\"Click\")", "+cmd|' /C calc'!A0",
				"-2+3", "@SUM(A1:A9)");
		for (int i = 0; i < hostile.size(); i++) {
			XSSFCell cell = sheet.getRow(3 + i).getCell(9);
			assertThat(cell.getCellType()).as(hostile.get(i)).isEqualTo(CellType.STRING);
			assertThat(cell.getStringCellValue()).as("kept as written, no apostrophe").isEqualTo(hostile.get(i));
			assertThat(cell.getCellStyle().getQuotePrefixed()).as("Excel keeps it text when edited").isTrue();
		}
		assertThat(sheet.getRow(1).getCell(9).getCellStyle().getQuotePrefixed()).isFalse();
		try (XSSFWorkbook workbook = write(true)) {
			for (var s : workbook) {
				for (var row : s) {
					for (Cell cell : row) {
						assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
					}
				}
			}
		}
	}

	@Test
	void aCellLongerThanExcelHoldsIsCutShortAndSaysSo() throws Exception {
		XSSFCell cell = write(true).getSheet("Scores").getRow(7).getCell(9);
		assertThat(cell.getStringCellValue()).hasSize(ReviewWorkbook.MAX_TEXT)
			.startsWith("xxxx")
			.endsWith("the CSV file has it all)");
	}

	@Test
	void headersAreFrozenFilteredAndFittedAndPlansLinkToTheirFeedback() throws Exception {
		XSSFWorkbook workbook = write(true);
		assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Scores");
		assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("Findings");
		XSSFSheet sheet = workbook.getSheet("Scores");
		assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
		assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
		assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:J8");
		assertThat(workbook.getSheet("Findings").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:J1");
		assertThat(sheet.getColumnWidth(0)).as("plan_id fits its longest value")
			.isEqualTo(("E09000021+E09000027".length() + 1) * 256);
		assertThat(sheet.getColumnWidth(9)).as("long text is capped").isEqualTo(60 * 256);
		assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();

		XSSFCell plan = sheet.getRow(1).getCell(0);
		assertThat(plan.getStringCellValue()).isEqualTo("E09000021+E09000027");
		assertThat(plan.getHyperlink().getType()).isEqualTo(HyperlinkType.FILE);
		assertThat(plan.getHyperlink().getAddress()).isEqualTo("feedback/E09000021+E09000027.pdf");

		assertThat(write(false).getSheet("Scores").getRow(1).getCell(0).getHyperlink())
			.as("no documents, nothing to link to")
			.isNull();
	}

	@Test
	void itsPropertiesSayWhatItIsAndTheSameTablesGiveTheSameBytes() throws Exception {
		var properties = write(true).getProperties().getCoreProperties();
		assertThat(properties.getTitle()).contains("2026-Q3");
		assertThat(properties.getCreator()).isEqualTo(ReviewWorkbook.AUTHOR);
		assertThat(properties.getSubject()).isEqualTo("Quarter 2026-Q3: July to September 2026");
		assertThat(properties.getCreated().toInstant()).isEqualTo(DATE);
		assertThat(write(true).getProperties().getCustomProperties().getProperty("Quarter").getLpwstr())
			.isEqualTo("2026-Q3");

		Path first = this.work.resolve("first.xlsx");
		Path second = this.work.resolve("second.xlsx");
		build(first, true);
		build(second, true);
		assertThat(Sha256.of(first)).isEqualTo(Sha256.of(second));
	}

	private XSSFWorkbook write(boolean links) throws Exception {
		Path file = Files.createTempFile(this.work, "review", ".xlsx");
		build(file, links);
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	private static void build(Path file, boolean links) throws Exception {
		try (ReviewWorkbook workbook = new ReviewWorkbook(Quarter.parse("2026-Q3"), DATE, links)) {
			Rows scores = workbook.sheet("Scores", COLUMNS);
			workbook.sheet("Findings", COLUMNS);
			scores.row(TableValue.feedback("E09000021+E09000027"), TableValue.score(81.25),
					TableValue.change(80.0 - 81.2), TableValue.share(0.25), TableValue.rag(Rag.RED),
					LocalDate.of(2026, 4, 1), LocalDateTime.of(2026, 10, 14, 9, 30), 52,
					TableValue.severity(Severity.WARNING), "Hold a monthly tasking meeting");
			scores.row(TableValue.feedback("E09000007"), TableValue.score(70), "", TableValue.share(0),
					TableValue.rag(Rag.NONE), null, null, 12, TableValue.severity(Severity.INFO), "");
			for (String text : List.of("=HYPERLINK(\"http://example.invalid/\",\"Click\")", "+cmd|' /C calc'!A0",
					"-2+3", "@SUM(A1:A9)", "x".repeat(40_000))) {
				scores.row("", "", "", "", "", "", "", "", "", text);
			}
			workbook.write(file);
		}
	}

}
