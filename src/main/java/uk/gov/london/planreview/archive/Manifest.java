package uk.gov.london.planreview.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.london.planreview.quarter.Quarter;

/**
 * manifest.json: what a revision of a quarter's review was made from and what it
 * produced, each file with its SHA-256, so anyone can check that an archived report is
 * the one that was circulated.
 *
 * @param revision 1 for the first review of the quarter, 2 and on for reruns
 * @param current whether this is the quarter's current revision when it was published
 * @param supersedes the revision it replaces as current, or null
 * @param runTime when this run started
 * @param reviewDate the date the documents carry
 */
public record Manifest(Quarter quarter, int revision, boolean current, Integer supersedes, Instant runTime,
		LocalDate reviewDate, String programVersion, List<Entry> inputs, List<Entry> outputs) {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(SerializationFeature.INDENT_OUTPUT)
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.build();

	/**
	 * The manifest of a revision being published: it becomes the quarter's current
	 * revision, and replaces the one before it as such.
	 */
	public static Manifest published(Quarter quarter, int revision, Instant runTime, LocalDate reviewDate,
			String programVersion, List<Entry> inputs, List<Entry> outputs) {
		return new Manifest(quarter, revision, true, revision > 1 ? revision - 1 : null, runTime, reviewDate,
				programVersion, inputs, outputs);
	}

	/**
	 * A file and its fingerprint; output names are relative to the revision's folder,
	 * with '/' separators.
	 */
	public record Entry(String name, String sha256) {
	}

	/** Every file under the folder (except the manifest itself), sorted by name. */
	public static List<Entry> outputsOf(Path folder) {
		List<Entry> entries = new ArrayList<>();
		try (Stream<Path> files = Files.walk(folder)) {
			files.filter(Files::isRegularFile)
				.filter(p -> !p.getFileName().toString().equals(OutputLayout.MANIFEST))
				.filter(p -> !p.getFileName().toString().startsWith(AtomicFiles.TEMPORARY_PREFIX))
				.sorted()
				.forEach(p -> entries.add(new Entry(folder.relativize(p).toString().replace('\\', '/'), Sha256.of(p))));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return entries;
	}

	public void write(Path target) throws IOException {
		AtomicFiles.write(target, out -> out.write(JSON.writeValueAsBytes(this)));
	}

	public static Manifest read(Path file) {
		return JSON.readValue(file.toFile(), Manifest.class);
	}

}
