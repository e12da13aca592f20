package uk.gov.london.planreview.report.review;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.gov.london.planreview.authority.Authority;
import uk.gov.london.planreview.ingest.SubmissionStatus;
import uk.gov.london.planreview.report.London;
import uk.gov.london.planreview.report.PlanView;
import uk.gov.london.planreview.report.ReviewData;
import uk.gov.london.planreview.report.ReviewSection;
import uk.gov.london.planreview.report.Section;
import uk.gov.london.planreview.report.Survey;

/**
 * Introduction: how many plans were reviewed and which authorities they cover, joint
 * plans, authorities with no plan, submissions that could not be read or were set aside,
 * and which plans (and whether the stock-take) are out of date, drafts or on a replaced
 * template, with the date a current one is asked for.
 */
@Component
@Order(100)
public class IntroductionSection implements ReviewSection {

	/** Every London authority: the 32 boroughs and the City of London. */
	static final int LONDON = 33;

	/**
	 * @param rejected submissions that could not be read (the method appendix names them)
	 * @param superseded submissions set aside for a later one
	 * @param oldPlans plans submitted longer ago than the settings allow, with the month
	 * @param survey when the stock-take was answered, or null
	 */
	public record Model(int plans, int covered, int london, List<String> coveredNames, List<String> joint,
			List<String> uncovered, int rejected, int superseded, List<String> supersededTemplate,
			String supersededTemplates, List<OldPlan> oldPlans, List<String> drafts, Survey survey, String due) {
	}

	/** A plan and the month it was submitted. */
	/**
	 * @param monthsOld whole months between its submission and the quarter's last month
	 */
	public record OldPlan(String name, String submitted, int monthsOld) {
	}

	@Override
	public Optional<Section> build(ReviewData data) {
		List<PlanView> plans = data.plans();
		List<Authority> uncovered = data.uncovered();
		List<String> coveredNames = data.authorities()
			.stream()
			.filter(a -> !uncovered.contains(a))
			.map(Authority::name)
			.toList();
		London london = London.of(data);
		LocalDate reviewed = data.runDate().atZone(ZoneId.of("Europe/London")).toLocalDate();
		return Optional.of(
				Section
					.of("introduction", "Introduction", "review/introduction.ftl",
							new Model(plans.size(), coveredNames.size(), LONDON, coveredNames,
									plans.stream().filter(PlanView::joint).map(PlanView::name).sorted().toList(),
									uncovered.stream().map(Authority::name).toList(),
									data.submissions(SubmissionStatus.REJECTED).size(),
									data.submissions(SubmissionStatus.SUPERSEDED).size(),
									London.names(london.superseded()), data.settings().supersededTemplatesText(),
									london.stale()
										.stream()
										.sorted((a, b) -> a.name().compareTo(b.name()))
										.map(p -> new OldPlan(p.name(), data.standing(p).submitted(),
												data.standing(p).monthsOld()))
										.toList(),
									London.names(london.draft()), data.survey().orElse(null),
									ReviewData.DAY.format(data.settings().revisedPlanDue(reviewed))))
					.runOn());
	}

}
