package uk.gov.london.planreview.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import uk.gov.london.planreview.authority.Authority;
import uk.gov.london.planreview.document.DocumentWriter;
import uk.gov.london.planreview.quarter.Quarter;
import uk.gov.london.planreview.stocktake.Answer;
import uk.gov.london.planreview.stocktake.StocktakeReading;
import uk.gov.london.planreview.stocktake.StocktakeResponse;
import uk.gov.london.planreview.stocktake.StocktakeSummary;

/**
 * The stock-take note (stocktake.pdf and stocktake.html), written like London Councils'
 * own (seed 002): when the answers were given, counts in words with the authorities they
 * leave out, the themes of the answers with the authorities named, how the answers
 * compare with the plans reviewed alongside them, a few answers quoted for each question
 * (each from a different authority, no sentence twice), and the supporting documents.
 * Every figure is a count of standing rows in stocktake-responses.csv.
 */
@Component
public class StocktakeReport {

	/**
	 * Themes that match a question of their own are reported with that question's
	 * answers.
	 */
	private static final Set<String> QUESTION_THEMES = Set.of("collaboration", "engagement");

	private final DocumentWriter writer;

	private final DocumentSettings settings;

	StocktakeReport(DocumentWriter writer, DocumentSettings settings) {
		this.writer = writer;
		this.settings = settings;
	}

	/** The stock-take on its own, with no plans to compare it with. */
	public void write(StocktakeReading reading, StocktakeSummary summary, Quarter quarter, Instant date, Path target)
			throws IOException {
		write(reading, summary, Optional.empty(), quarter, date, target);
	}

	/**
	 * @param plans the plans reviewed alongside, to compare the answers with, when the
	 * stock-take is part of a review
	 */
	public void write(StocktakeReading reading, StocktakeSummary summary, Optional<ReviewData> plans, Quarter quarter,
			Instant date, Path target) throws IOException {
		this.writer.write("stocktake.ftl",
				Map.of("doc", model(reading, summary, plans, quarter, date), "settings", this.settings), date, target);
	}

	/**
	 * @param when the months the answers were given ("May 2018"), or empty
	 * @param stale the answers are older than the settings allow
	 * @param monthsOld how old the latest answer is, in whole months
	 * @param notSaying the detail every authority that did not say it had a corporate
	 * approach gave, word for word, or empty when they said different things: quoted, so
	 * that a reader judges a "no" that says the work is part of a wider plan
	 */
	public record Overview(int responders, int total, List<String> nonResponders, List<String> answeredTwice,
			Count corporate, Count knifePlan, String when, boolean stale, int monthsOld, String notSaying) {
	}

	/** How many said yes, of how many, and who did not (by name). */
	public record Count(int yes, int of, List<String> not) {
	}

	/** Question 1's answers in their kinds. */
	public record Corporate(int yes, int incorporated, int developing, int no, int unclear) {
	}

	public record Collaborating(Count all, List<Kind> kinds) {
	}

	/** A kind of collaboration ticked and how many ticked it. */
	public record Kind(String words, int count) {
	}

	/** A theme of the answers and who raised it. */
	public record Theme(String id, String name, String description, List<String> authorities) {
	}

	/**
	 * Whether those who answered had a plan reviewed alongside their answers.
	 *
	 * @param saidNoPlanButReviewed did not say they had a specific plan, yet one was
	 * reviewed
	 * @param saidPlanButNoneReviewed said they had a plan, yet none was reviewed
	 */
	public record Plans(boolean known, List<String> saidNoPlanButReviewed, List<String> saidPlanButNoneReviewed) {
	}

	/**
	 * The answers to question 2 as given, kind by kind.
	 *
	 * @param listedAPlan did not answer yes, yet listed a knife crime action plan among
	 * their supporting documents
	 */
	public record KnifePlans(Count said, List<String> developing, List<String> incorporated, List<String> no,
			List<String> otherwise, List<String> listedAPlan, Plans plans) {
	}

