package uk.gov.london.planreview.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.gov.london.planreview.plan.Action;
import uk.gov.london.planreview.template.MandatoryActionMatcher;
import uk.gov.london.planreview.text.Words;

/**
 * Pairs a plan's actions this quarter with its actions last quarter: by reference when
 * the wording still agrees (a council may renumber), then by wording alone. What is left
 * over was added or dropped.
 */
final class ActionMatcher {

	/** A reference match needs at least this much of the wording to agree. */
	static final double SAME_REF_SIMILARITY = 0.3;

	/** Without a reference match, the wording must be much the same. */
	static final double REWORDED_SIMILARITY = 0.6;

	private ActionMatcher() {
	}

	/** For each current action (by index), the index of its previous action, if any. */
	static Map<Integer, Integer> match(List<Action> previous, List<Action> current) {
		List<Set<String>> previousStems = new ArrayList<>();
		previous.forEach(a -> previousStems.add(Words.stemSet(a.text())));
		List<Set<String>> currentStems = new ArrayList<>();
		current.forEach(a -> currentStems.add(Words.stemSet(a.text())));
		Map<Integer, Integer> pairs = new HashMap<>();
		Set<Integer> taken = new HashSet<>();
		Map<String, Integer> previousByRef = uniqueRefs(previous);
		Map<String, Integer> currentByRef = uniqueRefs(current);
		currentByRef.forEach((ref, i) -> {
			Integer j = previousByRef.get(ref);
			if (j != null && Words.dice(currentStems.get(i), previousStems.get(j)) >= SAME_REF_SIMILARITY) {
				pairs.put(i, j);
				taken.add(j);
			}
		});
		for (int i = 0; i < current.size(); i++) {
			if (pairs.containsKey(i)) {
				continue;
			}
			int best = -1;
			double bestScore = REWORDED_SIMILARITY;
			for (int j = 0; j < previous.size(); j++) {
				double score = Words.dice(currentStems.get(i), previousStems.get(j));
				if (!taken.contains(j) && score >= bestScore) {
					best = j;
					bestScore = score;
				}
			}
			if (best >= 0) {
				pairs.put(i, best);
				taken.add(best);
			}
		}
		return pairs;
	}

	/** References that name one action only. */
	private static Map<String, Integer> uniqueRefs(List<Action> actions) {
		Map<String, Integer> byRef = new HashMap<>();
		Set<String> repeated = new HashSet<>();
		for (int i = 0; i < actions.size(); i++) {
			String ref = MandatoryActionMatcher.normaliseRef(actions.get(i).ref());
			if (ref.isEmpty()) {
				continue;
			}
			if (byRef.putIfAbsent(ref, i) != null) {
				repeated.add(ref);
			}
		}
		repeated.forEach(byRef::remove);
		return byRef;
	}

}
