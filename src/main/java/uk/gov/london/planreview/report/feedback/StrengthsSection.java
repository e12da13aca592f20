package uk.gov.london.planreview.report.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.gov.london.planreview.export.Scores;
import uk.gov.london.planreview.report.FeedbackData;
import uk.gov.london.planreview.report.FeedbackSection;
import uk.gov.london.planreview.report.PracticeText;
import uk.gov.london.planreview.report.Prose;
import uk.gov.london.planreview.report.Quartiles;
import uk.gov.london.planreview.report.Section;
import uk.gov.london.planreview.report.review.Strengths;
import uk.gov.london.planreview.scoring.PlanScore.ThemeScore;

/**
 * What is strong in the plan, from its figures, including themes among the most complete
 * in London, and its own good practice: what other authorities may ask it about.
 */
@Component
@Order(400)
public class StrengthsSection implements FeedbackSection {

	/**
	 * @param practice the plan's good practice, rarest idea first; empty when it has none
	 */
	public record Model(List<String> strengths, String practiceIntro, List<Example> practice) {
	}

	/**
	 * One of the plan's actions singled out as good practice, and how many plans share
	 * the idea.
	 */
	public record Example(String idea, String ref, String action, String detail, String rarity) {
	}

	@Override
	public Optional<Section> build(FeedbackData data) {
		List<String> strengths = new ArrayList<>();
		Strengths.of(data.plan(), data.london()).forEach(s -> strengths.add(Prose.capitalise(s) + "."));
		List<String> leading = new ArrayList<>();
		for (ThemeScore t : data.plan().score().themes()) {
			Quartiles q = data.london().benchmarks().theme(t.theme());
			if (t.actions() > 0 && q != null && q.count() >= 4 && t.completeness() >= q.upper()
					&& t.completeness() > q.median()) {
				leading.add(t.theme() + " (" + Scores.format(t.completeness()) + ", against a London median of "
						+ q.medianText() + ")");
			}
		}
		if (!leading.isEmpty()) {
			strengths.add("Its actions are among the most complete in London in " + Prose.list(leading) + ".");
		}
		int plans = data.london().plans().size();
		List<Example> practice = data.london()
			.practice(data.plan().planId())
			.stream()
			.map(p -> new Example(p.categoryName(), PracticeText.label(p), p.action().trim(), PracticeText.detail(p),
					plans == 1 ? ""
							: p.plansWithCategory() == 1
									? "The only plan of the " + Prose.count(plans) + " with this idea."
									: Prose.capitalise(Prose.proportion(p.plansWithCategory(), plans, "plan", "plans"))
											+ " have an action of this kind."))
			.toList();
		String intro = practice.isEmpty() ? "" : (practice.size() == 1 ? "One action stands"
				: Prose.capitalise(Prose.count(practice.size())) + " actions stand")
				+ " out as good practice that other partnerships can learn from; those with gaps in the same area may be put in "
				+ "touch with " + (practice.size() == 1 ? "its lead." : "the leads.");
		Section section = Section.of("strengths", "What is strong", "feedback/strengths.ftl",
				new Model(strengths, intro, practice));
		return Optional.of(practice.isEmpty() ? section : section
			.withHeadings(List.of(new Section.Heading("strengths-practice", "Good practice in the plan"))));
	}

}
