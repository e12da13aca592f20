package uk.gov.london.planreview.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an output CSV as an analyst's tool would, checking its byte-order mark on the
 * way.
 */
public final class ReviewCsv {

	private ReviewCsv() {
	}

	public static List<CSVRecord> read(Path file) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		assertThat(bytes).as("%s starts with a UTF-8 byte-order mark", file.getFileName())
			.startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			reader.skip(1);
			return CSVParser.parse(reader, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())
				.getRecords();
		}
	}

}
