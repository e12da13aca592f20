package uk.gov.london.planreview.templatebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.gov.london.planreview.template.TemplateVersion;
import uk.gov.london.planreview.template.Theme;
import uk.gov.london.planreview.templatebook.TemplateWorkbook.Column;

/**
 * What a partnership finds in a blank template: its sheets, the mandatory actions filled
 * in, drop-down lists and date checks over the table, headings locked and the cells to
 * fill in open, on sheets protected without a password.
 */
class TemplateWorkbookTests {

	@TempDir
	Path work;

	@Test
	void theTemplateHasItsSheetsAndTheVersionsMandatoryActions() throws IOException {
		TemplateVersion version = TemplateRoundTripTests.CATALOGUE.version("2023").orElseThrow();
		try (XSSFWorkbook workbook = write(version)) {
			assertThat(workbook.getSheetName(0)).isEqualTo("Cover");
			assertThat(workbook.getSheetName(1)).isEqualTo("Action plan");
			assertThat(workbook.getSheetName(2)).isEqualTo("Instructions");
			assertThat(workbook.isSheetHidden(3)).as("the lists behind the drop-downs").isTrue();
			XSSFSheet table = workbook.getSheet("Action plan");
			Row header = table.getRow(TemplateWorkbook.HEADER_ROW);
			List<String> headings = new ArrayList<>();
			header.forEach(cell -> headings.add(cell.getStringCellValue()));
			assertThat(headings).containsExactly("Theme", "Ref", "Type", "Action", "Outcome", "Baseline", "Named lead",
					"Lead organisation", "Start date", "End date", "Progress to date", "RAG status", "Comments",
					"Supporting documents");
			List<String> refs = new ArrayList<>();
			for (int r = TemplateWorkbook.HEADER_ROW + 1; r <= table.getLastRowNum(); r++) {
				refs.add(table.getRow(r).getCell(Column.REF.ordinal()).getStringCellValue());
				assertThat(table.getRow(r).getCell(Column.TYPE.ordinal()).getStringCellValue()).isEqualTo("Mandatory");
			}
			assertThat(refs).containsExactlyElementsOf(version.mandatoryActions().stream().map(m -> m.ref()).toList());
			assertThat(text(workbook.getSheet("Instructions")))
				.contains("8. Tackling violence against women and girls (2 mandatory actions)")
				.contains("What every action should carry")
				.contains("Sign-off");
			assertThat(text(workbook.getSheet("Cover"))).contains("Police BCU Commander", "Date submitted", "BCU");
		}
	}

