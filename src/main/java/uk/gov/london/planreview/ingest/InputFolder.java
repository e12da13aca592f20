package uk.gov.london.planreview.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import uk.gov.london.planreview.finding.Finding;

/**
 * What is in the input folder: plan workbooks (by name: .xlsx, .xlsm, .xls), stock-take
 * responses (.csv), and anything else, which is reported rather than silently ignored.
 * Sub-folders are not read.
 */
public final class InputFolder {

	/** The kind of an input file. */
	public enum Kind {

		WORKBOOK, STOCKTAKE, OTHER

	}

	/** One input file. */
	public record InputFile(Path path, Kind kind) {

		public String name() {
			return this.path.getFileName().toString();
		}

	}

	private InputFolder() {
	}

	/**
	 * The folder's files, sorted by name, so every run reads them in the same order; or
	 * the one file, when given a file (the stock-take can be read from its CSV alone).
	 */
	public static List<InputFile> list(Path folder) throws IOException {
		if (Files.isRegularFile(folder)) {
			return List.of(new InputFile(folder, kind(folder)));
		}
		List<InputFile> files = new ArrayList<>();
		try (Stream<Path> children = Files.list(folder)) {
			children.filter(Files::isRegularFile)
				.filter(p -> !p.getFileName().toString().startsWith("."))
				.sorted()
				.forEach(p -> files.add(new InputFile(p, kind(p))));
		}
		return files;
	}

	/** What to say about a file that is neither a workbook nor stock-take responses. */
	public static Finding ignored(InputFile file) {
		if (file.name().startsWith("~$")) {
			return Finding.info(file.name(), "",
					"This is a lock file Excel leaves while a workbook is open; it was ignored. "
							+ "Close the workbook in Excel before the run.");
		}
		return Finding.warning(file.name(), "", "This file is not a plan workbook (.xlsx, .xlsm or .xls) or stock-take "
				+ "responses (.csv), so it was not read. If it is a plan, ask the CSP for it as an Excel workbook.");
	}

	static Kind kind(Path path) {
		String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.startsWith("~$")) {
			return Kind.OTHER;
		}
		if (name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls")) {
			return Kind.WORKBOOK;
		}
		return name.endsWith(".csv") ? Kind.STOCKTAKE : Kind.OTHER;
	}

}
