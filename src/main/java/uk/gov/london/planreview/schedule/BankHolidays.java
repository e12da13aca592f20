package uk.gov.london.planreview.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * England and Wales bank holidays, from a maintained calendar (Jollyday) that has the
 * standing rules, the weekend substitutes and the one-off holidays (jubilees, a
 * coronation, a state funeral) — plus any dates set in application.yml
 * ({@code planreview.schedule.extra-holidays}) for one announced after this release.
 */
public final class BankHolidays {

	/** Jollyday's code for England, whose bank holidays Wales shares. */
	private static final String ENGLAND = "eng";

	private static final HolidayManager UNITED_KINGDOM = HolidayManager
		.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));

	private final Set<LocalDate> extra;

	private final Map<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();

	public BankHolidays(Set<LocalDate> extra) {
		this.extra = Set.copyOf(extra);
	}

	/** Whether staff are at work: a weekday that is not a bank holiday. */
	public boolean workingDay(LocalDate date) {
		return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY && !holiday(date);
	}

	public boolean holiday(LocalDate date) {
		return this.extra.contains(date)
				|| this.byYear.computeIfAbsent(date.getYear(), BankHolidays::of).contains(date);
	}

	/** The days a year's bank holidays fall on, substitutes for weekends included. */
	static Set<LocalDate> of(int year) {
		return UNITED_KINGDOM.getHolidays(Year.of(year), ENGLAND)
			.stream()
			.map(holiday -> holiday.getObservedDate().orElse(holiday.getDate()))
			.collect(Collectors.toUnmodifiableSet());
	}

}