	/**
	 * The answers to question 4.
	 *
	 * @param notYesButDescribed did not answer yes, yet wrote about their work with
	 * communities in the detail of the answer
	 * @param notYesSilent did not answer yes and gave no detail
	 */
	public record Engagement(Count said, List<String> notYesButDescribed, List<String> notYesSilent) {
	}

	/** A question and the answers quoted for it. */
	public record Question(String title, int answered, List<Quote> quotes) {
	}

	/**
	 * An answer quoted: its sentences (not quoted elsewhere in the note) and who gave it.
	 */
	public record Quote(String text, String authority) {
	}

	public record Documents(String authority, List<String> titles) {
	}

	DocumentModel model(StocktakeReading reading, StocktakeSummary summary, Optional<ReviewData> plans, Quarter quarter,
			Instant date) {
		int responders = summary.responders();
		Survey survey = Survey.of(reading, quarter, this.settings);
		List<Section> sections = new ArrayList<>();
		sections.add(Section.of("overview", "Overview", "stocktake/overview.ftl",
				new Overview(responders, responders + summary.nonResponders().size(), names(summary.nonResponders()),
						names(reading.superseded().stream().map(StocktakeResponse::authority).toList()),
						count(summary.corporateApproach(), responders), count(summary.knifeCrimePlan(), responders),
						survey.when(), survey.stale(), survey.monthsOld(), sharedDetail(reading,
								summary.corporateApproach().notFrom(), StocktakeResponse::corporateApproachDetail))));
		List<Kind> kinds = new ArrayList<>();
		summary.collaborationKinds().forEach((kind, c) -> kinds.add(new Kind(kind.words(), c.yes())));
		sections.add(
				Section
					.of("collaboration", "Collaboration", "stocktake/collaboration.ftl",
							new Collaborating(count(summary.collaboration(), responders), kinds))
					.runOn());
		for (StocktakeSummary.Theme theme : summary.themes().values()) {
			if (!QUESTION_THEMES.contains(theme.id()) && !theme.authorities().isEmpty()) {
				sections.add(
						Section
							.of(theme.id(), theme.name(), "stocktake/theme.ftl",
									new Theme(theme.id(), theme.name(), theme.description(),
											names(theme.authorities())))
							.runOn());
			}
		}
		List<StocktakeResponse> notEngaging = reading.responses()
			.stream()
			.filter(r -> r.communityEngagement() != Answer.YES)
			.toList();
		sections.add(
				Section
					.of("engagement", "Engagement", "stocktake/engagement.ftl",
							new Engagement(count(summary.communityEngagement(), responders),
									authorities(notEngaging, r -> !r.communityEngagementDetail().isBlank()),
									authorities(notEngaging, r -> r.communityEngagementDetail().isBlank())))
					.runOn());
		List<StocktakeResponse> answers = reading.responses();
		sections.add(
				Section
					.of("plans", "Knife crime action plans", "stocktake/plans.ftl", new KnifePlans(
							count(summary.knifeCrimePlan(), responders),
							authorities(answers, r -> r.knifeCrimePlan() == Answer.IN_DEVELOPMENT),
							authorities(answers, r -> r.knifeCrimePlan() == Answer.INCORPORATED),
							authorities(answers, r -> r.knifeCrimePlan() == Answer.NO),
							authorities(answers,
									r -> !Set.of(Answer.YES, Answer.IN_DEVELOPMENT, Answer.INCORPORATED, Answer.NO)
										.contains(r.knifeCrimePlan())),
							authorities(answers,
									r -> r.knifeCrimePlan() != Answer.YES && r.supportingDocuments()
										.stream()
										.anyMatch(d -> d.toLowerCase(Locale.ROOT).contains("knife crime action plan"))),
							plans(summary, plans)))
					.runOn());
		List<Question> questions = questions(reading);
		List<Section.Heading> headings = new ArrayList<>();
		for (int i = 0; i < questions.size(); i++) {
			headings.add(new Section.Heading("question-" + (i + 1), questions.get(i).title()));
		}
		sections.add(Section
			.of("responses", "Responses from Chief Executives and Heads of Community Safety", "stocktake/responses.ftl",
					new Responses(questions, corporate(reading)))
			.withHeadings(headings)
			.asAppendix());
		List<Documents> documents = reading.responses()
			.stream()
			.filter(r -> !r.supportingDocuments().isEmpty())
			.map(r -> new Documents(r.authority().name(), r.supportingDocuments()))
			.sorted(Comparator.comparing(Documents::authority))
			.toList();
		sections.add(Section.of("documents", "Supporting information provided", "stocktake/documents.ftl", documents)
			.asAppendix());
		return new DocumentModel("London Councils",
				"Stock-take of borough activity – serious youth violence, including knife crime",
				"A summary of the responses to London Councils' stock-take questionnaire"
						+ (survey.when().isEmpty() ? "" : ", answered in " + survey.when()),
				"For borough Chief Executives and Heads of Community Safety",
				"London Councils stock-take of borough activity"
						+ (survey.when().isEmpty() ? "" : ", " + survey.when()),
				"Summary of " + Prose.count(responders, "response", "responses")
						+ " to London Councils' stock-take of activity on serious youth violence, including knife crime",
				quarter.toString(), quarter.describe(), ReviewData.DAY.format(date.atZone(ZoneId.of("Europe/London"))),
				null, sections);
	}

