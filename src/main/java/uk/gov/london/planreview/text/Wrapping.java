package uk.gov.london.planreview.text;

/**
 * How many lines text wraps to in a spreadsheet column so many characters wide. Rows the
 * program writes are given their height: not every spreadsheet program fits rows to
 * wrapped text when it opens a file.
 */
public final class Wrapping {

	/** The height of one line of text in the default font, in points. */
	public static final float LINE_POINTS = 15;

	private Wrapping() {
	}

	public static int lines(String text, int width) {
		int lines = 0;
		for (String paragraph : text.split("\n", -1)) {
			lines += Math.max(1, (int) Math.ceil(paragraph.length() * 1.1 / Math.max(1, width)));
		}
		return lines;
	}

	/**
	 * The height a row needs for the tallest of its texts, each in its column's width.
	 */
	public static float points(int lines) {
		return LINE_POINTS * Math.max(1, lines);
	}

}
