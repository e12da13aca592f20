package uk.gov.london.planreview.report.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.gov.london.planreview.report.PlanView;
import uk.gov.london.planreview.report.Prose;
import uk.gov.london.planreview.report.ReviewData;
import uk.gov.london.planreview.report.ReviewSection;
import uk.gov.london.planreview.report.Section;

/**
 * The strongest plans, by overall score, and what makes each strong, from its figures.
 */
@Component
@Order(300)
public class StrongestPlansSection implements ReviewSection {

	/** How many plans the section names. */
	static final int HOW_MANY = 3;

	public record Model(String opening, List<Strong> plans) {
	}

	/** A strong plan and its strengths, each a clause of one sentence. */
	public record Strong(String name, String standing, List<String> strengths) {
	}

	@Override
	public Optional<Section> build(ReviewData data) {
		if (data.plans().size() < 2) {
			return Optional.empty();
		}
		// Best first, as scores.csv ranks them; plans tied with the last named are said
		// to be so.
		List<PlanView> top = data.plans().stream().filter(p -> p.score().rank() <= HOW_MANY).limit(HOW_MANY).toList();
		int lastRank = top.get(top.size() - 1).score().rank();
		List<String> tied = data.plans()
			.stream()
			.filter(p -> p.score().rank() == lastRank && !top.contains(p))
			.map(PlanView::name)
			.toList();
		List<Strong> strong = top.stream()
			.map(p -> new Strong(p.name(), Strengths.standing(p, data), Strengths.of(p, data)))
			.toList();
		String opening = "These are the " + (top.size() == 1 ? "plan" : Prose.count(top.size()) + " plans")
				+ " with the highest overall scores this quarter"
				+ (tied.isEmpty() ? ""
						: " (" + Prose.count(tied.size(), "other plan scores", "other plans score")
								+ " the same as the last of them: "
								+ (tied.size() <= 5 ? Prose.list(tied) : "see the scorecard appendix") + ")")
				+ ". In the strongest plans the actions carry documented outcomes, named owners and timescales, the CSP’s partners own actions across the plan, and the template’s mandatory actions are all in place.";
		List<Section.Heading> headings = new ArrayList<>();
		for (int i = 0; i < strong.size(); i++) {
			headings.add(new Section.Heading("strongest-" + (i + 1), strong.get(i).name()));
		}
		return Optional
			.of(Section.of("strongest-plans", "The strongest plans", "review/strongest.ftl", new Model(opening, strong))
				.withHeadings(headings));
	}

}
