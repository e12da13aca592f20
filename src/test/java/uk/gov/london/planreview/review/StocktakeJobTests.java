package uk.gov.london.planreview.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import uk.gov.london.planreview.archive.Manifest;
import uk.gov.london.planreview.ingest.Fixtures;
import uk.gov.london.planreview.quarter.Quarter;
import uk.gov.london.planreview.report.Prose;
import uk.gov.london.planreview.testing.JobTest;
import uk.gov.london.planreview.testing.Project;

/**
 * The London Councils stock-take on the bundled sample responses: on its own, from the
 * CSV alone, and as part of the quarterly review, joined with the plans received. Every
 * count in the note is checked against the normalised stocktake-responses.csv.
 */
@JobTest
class StocktakeJobTests {

	static final Path SAMPLE = Project.path("input", "stocktake-responses.csv");

	@TempDir
	static Path work;

	@Autowired
	ReviewCommand command;

	@Test
	void stocktakeRunsOnItsOwnFromTheResponsesAlone() throws Exception {
		Path output = work.resolve("alone");

		ReviewCommand.Outcome outcome = this.command
			.stocktake(ReviewRequest.of(SAMPLE.toAbsolutePath(), output, Quarter.parse("2026-Q2")));

		assertThat(outcome.exitCode()).as(outcome.message()).isZero();
		Path folder = output.resolve("2026-Q2/stocktake");
		assertThat(Manifest.read(folder.resolve("manifest.json")).outputs()).extracting(Manifest.Entry::name)
			.containsExactly("findings.csv", "screen.css", "stocktake-responses.csv", "stocktake.html",
					"stocktake.pdf");
		List<CSVRecord> rows = ReviewCsv.read(folder.resolve("stocktake-responses.csv"));
		List<CSVRecord> standing = rows.stream().filter(r -> r.get("status").equals("standing")).toList();
		assertThat(rows).hasSize(31);
		assertThat(standing).hasSize(30);
		assertThat(standing).allSatisfy(r -> assertThat(r.get("plan_reviewed")).isEmpty());

		String note = ReviewPdf.text(folder.resolve("stocktake.pdf"));
		long plans = standing.stream().filter(r -> r.get("knife_crime_plan").equals("yes")).count();
		long corporate = standing.stream()
			.filter(r -> List.of("yes", "in development", "incorporated in the community safety strategy")
				.contains(r.get("corporate_approach")))
			.count();
		long engaged = standing.stream().filter(r -> r.get("community_engagement").equals("yes")).count();
		assertThat(plans).isEqualTo(22);
		assertThat(note)
			.contains("London Councils received responses from thirty of the thirty-three London authorities")
			.contains("No response was received from Bexley, Havering and Sutton.")
			.contains("Ealing answered twice; the later response stands.")
			.contains(Prose.capitalise(Prose.proportion(corporate, standing.size(), "authority", "authorities"))
					+ " that responded said that either they had a corporate approach")
			.contains(Prose.capitalise(Prose.proportion(plans, standing.size(), "authority", "authorities"))
					+ " that responded said that they had a specific knife crime action plan.")
			.contains(Prose.capitalise(Prose.proportion(engaged, standing.size(), "authority", "authorities"))
					+ " that responded said they had specific engagement with community and voluntary sector agencies");
		for (String theme : List.of("Public health approaches", "Integrated approaches",
				"Trauma-informed approaches")) {
			List<String> named = standing.stream()
				.filter(r -> List.of(r.get("themes").split("; ")).contains(themeId(theme)))
				.map(r -> r.get("authority"))
				.toList();
			assertThat(named).isNotEmpty();
			assertThat(note)
				.contains(Prose.capitalise(Prose.count(named.size(), "authority", "authorities")) + " mentioned")
				.contains(Prose.list(named) + ".");
		}
		// The answers quoted are the authorities' own words: every sentence quoted is in
		// the answers of the authority it is attributed to.
		String html = Files.readString(folder.resolve("stocktake.html"));
		List<java.util.regex.MatchResult> quotes = java.util.regex.Pattern
			.compile("<blockquote>(.*?) \\(([^()]*)\\)</blockquote>", java.util.regex.Pattern.DOTALL)
			.matcher(html)
			.results()
			.toList();
		assertThat(quotes).isNotEmpty();
		for (java.util.regex.MatchResult quote : quotes) {
			CSVRecord answer = standing.stream()
				.filter(r -> r.get("authority").equals(quote.group(2)))
				.findFirst()
				.orElseThrow();
			String said = String
				.join(" ", answer.get("corporate_approach_detail"), answer.get("knife_crime_plan_detail"),
						answer.get("collaboration_detail"), answer.get("community_engagement_detail"))
				.replace("&#39;", "'")
				.replaceAll("\\s+", " ");
			for (String sentence : quote.group(1).replace("&#39;", "'").split("(?<=\\.) ")) {
				assertThat(said).as(quote.group(2)).contains(sentence.replaceAll("\\.$", ""));
			}
		}
		assertThat(note).contains("Appendix B: Supporting information provided")
			.contains("These answers date from May 2018");
	}

	@Test
	void theQuarterlyReviewJoinsTheStocktakeWithThePlansReceived() throws Exception {
		Path input = work.resolve("with-plans");
		Fixtures.plan(input, "Camden.xlsx", "Camden");
		Fixtures.plan(input, "Lambeth.xlsx", "Lambeth");
		Files.copy(SAMPLE, input.resolve("stocktake-responses.csv"));
		Path output = work.resolve("review");

		ReviewCommand.Outcome outcome = this.command.review(ReviewRequest.of(input, output, Quarter.parse("2026-Q3")));

		assertThat(outcome.exitCode()).as(outcome.message()).isZero();
		Path quarter = output.resolve("2026-Q3");
		Map<String, CSVRecord> rows = ReviewCsv.read(quarter.resolve("stocktake-responses.csv"))
			.stream()
			.filter(r -> r.get("status").equals("standing"))
			.collect(Collectors.toMap(r -> r.get("authority"), r -> r));
		assertThat(rows.get("Camden").get("plan_reviewed")).isEqualTo("yes");
		assertThat(rows.get("Brent").get("plan_reviewed")).isEqualTo("no");
		List<String> saidButNone = rows.values()
			.stream()
			.filter(r -> r.get("knife_crime_plan").equals("yes") && r.get("plan_reviewed").equals("no"))
			.map(r -> r.get("authority"))
			.sorted((a, b) -> rows.get(a).get("authority_ons_code").compareTo(rows.get(b).get("authority_ons_code")))
			.toList();
		assertThat(ReviewPdf.text(quarter.resolve("stocktake.pdf"))).contains("Of those that said they had a plan, "
				+ Prose.list(saidButNone) + " had no plan reviewed this quarter.");
	}

	private static String themeId(String name) {
		return switch (name) {
			case "Public health approaches" -> "public-health-approach";
			case "Integrated approaches" -> "integrated-approach";
			default -> "trauma-informed";
		};
	}

}
