package uk.gov.london.planreview.report.review;

import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.gov.london.planreview.export.Scores;
import uk.gov.london.planreview.report.PlanView;
import uk.gov.london.planreview.report.ReviewData;
import uk.gov.london.planreview.report.ReviewSection;
import uk.gov.london.planreview.report.Section;

/**
 * Appendix: the scorecard of every plan, exactly as scores.csv gives it, highest overall
 * score first.
 */
@Component
@Order(900)
public class ScorecardAppendix implements ReviewSection {

	public record Model(List<Row> rows) {
	}

	public record Row(int rank, String plan, String planId, String version, int actions, String completeness,
			String mandatory, String breadth, int categories, String policeShare, String signedOff, String overall) {
	}

	@Override
	public Optional<Section> build(ReviewData data) {
		if (data.plans().isEmpty()) {
			return Optional.empty();
		}
		List<Row> rows = data.plans().stream().map(ScorecardAppendix::row).toList();
		return Optional.of(Section.of("scorecard", "Scorecard of every plan", "review/scorecard.ftl", new Model(rows))
			.inLandscape()
			.asAppendix());
	}

	private static Row row(PlanView p) {
		var s = p.score();
		return new Row(s.rank(), p.name(), s.planId(), s.templateVersion(), s.actions(),
				Scores.format(s.completeness()), Scores.format(s.mandatoryCoverage()),
				Scores.format(s.partnershipBreadth()), s.partnerCategories().size(),
				Scores.formatShare(s.policeShare()), s.signedOff().csv(), Scores.format(s.overall()));
	}

}
