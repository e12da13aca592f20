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
 * Theme by theme: the plan's actions and completeness in each theme (under the current
 * themes, whatever its template's names for them) beside London's median, and its band
 * there.
 */
@Component
@Order(300)
public class FeedbackThemesSection implements FeedbackSection {

	public record Model(List<Row> rows) {
	}

	/**
	 * @param position top, middle or bottom; {@code none} when the plan has no actions in
	 * the theme
	 */
	public record Row(String theme, int actions, String completeness, String median, int mandatoryPresent,
			int mandatoryExpected, String position) {
	}

	@Override
	public Optional<Section> build(FeedbackData data) {
		List<Row> rows = new ArrayList<>();
		for (ThemeScore t : data.plan().score().themes()) {
			Quartiles q = data.london().benchmarks().theme(t.theme());
			rows.add(new Row(t.theme(), t.actions(), t.actions() == 0 ? "–" : Scores.format(t.completeness()),
					q == null ? "–" : q.medianText(), t.mandatoryPresent(), t.mandatoryExpected(),
					t.actions() == 0 ? "none" : q == null ? "middle" : data.london().band(t.completeness(), q)));
		}
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(Section.of("themes", "Theme by theme", "feedback/themes.ftl", new Model(rows)).runOn());
	}

}
