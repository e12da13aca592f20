package uk.gov.london.planreview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.gov.london.planreview.PlanReviewApplication;
import uk.gov.london.planreview.testing.Project;

/**
 * data/ holds the database, with every lead's and signatory's name, and the log: only the
 * account that runs the review may open it.
 */
class PrivateDataTests {

	@TempDir
	Path home;

	@Test
	void theDataFolderIsPrivateToTheAccountThatRunsTheReview() throws Exception {
		Project.home(this.home);
		Files.createDirectories(this.home.resolve("data"));
		Files.setPosixFilePermissions(this.home.resolve("data"), PosixFilePermissions.fromString("rwxr-xr-x"));

		Launcher.start(PlanReviewApplication.class, this.home).close();

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(this.home.resolve("data"))))
			.isEqualTo("rwx------");
		assertThat(this.home.resolve("data/plan-review.mv.db")).exists();
	}

	/** A data/ that cannot be made private is said so, not passed over in silence. */
	@Test
	void aDataFolderThatCannotBeMadePrivateIsSaidSo() throws Exception {
		Path data = Files.writeString(this.home.resolve("data"), "not a folder");
		ByteArrayOutputStream said = new ByteArrayOutputStream();

		Launcher.keepPrivate(data, new PrintStream(said, true, StandardCharsets.UTF_8));

		assertThat(said.toString(StandardCharsets.UTF_8)).startsWith("plan-review: could not make " + data + " private")
			.contains("other accounts may be able to read the names it holds");
	}

}
