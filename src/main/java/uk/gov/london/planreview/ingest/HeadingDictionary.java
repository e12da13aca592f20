package uk.gov.london.planreview.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import uk.gov.london.planreview.reference.ReferenceData;

/**
 * The many headings plans give each column ("Named Lead", "Action owner", "Responsible
 * officer" ...), from {@code column-headings.csv}. Headings are compared without case,
 * line breaks, stray spaces, trailing colons or asterisks, and with and without a
 * bracketed part ("RAG (R/A/G)").
 */
final class HeadingDictionary {

	private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)");

	private final Map<String, Field> byHeading;

	HeadingDictionary(Map<String, Field> byHeading) {
		this.byHeading = Map.copyOf(byHeading);
	}

	static HeadingDictionary load(ReferenceData reference) {
		Map<String, Field> byHeading = new HashMap<>();
		for (Map<String, String> row : reference.table("column-headings.csv")) {
			Field field = Field.fromCsv(row.get("field"));
			for (String heading : ReferenceData.list(row.get("headings"))) {
				byHeading.putIfAbsent(SheetView.label(heading), field);
			}
		}
		return new HeadingDictionary(byHeading);
	}

	Optional<Field> field(String heading) {
		String key = SheetView.label(heading);
		if (key.isEmpty()) {
			return Optional.empty();
		}
		Field field = this.byHeading.get(key);
		if (field == null) {
			String withoutBrackets = SheetView.label(BRACKETED.matcher(key).replaceAll(" "));
			field = this.byHeading.get(withoutBrackets);
		}
		return Optional.ofNullable(field);
	}

}
