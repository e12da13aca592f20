package uk.gov.london.planreview.report.review;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.gov.london.planreview.export.Scores;
import uk.gov.london.planreview.history.MovementStore.PlanMovement;
import uk.gov.london.planreview.report.PlanView;
import uk.gov.london.planreview.report.Prose;
import uk.gov.london.planreview.report.ReviewData;
import uk.gov.london.planreview.report.ReviewSection;
import uk.gov.london.planreview.report.Section;

/**
 * Appendix: the scorecard of every plan, in alphabetical order, with the scores of
 * scores.csv, the plan's band, and — when last quarter was reviewed — its overall score
 * then and the change.
 */
@Component
@Order(900)
public class ScorecardAppendix implements ReviewSection {

	/**
	 * @param previousQuarter the quarter compared with, or empty for a first review
	 */
	public record Model(List<Row> rows, String previousQuarter) {
	}

	/**
	 * @param signedOff the sign-off's key: yes, partly, no or not-required
	 * @param previous the overall score last quarter, or empty
	 */
	public record Row(String plan, String version, int actions, String completeness, String mandatory, String breadth,
			int categories, String policeShare, String signedOff, String overall, String band, String previous,
			String change) {
	}

	@Override
	public Optional<Section> build(ReviewData data) {
		if (data.plans().isEmpty()) {
			return Optional.empty();
		}
		List<Row> rows = data.plans()
			.stream()
			.sorted(Comparator.comparing(PlanView::name))
			.map(p -> row(p, data))
			.toList();
		String previous = data.movement()
			.values()
			.stream()
			.findFirst()
			.map(m -> m.previousQuarter().toString())
			.orElse("");
		return Optional
			.of(Section.of("scorecard", "Scorecard of every plan", "review/scorecard.ftl", new Model(rows, previous))
				.inLandscape()
				.asAppendix());
	}

	private static Row row(PlanView p, ReviewData data) {
		var s = p.score();
		Optional<PlanMovement> m = data.movement(p.planId());
		return new Row(p.name(), s.templateVersion(), s.actions(), Scores.format(s.completeness()),
				Scores.format(s.mandatoryCoverage()), Scores.format(s.partnershipBreadth()),
				s.partnerCategories().size(), Prose.percent(Math.round(s.policeShare() * 100), 100),
				s.signedOff().csv(), Scores.format(s.overall()), data.standing(p).band(),
				m.map(x -> Scores.format(x.previousOverall())).orElse(""),
				m.map(x -> Scores.formatChange(s.overall() - x.previousOverall())).orElse(""));
	}

}
