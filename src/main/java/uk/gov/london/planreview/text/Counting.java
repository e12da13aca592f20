package uk.gov.london.planreview.text;

/**
 * Counts in words, as the reviews write them: "Twenty-two boroughs said…", "All but three…", "All 33".
 */
public final class Counting {

	private static final String[] UNITS = { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
			"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen" };

	private static final String[] TENS = { "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
			"ninety" };

	private Counting() {
	}

	/** "twenty-two"; numbers of 100 and more as figures. */
	public static String words(int n) {
		if (n < 0 || n >= 100) {
			return Integer.toString(n);
		}
		if (n < 20) {
			return UNITS[n];
		}
		return TENS[n / 10] + (n % 10 == 0 ? "" : "-" + UNITS[n % 10]);
	}

	/** "Twenty-two", to begin a sentence. */
	public static String sentenceStart(int n) {
		String words = words(n);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	/**
	 * How many of a whole, as a sentence begins: "All 30", "All but three", "Twenty-two", "None".
	 * "All but" is used when up to a fifth are missing, and for no more than five.
	 */
	public static String ofAll(int count, int total) {
		if (total > 0 && count == total) {
			return total == 1 ? "The one" : "All " + words(total);
		}
		if (count == 0) {
			return "None";
		}
		int missing = total - count;
		if (missing > 0 && missing <= 5 && missing * 5 <= total) {
			return "All but " + words(missing);
		}
		return sentenceStart(count);
	}

}
