package uk.gov.london.planreview.goodpractice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.gov.london.planreview.ingest.FixtureWorkbook;
import uk.gov.london.planreview.ingest.Fixtures;
import uk.gov.london.planreview.quarter.Quarter;
import uk.gov.london.planreview.review.ReviewCommand;
import uk.gov.london.planreview.review.ReviewCsv;
import uk.gov.london.planreview.review.ReviewRequest;
import uk.gov.london.planreview.testing.JobTest;

/**
 * The good-practice step in the quarterly review: good-practice.csv and linking-up.csv
 * from three plans, and the store the documents will read.
 */
@JobTest
class GoodPracticeJobTests {

	static final LocalDate START = LocalDate.of(2026, 4, 1);

	static final LocalDate END = LocalDate.of(2027, 3, 31);

	static final String HUB = "Set up a joint police and council intelligence hub so gang and safeguarding intelligence is assessed in one place";

	static final String BINS = "Install knife surrender bins at the two leisure centres named by ISTV data";

	@TempDir
	static Path work;

	static Path input;

	@Autowired
	ReviewCommand command;

	@Autowired
	GoodPracticeStore store;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void input() throws IOException {
		input = work.resolve("input");
		List<Object[]> camden = standard();
		camden.add(row("2.9", "Analysis and enforcement", HUB, "One weekly violence briefing", "DI Jane Example",
				"Green"));
		camden.add(row("3.9", "Reducing access to weapons", BINS, "Knives surrendered each month", "PC Sam Example",
				"Green"));
		// The template's 6.2, typed in again as a local action: never good practice.
		camden.add(row("6.9", "Supporting victims of violence and vulnerability",
				"Provide support for young victims through hospital-based youth workers", "All victims seen",
				"Redthread", "Green"));
		write(input, "Camden.xlsx", "London Borough of Camden", camden);

		List<Object[]> hackney = standard();
		hackney.removeIf(r -> r[0].equals("3.1"));
		hackney.replaceAll(r -> r[1].equals("Reducing access to weapons") ? blankedOut(r) : r);
		hackney.add(row("3.8", "Reducing access to weapons", "Offer knife wands to every secondary school",
				"Fewer knives in school", "Head of Education", "Red"));
		write(input, "Hackney.xlsx", "LB Hackney", hackney);

		write(input, "Islington.xlsx", "Islington", standard());
	}

	@Test
	void listsGoodPracticeRarestFirstWithItsEvidenceAndLinksUpTheWeakAreas() throws Exception {
		ReviewCommand.Outcome outcome = this.command
			.review(ReviewRequest.of(input, work.resolve("output"), Quarter.parse("2026-Q3")).withoutDocuments());
		assertThat(outcome.exitCode()).as(outcome.message()).isZero();
		Path quarter = work.resolve("output/2026-Q3");

		List<CSVRecord> practice = csv(quarter.resolve("good-practice.csv"));
		assertThat(practice.get(0).getParser().getHeaderNames()).startsWith("plan_id", "authorities", "theme",
				"category", "action_ref", "action", "why");
		assertThat(practice).extracting(r -> r.get("plan_id") + " " + r.get("category"))
			.containsExactly("E09000007 joint-intelligence-hub", "E09000007 knife-bins", "E09000007 mediation",
					"E09000012 mediation", "E09000019 mediation");
		CSVRecord hub = practice.get(0);
		assertThat(hub.get("authorities")).isEqualTo("Camden");
		assertThat(hub.get("theme")).isEqualTo("Analysis and enforcement");
		assertThat(hub.get("action_ref")).isEqualTo("2.9");
		assertThat(hub.get("action")).isEqualTo(HUB);
		assertThat(hub.get("why")).startsWith("Joint intelligence hub (matched ")
			.contains("outcome: \"One weekly violence briefing\"")
			.contains("lead: DI Jane Example")
			.endsWith("the only plan of 3 with this idea");
		assertThat(practice.get(2).get("why")).endsWith("3 of 3 plans have this idea");
		assertThat(practice).noneMatch(r -> r.get("action").contains("hospital-based youth workers"));

		// Hackney's weapons theme: the test purchasing it lacks and the actions it left
		// blank are its gap; the knife wands it honestly rates red are not.
		List<CSVRecord> linking = csv(quarter.resolve("linking-up.csv"));
		assertThat(linking)
			.filteredOn(
					r -> r.get("plan_id").equals("E09000012") && r.get("theme").equals("Reducing access to weapons"))
			.singleElement()
			.satisfies(r -> {
				assertThat(r.get("gap")).startsWith("completeness ")
					.contains("against a London median of")
					.contains("mandatory action 3.1 missing: Run trading standards test purchasing")
					.doesNotContain("knife wands");
				// Among three plans no partnership is in a top quarter: bands need four.
				assertThat(r.get("offer_plan_id")).isEmpty();
			});
		assertThat(linking).noneMatch(r -> r.get("gap").contains("rated red"));

		long runId = this.jdbc.sql("SELECT MAX(run_id) FROM review_run").query(Long.class).single();
		assertThat(this.store.practice(runId)).hasSize(5);
		assertThat(this.store.practice(runId, "E09000007")).extracting(GoodPractice::category)
			.containsExactly("joint-intelligence-hub", "knife-bins", "mediation");
		assertThat(this.store.offersFor(runId, "E09000012")).extracting(WeakArea::theme)
			.contains("Reducing access to weapons");
		assertThat(this.store.linkingUp(runId)).extracting(WeakArea::planId).contains("E09000012");
	}

	static Object[] row(String ref, String theme, String action, String outcome, String lead, String rag) {
		return new Object[] { ref, theme, action, outcome, lead, "MPS", START, END, "Under way", rag, "" };
	}

	/** The template's weapons actions left with nothing beside them. */
	static Object[] blankedOut(Object[] row) {
		return new Object[] { row[0], row[1], row[2], "", "", "", "", "", "", "", "" };
	}

	static List<Object[]> standard() {
		return new ArrayList<>(Arrays.asList(Fixtures.standardActions()));
	}

	static void write(Path dir, String file, String authority, List<Object[]> actions) throws IOException {
		FixtureWorkbook workbook = Fixtures.cover(FixtureWorkbook.xlsx(), authority, "2021", true);
		workbook.sheet("Action Plan").row(3, Fixtures.HEADER);
		int row = 4;
		for (Object[] action : actions) {
			workbook.row(row++, action);
		}
		workbook.write(dir.resolve(file));
	}

	static List<CSVRecord> csv(Path file) throws IOException {
		return ReviewCsv.read(file);
	}

}
