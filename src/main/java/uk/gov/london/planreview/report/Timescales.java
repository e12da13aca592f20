package uk.gov.london.planreview.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

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

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	public static Timescales of(List<PlanView> plans, Quarter quarter) {
		LocalDate start = quarter.firstDay();
		List<Action> past = plans.stream()
			.flatMap(p -> p.actions().stream())
			.filter(a -> a.endDate() != null && a.endDate().isBefore(start) && a.rag() != Rag.COMPLETE)
			.toList();
		List<PlanView> ended = plans.stream().filter(p -> ended(p, start)).toList();
		String latest = ended.stream()
			.flatMap(p -> p.actions().stream())
			.map(Action::endDate)
			.filter(Objects::nonNull)
			.max(LocalDate::compareTo)
			.map(MONTH::format)
			.orElse("");
		return new Timescales(plans.size(), past.size(), past.stream().filter(a -> a.rag() == Rag.GREEN).count(),
				past.stream().filter(a -> a.rag() == Rag.AMBER).count(),
				past.stream().filter(a -> a.rag() == Rag.RED).count(),
				past.stream().filter(a -> a.rag() == Rag.NONE).count(), ended.stream().map(PlanView::name).toList(),
				latest);
	}

	private static boolean ended(PlanView plan, LocalDate start) {
		List<LocalDate> ends = plan.actions().stream().map(Action::endDate).filter(Objects::nonNull).toList();
		return !ends.isEmpty() && ends.stream().allMatch(d -> d.isBefore(start));
	}

}
