package uk.gov.london.planreview.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import uk.gov.london.planreview.quarter.Quarter;
import uk.gov.london.planreview.review.ReviewCommand;
import uk.gov.london.planreview.review.ReviewCsv;
import uk.gov.london.planreview.review.ReviewRequest;
import uk.gov.london.planreview.testing.Chromium;
import uk.gov.london.planreview.testing.JobTest;
import uk.gov.london.planreview.testing.Project;

/**
 * The pages as an analyst meets them: opened from the disk (file://) in a real browser,
 * headless Chromium, with no network. Two quarters are reviewed with their documents into
 * one folder; the tests follow the links from the root index to a quarter and a feedback,
 * type into the actions' filter and read the rows it shows. Screenshots go to
 * target/browser/.
 *
 * <p>
 * Skipped, saying so, where Chromium is not installed (apt-get install chromium); CI
 * installs it.
 */
@JobTest
class BrowserTests {

	private static final Path SCREENSHOTS = Project.path("target", "browser");

	@TempDir
	static Path work;

	static Path output;

	static Chromium browser;

	@BeforeAll
	static void reviewTwoQuartersAndStartTheBrowser(@Autowired ReviewCommand command) throws Exception {
		assumeTrue(Chromium.executable().isPresent(),
				"Chromium is not installed (apt-get install chromium): the browser tests are skipped");
		SitePages.inputs(work.resolve("q1"), work.resolve("q2"));
		output = work.resolve("shared drive");
		for (String quarter : List.of("2026-Q1", "2026-Q2")) {
			ReviewCommand.Outcome outcome = command.review(
					ReviewRequest.of(work.resolve(quarter.endsWith("Q1") ? "q1" : "q2"), output, Quarter.parse(quarter))
						.dated(quarter.endsWith("Q1") ? SitePages.FIRST_DATE : SitePages.SECOND_DATE));
			assertThat(outcome.exitCode()).as(outcome.message()).isZero();
		}
		browser = Chromium.start(1280, 900);
	}

