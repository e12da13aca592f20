package uk.gov.london.planreview.report.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.gov.london.planreview.report.Items;
import uk.gov.london.planreview.report.London;
import uk.gov.london.planreview.report.PlanView;
import uk.gov.london.planreview.report.Quartiles;
import uk.gov.london.planreview.report.ReviewData;
import uk.gov.london.planreview.report.ReviewSection;
import uk.gov.london.planreview.report.Section;
import uk.gov.london.planreview.scoring.ActionCheck.Item;
import uk.gov.london.planreview.scoring.PlanScore.MandatoryGap;

/**
 * Areas for development across London, counted (each plan finds its own in its feedback):
 * what actions most often lack, the mandatory actions most often missing, sign-off,
 * reliance on the police, and the least complete themes.
 */
@Component
@Order(800)
public class DevelopmentSection implements ReviewSection {

	/** How many of the most common missing mandatory actions the section lists. */
	static final int TOP = 5;

	/**
	 * @param lacking what actions lack, the most often lacked first
	 * @param missing the mandatory actions most often missing
	 * @param missingKinds how many different mandatory actions are missing from some plan
	 * @param leastComplete the two least complete themes, least first
	 */
	public record Model(London london, List<Lack> lacking, List<Missing> missing, int missingKinds,
			List<Theme> leastComplete) {
	}

	/**
	 * What some actions lack.
	 *
	 * @param key the item's key ({@code w.lacking(key)} in the templates)
	 * @param mostlyLacking plans in which more than half of the actions lack it
	 */
	public record Lack(String key, long actions, int mostlyLacking) {
	}

	/** A mandatory action and how many plans lack it. */
	public record Missing(String ref, String text, int plans) {
	}

	/** A theme and its median completeness. */
	public record Theme(String name, String median) {
	}

	@Override
	public Optional<Section> build(ReviewData data) {
		List<PlanView> plans = data.plans();
		if (plans.isEmpty() || data.totalActions() == 0) {
			return Optional.empty();
		}
		List<Lack> lacking = new ArrayList<>();
		for (Item item : Items.counted(data.weights().fields())) {
			long actions = plans.stream().mapToLong(p -> p.missing(item)).sum();
			int mostly = (int) plans.stream()
				.filter(p -> !p.actions().isEmpty() && p.missing(item) * 2 > p.actions().size())
				.count();
			if (actions > 0) {
				lacking.add(new Lack(item.csv(), actions, mostly));
			}
		}
		lacking.sort(Comparator.comparingLong(Lack::actions).reversed());
		Map<String, Missing> byAction = new LinkedHashMap<>();
		for (PlanView plan : plans) {
			for (MandatoryGap gap : plan.score().mandatoryGaps()) {
				if (gap.missing()) {
					String key = gap.templateRef() + "\n" + gap.text();
					Missing found = byAction.getOrDefault(key, new Missing(gap.templateRef(), gap.text(), 0));
					byAction.put(key, new Missing(found.ref(), found.text(), found.plans() + 1));
				}
			}
		}
		List<Missing> missing = byAction.values()
			.stream()
			.sorted(Comparator.comparingInt((Missing m) -> -m.plans()).thenComparing(Missing::ref))
			.limit(TOP)
			.toList();
		List<Theme> themes = data.catalogue()
			.reportedThemes()
			.stream()
			.filter(t -> data.benchmarks().theme(t) != null)
			.sorted(Comparator.comparingDouble((String t) -> data.benchmarks().theme(t).median()).thenComparing(t -> t))
			.limit(2)
			.map(t -> new Theme(t, medianText(data.benchmarks().theme(t))))
			.toList();
		return Optional.of(
				Section
					.of("development", "Areas for development", "review/development.ftl",
							new Model(London.of(data), lacking, missing, byAction.size(),
									themes.size() < 2 ? List.of() : themes))
					.runOn());
	}

	private static String medianText(Quartiles q) {
		return q.medianText();
	}

}
