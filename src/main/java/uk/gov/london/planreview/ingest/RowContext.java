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
	 * Whether a row of text only is a key, a note or an instruction rather than an
	 * action.
	 */
	static boolean isNote(String text) {
		String key = SheetView.normalise(text);
		return NOTE.matcher(key).matches();
	}

}
