package uk.gov.london.planreview.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import uk.gov.london.planreview.archive.Manifest;
import uk.gov.london.planreview.quarter.Quarter;
import uk.gov.london.planreview.review.ReviewCommand;
import uk.gov.london.planreview.review.ReviewCsv;
import uk.gov.london.planreview.review.ReviewRequest;
import uk.gov.london.planreview.testing.JobTest;

/**
 * Two quarters reviewed into one output folder, then the first reviewed again: the root
 * index lists both quarters with their current revisions, actions.html holds both
 * quarters' actions (each quarter's current revision, once), each quarter's index.html is
 * part of its revision, and text that would be markup stays text.
 */
@JobTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OutputPagesJobTests {

	@TempDir
	static Path work;

	static Path output;

	@Autowired
	ReviewCommand command;

	@BeforeAll
	static void inputs() throws Exception {
		SitePages.inputs(work.resolve("q1"), work.resolve("q2"));
		output = work.resolve("output");
	}

	@Test
	@Order(1)
	void twoQuartersInOneFolderAreListedTogether() throws Exception {
		review("q1", "2026-Q1", false);
		review("q2", "2026-Q2", false);

		JsonNode data = SitePages.actionsData(output.resolve("actions.html"));
		List<String> quarters = new ArrayList<>();
		data.get("quarters").forEach(q -> quarters.add(q.get(0).asString()));
		assertThat(quarters).containsExactly("2026-Q2", "2026-Q1");
		int first = ReviewCsv.read(output.resolve("2026-Q1/actions.csv")).size();
		int second = ReviewCsv.read(output.resolve("2026-Q2/actions.csv")).size();
		assertThat(data.get("actions").size()).isEqualTo(first + second);
		assertThat(texts(data)).contains(SitePages.YOUTH_HUB, SitePages.SCRIPT);
		assertThat(quartersOf(data, SitePages.YOUTH_HUB)).containsExactly("2026-Q2");
		String page = Files.readString(output.resolve("actions.html"), StandardCharsets.UTF_8);
		assertThat(page).doesNotContain("</script><img").doesNotContain("<!-- Close");
		assertThat(page).doesNotContainPattern("(?i)(src|href)=\"(https?:)?//");

		Path index = output.resolve("index.html");
		assertThat(SitePages.links(index)).contains("actions.html", "2026-Q2/index.html", "2026-Q1/index.html",
				"2026-Q2/review.xlsx", "2026-Q1/findings.csv");
		for (String link : SitePages.links(index)) {
			assertThat(output.resolve(link)).as(link).exists();
		}
		assertThat(Files.readString(index)).contains("2026-Q2").contains("2026-Q1");
	}

	@Test
	@Order(2)
	void eachQuartersIndexIsPartOfItsRevisionAndTheRootPagesAreNot() throws Exception {
		for (String quarter : List.of("2026-Q1", "2026-Q2")) {
			Path folder = output.resolve(quarter);
			Manifest manifest = Manifest.read(folder.resolve("manifest.json"));
			assertThat(manifest.outputs()).extracting(Manifest.Entry::name).contains("index.html", "review.xlsx");
			for (String link : SitePages.links(folder.resolve("index.html"))) {
				assertThat(folder.resolve(link).normalize()).as(quarter + ": " + link).exists();
			}
		}
		assertThat(output.resolve("manifest.json")).doesNotExist();
		try (var top = Files.list(output)) {
			// .locks (hidden) holds the runs' locks
			assertThat(top.map(p -> p.getFileName().toString()).filter(name -> !name.startsWith(".")))
				.containsExactlyInAnyOrder("2026-Q1", "2026-Q2", "index.html", "actions.html");
		}
	}

	@Test
	@Order(3)
	void aRerunBecomesTheQuartersCurrentRevisionInBothPages() throws Exception {
		JsonNode before = SitePages.actionsData(output.resolve("actions.html"));
		String quarterIndexBefore = Files.readString(output.resolve("2026-Q1/index.html"));

		ReviewCommand.Outcome rerun = this.command.review(new ReviewRequest(work.resolve("q1"), output,
				Quarter.parse("2026-Q1"), true, false, SitePages.FIRST_DATE, false));
		assertThat(rerun.exitCode()).as(rerun.message()).isZero();

		assertThat(SitePages.links(output.resolve("index.html"))).contains("2026-Q1/revision-2/index.html",
				"2026-Q1/index.html");
		assertThat(Files.readString(output.resolve("index.html"))).contains("revision 2").contains("revision 1");
		JsonNode after = SitePages.actionsData(output.resolve("actions.html"));
		assertThat(after.get("actions").size()).isEqualTo(before.get("actions").size());
		assertThat(Files.readString(output.resolve("2026-Q1/revision-2/index.html")))
			.contains("revision 2 of the review of 2026-Q1")
			.contains("href=\"../index.html\">revision 1</a>");
		assertThat(Files.readString(output.resolve("2026-Q1/index.html"))).as("a published revision never changes")
			.isEqualTo(quarterIndexBefore);
	}

	private void review(String input, String quarter, boolean documents) throws Exception {
		ReviewRequest request = ReviewRequest.of(work.resolve(input), output, Quarter.parse(quarter))
			.dated(quarter.endsWith("Q1") ? SitePages.FIRST_DATE : SitePages.SECOND_DATE);
		ReviewCommand.Outcome outcome = this.command.review(documents ? request : request.withoutDocuments());
		assertThat(outcome.exitCode()).as(outcome.message()).isZero();
	}

	private static List<String> texts(JsonNode data) {
		List<String> texts = new ArrayList<>();
		data.get("actions").forEach(a -> texts.add(a.get(6).asString()));
		return texts;
	}

	private static List<String> quartersOf(JsonNode data, String text) {
		List<String> quarters = new ArrayList<>();
		for (JsonNode a : data.get("actions")) {
			if (a.get(6).asString().equals(text)) {
				JsonNode plan = data.get("plans").get(a.get(0).asInt());
				quarters.add(data.get("quarters").get(plan.get(0).asInt()).get(0).asString());
			}
		}
		return quarters;
	}

}
