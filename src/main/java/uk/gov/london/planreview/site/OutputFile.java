package uk.gov.london.planreview.site;

import java.util.List;

/**
 * A file a review publishes in its revision's folder, as the indexes describe it to
 * someone choosing what to open.
 */
public record OutputFile(String name, String description) {

	/** In the order the indexes list them: documents, the workbook, then the tables. */
	static final List<OutputFile> ALL = List.of(new OutputFile("review.pdf", "The London-wide review (PDF)"),
			new OutputFile("review.html", "The London-wide review, to read on screen"),
			new OutputFile("stocktake.pdf", "London Councils’ stock-take note (PDF)"),
			new OutputFile("stocktake.html", "London Councils’ stock-take note, to read on screen"),
			new OutputFile("review.xlsx",
					"Every table below as one Excel workbook: numbers and dates that sort and sum, a filter on "
							+ "every column, RAG ratings in colour and in words, each plan linked to its feedback"),
			new OutputFile("actions.csv", "Every action read from every plan"),
			new OutputFile("scores.csv", "One row per plan: its scores, its rank and its movement since last quarter"),
			new OutputFile("movement.csv",
					"Every action that turned green or red, was completed, added or dropped since last quarter"),
			new OutputFile("good-practice.csv", "Actions singled out as good practice, rarest idea first"),
			new OutputFile("linking-up.csv",
					"Each plan’s weak areas, with good practice from authorities strong there and whom to contact"),
			new OutputFile("stocktake-responses.csv", "The stock-take answers, normalised"),
			new OutputFile("findings.csv",
					"What a reviewer should know that is not a score: files and rows that could not be read, names "
							+ "not recognised, duplicate submissions, authorities with no plan"),
			new OutputFile("manifest.json",
					"What this revision was made from and what it produced, each file with its SHA-256 fingerprint"));

	/** Written when the revision is published, after its index. */
	static final List<String> PUBLISHED_LAST = List.of("findings.csv", "manifest.json");

}
