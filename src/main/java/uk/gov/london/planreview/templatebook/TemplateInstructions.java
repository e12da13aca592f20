package uk.gov.london.planreview.templatebook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.gov.london.planreview.reference.ReferenceData;
import uk.gov.london.planreview.reference.Wording;

/**
 * The template's own words, from {@code template-instructions.csv}: the Instructions
 * sheet line by line (a title, headings, paragraphs, and one line per theme), each line
 * for every template, for one that needs signing off, or for one pre-filled from the last
 * review; and the short notes on the cover, above the table and on a pre-filled progress
 * cell.
 */
final class TemplateInstructions {

	static final String FILE = "template-instructions.csv";

	/** A line of the Instructions sheet. */
	record Line(String kind, String text) {
	}

	private record Row(String kind, String condition, String text) {
	}

	private final List<Row> rows;

	private TemplateInstructions(List<Row> rows) {
		this.rows = List.copyOf(rows);
	}

	static TemplateInstructions load(ReferenceData reference) {
		List<Row> rows = new ArrayList<>();
		for (Map<String, String> row : reference.table(FILE)) {
			rows.add(new Row(row.get("kind"), row.get("for"), row.get("text")));
		}
		for (String kind : List.of("title", "themes", "cover-note", "table-note", "sign-off-note", "progress-note")) {
			if (rows.stream().noneMatch(r -> r.kind().equals(kind))) {
				throw new IllegalStateException(reference.describe(FILE) + " has no \"" + kind
						+ "\" row. Put it back (the released copy is in git), then run again.");
			}
		}
		return new TemplateInstructions(rows);
	}

	/**
	 * The Instructions sheet's lines, the theme line once per theme.
	 * @param values what fills the places in the text ({title}, {quarter}...)
	 * @param themes for each theme, the values of its line ({number}, {theme},
	 * {mandatory})
	 */
	List<Line> lines(Map<String, String> values, boolean signOff, boolean prefilled, List<Map<String, String>> themes) {
		List<Line> lines = new ArrayList<>();
		for (Row row : this.rows) {
			boolean wanted = switch (row.condition()) {
				case "sign-off" -> signOff;
				case "prefilled" -> prefilled;
				default -> true;
			};
			if (!wanted) {
				continue;
			}
			switch (row.kind()) {
				case "title", "heading", "text" -> lines.add(new Line(row.kind(), Wording.fill(row.text(), values)));
				case "themes" -> themes.forEach(theme -> {
					Map<String, String> all = new HashMap<>(values);
					all.putAll(theme);
					lines.add(new Line("text", Wording.fill(row.text(), all)));
				});
				default -> {
					// The notes are placed by note().
				}
			}
		}
		return lines;
	}

	/** A note: "cover-note", "table-note", "sign-off-note" or "progress-note". */
	String note(String kind, Map<String, String> values) {
		return this.rows.stream()
			.filter(r -> r.kind().equals(kind))
			.findFirst()
			.map(r -> Wording.fill(r.text(), values))
			.orElseThrow();
	}

}
