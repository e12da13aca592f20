package uk.gov.london.planreview.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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

import uk.gov.london.planreview.quarter.Quarter;
import uk.gov.london.planreview.review.ReviewCsv;
import uk.gov.london.planreview.review.ReviewRun;
import uk.gov.london.planreview.testing.JobTest;
import uk.gov.london.planreview.testing.Project;

/**
 * The documents of the bundled sample run (./run.sh --quarter 2026-Q4 --date 2026-12-01),
 * rendered once for the class and read as their readers would: short enough to circulate,
 * and consistent with themselves and with the CSV files — no authority both helped and
 * helping in one area, every "all", "every" and "all but" recomputed, no settings key or
 * file name in the body, no table printed twice, no borough named as weak in the
 * London-wide review, and plain words throughout.
 */
@JobTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleDocumentsTests {

	static final Path work = DocumentsTests.temporaryFolder();

	Path quarter;

	@Autowired
	JobOperator jobOperator;

	@Autowired
	Job quarterlyReview;

	@BeforeAll
	void runTheSample() throws Exception {
		Path output = work.resolve("output");
		JobExecution execution = this.jobOperator.start(this.quarterlyReview,
				ReviewRun.parameters(Quarter.parse("2026-Q4"), Project.path("input"), output, 1, 0,
						Instant.parse("2026-12-01T09:00:00Z"), true));
		assertThat(execution.getStatus()).as(execution.getAllFailureExceptions().toString())
			.isEqualTo(BatchStatus.COMPLETED);
		this.quarter = output.resolve("2026-Q4");
	}

	@AfterAll
	void clean() throws IOException {
		try (Stream<Path> files = Files.walk(work)) {
			files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
		}
	}

	@Test
	void theDocumentsAreShortEnoughToCirculate() throws Exception {
		Pages review = pages(this.quarter.resolve("review.pdf"));
		System.out.println("Sample review: " + review);
		assertThat(review.beforeAppendices()).as("review body, front page included").isLessThanOrEqualTo(12);
		Pages stocktake = pages(this.quarter.resolve("stocktake.pdf"));
		System.out.println("Sample stock-take: " + stocktake);
		assertThat(stocktake.total()).isLessThanOrEqualTo(8);
		for (Path feedback : feedback()) {
			Pages pages = pages(feedback);
			assertThat(pages.beforeAppendices()).as("%s before its appendix", feedback.getFileName())
				.isLessThanOrEqualTo(6);
		}
		System.out.println("Sample feedback, pages before the appendix: " + feedback().stream().map(f -> {
			try {
				return f.getFileName().toString().replace(".pdf", "") + " " + pages(f).beforeAppendices();
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}).collect(Collectors.joining(", ")));
	}

	@Test
	void everyBandIsTheQuartileRuleTheMethodStatesTheSameInEveryPlaceItIsGiven() throws Exception {
		List<CSVRecord> scores = csv("scores.csv");
		List<Double> overall = scores.stream().map(s -> Double.parseDouble(s.get("overall"))).toList();
		double lower = quartileInc(overall, 0.25);
		double median = quartileInc(overall, 0.5);
		double upper = quartileInc(overall, 0.75);
		Map<String, Integer> counts = new HashMap<>();
		Map<String, String> scorecard = scorecard();
		for (CSVRecord s : scores) {
			double score = Double.parseDouble(s.get("overall"));
			String band = score >= upper && score > median ? "top quarter"
					: score <= lower && score < median ? "bottom quarter" : "middle half";
			assertThat(s.get("band")).as("%s in scores.csv", s.get("authorities")).isEqualTo(band);
			assertThat(scorecard.get(Prose.authorities(s.get("authorities"))))
				.as("%s in the scorecard", s.get("authorities"))
				.isEqualToIgnoringCase(band);
			counts.merge(band, 1, Integer::sum);
		}
		// A quarter of the plans, give or take ties: the top quarter is not a few plans.
		assertThat(counts.get("top quarter")).isBetween(scores.size() / 4 - 1, scores.size() / 4 + 2);
		String review = text(this.quarter.resolve("review.pdf"));
		assertThat(review)
			.contains("By overall score, " + Prose.count(counts.get("top quarter"), "plan is", "plans are")
					+ " in the top quarter of London’s plans, " + Prose.count(counts.get("middle half"))
					+ " in the middle half and " + Prose.count(counts.get("bottom quarter")) + " in the bottom quarter")
			.contains("at or above the upper quartile and above the median");
		// A partnership offered as a model in a theme is in London's top quarter there,
		// as the review's table of themes gives the quartiles.
		String html = flat(Files.readString(this.quarter.resolve("review.html")).replaceAll("<[^>]+>", " "));
		for (CSVRecord offer : csv("linking-up.csv")) {
			if (offer.get("offer_plan_id").isEmpty()) {
				continue;
			}
			Matcher m = Pattern
				.compile(Pattern.quote(offer.get("theme")) + " \\d+ [\\d,]+ ([\\d.]+) ([\\d.]+) to ([\\d.]+)")
				.matcher(html);
			assertThat(m.find()).as(offer.get("theme")).isTrue();
			double completeness = Double.parseDouble(offer.get("offer_theme_completeness"));
			assertThat(completeness).as("%s offered in %s", offer.get("offer_authorities"), offer.get("theme"))
				.isGreaterThanOrEqualTo(Double.parseDouble(m.group(3)))
				.isGreaterThan(Double.parseDouble(m.group(1)));
		}
	}

	/** Excel's QUARTILE.INC, rounded to one decimal place as the scores are. */
	static double quartileInc(List<Double> values, double p) {
		List<Double> sorted = values.stream().sorted().toList();
		double position = p * (sorted.size() - 1);
		int below = (int) Math.floor(position);
		double value = sorted.get(below)
				+ (position - below) * (sorted.get(Math.min(below + 1, sorted.size() - 1)) - sorted.get(below));
		return Math.round(value * 10) / 10.0;
	}

	/** The scorecard's band of each plan, by the plan's name. */
	Map<String, String> scorecard() throws IOException {
		String html = Files.readString(this.quarter.resolve("review.html"));
		String table = html.substring(html.indexOf("<caption>Scorecard of every plan</caption>"));
		table = table.substring(0, table.indexOf("</table>"));
		Map<String, String> bands = new HashMap<>();
		Matcher row = Pattern.compile("<tr><th scope=\"row\">([^<]+)</th>(.*?)</tr>").matcher(table);
		while (row.find()) {
			List<String> cells = Pattern.compile("<td[^>]*>([^<]*)</td>")
				.matcher(row.group(2))
				.results()
				.map(r -> r.group(1))
				.toList();
			bands.put(row.group(1), cells.get(9));
		}
		return bands;
	}

	@Test
	void aPlanTheReviewCallsNotCurrentIsNeverHeldUpAsAModel() throws Exception {
		String review = body(this.quarter.resolve("review.pdf"));
		String notCurrent = review.substring(review.indexOf("Plans that are not current"),
				review.indexOf("We ask these partnerships"));
		Map<String, String> names = new HashMap<>();
		for (CSVRecord s : csv("scores.csv")) {
			String name = Prose.authorities(s.get("authorities"));
			if (notCurrent.contains(name)) {
				names.put(s.get("plan_id"), name);
			}
		}
		assertThat(names.values()).containsExactlyInAnyOrder("Bromley", "Harrow", "Hillingdon", "Hounslow");
		assertThat(csv("good-practice.csv")).noneMatch(p -> names.containsKey(p.get("plan_id")));
		assertThat(csv("linking-up.csv")).noneMatch(o -> names.containsKey(o.get("offer_plan_id")));
		// Nor in the review's good practice, strongest plans in a theme or linking up.
		for (String[] part : List.of(
				new String[] { "Theme by theme What the plans do", "Partnership breadth A strong plan" },
				new String[] { "Areas of good practice The plans belong", "Areas for development A key aim" },
				new String[] { "Linking up Linking up is convened", "" })) {
			int from = review.indexOf(part[0]);
			String section = review.substring(from,
					part[1].isEmpty() ? review.length() : review.indexOf(part[1], from));
			assertThat(names.values()).as(part[0]).noneMatch(section::contains);
		}
		// Nor offered in any feedback.
		for (Path pdf : feedback()) {
			String text = text(pdf);
			int from = text.indexOf("Linking up: who could help ");
			if (from < 0) {
				continue;
			}
			String offers = text.substring(from, text.indexOf("Appendix A", from));
			String own = pdf.getFileName().toString().replace(".pdf", "");
			names.forEach((planId, name) -> {
				if (!planId.equals(own)) {
					assertThat(offers).as("%s offered in %s", name, pdf.getFileName()).doesNotContain(name);
				}
			});
		}
	}

	@Test
	void aNewIdeaIsNotWhatThePlansOwnMandatoryActionsAlreadyAsk() throws Exception {
		List<CSVRecord> actions = csv("actions.csv");
		List<CSVRecord> ideas = csv("good-practice.csv").stream()
			.filter(p -> p.get("category").equals("new-idea"))
			.toList();
		assertThat(ideas).isNotEmpty();
		for (CSVRecord idea : ideas) {
			Set<String> mandatory = new HashSet<>();
			actions.stream()
				.filter(a -> a.get("plan_id").equals(idea.get("plan_id")) && a.get("theme").equals(idea.get("theme"))
						&& a.get("action_type").equals("mandatory"))
				.forEach(a -> mandatory.addAll(contentWords(a.get("action"))));
			Set<String> words = contentWords(idea.get("action"));
			long repeated = words.stream().filter(mandatory::contains).count();
			assertThat(repeated * 2)
				.as("%s %s: %s", idea.get("authorities"), idea.get("action_ref"), idea.get("action"))
				.isLessThanOrEqualTo(words.size());
		}
		// Haringey's 2.6 is its mandatory 2.1 and 2.3 in other words: no new idea, in the
		// review or in Haringey's feedback.
		assertThat(ideas).noneMatch(p -> p.get("action").startsWith("Public health to supply hospital"));
		assertThat(text(this.quarter.resolve("feedback/E09000014.pdf"))).doesNotContain("A new idea");
		// Nor is it, or an action thirteen plans have in as many places, what marks the
		// strongest plans in a theme out.
		assertThat(text(this.quarter.resolve("review.pdf"))).doesNotContain("Public health to supply hospital")
			.doesNotContain("walk and talk project");
	}

	/** A text's words that carry meaning, in lower case. */
	static Set<String> contentWords(String text) {
		Set<String> stop = Set.of("the", "and", "for", "with", "from", "into", "of", "to", "in", "on", "an", "by", "at",
				"every", "all", "our", "its");
		return Stream.of(text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+"))
			.filter(w -> w.length() > 1 && !stop.contains(w))
			.collect(Collectors.toSet());
	}

	@Test
	void noPartnershipIsBothHelpedAndHelpingInOneArea() throws Exception {
		List<CSVRecord> rows = csv("linking-up.csv");
		Map<String, Set<String>> helped = new HashMap<>();
		Map<String, Set<String>> helping = new HashMap<>();
		for (CSVRecord r : rows) {
			helped.computeIfAbsent(r.get("theme"), t -> new HashSet<>()).add(r.get("plan_id"));
			if (!r.get("offer_plan_id").isEmpty()) {
				helping.computeIfAbsent(r.get("theme"), t -> new HashSet<>()).add(r.get("offer_plan_id"));
				assertThat(r.get("offer_theme")).isEqualTo(r.get("theme"));
			}
		}
		assertThat(helping).isNotEmpty();
		helping
			.forEach((theme, helpers) -> assertThat(helpers).as(theme).doesNotContainAnyElementsOf(helped.get(theme)));
		// An honestly reported red action is not a gap.
		assertThat(rows).noneMatch(r -> r.get("gap").contains("rated red"));
	}

	@Test
	void everyClaimAboutAllOrEveryPlanIsWhatTheCsvFilesSay() throws Exception {
		List<CSVRecord> scores = csv("scores.csv");
		List<CSVRecord> practice = csv("good-practice.csv");
		List<CSVRecord> responses = csv("stocktake-responses.csv").stream()
			.filter(r -> r.get("status").equals("standing"))
			.toList();
		Map<String, String> claims = new LinkedHashMap<>();
		String review = body(this.quarter.resolve("review.pdf"));

		int plans = scores.size();
		long full = scores.stream().filter(s -> s.get("mandatory_coverage").equals("100.0")).count();
		claims.put(
				Prose.proportion(full, plans, "plan has", "plans have")
						+ " every mandatory action of their template in place and filled in",
				"mandatory coverage of 100");
		List<CSVRecord> asked = scores.stream().filter(s -> !s.get("signed_off").equals("not-required")).toList();
		long signed = asked.stream().filter(s -> s.get("signed_off").equals("yes")).count();
		claims.put(Prose
			.capitalise(Prose.proportion(signed, asked.size(), "plan whose template asks", "plans whose template asks"))
				+ " for sign-off", "signed off");
		// Theme by theme: which plans' templates have the theme, which have actions in
		// it, and which have its mandatory actions all in place and filled in.
		List<CSVRecord> actions = csv("actions.csv");
		Map<String, List<String>> ends = actions.stream()
			.filter(a -> !a.get("end_date").isEmpty())
			.collect(Collectors.groupingBy(a -> a.get("plan_id"),
					Collectors.mapping(a -> a.get("end_date"), Collectors.toList())));
		if (scores.stream()
			.allMatch(s -> ends.containsKey(s.get("plan_id"))
					&& ends.get(s.get("plan_id")).stream().allMatch(d -> d.compareTo("2026-10-01") < 0))) {
			claims.put("every dated action was due to end before this quarter", "timescales run out in every plan");
		}
		Map<String, Map<String, String>> reportedAs = new HashMap<>();
		for (CSVRecord t : ReviewCsvFiles.read(Project.path("config", "reference", "themes.csv"))) {
			reportedAs.computeIfAbsent(t.get("version"), v -> new LinkedHashMap<>())
				.put(t.get("theme"), t.get("reported_as"));
		}
		Map<String, String> mandatoryTheme = new HashMap<>();
		for (CSVRecord a : ReviewCsvFiles.read(Project.path("config", "reference", "mandatory-actions.csv"))) {
			mandatoryTheme.put(a.get("version") + "|" + a.get("ref"),
					reportedAs.get(a.get("version")).get(a.get("theme")));
		}
		Set<String> themes = new java.util.LinkedHashSet<>();
		reportedAs.values().forEach(v -> themes.addAll(v.values()));
		for (String theme : themes) {
			List<CSVRecord> expecting = scores.stream()
				.filter(s -> reportedAs.get(s.get("template_version")).containsValue(theme))
				.toList();
			long with = expecting.stream()
				.filter(s -> actions.stream()
					.anyMatch(a -> a.get("plan_id").equals(s.get("plan_id")) && a.get("theme").equals(theme)))
				.count();
			long complete = expecting.stream()
				.filter(s -> Stream.of(s.get("mandatory_missing"), s.get("mandatory_not_filled_in"))
					.flatMap(refs -> refs.isEmpty() ? Stream.of() : Stream.of(refs.split("; ")))
					.noneMatch(ref -> theme.equals(mandatoryTheme.get(s.get("template_version") + "|" + ref))))
				.count();
			String whose = " whose template has this theme ";
			String withActions = Prose.capitalise(Prose.proportion(with, expecting.size(), "plan", "plans")) + whose
					+ (with == 1 ? "has" : "have") + " actions in it";
			claims.put(withActions, theme + ": plans with actions");
			String section = themeSection(theme);
			assertThat(section).as(theme).contains(withActions);
			if (complete == expecting.size()) {
				String allInPlace = Prose.capitalise(Prose.proportion(complete, expecting.size(), "plan", "plans"))
						+ whose + (complete == 1 ? "has" : "have") + " its mandatory actions in place and filled in";
				claims.put(allInPlace, theme + ": mandatory actions all in place");
				assertThat(section).as(theme).contains(allInPlace);
			}
			else {
				assertThat(section).as(theme).doesNotContain("its mandatory actions in place and filled in");
			}
		}
		Map<String, Integer> withIdea = new LinkedHashMap<>();
		practice.stream()
			.filter(p -> !p.get("category").equals("new-idea"))
			.forEach(p -> withIdea.put(p.get("category_name"), Integer.parseInt(p.get("plans_with_category"))));
		withIdea.forEach((idea, count) -> {
			if (count * 4 >= plans * 3) {
				claims.put(idea.substring(0, 1).toLowerCase() + idea.substring(1) + " ("
						+ Prose.proportion(count, plans, "plan", "plans") + ")", idea + " is common practice");
			}
		});
		// A claim recomputed here is either made as recomputed, or not made at all (a
		// theme may have no sentence of its own); the sweep below finds any other.
		assertThat(review).contains(claims.keySet().iterator().next());

		String stocktake = text(this.quarter.resolve("stocktake.pdf"));
		long corporate = responses.stream()
			.filter(r -> List.of("yes", "in development", "incorporated in the community safety strategy")
				.contains(r.get("corporate_approach")))
			.count();
		assertThat(stocktake)
			.contains(Prose.capitalise(Prose.proportion(corporate, responses.size(), "authority", "authorities"))
					+ " that responded said that either they had a corporate approach");
		long collaborating = responses.stream()
			.filter(r -> Stream
				.of("collaboration_with_police", "collaboration_cross_agency", "collaboration_cross_borough")
				.anyMatch(c -> r.get(c).equals("yes")))
			.count();
		assertThat(stocktake)
			.contains(Prose.capitalise(Prose.proportion(collaborating, responses.size(), "authority", "authorities"))
					+ " that responded said that their work on serious youth violence");

		// No other "all", "every" or "all but" claim about plans or authorities is made:
		// each one the documents make is among those checked above.
		List<String> unchecked = new ArrayList<>();
		Set<String> checked = new HashSet<>(claims.keySet());
		Pattern claim = Pattern.compile(
				"[^.]*\\b(?:[Aa]ll but \\w+ of the|[Aa]ll [a-z-]+|[Ee]very) (?:plans?|authorit(?:y|ies)|partnerships?)\\b[^.]*\\.");
		Matcher m = claim.matcher(review);
		while (m.find()) {
			String sentence = m.group().trim();
			if (checked.stream().noneMatch(sentence::contains) && !ALLOWED.matcher(sentence).find()) {
				unchecked.add(sentence);
			}
		}
		assertThat(unchecked).as("claims about all or every plan that no check recomputes").isEmpty();
	}

	/** The review's section on one theme, as its HTML file holds it, on one line. */
	String themeSection(String theme) throws IOException {
		String html = Files.readString(this.quarter.resolve("review.html"));
		for (String block : html.split("<h3 id=\"theme-")) {
			if (block.contains(">" + theme + "</h3>")) {
				String section = block.substring(0, Math.max(block.indexOf("</div>"), 0));
				return section.replaceAll("<[^>]+>", "").replace("&#8217;", "’").replaceAll("\\s+", " ");
			}
		}
		throw new AssertionError("No section on " + theme);
	}

	@Test
	void aFeedbackSaysEveryActionCarriesSomethingOnlyWhenItDoes() throws Exception {
		Map<String, List<CSVRecord>> byPlan = csv("actions.csv").stream()
			.collect(Collectors.groupingBy(r -> r.get("plan_id")));
		Pattern every = Pattern.compile("Every one of its (\\d+) actions has ([^.]*)\\.");
		int checked = 0;
		for (Path pdf : feedback()) {
			String planId = pdf.getFileName().toString().replace(".pdf", "");
			List<CSVRecord> actions = byPlan.get(planId);
			Matcher m = every.matcher(text(pdf));
			while (m.find()) {
				assertThat(Integer.parseInt(m.group(1))).isEqualTo(actions.size());
				for (String item : List.of("an outcome:outcome", "a named lead:lead", "a RAG rating:rag")) {
					String[] said = item.split(":");
					if (m.group(2).contains(said[0])) {
						assertThat(actions).as("%s: every action has %s", planId, said[0])
							.noneMatch(a -> List.of(a.get("missing").split("; ")).contains(said[1]));
						checked++;
					}
				}
			}
		}
		assertThat(checked).isPositive();
	}

	/**
	 * Sentences with "all" or "every" that are not claims about how many plans do
	 * something: the review's scope and how it is used.
	 */
	static final Pattern ALLOWED = Pattern.compile("all 32 boroughs and the City of London|from reviewing all|"
			+ "every plan’s scores|Scorecard of every plan|reports every plan as it was received|"
			+ "look for them in every plan|each plan has moved|every plan reviewed is current|every action");

	@Test
	void noSettingsKeyOrFileNameIsInTheBodyOfADocument() throws Exception {
		Set<String> keys = settingsKeys();
		Pattern file = Pattern.compile("\\b[\\w-]+\\.(csv|xlsx|xlsm|xls|yml)\\b");
		List<Path> documents = new ArrayList<>(
				List.of(this.quarter.resolve("review.pdf"), this.quarter.resolve("stocktake.pdf")));
		documents.addAll(feedback());
		for (Path pdf : documents) {
			String body = body(pdf);
			assertThat(file.matcher(body).results().map(java.util.regex.MatchResult::group).toList())
				.as("file names in %s", pdf.getFileName())
				.isEmpty();
			assertThat(keys).as("settings keys in %s", pdf.getFileName()).noneMatch(body::contains);
			assertThat(body).as("machine wording in %s", pdf.getFileName())
				.doesNotContain("not-required")
				.doesNotContainPattern("\\bA, E\\b")
				.doesNotContainPattern("\\b0\\.\\d\\d\\b")
				.doesNotContainPattern("\\b\\d+\\.0 (kinds|actions|plans)");
		}
	}

	@Test
	void noConfigurationPathOrSettingsKeyIsAnywhereInADocumentAppendicesIncluded() throws Exception {
		Set<String> keys = settingsKeys();
		List<Path> documents = new ArrayList<>(
				List.of(this.quarter.resolve("review.pdf"), this.quarter.resolve("stocktake.pdf")));
		documents.addAll(feedback());
		for (Path pdf : documents) {
			String text = text(pdf);
			assertThat(text).as("configuration in %s", pdf.getFileName())
				.doesNotContain("config/")
				.doesNotContain("application.yml")
				.doesNotContain("police_share")
				.doesNotContain("Shannon");
			assertThat(keys).as("settings keys in %s", pdf.getFileName()).noneMatch(text::contains);
		}
		assertThat(text(this.quarter.resolve("review.pdf"))).contains("The reviewing team can change them");
	}

	@Test
	void theStocktakeIsLondonCouncilsOwnAndSaysOnlyWhatTheAnswersShow() throws Exception {
		Path pdf = this.quarter.resolve("stocktake.pdf");
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("London Councils");
		}
		String text = text(pdf);
		assertThat(text.strip()).startsWith("London Councils Stock-take of borough activity")
			.doesNotContain("Metropolitan Police Service")
			.doesNotContain("London Councils may")
			// Nothing about those that did not respond beyond who they are.
			.doesNotContain("own this agenda")
			.doesNotContain("rest almost entirely on the police");
		for (CSVRecord r : csv("stocktake-responses.csv")) {
			if (!r.get("status").equals("standing")) {
				continue;
			}
			String name = r.get("authority");
			// An authority whose answer describes engagement is not said to be silent on
			// it.
			if (!r.get("community_engagement").equals("yes") && !r.get("community_engagement_detail").isBlank()) {
				assertThat(text).as(name).doesNotContainPattern(Pattern.quote(name) + "[^.]*did not say so");
			}
			// An answer and a document that disagree are both reported.
			if (!r.get("knife_crime_plan").equals("yes") && r.get("supporting_documents")
				.toLowerCase(java.util.Locale.ROOT)
				.contains("knife crime action plan")) {
				assertThat(text).contains(name + " nonetheless listed a knife crime action plan");
			}
		}
		assertThat(text).contains(
				"Hillingdon and Hounslow said that knife crime was incorporated in their community safety strategy");
	}

	@Test
	void theWordingSlipsReadersFoundAreGone() throws Exception {
		String review = text(this.quarter.resolve("review.pdf"));
		// A lead's cell of two lines reads as one phrase, not "Name; Post".
		assertThat(review).contains("Rhys Kowalczyk, ASB Manager").doesNotContain("Kowalczyk;");
		assertThat(review).doesNotContain("(no plan)")
			.doesNotContain("with whom to ask")
			.doesNotContainPattern("neither comments nor supporting documents[^.]*lack it");
		for (Path feedback : feedback()) {
			assertThat(text(feedback)).as("%s", feedback.getFileName())
				.doesNotContainPattern("Every one of its [\\d,]+ actions lack ")
				.doesNotContainPattern("\\w; {2,}\\w");
		}
	}

	/**
	 * An old plan or stock-take is said to be as old as it is, not "more than" the
	 * threshold: the 2017 plans were submitted in January 2018 and the answers given in
	 * May 2018, over eight years before the end of 2026. Nor is a plan with the most
	 * kinds of partner called one of "the widest partnerships" while its breadth score is
	 * below the median.
	 */
	@Test
	void anOldPlanIsSaidToBeAsOldAsItIsAndTheMostPartnersIsNotCalledTheWidest() throws Exception {
		String review = text(this.quarter.resolve("review.pdf"));
		assertThat(review).contains("submitted over eight years before this quarter")
			.doesNotContain("widest partnership");
		assertThat(text(this.quarter.resolve("stocktake.pdf"))).contains("then, over eight years before this quarter");
		String bromley = text(this.quarter.resolve("feedback/E09000006.pdf"));
		assertThat(bromley).contains("submitted in January 2018, over eight years before this quarter");
		for (Path feedback : feedback()) {
			assertThat(text(feedback)).as("%s", feedback.getFileName())
				.doesNotContain("more than five years before this quarter")
				.doesNotContain("widest partnerships");
		}
	}

	/** What the last reading, as a MOPAC officer and as board members, still found. */
	@Test
	void theLastReadingsSlipsAreGone() throws Exception {
		String review = text(this.quarter.resolve("review.pdf"));
		assertThat(review).doesNotContain("100.0 out of 100")
			.doesNotContain("for each of them a partnership strong there does what they lack")
			.contains("Bromley (January 2018), Harrow (January 2018) and Hillingdon (January 2018): submitted over "
					+ "eight years before the end of this quarter")
			.doesNotContain("the appendix of figures");
		// Three authorities answered no, each saying its work is part of its wider plan:
		// the stock-take quotes it rather than leave "did not" as the last word.
		assertThat(text(this.quarter.resolve("stocktake.pdf")))
			.contains("Wandsworth did not, though each said: ‘There is no separate corporate approach");
		// Camden's actions are led by sixteen kinds of partner, but its breadth score is
		// in the bottom quarter: many kinds is not named as a strength beside it.
		String camden = text(this.quarter.resolve("feedback/E09000007.pdf"));
		assertThat(csv("scores.csv")).filteredOn(r -> r.get("plan_id").equals("E09000007"))
			.singleElement()
			.satisfies(r -> assertThat(r.get("partner_categories").split("; ")).hasSize(16));
		assertThat(camden).doesNotContain("more than most London plans");
		// Its first ask is for new end dates: every dated action was due to end by March
		// 2023. Every mandatory action in place is said so, not banded.
		assertThat(camden).contains("Give new end dates to the 58 actions past theirs, or mark them complete")
			.contains("Mandatory coverage 100.0 100.0 Every mandatory action in place");
		assertThat(camden.indexOf("Give new end dates")).isLessThan(camden.indexOf("Give progress to date"));
		// Kingston and Richmond hid nine finished rows: its feedback says which, so the
		// board sees why the review counts 47 actions where its sheet shows 38.
		assertThat(text(this.quarter.resolve("feedback/E09000021+E09000027.pdf")))
			.contains("Nine actions are in rows hidden in the workbook (1.4, 1.6, 1.7, 2.5, 2.6, 4.6, 4.8, 5.5, 7.7)");
		// Barnet's police share cannot be judged: no figure is printed for it.
		assertThat(text(this.quarter.resolve("feedback/E09000003.pdf"))).contains("Actions led by the police alone – ");
		assertThat(review).contains("Three plans are almost entirely police actions: more than half of their actions")
			.doesNotContain("Weaker plans are almost entirely police actions");
	}

	/**
	 * Every sample plan's actions were due to end by March 2025, before the quarter
	 * reviewed: the review says so, with the count of actions past their end date
	 * recomputed from actions.csv, and asks for new dates; each feedback says it of its
	 * own plan.
	 */
	@Test
	void actionsPastTheirEndDateAreCountedAndNewDatesAskedFor() throws Exception {
		List<CSVRecord> past = csv("actions.csv").stream()
			.filter(a -> !a.get("end_date").isEmpty() && a.get("end_date").compareTo("2026-10-01") < 0
					&& !a.get("rag").equals("complete"))
			.toList();
		long green = past.stream().filter(a -> a.get("rag").equals("green")).count();
		String review = text(this.quarter.resolve("review.pdf"));
		assertThat(review)
			.contains(String.format(java.util.Locale.UK,
					"%,d actions are past their end dates and not marked complete: %d rated green", past.size(), green))
			.contains("In every plan, every dated action was due to end before this quarter began (the latest in")
			.contains(String.format(java.util.Locale.UK, "Give the %,d actions past their end date new ones",
					past.size()));
		assertThat(text(this.quarter.resolve("feedback/E09000007.pdf")))
			.contains("Every dated action was due to end by March 2023, before this quarter began");
	}

	@Test
	void noTableIsPrintedTwice() throws Exception {
		List<Path> documents = new ArrayList<>(
				List.of(this.quarter.resolve("review.html"), this.quarter.resolve("stocktake.html")));
		try (Stream<Path> files = Files.list(this.quarter.resolve("feedback"))) {
			documents.addAll(files.filter(f -> f.toString().endsWith(".html")).sorted().toList());
		}
		Pattern table = Pattern.compile("<tbody>(.*?)</tbody>", Pattern.DOTALL);
		for (Path html : documents) {
			List<String> bodies = table.matcher(Files.readString(html)).results().map(r -> r.group(1)).toList();
			assertThat(bodies).as("tables of %s", html.getFileName()).doesNotHaveDuplicates();
		}
		// A chart's numbers are printed once, in the appendix, and not beside it.
		String review = Files.readString(this.quarter.resolve("review.html"));
		assertThat(review).contains("id=\"chart-carry\"").contains("id=\"table-chart-carry\"");
		assertThat(review.split("<caption>What actions carry</caption>", -1)).hasSize(2);
	}

	@Test
	void theLondonWideReviewNamesNoBoroughAsWeak() throws Exception {
		List<CSVRecord> scores = csv("scores.csv");
		String body = body(this.quarter.resolve("review.pdf"));
		// The plans that are not current are named, with the request to refresh them; and
		// good practice is attributed to its partnership, whichever it is.
		int notCurrent = body.indexOf("Plans that are not current");
		int after = body.indexOf("The action plans are owned by", notCurrent);
		int practice = body.indexOf("Areas of good practice The plans belong");
		int development = body.indexOf("Areas for development A key aim");
		assertThat(List.of(notCurrent, after, practice, development)).allMatch(i -> i > 0);
		String rest = body.substring(0, notCurrent) + body.substring(after, practice) + body.substring(development);
		for (CSVRecord s : scores) {
			double police = Double.parseDouble(s.get("police_share"));
			if (police > 0.5 || s.get("signed_off").equals("no")) {
				for (String name : s.get("authorities").split("; ")) {
					assertThat(rest).as("%s, weak, named in the review's body", name).doesNotContain(name);
				}
			}
		}
	}

	@Test
	void theReviewSaysItsBandsPlaceAPlanAmongOthersAndDoesNotClaimToNameNoneAsWeak() throws Exception {
		String review = text(this.quarter.resolve("review.pdf"));
		assertThat(csv("scores.csv")).anyMatch(s -> s.get("band").equals("bottom quarter"));
		assertThat(review).contains("Bottom quarter")
			.doesNotContain("names no partnership as weak")
			.contains("say where a plan stands among this quarter’s plans")
			.contains("not a judgement of the partnership");
	}

	@Test
	void eachGoodPracticeIdeaNamesAsManyPlansAsItSaysHaveAnExample() throws Exception {
		Map<String, Set<String>> plansByIdea = new LinkedHashMap<>();
		Map<String, Integer> plansWith = new HashMap<>();
		for (CSVRecord p : csv("good-practice.csv")) {
			if (!p.get("category").equals("new-idea")) {
				plansByIdea.computeIfAbsent(p.get("category_name"), k -> new LinkedHashSet<>())
					.add(Prose.authorities(p.get("authorities")));
				plansWith.put(p.get("category_name"), Integer.parseInt(p.get("plans_with_category")));
			}
		}
		String body = body(this.quarter.resolve("review.pdf"));
		int from = body.indexOf("Areas of good practice The plans belong");
		int to = body.indexOf("Common practice Some ideas", from);
		assertThat(from).isPositive();
		assertThat(to).isGreaterThan(from);
		String section = body.substring(from, to);
		// Each idea's part runs from its heading to the next idea's.
		Map<Integer, String> starts = new java.util.TreeMap<>();
		plansByIdea.keySet()
			.stream()
			.filter(name -> section.contains(name + " "))
			.forEach(name -> starts.put(section.indexOf(name + " "), name));
		assertThat(starts).hasSizeGreaterThan(5);
		List<Integer> at = new ArrayList<>(starts.keySet());
		at.add(section.length());
		for (int i = 0; i < starts.size(); i++) {
			String name = starts.get(at.get(i));
			String part = section.substring(at.get(i), at.get(i + 1));
			Set<String> plans = plansByIdea.get(name);
			assertThat(plans).as("%s: every plan with an example is named", name).allMatch(part::contains);
			if (plans.size() < plansWith.get(name)) {
				assertThat(part).as(name)
					.contains(Prose.capitalise(Prose.count(plansWith.get(name)))
							+ " plans have an action of this kind; " + Prose.count(plans.size())
							+ (plans.size() == 1 ? " is an example" : " are examples") + " to share");
			}
		}
	}

	@Test
	void aFeedbackDoesNotContradictItselfAboutThePolice() throws Exception {
		for (Path pdf : feedback()) {
			String text = text(pdf);
			if (text.contains("Little rests on the police alone")) {
				assertThat(text).as(pdf.getFileName().toString())
					.contains("Less rests on the police than in most plans")
					.doesNotContain("More rests on the police than in most plans")
					.doesNotContain("too many actions name no lead organisation");
			}
		}
		// Barnet's low police share is an accident of actions led by no one: not a
		// strength.
		String barnet = text(this.quarter.resolve("feedback/E09000003.pdf"));
		assertThat(barnet).doesNotContain("Little rests on the police alone")
			.contains("Cannot be told: too many actions name no lead organisation");
	}

	@Test
	void outOfDateDraftAndOldTemplatePlansAreFlaggedInTheReviewAndTheirFeedback() throws Exception {
		String review = text(this.quarter.resolve("review.pdf"));
		assertThat(review).contains("Bromley, Harrow and Hillingdon are still on the 2017 template")
			.contains("Hounslow: the file received is marked as a draft")
			.contains("The stock-take answers that accompany this review date from May 2018")
			.contains("send their current plan, on the current template and signed off, by 26 January 2027");
		assertThat(text(this.quarter.resolve("feedback/E09000018.pdf")))
			.contains("It is not a current plan: the file received is marked as a draft")
			.contains("A revised plan is due by 26 January 2027");
		assertThat(text(this.quarter.resolve("feedback/E09000006.pdf")))
			.contains("it is on the 2017 template, which the current template has replaced")
			.contains("it was submitted in January 2018");
		assertThat(text(this.quarter.resolve("stocktake.pdf"))).contains("These answers date from May 2018");
		// Older themes are reported under the 2021 names, in the review and the feedback.
		assertThat(review).doesNotContain("Keeping deadly weapons off our streets")
			.doesNotContain("Targeting lawbreakers");
		assertThat(text(this.quarter.resolve("feedback/E09000015.pdf"))).contains("Reducing access to weapons")
			.doesNotContain("Keeping deadly weapons off our streets");
	}

	@Test
	void theStocktakeQuotesNoSentenceTwiceAndFewAnswersPerQuestion() throws Exception {
		String html = Files.readString(this.quarter.resolve("stocktake.html"));
		List<String> quotes = Pattern.compile("<blockquote>(.*?) \\(([^()]*)\\)</blockquote>", Pattern.DOTALL)
			.matcher(html)
			.results()
			.map(r -> r.group(1))
			.toList();
		assertThat(quotes).isNotEmpty();
		List<String> sentences = quotes.stream()
			.flatMap(q -> Stream.of(q.split("(?<=\\.) ")))
			.map(s -> s.trim().toLowerCase())
			.toList();
		assertThat(sentences).doesNotHaveDuplicates();
		for (String question : html.split("<h3 id=\"question-")) {
			if (question.startsWith("1") || question.startsWith("2") || question.startsWith("3")
					|| question.startsWith("4")) {
				List<String> who = Pattern.compile("<blockquote>.*? \\(([^()]*)\\)</blockquote>", Pattern.DOTALL)
					.matcher(question)
					.results()
					.map(r -> r.group(1))
					.toList();
				assertThat(who).hasSizeBetween(2, 3).doesNotHaveDuplicates();
			}
		}
	}

	/** A document's pages, and how many come before its first appendix. */
	record Pages(int total, int beforeAppendices) {
	}

	static Pages pages(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			int total = document.getNumberOfPages();
			int before = total;
			for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
				if (item.getTitle().startsWith("Appendix A")) {
					before = document.getPages().indexOf(item.findDestinationPage(document));
				}
			}
			return new Pages(total, before);
		}
	}

	/** The text before the first appendix, on one line. */
	static String body(Path pdf) throws IOException {
		Pages pages = pages(pdf);
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setEndPage(pages.beforeAppendices());
			return flat(stripper.getText(document));
		}
	}

	static String text(Path pdf) throws IOException {
		return flat(DocumentsTests.text(pdf));
	}

	static String flat(String text) {
		return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)
			.replaceAll("-\\s*\\n\\s*", "-")
			.replaceAll("\\s+", " ");
	}

	/**
	 * Every settings key of application.yml, as "planreview.documents.police-heavy-share"
	 * and its last part.
	 */
	static Set<String> settingsKeys() throws IOException {
		Set<String> keys = new HashSet<>();
		for (String line : Files.readAllLines(Project.path("config", "application.yml"))) {
			Matcher m = Pattern.compile("^\\s*([a-z]+(?:-[a-z]+)+):").matcher(line);
			// Keys a reader could not take for English ("police-heavy-share"; not
			// "sign-off").
			if (m.find() && (m.group(1).chars().filter(c -> c == '-').count() > 1
					|| m.group(1).matches(".*-(weight|threshold|categories|words|wording|mode|months|weeks)"))) {
				keys.add(m.group(1));
			}
		}
		keys.add("planreview.");
		return keys;
	}

	List<Path> feedback() throws IOException {
		try (Stream<Path> files = Files.list(this.quarter.resolve("feedback"))) {
			return files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
		}
	}

	List<CSVRecord> csv(String name) throws IOException {
		return ReviewCsv.read(this.quarter.resolve(name));
	}

}
