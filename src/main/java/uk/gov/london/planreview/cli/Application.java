package uk.gov.london.planreview.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.context.ConfigurableApplicationContext;

import uk.gov.london.planreview.review.ReviewCommand;
import uk.gov.london.planreview.review.ReviewRequest;
import uk.gov.london.planreview.schedule.ScheduledReviews;
import uk.gov.london.planreview.templatebook.TemplateCommand;

/**
 * The application in its home folder, started for each command and stopped when the
 * command is done.
 */
final class Application {

	private final Class<?> main;

	private final Path home;

	private final PrintStream out = System.out;

	private final PrintStream err = System.err;

	Application(Class<?> main, Path home) {
		this.main = main;
		this.home = home;
	}

	Path home() {
		return this.home;
	}

	int review(ReviewRequest request) {
		return run(context -> context.getBean(ReviewCommand.class).review(request));
	}

	int stocktake(ReviewRequest request) {
		return run(context -> context.getBean(ReviewCommand.class).stocktake(request));
	}

	int schedule(ReviewRequest request) {
		return run(context -> {
			Clock clock = Clock.system(ZoneId.of("Europe/London"));
			int status = context.getBean(ScheduledReviews.class)
				.run(request.input(), request.output(), request.documents(), clock, ScheduledReviews.sleeping(clock),
						-1);
			return new ReviewCommand.Outcome(status, "The schedule has stopped.");
		});
	}

	int template(String version, String authority, Path output, LocalDate today) {
		return run(context -> {
			TemplateCommand.Result result = context.getBean(TemplateCommand.class)
				.write(version, authority, output, today);
			return new ReviewCommand.Outcome(result.exitCode(), result.message());
		});
	}

	int check() {
		return run(context -> new ReviewCommand.Outcome(0,
				"plan-review is ready: settings, reference data and database are in order."));
	}

	/** What a command does once the application has started. */
	@FunctionalInterface
	private interface Work {

		ReviewCommand.Outcome in(ConfigurableApplicationContext context) throws Exception;

	}

	private int run(Work work) {
		ConfigurableApplicationContext context;
		try {
			context = Launcher.start(this.main, this.home);
		}
		catch (RuntimeException ex) {
			this.err.println("plan-review could not start: " + StartupProblem.explain(ex));
			return 1;
		}
		try (context) {
			ReviewCommand.Outcome outcome = work.in(context);
			(outcome.exitCode() == 0 ? this.out : this.err).println(outcome.message());
			return outcome.exitCode();
		}
		catch (Exception ex) {
			this.err.println("plan-review stopped: " + StartupProblem.explain(ex));
			return 1;
		}
	}

}