	@AfterAll
	static void closeTheBrowser() throws Exception {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void fromTheIndexOfEveryQuarterToAnAuthoritysFeedback() throws Exception {
		browser.open(url("index.html"));
		assertThat(strings("[...document.querySelectorAll('#quarter-list tbody th strong')].map(e => e.textContent)"))
			.containsExactly("2026-Q2", "2026-Q1");
		assertThat(strings("[...document.querySelectorAll('#feedback-list tbody th')].map(e => e.textContent)"))
			.containsExactly("Camden", "Hackney");
		browser.screenshot(SCREENSHOTS.resolve("index.png"), false);

		String quarter = browser.evaluate("document.querySelector('#quarter-list tbody tr td a').href").asString();
		assertThat(quarter).endsWith("/2026-Q2/index.html");
		browser.open(quarter);
		assertThat(browser.evaluate("document.title").asString()).contains("2026-Q2");
		String camden = browser
			.evaluate("[...document.querySelectorAll('tbody tr')].find(r => r.querySelector('th').textContent === "
					+ "'Camden').querySelector('a[href$=\".html\"]').href")
			.asString();
		assertThat(camden).endsWith("/2026-Q2/feedback/E09000007.html");
		assertThat(browser.evaluate("performance.getEntriesByType('resource').length").asInt()).as("nothing fetched")
			.isZero();

		browser.open(camden);
		assertThat(browser
			.evaluate("document.fonts.ready.then(() => [...document.fonts]"
					+ ".filter(f => f.family.replaceAll('\"', '') === 'Noto Sans' && f.status === 'loaded').length)")
			.asInt()).as("the bundled font, loaded from the page's own stylesheet").isPositive();
		assertThat(browser.evaluate("getComputedStyle(document.body).fontFamily").asString())
			.startsWith("\"Noto Sans\"");
		assertThat(browser.evaluate("document.querySelector('.section p').getBoundingClientRect().width").asDouble())
			.as("a readable measure")
			.isLessThanOrEqualTo(46 * 16);
		browser.screenshot(SCREENSHOTS.resolve("feedback.png"), false);
		browser.evaluate("window.scrollTo(0, document.body.scrollHeight)");
		JsonNode contents = browser.evaluate("(() => { const r = document.querySelector('nav.contents')"
				+ ".getBoundingClientRect(); return [r.top, r.bottom, innerHeight]; })()");
		assertThat(contents.get(0).asDouble()).as("the contents stay in view at the end of the page")
			.isGreaterThanOrEqualTo(0)
			.isLessThan(contents.get(2).asDouble());
		browser.screenshot(SCREENSHOTS.resolve("feedback-end.png"), false);
	}

	@Test
	void theActionsOfBothQuartersFilterAsOneTypes() throws Exception {
		int total = ReviewCsv.read(output.resolve("2026-Q1/actions.csv")).size()
				+ ReviewCsv.read(output.resolve("2026-Q2/actions.csv")).size();
		browser.open(url("actions.html"));
		assertThat(text("#count")).isEqualTo("Showing " + total + " of all " + total + " actions");
		assertThat(rows()).hasSize(total);
		assertThat(column(2)).containsOnly("2026-Q2", "2026-Q1").startsWith("2026-Q2").endsWith("2026-Q1");

		browser.evaluate("document.getElementById('filter').focus()");
		browser.type("youth hub");
		assertThat(rows()).singleElement().satisfies(row -> {
			assertThat(row.get(0)).isEqualTo("Camden");
			assertThat(row.get(1)).isEqualTo("2026-Q2");
			assertThat(row.get(7)).isEqualTo(SitePages.YOUTH_HUB);
		});
		assertThat(text("#count")).isEqualTo("Showing 1 of 1 matching actions (" + total + " in all)");
		assertThat(browser.evaluate("document.querySelector('#actions tbody a').href").asString())
			.endsWith("/2026-Q2/feedback/E09000007.html");

		for (int i = 0; i < "youth hub".length(); i++) {
			browser.backspace();
		}
		browser.type("mediation");
		assertThat(rows()).hasSize(4).allSatisfy(row -> assertThat(row.get(7)).containsIgnoringCase("mediation"));
		assertThat(column(2)).containsExactly("2026-Q2", "2026-Q2", "2026-Q1", "2026-Q1");
		browser.evaluate("(() => { const s = document.getElementById('quarter'); "
				+ "s.value = [...s.options].find(o => o.text === '2026-Q1').value; "
				+ "s.dispatchEvent(new Event('change')); })()");
		assertThat(column(2)).containsExactly("2026-Q1", "2026-Q1");
		assertThat(column(1)).containsExactly("Camden", "Hackney");

		for (int i = 0; i < "mediation".length(); i++) {
			browser.backspace();
		}
		browser.evaluate("(() => { const s = document.getElementById('quarter'); s.value = ''; "
				+ "s.dispatchEvent(new Event('change')); })()");
		browser.type("close the gap");
		assertThat(rows()).singleElement()
			.satisfies(row -> assertThat(row.get(7)).as("shown as text, never as markup").isEqualTo(SitePages.SCRIPT));
		assertThat(browser.evaluate("document.querySelectorAll('#actions img').length").asInt()).isZero();

		for (int i = 0; i < "close the gap".length(); i++) {
			browser.backspace();
		}
		browser.evaluate("document.querySelector('button[data-column=\"rag\"]').click()");
		assertThat(column(7).get(0)).isEqualTo("Red");
		assertThat(browser
			.evaluate("document.querySelector('button[data-column=\"rag\"]').parentNode" + ".getAttribute('aria-sort')")
			.asString()).isEqualTo("ascending");
		assertThat(browser.evaluate("performance.getEntriesByType('resource').length").asInt()).as("nothing fetched")
			.isZero();

		browser.evaluate("document.getElementById('filter').focus()");
		browser.type("Camden");
		browser.screenshot(SCREENSHOTS.resolve("actions.png"), false);
	}

	private static String url(String page) {
		return output.resolve(page).toUri().toString();
	}

	private static String text(String selector) throws Exception {
		return browser.evaluate("document.querySelector('" + selector + "').textContent").asString();
	}

	/** The rows the table shows, each as its cells' text. */
	private static List<List<String>> rows() throws Exception {
		JsonNode rows = browser.evaluate(
				"[...document.querySelectorAll('#actions tbody tr')].map(r => [...r.cells].map(c => c.textContent))");
		List<List<String>> list = new ArrayList<>();
		for (JsonNode row : rows) {
			List<String> cells = new ArrayList<>();
			row.forEach(c -> cells.add(c.asString()));
			list.add(cells);
		}
		return list;
	}

	/** One column of the rows shown, numbered from 1. */
	private static List<String> column(int n) throws Exception {
		return rows().stream().map(r -> r.get(n - 1)).toList();
	}

	private static List<String> strings(String expression) throws Exception {
		List<String> list = new ArrayList<>();
		browser.evaluate(expression).forEach(v -> list.add(v.asString()));
		return list;
	}

}
