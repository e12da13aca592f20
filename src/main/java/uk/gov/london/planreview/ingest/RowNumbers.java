package uk.gov.london.planreview.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Row numbers as a person writes them: "4, 7 and 9–12", and no more than a line of them.
 */
final class RowNumbers {

	/** How many runs of rows are written out before the rest are counted. */
	private static final int RUNS = 8;

	private RowNumbers() {
	}

	static String describe(Collection<Integer> numbers) {
		SortedSet<Integer> sorted = new TreeSet<>(numbers);
		List<String> runs = new ArrayList<>();
		Integer from = null;
		Integer to = null;
		for (int n : sorted) {
			if (to != null && n == to + 1) {
				to = n;
				continue;
			}
			if (from != null) {
				runs.add(from.equals(to) ? String.valueOf(from) : from + "–" + to);
			}
			from = n;
			to = n;
		}
		if (from != null) {
			runs.add(from.equals(to) ? String.valueOf(from) : from + "–" + to);
		}
		if (runs.size() > RUNS) {
			int more = runs.size() - RUNS;
			runs = new ArrayList<>(runs.subList(0, RUNS));
			runs.add(more + " more runs of rows");
		}
		return runs.size() == 1 ? runs.get(0)
				: String.join(", ", runs.subList(0, runs.size() - 1)) + " and " + runs.get(runs.size() - 1);
	}

}
