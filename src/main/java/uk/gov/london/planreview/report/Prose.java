package uk.gov.london.planreview.report;

import java.util.List;
import java.util.Locale;

import uk.gov.london.planreview.text.Listing;

/**
 * Plain English for the documents, as the reviewers write it: counts in words
 * ("Twenty-two boroughs", "all but three of the 31 plans"), lists joined with "and",
 * ordinals, and percentages that are always shown with the counts they come from.
 */
public final class Prose {

	private static final String[] UNITS = { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
			"nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
			"nineteen" };

	private static final String[] TENS = { "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
			"ninety" };

	private Prose() {
	}

	/**
	 * A count in words up to one hundred ("twenty-two"), in figures above it ("1,204").
	 */
	public static String count(long n) {
		if (n < 0 || n > 100) {
			return figure(n);
		}
		if (n == 100) {
			return "one hundred";
		}
		if (n < 20) {
			return UNITS[(int) n];
		}
		int tens = (int) n / 10;
		int units = (int) n % 10;
		return TENS[tens] + (units == 0 ? "" : "-" + UNITS[units]);
	}

	/** A number in figures with thousands separated by commas ("1,204"). */
	public static String figure(long n) {
		return String.format(Locale.UK, "%,d", n);
	}

	/** "one plan", "twenty-two plans". */
	public static String count(long n, String singular, String plural) {
		return count(n) + " " + (n == 1 ? singular : plural);
	}

	/** "1 action", "1,204 actions": figures, for things counted in the hundreds. */
	public static String figures(long n, String singular, String plural) {
		return figure(n) + " " + (n == 1 ? singular : plural);
	}

	/**
	 * A part of a whole, as the seeds put it: "all 31 plans", "all but three of the 31
	 * plans", "none of the 31 plans", "both plans", "twelve of the 31 plans". Counts are
	 * in words up to one hundred.
	 */
	public static String proportion(long part, long whole, String singular, String plural) {
		String noun = whole == 1 ? singular : plural;
		if (whole == 0) {
			return "no " + plural;
		}
		if (whole == 1) {
			return part == 1 ? "the one " + singular : "not the one " + singular;
		}
		if (whole == 2) {
			return part == 2 ? "both " + plural : part == 1 ? "one of the two " + plural : "neither " + singular;
		}
		if (part == whole) {
			return "all " + count(whole) + " " + noun;
		}
		if (part == 0) {
			return "none of the " + count(whole) + " " + noun;
		}
		if (whole >= 8 && whole - part <= 3) {
			return "all but " + count(whole - part) + " of the " + count(whole) + " " + noun;
		}
		return count(part) + " of the " + count(whole) + " " + noun;
	}

	/** A percentage of a whole, rounded to a whole number ("58%"); "0%" of nothing. */
	public static String percent(long part, long whole) {
		if (whole == 0) {
			return "0%";
		}
		return Math.round(100.0 * part / whole) + "%";
	}

	/** "1st", "2nd", "3rd", "11th", "22nd". */
	public static String ordinal(int n) {
		int lastTwo = n % 100;
		String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
			case 1 -> "st";
			case 2 -> "nd";
			case 3 -> "rd";
			default -> "th";
		};
		return n + suffix;
	}

	/** See {@link Listing#and}. */
	public static String list(List<String> items) {
		return Listing.and(items);
	}

	/** See {@link Listing#or}. */
	public static String listOr(List<String> items) {
		return Listing.or(items);
	}

	/**
	 * "Kingston upon Thames; Richmond upon Thames", as the CSV files join authorities, as
	 * a reader says them.
	 */
	public static String authorities(String joined) {
		return list(List.of(joined.split("; ")));
	}

	/** The text ending with a full stop, unless it already ends a sentence. */
	public static String sentence(String text) {
		String trimmed = text == null ? "" : text.trim();
		return trimmed.isEmpty() || trimmed.matches("(?s).*[.!?…]$") ? trimmed : trimmed + ".";
	}

	/** The text with its first letter in capitals, for the start of a sentence. */
	public static String capitalise(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		int first = text.codePointAt(0);
		return new String(Character.toChars(Character.toUpperCase(first))) + text.substring(Character.charCount(first));
	}

}
