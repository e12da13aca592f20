package uk.gov.london.planreview.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import uk.gov.london.planreview.quarter.Quarter;
import uk.gov.london.planreview.review.ReviewCommand;
import uk.gov.london.planreview.review.ReviewCsv;
import uk.gov.london.planreview.review.ReviewRequest;
import uk.gov.london.planreview.stocktake.ResponseFile;
import uk.gov.london.planreview.stocktake.StocktakeReading;
import uk.gov.london.planreview.stocktake.StocktakeResponse;
import uk.gov.london.planreview.stocktake.StocktakeService;
import uk.gov.london.planreview.testing.Folders;
import uk.gov.london.planreview.testing.JobTest;
import uk.gov.london.planreview.testing.Project;

/**
 * The reader against inputs it was not written for: src/test/resources/corpus/ holds
 * workbooks made by LibreOffice and openpyxl and stock-take exports, organised in
 * sub-folders as analysts keep them, with an answer key written from the specification
 * alone by someone who had not read the reader (corpus/README.md, key.md). The whole
 * review runs on the folder, and what it publishes is scored against the key field by
 * field; the figures are printed, and each field must be read as the key says.
 */
@JobTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndependentCorpusTests {

	static final Path CORPUS = Project.path("src", "test", "resources", "corpus");

	/**
	 * The key files every minimum standard the plan gives no theme under Governance, as
	 * its author was told to; the project's reference data (mandatory-actions.csv) places
	 * the monthly tasking meeting (MS2) and the annual strategic assessment (MS3) under
	 * Analysis and enforcement, beside the 2021 template's tasking and needs assessment.
	 */
	static final String MINIMUM_STANDARDS = "minimum standards' themes: the reference data's, not the key's convention";

	/**
	 * Where the reader and the key differ by convention rather than by mistake, each with
	 * why; the test fails if one of them stops differing, so that the list stays true.
	 */
	static final Map<String, String> CONVENTIONS = Map.of(
			"theme — plans/Central East/lbth action plan q4.xlsx Action Plan!7", MINIMUM_STANDARDS,
			"theme — plans/Central East/lbth action plan q4.xlsx Action Plan!8", MINIMUM_STANDARDS,
			"theme — plans/Central West/WCC VVRAP 2026-27 final.xlsx Minimum Standards!5", MINIMUM_STANDARDS,
			"theme — plans/Central West/WCC VVRAP 2026-27 final.xlsx Minimum Standards!6", MINIMUM_STANDARDS);

	@TempDir
	static Path work;

	@Autowired
	ReviewCommand command;

	@Autowired
	StocktakeService stocktake;

	JsonNode key;

	Path published;

	ReviewCommand.Outcome outcome;

	@BeforeAll
	void reviewTheCorpus() throws Exception {
		this.key = JsonMapper.builder().build().readTree(CORPUS.resolve("key.json").toFile());
		Path input = work.resolve("input");
		Folders.copy(CORPUS.resolve("input"), input);
		Path output = work.resolve("output");
		this.outcome = this.command
			.review(ReviewRequest.of(input, output, Quarter.parse("2026-Q4")).withoutDocuments());
		this.published = output.resolve("2026-Q4");
	}

	@Test
	void readsThePlansAsTheKeySays() throws IOException {
		Score score = new Score();
		assertThat(this.outcome.exitCode()).as(this.outcome.message()).isZero();
		Map<String, CSVRecord> scores = ReviewCsv.read(this.published.resolve("scores.csv"))
			.stream()
			.collect(Collectors.toMap(r -> r.get("source_file"), Function.identity()));
		Map<String, List<CSVRecord>> actions = ReviewCsv.read(this.published.resolve("actions.csv"))
			.stream()
			.collect(Collectors.groupingBy(r -> r.get("source_file")));
		List<CSVRecord> findings = ReviewCsv.read(this.published.resolve("findings.csv"));
		for (JsonNode plan : this.key.get("plans")) {
			String file = plan.get("file").asString();
			CSVRecord scored = scores.get(file);
			if (!plan.get("readable").asBoolean()) {
				boolean rejected = scored == null && findings.stream()
					.anyMatch(f -> f.get("source_file").equals(file) && f.get("severity").equals("error"));
				score.check("rejected files", file, rejected ? "rejected" : "not rejected", "rejected");
				continue;
			}
			if (plan.get("superseded").asBoolean()) {
				boolean superseded = scored == null && findings.stream()
					.anyMatch(f -> f.get("source_file").equals(file) || f.get("message").contains(file));
				score.check("superseded submissions", file, superseded ? "superseded" : "reviewed", "superseded");
				continue;
			}
			String planId = strings(plan.get("authorities")).stream().collect(Collectors.joining("+"));
			score.check("authorities", file, scored == null ? "(not reviewed)" : scored.get("plan_id"), planId);
			if (scored == null) {
				continue;
			}
			score.check("template version", file, scored.get("template_version"),
					plan.get("template_version").asString());
			score.check("sign-off", file, scored.get("signed_off"), plan.get("signed_off").asString());
			Map<String, CSVRecord> byCell = actions.getOrDefault(file, List.of())
				.stream()
				.collect(Collectors.toMap(a -> a.get("sheet") + "!" + a.get("row"), Function.identity(), (a, b) -> a,
						LinkedHashMap::new));
			score.check("action count", file, String.valueOf(byCell.size()),
					String.valueOf(plan.get("actions").size()));
			Set<String> expectedCells = new TreeSet<>();
			for (JsonNode action : plan.get("actions")) {
				String cell = cell(action);
				expectedCells.add(cell);
				CSVRecord read = byCell.get(cell);
				String where = file + " " + cell;
				score.check("actions found", where, read != null ? "found" : "missing", "found");
				if (read == null) {
					continue;
				}
				score.check("theme", where, read.get("theme"), action.get("theme").asString());
				score.check("reference", where, read.get("action_ref"), action.get("action_ref").asString());
				if (!action.get("action_type").isNull()) {
					score.check("type", where, read.get("action_type"), action.get("action_type").asString());
				}
				String starts = action.get("action_starts").asString();
				score.check("action text", where,
						read.get("action").strip().startsWith(starts) ? starts : read.get("action"), starts);
				// A named lead as the review judges it: "TBC" and the like are no lead.
				score.check("lead", where, String.valueOf(!List.of(read.get("missing").split("; ")).contains("lead")),
						String.valueOf(action.get("lead_present").asBoolean()));
				score.check("RAG", where, read.get("rag"), action.get("rag").asString());
				score.check("start date", where, read.get("start_date"), action.get("start_date").asString());
				score.check("end date", where, read.get("end_date"), action.get("end_date").asString());
			}
			for (String cell : byCell.keySet()) {
				score.check("no extra actions", file + " " + cell, expectedCells.contains(cell) ? "expected"
						: "read as an action: " + byCell.get(cell).get("action"), "expected");
			}
			for (JsonNode notAction : plan.get("not_actions")) {
				String cell = cell(notAction);
				score.check("not actions", file + " " + cell,
						byCell.containsKey(cell) ? "read as an action" : "not an action", "not an action");
			}
		}
		score.print("Plans");
		score.assertAllRight(CONVENTIONS.keySet());
	}

	@Test
	void readsTheStocktakeExportsAsTheKeySays() {
		Score score = new Score();
		for (JsonNode export : this.key.get("stocktake")) {
			String file = export.get("file").asString();
			StocktakeReading reading = this.stocktake
				.read(List.of(ResponseFile.of(CORPUS.resolve("input").resolve(file))));
			Map<String, StocktakeResponse> byAuthority = reading.responses()
				.stream()
				.collect(Collectors.toMap(r -> r.authority().onsCode(), Function.identity()));
			score.check("responses", file, String.valueOf(reading.responses().size()),
					String.valueOf(export.get("responses").size()));
			for (JsonNode expected : export.get("responses")) {
				String authority = expected.get("authority").asString();
				String where = file + " " + authority;
				StocktakeResponse read = byAuthority.get(authority);
				score.check("responders", where, read != null ? "responded" : "missing", "responded");
				if (read == null) {
					continue;
				}
				score.check("line", where, String.valueOf(read.line()), String.valueOf(expected.get("line").asInt()));
				score.check("role", where, read.role(), expected.get("role").asString());
				score.check("date", where,
						read.respondedAt() == null ? "" : read.respondedAt().toLocalDate().toString(),
						expected.get("date").asString());
				score.check("Q1", where, read.corporateApproach().csv(), expected.get("q1").asString());
				score.check("Q2", where, read.knifeCrimePlan().csv(), expected.get("q2").asString());
				score.check("Q3", where,
						read.collaboration()
							.stream()
							.map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-'))
							.sorted()
							.collect(Collectors.joining("; ")),
						String.join("; ", strings(expected.get("q3"))));
				score.check("Q4", where, read.communityEngagement().csv(), expected.get("q4").asString());
				score.check("Q1 detail", where,
						starts(read.corporateApproachDetail(), expected.get("q1_detail_starts")),
						expected.get("q1_detail_starts").asString());
				score.check("Q2 detail", where, starts(read.knifeCrimePlanDetail(), expected.get("q2_detail_starts")),
						expected.get("q2_detail_starts").asString());
				score.check("Q3 detail", where, starts(read.collaborationDetail(), expected.get("q3_detail_starts")),
						expected.get("q3_detail_starts").asString());
				score.check("Q4 detail", where,
						starts(read.communityEngagementDetail(), expected.get("q4_detail_starts")),
						expected.get("q4_detail_starts").asString());
				score.check("Q5 documents", where, String.join(" | ", read.supportingDocuments()),
						String.join(" | ", strings(expected.get("q5_documents"))));
			}
			for (String column : strings(export.get("unused_columns"))) {
				score.check("unused columns reported", file + " " + column,
						reading.findings()
							.stream()
							.anyMatch(f -> f.severity().name().equals("INFO") && f.message().contains(column))
									? "reported" : "not reported",
						"reported");
			}
		}
		score.print("Stock-take");
		score.assertAllRight(Set.of());
	}

	/**
	 * Where a row is, as the tables say it: a sheet's name is written without the spaces
	 * at its end that Excel shows as nothing (the key keeps them).
	 */
	private static String cell(JsonNode row) {
		return row.get("sheet").asString().strip() + "!" + row.get("row").asInt();
	}

	private static String starts(String read, JsonNode expected) {
		String prefix = expected.asString();
		String text = read == null ? "" : read.strip();
		return prefix.isEmpty() ? (text.isEmpty() ? "" : text) : text.startsWith(prefix) ? prefix : text;
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach(v -> values.add(v.asString()));
		return values;
	}

	/**
	 * Counts, per field, how often the reading agreed with the key, and keeps the misses.
	 */
	static final class Score {

		private final Map<String, int[]> fields = new LinkedHashMap<>();

		private final List<String> misses = new ArrayList<>();

		private final List<String> conventions = new ArrayList<>();

		void check(String field, String where, String read, String expected) {
			int[] counts = this.fields.computeIfAbsent(field, f -> new int[2]);
			counts[1]++;
			if (expected.equals(read)) {
				counts[0]++;
			}
			else {
				String miss = field + " — " + where;
				(CONVENTIONS.containsKey(miss) ? this.conventions : this.misses)
					.add(miss + ": read \"" + read + "\", key says \"" + expected + "\"");
			}
		}

		void print(String title) {
			System.out.println(title + " read against the independent corpus's key:");
			this.fields.forEach((field, counts) -> System.out.printf("  %-24s %d/%d%n", field, counts[0], counts[1]));
			this.conventions.forEach(miss -> System.out.println("  by convention: " + miss));
			this.misses.forEach(miss -> System.out.println("  miss: " + miss));
		}

		/** Every field as the key says, but where a convention differs and says why. */
		void assertAllRight(Set<String> conventionsExpected) {
			assertThat(this.misses).isEmpty();
			assertThat(this.conventions).extracting(c -> c.substring(0, c.indexOf(": read ")))
				.containsExactlyInAnyOrderElementsOf(conventionsExpected);
		}

	}

}
