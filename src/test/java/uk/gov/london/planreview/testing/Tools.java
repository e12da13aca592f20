package uk.gov.london.planreview.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Programs of the machine that some tests use as a second opinion (LibreOffice, qpdf,
 * systemd-analyze). Where one is missing the test is skipped, saying what to install;
 * .ci/run installs them, so CI always runs those tests.
 */
public final class Tools {

	private Tools() {
	}

	/** The program on the PATH, or the test skipped with what to install. */
	public static Path assumeInstalled(String program, String install) {
		Optional<Path> found = onPath(program);
		assumeTrue(found.isPresent(), program + " is not installed, so this check was not made: " + install);
		return found.get();
	}

	private static Optional<Path> onPath(String program) {
		for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			Path candidate = Path.of(dir, program);
			if (Files.isExecutable(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

}
