package uk.gov.london.planreview.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import uk.gov.london.planreview.archive.AtomicFiles;

/**
 * CSV as analysts' tools expect it (docs/outputs.md): UTF-8 with a byte-order mark so
 * Excel reads it as UTF-8, RFC 4180 quoting and line endings, ISO dates, and every cell
 * that a spreadsheet would take for a formula (starting with =, +, -, @, tab or carriage
 * return) neutralised with a leading apostrophe.
 */
public final class SafeCsv implements Rows, AutoCloseable {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

	private final CSVPrinter printer;

	private SafeCsv(Writer writer) throws IOException {
		this.printer = new CSVPrinter(writer, FORMAT);
	}

	/** Writes a table's rows. */
	@FunctionalInterface
	public interface Table {

		void writeTo(Rows rows) throws IOException;

	}

	/**
	 * Writes a CSV file whole, with the same rows going to a sheet of the workbook as
	 * well.
	 */
	public static void write(Path target, List<String> header, Rows sheet, Table table) throws IOException {
		AtomicFiles.write(target, out -> {
			try (SafeCsv csv = open(out, header)) {
				table.writeTo(Rows.both(csv, sheet));
			}
		});
	}

	/** Starts a CSV on the stream with its byte-order mark and header row. */
	public static SafeCsv open(OutputStream out, List<String> header) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		SafeCsv csv = new SafeCsv(writer);
		csv.row(header);
		return csv;
	}

	@Override
	public void row(List<?> values) throws IOException {
		for (Object value : values) {
			this.printer.print(cell(value));
		}
		this.printer.println();
	}

	/**
	 * A value as a safe cell: dates in ISO form, lists joined with "; ", formula triggers
	 * neutralised.
	 */
	public static String cell(Object value) {
		return neutralise(TableValue.text(value));
	}

	static String neutralise(String text) {
		if (text.isEmpty()) {
			return text;
		}
		char first = text.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
				? "'" + text : text;
	}

	@Override
	public void close() throws IOException {
		this.printer.close(true);
	}

}
