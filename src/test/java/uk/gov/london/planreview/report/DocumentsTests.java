package uk.gov.london.planreview.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpServer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.gov.london.planreview.review.Quarter;
import uk.gov.london.planreview.review.ReviewRun;
import uk.gov.london.planreview.review.TestDatabase;

/**
 * The documents of one small fixture run (four plans, one of them joint, one with gaps of every kind, one
 * with hostile cells, and an unreadable file): archival and accessible, saying what the data says, with
 * the figures of the CSV files, and showing hostile text as text.
 */
@SpringBootTest(properties = "planreview.progress=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentsTests {

	static final Instant RUN_DATE = Instant.parse("2026-10-10T09:00:00Z");

	/** Made here rather than by @TempDir: the database's location is needed before JUnit fills such fields. */
	static final Path work = temporaryFolder();

	Path quarter;

	HttpServer server;

	final AtomicInteger requests = new AtomicInteger();

	@Autowired
	JobOperator jobOperator;

	@Autowired
	Job quarterlyReview;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry, work);
	}

	@BeforeAll
	void run() throws Exception {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", exchange -> {
			this.requests.incrementAndGet();
			exchange.sendResponseHeaders(404, -1);
			exchange.close();
		});
		this.server.start();
		Path input = work.resolve("input");
		DocumentFixtures.write(input, "http://127.0.0.1:" + this.server.getAddress().getPort());
		Path output = work.resolve("output");
		long started = System.nanoTime();
		JobExecution execution = this.jobOperator.start(this.quarterlyReview,
				ReviewRun.parameters(Quarter.parse("2026-Q3"), input, output, 1, 0, RUN_DATE, true));
		System.out.println("Fixture run took " + (System.nanoTime() - started) / 1_000_000 + " ms");
		assertThat(execution.getStatus()).as(execution.getAllFailureExceptions().toString()).isEqualTo(BatchStatus.COMPLETED);
		this.quarter = output.resolve("2026-Q3");
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
		assertThat(pdfs).hasSize(1 + 4);
		for (Path pdf : pdfs) {
			long started = System.nanoTime();
			List<VeraPdf.Failure> failures = VeraPdf.failures(pdf);
			System.out.println("veraPDF " + this.quarter.relativize(pdf) + ": " + failures.size() + " failed rules, "
					+ (System.nanoTime() - started) / 1_000_000 + " ms");
			assertThat(failures).as(pdf.getFileName().toString()).isEmpty();
		}
	}

	@Test
	void theReviewHasItsTitleLanguageOutlineAndTheFiguresOfTheCsvFiles() throws Exception {
		Path pdf = this.quarter.resolve("review.pdf");
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("London-wide review of CSP violence reduction action plans");
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
			assertThat(outline(document)).containsExactly("Contents", "Introduction", "Summary of the plans", "The strongest plans",
					"Theme by theme", "Partnership breadth", "RAG position", "Areas for development",
					"Appendix A: Scorecard of every plan", "Appendix B: Method");
		}
		String text = text(pdf);
		assertThat(text).contains("from reviewing all four action plans received for 2026-Q3 (July to September 2026)")
			.contains("The plans cover five of London’s thirty-three authorities")
			.contains("Kingston upon Thames and Richmond upon Thames submitted a single joint plan. As a result, four plans cover five authorities.")
			.contains("No plan was reviewed this quarter for twenty-eight authorities")
			.contains("Lewisham.xlsx: This is not a spreadsheet")
			.contains("Not signed off: Lambeth.")
			.contains("In Lambeth more than half of the actions are led by the police alone.");

		List<CSVRecord> actions = csv(this.quarter.resolve("actions.csv"));
		List<CSVRecord> scores = csv(this.quarter.resolve("scores.csv"));
		int total = actions.size();
		long outcome = actions.stream().filter(r -> !list(r.get("missing")).contains("outcome")).count();
		long lead = actions.stream().filter(r -> !list(r.get("missing")).contains("lead")).count();
		long rag = actions.stream().filter(r -> !r.get("rag").equals("none")).count();
		assertThat(text).contains("Of the " + total + " actions in the plans, " + Prose.percent(outcome, total) + " (" + outcome
				+ ") have an outcome, " + Prose.percent(lead, total) + " (" + lead + ") a named lead");
		assertThat(text).contains(Prose.percent(rag, total) + " (" + rag + ") a RAG rating.");
		long red = actions.stream().filter(r -> r.get("rag").equals("red")).count();
		assertThat(text).contains(red + " (" + Prose.percent(red, total) + ") are rated red");

		// The scorecard appendix gives every plan's row of scores.csv.
		for (CSVRecord s : scores) {
			assertThat(squeeze(text)).contains(squeeze(String.join(" ", s.get("plan_id"), s.get("template_version"), s.get("actions"),
					s.get("completeness"), s.get("mandatory_coverage"), s.get("partnership_breadth"),
					Integer.toString(list(s.get("partner_categories")).size()), s.get("police_share"), s.get("signed_off"),
					s.get("overall"))));
		}
		// London medians, as Excel's MEDIAN of scores.csv gives them.
		String median = Quartiles.of(scores.stream().map(r -> Double.parseDouble(r.get("completeness"))).toList()).medianText();
		assertThat(text).contains("the median plan scores " + median + " out of 100 for completeness");
		// The method appendix prints the weights in force.
		assertThat(text).contains("An outcome 3").contains("A named lead 3").contains("Completeness 40").contains("Mandatory coverage 30")
			.contains("full marks at 8");
	}

	@Test
	void aBoardReadingItsFeedbackKnowsWhatToFixAndWhomToCall() throws Exception {
		String planId = DocumentFixtures.GAPPY;
		Path pdf = this.quarter.resolve("feedback/" + planId + ".pdf");
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Feedback on the violence reduction action plan: Lambeth");
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
			assertThat(outline(document)).containsExactly("Contents", "Summary", "Scores beside London", "Theme by theme", "What is strong",
					"What to improve", "RAG position", "Appendix A: Actions to complete");
		}
		String text = text(pdf);
		CSVRecord score = csv(this.quarter.resolve("scores.csv")).stream().filter(r -> r.get("plan_id").equals(planId)).findFirst().orElseThrow();
		assertThat(text).contains("Its overall score is " + score.get("overall") + ", ranked " + Prose.ordinal(Integer.parseInt(score.get("rank")))
				+ " of 4 plans this quarter");
		assertThat(score.get("signed_off")).isEqualTo("no");
		assertThat(text).contains("The plan is not signed off");

		List<String> missing = list(score.get("mandatory_missing"));
		assertThat(text).contains(Prose.capitalise(Prose.count(missing.size())) + " mandatory actions of the template are missing from the plan");
		for (String ref : missing) {
			assertThat(text).contains(" " + ref + " ");
		}
		for (String ref : list(score.get("mandatory_not_filled_in"))) {
			assertThat(text).contains(" " + ref + " ");
		}

		List<CSVRecord> actions = csv(this.quarter.resolve("actions.csv")).stream().filter(r -> r.get("plan_id").equals(planId)).toList();
		List<String> noLead = actions.stream()
			.filter(r -> list(r.get("missing")).contains("lead"))
			.map(r -> r.get("action_ref").isEmpty() ? "row " + r.get("row") + " of ‘" + r.get("sheet") + "’" : r.get("action_ref"))
			.toList();
		assertThat(noLead).containsExactly("2.1", "2.4", "4.1", "7.1");
		assertThat(text).contains(noLead.size() + " of " + actions.size() + " actions have no named lead");
		assertThat(squeeze(text)).contains(squeeze("Four actions: " + String.join(", ", noLead) + "."));
		assertThat(text).contains("2 of 8 actions have no progress to date");
		assertThat(squeeze(text)).contains(squeeze("Two actions: 2.1, row 9 of ‘Action Plan’."));
		// Whom to call: the red actions with their leads.
		assertThat(squeeze(text)).contains(squeeze("2.2 Analysis and enforcement Hold a monthly partnership tasking meeting on violence DI Smith (MPS)"));
	}

	@Test
	void aHostileCellIsShownAsTextAndNothingIsFetched() throws Exception {
		Path html = this.quarter.resolve("feedback/E09000012.html");
		String markup = Files.readString(html);
		assertThat(markup).doesNotContain("<script").doesNotContain("<img").doesNotContain("<a href=\"http")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.contains("&lt;img src=&quot;file:///etc/passwd&quot;&gt;");
		String text = squeeze(text(this.quarter.resolve("feedback/E09000012.pdf")));
		assertThat(text).contains(squeeze(DocumentFixtures.SCRIPT)).contains(squeeze(DocumentFixtures.FILE_IMAGE))
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

	/**
	 * The feedback of the plan with gaps, as HTML, against the copy kept in
	 * src/test/resources/report/golden/. After an intended change, regenerate it with
	 * {@code mvn test -Dtest=DocumentsTests -Dgolden.update=true} and review the diff before committing.
	 */
	@Test
	void theFeedbackOfThePlanWithGapsMatchesItsGoldenCopy() throws Exception {
		String actual = Files.readString(this.quarter.resolve("feedback/" + DocumentFixtures.GAPPY + ".html"));
		Path golden = Path.of("src/test/resources/report/golden/feedback-" + DocumentFixtures.GAPPY + ".html");
		if (Boolean.getBoolean("golden.update")) {
			Files.createDirectories(golden.getParent());
			Files.writeString(golden, actual);
		}
		assertThat(actual).isEqualTo(Files.readString(golden));
	}

	static String text(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			// NFKC: the renderer draws "fi" and "ff" with the fonts' ligature glyphs.
			// Lines joined: a sentence may wrap anywhere.
			return java.text.Normalizer.normalize(new PDFTextStripper().getText(document), java.text.Normalizer.Form.NFKC)
				.replaceAll("\\s+", " ");
		}
	}

	static List<String> outline(PDDocument document) {
		List<String> titles = new ArrayList<>();
		for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
			titles.add(item.getTitle());
		}
		return titles;
	}

	static List<CSVRecord> csv(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			reader.skip(1);
			return CSVParser.parse(reader, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).getRecords();
		}
	}

	static String squeeze(String text) {
		return text.replaceAll("\\s+", "");
	}

	static List<String> list(String cell) {
		return cell.isEmpty() ? List.of() : Arrays.asList(cell.split("; "));
	}

}