	@Test
	void headingsAreLockedAndTheCellsToFillInOpenOnSheetsProtectedWithoutAPassword() throws IOException {
		TemplateVersion version = TemplateRoundTripTests.CATALOGUE.version("2021").orElseThrow();
		try (XSSFWorkbook workbook = write(version)) {
			for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
				XSSFSheet sheet = workbook.getSheetAt(s);
				assertThat(sheet.isSheetLocked()).as(sheet.getSheetName()).isTrue();
				assertThat(sheet.getCTWorksheet().getSheetProtection().isSetPassword()).isFalse();
				assertThat(sheet.getCTWorksheet().getSheetProtection().isSetHashValue()).isFalse();
			}
			XSSFSheet table = workbook.getSheet("Action plan");
			int first = TemplateWorkbook.HEADER_ROW + 1;
			for (Column column : Column.values()) {
				assertThat(
						table.getRow(TemplateWorkbook.HEADER_ROW).getCell(column.ordinal()).getCellStyle().getLocked())
					.as("heading " + column)
					.isTrue();
				assertThat(table.getColumnStyle(column.ordinal()).getLocked()).as("spare rows of " + column).isFalse();
			}
			Row mandatory = table.getRow(first);
			assertThat(mandatory.getCell(Column.ACTION.ordinal()).getCellStyle().getLocked()).isTrue();
			assertThat(mandatory.getCell(Column.REF.ordinal()).getCellStyle().getLocked()).isTrue();
			for (Column column : List.of(Column.OUTCOME, Column.BASELINE, Column.LEAD, Column.LEAD_ORGANISATION,
					Column.START_DATE, Column.END_DATE, Column.PROGRESS, Column.RAG, Column.COMMENTS,
					Column.DOCUMENTS)) {
				assertThat(mandatory.getCell(column.ordinal()).getCellStyle().getLocked()).as(column.name()).isFalse();
			}
			assertThat(mandatory.getCell(Column.START_DATE.ordinal()).getCellStyle().getDataFormatString())
				.isEqualTo("dd/mm/yyyy");
			XSSFSheet cover = workbook.getSheet("Cover");
			for (Row row : cover) {
				if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals("Local authority")) {
					assertThat(row.getCell(0).getCellStyle().getLocked()).isTrue();
					assertThat(row.getCell(1).getCellStyle().getLocked()).isFalse();
				}
			}
		}
	}

	@Test
	void themeTypeAndRagAreChosenFromListsAndDatesMustBeDates() throws IOException {
		TemplateVersion version = TemplateRoundTripTests.CATALOGUE.version("2017").orElseThrow();
		try (XSSFWorkbook workbook = write(version)) {
			XSSFSheet table = workbook.getSheet("Action plan");
			Map<String, DataValidation> byColumn = table.getDataValidations()
				.stream()
				.collect(Collectors.toMap(v -> columns(v.getRegions().getCellRangeAddresses()), v -> v));
			assertThat(byColumn.get("A").getValidationConstraint().getFormula1()).isEqualTo("Themes");
			assertThat(byColumn.get("C").getValidationConstraint().getFormula1()).isEqualTo("ActionTypes");
			assertThat(byColumn.get("L").getValidationConstraint().getFormula1()).isEqualTo("Ratings");
			assertThat(byColumn.get("I:J").getValidationConstraint().getValidationType())
				.isEqualTo(ValidationType.DATE);
			CellRangeAddress rows = byColumn.get("A").getRegions().getCellRangeAddresses()[0];
			assertThat(rows.getFirstRow()).isEqualTo(TemplateWorkbook.HEADER_ROW + 1);
			assertThat(rows.getLastRow()).isEqualTo(
					TemplateWorkbook.HEADER_ROW + version.mandatoryActions().size() + TemplateWorkbook.SPARE_ROWS);
			assertThat(values(workbook, "Themes"))
				.containsExactlyElementsOf(version.themes().stream().map(Theme::name).toList());
			assertThat(values(workbook, "ActionTypes")).containsExactly("Mandatory", "Optional", "Developing", "Local");
			assertThat(values(workbook, "Ratings")).containsExactly("Red", "Amber", "Green", "Complete");
			assertThat(text(workbook.getSheet("Cover"))).doesNotContain("Police BCU Commander");
		}
	}

	private XSSFWorkbook write(TemplateVersion version) throws IOException {
		Path file = this.work.resolve(version.id() + ".xlsx");
		new TemplateWorkbook(TemplateInstructions.load(TemplateRoundTripTests.REFERENCE), "The test review panel")
			.write(TemplateContent.blank(version), file, LocalDate.of(2026, 12, 1));
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	private static String columns(CellRangeAddress[] ranges) {
		CellRangeAddress range = ranges[0];
		String first = CellReference.convertNumToColString(range.getFirstColumn());
		String last = CellReference.convertNumToColString(range.getLastColumn());
		return first.equals(last) ? first : first + ":" + last;
	}

	private static List<String> values(XSSFWorkbook workbook, String name) {
		Name named = workbook.getName(name);
		List<String> values = new ArrayList<>();
		for (CellReference cell : new AreaReference(named.getRefersToFormula(), workbook.getSpreadsheetVersion())
			.getAllReferencedCells()) {
			values.add(workbook.getSheet(cell.getSheetName())
				.getRow(cell.getRow())
				.getCell(cell.getCol())
				.getStringCellValue());
		}
		return values;
	}

	private static String text(XSSFSheet sheet) {
		StringBuilder text = new StringBuilder();
		sheet.forEach(row -> row.forEach(cell -> text.append(cell.toString()).append('\n')));
		return text.toString();
	}

}
