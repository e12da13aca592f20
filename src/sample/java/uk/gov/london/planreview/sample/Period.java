package uk.gov.london.planreview.sample;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The years a plan runs over and how councils write its dates. Each template version has
 * its own period so that a plan's dates agree with the template it is on.
 */
record Period(LocalDate start, LocalDate end, LocalDate submitted) {

	static Period of(String version, Dice dice) {
		return switch (version) {
			case "2017" -> new Period(LocalDate.of(2017, 10, 1), LocalDate.of(2019, 3, 31),
					LocalDate.of(2018, 1, 12).plusDays(dice.between(0, 20)));
			case "2021" -> new Period(LocalDate.of(2021, 4, 1), LocalDate.of(2023, 3, 31),
					LocalDate.of(2021, 12, 6).plusDays(dice.between(0, 8)));
			default -> new Period(LocalDate.of(2023, 4, 1), LocalDate.of(2025, 3, 31),
					LocalDate.of(2023, 10, 2).plusDays(dice.between(0, 25)));
		};
	}

	/** The financial year label, "2021/22". */
	static String financialYear(LocalDate date) {
		int first = date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
		return first + "/" + String.format("%02d", (first + 1) % 100);
	}

	/** "Q3 2021/22": quarters of the financial year, as councils count them. */
	static String quarter(LocalDate date) {
		int q = (date.getMonthValue() + 8) % 12 / 3 + 1;
		return "Q" + q + " " + financialYear(date);
	}

	/** "Sept" rather than "Sep", as people write it. */
	static String shortMonth(LocalDate date) {
		return date.getMonth() == Month.SEPTEMBER ? "Sept" : date.getMonth().getDisplayName(TextStyle.SHORT, Locale.UK);
	}

	static String longMonth(LocalDate date) {
		return date.getMonth().getDisplayName(TextStyle.FULL, Locale.UK);
	}

	/** A month in the first year of the plan, for progress notes ("reviewed in June"). */
	String someMonth(Dice dice) {
		return longMonth(this.start.plusMonths(dice.between(2, 10)));
	}

}
