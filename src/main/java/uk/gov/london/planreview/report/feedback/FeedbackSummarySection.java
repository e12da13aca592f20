package uk.gov.london.planreview.report.feedback;

import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.gov.london.planreview.export.Scores;
import uk.gov.london.planreview.report.FeedbackData;
import uk.gov.london.planreview.report.FeedbackSection;
import uk.gov.london.planreview.report.PlanView;
import uk.gov.london.planreview.report.Prose;
import uk.gov.london.planreview.report.Section;
import uk.gov.london.planreview.report.review.Strengths;

/**
 * Summary: which plan, how it scores beside London, and the first things to put right.
 */
@Component
@Order(100)
public class FeedbackSummarySection implements FeedbackSection {

	/** How many improvements the summary lists first. */
	static final int FIRST = 3;

	public record Model(String csp, String name, String file, String actions, String standing, List<String> first,
			int more) {
	}

	@Override
	public Optional<Section> build(FeedbackData data) {
		PlanView plan = data.plan();
		int themes = (int) plan.score().themes().stream().filter(t -> t.actions() > 0).count();
		String actions = "The plan has " + Prose.figures(plan.actions().size(), "action", "actions") + " across "
				+ Prose.count(themes, "theme", "themes") + ", on the "
				+ data.london().templateTitle(plan.score().templateVersion()) + " template.";
		String standing = "Its "
				+ Strengths.standing(plan, data.london()).replaceFirst("^overall score ", "overall score is ")
				+ " plans this quarter; the London median is " + data.london().benchmarks().overall().medianText()
				+ ". Completeness is " + Scores.format(plan.score().completeness()) + " (London median "
				+ data.london().benchmarks().completeness().medianText() + "), mandatory coverage "
				+ Scores.format(plan.score().mandatoryCoverage()) + " ("
				+ data.london().benchmarks().mandatoryCoverage().medianText() + ") and partnership breadth "
				+ Scores.format(plan.score().partnershipBreadth()) + " ("
				+ data.london().benchmarks().partnershipBreadth().medianText() + ").";
		List<Improvement> improvements = Improvements.of(plan, data.london());
		List<String> first = improvements.stream().limit(FIRST).map(Improvement::headline).toList();
		String csp = plan.plan().cspName().isBlank() ? "the Community Safety Partnership"
				: plan.plan().cspName().trim();
		return Optional.of(Section.of("summary", "Summary", "feedback/summary.ftl", new Model(csp, plan.name(),
				plan.score().sourceFile(), actions, standing, first, Math.max(0, improvements.size() - FIRST))));
	}

}
