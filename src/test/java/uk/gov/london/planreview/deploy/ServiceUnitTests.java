package uk.gov.london.planreview.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.gov.london.planreview.testing.Project;
import uk.gov.london.planreview.testing.Tools;

/**
 * The systemd service README tells IT to install passes systemd's own check, with the
 * program where the unit says it is.
 */
class ServiceUnitTests {

	@TempDir
	Path root;

	@Test
	void theServicePassesSystemdsVerification() throws Exception {
		Path analyze = Tools.assumeInstalled("systemd-analyze", "apt-get install -y systemd");
		Path program = Files.createDirectories(this.root.resolve("opt"));
		Files.copy(Project.path("run.sh"), program.resolve("run.sh"));
		Path unit = this.root.resolve("plan-review.service");
		Files.writeString(unit, Files.readString(Project.path("docs", "deploy", "plan-review.service"))
			.replace("/opt/plan-review", program.toString()));

		Process verify = new ProcessBuilder(analyze.toString(), "verify", unit.toString()).redirectErrorStream(true)
			.start();
		String said = new String(verify.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(verify.waitFor(1, TimeUnit.MINUTES)).isTrue();

		assertThat(verify.exitValue()).as(said).isZero();
		assertThat(said).as("no warnings").isBlank();
	}

}
