package uk.gov.london.planreview.report.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.gov.london.planreview.report.London;
import uk.gov.london.planreview.report.PlanView;
import uk.gov.london.planreview.report.ReviewData;
import uk.gov.london.planreview.report.ReviewSection;
import uk.gov.london.planreview.report.Section;

/**
 * Partnership breadth across London: how many kinds of partner lead actions in the median
 * plan, the widest partnerships, which partners lead actions in few plans, and how many
 * plans rest on the police. The plan × partner matrix is an appendix
 * ({@link PartnershipMatrixAppendix}).
 */
@Component
@Order(500)
public class PartnershipSection implements ReviewSection {

	/** Plans named as the widest partnerships, when no more share the widest. */
	static final int WIDEST_NAMED = 5;

	/**
	 * @param widest the plans with the most kinds of partner leading actions, when few
	 * enough to name
	 * @param rare partners that lead actions in a quarter of the plans or fewer
	 */
	public record Model(London london, double medianKinds, int kinds, String medianBreadth, double policeShare,
			int mostKinds, int widestCount, List<String> widest, List<Rare> rare) {
	}

	/** A kind of partner and how many plans it leads actions in. */
	public record Rare(String partner, long plans) {
	}

	@Override
	public Optional<Section> build(ReviewData data) {
		List<PlanView> plans = data.plans().stream().sorted(Comparator.comparing(PlanView::name)).toList();
		if (plans.isEmpty()) {
			return Optional.empty();
		}
		int most = plans.stream().mapToInt(p -> p.score().partnerCategories().size()).max().orElse(0);
		List<String> widest = plans.stream()
			.filter(p -> p.score().partnerCategories().size() == most)
			.map(PlanView::name)
			.toList();
		List<Rare> rare = new ArrayList<>();
		for (String category : data.partnerCategories()) {
			long led = plans.stream().filter(p -> p.actionsLedBy().containsKey(category)).count();
			if (led * 4 <= plans.size()) {
				rare.add(new Rare(category, led));
			}
		}
		return Optional.of(Section.of("partnership", "Partnership breadth", "review/partnership.ftl",
				new Model(London.of(data), data.benchmarks().partnerCategories().median(),
						data.partnerCategories().size(), data.benchmarks().partnershipBreadth().medianText(),
						data.benchmarks().policeShare().median(), most, widest.size(),
						widest.size() <= WIDEST_NAMED ? widest : List.of(), rare))
			.runOn());
	}

}
