package uk.gov.london.planreview.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

/**
 * The reference data a reviewer may edit: CSV files in {@code config/reference/}, read
 * from disk so that an edit takes effect on the next run. A file missing from the folder
 * is an error that names it: a review is never made from other data than the reviewer's.
 * The copy packaged with the application serves the tests and the sample generator.
 */
public final class ReferenceData {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.setTrim(true)
		.get();

	/** Every file of the reference data. */
	public static final List<String> FILES = List.of("authorities.csv", "column-headings.csv", "cover-labels.csv",
			"good-practice-categories.csv", "mandatory-actions.csv", "partner-categories.csv", "phrasing-groups.csv",
			"review-comments.csv", "stocktake-questions.csv", "stocktake-themes.csv", "template-instructions.csv",
			"template-versions.csv", "themes.csv");

	private final Path directory;

	public ReferenceData(Path directory) {
		this.directory = directory;
	}

	/**
	 * Reference data from the packaged defaults only (tests, and runs outside a
	 * checkout).
	 */
	public static ReferenceData packaged() {
		return new ReferenceData(null);
	}

	/**
	 * One row of a reference file.
	 *
	 * @param line the line of the file it starts on (the heading row is line 1)
	 */
	public record Row(int line, Map<String, String> values) {

		public String get(String column) {
			return this.values.getOrDefault(column, "");
		}

	}

	/** Rows of a CSV file, each as heading → value; blank values are empty strings. */
	public List<Map<String, String>> table(String fileName) {
		return rows(fileName).stream().map(Row::values).toList();
	}

	/**
	 * Rows of a CSV file with the line each starts on. Rows with nothing in them (Excel
	 * leaves them) are not rows.
	 */
	public List<Row> rows(String fileName) {
		try (Reader reader = open(fileName); CSVParser parser = CSVParser.parse(reader, FORMAT)) {
			List<Row> rows = new ArrayList<>();
			long line = parser.getCurrentLineNumber() + 1;
			for (CSVRecord record : parser) {
				Map<String, String> values = record.toMap();
				values.replaceAll((column, value) -> value == null ? "" : value);
				if (values.values().stream().anyMatch(v -> !v.isBlank())) {
					rows.add(new Row((int) line, values));
				}
				line = parser.getCurrentLineNumber() + 1;
			}
			return rows;
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			// The message is the whole story: start-up shows it as the reason the program
			// stopped.
			throw new UncheckedIOException(new IOException(describe(fileName) + ": " + reason(ex)));
		}
	}

	/** The headings of a CSV file, as written. */
	public List<String> headings(String fileName) {
		try (Reader reader = open(fileName); CSVParser parser = CSVParser.parse(reader, FORMAT)) {
			return parser.getHeaderNames();
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			throw new UncheckedIOException(new IOException(describe(fileName) + ": " + reason(ex)));
		}
	}

	private static String reason(Exception ex) {
		if (ex instanceof IllegalArgumentException && String.valueOf(ex.getMessage()).contains("duplicate name")) {
			return "two columns have the same heading (" + ex.getMessage() + "); give each column its own heading.";
		}
		if (ex instanceof UncheckedIOException || ex instanceof IllegalStateException) {
			return "it is not a readable CSV file (" + ex.getMessage() + "); usually a quotation mark that opens "
					+ "and never closes. Correct it in Excel and save it as CSV UTF-8.";
		}
		return ex.getMessage();
	}

	/** Copies a file of this reference data, as it is, into a folder. */
	public void copy(String fileName, Path folder) throws IOException {
		StringWriter text = new StringWriter();
		try (Reader reader = open(fileName)) {
			reader.transferTo(text);
		}
		Files.writeString(folder.resolve(fileName), text.toString(), StandardCharsets.UTF_8);
	}

	/** Splits a "; "-separated list cell into trimmed, non-blank items. */
	public static List<String> list(String cell) {
		if (cell == null || cell.isBlank()) {
			return List.of();
		}
		return Arrays.stream(cell.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

	public String describe(String fileName) {
		return this.directory != null ? this.directory.resolve(fileName).toString()
				: "config/reference/" + fileName + " (packaged)";
	}

	private Reader open(String fileName) throws IOException {
		InputStream in;
		if (this.directory != null) {
			Path file = this.directory.resolve(fileName);
			if (!Files.isRegularFile(file)) {
				throw new IOException("this reference file is missing. Put it back (the released copy is in "
						+ "src/main/resources of the program, or in git), or set planreview.reference-dir in "
						+ "config/application.yml to the folder that holds the reference files.");
			}
			in = Files.newInputStream(file);
		}
		else {
			in = ReferenceData.class.getResourceAsStream("/config/reference/" + fileName);
			if (in == null) {
				throw new IOException("file not found");
			}
		}
		// Excel's "CSV UTF-8" adds a byte-order mark; a reviewer's edit must still read.
		return new InputStreamReader(BOMInputStream.builder().setInputStream(in).get(), StandardCharsets.UTF_8);
	}

}
