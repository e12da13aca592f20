package uk.gov.london.planreview.report.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.gov.london.planreview.export.Scores;
import uk.gov.london.planreview.report.FeedbackData;
import uk.gov.london.planreview.report.FeedbackSection;
import uk.gov.london.planreview.report.Quartiles;
import uk.gov.london.planreview.report.Section;
import uk.gov.london.planreview.scoring.PlanScore.ThemeScore;

/**
 * Theme by theme: the plan's actions and completeness in each theme beside London's
 * median.
 */
@Component
@Order(300)
public class FeedbackThemesSection implements FeedbackSection {

	public record Model(List<Row> rows) {
	}

	public record Row(String theme, int actions, String completeness, String median, String mandatory, String note) {
	}

	@Override
	public Optional<Section> build(FeedbackData data) {
		List<Row> rows = new ArrayList<>();
		for (ThemeScore t : data.plan().score().themes()) {
			Quartiles q = data.london().benchmarks().theme(t.theme());
			String note;
			if (t.actions() == 0) {
				note = "No actions in this theme";
			}
			else if (q == null || q.count() < 2) {
				note = "";
			}
			else {
				note = ScoresSection.position(t.completeness(), q, true);
			}
			rows.add(new Row(t.theme(), t.actions(), t.actions() == 0 ? "–" : Scores.format(t.completeness()),
					q == null ? "–" : q.medianText(), t.mandatoryExpected() == 0 ? "none asked for"
							: t.mandatoryPresent() + " of " + t.mandatoryExpected(),
					note));
		}
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(Section.of("themes", "Theme by theme", "feedback/themes.ftl", new Model(rows)));
	}

}
