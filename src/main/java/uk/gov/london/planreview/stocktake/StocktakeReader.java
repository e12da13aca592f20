package uk.gov.london.planreview.stocktake;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

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

	/** "2. Details", "Q3 comments": a heading that starts with its question's number. */
	private static final Pattern NUMBERED = Pattern.compile("(?i)^\\s*q?\\s*([1-9])\\s*[.):]?\\s+(.*)$");

	/** A heading that says no more than that the column holds detail. */
	private static final Pattern DETAIL = Pattern
		.compile("(?i)^\\s*(details?|comments?|further (details|information|comments)|more information|explanation|"
				+ "please explain|if yes,? please (give details|explain))\\s*:?\\s*$");

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

	/** The fields stocktake-questions.csv may name, as it writes them. */
	public static List<String> fields() {
		return Arrays.stream(Field.values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList();
	}

	/**
	 * Whether a CSV file's heading row is the stock-take's (an authority column and the
	 * questions).
	 */
	public boolean isStocktake(Path file) {
		try (CSVParser parser = text(file).parser()) {
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
	public StocktakeReading read(List<ResponseFile> files) {
		List<StocktakeResponse> all = new ArrayList<>();
		List<Finding> findings = new ArrayList<>();
		for (ResponseFile file : files) {
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

	private void readFile(ResponseFile file, List<StocktakeResponse> responses, List<Finding> findings) {
		String name = file.name();
		ExportText text;
		try {
			text = text(file.path());
		}
		catch (IOException ex) {
			findings.add(Finding.error(name, "", "The stock-take file could not be read: " + ex.getMessage() + "."));
			return;
		}
		if (text.windows1252()) {
			findings.add(Finding.info(name, "", "The file is not UTF-8, so it was read as Windows-1252, as older "
					+ "versions of Excel save CSV. If £ signs or quotation marks look wrong in the stock-take, save "
					+ "the export as \"CSV UTF-8\" and run again."));
		}
		try (CSVParser parser = text.parser()) {
			Map<Field, Integer> columns = null;
			long nextLine = 1;
			try {
				for (CSVRecord record : parser) {
					long line = nextLine;
					nextLine = parser.getCurrentLineNumber() + 1;
					if (columns == null) {
						columns = columns(record.toList());
						reportUnused(name, record.toList(), columns, findings);
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
		for (int c = 0; c < header.size(); c++) {
			if (taken[c]) {
				continue;
			}
			Matcher numbered = NUMBERED.matcher(header.get(c));
			Optional<Field> field = Optional.empty();
			if (numbered.matches() && numbered.group(1).matches("[1-4]")
					&& DETAIL.matcher(numbered.group(2)).matches()) {
				field = Optional.of(Field.valueOf("Q" + numbered.group(1) + "_DETAIL"));
			}
			else if (DETAIL.matcher(header.get(c)).matches() && c > 0) {
				// "Details" or "Comments" alone: about the question in the column before
				// it.
				int before = c - 1;
				field = columns.entrySet()
					.stream()
					.filter(e -> e.getValue() == before && e.getKey().name().matches("Q[1-4]"))
					.map(e -> Field.valueOf(e.getKey().name() + "_DETAIL"))
					.findFirst();
			}
			else if (numbered.matches() && numbered.group(1).matches("[1-5]")) {
				field = Optional.of(Field.valueOf("Q" + numbered.group(1)));
			}
			if (field.isPresent() && !columns.containsKey(field.get())) {
				columns.put(field.get(), c);
				taken[c] = true;
			}
		}
		return columns;
	}

	/** Every column the reader has no use for, so that nothing is left out silently. */
	private static void reportUnused(String file, List<String> header, Map<Field, Integer> columns,
			List<Finding> findings) {
		for (int c = 0; c < header.size(); c++) {
			int column = c;
			if (!header.get(c).isBlank() && !columns.containsValue(column)) {
				findings.add(Finding.info(file, "line 1", "The column \"" + header.get(c).strip() + "\" (column "
						+ (c + 1) + ") is not one of the stock-take's questions, so it was not read."));
			}
		}
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

	/**
	 * The file as text: UTF-8 (with or without a byte-order mark) or, when it is not
	 * valid UTF-8, Windows-1252 as older Excel saves it ("£", curly quotes, en dashes).
	 */
	static ExportText text(Path file) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		int skip = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
				? 3 : 0;
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
				.toString();
			return new ExportText(text, false);
		}
		catch (CharacterCodingException ex) {
			return new ExportText(new String(bytes, Charset.forName("windows-1252")), true);
		}
	}

	/**
	 * An export's text and how to split it.
	 *
	 * @param windows1252 whether it was read as Windows-1252 rather than UTF-8
	 */
	record ExportText(String text, boolean windows1252) {

		/**
		 * Comma, or semicolon as Excel writes CSV under European regional settings: the
		 * heading row says which, by which it has more of outside quotes.
		 */
		CSVFormat format() {
			int commas = 0;
			int semicolons = 0;
			boolean quoted = false;
			for (int i = 0; i < this.text.length(); i++) {
				char c = this.text.charAt(i);
				if (c == '"') {
					quoted = !quoted;
				}
				else if (!quoted && (c == '\n' || c == '\r')) {
					break;
				}
				else if (!quoted && c == ',') {
					commas++;
				}
				else if (!quoted && c == ';') {
					semicolons++;
				}
			}
			return semicolons > commas ? FORMAT.builder().setDelimiter(';').get() : FORMAT;
		}

		CSVParser parser() throws IOException {
			return CSVParser.parse(new StringReader(this.text), format());
		}

	}

}
