package uk.gov.london.planreview.stocktake;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

import uk.gov.london.planreview.authority.Authority;
import uk.gov.london.planreview.authority.AuthorityDirectory;
import uk.gov.london.planreview.finding.Finding;
import uk.gov.london.planreview.finding.Severity;
import uk.gov.london.planreview.reference.ReferenceData;

/**
 * Reads stock-take responses as survey tools and Excel export them: a byte-order mark,
 * Windows line ends, answers spanning lines inside quotes, questions in the heading row
 * matched by their words ({@code stocktake-questions.csv}), authorities in any spelling.
 * A row it cannot use is reported with its line number, never dropped; where an authority
 * answered twice, the later response stands.
 */
public final class StocktakeReader {

	/** What a column holds. */
	enum Field {

		Q1_DETAIL, Q2_DETAIL, Q3_DETAIL, Q4_DETAIL, Q1, Q2, Q3, Q4, Q5, TIMESTAMP, ROLE, AUTHORITY

	}

	private static final List<DateTimeFormatter> TIMESTAMPS = List.of(DateTimeFormatter.ofPattern("d/M/yyyy H:mm[:ss]"),
			DateTimeFormatter.ofPattern("d/M/yyyy"), DateTimeFormatter.ofPattern("yyyy-MM-dd[ ]['T']H:mm[:ss]"),
			DateTimeFormatter.ofPattern("yyyy-MM-dd"), DateTimeFormatter.ofPattern("d MMM yyyy[ H:mm]", Locale.UK),
			DateTimeFormatter.ofPattern("M/d/yyyy h:mm:ss a", Locale.US));

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

	private final Map<Field, List<List<String>>> headings;

	private final AuthorityDirectory authorities;

	StocktakeReader(Map<Field, List<List<String>>> headings, AuthorityDirectory authorities) {
		this.headings = headings;
		this.authorities = authorities;
	}

	public static StocktakeReader load(ReferenceData reference, AuthorityDirectory authorities) {
		Map<Field, List<List<String>>> headings = new LinkedHashMap<>();
		for (Map<String, String> row : reference.table("stocktake-questions.csv")) {
			Field field = Field.valueOf(row.get("field").toUpperCase(Locale.ROOT));
			headings.put(field, ReferenceData.list(row.get("matches")).stream().map(StocktakeReader::words).toList());
		}
		return new StocktakeReader(headings, authorities);
	}

	/**
	 * Whether a CSV file's heading row is the stock-take's (an authority column and the
	 * questions).
	 */
	public boolean isStocktake(Path file) {
		try (Reader reader = open(file); CSVParser parser = CSVParser.parse(reader, FORMAT)) {
			var first = parser.iterator();
			if (!first.hasNext()) {
				return false;
			}
			Map<Field, Integer> columns = columns(first.next().toList());
			return columns.containsKey(Field.AUTHORITY) && columns.containsKey(Field.Q1)
					&& columns.containsKey(Field.Q2);
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			return false;
		}
	}

	/**
	 * Reads every response of the files, in file then line order, and settles who
	 * answered twice.
	 */
	public StocktakeReading read(List<Path> files) {
		List<StocktakeResponse> all = new ArrayList<>();
		List<Finding> findings = new ArrayList<>();
		for (Path file : files) {
			readFile(file, all, findings);
		}
		Map<String, StocktakeResponse> standing = new LinkedHashMap<>();
		List<StocktakeResponse> superseded = new ArrayList<>();
		for (StocktakeResponse response : all) {
			StocktakeResponse earlier = standing.get(response.authority().onsCode());
			if (earlier == null) {
				standing.put(response.authority().onsCode(), response);
				continue;
			}
			StocktakeResponse later = isLater(response, earlier) ? response : earlier;
			StocktakeResponse set = later == response ? earlier : response;
			standing.put(response.authority().onsCode(), later);
			superseded.add(set);
			findings
				.add(new Finding(later.sourceFile(), later.authority().onsCode(), Severity.INFO, "line " + later.line(),
						later.authority().name() + " answered twice (lines " + set.line() + " and " + later.line()
								+ "); the later response"
								+ (later.respondedAt() != null ? ", of " + later.respondedAt().toLocalDate() : "")
								+ ", stands."));
		}
		List<StocktakeResponse> responses = standing.values()
			.stream()
			.sorted((a, b) -> a.authority().compareTo(b.authority()))
			.toList();
		List<Authority> silent = this.authorities.all()
			.stream()
			.filter(a -> !standing.containsKey(a.onsCode()))
			.toList();
		return new StocktakeReading(responses, superseded, silent, findings);
	}

	private void readFile(Path file, List<StocktakeResponse> responses, List<Finding> findings) {
		String name = file.getFileName().toString();
		try (Reader reader = open(file); CSVParser parser = CSVParser.parse(reader, FORMAT)) {
			Map<Field, Integer> columns = null;
			long nextLine = 1;
			try {
				for (CSVRecord record : parser) {
					long line = nextLine;
					nextLine = parser.getCurrentLineNumber() + 1;
					if (columns == null) {
						columns = columns(record.toList());
						if (!columns.containsKey(Field.AUTHORITY)) {
							findings.add(Finding
								.error(name, "line 1", "The heading row has no column for the authority, so no "
										+ "response could be read. Check this is the stock-take export, with its heading row first."));
							return;
						}
						continue;
					}
					response(name, (int) line, record, columns, findings).ifPresent(responses::add);
				}
			}
			catch (UncheckedIOException | IllegalStateException ex) {
				findings.add(Finding.error(name, "line " + nextLine,
						"The file cannot be read past line " + nextLine + " (" + ex.getMessage()
								+ "), usually an answer with an opening quote mark but no closing one. "
								+ "Responses from line " + nextLine
								+ " on were not read: correct the file and run again."));
			}
		}
		catch (IOException ex) {
			findings.add(Finding.error(name, "", "The stock-take file could not be read: " + ex.getMessage() + "."));
		}
	}

