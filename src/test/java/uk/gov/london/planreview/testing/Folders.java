package uk.gov.london.planreview.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Folders of inputs copied for a test to change without touching the originals. */
public final class Folders {

	private Folders() {
	}

	/** Copies a folder and everything below it; returns the copy. */
	public static Path copy(Path from, Path to) throws IOException {
		try (Stream<Path> all = Files.walk(from)) {
			for (Path path : all.toList()) {
				Path target = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(path, target);
				}
			}
		}
		return to;
	}

}
