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

import uk.gov.london.planreview.PlanReviewApplication;
import uk.gov.london.planreview.testing.TestDatabase;

/**
 * plan-review in a process of its own, started as run.sh starts it, so a test can kill it
 * the way a power cut would ({@code kill -9}) and run it again, or leave it running
 * beside others.
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
		Process process = start(home, databaseUrl, args);
		List<String> output = new ArrayList<>();
		boolean killed = readUntil(reader(process), output, killWhen);
		if (killed) {
			process.destroyForcibly();
		}
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("plan-review did not finish: " + output);
		}
		return new AppProcess(killed ? -1 : process.exitValue(), output);
	}

	/**
	 * An application left running; {@link #stop()} stops it as a service manager would.
	 */
	record Running(Process process, BufferedReader reader, List<String> output) {

		/** Sends SIGTERM, and returns all it printed once it has stopped. */
		List<String> stop() throws IOException, InterruptedException {
			this.process.toHandle().destroy();
			for (String line = this.reader.readLine(); line != null; line = this.reader.readLine()) {
				this.output.add(line);
			}
			this.process.waitFor(1, TimeUnit.MINUTES);
			return this.output;
		}

	}

	/**
	 * Starts the application and leaves it running once it has printed a line that
	 * {@code ready} accepts.
	 */
	static Running background(Path home, String databaseUrl, Predicate<String> ready, String... args)
			throws IOException {
		Process process = start(home, databaseUrl, args);
		BufferedReader reader = reader(process);
		List<String> output = new ArrayList<>();
		if (!readUntil(reader, output, ready)) {
			throw new IllegalStateException("plan-review ended before it was ready: " + output);
		}
		return new Running(process, reader, output);
	}

	private static Process start(Path home, String databaseUrl, String... args) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add("-Dplanreview.home=" + home);
		command.add("-Dspring.datasource.url=" + databaseUrl);
		if (databaseUrl.startsWith("jdbc:postgresql:")) {
			command.add("-Dspring.datasource.username=postgres");
			command.add("-Dspring.datasource.password=postgres");
		}
		command.add(PlanReviewApplication.class.getName());
		command.addAll(List.of(args));
		return new ProcessBuilder(command).redirectErrorStream(true).start();
	}

	private static BufferedReader reader(Process process) {
		return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
	}

	/** Reads lines; true when one was accepted before the output ended. */
	private static boolean readUntil(BufferedReader reader, List<String> output, Predicate<String> accept)
			throws IOException {
		for (String line = reader.readLine(); line != null; line = reader.readLine()) {
			output.add(line);
			if (accept.test(line)) {
				return true;
			}
		}
		return false;
	}

}
