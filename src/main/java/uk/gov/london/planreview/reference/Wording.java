package uk.gov.london.planreview.reference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences a reviewer may reword, kept in a reference file of {@code key,text} rows,
 * with places for values written {@code {name}}. Every key the program uses must be in
 * the file: a missing one stops the program at start-up with the file and key named,
 * rather than a workbook going out with a gap in it.
 */
public final class Wording {

	private static final Pattern PLACE = Pattern.compile("\\{([a-z_]+)}");

	private final Map<String, String> texts;

	private Wording(Map<String, String> texts) {
		this.texts = Map.copyOf(texts);
	}

	/**
	 * @param fileName the reference file, with the columns {@code key} and {@code text}
	 * @param keys every key the caller will ask for
	 */
	public static Wording load(ReferenceData reference, String fileName, List<String> keys) {
		Map<String, String> texts = new LinkedHashMap<>();
		for (Map<String, String> row : reference.table(fileName)) {
			texts.put(row.get("key"), row.get("text"));
		}
		for (String key : keys) {
			if (texts.get(key) == null || texts.get(key).isBlank()) {
				throw new IllegalStateException(reference.describe(fileName) + " has no text for \"" + key
						+ "\". Put the row back (the released copy is in git), then run again.");
			}
		}
		return new Wording(texts);
	}

	/** The text for a key, its places filled with the values given. */
	public String say(String key, Map<String, String> values) {
		String text = this.texts.get(key);
		if (text == null) {
			throw new IllegalArgumentException("No wording for " + key);
		}
		return fill(text, values);
	}

	public String say(String key) {
		return say(key, Map.of());
	}

	/**
	 * Fills each {@code {name}} with its value; a place with no value is left as written,
	 * so a mistake shows rather than vanishes.
	 */
	public static String fill(String text, Map<String, String> values) {
		Matcher m = PLACE.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String value = values.get(m.group(1));
			m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
		}
		m.appendTail(out);
		return out.toString();
	}

}
