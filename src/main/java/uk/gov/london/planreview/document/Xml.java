package uk.gov.london.planreview.document;

/**
 * Keeps a document well-formed XML: a workbook cell may hold control characters (a
 * vertical tab from a pasted line break, a stray NUL) that XML 1.0 does not allow even
 * escaped, and that would stop the PDF renderer's parser. They are removed from the whole
 * document before it is written.
 */
public final class Xml {

	private Xml() {
	}

	/** Whether XML 1.0 allows the code point in a document. */
	public static boolean allowed(int cp) {
		return cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD
				|| cp >= 0x10000 && cp <= 0x10FFFF;
	}

	/**
	 * The text without the characters XML does not allow; unpaired surrogates count as
	 * such.
	 */
	public static String clean(String text) {
		StringBuilder out = null;
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			int cp = text.codePointAt(i);
			int length = Character.charCount(cp);
			boolean ok = allowed(cp) && !(length == 1 && Character.isSurrogate(c));
			if (!ok && out == null) {
				out = new StringBuilder(text.length()).append(text, 0, i);
			}
			if (ok && out != null) {
				out.appendCodePoint(cp);
			}
			i += length;
		}
		return out == null ? text : out.toString();
	}

}
