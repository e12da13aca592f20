package uk.gov.london.planreview.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import uk.gov.london.planreview.authority.Authority;
import uk.gov.london.planreview.document.DocumentWriter;
import uk.gov.london.planreview.quarter.Quarter;
import uk.gov.london.planreview.stocktake.StocktakeReading;
import uk.gov.london.planreview.stocktake.StocktakeResponse;
import uk.gov.london.planreview.stocktake.StocktakeSummary;

/**
 * The stock-take note (stocktake.pdf and stocktake.html), written like London Councils'
 * own (seed 002): counts in words, the themes of the answers with the authorities named,
 * the answers quoted by question with the authority in brackets, the supporting
 * documents, and who did not respond. Every figure is a count of standing rows in
 * stocktake-responses.csv.
 */
@Component
public class StocktakeReport {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	/** Themes that match a question of their own are reported with that question. */
	private static final Set<String> QUESTION_THEMES = Set.of("collaboration", "engagement");

	private final DocumentWriter writer;

	StocktakeReport(DocumentWriter writer) {
		this.writer = writer;
	}

	public void write(StocktakeReading reading, StocktakeSummary summary, Quarter quarter, Instant date, Path target)
			throws IOException {
		this.writer.write("stocktake.ftl", Map.of("doc", model(reading, summary, quarter, date)), date, target);
	}

	DocumentModel model(StocktakeReading reading, StocktakeSummary summary, Quarter quarter, Instant date) {
		int responders = summary.responders();
		List<Section> sections = new ArrayList<>();
		Map<String, Object> overview = new HashMap<>();
		overview.put("responders", responders);
		overview.put("total", responders + summary.nonResponders().size());
		overview.put("nonResponders", names(summary.nonResponders()));
		overview.put("answeredTwice", names(reading.superseded().stream().map(StocktakeResponse::authority).toList()));
		overview.put("corporate", count(summary.corporateApproach(), responders));
		overview.put("knifePlan", count(summary.knifeCrimePlan(), responders));
		sections.add(Section.of("overview", "Overview", "stocktake/overview.ftl", overview));

		Map<String, Object> collaboration = new HashMap<>();
		collaboration.put("all", count(summary.collaboration(), responders));
		List<Map<String, Object>> kinds = new ArrayList<>();
		summary.collaborationKinds().forEach((kind, c) -> kinds.add(Map.of("words", kind.words(), "count", c.yes())));
		collaboration.put("kinds", kinds);
		collaboration.put("theme", theme(summary.themes().get("collaboration")));
		sections
			.add(Section.of("collaboration", "Collaboration", "stocktake/collaboration.ftl", collaboration).runOn());

		for (StocktakeSummary.Theme theme : summary.themes().values()) {
			if (!QUESTION_THEMES.contains(theme.id()) && !theme.authorities().isEmpty()) {
				sections.add(Section.of(theme.id(), theme.name(), "stocktake/theme.ftl", theme(theme)).runOn());
			}
		}

		Map<String, Object> engagement = new HashMap<>();
		engagement.put("yes", count(summary.communityEngagement(), responders));
		engagement.put("theme", theme(summary.themes().get("engagement")));
		sections.add(Section.of("engagement", "Engagement", "stocktake/engagement.ftl", engagement).runOn());

		Map<String, Object> plans = new HashMap<>();
		plans.put("yes", count(summary.knifeCrimePlan(), responders));
		plans.put("plansKnown", summary.plansKnown());
		plans.put("saidPlanButNoneReviewed", names(summary.saidPlanButNoneReviewed()));
		plans.put("saidNoPlanButReviewed", names(summary.saidNoPlanButReviewed()));
		sections.add(Section.of("plans", "Knife crime action plans", "stocktake/plans.ftl", plans).runOn());

		List<Map<String, Object>> questions = questions(reading);
		List<Section.Heading> headings = new ArrayList<>();
		for (int i = 0; i < questions.size(); i++) {
			headings.add(new Section.Heading("question-" + (i + 1), (String) questions.get(i).get("title")));
		}
		sections.add(Section
			.of("responses", "Responses from Chief Executives and Heads of Community Safety", "stocktake/responses.ftl",
					Map.of("questions", questions))
			.withHeadings(headings)
			.asAppendix());

		List<Map<String, Object>> documents = new ArrayList<>();
		for (StocktakeResponse r : reading.responses()) {
			if (!r.supportingDocuments().isEmpty()) {
				documents.add(Map.of("authority", r.authority().name(), "titles", r.supportingDocuments()));
			}
		}
		sections.add(
				Section
					.of("documents", "Supporting information provided", "stocktake/documents.ftl",
							Map.of("documents", documents))
					.asAppendix());

		return new DocumentModel("Stock-take of borough activity – serious youth violence, including knife crime",
				"A summary of the responses to London Councils' stock-take questionnaire",
				"For London Councils, borough Chief Executives and Heads of Community Safety",
				"Stock-take of borough activity, " + quarter,
				"Summary of " + Prose.count(responders, "response", "responses")
						+ " to London Councils' stock-take of activity on serious youth violence, including knife crime",
				quarter.toString(), quarter.describe(), DATE.format(date.atZone(ZoneId.of("Europe/London"))), sections);
	}

	/**
	 * Appendix A: each question's detailed answers, quoted with the authority in
	 * brackets.
	 */
	private static List<Map<String, Object>> questions(StocktakeReading reading) {
		return List.of(
				question("A corporate approach to serious youth violence, including knife and gang crime", reading,
						StocktakeResponse::corporateApproachDetail),
				question("A specific knife crime action plan", reading, StocktakeResponse::knifeCrimePlanDetail),
				question("Work underpinned by collaboration with the police, across agencies or across boroughs",
						reading, StocktakeResponse::collaborationDetail),
				question("Engagement with community and voluntary sector agencies", reading,
						StocktakeResponse::communityEngagementDetail));
	}

	private static Map<String, Object> question(String title, StocktakeReading reading,
			Function<StocktakeResponse, String> detail) {
		List<Map<String, Object>> answers = new ArrayList<>();
		for (StocktakeResponse r : reading.responses()) {
			String text = detail.apply(r);
			if (!text.isBlank()) {
				answers.add(Map.of("authority", r.authority().name(), "text",
						String.join(" ", text.lines().map(l -> l.replaceFirst("^[•\\-*]\\s*", "")).toList())));
			}
		}
		return Map.of("title", title, "answers", answers);
	}

	private static Map<String, Object> count(StocktakeSummary.Count count, int responders) {
		return Map.of("yes", count.yes(), "proportion",
				Prose.proportion(count.yes(), responders, "authority", "authorities"), "not", names(count.notFrom()));
	}

	private static Map<String, Object> theme(StocktakeSummary.Theme theme) {
		if (theme == null) {
			return Map.of("count", 0, "authorities", List.of(), "name", "", "description", "");
		}
		return Map.of("name", theme.name(), "description", theme.description(), "count", theme.authorities().size(),
				"authorities", names(theme.authorities()));
	}

	private static List<String> names(List<Authority> authorities) {
		return authorities.stream().map(Authority::name).toList();
	}

}
