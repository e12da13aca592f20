package uk.gov.london.planreview.report;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import uk.gov.london.planreview.plan.Action;
import uk.gov.london.planreview.plan.Rag;
import uk.gov.london.planreview.quarter.Quarter;

/**
 * Whether the plans' timescales have run out by the quarter reviewed: actions past their
 * end date and not marked complete, and plans whose every dated action was due to end
 * before the quarter began. A plan can be current by its submission date and still
 * describe work that was due to finish years ago; its ratings then measure progress
 * against dates that have passed.
 *
 * @param plans how many plans were looked at
 * @param pastEnd actions whose end date is before the quarter's first day and that are
 * not complete
 * @param pastEndGreen of those, rated green
 * @param pastEndAmber of those, rated amber
 * @param pastEndRed of those, rated red
 * @param pastEndUnrated of those, not rated
 * @param ended plans (by name) with dated actions, all due to end before the quarter
 * began
 * @param latestEnd the latest end date among those plans' actions ("March 2025"), or
 * empty
 */
public record Timescales(int plans, long pastEnd, long pastEndGreen, long pastEndAmber, long pastEndRed,
		long pastEndUnrated, List<String> ended, String latestEnd) {

	public static Timescales of(List<PlanView> plans, Quarter quarter) {
		LocalDate start = quarter.firstDay();
		Map<Rag, Long> past = plans.stream()
			.flatMap(p -> p.actions().stream())
			.filter(a -> overdue(a, quarter))
			.collect(Collectors.groupingBy(Action::rag, () -> new EnumMap<>(Rag.class), Collectors.counting()));
		List<PlanView> ended = plans.stream().filter(p -> ended(p, start)).toList();
		String latest = ended.stream()
			.flatMap(p -> p.actions().stream())
			.map(Action::endDate)
			.filter(Objects::nonNull)
			.max(LocalDate::compareTo)
			.map(ReviewData.MONTH::format)
			.orElse("");
		return new Timescales(plans.size(), past.values().stream().mapToLong(Long::longValue).sum(),
				past.getOrDefault(Rag.GREEN, 0L), past.getOrDefault(Rag.AMBER, 0L), past.getOrDefault(Rag.RED, 0L),
				past.getOrDefault(Rag.NONE, 0L), ended.stream().map(PlanView::name).toList(), latest);
	}

	/** Past its end date by the quarter's first day, and not marked complete. */
	public static boolean overdue(Action action, Quarter quarter) {
		return action.endDate() != null && action.endDate().isBefore(quarter.firstDay())
				&& action.rag() != Rag.COMPLETE;
	}

	private static boolean ended(PlanView plan, LocalDate start) {
		List<LocalDate> ends = plan.actions().stream().map(Action::endDate).filter(Objects::nonNull).toList();
		return !ends.isEmpty() && ends.stream().allMatch(d -> d.isBefore(start));
	}

}
