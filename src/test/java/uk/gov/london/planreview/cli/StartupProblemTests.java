package uk.gov.london.planreview.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.gov.london.planreview.PlanReviewApplication;
import uk.gov.london.planreview.testing.Project;

/**
 * Settings and reference data a reviewer got wrong: the program does not start, and says
 * in a line where the mistake is and what to do, instead of a stack trace.
 */
class StartupProblemTests {

	@TempDir
	Path home;

	@BeforeEach
	void install() throws IOException {
		Project.home(this.home);
	}

	String startWith(String settings) throws IOException {
		Files.writeString(this.home.resolve("config/application.yml"), settings);
		Throwable failure = catchThrowable(() -> Launcher.start(PlanReviewApplication.class, this.home).close());
		assertThat(failure).as("the program should not start").isNotNull();
		return StartupProblem.explain(failure);
	}

	@Test
	void aWordWhereANumberIsNeededNamesTheFileLineAndSetting() throws IOException {
		assertThat(startWith("planreview:\n  scoring:\n    fields:\n      outcome: three\n"))
			.isEqualTo("config/application.yml, line 4: planreview.scoring.fields.outcome is \"three\", which it "
					+ "cannot be (a number is needed). Correct it as the comment above it in config/application.yml says.");
	}

	@Test
	void aYamlMistakeNamesTheFileAndLine() throws IOException {
		assertThat(startWith("planreview:\n  scoring:\n    fields:\n      outcome: 3\n    overall: [1,\n"))
			.startsWith("config/application.yml, line 6: the settings file is not written correctly")
			.doesNotContain("\n");
	}

	@Test
	void referenceDataProblemsAreListedOneToALine() throws IOException {
		Files.writeString(this.home.resolve("config/reference/authorities.csv"),
				Files.readString(this.home.resolve("config/reference/authorities.csv"))
						+ "E09000007,Newtown,,\nE09000098,Camden,,\n");

		String message = startWith("planreview:\n  progress: false\n");

		assertThat(message.lines()).hasSize(3)
			.first()
			.isEqualTo("the reference data in config/reference/ has 2 problems to put right first:");
	}

}
