package uk.gov.london.planreview.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as plans write them: real dates, "Sept 2021", "March 22", "Q3 2021/22",
 * "2021-22", "Apr 2021 – Mar 2022", "31/03/2022", deadlines ("End of March 2022", "By May
 * 2022": the period's last day), a start alone ("From April 2022"), and words such as
 * "Ongoing" or "TBC" that carry no date. Quarters written with a financial year ("Q3
 * 2021/22") are financial quarters (Q1 = April to June); a quarter with a single year is
 * a calendar quarter.
 *
 * @param start the first day the text can mean, when it names a date
 * @param end the last day the text can mean, when it names a date
 */
record Timescale(LocalDate start, LocalDate end) {

	static final Timescale NONE = new Timescale(null, null);

	private static final Map<String, Month> MONTHS = Map.ofEntries(Map.entry("jan", Month.JANUARY),
			Map.entry("feb", Month.FEBRUARY), Map.entry("mar", Month.MARCH), Map.entry("apr", Month.APRIL),
			Map.entry("may", Month.MAY), Map.entry("jun", Month.JUNE), Map.entry("jul", Month.JULY),
			Map.entry("aug", Month.AUGUST), Map.entry("sep", Month.SEPTEMBER), Map.entry("oct", Month.OCTOBER),
			Map.entry("nov", Month.NOVEMBER), Map.entry("dec", Month.DECEMBER));

	private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";

	private static final Pattern DAY_MONTH_YEAR = Pattern
		.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{2,4})");

	private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + "\\s*[-']?\\s*(\\d{2,4})");

	private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{2,4})");

	private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

	private static final Pattern QUARTER_FY = Pattern
		.compile("q([1-4])\\s*(?:of\\s*)?(?:fy\\s*)?(\\d{4})\\s*[/-]\\s*(\\d{2,4})");

	private static final Pattern QUARTER = Pattern.compile("q([1-4])\\s*(\\d{4})|(\\d{4})\\s*q([1-4])");

	private static final Pattern FINANCIAL_YEAR = Pattern
		.compile("(?:fy\\s*)?(\\d{4})\\s*[/-]\\s*(\\d{2}|\\d{4})(?!\\d)");

	private static final Pattern MONTH_NUMBER_YEAR = Pattern.compile("(\\d{1,2})[/.](\\d{4})");

	private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20\\d{2})(?!\\d)");

	/** Words before a period that make it a deadline: its last day. */
	private static final Pattern DEADLINE = Pattern.compile(
			"(?:(?:to be )?(?:complete[d]? )?by|before|due(?: by)?|deadline:?|no later than)\\s+(?:the\\s+)?(?:end\\s+of\\s+)?"
					+ "|(?:the\\s+)?end\\s+of\\s+");

	/** Words before a period that make it a start: its first day, and no end. */
	private static final Pattern FROM = Pattern
		.compile("(?:from|starting|start(?:s|ing)? in|(?:the\\s+)?(?:start|beginning) of)\\s+(?:the\\s+)?");

	private static final Pattern RANGE = Pattern.compile("\\s+(?:-|–|—|to|until|till)\\s+|\\s*[–—]\\s*");

	boolean hasDate() {
		return this.start != null || this.end != null;
	}

	/**
	 * Whether the text names one period ("March 2022", "Q3 2021/22", "2021-22") rather
	 * than a range from one to another: in a timescale column, one period is when the
	 * action is due, not when it starts.
	 */
	static boolean onePeriod(String text) {
		if (text == null) {
			return false;
		}
		String lower = normal(text);
		return period(lower).isPresent() || deadline(lower).isPresent();
	}

	/** A real date cell. */
	static Timescale of(LocalDate date) {
		return new Timescale(date, date);
	}

	/** Text that may name a period, a range of periods, or nothing. */
	static Timescale parse(String text) {
		if (text == null || text.isBlank()) {
			return NONE;
		}
		String lower = normal(text);
		Optional<Timescale> whole = single(lower);
		if (whole.isPresent()) {
			return whole.get();
		}
		String[] ends = RANGE.split(lower, 2);
		if (ends.length == 2) {
			Optional<Timescale> from = single(ends[0].trim());
			Optional<Timescale> to = single(ends[1].trim());
			if (from.isPresent() && to.isPresent()) {
				return new Timescale(from.get().start(), to.get().end());
			}
			if (from.isEmpty() && to.isPresent() && to.get().end() != null) {
				// "Sept – Dec 2021": the first end borrows the year of the second.
				Optional<Timescale> borrowed = period(ends[0].trim() + " " + to.get().end().getYear());
				if (borrowed.isPresent()) {
					return new Timescale(borrowed.get().start(), to.get().end());
				}
			}
		}
		return NONE;
	}

	private static String normal(String text) {
		return text.toLowerCase(Locale.UK).replace('\u00A0', ' ').replaceAll("\\s+", " ").trim();
	}

	/** One period, a deadline, or a start. */
	private static Optional<Timescale> single(String text) {
		Optional<Timescale> period = period(text);
		if (period.isPresent()) {
			return period;
		}
		Optional<Timescale> deadline = deadline(text);
		if (deadline.isPresent()) {
			return deadline;
		}
		Matcher from = FROM.matcher(text);
		return from.lookingAt() ? period(text.substring(from.end())).map(p -> new Timescale(p.start(), null))
				: Optional.empty();
	}

	private static Optional<Timescale> deadline(String text) {
		Matcher by = DEADLINE.matcher(text);
		return by.lookingAt() ? period(text.substring(by.end())).map(p -> new Timescale(p.end(), p.end()))
				: Optional.empty();
	}

	private static Optional<Timescale> period(String text) {
		Matcher m;
		if ((m = ISO.matcher(text)).matches()) {
			return day(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
		}
		if ((m = NUMERIC.matcher(text)).matches()) {
			return day(year(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
		}
		if ((m = DAY_MONTH_YEAR.matcher(text)).matches()) {
			return day(year(m.group(3)), MONTHS.get(m.group(2)).getValue(), Integer.parseInt(m.group(1)));
		}
		if ((m = MONTH_YEAR.matcher(text)).matches()) {
			return Optional.of(month(YearMonth.of(year(m.group(2)), MONTHS.get(m.group(1)))));
		}
		if ((m = MONTH_NUMBER_YEAR.matcher(text)).matches()) {
			int month = Integer.parseInt(m.group(1));
			return month >= 1 && month <= 12 ? Optional.of(month(YearMonth.of(Integer.parseInt(m.group(2)), month)))
					: Optional.empty();
		}
		if ((m = QUARTER_FY.matcher(text)).matches()) {
			int fyStart = Integer.parseInt(m.group(2));
			if (!followsOn(fyStart, m.group(3))) {
				return Optional.empty();
			}
			YearMonth first = YearMonth.of(fyStart, Month.APRIL).plusMonths(3L * (Integer.parseInt(m.group(1)) - 1));
			return Optional.of(new Timescale(first.atDay(1), first.plusMonths(2).atEndOfMonth()));
		}
		if ((m = QUARTER.matcher(text)).matches()) {
			int quarter = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(4));
			int year = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3));
			YearMonth first = YearMonth.of(year, 3 * quarter - 2);
			return Optional.of(new Timescale(first.atDay(1), first.plusMonths(2).atEndOfMonth()));
		}
		if ((m = FINANCIAL_YEAR.matcher(text)).matches()) {
			int fyStart = Integer.parseInt(m.group(1));
			if (!followsOn(fyStart, m.group(2))) {
				return Optional.empty();
			}
			return Optional.of(new Timescale(LocalDate.of(fyStart, 4, 1), LocalDate.of(fyStart + 1, 3, 31)));
		}
		if ((m = YEAR.matcher(text)).matches()) {
			int year = Integer.parseInt(m.group(1));
			return Optional.of(new Timescale(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
		}
		return Optional.empty();
	}

	/** "2021/22" and "2021-2022" name a financial year; "2021-05" does not. */
	private static boolean followsOn(int fyStart, String second) {
		int next = second.length() == 2 ? fyStart / 100 * 100 + Integer.parseInt(second) : Integer.parseInt(second);
		return next == fyStart + 1;
	}

	private static Optional<Timescale> day(int year, int month, int day) {
		try {
			return Optional.of(of(LocalDate.of(year, month, day)));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	private static Timescale month(YearMonth month) {
		return new Timescale(month.atDay(1), month.atEndOfMonth());
	}

	private static int year(String digits) {
		int year = Integer.parseInt(digits);
		return digits.length() == 2 ? 2000 + year : year;
	}

}
