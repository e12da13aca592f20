package uk.gov.london.planreview.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import uk.gov.london.planreview.finding.Finding;

/**
 * What is in the input folder, however an analyst organised it: plan workbooks (by name:
 * .xlsx, .xlsm, .xls) and stock-take responses (.csv) in the folder and every sub-folder
 * (one per BCU, per month, plans/ and stocktake/...), and anything else, which is
 * reported rather than silently ignored. Each file is known by its path within the input
 * folder ("plans/South/Croydon.xlsx"), in findings, tables and the manifest. Links that
 * lead outside the input folder, and folders that cannot be read, are reported and
 * skipped.
 */
public final class InputFolder {

	/** The kind of an input file. */
	public enum Kind {

		WORKBOOK, STOCKTAKE, OTHER

	}

	/**
	 * One input file.
	 *
	 * @param name its path within the input folder, with '/' between folders
	 */
	public record InputFile(Path path, String name, Kind kind) {
	}

	/** The files found, and what was skipped on the way. */
	public record Listing(List<InputFile> files, List<Finding> skipped) {

		/** How many files of a kind were found. */
		public long count(Kind kind) {
			return this.files.stream().filter(f -> f.kind() == kind).count();
		}

	}

	private InputFolder() {
	}

	/**
	 * The files under a folder, sorted by name so every run reads them in the same order;
	 * or the one file, when given a file (the stock-take can be read from its CSV alone).
	 * @param exclude a folder not to look in (the output folder, when it is inside the
	 * input)
	 */
	public static Listing list(Path input, Path exclude) throws IOException {
		if (Files.isRegularFile(input)) {
			return new Listing(List.of(new InputFile(input, input.getFileName().toString(), kind(input))), List.of());
		}
		Path root = input.toRealPath();
		Path excluded = exclude == null || !Files.isDirectory(exclude) ? null : exclude.toRealPath();
		List<InputFile> files = new ArrayList<>();
		List<Finding> skipped = new ArrayList<>();
		Files.walkFileTree(input, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
				new SimpleFileVisitor<>() {

					@Override
					public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes)
							throws IOException {
						if (dir.equals(input)) {
							return FileVisitResult.CONTINUE;
						}
						if (hidden(dir) || dir.toRealPath().equals(excluded)) {
							return FileVisitResult.SKIP_SUBTREE;
						}
						if (!dir.toRealPath().startsWith(root)) {
							skipped.add(outside(name(input, dir)));
							return FileVisitResult.SKIP_SUBTREE;
						}
						return FileVisitResult.CONTINUE;
					}

					@Override
					public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
						if (hidden(file) || !attributes.isRegularFile()) {
							return FileVisitResult.CONTINUE;
						}
						String name = name(input, file);
						if (!file.toRealPath().startsWith(root)) {
							skipped.add(outside(name));
						}
						else {
							files.add(new InputFile(file, name, kind(file)));
						}
						return FileVisitResult.CONTINUE;
					}

					@Override
					public FileVisitResult visitFileFailed(Path file, IOException ex) {
						skipped.add(unreadable(name(input, file), ex));
						return FileVisitResult.CONTINUE;
					}

				});
		files.sort(Comparator.comparing(InputFile::name));
		skipped.sort(Comparator.comparing(Finding::sourceFile));
		return new Listing(List.copyOf(files), List.copyOf(skipped));
	}

	/** What to say about a file that is neither a workbook nor stock-take responses. */
	public static Finding ignored(InputFile file) {
		if (file.path().getFileName().toString().startsWith("~$")) {
			return Finding.info(file.name(), "",
					"This is a lock file Excel leaves while a workbook is open; it was ignored. "
							+ "Close the workbook in Excel before the run.");
		}
		if (file.path().getFileName().toString().equalsIgnoreCase("Thumbs.db")) {
			return Finding.info(file.name(), "", "This is a Windows thumbnail cache, not an input; it was ignored.");
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

	/**
	 * Files and folders whose names start with a dot are the system's (.DS_Store, .git).
	 */
	private static boolean hidden(Path path) {
		return path.getFileName().toString().startsWith(".");
	}

	private static String name(Path input, Path path) {
		return input.relativize(path).toString().replace('\\', '/');
	}

	private static Finding outside(String name) {
		return Finding.warning(name, "", "This is a link to something outside the input folder, so it was not read. "
				+ "Copy the file itself into the input folder if it belongs to this review.");
	}

	private static Finding unreadable(String name, IOException ex) {
		String why = ex instanceof AccessDeniedException ? "this account is not allowed to open it"
				: ex instanceof FileSystemLoopException ? "it is a link back to a folder that contains it"
						: ex.getMessage();
		return Finding.warning(name, "", "This could not be read (" + why + "), so nothing in it was reviewed. "
				+ "Give the account that runs the review access to it, or move its files into the input folder.");
	}

}
