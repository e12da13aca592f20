package uk.gov.london.planreview.report.feedback;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.gov.london.planreview.report.FeedbackData;
import uk.gov.london.planreview.report.FeedbackSection;
import uk.gov.london.planreview.report.ReviewData;
import uk.gov.london.planreview.report.Section;

/**
 * Precisely what to improve, most important first, with the actions concerned by
 * reference.
 */
@Component
@Order(500)
public class ImproveSection implements FeedbackSection {

	/**
	 * @param refresh why the plan needs refreshing, and by when
	 * @param appendix whether the appendix lists the actions that lack something
	 */
	public record Model(List<Improvement> improvements, FeedbackFront.Refresh refresh, boolean appendix) {
	}

	@Override
	public Optional<Section> build(FeedbackData data) {
		ReviewData london = data.london();
		List<Improvement> improvements = Improvements.of(data.plan(), london);
		if (improvements.isEmpty()) {
			return Optional.empty();
		}
		boolean appendix = data.plan().checks().stream().anyMatch(c -> !c.missing().isEmpty());
		LocalDate reviewed = london.runDate().atZone(ZoneId.of("Europe/London")).toLocalDate();
		String due = ReviewData.DAY.format(london.settings().revisedPlanDue(reviewed));
		return Optional.of(
				Section
					.of("improve", "What to improve", "feedback/improve.ftl",
							new Model(improvements, FeedbackFront.refresh(london, london.standing(data.plan()), due),
									appendix))
					.runOn());
	}

}
