package uk.gov.london.planreview.report;

import java.util.List;

import uk.gov.london.planreview.scoring.ActionCheck.Item;
import uk.gov.london.planreview.scoring.ScoringWeights;

/**
 * What every action should carry, as the documents count it. The words for each item are
 * the templates' ({@code words.ftl}: {@code w.item(key)}), by the item's key in the CSV
 * files.
 */
public final class Items {

	/** The key of "start and end dates" together: an action's timescale. */
	public static final String DATES_KEY = "dates";

	private Items() {
	}

	/**
	 * A chart's or a table's label for the item ("A named lead"); sentences say it with
	 * the templates' words.
	 */
	public static String heading(String key) {
		return switch (key) {
			case "outcome" -> "An outcome";
			case "baseline" -> "A baseline";
			case "lead" -> "A named lead";
			case "lead_organisation" -> "A lead organisation";
			case "start_date" -> "A start date";
			case "end_date" -> "An end date";
			case "progress" -> "Progress to date";
			case "rag" -> "A RAG rating";
			case "comments_or_documents" -> "Comments or supporting documents";
			case DATES_KEY -> "Start and end dates";
			default -> key;
		};
	}

	/** Its weight in an action's completeness. */
	public static double weight(Item item, ScoringWeights.Fields fields) {
		return switch (item) {
			case OUTCOME -> fields.outcome();
			case BASELINE -> fields.baseline();
			case LEAD -> fields.lead();
			case LEAD_ORGANISATION -> fields.leadOrganisation();
			case START_DATE -> fields.startDate();
			case END_DATE -> fields.endDate();
			case PROGRESS -> fields.progress();
			case RAG -> fields.rag();
			case COMMENTS_OR_DOCUMENTS -> fields.commentsOrDocuments();
		};
	}

	/** The items that count (weight above zero), in the notes' order. */
	public static List<Item> counted(ScoringWeights.Fields fields) {
		return List.of(Item.values()).stream().filter(i -> weight(i, fields) > 0).toList();
	}

	/** Start and end dates together: an action's timescale. */
	public static final List<Item> DATES = List.of(Item.START_DATE, Item.END_DATE);

}
