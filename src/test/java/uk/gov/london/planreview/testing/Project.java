package uk.gov.london.planreview.testing;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * The project's own files (input/, templates/, config/, src/test/resources/), found from
 * where the test classes were compiled to, so tests pass whatever the working directory.
 */
public final class Project {

	private static final Path DIR = find();

	private Project() {
	}

	public static Path dir() {
		return DIR;
	}

	public static Path path(String first, String... more) {
		return DIR.resolve(Path.of(first, more));
	}

	/**
	 * Makes a folder into a home for the program, as a fresh installation has it: the
	 * reference data in config/reference/ (settings and templates come packaged).
	 */
	public static Path home(Path folder) throws IOException {
		Path reference = Files.createDirectories(folder.resolve("config").resolve("reference"));
		try (Stream<Path> files = Files.list(path("config", "reference"))) {
			for (Path file : files.toList()) {
				Files.copy(file, reference.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
			}
		}
		return folder;
	}

	private static Path find() {
		try {
			// target/test-classes → the project's folder
			return Path.of(Project.class.getProtectionDomain().getCodeSource().getLocation().toURI())
				.getParent()
				.getParent();
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