	/**
	 * Appendix A: the questions with the answers quoted, and question 1's answers in
	 * kinds.
	 */
	public record Responses(List<Question> questions, Corporate corporate) {
	}

	private static Plans plans(StocktakeSummary summary, Optional<ReviewData> reviewed) {
		if (reviewed.isEmpty() || !summary.plansKnown()) {
			return new Plans(false, List.of(), List.of());
		}
		return new Plans(true, names(summary.saidNoPlanButReviewed()), names(summary.saidPlanButNoneReviewed()));
	}

	private static List<String> authorities(List<StocktakeResponse> responses, Predicate<StocktakeResponse> which) {
		return responses.stream().filter(which).map(r -> r.authority().name()).toList();
	}

	private static Corporate corporate(StocktakeReading reading) {
		List<Answer> answers = reading.responses().stream().map(StocktakeResponse::corporateApproach).toList();
		return new Corporate(count(answers, Answer.YES), count(answers, Answer.INCORPORATED),
				count(answers, Answer.IN_DEVELOPMENT), count(answers, Answer.NO),
				answers.size() - count(answers, Answer.YES) - count(answers, Answer.INCORPORATED)
						- count(answers, Answer.IN_DEVELOPMENT) - count(answers, Answer.NO));
	}

	/** The detail every one of the authorities gave, when they all gave the same. */
	private static String sharedDetail(StocktakeReading reading, List<Authority> authorities,
			Function<StocktakeResponse, String> detail) {
		Set<String> said = new LinkedHashSet<>();
		reading.responses()
			.stream()
			.filter(r -> authorities.contains(r.authority()))
			.forEach(r -> said.add(detail.apply(r) == null ? "" : detail.apply(r).strip()));
		return said.size() == 1 ? said.iterator().next() : "";
	}

	private static int count(List<Answer> answers, Answer answer) {
		return (int) answers.stream().filter(a -> a == answer).count();
	}

