package uk.gov.london.planreview.review;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A review quarter, written {@code YYYY-Qn}: calendar quarters, so 2026-Q4 is October to
 * December 2026.
 */
public record Quarter(int year, int number) implements Comparable<Quarter> {

	private static final Pattern FORMAT = Pattern.compile("(\\d{4})-[Qq]([1-4])");

	public Quarter {
		if (number < 1 || number > 4) {
			throw new IllegalArgumentException("A quarter is numbered 1 to 4, not " + number);
		}
	}

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

	@Override
	public String toString() {
		return this.year + "-Q" + this.number;
	}

}
