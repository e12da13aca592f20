package uk.gov.london.planreview.report.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.gov.london.planreview.export.Scores;
import uk.gov.london.planreview.report.PlanView;
import uk.gov.london.planreview.report.Prose;
import uk.gov.london.planreview.report.ReviewData;
import uk.gov.london.planreview.report.ReviewSection;
import uk.gov.london.planreview.report.Section;

/**
 * Partnership breadth: the plan × partner-category matrix (how many of each plan's
 * actions each kind of partner leads), on landscape pages, with which partners lead
 * actions in few plans and which plans rest mostly on the police.
 */
@Component
@Order(500)
public class PartnershipSection implements ReviewSection {

	public record Model(String opening, String widest, String rare, String police, List<String> categories,
			List<MatrixRow> rows) {
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
		List<String> categories = data.partnerCategories();
		List<MatrixRow> rows = new ArrayList<>();
		for (PlanView plan : plans) {
			Map<String, Long> led = plan.actionsLedBy();
			List<Cell> cells = categories.stream().map(c -> {
				long n = led.getOrDefault(c, 0L);
				return new Cell(n, n == 0 ? 0 : n <= 2 ? 1 : n <= 5 ? 2 : 3);
			}).toList();
			rows.add(new MatrixRow(plan.name(), cells, plan.score().partnerCategories().size()));
		}
		String opening = "The strongest plans have actions owned by a wide range of partners: the police, community safety and youth offending, "
				+ "public health, housing, adult and children’s social care, education, and the voluntary and community sector. "
				+ "The median plan has actions led by "
				+ MethodAppendix.number(data.benchmarks().partnerCategories().median()) + " of the "
				+ Prose.count(categories.size()) + " kinds of partner, and a partnership breadth score of "
				+ data.benchmarks().partnershipBreadth().medianText() + " out of 100.";
		int most = plans.stream().mapToInt(p -> p.score().partnerCategories().size()).max().orElse(0);
		List<String> widestPlans = plans.stream()
			.filter(p -> p.score().partnerCategories().size() == most)
			.map(PlanView::name)
			.toList();
		String widest = widestPlans.size() > 5 ? Prose.capitalise(Prose.count(widestPlans.size()))
				+ " plans share the widest partnership, with actions led by " + Prose.count(most) + " kinds of partner."
				: "The widest partnership" + (widestPlans.size() > 1 ? "s are in " : " is in ")
						+ Prose.list(widestPlans) + ", with actions led by " + Prose.count(most) + " kinds of partner.";
		List<String> rare = new ArrayList<>();
		for (String category : categories) {
			long plansLed = plans.stream().filter(p -> p.actionsLedBy().containsKey(category)).count();
			if (plansLed * 4 <= plans.size()) {
				rare.add(category + (plansLed == 0 ? " (no plan)" : " (" + Prose.count(plansLed) + ")"));
			}
		}
		String rareText = rare.isEmpty() ? "Every kind of partner leads actions in at least a quarter of the plans."
				: "Few plans have actions led by these partners (the number of plans in brackets): " + Prose.list(rare)
						+ ".";
		List<String> heavy = plans.stream().filter(p -> p.score().policeShare() > 0.5).map(PlanView::name).toList();
		String police = heavy.isEmpty() ? "No plan relies on the police alone for more than half of its actions."
				: "Weaker plans are almost entirely police actions. In " + Prose.list(heavy)
						+ " more than half of the actions are led by the police alone.";
		return Optional.of(
				Section
					.of("partnership", "Partnership breadth", "review/partnership.ftl",
							new Model(opening, widest, rareText, police, categories, rows))
					.inLandscape());
	}

}