	/**
	 * Appendix A: for each question, a few answers quoted, each from a different
	 * authority and with no sentence quoted anywhere else in the note: the answers that
	 * say most that others do not come first.
	 */
	private List<Question> questions(StocktakeReading reading) {
		List<Function<StocktakeResponse, String>> details = List.of(StocktakeResponse::corporateApproachDetail,
				StocktakeResponse::knifeCrimePlanDetail, StocktakeResponse::collaborationDetail,
				StocktakeResponse::communityEngagementDetail);
		List<String> titles = List.of("A corporate approach to serious youth violence, including knife and gang crime",
				"A specific knife crime action plan",
				"Work underpinned by collaboration with the police, across agencies or across boroughs",
				"Engagement with community and voluntary sector agencies");
		Map<String, Integer> frequency = new HashMap<>();
		for (StocktakeResponse r : reading.responses()) {
			for (Function<StocktakeResponse, String> detail : details) {
				sentences(detail.apply(r)).stream()
					.map(StocktakeReport::key)
					.distinct()
					.forEach(k -> frequency.merge(k, 1, Integer::sum));
			}
		}
		List<Set<String>> quoted = new ArrayList<>();
		Map<String, Integer> timesQuoted = new HashMap<>();
		List<Question> questions = new ArrayList<>();
		for (int q = 0; q < details.size(); q++) {
			Function<StocktakeResponse, String> detail = details.get(q);
			List<StocktakeResponse> answered = reading.responses()
				.stream()
				.filter(r -> !detail.apply(r).isBlank())
				.toList();
			List<Quote> quotes = new ArrayList<>();
			Set<String> authorities = new HashSet<>();
			while (quotes.size() < this.settings.quotesPerQuestion()) {
				StocktakeResponse best = null;
				double bestScore = 0;
				for (StocktakeResponse r : answered) {
					if (authorities.contains(r.authority().onsCode())) {
						continue;
					}
					double score = 0;
					for (String sentence : fresh(detail.apply(r), quoted)) {
						score += 1.0 / frequency.getOrDefault(key(sentence), 1);
					}
					// Spread the quotes across authorities: one quoted already counts
					// less.
					score /= 1 + timesQuoted.getOrDefault(r.authority().onsCode(), 0);
					if (score > bestScore) {
						best = r;
						bestScore = score;
					}
				}
				if (best == null) {
					break;
				}
				List<String> sentences = fresh(detail.apply(best), quoted);
				sentences.forEach(s -> quoted.add(words(s)));
				authorities.add(best.authority().onsCode());
				timesQuoted.merge(best.authority().onsCode(), 1, Integer::sum);
				quotes.add(new Quote(String.join(" ", sentences.stream().map(Prose::sentence).toList()),
						best.authority().name()));
			}
			questions.add(new Question(titles.get(q), answered.size(), quotes));
		}
		return questions;
	}

	/**
	 * The answer's sentences not yet quoted, in its order, each once. A sentence that
	 * says what a quoted one says with a word or two changed ("agreed in March", "agreed
	 * in November") counts as quoted.
	 */
	private static List<String> fresh(String text, List<Set<String>> quoted) {
		List<Set<String>> seen = new ArrayList<>(quoted);
		List<String> fresh = new ArrayList<>();
		for (String sentence : sentences(text)) {
			Set<String> words = words(sentence);
			if (seen.stream().noneMatch(q -> alike(q, words))) {
				fresh.add(sentence);
				seen.add(words);
			}
		}
		return fresh;
	}

	/** Sentences with at least this share of their words in common say the same thing. */
	static final double ALIKE = 0.7;

	private static boolean alike(Set<String> a, Set<String> b) {
		Set<String> both = new HashSet<>(a);
		both.retainAll(b);
		Set<String> either = new HashSet<>(a);
		either.addAll(b);
		return !either.isEmpty() && (double) both.size() / either.size() >= ALIKE;
	}

	private static Set<String> words(String sentence) {
		return new HashSet<>(List.of(key(sentence).replaceAll("[^\\p{L}\\p{N} ]", " ").trim().split("\\s+")));
	}

	/** An answer's sentences, bullets and line breaks taken as sentence ends. */
	static List<String> sentences(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Stream.of(text.split("(?<=[.!?])\\s+|\\s*[\\r\\n]+\\s*"))
			.map(s -> s.replaceFirst("^[•·*\\-–]\\s*", "").trim())
			.filter(s -> !s.isEmpty())
			.toList();
	}

	/** A sentence as compared with the others: case, spacing and its full stop aside. */
	private static String key(String sentence) {
		return sentence.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00A0]+", " ").replaceAll("[.!?…]+$", "").trim();
	}

	private static Count count(StocktakeSummary.Count count, int responders) {
		return new Count(count.yes(), responders, names(count.notFrom()));
	}

	private static List<String> names(List<Authority> authorities) {
		return new ArrayList<>(new LinkedHashSet<>(authorities.stream().map(Authority::name).toList()));
	}

}
