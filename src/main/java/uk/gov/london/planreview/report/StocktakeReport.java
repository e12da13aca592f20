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
import java.util.function.Function;

import org.springframework.stereotype.Component;

import uk.gov.london.planreview.authority.Authority;
import uk.gov.london.planreview.stocktake.StocktakeReading;
import uk.gov.london.planreview.stocktake.StocktakeResponse;
import uk.gov.london.planreview.stocktake.StocktakeSummary;
import uk.gov.london.planreview.text.Counting;

/**
 * The stock-take note, written like London Councils' own (seed 002): counts in words, the themes of the
 * answers with the authorities named, the answers quoted by question, the supporting documents, and who
 * did not respond. Every figure is a count of rows in stocktake-responses.csv.
 */
@Component
public class StocktakeReport {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	/** Themes that match a question of their own: they are reported with that question. */
	private static final java.util.Set<String> QUESTION_THEMES = java.util.Set.of("collaboration", "engagement");

	private final DocumentWriter writer;

	StocktakeReport(DocumentWriter writer) {
		this.writer = writer;
	}

	public void write(StocktakeReading reading, StocktakeSummary summary, String quarter, Instant date, Path target)
			throws IOException {
		Map<String, Object> model = new HashMap<>();
		int total = summary.responders() + summary.nonResponders().size();
		model.put("quarter", quarter);
		model.put("period", uk.gov.london.planreview.review.Quarter.parse(quarter).describe());
		model.put("date", DATE.format(date.atZone(ZoneId.of("Europe/London"))));
		model.put("responders", summary.responders());
		model.put("total", total);
		model.put("respondersInWords", Counting.ofAll(summary.responders(), total));
		model.put("nonResponders", names(summary.nonResponders()));
		model.put("corporate", count(summary.corporateApproach(), summary.responders()));
		model.put("knifePlan", count(summary.knifeCrimePlan(), summary.responders()));
		model.put("collaboration", count(summary.collaboration(), summary.responders()));
		List<Map<String, Object>> kinds = new ArrayList<>();
		summary.collaborationKinds().forEach((kind, c) -> kinds.add(Map.of("words", kind.words(), "count", c.yes(),
				"inWords", Counting.words(c.yes()))));
		model.put("collaborationKinds", kinds);
		model.put("engagement", count(summary.communityEngagement(), summary.responders()));
		// Collaboration and engagement have questions of their own; their themes go with the question.
		List<Map<String, Object>> themes = new ArrayList<>();
		summary.themes().values().forEach(t -> {
			Map<String, Object> theme = Map.of("name", t.name(), "description", t.description(), "count",
					t.authorities().size(), "inWords", Counting.sentenceStart(t.authorities().size()), "authorities",
					names(t.authorities()));
			if (QUESTION_THEMES.contains(t.id())) {
				model.put(t.id().replace("-", "") + "Theme", theme);
			}
			else {
				themes.add(theme);
			}
		});
		model.put("themes", themes);
		model.put("plansKnown", summary.plansKnown());
		model.put("saidPlanButNoneReviewed", names(summary.saidPlanButNoneReviewed()));
		model.put("saidNoPlanButReviewed", names(summary.saidNoPlanButReviewed()));
		model.put("questions", questions(reading));
		List<Map<String, Object>> documents = new ArrayList<>();
		for (StocktakeResponse r : reading.responses()) {
			if (!r.supportingDocuments().isEmpty()) {
				documents.add(Map.of("authority", r.authority().name(), "titles", r.supportingDocuments()));
			}
		}
		model.put("documents", documents);
		model.put("answeredTwice", names(reading.superseded().stream().map(StocktakeResponse::authority).toList()));
		this.writer.write("stocktake.ftl", model, date, target);
	}

	/** Appendix A: each question's detailed answers, quoted with the authority in brackets. */
	private static List<Map<String, Object>> questions(StocktakeReading reading) {
		List<Map<String, Object>> questions = new ArrayList<>();
		questions.add(question("The corporate approach to serious youth violence, including knife and gang crime", reading,
				StocktakeResponse::corporateApproachDetail));
		questions.add(question("A specific knife crime action plan", reading, StocktakeResponse::knifeCrimePlanDetail));
		questions.add(question("Work underpinned by collaboration with the police, across agencies or across boroughs", reading,
				StocktakeResponse::collaborationDetail));
		questions.add(question("Engagement with community and voluntary sector agencies", reading,
				StocktakeResponse::communityEngagementDetail));
		return questions;
	}

	private static Map<String, Object> question(String title, StocktakeReading reading,
			Function<StocktakeResponse, String> detail) {
		List<Map<String, Object>> answers = new ArrayList<>();
		for (StocktakeResponse r : reading.responses()) {
			String text = detail.apply(r);
			if (!text.isBlank()) {
				answers.add(Map.of("authority", r.authority().name(), "paragraphs", List.of(text.split("\n"))));
			}
		}
		return Map.of("title", title, "answers", answers);
	}

	private static Map<String, Object> count(StocktakeSummary.Count count, int responders) {
		return Map.of("yes", count.yes(), "inWords", Counting.ofAll(count.yes(), responders), "not", names(count.notFrom()),
				"notCount", count.notFrom().size(), "notInWords", Counting.words(count.notFrom().size()));
	}

	static List<String> names(List<Authority> authorities) {
		return authorities.stream().map(Authority::name).toList();
	}

}
