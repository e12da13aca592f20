package uk.gov.london.planreview.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import uk.gov.london.planreview.archive.Manifest;
import uk.gov.london.planreview.ingest.Fixtures;
import uk.gov.london.planreview.testing.Project;
import uk.gov.london.planreview.testing.TestDatabase;

/**
 * A run killed mid-way (kill -9) and run again resumes from the step it died in and
 * publishes exactly what an uninterrupted run publishes; nothing half-written is ever
 * left under a final name.
 */
class RestartJobTests {

	static final String[] AUTHORITIES = { "Barnet", "Brent", "Camden", "Ealing", "Enfield", "Hackney", "Harrow",
			"Lambeth", "Newham" };

	@TempDir
	static Path work;

	static Path input;

	static String databaseUrl;

	@BeforeAll
	static void input() throws IOException {
		Project.home(work);
		input = work.resolve("input");
		for (String authority : AUTHORITIES) {
			Fixtures.plan(input, authority + ".xlsx", authority);
		}
		databaseUrl = TestDatabase.url(work);
	}

	/**
	 * Killed once the first document is rendered: the step the process dies in has run
	 * half-way (FaultInjectionJobTests stops runs at every other point, in the same
	 * process).
	 */
	@ParameterizedTest(name = "killed at \"{0}\"")
	@ValueSource(strings = "Rendered documents 1/")
	void killedRunResumesAndPublishesWhatAnUninterruptedRunPublishes(String killAt) throws Exception {
		Path output = work.resolve("killed-" + killAt.replaceAll("\\W", ""));
		Path quarterDir = output.resolve("2026-Q3");
		String[] args = { "--input", input.toString(), "--output", output.toString(), "--quarter", "2026-Q3", "--date",
				"2026-11-25" };

		AppProcess killed = AppProcess.run(work, databaseUrl, line -> line.startsWith(killAt), args);
		assertThat(killed.exitCode()).as("%s", killed.output()).isEqualTo(-1);
		assertThat(quarterDir.resolve("manifest.json")).doesNotExist();
		assertThat(publishedFiles(quarterDir)).as("nothing published by the killed run").isEmpty();

		AppProcess resumed = AppProcess.run(work, databaseUrl, line -> false, args);
		assertThat(resumed.exitCode()).as("%s", resumed.output()).isZero();
		assertThat(resumed.output()).anyMatch(line -> line.startsWith("Resuming the interrupted review of 2026-Q3"));

		Path reference = work.resolve("uninterrupted-" + killAt.replaceAll("\\W", ""));
		AppProcess uninterrupted = AppProcess.run(work, databaseUrl, line -> false, "--input", input.toString(),
				"--output", reference.toString(), "--quarter", "2026-Q3", "--date", "2026-11-25");
		assertThat(uninterrupted.exitCode()).as("%s", uninterrupted.output()).isZero();

		Manifest afterRestart = Manifest.read(quarterDir.resolve("manifest.json"));
		Manifest expected = Manifest.read(reference.resolve("2026-Q3/manifest.json"));
		assertThat(afterRestart.outputs()).isEqualTo(expected.outputs());
		assertThat(afterRestart.outputs()).extracting(Manifest.Entry::name).contains("review.pdf", "actions.csv");
		try (Stream<Path> files = Files.walk(quarterDir)) {
			assertThat(files.map(p -> p.getFileName().toString()))
				.noneMatch(name -> name.startsWith(".tmp-") || name.startsWith(".staging"));
		}
	}

	private static java.util.List<String> publishedFiles(Path quarterDir) throws IOException {
		if (!Files.isDirectory(quarterDir)) {
			return java.util.List.of();
		}
		try (Stream<Path> files = Files.list(quarterDir)) {
			return files.map(p -> p.getFileName().toString()).filter(name -> !name.startsWith(".")).toList();
		}
	}

}
