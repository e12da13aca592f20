package uk.gov.london.planreview.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.london.planreview.quarter.Quarter;

/**
 * {@code <quarter>/revisions.json} (and {@code <quarter>/stocktake/revisions.json}):
 * every published revision of a quarter's review and which one is current. Published
 * revisions never change, so this small index is the one file rewritten when a rerun is
 * published.
 *
 * @param current the current revision
 */
public record RevisionIndex(Quarter quarter, int current, List<Revision> revisions) {

	public static final String FILE = "revisions.json";

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(SerializationFeature.INDENT_OUTPUT)
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.build();

	/**
	 * @param folder the revision's folder relative to the quarter's ("." for the first)
	 * @param manifestSha256 its manifest's fingerprint
	 */
	public record Revision(int revision, String folder, String manifestSha256) {
	}

	/**
	 * Rewrites the index from the revisions published in the quarter's folder; the newest
	 * is current.
	 */
	public static RevisionIndex update(OutputLayout layout) throws IOException {
		List<Revision> revisions = new ArrayList<>();
		int latest = layout.latestPublished().orElse(0);
		for (int revision = 1; revision <= latest; revision++) {
			Path manifest = layout.publishedDir(revision).resolve(OutputLayout.MANIFEST);
			if (Files.isRegularFile(manifest)) {
				String folder = revision == 1 ? "."
						: layout.baseDir().relativize(layout.publishedDir(revision)).toString();
				revisions.add(new Revision(revision, folder, Sha256.of(manifest)));
			}
		}
		RevisionIndex index = new RevisionIndex(layout.quarter(), latest, revisions);
		AtomicFiles.write(layout.baseDir().resolve(FILE), out -> out.write(JSON.writeValueAsBytes(index)));
		return index;
	}

	/**
	 * The revision a quarter's revisions.json names as current, or the only one there is;
	 * none when the quarter has no published revision.
	 */
	public static OptionalInt current(OutputLayout layout) {
		Path index = layout.baseDir().resolve(FILE);
		if (Files.isRegularFile(index)) {
			return OptionalInt.of(read(index).current());
		}
		return layout.published(1) ? OptionalInt.of(1) : OptionalInt.empty();
	}

	public static RevisionIndex read(Path file) {
		return JSON.readValue(file.toFile(), RevisionIndex.class);
	}

}
