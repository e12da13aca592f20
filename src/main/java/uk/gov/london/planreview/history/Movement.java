package uk.gov.london.planreview.history;

import uk.gov.london.planreview.plan.Rag;

/** What happened to an action between last quarter and this one. */
public enum Movement {

	ADDED("added"), DROPPED("dropped"), COMPLETED("completed"), TURNED_GREEN("turned green"), TURNED_RED("turned red"),
	IMPROVED("improved"), WORSENED("worsened"), NEWLY_RATED("newly rated"), NO_LONGER_RATED("no longer rated"),
	UNCHANGED("unchanged");

	private final String csv;

	Movement(String csv) {
		this.csv = csv;
	}

	public String csv() {
		return this.csv;
	}

	/**
	 * The movement of an action rated {@code before} last quarter and {@code after} now.
	 */
	static Movement between(Rag before, Rag after) {
		if (before == after) {
			return UNCHANGED;
		}
		if (after == Rag.COMPLETE) {
			return COMPLETED;
		}
		if (before == Rag.NONE) {
			return after == Rag.GREEN ? TURNED_GREEN : after == Rag.RED ? TURNED_RED : NEWLY_RATED;
		}
		if (after == Rag.NONE) {
			return NO_LONGER_RATED;
		}
		if (after == Rag.GREEN) {
			return TURNED_GREEN;
		}
		if (after == Rag.RED) {
			return TURNED_RED;
		}
		return order(after) > order(before) ? IMPROVED : WORSENED;
	}

	private static int order(Rag rag) {
		return switch (rag) {
			case RED -> 1;
			case AMBER -> 2;
			case GREEN -> 3;
			case COMPLETE -> 4;
			case NONE -> 0;
		};
	}

}
