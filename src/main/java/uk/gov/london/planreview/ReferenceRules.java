package uk.gov.london.planreview;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import uk.gov.london.planreview.authority.AuthorityDirectory;
import uk.gov.london.planreview.goodpractice.CategoryClassifier;
import uk.gov.london.planreview.ingest.PlanWorkbookReader;
import uk.gov.london.planreview.reference.ReferenceData.Row;
import uk.gov.london.planreview.reference.ReferenceData;
import uk.gov.london.planreview.stocktake.StocktakeReader;

/**
 * Checks every reference file a reviewer may edit before any work starts: the columns
 * each needs, values left blank, values given twice, codes and names that refer to
 * nothing, numbers that are not numbers. Each problem is one line naming the file and
 * line, what is wrong and what to do. Excel's empty rows are not problems.
 */
final class ReferenceRules {

	private static final Pattern ONS_CODE = Pattern.compile("[A-Z]\\d{8}");

	private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,4}");

	private final ReferenceData reference;

	private final List<String> problems = new ArrayList<>();

	private ReferenceRules(ReferenceData reference) {
		this.reference = reference;
	}

	/** Every problem of the reference data, one line each; empty when it is in order. */
	static List<String> check(ReferenceData reference) {
		ReferenceRules rules = new ReferenceRules(reference);
		rules.authorities();
		rules.templates();
		rules.fields("column-headings.csv", "headings", PlanWorkbookReader.headingFields());
		rules.fields("cover-labels.csv", "labels", PlanWorkbookReader.coverFields());
		rules.fields("stocktake-questions.csv", "matches", StocktakeReader.fields());
		List<Row> partners = rules.rows("partner-categories.csv", List.of("category", "matches"));
		rules.unique("partner-categories.csv", partners, "category", "partner category");
		rules.categories("good-practice-categories.csv");
		rules.categories("stocktake-themes.csv");
		rules.unique("phrasing-groups.csv", rules.rows("phrasing-groups.csv", List.of("group", "words")), "group",
				"word group");
		return rules.problems;
	}

	private void authorities() {
		String file = "authorities.csv";
		List<Row> rows = rows(file, List.of("ons_code", "name"));
		Map<String, Row> bySpelling = new HashMap<>();
		for (Row row : rows) {
			String code = row.get("ons_code").strip();
			if (!code.isEmpty() && !ONS_CODE.matcher(code).matches()) {
				problem(file, row, "\"" + code + "\" is not an ONS code (a capital letter and eight digits, such as "
						+ "E09000007). Correct it.");
			}
		}
		unique(file, rows, "ons_code", "ONS code");
		for (Row row : rows) {
			List<String> spellings = new ArrayList<>();
			spellings.add(row.get("name"));
			spellings.addAll(ReferenceData.list(row.get("aliases")));
			for (String spelling : spellings) {
				String key = AuthorityDirectory.spellingKey(spelling);
				if (key.isEmpty()) {
					continue;
				}
				Row other = bySpelling.putIfAbsent(key, row);
				if (other != null && other != row) {
					problem(file, row, "\"" + spelling.strip() + "\" is also the name or a spelling of "
							+ other.get("name").strip() + " (line " + other.line() + "), so a plan that says it could "
							+ "not be told apart. Keep it on one line only.");
				}
			}
		}
	}

	/** The template versions, their themes and mandatory actions. */
	private void templates() {
		String versionsFile = "template-versions.csv";
		List<Row> versionRows = rows(versionsFile, List.of("version", "title", "signoff_required"));
		unique(versionsFile, versionRows, "version", "template version");
		Set<String> versions = new HashSet<>();
		for (Row row : versionRows) {
			versions.add(row.get("version").strip());
			if (!WHOLE_NUMBER.matcher(row.get("version").strip()).matches()) {
				problem(versionsFile, row, "the version \"" + row.get("version").strip() + "\" is not a year, such as "
						+ "2021. Write the year the template was issued.");
			}
			oneOf(versionsFile, row, "signoff_required", Set.of("yes", "no"));
		}
		String themesFile = "themes.csv";
		List<Row> themeRows = rows(themesFile, List.of("version", "order", "theme", "reported_as"));
		Map<String, Set<String>> themes = new LinkedHashMap<>();
		Map<String, Row> orders = new HashMap<>();
		for (Row row : themeRows) {
			String version = row.get("version").strip();
			knownVersion(themesFile, row, versions);
			if (!WHOLE_NUMBER.matcher(row.get("order").strip()).matches()) {
				problem(themesFile, row, "the order \"" + row.get("order").strip() + "\" is not a whole number. Write "
						+ "the theme's place in the template: 1 for the first.");
			}
			else {
				Row other = orders.putIfAbsent(version + "|" + row.get("order").strip(), row);
				if (other != null) {
					problem(themesFile, row, "theme " + row.get("order").strip() + " of the " + version
							+ " template is also on line " + other.line() + ". Give each theme its own number.");
				}
			}
			Set<String> names = themes.computeIfAbsent(version, v -> new HashSet<>());
			names.add(key(row.get("theme")));
			names.add(key(row.get("reported_as")));
		}
		String mandatoryFile = "mandatory-actions.csv";
		List<Row> mandatoryRows = rows(mandatoryFile, List.of("version", "theme", "ref", "action"));
		Map<String, Row> refs = new HashMap<>();
		for (Row row : mandatoryRows) {
			String version = row.get("version").strip();
			if (knownVersion(mandatoryFile, row, versions)
					&& !themes.getOrDefault(version, Set.of()).contains(key(row.get("theme")))) {
				problem(mandatoryFile, row, "\"" + row.get("theme").strip() + "\" is not a theme of the " + version
						+ " template in themes.csv. Use one of its themes' names.");
			}
			Row other = refs.putIfAbsent(version + "|" + key(row.get("ref")), row);
			if (other != null && !row.get("ref").isBlank()) {
				problem(mandatoryFile, row, "mandatory action " + row.get("ref").strip() + " of the " + version
						+ " template is also on line " + other.line() + ". Give each its own reference.");
			}
		}
	}

	/** A file whose rows say which field each list of words stands for. */
	private void fields(String file, String words, List<String> fields) {
		List<Row> rows = rows(file, List.of("field", words));
		for (Row row : rows) {
			oneOf(file, row, "field", Set.copyOf(fields));
		}
	}

	private void categories(String file) {
		List<Row> rows = rows(file, List.of("id", "name", "phrasings"));
		unique(file, rows, "id", "category id");
		try {
			CategoryClassifier.load(this.reference, file);
		}
		catch (IllegalArgumentException | UncheckedIOException ex) {
			this.problems.add(ex.getMessage());
		}
	}

	/** The file's rows; a missing column, or a blank in a required one, is a problem. */
	private List<Row> rows(String file, List<String> required) {
		List<Row> rows;
		List<String> headings;
		try {
			headings = this.reference.headings(file).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
			rows = this.reference.rows(file);
		}
		catch (UncheckedIOException ex) {
			this.problems.add(ex.getCause().getMessage());
			return List.of();
		}
		List<String> missing = required.stream().filter(c -> !headings.contains(c)).toList();
		if (!missing.isEmpty()) {
			this.problems.add(this.reference.describe(file) + ", line 1: it has no column " + String.join(", ", missing)
					+ ". The heading row must name its columns: " + String.join(", ", required) + ".");
			return List.of();
		}
		for (Row row : rows) {
			for (String column : required) {
				if (row.get(column).isBlank()) {
					problem(file, row, "the " + column.replace('_', ' ') + " is blank. Fill it in, or delete the row.");
				}
			}
		}
		return rows;
	}

	private void unique(String file, List<Row> rows, String column, String what) {
		Map<String, Row> seen = new HashMap<>();
		for (Row row : rows) {
			String value = key(row.get(column));
			if (value.isEmpty()) {
				continue;
			}
			Row other = seen.putIfAbsent(value, row);
			if (other != null) {
				problem(file, row, "the " + what + " \"" + row.get(column).strip() + "\" is also on line "
						+ other.line() + ". Each has one row: delete or correct one of them.");
			}
		}
	}

	private void oneOf(String file, Row row, String column, Set<String> allowed) {
		String value = row.get(column).strip().toLowerCase(Locale.ROOT);
		if (!value.isEmpty() && !allowed.contains(value)) {
			problem(file, row, "the " + column.replace('_', ' ') + " \"" + row.get(column).strip() + "\" is not one "
					+ "this program knows. Use one of: " + String.join(", ", allowed.stream().sorted().toList()) + ".");
		}
	}

	private boolean knownVersion(String file, Row row, Set<String> versions) {
		String value = row.get("version").strip();
		if (value.isEmpty() || versions.contains(value)) {
			return true;
		}
		problem(file, row, "\"" + value + "\" is not a template version in template-versions.csv. Add the version "
				+ "there, or correct it.");
		return false;
	}

	private void problem(String file, Row row, String message) {
		this.problems.add(this.reference.describe(file) + ", line " + row.line() + ": " + message);
	}

	private static String key(String text) {
		return text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
	}

}
