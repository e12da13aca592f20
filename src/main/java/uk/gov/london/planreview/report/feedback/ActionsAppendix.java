package uk.gov.london.planreview.report.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.gov.london.planreview.plan.Action;
import uk.gov.london.planreview.report.FeedbackData;
import uk.gov.london.planreview.report.FeedbackSection;
import uk.gov.london.planreview.report.PlanView;
import uk.gov.london.planreview.report.Section;
import uk.gov.london.planreview.scoring.ActionCheck;
import uk.gov.london.planreview.scoring.ActionCheck.Item;

/**
 * Appendix: the file the feedback is on, and every action that lacks something, with its
 * lead and what it lacks.
 */
@Component
@Order(900)
public class ActionsAppendix implements FeedbackSection {

	/**
	 * @param file the workbook reviewed
	 * @param hidden the actions read from rows hidden in the workbook, by reference
	 */
	public record Model(String file, List<Row> rows, int actions, List<String> hidden) {
	}

	/**
	 * @param lacks what the action lacks (item keys)
	 */
	public record Row(String ref, String theme, String action, String lead, List<String> lacks) {
	}

	@Override
	public Optional<Section> build(FeedbackData data) {
		PlanView plan = data.plan();
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < plan.actions().size(); i++) {
			Action a = plan.actions().get(i);
			ActionCheck check = plan.checks().get(i);
			if (!check.missing().isEmpty()) {
				rows.add(new Row(PlanView.label(a), a.theme(), a.text(), FeedbackRagSection.lead(a),
						check.missing().stream().map(Item::csv).toList()));
			}
		}
		return Optional.of(Section
			.of("actions", rows.isEmpty() ? "The plan reviewed" : "Actions to complete", "feedback/actions.ftl",
					new Model(plan.plan().sourceFile(), rows, plan.actions().size(),
							plan.actions().stream().filter(Action::hidden).map(PlanView::label).toList()))
			.asAppendix());
	}

}
