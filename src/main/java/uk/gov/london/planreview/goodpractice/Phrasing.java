package uk.gov.london.planreview.goodpractice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One way of phrasing an idea, as a reviewer writes it in a categories file: words and
 * {@code [group]}s, e.g. {@code [colocated] [analyst]}. It matches a text that has every
 * one of them, in any order, close together in one sentence. A word matches any
 * inflection (stems); a group matches any of its words or phrases (phrasing-groups.csv);
 * a phrase (a group member of several words, or a hyphenated word such as
 * {@code community-led}) must appear whole and in order.
 */
final class Phrasing {

	/**
	 * Words of the text allowed between the matched ones, for each slot after the first.
	 */
	static final int GAP_PER_SLOT = 4;

	/**
	 * One position of the phrasing: the phrases (each a list of stems) any one of which
	 * fills it.
	 */
	record Slot(List<List<String>> phrases) {
	}

	/** Where a phrasing matched: the text's token positions, and how closely together. */
	record Hit(List<Integer> positions, int span) {

		/**
		 * More matched words score higher; the same words closer together score a little
		 * higher.
		 */
		double score() {
			return this.positions.size() + (double) this.positions.size() / this.span;
		}

	}

	private final List<Slot> slots;

	private Phrasing(List<Slot> slots) {
		this.slots = slots;
	}

	/**
	 * @param written the phrasing as the reviewer wrote it
	 * @param groups group name → its phrases
	 * @throws IllegalArgumentException for an unknown group or a phrasing with no words
	 */
	static Phrasing parse(String written, Map<String, List<String>> groups) {
		List<Slot> slots = new ArrayList<>();
		for (String part : written.trim().split("\\s+")) {
			if (part.startsWith("[") && part.endsWith("]")) {
				String name = part.substring(1, part.length() - 1);
				List<String> members = groups.get(name);
				if (members == null) {
					throw new IllegalArgumentException("\"" + written + "\" uses the group [" + name
							+ "], which phrasing-groups.csv does not define");
				}
				List<List<String>> phrases = members.stream()
					.map(TokenisedText::stems)
					.filter(s -> !s.isEmpty())
					.toList();
				slots.add(new Slot(phrases));
			}
			else {
				List<String> stems = TokenisedText.stems(part);
				if (!stems.isEmpty()) {
					slots.add(new Slot(List.of(stems)));
				}
			}
		}
		if (slots.isEmpty()) {
			throw new IllegalArgumentException("\"" + written + "\" has no words to match");
		}
		return new Phrasing(List.copyOf(slots));
	}

	/** The tightest place in the text where every slot is filled, if there is one. */
	Optional<Hit> match(TokenisedText text) {
		List<List<int[]>> occurrences = new ArrayList<>();
		for (Slot slot : this.slots) {
			List<int[]> found = occurrences(slot, text);
			if (found.isEmpty()) {
				return Optional.empty();
			}
			occurrences.add(found);
		}
		Search search = new Search(occurrences, text);
		search.from(0, new ArrayList<>());
		return Optional.ofNullable(search.best);
	}

	/** Each place a slot is filled, as {start, end (exclusive)}. */
	private static List<int[]> occurrences(Slot slot, TokenisedText text) {
		List<int[]> found = new ArrayList<>();
		for (List<String> phrase : slot.phrases()) {
			for (int start : text.positions(phrase.get(0))) {
				if (startsAt(phrase, text, start)) {
					found.add(new int[] { start, start + phrase.size() });
				}
			}
		}
		return found;
	}

	private static boolean startsAt(List<String> phrase, TokenisedText text, int start) {
		if (start + phrase.size() > text.size()) {
			return false;
		}
		int sentence = text.get(start).sentence();
		for (int i = 0; i < phrase.size(); i++) {
			TokenisedText.Token token = text.get(start + i);
			if (token.sentence() != sentence || !token.stem().equals(phrase.get(i))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Tries every combination of occurrences (few: a slot rarely fills more than twice in
	 * one action).
	 */
	private static final class Search {

		private final List<List<int[]>> occurrences;

		private final TokenisedText text;

		private Hit best;

		Search(List<List<int[]>> occurrences, TokenisedText text) {
			this.occurrences = occurrences;
			this.text = text;
		}

		void from(int slot, List<int[]> chosen) {
			if (slot == this.occurrences.size()) {
				consider(chosen);
				return;
			}
			for (int[] occurrence : this.occurrences.get(slot)) {
				if (fits(occurrence, chosen)) {
					chosen.add(occurrence);
					from(slot + 1, chosen);
					chosen.remove(chosen.size() - 1);
				}
			}
		}

		private boolean fits(int[] occurrence, List<int[]> chosen) {
			for (int[] other : chosen) {
				boolean overlaps = occurrence[0] < other[1] && other[0] < occurrence[1];
				if (overlaps || this.text.get(occurrence[0]).sentence() != this.text.get(other[0]).sentence()) {
					return false;
				}
			}
			return true;
		}

		private void consider(List<int[]> chosen) {
			int start = chosen.stream().mapToInt(o -> o[0]).min().orElseThrow();
			int end = chosen.stream().mapToInt(o -> o[1]).max().orElseThrow();
			int words = chosen.stream().mapToInt(o -> o[1] - o[0]).sum();
			int span = end - start;
			if (span > words + GAP_PER_SLOT * (chosen.size() - 1)) {
				return;
			}
			List<Integer> positions = new ArrayList<>();
			chosen.stream().sorted((a, b) -> Integer.compare(a[0], b[0])).forEach(o -> {
				for (int i = o[0]; i < o[1]; i++) {
					positions.add(i);
				}
			});
			Hit hit = new Hit(List.copyOf(positions), span);
			if (this.best == null || hit.score() > this.best.score()) {
				this.best = hit;
			}
		}

	}

}
