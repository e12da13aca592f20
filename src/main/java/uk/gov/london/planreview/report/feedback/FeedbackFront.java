package uk.gov.london.planreview.report.feedback;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.gov.london.planreview.export.Scores;
import uk.gov.london.planreview.history.Movement;
import uk.gov.london.planreview.history.MovementStore.PlanMovement;
import uk.gov.london.planreview.report.DocumentModel;
import uk.gov.london.planreview.report.FeedbackData;
import uk.gov.london.planreview.report.FeedbackSection;
import uk.gov.london.planreview.report.PlanStanding;
import uk.gov.london.planreview.report.PlanView;
import uk.gov.london.planreview.report.ReviewData;
import uk.gov.london.planreview.report.Section;
import uk.gov.london.planreview.scoring.PlanScore.MandatoryGap;

/**
 * A feedback's front page, for a board member with two minutes: the verdict, at most
 * three asks, the date a revised plan is due, whom to contact, and movement since last
 * quarter (or that this is the plan's baseline). The facts are here; the words are the
 * template's (feedback/front.ftl).
 */
@Component
@Order(50)
public class FeedbackFront implements FeedbackSection {

	/** The most the front page asks of a board. */
	static final int ASKS = 3;

	/**
	 * @param verdict strong, sound or needs-work
	 * @param refresh why the plan needs refreshing, and by when
	 * @param movement the plan's movement since last quarter, or null
	 * @param londonReviewedBefore whether any plan was reviewed last quarter
	 */
	public record Model(String name, String csp, String verdict, PlanStanding standing, String overall,
			String londonMedian, int actions, String template, List<Improvement> asks, int moreAsks, Refresh refresh,
			String due, String contact, Moved movement, boolean londonReviewedBefore) {
	}

	/** What a refresh is asked for, and by when: the improvement templates' {@code f}. */
	public record Refresh(PlanStanding standing, String due, String supersededTemplates) {
	}

	/** The plan's overall score then and now, and how its actions moved. */
	public record Moved(String previousQuarter, String then, String now, String change, int turnedGreen, int completed,
			int turnedRed, int added, int dropped) {
	}

	@Override
	public Optional<Section> build(FeedbackData data) {
		PlanView plan = data.plan();
		ReviewData london = data.london();
		PlanStanding standing = london.standing(plan);
		List<Improvement> improvements = Improvements.of(plan, london);
		boolean missingMandatory = plan.score().mandatoryGaps().stream().anyMatch(MandatoryGap::missing);
		String verdict = standing.band().equals("bottom") || standing.policeHeavy() ? "needs-work"
				: standing.band().equals("top") && !standing.needsRefresh() && !missingMandatory ? "strong" : "sound";
		LocalDate reviewed = london.runDate().atZone(ZoneId.of("Europe/London")).toLocalDate();
		String due = ReviewData.DAY.format(london.settings().revisedPlanDue(reviewed));
		return Optional.of(Section.of(DocumentModel.FRONT, "At a glance", "feedback/front.ftl",
				new Model(plan.name(), csp(plan), verdict, standing, Scores.format(plan.score().overall()),
						london.benchmarks().overall().medianText(), plan.actions().size(),
						london.templateTitle(plan.score().templateVersion()),
						improvements.stream().limit(ASKS).toList(), Math.max(0, improvements.size() - ASKS),
						refresh(london, standing, due), due, london.settings().contact(),
						london.movement(plan.planId()).map(m -> moved(plan, m)).orElse(null),
						!london.movement().isEmpty())));
	}

	static Refresh refresh(ReviewData london, PlanStanding standing, String due) {
		return new Refresh(standing, due, london.settings().supersededTemplatesText());
	}

	/** The partnership's name for itself, or a reader's description of it. */
	static String csp(PlanView plan) {
		return plan.plan().cspName().isBlank() ? "the Community Safety Partnership" : plan.plan().cspName().trim();
	}

	private static Moved moved(PlanView plan, PlanMovement m) {
		return new Moved(m.previousQuarter().toString(), Scores.format(m.previousOverall()),
				Scores.format(plan.score().overall()),
				Scores.formatChange(plan.score().overall() - m.previousOverall()),
				m.counts().getOrDefault(Movement.TURNED_GREEN, 0), m.counts().getOrDefault(Movement.COMPLETED, 0),
				m.counts().getOrDefault(Movement.TURNED_RED, 0), m.counts().getOrDefault(Movement.ADDED, 0),
				m.counts().getOrDefault(Movement.DROPPED, 0));
	}

}
