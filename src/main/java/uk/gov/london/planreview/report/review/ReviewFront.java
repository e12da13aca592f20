package uk.gov.london.planreview.report.review;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.gov.london.planreview.report.DocumentModel;
import uk.gov.london.planreview.report.Ideas;
import uk.gov.london.planreview.report.Links;
import uk.gov.london.planreview.report.London;
import uk.gov.london.planreview.report.LondonMovement;
import uk.gov.london.planreview.report.PlanView;
import uk.gov.london.planreview.report.ReviewData;
import uk.gov.london.planreview.report.ReviewSection;
import uk.gov.london.planreview.report.Section;
import uk.gov.london.planreview.report.Standards;
import uk.gov.london.planreview.report.Survey;
import uk.gov.london.planreview.report.Timescales;
import uk.gov.london.planreview.scoring.PlanScore.MandatoryGap;

/**
 * The review's front page, for a reader with two minutes: five key messages, what London
 * asks of the partnerships, and movement since last quarter (or that this review is the
 * baseline). The facts are here; the words are the template's (review/front.ftl).
 */
@Component
@Order(50)
public class ReviewFront implements ReviewSection {

	/**
	 * @param mandatoryPlans plans with a mandatory action missing or left unfilled
	 * @param commonestGap the mandatory action most often missing or unfilled, or null
	 * @param movement since last quarter, or null for a first review
	 * @param survey the stock-take's dates, or null when there is none
	 * @param timescales actions past their end date, and plans whose timescales have all
	 * run out
	 */
	public record Model(London london, List<London.Refresh> refresh, String standard, String medianCompleteness,
			double medianKinds, int partnerKinds, Ideas ideas, Links links, int mandatoryPlans, Gap commonestGap,
			LondonMovement movement, Survey survey, String due, String convener, String supersededTemplates,
			Timescales timescales) {
	}

	/** A mandatory action and how many plans lack it or left it unfilled. */
	public record Gap(String ref, String text, int plans) {
	}

	@Override
	public Optional<Section> build(ReviewData data) {
		if (data.plans().isEmpty()) {
			return Optional.empty();
		}
		London london = London.of(data);
		double median = data.benchmarks().completeness().median();
		LocalDate reviewed = data.runDate().atZone(ZoneId.of("Europe/London")).toLocalDate();
		return Optional.of(Section.of(DocumentModel.FRONT, "At a glance", "review/front.ftl",
				new Model(london, london.refreshGroups(data), Standards.of(median),
						data.benchmarks().completeness().medianText(), data.benchmarks().partnerCategories().median(),
						data.partnerCategories().size(), Ideas.of(data), Links.of(data), mandatoryPlans(data),
						commonestGap(data).orElse(null), LondonMovement.of(data).orElse(null),
						data.survey().orElse(null), ReviewData.DAY.format(data.settings().revisedPlanDue(reviewed)),
						data.settings().convener(), data.settings().supersededTemplatesText(),
						Timescales.of(data.plans(), data.quarter()))));
	}

	private static int mandatoryPlans(ReviewData data) {
		return (int) data.plans().stream().filter(p -> !p.score().mandatoryGaps().isEmpty()).count();
	}

	/** The mandatory action most plans lack or left unfilled (by template wording). */
	static Optional<Gap> commonestGap(ReviewData data) {
		Map<String, Gap> gaps = new LinkedHashMap<>();
		for (PlanView plan : data.plans()) {
			for (MandatoryGap gap : plan.score().mandatoryGaps()) {
				String key = gap.templateRef() + "\n" + gap.text();
				Gap found = gaps.getOrDefault(key, new Gap(gap.templateRef(), gap.text(), 0));
				gaps.put(key, new Gap(found.ref(), found.text(), found.plans() + 1));
			}
		}
		return gaps.values()
			.stream()
			.sorted(Comparator.comparingInt((Gap g) -> -g.plans()).thenComparing(Gap::ref))
			.findFirst();
	}

}
