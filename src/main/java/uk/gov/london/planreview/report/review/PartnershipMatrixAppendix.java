package uk.gov.london.planreview.report.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.gov.london.planreview.report.PlanView;
import uk.gov.london.planreview.report.ReviewData;
import uk.gov.london.planreview.report.ReviewSection;
import uk.gov.london.planreview.report.Section;

/**
 * Appendix: the plan × partner matrix — how many of each plan's actions each kind of
 * partner leads — plans by name, on landscape pages.
 */
@Component
@Order(910)
public class PartnershipMatrixAppendix implements ReviewSection {

	public record Model(List<String> categories, List<MatrixRow> rows) {
	}

	/**
	 * One plan's row: actions led by each category (in the columns' order), with its
	 * shading.
	 */
	public record MatrixRow(String plan, List<Cell> cells, int kinds) {
	}

	/** A count and how dark to shade it (0 to 3); the number is always printed. */
	public record Cell(long count, int shade) {
	}

	@Override
	public Optional<Section> build(ReviewData data) {
		List<PlanView> plans = data.plans().stream().sorted(Comparator.comparing(PlanView::name)).toList();
		if (plans.isEmpty()) {
			return Optional.empty();
		}
		List<MatrixRow> rows = new ArrayList<>();
		for (PlanView plan : plans) {
			Map<String, Long> led = plan.actionsLedBy();
			List<Cell> cells = data.partnerCategories().stream().map(c -> {
				long n = led.getOrDefault(c, 0L);
				return new Cell(n, n == 0 ? 0 : n <= 2 ? 1 : n <= 5 ? 2 : 3);
			}).toList();
			rows.add(new MatrixRow(plan.name(), cells, plan.score().partnerCategories().size()));
		}
		return Optional.of(
				Section
					.of("partnership-matrix", "Partners leading actions, plan by plan", "review/partnership-matrix.ftl",
							new Model(data.partnerCategories(), rows))
					.inLandscape()
					.asAppendix());
	}

}
