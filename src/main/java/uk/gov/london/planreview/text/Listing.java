package uk.gov.london.planreview.text;

import java.util.List;

/**
 * Lists as a reader says them: "Camden", "Camden and Hackney", "Camden, Hackney and
 * Lambeth". When an item itself holds the conjunction or a comma ("Kingston upon Thames
 * and Richmond upon Thames"), items are separated by semicolons so that the list cannot
 * be misread: "Camden; Kingston upon Thames and Richmond upon Thames; and Lambeth".
 */
public final class Listing {

	private Listing() {
	}

	public static String and(List<String> items) {
		return join(items, "and");
	}

	/** "Camden, Hackney or Lambeth". */
	public static String or(List<String> items) {
		return join(items, "or");
	}

	private static String join(List<String> items, String conjunction) {
		if (items.isEmpty()) {
			return "";
		}
		if (items.size() == 1) {
			return items.get(0);
		}
		boolean ambiguous = items.stream().anyMatch(i -> i.contains(" " + conjunction + " ") || i.contains(","));
		String last = items.get(items.size() - 1);
		List<String> rest = items.subList(0, items.size() - 1);
		if (!ambiguous) {
			return String.join(", ", rest) + " " + conjunction + " " + last;
		}
		return items.size() == 2 ? rest.get(0) + "; " + conjunction + " " + last
				: String.join("; ", rest) + "; " + conjunction + " " + last;
	}

}
