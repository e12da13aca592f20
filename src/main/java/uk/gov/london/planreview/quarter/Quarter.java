package uk.gov.london.planreview.quarter;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A review quarter, written {@code YYYY-Qn}: calendar quarters, so 2026-Q4 is October to
 * December 2026.
 */
public record Quarter(int year, int number) implements Comparable<Quarter> {

	/** The years a review may be of: the first plans are of 2017. */
	public static final int FIRST_YEAR = 2000;

	public static final int LAST_YEAR = 2099;

	private static final Pattern FORMAT = Pattern.compile("(\\d{4})-[Qq]([1-4])");

	public Quarter {
		if (number < 1 || number > 4) {
			throw new IllegalArgumentException("A quarter is numbered 1 to 4, not " + number + ".");
		}
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new IllegalArgumentException(year + " is not a year this review covers; give a quarter from "
					+ FIRST_YEAR + " to " + LAST_YEAR + ".");
		}
	}

	@JsonCreator
	public static Quarter parse(String text) {
		Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
		if (!m.matches()) {
			throw new IllegalArgumentException(
					"\"" + text + "\" is not a quarter; write it as YYYY-Qn, for example 2026-Q3.");
		}
		return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
	}

	public static Quarter containing(LocalDate date) {
		return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
	}

	public Quarter previous() {
		return this.number == 1 ? new Quarter(this.year - 1, 4) : new Quarter(this.year, this.number - 1);
	}

	public Quarter next() {
		return this.number == 4 ? new Quarter(this.year + 1, 1) : new Quarter(this.year, this.number + 1);
	}

	public LocalDate firstDay() {
		return YearMonth.of(this.year, this.number * 3 - 2).atDay(1);
	}

	/** "October to December 2026", as documents name the quarter. */
	public String describe() {
		String[] months = { "January to March", "April to June", "July to September", "October to December" };
		return months[this.number - 1] + " " + this.year;
	}

	@Override
	public int compareTo(Quarter other) {
		return this.year != other.year ? Integer.compare(this.year, other.year)
				: Integer.compare(this.number, other.number);
	}

	@JsonValue
	@Override
	public String toString() {
		return this.year + "-Q" + this.number;
	}

}
