package uk.gov.london.planreview.partner;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.gov.london.planreview.reference.ReferenceData;

/**
 * The partner categories of {@code partner-categories.csv} ("Police", "Youth offending
 * service", ...) and the words that name each. An action's categories come from its lead
 * and lead-organisation cells.
 */
public final class PartnerTaxonomy {

	/**
	 * Every term, longest first, so "Safer Schools Officers" reads as the police, not a
	 * school.
	 */
	private final Pattern terms;

	private final Map<String, String> categoryOfTerm = new HashMap<>();

	private final List<String> categories;

	PartnerTaxonomy(Map<String, List<String>> matches) {
		this.categories = List.copyOf(matches.keySet());
		matches.forEach((category, words) -> words.stream()
			.map(PartnerTaxonomy::normalise)
			.filter(w -> !w.isEmpty())
			.forEach(w -> this.categoryOfTerm.putIfAbsent(w, category)));
		List<String> alternatives = this.categoryOfTerm.keySet()
			.stream()
			.sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
			.map(Pattern::quote)
			.toList();
		this.terms = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])");
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
		return this.categories;
	}

	/**
	 * The categories named anywhere in the texts, in the file's order. Text is read left
	 * to right taking the longest term at each point, so words already read as a longer
	 * term are not read again.
	 */
	public List<String> classify(String... texts) {
		Matcher m = this.terms.matcher(normalise(String.join(" \n ", texts)));
		Set<String> found = new HashSet<>();
		while (m.find()) {
			found.add(this.categoryOfTerm.get(m.group()));
		}
		return this.categories.stream().filter(found::contains).toList();
	}

	/** Whether the category is the police (for police_share). */
	public static boolean isPolice(String category) {
		return "Police".equalsIgnoreCase(category);
	}

	private static String normalise(String text) {
		return text.toLowerCase(Locale.ROOT).replace('\u00A0', ' ').replace('’', '\'').replaceAll("\\s+", " ").trim();
	}

}
