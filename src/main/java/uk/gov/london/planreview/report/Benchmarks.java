package uk.gov.london.planreview.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.gov.london.planreview.scoring.PlanScore;

/**
 * London's quartiles of every score, across the accepted plans, and of each theme's
 * completeness across the plans with actions in that theme: what one plan is compared
 * with.
 */
public record Benchmarks(Quartiles overall, Quartiles completeness, Quartiles mandatoryCoverage,
		Quartiles partnershipBreadth, Quartiles policeShare, Quartiles actions, Quartiles partnerCategories,
		Map<String, Quartiles> themes) {

	public static Benchmarks of(List<PlanScore> scores) {
		Map<String, List<Double>> byTheme = new LinkedHashMap<>();
		for (PlanScore score : scores) {
			for (PlanScore.ThemeScore theme : score.themes()) {
				if (theme.actions() > 0) {
					byTheme.computeIfAbsent(theme.theme(), t -> new ArrayList<>()).add(theme.completeness());
				}
			}
		}
		Map<String, Quartiles> themes = new LinkedHashMap<>();
		byTheme.forEach((theme, values) -> themes.put(theme, Quartiles.of(values)));
		return new Benchmarks(Quartiles.of(scores.stream().map(PlanScore::overall).toList()),
				Quartiles.of(scores.stream().map(PlanScore::completeness).toList()),
				Quartiles.of(scores.stream().map(PlanScore::mandatoryCoverage).toList()),
				Quartiles.of(scores.stream().map(PlanScore::partnershipBreadth).toList()),
				Quartiles.ofShares(scores.stream().map(PlanScore::policeShare).toList()),
				Quartiles.of(scores.stream().map(s -> (double) s.actions()).toList()),
				Quartiles.of(scores.stream().map(s -> (double) s.partnerCategories().size()).toList()),
				Map.copyOf(themes));
	}

	/** The theme's quartiles, or none when no plan has actions in it. */
	public Quartiles theme(String theme) {
		return this.themes.get(theme);
	}

}
