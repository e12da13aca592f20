package uk.gov.london.planreview.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import uk.gov.london.planreview.ingest.Fixtures;
import uk.gov.london.planreview.quarter.Quarter;
import uk.gov.london.planreview.testing.JobTest;

/**
 * Two quarters in a row: what moved shows in actions.csv, scores.csv and movement.csv.
 */
@JobTest
class MovementJobTests {

	@TempDir
	static Path work;

	@Autowired
	ReviewCommand command;

	@Test
	void secondQuarterShowsMovementSinceTheFirst() throws Exception {
		Path q1 = work.resolve("q1");
		Path q2 = work.resolve("q2");
		Object[][] before = Fixtures.standardActions();
		List<Object[]> after = new ArrayList<>();
		for (Object[] action : before) {
			after.add(Arrays.copyOf(action, action.length));
		}
		after.get(2)[9] = "Green";
		after.get(10)[9] = "Red";
		after.get(4)[4] = "";
		after.remove(11);
		after.add(new Object[] { "4.7", "Safeguarding and educating young people",
				"Open a youth hub in the town centre with detached youth workers", "Hub open five nights a week",
				"Youth Service Manager", "Youth Service", null, null, "Lease signed", "Amber", "" });
		Fixtures.plan(q1, "Camden.xlsx", "Camden", before);
		Fixtures.plan(q2, "Camden.xlsx", "Camden", after.toArray(Object[][]::new));
		Fixtures.plan(q1, "Hackney.xlsx", "Hackney");
		Fixtures.plan(q2, "Hackney.xlsx", "Hackney");
		Path output = work.resolve("output");

		assertThat(this.command.review(ReviewRequest.of(q1, output, Quarter.parse("2026-Q1")).withoutDocuments())
			.exitCode()).isZero();
		assertThat(this.command.review(ReviewRequest.of(q2, output, Quarter.parse("2026-Q2")).withoutDocuments())
			.exitCode()).isZero();

		List<CSVRecord> movement = ReviewCsv.read(output.resolve("2026-Q2/movement.csv"));
		assertThat(movement).extracting(r -> r.get("plan_id") + " " + r.get("action_ref") + " " + r.get("movement"))
			.containsExactly("E09000007 2.1 turned green", "E09000007 7.1 turned red", "E09000007 4.7 added",
					"E09000007 4.6 dropped");
		CSVRecord dropped = movement.get(3);
		assertThat(dropped.get("previous_rag")).isEqualTo("green");
		assertThat(dropped.get("rag")).isEmpty();

		Map<String, CSVRecord> actions = ReviewCsv.read(output.resolve("2026-Q2/actions.csv"))
			.stream()
			.filter(r -> r.get("plan_id").equals("E09000007"))
			.collect(Collectors.toMap(r -> r.get("action_ref"), r -> r));
		assertThat(actions.get("2.1").get("previous_rag")).isEqualTo("amber");
		assertThat(actions.get("2.1").get("movement")).isEqualTo("turned green");
		assertThat(actions.get("1.1").get("movement")).isEqualTo("unchanged");
		assertThat(actions.get("4.7").get("movement")).isEqualTo("added");

		Map<String, CSVRecord> scores = ReviewCsv.read(output.resolve("2026-Q2/scores.csv"))
			.stream()
			.collect(Collectors.toMap(r -> r.get("plan_id"), r -> r));
		CSVRecord camden = scores.get("E09000007");
		assertThat(camden.get("previous_quarter")).isEqualTo("2026-Q1");
		assertThat(Double.parseDouble(camden.get("completeness"))).isLessThan(100.0);
		assertThat(camden.get("actions_added")).isEqualTo("1");
		assertThat(camden.get("actions_dropped")).isEqualTo("1");
		assertThat(camden.get("actions_turned_green")).isEqualTo("1");
		assertThat(camden.get("actions_turned_red")).isEqualTo("1");
		double change = Double.parseDouble(camden.get("overall").trim())
				- Double.parseDouble(camden.get("previous_overall"));
		assertThat(camden.get("overall_change"))
			.isEqualTo(change < 0 ? "'" + String.format(java.util.Locale.ROOT, "%.1f", change)
					: String.format(java.util.Locale.ROOT, "%.1f", change));
		assertThat(scores.get("E09000012").get("overall_change")).isEqualTo("0.0");
		try (XSSFWorkbook workbook = new XSSFWorkbook(output.resolve("2026-Q2/review.xlsx").toFile())) {
			XSSFSheet sheet = workbook.getSheet("Scores");
			int column = 0;
			while (!sheet.getRow(0).getCell(column).getStringCellValue().equals("overall_change")) {
				column++;
			}
			XSSFCell camdenChange = null;
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				if (sheet.getRow(r).getCell(0).getStringCellValue().equals("E09000007")) {
					camdenChange = sheet.getRow(r).getCell(column);
				}
			}
			assertThat(camdenChange).isNotNull();
			assertThat(camdenChange.getCellType()).as("overall_change sorts and sums in Excel")
				.isEqualTo(CellType.NUMERIC);
			assertThat(camdenChange.getNumericCellValue())
				.isEqualTo(Double.parseDouble(camden.get("overall_change").replace("'", "")));
		}

		List<CSVRecord> firstQuarter = ReviewCsv.read(output.resolve("2026-Q1/scores.csv"));
		assertThat(firstQuarter).allSatisfy(r -> assertThat(r.get("previous_quarter")).isEmpty());
	}

	@Test
	void movementIsMeasuredAgainstLastQuartersCurrentRevisionInTheSameArchive() throws Exception {
		Path first = work.resolve("first");
		Path revised = work.resolve("revised");
		Path trial = work.resolve("trial");
		Path now = work.resolve("now");
		Object[][] amber = Fixtures.standardActions();
		Object[][] green = Arrays.stream(amber).map(a -> Arrays.copyOf(a, a.length)).toArray(Object[][]::new);
		green[2][9] = "Green";
		Object[][] red = Arrays.stream(amber).map(a -> Arrays.copyOf(a, a.length)).toArray(Object[][]::new);
		red[2][9] = "Red";
		Fixtures.plan(first, "Camden.xlsx", "Camden", amber);
		Fixtures.plan(revised, "Camden.xlsx", "Camden", red);
		Fixtures.plan(trial, "Camden.xlsx", "Camden", green);
		Fixtures.plan(now, "Camden.xlsx", "Camden", green);
		Path archive = work.resolve("archive");
		Quarter q3 = Quarter.parse("2025-Q3");
		Quarter q4 = Quarter.parse("2025-Q4");
		assertThat(this.command.review(ReviewRequest.of(first, archive, q3).withoutDocuments()).exitCode()).isZero();
		assertThat(this.command.review(ReviewRequest.of(revised, archive, q3).withoutDocuments().asRerun()).exitCode())
			.isZero();
		// A trial review of the same quarter into another folder is not last quarter's
		// review.
		assertThat(this.command.review(ReviewRequest.of(trial, work.resolve("elsewhere"), q3).withoutDocuments())
			.exitCode()).isZero();

		assertThat(this.command.review(ReviewRequest.of(now, archive, q4).withoutDocuments()).exitCode()).isZero();

		List<CSVRecord> movement = ReviewCsv.read(archive.resolve("2025-Q4/movement.csv"));
		assertThat(movement)
			.extracting(r -> r.get("action_ref") + " " + r.get("previous_rag") + " " + r.get("movement"))
			.containsExactly("2.1 red turned green");
	}

}
