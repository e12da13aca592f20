package uk.gov.london.planreview.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import uk.gov.london.planreview.quarter.Quarter;

/**
 * Where a quarter's outputs live. The first review of a quarter is published straight
 * into {@code <output>/<quarter>/}; a later revision (a rerun) into
 * {@code <output>/<quarter>/revision-N/}. A stock-take read on its own goes the same way
 * under {@code <output>/<quarter>/stocktake/}. Work in progress is staged in a hidden
 * folder beside them and published only when complete, so a published revision is never
 * changed.
 *
 * @param part the sub-folder of the quarter's folder this job publishes into; empty for
 * the review
 */
public record OutputLayout(Path outputDir, Quarter quarter, String part) {

	public static final String MANIFEST = "manifest.json";

	private static final Pattern REVISION = Pattern.compile("revision-(\\d+)");

	/** A plan's feedback PDF, relative to its revision's folder, with '/' separators. */
	public static String feedbackPdf(String planId) {
		return "feedback/" + planId + ".pdf";
	}

	/** The feedback's HTML twin, relative to its revision's folder. */
	public static String feedbackHtml(String planId) {
		return "feedback/" + planId + ".html";
	}

	public OutputLayout(Path outputDir, Quarter quarter) {
		this(outputDir, quarter, "");
	}

	public Path quarterDir() {
		return this.outputDir.resolve(this.quarter.toString());
	}

	/** The folder the first revision is published into; later revisions go under it. */
	public Path baseDir() {
		return this.part.isEmpty() ? quarterDir() : quarterDir().resolve(this.part);
	}

	/** Where a revision is published. */
	public Path publishedDir(int revision) {
		return revision == 1 ? baseDir() : baseDir().resolve("revision-" + revision);
	}

	/** Where a revision is written until it is complete. */
	public Path stagingDir(int revision) {
		return baseDir().resolve(".staging-revision-" + revision);
	}

	public boolean published(int revision) {
		return Files.isRegularFile(publishedDir(revision).resolve(MANIFEST));
	}

	/** The newest published revision, if the quarter has been reviewed. */
	public OptionalInt latestPublished() {
		if (!published(1)) {
			return OptionalInt.empty();
		}
		int latest = 1;
		try (Stream<Path> children = Files.list(baseDir())) {
			for (Path child : (Iterable<Path>) children::iterator) {
				Matcher m = REVISION.matcher(child.getFileName().toString());
				if (m.matches() && Files.isRegularFile(child.resolve(MANIFEST))) {
					latest = Math.max(latest, Integer.parseInt(m.group(1)));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return OptionalInt.of(latest);
	}

}
