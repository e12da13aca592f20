package uk.gov.london.planreview.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * LibreOffice, headless, as a second opinion on the workbooks the program writes: a file
 * it cannot load is not converted. Tests that use it are skipped, saying why, where it is
 * not installed (.ci/run installs it, so CI always runs them).
 */
public final class LibreOffice {

	private static final long TIMEOUT_SECONDS = 300;

	private LibreOffice() {
	}

	/** Skips the test when soffice is not on the PATH. */
	public static Path assumeInstalled() {
		return Tools.assumeInstalled("soffice", "apt-get install -y libreoffice-calc-nogui");
	}

	/**
	 * Converts each workbook to CSV (its first sheet) in one run of LibreOffice, with a
	 * profile of its own so that no other LibreOffice on the machine interferes.
	 * @return the CSV text of each workbook, in order
	 */
	public static List<String> firstSheetsAsCsv(List<Path> workbooks, Path work)
			throws IOException, InterruptedException {
		Path soffice = assumeInstalled();
		Path out = Files.createDirectories(work.resolve("csv"));
		Path profile = work.resolve("profile");
		List<String> command = new ArrayList<>(
				List.of(soffice.toString(), "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore",
						"--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", out.toString()));
		workbooks.forEach(w -> command.add(w.toString()));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(work.resolve("soffice.log").toFile())
			.start();
		assertThat(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
		String log = Files.readString(work.resolve("soffice.log"));
		List<String> csv = new ArrayList<>();
		for (Path workbook : workbooks) {
			String name = workbook.getFileName().toString();
			Path converted = out.resolve(name.substring(0, name.lastIndexOf('.')) + ".csv");
			assertThat(converted).as("LibreOffice converted %s (%s)", name, log).isRegularFile();
			csv.add(Files.readString(converted, StandardCharsets.UTF_8));
		}
		return csv;
	}

}
