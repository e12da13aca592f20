package uk.gov.london.planreview.report;

import java.util.List;

import uk.gov.london.planreview.scoring.ActionCheck.Item;
import uk.gov.london.planreview.scoring.ScoringWeights;

/** What every action should carry, as the documents say it. */
public final class Items {

	private Items() {
	}

	/** Completes "12 of 38 actions have …": "no named lead". */
	public static String lacking(Item item) {
		return switch (item) {
			case OUTCOME -> "no outcome";
			case BASELINE -> "no baseline";
			case LEAD -> "no named lead";
			case LEAD_ORGANISATION -> "no lead organisation";
			case START_DATE -> "no start date";
			case END_DATE -> "no end date";
			case PROGRESS -> "no progress to date";
			case RAG -> "no RAG rating";
			case COMMENTS_OR_DOCUMENTS -> "neither comments nor supporting documents";
		};
	}

	/** A table heading: "Named lead". */
	public static String heading(Item item) {
		return switch (item) {
			case OUTCOME -> "An outcome";
			case BASELINE -> "A baseline";
			case LEAD -> "A named lead";
			case LEAD_ORGANISATION -> "A lead organisation";
			case START_DATE -> "A start date";
			case END_DATE -> "An end date";
			case PROGRESS -> "Progress to date";
			case RAG -> "A RAG rating";
			case COMMENTS_OR_DOCUMENTS -> "Comments or supporting documents";
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
