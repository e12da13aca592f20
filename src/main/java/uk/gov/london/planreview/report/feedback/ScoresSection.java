package uk.gov.london.planreview.report.feedback;

import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.gov.london.planreview.export.Scores;
import uk.gov.london.planreview.report.Benchmarks;
import uk.gov.london.planreview.report.FeedbackData;
import uk.gov.london.planreview.report.FeedbackSection;
import uk.gov.london.planreview.report.PlanStanding;
import uk.gov.london.planreview.report.PlanView;
import uk.gov.london.planreview.report.Prose;
import uk.gov.london.planreview.report.Quartiles;
import uk.gov.london.planreview.report.ReviewData;
import uk.gov.london.planreview.report.Section;
import uk.gov.london.planreview.scoring.PlanScore;

/**
 * The plan's scores beside London's median, each once, with where the plan stands: its
 * band for the scores, and for the police share whether more or less of the plan rests on
 * the police than in most plans (or that too few of its actions name a lead to say).
 */
@Component
@Order(200)
public class ScoresSection implements FeedbackSection {

	public record Model(List<Row> rows) {
	}

	/**
	 * One score: the plan's figure, London's median, and where the plan stands.
	 *
	 * @param key overall, completeness, mandatory, breadth, police, kinds or actions
	 * @param position top, middle or bottom; for the police share heavy, unled, less,
	 * same or more
	 */
	public record Row(String key, String plan, String median, String position) {
	}

	@Override
	public Optional<Section> build(FeedbackData data) {
		PlanView plan = data.plan();
		PlanScore s = plan.score();
		Benchmarks b = data.london().benchmarks();
		PlanStanding standing = data.london().standing(plan);
		ReviewData london = data.london();
		List<Row> rows = List.of(score("overall", s.overall(), b.overall(), london),
				score("completeness", s.completeness(), b.completeness(), london),
				score("mandatory", s.mandatoryCoverage(), b.mandatoryCoverage(), london),
				score("breadth", s.partnershipBreadth(), b.partnershipBreadth(), london),
				new Row("police", standing.police().equals("unled") ? "–" : percent(s.policeShare()),
						percent(b.policeShare().median()), standing.police()),
				count("kinds", s.partnerCategories().size(), b.partnerCategories(), london),
				count("actions", s.actions(), b.actions(), london));
		return Optional
			.of(Section.of("scores", "Scores beside London", "feedback/scores.ftl", new Model(rows)).runOn());
	}

	private static Row score(String key, double value, Quartiles q, ReviewData london) {
		return new Row(key, Scores.format(value), q.medianText(), london.band(value, q));
	}

	private static Row count(String key, int value, Quartiles q, ReviewData london) {
		return new Row(key, Prose.figure(value), Prose.figure(Math.round(q.median())), london.band(value, q));
	}

	static String percent(double share) {
		return Prose.percent(Math.round(share * 100), 100);
	}

}
