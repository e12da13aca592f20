package uk.gov.london.planreview.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import uk.gov.london.planreview.archive.OutputLayout;
import uk.gov.london.planreview.archive.RevisionIndex;
import uk.gov.london.planreview.quarter.Quarter;

/**
 * A quarter as the output folder holds it: its published revisions, which is current, and
 * a stock-take published on its own, if any. Read from the folder itself, so the indexes
 * list what is there whatever database reviewed it.
 *
 * @param revisions the published revisions of its review, oldest first (none when only a
 * stock-take was published)
 * @param current the current revision of its review, or 0
 * @param stocktake the current revision of a stock-take published on its own, or 0
 */
record QuarterFolder(Quarter quarter, List<Integer> revisions, int current, int stocktake) {

	private static final Pattern QUARTER = Pattern.compile("\\d{4}-Q[1-4]");

	/** The quarters reviewed into the output folder, newest first. */
	static List<QuarterFolder> find(Path output) throws IOException {
		List<QuarterFolder> found = new ArrayList<>();
		if (!Files.isDirectory(output)) {
			return found;
		}
		try (Stream<Path> children = Files.list(output)) {
			for (Path child : children.filter(Files::isDirectory).toList()) {
				String name = child.getFileName().toString();
				if (!QUARTER.matcher(name).matches()) {
					continue;
				}
				Quarter quarter = Quarter.parse(name);
				OutputLayout review = new OutputLayout(output, quarter);
				OptionalInt current = RevisionIndex.current(review);
				OptionalInt stocktake = RevisionIndex.current(new OutputLayout(output, quarter, "stocktake"));
				if (current.isEmpty() && stocktake.isEmpty()) {
					continue;
				}
				List<Integer> revisions = new ArrayList<>();
				for (int r = 1; r <= review.latestPublished().orElse(0); r++) {
					if (review.published(r)) {
						revisions.add(r);
					}
				}
				found.add(new QuarterFolder(quarter, revisions, current.orElse(0), stocktake.orElse(0)));
			}
		}
		found.sort(Comparator.comparing(QuarterFolder::quarter).reversed());
		return found;
	}

	boolean reviewed() {
		return this.current > 0;
	}

	/** A revision's folder, relative to the output folder, with '/' separators. */
	String folder(int revision) {
		return this.quarter + (revision == 1 ? "" : "/revision-" + revision);
	}

	/** The folder of the current stock-take published on its own. */
	String stocktakeFolder() {
		return this.quarter + "/stocktake" + (this.stocktake == 1 ? "" : "/revision-" + this.stocktake);
	}

}