	private Optional<StocktakeResponse> response(String file, int line, CSVRecord record, Map<Field, Integer> columns,
			List<Finding> findings) {
		Map<Field, String> values = new EnumMap<>(Field.class);
		columns.forEach((field, column) -> values.put(field, column < record.size() ? clean(record.get(column)) : ""));
		if (values.values().stream().allMatch(String::isEmpty)) {
			return Optional.empty();
		}
		String location = "line " + line;
		String authorityText = values.get(Field.AUTHORITY);
		Optional<Authority> authority = this.authorities.resolve(authorityText);
		if (authority.isEmpty()) {
			findings.add(Finding.error(file, location, authorityText.isEmpty()
					? "This response does not say which authority it is from, so it was not counted. Ask London Councils which it is."
					: "\"" + authorityText
							+ "\" is not the name of a London authority this review knows, so the response was not "
							+ "counted. Correct the name, or add the spelling to config/reference/authorities.csv."));
			return Optional.empty();
		}
		if (record.size() < columns.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1) {
			findings.add(Finding.warning(file, location, "This row has " + record.size()
					+ " columns where the heading row has more; " + "the missing answers were read as blank."));
		}
		for (Field question : List.of(Field.Q1, Field.Q2, Field.Q4)) {
			String text = values.getOrDefault(question, "");
			if (Answer.of(text) == Answer.UNCLEAR) {
				findings.add(Finding.warning(file, location,
						authority.get().name() + "'s answer to question " + question.name().charAt(1) + " (\"" + text
								+ "\") is not a yes or no; it is counted as unclear."));
			}
		}
		LocalDateTime respondedAt = timestamp(values.getOrDefault(Field.TIMESTAMP, ""));
		return Optional.of(new StocktakeResponse(file, line, respondedAt, authority.get(),
				values.getOrDefault(Field.ROLE, ""), Answer.of(values.get(Field.Q1)), values.getOrDefault(Field.Q1, ""),
				values.getOrDefault(Field.Q1_DETAIL, ""), Answer.of(values.get(Field.Q2)),
				values.getOrDefault(Field.Q2, ""), values.getOrDefault(Field.Q2_DETAIL, ""),
				Collaboration.of(values.get(Field.Q3)), values.getOrDefault(Field.Q3, ""),
				values.getOrDefault(Field.Q3_DETAIL, ""), Answer.of(values.get(Field.Q4)),
				values.getOrDefault(Field.Q4, ""), values.getOrDefault(Field.Q4_DETAIL, ""),
				documents(values.getOrDefault(Field.Q5, ""))));
	}

	/**
	 * Each field's column: more specific fields (a question's detail) are matched first.
	 */
	Map<Field, Integer> columns(List<String> header) {
		Map<Field, Integer> columns = new EnumMap<>(Field.class);
		boolean[] taken = new boolean[header.size()];
		this.headings.forEach((field, phrases) -> {
			for (int c = 0; c < header.size(); c++) {
				List<String> heading = words(header.get(c));
				if (!taken[c] && phrases.stream().anyMatch(heading::containsAll)) {
					columns.put(field, c);
					taken[c] = true;
					return;
				}
			}
		});
		return columns;
	}

	private static boolean isLater(StocktakeResponse candidate, StocktakeResponse current) {
		if (candidate.respondedAt() != null && current.respondedAt() != null) {
			return !candidate.respondedAt().isBefore(current.respondedAt());
		}
		return true;
	}

	static LocalDateTime timestamp(String text) {
		String trimmed = text.trim();
		for (DateTimeFormatter format : TIMESTAMPS) {
			try {
				var parsed = format.parseBest(trimmed, LocalDateTime::from, LocalDate::from);
				return parsed instanceof LocalDateTime time ? time : ((LocalDate) parsed).atStartOfDay();
			}
			catch (DateTimeParseException ex) {
				// try the next form
			}
		}
		return null;
	}

	private static List<String> documents(String text) {
		return Arrays.stream(text.split("[;\\n]"))
			.map(String::trim)
			.map(s -> s.replaceFirst("^[•\\-*]\\s*", ""))
			.filter(s -> !s.isEmpty())
			.toList();
	}

	private static List<String> words(String text) {
		return Arrays.stream(text.toLowerCase(Locale.ROOT).replace('\u00A0', ' ').split("[^\\p{L}\\p{N}]+"))
			.filter(w -> !w.isEmpty())
			.toList();
	}

	private static String clean(String text) {
		return text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ').trim();
	}

	private static Reader open(Path file) throws IOException {
		InputStream in = Files.newInputStream(file);
		return new InputStreamReader(BOMInputStream.builder().setInputStream(in).get(), StandardCharsets.UTF_8);
	}

}
