package uk.gov.london.planreview.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import uk.gov.london.planreview.review.ReviewCommand;
import uk.gov.london.planreview.sample.SampleGenerator;
import uk.gov.london.planreview.review.ReviewRequest;
import uk.gov.london.planreview.schedule.ScheduledReviews;

/**
 * Reads the command line, starts the application for commands that need it, runs the
 * command and turns the result into an exit status and a last line in plain English.
 * Mistakes on the command line are answered before anything starts.
 */
public final class Launcher {

	/** Exit status for a command line that could not be followed. */
	static final int EXIT_USAGE = 2;

	private Launcher() {
	}

	public static int launch(Class<?> application, String[] args) {
		XmlFactories.useJdkDefaults();
		Path home = Path.of(System.getProperty("planreview.home", ".")).toAbsolutePath().normalize();
		PrintStream out = System.out;
		PrintStream err = System.err;
		Options options;
		try {
			options = OptionsParser.parse(args, home, LocalDate.now(ZoneId.of("Europe/London")));
		}
		catch (OptionsParser.UsageException ex) {
			err.println("plan-review: " + ex.getMessage());
			err.println("Run ./run.sh --help to see the options.");
			return EXIT_USAGE;
		}
		if (options.command() == Command.HELP) {
			out.print(OptionsParser.usage());
			return 0;
		}
		if (options.command() == Command.SAMPLE) {
			return sample(options, out, err);
		}
		ConfigurableApplicationContext context;
		try {
			context = start(application, home);
		}
		catch (RuntimeException ex) {
			err.println("plan-review could not start: " + StartupProblem.explain(ex));
			return 1;
		}
		try (context) {
			ReviewCommand.Outcome outcome = run(context, options);
			(outcome.exitCode() == 0 ? out : err).println(outcome.message());
			return outcome.exitCode();
		}
		catch (Exception ex) {
			err.println("plan-review stopped: " + StartupProblem.explain(ex));
			return 1;
		}
	}

	/**
	 * Writes the sample input: it needs no database, so the application is not started.
	 */
	private static int sample(Options options, PrintStream out, PrintStream err) {
		try {
			long started = System.nanoTime();
			SampleGenerator.Summary summary = SampleGenerator.generate(options.output(), options.scale());
			out.printf("Wrote %d plans covering %d authorities and the stock-take responses to %s in %.1f s.%n",
					summary.plans(), summary.authorities(), options.output(), (System.nanoTime() - started) / 1e9);
			if (summary.authoritiesFile() != null) {
				out.println("The plans beyond London need their own authorities: run with -Dplanreview.reference-dir="
						+ summary.authoritiesFile().getParent());
			}
			return 0;
		}
		catch (IOException | RuntimeException ex) {
			err.println("plan-review could not write the sample: " + StartupProblem.explain(ex));
			return 1;
		}
	}

	/**
	 * Starts the application for a home folder: its config/application.yml applies
	 * wherever the command is run from, and its data/ holds the database.
	 */
	public static ConfigurableApplicationContext start(Class<?> application, Path home) {
		SpringApplication spring = new SpringApplication(application);
		spring.setWebApplicationType(WebApplicationType.NONE);
		spring.setDefaultProperties(Map.of("planreview.home", home.toString(), "spring.config.additional-location",
				"optional:file:" + home.resolve("config") + "/"));
		return spring.run();
	}

	private static ReviewCommand.Outcome scheduled(ConfigurableApplicationContext context, Options options)
			throws Exception {
		Clock clock = Clock.system(ZoneId.of("Europe/London"));
		int status = context.getBean(ScheduledReviews.class)
			.run(options.input(), options.output(), clock, ScheduledReviews.sleeping(clock), -1);
		return new ReviewCommand.Outcome(status, "The schedule has stopped.");
	}

	private static ReviewCommand.Outcome run(ConfigurableApplicationContext context, Options options) throws Exception {
		return switch (options.command()) {
			case REVIEW -> options.schedule() ? scheduled(context, options)
					: context.getBean(ReviewCommand.class)
						.review(new ReviewRequest(options.input(), options.output(), options.quarter(), options.rerun(),
								options.documents(), options.reviewDate()));
			case STOCKTAKE -> context.getBean(ReviewCommand.class)
				.stocktake(new ReviewRequest(options.input(), options.output(), options.quarter(), options.rerun(),
						options.documents(), options.reviewDate()));
			case CHECK -> new ReviewCommand.Outcome(0,
					"plan-review is ready: settings, reference data and database are in order.");
			default -> throw new IllegalStateException("No Spring run for " + options.command());
		};
	}

}
