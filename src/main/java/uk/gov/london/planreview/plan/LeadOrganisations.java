package uk.gov.london.planreview.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lead organisations as a reader wrote them. Reading a cell splits it where a council
 * separates organisations ("LA & MPS", "Police / YOS"), which also splits a name such as
 * "NHS trust (A&amp;E)" into "NHS trust (A" and "E)"; the documents put such pieces back
 * together before showing them.
 */
public final class LeadOrganisations {

	private LeadOrganisations() {
	}

	/** The organisations, with the pieces of a name split at "&amp;" joined again. */
	public static List<String> asWritten(List<String> organisations) {
		List<String> joined = new ArrayList<>();
		for (String piece : organisations) {
			int last = joined.size() - 1;
			if (last >= 0 && (open(joined.get(last)) || initial(joined.get(last)) && initial(piece))) {
				joined.set(last, joined.get(last) + "&" + piece);
			}
			else {
				joined.add(piece);
			}
		}
		return joined;
	}

	/**
	 * Whom to contact about an action: its named lead with the organisations the lead
	 * does not already name, "DS Patel (MPS, Housing)", or after a dash where brackets
	 * would nest; the organisations alone when no one is named; empty when neither is.
	 * The lines of a lead's cell, read as "Leon Hargreaves; Community Engagement
	 * Manager", are joined as a reader writes them: "Leon Hargreaves, Community
	 * Engagement Manager".
	 */
	public static String contact(String lead, List<String> organisations) {
		String named = lead == null ? "" : lead.trim().replaceAll("\\s*;\\s*", ", ").replaceAll("\\s+", " ");
		List<String> extra = asWritten(organisations).stream()
			.filter(o -> !named.toLowerCase(Locale.ROOT).contains(o.toLowerCase(Locale.ROOT)))
			.toList();
		if (named.isEmpty()) {
			return String.join(", ", extra);
		}
		if (extra.isEmpty()) {
			return named;
		}
		// Brackets inside brackets read badly: "Insp Rowe (MPS) – MPS (South East BCU),
		// LA".
		boolean bracketed = named.endsWith(")") || extra.stream().anyMatch(o -> o.contains("("));
		return named + (bracketed ? " – " + String.join(", ", extra) : " (" + String.join(", ", extra) + ")");
	}

	/** A bracket opened and not closed: "NHS trust (A". */
	private static boolean open(String text) {
		return text.chars().filter(c -> c == '(').count() > text.chars().filter(c -> c == ')').count();
	}

	/** One capital letter, as either side of "A&amp;E". */
	private static boolean initial(String text) {
		return text.trim().matches("\\p{Lu}");
	}

}
