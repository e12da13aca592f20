package uk.gov.london.planreview.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Publishes a completed revision from its staging folder. The first revision's files are
 * moved into the quarter's folder one by one, the manifest last, so the manifest's
 * presence means the set is complete; a later revision's folder is moved into place in
 * one step. Publishing again after an interruption finishes the job without changing what
 * was already moved.
 */
public final class Publisher {

	private Publisher() {
	}

	/**
	 * @param moved told each file's name (or the revision's folder) as it is moved into
	 * place
	 */
	public static void publish(OutputLayout layout, int revision, Consumer<String> moved) throws IOException {
		Path staging = layout.stagingDir(revision);
		Path target = layout.publishedDir(revision);
		if (revision > 1) {
			if (Files.isDirectory(staging)) {
				AtomicFiles.move(staging, target);
				moved.accept(layout.baseDir().relativize(target).toString());
			}
			return;
		}
		if (!Files.isDirectory(staging)) {
			return;
		}
		List<Path> files;
		try (Stream<Path> walk = Files.walk(staging)) {
			files = walk.filter(Files::isRegularFile)
				.filter(p -> !p.getFileName().toString().startsWith(AtomicFiles.TEMPORARY_PREFIX))
				.sorted(Comparator.comparing((Path p) -> p.getFileName().toString().equals(OutputLayout.MANIFEST))
					.thenComparing(Comparator.naturalOrder()))
				.toList();
		}
		for (Path file : files) {
			Path destination = target.resolve(staging.relativize(file).toString());
			Files.createDirectories(destination.getParent());
			AtomicFiles.move(file, destination);
			moved.accept(staging.relativize(file).toString().replace('\\', '/'));
		}
		deleteTree(staging);
	}

	/**
	 * Removes a folder and everything in it (a staging folder left by a run that will
	 * start afresh).
	 */
	public static void deleteTree(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
