package uk.gov.london.planreview.report.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.gov.london.planreview.export.Scores;
import uk.gov.london.planreview.report.FeedbackData;
import uk.gov.london.planreview.report.FeedbackSection;
import uk.gov.london.planreview.report.Prose;
import uk.gov.london.planreview.report.Quartiles;
import uk.gov.london.planreview.report.Section;
import uk.gov.london.planreview.report.review.Strengths;
import uk.gov.london.planreview.scoring.PlanScore.ThemeScore;

/** What is strong in the plan, from its figures, including themes among the most complete in London. */
@Component
@Order(400)
public class StrengthsSection implements FeedbackSection {

	public record Model(List<String> strengths) {
	}

	@Override
	public Optional<Section> build(FeedbackData data) {
		List<String> strengths = new ArrayList<>();
		Strengths.of(data.plan(), data.london()).forEach(s -> strengths.add(Prose.capitalise(s) + "."));
		List<String> leading = new ArrayList<>();
		for (ThemeScore t : data.plan().score().themes()) {
			Quartiles q = data.london().benchmarks().theme(t.theme());
			if (t.actions() > 0 && q != null && q.count() >= 4 && t.completeness() >= q.upper() && t.completeness() > q.median()) {
				leading.add(t.theme() + " (" + Scores.format(t.completeness()) + ", against a London median of " + q.medianText() + ")");
			}
		}
		if (!leading.isEmpty()) {
			strengths.add("Its actions are among the most complete in London in " + Prose.list(leading) + ".");
		}
		return Optional.of(Section.of("strengths", "What is strong", "feedback/strengths.ftl", new Model(strengths)));
	}

}
