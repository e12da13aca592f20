package uk.gov.london.planreview.ingest;

import java.util.Optional;
import java.util.regex.Pattern;

import uk.gov.london.planreview.plan.ActionType;

/**
 * Words in a sheet name or a section row that say what kind of actions follow
 * ("Developing actions", "Local actions", "Optional actions", "Minimum standards").
 */
final class RowContext {

	private static final Pattern LOCAL = Pattern.compile(".*\\b(local|bespoke|additional)\\b.*\\bactions?\\b.*");

	private static final Pattern MANDATORY = Pattern.compile(".*\\b(mandatory actions?|minimum standards?)\\b.*");

	private static final Pattern FIGURE = Pattern.compile("[\\d.,%£\\s]+");

	/** Lines that say who made the plan, when, from what: never actions. */
	private static final Pattern FOOTER = Pattern
		.compile("^(prepared by|produced by|compiled by|last (reviewed|updated|"
				+ "revised)|reviewed on|updated on|revised on|version\\s*\\d|v\\d+(\\.\\d+)*$|source\\s*:|sources\\s*:|"
				+ "data source|signed off (at|by)|approved (at|by)|agreed (at|by)|endorsed (at|by)|page \\d+|document "
				+ "(owner|control)|author\\s*:|owner\\s*:|date of (issue|review)|©|copyright).*");

	/**
	 * A key to the ratings written as lines: "Red – significant issues", "G = on track".
	 */
	private static final Pattern RAG_KEY = Pattern
		.compile("^(red|amber|green|blue|r|a|g|b|complete|completed)\\s*[–—:=-]\\s*\\S.*");

	/** An adopted menu item whose comment says it is in the main plan already. */
	private static final Pattern IN_MAIN_PLAN = Pattern.compile(
			".*\\b(in(cluded)? (in|at|as) (the )?main plan|in the main plan|see (action|row|ref)|already in)\\b.*");

	private static final Pattern NOTE = Pattern
		.compile("^(key|rag key|notes?|note:|\\*|source|please|instructions?|guidance|"
				+ "last updated|updated|r ?=|red ?=|a ?=|amber ?=|g ?=|green ?=|b ?=|blue ?=|version|template|for completion|"
				+ "complete the).*");

	private RowContext() {
	}

	static Optional<ActionType> typeNamedBy(String text) {
		String key = SheetView.normalise(text);
		if (key.contains("optional")) {
			return Optional.of(ActionType.OPTIONAL);
		}
		if (key.contains("developing") || key.contains("aspiration")) {
			return Optional.of(ActionType.DEVELOPING);
		}
		if (LOCAL.matcher(key).matches()) {
			return Optional.of(ActionType.LOCAL);
		}
		if (MANDATORY.matcher(key).matches()) {
			return Optional.of(ActionType.MANDATORY);
		}
		return Optional.empty();
	}

	/** An explicit type cell ("Mandatory", "M", "Bespoke", "Developing"). */
	static Optional<ActionType> typeCell(String text) {
		String key = SheetView.normalise(text).replaceAll("[^a-z ]", "").trim();
		return switch (key) {
			case "mandatory", "m", "must", "core", "minimum standard" -> Optional.of(ActionType.MANDATORY);
			case "optional", "o", "menu", "optional action" -> Optional.of(ActionType.OPTIONAL);
			case "developing", "d", "developing action", "aspiration", "aspirational" ->
				Optional.of(ActionType.DEVELOPING);
			case "local", "l", "bespoke", "additional", "local action", "bespoke action" ->
				Optional.of(ActionType.LOCAL);
			default -> key.startsWith("mandatory") ? Optional.of(ActionType.MANDATORY)
					: key.startsWith("optional") ? Optional.of(ActionType.OPTIONAL)
							: key.startsWith("developing") ? Optional.of(ActionType.DEVELOPING)
									: key.startsWith("local") || key.startsWith("bespoke")
											? Optional.of(ActionType.LOCAL) : Optional.empty();
		};
	}

	/**
	 * A bare figure ("7", "12.5%") in the action column is a total or a count, never an
	 * action.
	 */
	static boolean isFigure(String text) {
		return FIGURE.matcher(text).matches();
	}

	/**
	 * A line saying who made the plan, when or from what ("Prepared by…", "Version 3").
	 */
	static boolean isFooter(String text) {
		String key = SheetView.normalise(text);
		return FOOTER.matcher(key).matches() || RAG_KEY.matcher(key).matches();
	}

	/** A comment that says an adopted menu item is already in the main plan. */
	static boolean isInMainPlan(String comment) {
		return IN_MAIN_PLAN.matcher(SheetView.normalise(comment)).matches();
	}

	/**
	 * Whether a row of text only is a key, a note or an instruction rather than an
	 * action.
	 */
	static boolean isNote(String text) {
		String key = SheetView.normalise(text);
		return NOTE.matcher(key).matches();
	}

}
