package uk.gov.london.planreview.partner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import uk.gov.london.planreview.reference.ReferenceData;

/**
 * The partner categories of {@code partner-categories.csv} ("Police", "Youth offending service", ...)
 * and the words that name each. An action's categories come from its lead and lead-organisation cells.
 */
public final class PartnerTaxonomy {

	private final Map<String, Pattern> categories;

	PartnerTaxonomy(Map<String, List<String>> matches) {
		this.categories = new LinkedHashMap<>();
		matches.forEach((category, words) -> this.categories.put(category, wholeWords(words)));
	}

	public static PartnerTaxonomy load(ReferenceData reference) {
		Map<String, List<String>> matches = new LinkedHashMap<>();
		for (Map<String, String> row : reference.table("partner-categories.csv")) {
			matches.put(row.get("category"), ReferenceData.list(row.get("matches")));
		}
		return new PartnerTaxonomy(matches);
	}

	/** Every category, in the file's order. */
	public List<String> categories() {
		return List.copyOf(this.categories.keySet());
	}

	/** The categories named anywhere in the texts, in the file's order. */
	public List<String> classify(String... texts) {
		String joined = normalise(String.join(" \n ", texts));
		List<String> found = new ArrayList<>();
		this.categories.forEach((category, pattern) -> {
			if (pattern.matcher(joined).find()) {
				found.add(category);
			}
		});
		return found;
	}

	/** Whether the category is the police (for police_share). */
	public static boolean isPolice(String category) {
		return "Police".equalsIgnoreCase(category);
	}

	private static Pattern wholeWords(List<String> words) {
		List<String> alternatives = words.stream()
			.map(PartnerTaxonomy::normalise)
			.filter(w -> !w.isEmpty())
			.sorted((a, b) -> b.length() - a.length())
			.map(Pattern::quote)
			.toList();
		if (alternatives.isEmpty()) {
			return Pattern.compile("(?!)");
		}
		return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])");
	}

	private static String normalise(String text) {
		return text.toLowerCase(Locale.ROOT).replace('\u00A0', ' ').replace('’', '\'').replaceAll("\\s+", " ").trim();
	}

}
