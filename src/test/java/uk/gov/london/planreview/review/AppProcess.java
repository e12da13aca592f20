package uk.gov.london.planreview.review;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import uk.gov.london.planreview.testing.TestDatabase;
import uk.gov.london.planreview.PlanReviewApplication;

/**
 * plan-review in a process of its own, started as run.sh starts it, so a test can kill it
 * the way a power cut would ({@code kill -9}) and run it again.
 *
 * @param exitCode the exit status, or -1 when the test killed it
 * @param output what it printed on standard output and error
 */
record AppProcess(int exitCode, List<String> output) {

	/**
	 * Runs the application to the end, or kills it as soon as it prints a line that
	 * {@code killWhen} accepts.
	 */
	static AppProcess run(Path home, String databaseUrl, Predicate<String> killWhen, String... args)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add("-Dplanreview.home=" + home);
		command.add("-Dspring.datasource.url=" + databaseUrl);
		if (TestDatabase.postgresql()) {
			command.add("-Dspring.datasource.username=postgres");
			command.add("-Dspring.datasource.password=postgres");
		}
		command.add(PlanReviewApplication.class.getName());
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		List<String> output = new ArrayList<>();
		boolean killed = false;
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				output.add(line);
				if (killWhen.test(line)) {
					process.destroyForcibly();
					killed = true;
					break;
				}
			}
		}
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("plan-review did not finish: " + output);
		}
		return new AppProcess(killed ? -1 : process.exitValue(), output);
	}

}
