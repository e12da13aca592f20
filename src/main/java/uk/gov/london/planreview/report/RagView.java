package uk.gov.london.planreview.report;

import java.util.List;

import uk.gov.london.planreview.plan.Rag;

/** A RAG rating for the templates: its CSS key and its name in words. */
public record RagView(String key, String label) {

	/** The ratings in the order the documents list them. */
	public static final List<Rag> ORDER = List.of(Rag.RED, Rag.AMBER, Rag.GREEN, Rag.COMPLETE, Rag.NONE);

	public static RagView of(Rag rag) {
		return new RagView(rag.csv(), labelOf(rag));
	}

	public static String labelOf(Rag rag) {
		return switch (rag) {
			case RED -> "Red";
			case AMBER -> "Amber";
			case GREEN -> "Green";
			case COMPLETE -> "Complete";
			case NONE -> "Not rated";
		};
	}

}
