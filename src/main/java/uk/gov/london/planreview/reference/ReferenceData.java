package uk.gov.london.planreview.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
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
 * The reference data a reviewer may edit: CSV files in {@code config/reference/}. The
 * copy on disk is read when present, so an edit takes effect on the next run; the copy
 * packaged with the application is the fallback when the program runs away from its
 * checkout.
 */
public final class ReferenceData {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.setTrim(true)
		.get();

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

	/** Rows of a CSV file, each as heading → value; blank values are empty strings. */
	public List<Map<String, String>> table(String fileName) {
		try (Reader reader = open(fileName); CSVParser parser = CSVParser.parse(reader, FORMAT)) {
			List<Map<String, String>> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				rows.add(record.toMap());
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(
					"Could not read reference data " + describe(fileName) + ": " + ex.getMessage(), ex);
		}
	}

	/** Splits a "; "-separated list cell into trimmed, non-blank items. */
	public static List<String> list(String cell) {
		if (cell == null || cell.isBlank()) {
			return List.of();
		}
		return Arrays.stream(cell.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

	public String describe(String fileName) {
		Path file = onDisk(fileName);
		return file != null ? file.toString() : "config/reference/" + fileName + " (packaged)";
	}

	private Reader open(String fileName) throws IOException {
		Path file = onDisk(fileName);
		InputStream in = file != null ? Files.newInputStream(file)
				: ReferenceData.class.getResourceAsStream("/config/reference/" + fileName);
		if (in == null) {
			throw new IOException("file not found");
		}
		// Excel's "CSV UTF-8" adds a byte-order mark; a reviewer's edit must still read.
		return new InputStreamReader(BOMInputStream.builder().setInputStream(in).get(), StandardCharsets.UTF_8);
	}

	private Path onDisk(String fileName) {
		if (directory == null) {
			return null;
		}
		Path file = directory.resolve(fileName);
		return Files.isRegularFile(file) ? file : null;
	}

}
