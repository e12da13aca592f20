package uk.gov.london.planreview.template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import uk.gov.london.planreview.text.Words;

/**
 * Finds a plan's rows for its template's mandatory actions: by reference first, and by
 * wording where the council renumbered or reworded them. Each mandatory action is matched
 * to at most one row.
 */
public final class MandatoryActionMatcher {

	/**
	 * A row with the mandatory action's reference needs only this much of its wording.
	 */
	static final double SAME_REF_SIMILARITY = 0.25;

	/** A row with another reference must say much the same thing. */
	static final double REWORDED_SIMILARITY = 0.55;

	private MandatoryActionMatcher() {
	}

	/** A row's reference and wording, as the matcher sees it. */
	public record Candidate(String ref, String text) {
	}

	/**
	 * For each row (by index), the mandatory action it carries, if any.
	 * @param version the plan's template version
	 * @param rows the plan's rows, in order
	 */
	public static Map<Integer, MandatoryAction> match(TemplateVersion version, List<Candidate> rows) {
		Map<Integer, MandatoryAction> matched = new HashMap<>();
		Set<String> taken = new HashSet<>();
		List<Set<String>> rowStems = new ArrayList<>();
		rows.forEach(row -> rowStems.add(Words.stemSet(row.text())));
		for (int i = 0; i < rows.size(); i++) {
			Optional<MandatoryAction> byRef = version.mandatoryAction(normaliseRef(rows.get(i).ref()));
			if (byRef.isPresent() && !taken.contains(byRef.get().ref())
					&& Words.dice(rowStems.get(i), Words.stemSet(byRef.get().text())) >= SAME_REF_SIMILARITY) {
				matched.put(i, byRef.get());
				taken.add(byRef.get().ref());
			}
		}
		for (MandatoryAction mandatory : version.mandatoryActions()) {
			if (taken.contains(mandatory.ref())) {
				continue;
			}
			Set<String> stems = Words.stemSet(mandatory.text());
			int best = -1;
			double bestScore = REWORDED_SIMILARITY;
			for (int i = 0; i < rows.size(); i++) {
				double score = Words.dice(rowStems.get(i), stems);
				if (!matched.containsKey(i) && score >= bestScore) {
					best = i;
					bestScore = score;
				}
			}
			if (best >= 0) {
				matched.put(best, mandatory);
				taken.add(mandatory.ref());
			}
		}
		return matched;
	}

	/** "Action 4.3", "4.3." and " 4.3 " are all 4.3. */
	public static String normaliseRef(String ref) {
		if (ref == null) {
			return "";
		}
		return ref.toLowerCase(Locale.ROOT)
			.replace('\u00A0', ' ')
			.replaceAll("^(action|ref|no|number)\\.?\\s*", "")
			.replaceAll("[.\\s]+$", "")
			.trim()
			.toUpperCase(Locale.ROOT);
	}

}
