package uk.gov.london.planreview.report.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.gov.london.planreview.export.Scores;
import uk.gov.london.planreview.goodpractice.WeakArea;
import uk.gov.london.planreview.report.FeedbackData;
import uk.gov.london.planreview.report.FeedbackSection;
import uk.gov.london.planreview.report.PlanView;
import uk.gov.london.planreview.report.Prose;
import uk.gov.london.planreview.report.Quartiles;
import uk.gov.london.planreview.report.Section;
import uk.gov.london.planreview.scoring.PlanScore.MandatoryGap;
import uk.gov.london.planreview.scoring.PlanScore.ThemeScore;

/**
 * Linking up for one plan: for each area (theme) where it has a gap — what it lacks or
 * does weakly there — the partnerships strong there whose own action does what it lacks,
 * with the action and the named lead to contact, as linking-up.csv gives them; and who
 * convenes.
 */
@Component
@Order(800)
public class OffersSection implements FeedbackSection {

	public record Model(List<Gap> gaps, long answered, String convener) {
	}

	/**
	 * A weak area and why.
	 *
	 * @param completeness the plan's completeness in the theme when well below London's,
	 * or empty
	 * @param missing mandatory actions of the theme missing from the plan
	 * @param unfilled mandatory actions of the theme left little filled in
	 * @param offers the best first; empty when no partnership strong there does what the
	 * plan lacks
	 */
	public record Gap(String id, String theme, String completeness, String median, List<Mandatory> missing,
			List<Mandatory> unfilled, List<Offer> offers) {
	}

	/** A mandatory action by its reference and wording. */
	public record Mandatory(String ref, String text) {
	}

	/** Another partnership's practice: who, the action quoted, and whom to contact. */
	public record Offer(String authority, String ref, String action, String contact) {
	}

	@Override
	public Optional<Section> build(FeedbackData data) {
		PlanView plan = data.plan();
		List<WeakArea> areas = data.london().weakAreas(plan.planId());
		if (areas.isEmpty()) {
			return Optional.empty();
		}
		double margin = data.london().goodPracticeSettings().weakThemeMargin();
		List<Gap> gaps = new ArrayList<>();
		for (WeakArea area : areas) {
			ThemeScore theme = plan.score()
				.themes()
				.stream()
				.filter(t -> t.theme().equals(area.theme()))
				.findFirst()
				.orElse(null);
			Quartiles q = data.london().benchmarks().theme(area.theme());
			boolean weak = theme != null && theme.actions() > 0 && q != null
					&& theme.completeness() < q.median() - margin;
			List<MandatoryGap> inTheme = plan.score()
				.mandatoryGaps()
				.stream()
				.filter(g -> g.theme().equals(area.theme()))
				.toList();
			gaps.add(new Gap("offers-" + (gaps.size() + 1), area.theme(),
					weak ? Scores.format(theme.completeness()) : "", q == null ? "" : q.medianText(),
					inTheme.stream()
						.filter(MandatoryGap::missing)
						.map(g -> new Mandatory(g.templateRef(), g.text()))
						.toList(),
					inTheme.stream()
						.filter(g -> !g.missing())
						.map(g -> new Mandatory(g.templateRef(), g.text()))
						.toList(),
					area.offers()
						.stream()
						.map(o -> new Offer(Prose.authorities(o.authorities()), o.actionRef().trim(), o.action().trim(),
								o.contact().trim()))
						.toList()));
		}
		long answered = gaps.stream().filter(g -> !g.offers().isEmpty()).count();
		return Optional.of(Section
			.of("offers", "Linking up: who could help", "feedback/offers.ftl",
					new Model(gaps, answered, data.london().settings().convener()))
			.withHeadings(gaps.stream().map(g -> new Section.Heading(g.id(), g.theme())).toList())
			.runOn());
	}

}
