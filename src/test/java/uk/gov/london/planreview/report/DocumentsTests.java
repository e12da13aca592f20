package uk.gov.london.planreview.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpServer;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;

import uk.gov.london.planreview.history.MovementStore;
import uk.gov.london.planreview.quarter.Quarter;
import uk.gov.london.planreview.review.ReviewCsv;
import uk.gov.london.planreview.review.ReviewPdf;
import uk.gov.london.planreview.review.ReviewRun;
import uk.gov.london.planreview.testing.JobTest;
import uk.gov.london.planreview.testing.Project;
import uk.gov.london.planreview.testing.Tools;

/**
 * The documents of one small fixture run (four plans, one of them joint, one with gaps of
 * every kind, one with hostile cells, an unreadable file, and stock-take responses),
 * after a run of the quarter before: archival and accessible, saying what the data says,
 * with the figures of the CSV files (movement, good practice and linking up included),
 * and showing hostile text as text.
 */
@JobTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentsTests {

	static final Instant RUN_DATE = Instant.parse("2026-10-10T09:00:00Z");

	/**
	 * Made here rather than by @TempDir: the database's location is needed before JUnit
	 * fills such fields.
	 */
	static final Path work = temporaryFolder();

	Path quarter;

	HttpServer server;

	final AtomicInteger requests = new AtomicInteger();

	@Autowired
	JobOperator jobOperator;

	@Autowired
	Job quarterlyReview;

	@Autowired
	MovementStore movements;

	@Autowired
	ReviewDataLoader loader;

	@Autowired
	ReviewReport review;

	@Autowired
	FeedbackReport feedback;

	@BeforeAll
	void run() throws Exception {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", exchange -> {
			this.requests.incrementAndGet();
			exchange.sendResponseHeaders(404, -1);
			exchange.close();
		});
		this.server.start();
		Path previous = work.resolve("previous");
		DocumentFixtures.writePreviousQuarter(previous);
		Path input = work.resolve("input");
		DocumentFixtures.write(input, "http://127.0.0.1:" + this.server.getAddress().getPort());
		Path output = work.resolve("output");
		long started = System.nanoTime();
		// Last quarter without documents, for the movement since then: only its tables
		// are compared with.
		review(Quarter.parse("2026-Q2"), previous, output, false);
		System.out.println("Last quarter's run took " + (System.nanoTime() - started) / 1_000_000 + " ms");
		started = System.nanoTime();
		review(Quarter.parse("2026-Q3"), input, output, true);
		System.out.println("Fixture run took " + (System.nanoTime() - started) / 1_000_000 + " ms");
		this.quarter = output.resolve("2026-Q3");
	}

	private void review(Quarter quarter, Path input, Path output, boolean documents) throws Exception {
		JobExecution execution = this.jobOperator.start(this.quarterlyReview,
				ReviewRun.parameters(quarter, input, output, 1, 0, RUN_DATE, documents));
		assertThat(execution.getStatus()).as(execution.getAllFailureExceptions().toString())
			.isEqualTo(BatchStatus.COMPLETED);
	}

	@AfterAll
	void stop() throws IOException {
		this.server.stop(0);
		try (Stream<Path> files = Files.walk(work)) {
			files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
		}
	}

	static Path temporaryFolder() {
		try {
			return Files.createTempDirectory("documents-tests");
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	List<Path> pdfs() throws IOException {
		try (Stream<Path> files = Files.walk(this.quarter)) {
			return files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
		}
	}

	@Test
	void everyDocumentIsPdfA3aAndPdfUa1() throws Exception {
		List<Path> pdfs = pdfs();
		assertThat(pdfs).hasSize(1 + 4 + 1).contains(this.quarter.resolve("stocktake.pdf"));
		for (Path pdf : pdfs) {
			long started = System.nanoTime();
			List<VeraPdf.Failure> failures = VeraPdf.failures(pdf);
			System.out.println("veraPDF " + this.quarter.relativize(pdf) + ": " + failures.size() + " failed rules, "
					+ (System.nanoTime() - started) / 1_000_000 + " ms");
			assertThat(failures).as(pdf.getFileName().toString()).isEmpty();
		}
	}

	@Test
	void everyDocumentPassesQpdfsCheckWithoutWarnings() throws Exception {
		Path qpdf = Tools.assumeInstalled("qpdf", "apt-get install -y qpdf");
		for (Path pdf : pdfs()) {
			Process check = new ProcessBuilder(qpdf.toString(), "--check", pdf.toString()).redirectErrorStream(true)
				.start();
			String said = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(check.waitFor(1, TimeUnit.MINUTES)).isTrue();
			assertThat(check.exitValue()).as(pdf + ": " + said).isZero();
			assertThat(said).as(pdf.getFileName().toString()).doesNotContainIgnoringCase("warning");
		}
	}

	@Test
	void theReviewHasItsTitleLanguageOutlineAndTheFiguresOfTheCsvFiles() throws Exception {
		Path pdf = this.quarter.resolve("review.pdf");
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			assertThat(document.getDocumentInformation().getTitle())
				.isEqualTo("London-wide review of CSP violence reduction action plans");
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
			assertThat(outline(document)).containsExactly("At a glance", "Contents", "Introduction",
					"The overall standard", "Theme by theme", "Partnership breadth",
					"RAG position and movement since last quarter", "Areas of good practice", "Areas for development",
					"Linking up", "Appendix A: Scorecard of every plan",
					"Appendix B: Partners leading actions, plan by plan", "Appendix C: The numbers behind the charts",
					"Appendix D: Method");
		}
		String text = text(pdf);
		assertThat(text).contains("from reviewing all four action plans received for 2026-Q3 (July to September 2026)")
			.contains("The plans cover five of London’s thirty-three authorities")
			.contains(
					"Kingston upon Thames and Richmond upon Thames submitted a single joint plan, so four plans cover five authorities.")
			.contains("No plan was reviewed this quarter for twenty-eight authorities")
			.contains("One submission could not be read and was not reviewed.")
			.contains("Lewisham.xlsx: This is not a spreadsheet")
			.contains("one is not signed off at all")
			.contains("in one of the four plans more than half of the actions are led by the police alone.");

		List<CSVRecord> actions = csv(this.quarter.resolve("actions.csv"));
		List<CSVRecord> scores = csv(this.quarter.resolve("scores.csv"));
		int total = actions.size();
		long outcome = actions.stream().filter(r -> !list(r.get("missing")).contains("outcome")).count();
		long lead = actions.stream().filter(r -> !list(r.get("missing")).contains("lead")).count();
		long rag = actions.stream().filter(r -> !r.get("rag").equals("none")).count();
		assertThat(text).contains("Of the " + total + " actions in the plans, " + Prose.percent(outcome, total) + " ("
				+ outcome + ") have an outcome, " + Prose.percent(lead, total) + " (" + lead + ") a named lead");
		assertThat(text).contains(Prose.percent(rag, total) + " (" + rag + ") a RAG rating.");
		long red = actions.stream().filter(r -> r.get("rag").equals("red")).count();
		assertThat(text).contains(red + " (" + Prose.percent(red, total) + ") red");

		// The scorecard appendix gives every plan's row of scores.csv, plans by name.
		for (CSVRecord s : scores) {
			assertThat(squeeze(text)).contains(squeeze(String.join(" ", s.get("template_version"), s.get("actions"),
					s.get("completeness"), s.get("mandatory_coverage"), s.get("partnership_breadth"),
					Integer.toString(list(s.get("partner_categories")).size()),
					Math.round(Double.parseDouble(s.get("police_share")) * 100) + "%")));
		}
		String scorecard = squeeze(text).substring(squeeze(text).lastIndexOf("Scorecardofeveryplan"));
		assertThat(scorecard).containsSubsequence("Camden", "Hackney", "KingstonuponThamesandRichmonduponThames",
				"Lambeth");
		// London medians, as Excel's MEDIAN of scores.csv gives them.
		String median = Quartiles.of(scores.stream().map(r -> Double.parseDouble(r.get("completeness"))).toList())
			.medianText();
		assertThat(text).contains("the median plan scores " + median + " out of 100 for completeness");
		// The method appendix prints the weights in force.
		assertThat(text).contains("An outcome 3")
			.contains("A named lead 3")
			.contains("Completeness 40")
			.contains("Mandatory coverage 30")
			.contains("full marks at 8");
	}

	@Test
	void aBoardReadingItsFeedbackKnowsWhatToFixAndWhomToCall() throws Exception {
		String planId = DocumentFixtures.GAPPY;
		Path pdf = this.quarter.resolve("feedback/" + planId + ".pdf");
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			assertThat(document.getDocumentInformation().getTitle())
				.isEqualTo("Feedback on the violence reduction action plan: Lambeth");
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
			assertThat(outline(document)).containsExactly("At a glance", "Contents", "Scores beside London",
					"Theme by theme", "What is strong", "What to improve", "RAG position",
					"Movement since last quarter", "Linking up: who could help", "Appendix A: Actions to complete");
		}
		String text = text(pdf);
		CSVRecord score = csv(this.quarter.resolve("scores.csv")).stream()
			.filter(r -> r.get("plan_id").equals(planId))
			.findFirst()
			.orElseThrow();
		assertThat(text)
			.contains("Its overall score of " + score.get("overall") + " is in the bottom quarter of London’s plans")
			.contains("More than half of its actions are led by the police alone.")
			.contains("A revised plan is due by 5 December 2026.");
		assertThat(score.get("signed_off")).isEqualTo("no");
		assertThat(text).contains("The plan is not signed off");

		List<String> missing = list(score.get("mandatory_missing"));
		assertThat(text).contains(Prose.capitalise(Prose.count(missing.size()))
				+ " mandatory actions of the template are missing from the plan");
		for (String ref : missing) {
			assertThat(text).contains(" " + ref + " ");
		}
		for (String ref : list(score.get("mandatory_not_filled_in"))) {
			assertThat(text).contains(" " + ref + " ");
		}

		List<CSVRecord> actions = csv(this.quarter.resolve("actions.csv")).stream()
			.filter(r -> r.get("plan_id").equals(planId))
			.toList();
		List<String> noLead = actions.stream()
			.filter(r -> list(r.get("missing")).contains("lead"))
			.map(r -> r.get("action_ref").isEmpty() ? "row " + r.get("row") + " of ‘" + r.get("sheet") + "’"
					: r.get("action_ref"))
			.toList();
		assertThat(noLead).containsExactly("2.1", "2.4", "4.1", "7.1");
		assertThat(squeeze(text)).contains(
				squeeze("A named lead " + noLead.size() + " of " + actions.size() + " " + String.join(", ", noLead)));
		assertThat(squeeze(text)).contains(squeeze("Progress to date 2 of 8 2.1, row 9 of ‘Action Plan’"));
		// Whom to call: the red actions with their leads.
		assertThat(squeeze(text)).contains(squeeze(
				"2.2 Analysis and enforcement Hold a monthly partnership tasking meeting on violence DI Smith (MPS)"));
	}

	@Test
	void aHostileCellIsShownAsTextAndNothingIsFetched() throws Exception {
		Path html = this.quarter.resolve("feedback/E09000012.html");
		String markup = Files.readString(html);
		assertThat(markup).doesNotContain("<script")
			.doesNotContain("<img")
			.doesNotContain("<a href=\"http")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.contains("&lt;img src=&quot;file:///etc/passwd&quot;&gt;");
		String text = squeeze(text(this.quarter.resolve("feedback/E09000012.pdf")));
		assertThat(text).contains(squeeze(DocumentFixtures.SCRIPT))
			.contains(squeeze(DocumentFixtures.FILE_IMAGE))
			.contains("YOSManager<ahref=");
		assertThat(this.requests).as("requests made to the address in the hostile cells").hasValue(0);
	}

	@Test
	void charactersTheFontsLackAreReplacedInThePdfAndKeptInTheHtml() throws Exception {
		String text = squeeze(text(this.quarter.resolve("feedback/E09000012.pdf")));
		assertThat(text).contains("Outreach\uFFFD\uFFFDleaflets").contains("printed👍");
		String markup = Files.readString(this.quarter.resolve("feedback/E09000012.html"));
		assertThat(markup).contains("Outreach 中文 leaflets printed 👍");
	}

	@Test
	void theReviewSaysWhatMovedSinceLastQuarterAsScoresCsvAndMovementCsvGiveIt() throws Exception {
		List<CSVRecord> movement = csv(this.quarter.resolve("movement.csv"));
		Map<String, Long> moved = movement.stream()
			.collect(Collectors.groupingBy(r -> r.get("movement"), Collectors.counting()));
		assertThat(moved).containsExactlyInAnyOrderEntriesOf(Map.of("turned green", 2L, "improved", 1L, "completed", 1L,
				"turned red", 1L, "added", 2L, "dropped", 2L));
		String text = text(this.quarter.resolve("review.pdf"));
		assertThat(text).contains("Three of the four plans were also reviewed in 2026-Q2; Hackney was not. "
				+ "Since then, of their actions 2 turned green, 1 improved from red to amber, 1 was completed and 1 turned red; "
				+ "2 actions were added and 2 dropped.");
		// The chart's numbers, in the appendix of figures.
		assertThat(squeeze(text))
			.contains(squeeze("Turned green 2 Improved 1 Completed 1 Worsened 0 Turned red 1 Added 2 Dropped 2"));
		// Each plan's overall score then and now, in the scorecard; a score that fell is
		// "'-5.2" in scores.csv.
		List<CSVRecord> compared = csv(this.quarter.resolve("scores.csv")).stream()
			.filter(r -> !r.get("previous_quarter").isEmpty())
			.toList();
		assertThat(compared).hasSize(3);
		for (CSVRecord s : compared) {
			assertThat(squeeze(text))
				.contains(squeeze(s.get("previous_overall") + " " + s.get("overall_change").replace("'", "")));
		}
		// Falls are counted, not named: the London-wide review names no plan as weak.
		assertThat(text).contains("Overall scores fell in two plans and stayed the same in one plan.")
			.doesNotContain("fell back in Lambeth");
	}

	@Test
	void theReviewQuotesGoodPracticeByIdeaAsGoodPracticeCsvListsIt() throws Exception {
		List<CSVRecord> practice = csv(this.quarter.resolve("good-practice.csv")).stream()
			.filter(r -> !r.get("category").equals("new-idea"))
			.filter(r -> Integer.parseInt(r.get("plans_with_category")) * 4 < 3 * 4)
			.toList();
		long plans = practice.stream().map(r -> r.get("plan_id")).distinct().count();
		Map<String, List<CSVRecord>> byIdea = practice.stream()
			.collect(Collectors.groupingBy(r -> r.get("category_name"), java.util.LinkedHashMap::new,
					Collectors.toList()));
		assertThat(byIdea.keySet()).contains("Joint intelligence hub", "Knife bins and surrender", "CitySafe Havens",
				"Mediation between young people in dispute");
		String text = text(this.quarter.resolve("review.pdf"));
		assertThat(text).contains(
				"The review found " + practice.size() + " examples of " + Prose.count(byIdea.size(), "idea", "ideas")
						+ " worth sharing, in " + Prose.count(plans) + " of the four plans.");
		for (List<CSVRecord> examples : byIdea.values()) {
			CSVRecord quoted = examples.get(0);
			String authority = String.join(" and ", list(quoted.get("authorities")));
			assertThat(squeeze(text))
				.contains(squeeze(authority + " (" + quoted.get("action_ref") + "): ‘" + quoted.get("action") + "’"));
		}
		CSVRecord hub = byIdea.get("Joint intelligence hub").get(0);
		assertThat(squeeze(text))
			.contains(squeeze("Outcome: " + hub.get("outcome") + ". Lead: " + hub.get("lead") + " (Council)."));
		assertThat(text).contains("Only one of the four plans has an action of this kind.");
		// Every example quoted is sound: dated and rated.
		for (CSVRecord p : practice) {
			CSVRecord action = csv(this.quarter.resolve("actions.csv")).stream()
				.filter(a -> a.get("plan_id").equals(p.get("plan_id")) && a.get("row").equals(p.get("row")))
				.findFirst()
				.orElseThrow();
			assertThat(action.get("rag")).isIn("green", "amber", "complete");
			assertThat(action.get("start_date") + action.get("end_date")).isNotEmpty();
		}
	}

	@Test
	void theReviewLinksUpGapsWithHelpAsLinkingUpCsvListsThem() throws Exception {
		List<CSVRecord> rows = csv(this.quarter.resolve("linking-up.csv"));
		long plans = rows.stream().map(r -> r.get("plan_id")).distinct().count();
		String text = text(this.quarter.resolve("review.pdf"));
		assertThat(text).contains("This quarter " + Prose.proportion(plans, 4, "partnership has", "partnerships have")
				+ " a gap in at least one area");
		assertThat(text).contains("Linking up is convened by MOPAC's Partnerships team");
		// A gap is what a plan lacks or does weakly; an honest red rating is not one.
		assertThat(rows).noneMatch(r -> r.get("gap").contains("rated red"));
		// Lambeth lacks mandatory 3.3 (a responsible retailer agreement): its weapons
		// sweeps rated red are not a gap, and Camden's knife bins do not answer what it
		// lacks.
		assertThat(rows)
			.filteredOn(r -> r.get("plan_id").equals(DocumentFixtures.GAPPY)
					&& r.get("theme").equals("Reducing access to weapons"))
			.allSatisfy(r -> {
				assertThat(r.get("gap")).contains("mandatory action 3.3 missing");
				assertThat(r.get("offer_action")).doesNotContainIgnoringCase("knife");
			});
	}

	@Test
	void aBoardSeesItsMovementAndWhoElsewhereCouldHelpWithItsGaps() throws Exception {
		String planId = DocumentFixtures.GAPPY;
		String text = text(this.quarter.resolve("feedback/" + planId + ".pdf"));
		CSVRecord score = csv(this.quarter.resolve("scores.csv")).stream()
			.filter(r -> r.get("plan_id").equals(planId))
			.findFirst()
			.orElseThrow();
		assertThat(text).contains("Since the plan was reviewed for " + score.get("previous_quarter")
				+ ", its overall score has fallen from " + score.get("previous_overall") + " to " + score.get("overall")
				+ ".");
		assertThat(squeeze(text)).contains(squeeze("Overall score " + score.get("previous_overall") + " "
				+ score.get("overall") + " " + score.get("overall_change").replace("'", "")));
		assertThat(text).contains("One action turned red, one turned green, one was added and one was dropped.");
		for (CSVRecord moved : csv(this.quarter.resolve("movement.csv"))) {
			if (moved.get("plan_id").equals(planId)) {
				String ref = moved.get("action_ref").isEmpty() ? "row 9 of ‘Action Plan’" : moved.get("action_ref");
				assertThat(squeeze(text))
					.contains(squeeze(Prose.capitalise(moved.get("movement")) + " " + ref + " " + moved.get("action")));
			}
		}
		List<CSVRecord> offers = csv(this.quarter.resolve("linking-up.csv")).stream()
			.filter(r -> r.get("plan_id").equals(planId) && !r.get("offer_plan_id").isEmpty())
			.toList();
		// Each gap with its offers, if a partnership strong there does what Lambeth
		// lacks.
		assertThat(text).contains("Linking up: who could help");
		if (offers.isEmpty()) {
			assertThat(text).contains("No partnership strong in this theme yet does what this plan lacks here.");
		}
		for (CSVRecord offer : offers) {
			assertThat(squeeze(text))
				.contains(squeeze(String.join(" and ", list(offer.get("offer_authorities"))) + " "
						+ offer.get("offer_action") + " (" + offer.get("offer_action_ref") + ")"))
				.contains(squeeze(offer.get("contact")));
		}
		// Its red weapons sweeps are for the board to ask about, not a gap to be helped
		// with.
		assertThat(squeeze(text))
			.contains(squeeze("3.2 Reducing access to weapons Carry out regular weapons sweeps with partners"))
			.doesNotContain(squeeze("Rated red"));

		// A plan not reviewed last quarter says nothing about movement; its good practice
		// is in what is strong.
		String hackney = text(this.quarter.resolve("feedback/E09000012.pdf"));
		assertThat(hackney).doesNotContain("Movement since last quarter")
			.doesNotContain("2026-Q2")
			.contains("The plan was not reviewed last quarter, so this review is its baseline");
		String camden = text(this.quarter.resolve("feedback/E09000007.pdf"));
		assertThat(squeeze(camden))
			.contains(squeeze("Joint intelligence hub (2.6): ‘Co-locate the council's community safety analysts"));
		assertThat(camden).contains("The only plan with this idea.");
	}

	@Test
	void withoutAReviewOfTheQuarterBeforeNothingIsSaidAboutMovement() throws Exception {
		long runId = this.movements.publishedRun(Quarter.parse("2026-Q2"), work.resolve("output"), 1).orElseThrow();
		ReviewData first = this.loader.load(runId, Quarter.parse("2026-Q2"), RUN_DATE);
		assertThat(first.movement()).isEmpty();
		DocumentModel firstReview = this.review.model(first);
		assertThat(firstReview.sections()).extracting(Section::title)
			.contains("RAG position", "Areas of good practice")
			.noneMatch(title -> title.contains("movement"));
		assertThat(this.review.html(first)).contains("First review: this is the baseline");
		PlanView lambeth = first.plan(DocumentFixtures.GAPPY).orElseThrow();
		assertThat(this.feedback.model(first, lambeth).sections()).extracting(Section::id).doesNotContain("movement");
		assertThat(this.feedback.html(first, lambeth)).contains("First review: this is the baseline");
	}

	/**
	 * The feedback of the plan with gaps, as HTML, against the copy kept in
	 * src/test/resources/report/golden/. After an intended change, regenerate it with
	 * {@code mvn test -Dtest=DocumentsTests -Dgolden.update=true} and review the diff
	 * before committing.
	 */
	@Test
	void theFeedbackOfThePlanWithGapsMatchesItsGoldenCopy() throws Exception {
		String actual = Files.readString(this.quarter.resolve("feedback/" + DocumentFixtures.GAPPY + ".html"));
		Path golden = Project.path("src/test/resources/report/golden/feedback-" + DocumentFixtures.GAPPY + ".html");
		if (Boolean.getBoolean("golden.update")) {
			Files.createDirectories(golden.getParent());
			Files.writeString(golden, actual);
		}
		assertThat(actual).isEqualTo(Files.readString(golden));
	}

	static String text(Path pdf) throws IOException {
		return ReviewPdf.text(pdf);
	}

	static List<String> outline(PDDocument document) {
		List<String> titles = new ArrayList<>();
		for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
			titles.add(item.getTitle());
		}
		return titles;
	}

	static List<CSVRecord> csv(Path file) throws IOException {
		return ReviewCsv.read(file);
	}

	static String squeeze(String text) {
		return text.replaceAll("\\s+", "");
	}

	static List<String> list(String cell) {
		return cell.isEmpty() ? List.of() : Arrays.asList(cell.split("; "));
	}

}
