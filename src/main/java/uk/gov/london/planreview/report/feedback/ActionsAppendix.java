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
import uk.gov.london.planreview.report.Prose;
import uk.gov.london.planreview.report.Section;
import uk.gov.london.planreview.scoring.ActionCheck;

/** Appendix: every action that lacks something, with its lead and what it lacks. */
@Component
@Order(900)
public class ActionsAppendix implements FeedbackSection {

	public record Model(List<Row> rows, String opening) {
	}

	public record Row(String ref, String theme, String action, String lead, String lacks) {
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
						Improvements.lacks(check)));
			}
		}
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(Section
			.of("actions", "Actions to complete", "feedback/actions.ftl", new Model(rows,
					(rows.size() == plan.actions().size()
							? Prose.capitalise(
									Prose.proportion(rows.size(), rows.size(), "action", "actions")) + " of the plan"
							: Prose
								.figure(rows.size()) + " of the plan’s "
									+ Prose.figures(plan.actions().size(), "action", "actions"))
							+ " " + (rows.size() == 1 ? "lacks" : "lack")
							+ " something every action should carry. Each is listed with its lead, who can complete it."))
			.asAppendix());
	}

}
