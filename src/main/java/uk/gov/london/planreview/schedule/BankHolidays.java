package uk.gov.london.planreview.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Set;

/**
 * England and Wales bank holidays by their standing rules (with weekend substitutes),
 * plus any one-off dates set in application.yml
 * ({@code planreview.schedule.extra-holidays}), since those are announced separately.
 */
public final class BankHolidays {

	private final Set<LocalDate> extra;

	public BankHolidays(Set<LocalDate> extra) {
		this.extra = Set.copyOf(extra);
	}

	/** Whether staff are at work: a weekday that is not a bank holiday. */
	public boolean workingDay(LocalDate date) {
		return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY && !holiday(date);
	}

	public boolean holiday(LocalDate date) {
		return this.extra.contains(date) || of(date.getYear()).contains(date);
	}

	static Set<LocalDate> of(int year) {
		Set<LocalDate> days = new HashSet<>();
		days.add(substitute(LocalDate.of(year, 1, 1)));
		LocalDate easter = easterSunday(year);
		days.add(easter.minusDays(2));
		days.add(easter.plusDays(1));
		days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
		days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
		days.add(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
		LocalDate christmas = LocalDate.of(year, 12, 25);
		LocalDate boxingDay = LocalDate.of(year, 12, 26);
		if (christmas.getDayOfWeek() == DayOfWeek.SATURDAY) {
			days.add(christmas.plusDays(2));
			days.add(christmas.plusDays(3));
		}
		else if (christmas.getDayOfWeek() == DayOfWeek.SUNDAY) {
			days.add(christmas.plusDays(2));
			days.add(boxingDay);
		}
		else {
			days.add(christmas);
			days.add(boxingDay.getDayOfWeek() == DayOfWeek.SATURDAY ? boxingDay.plusDays(2) : boxingDay);
		}
		return days;
	}

	private static LocalDate substitute(LocalDate day) {
		return switch (day.getDayOfWeek()) {
			case SATURDAY -> day.plusDays(2);
			case SUNDAY -> day.plusDays(1);
			default -> day;
		};
	}

	/** Easter Sunday in the Gregorian calendar (the anonymous algorithm). */
	static LocalDate easterSunday(int year) {
		int a = year % 19;
		int b = year / 100;
		int c = year % 100;
		int d = b / 4;
		int e = b % 4;
		int f = (b + 8) / 25;
		int g = (b - f + 1) / 3;
		int h = (19 * a + b - d - g + 15) % 30;
		int i = c / 4;
		int k = c % 4;
		int l = (32 + 2 * e + 2 * i - h - k) % 7;
		int m = (a + 11 * h + 22 * l) / 451;
		int month = (h + l - 7 * m + 114) / 31;
		int day = (h + l - 7 * m + 114) % 31 + 1;
		return LocalDate.of(year, month, day);
	}

}
