package uk.gov.london.planreview.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.context.ConfigurableApplicationContext;

import uk.gov.london.planreview.history.EmbeddedHistory;
import uk.gov.london.planreview.history.HistoryMove;
import uk.gov.london.planreview.review.ReviewCommand;
import uk.gov.london.planreview.review.ReviewRequest;
import uk.gov.london.planreview.schedule.ScheduleLoop;
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
		return whileSaying(RESUME, () -> run(context -> context.getBean(ReviewCommand.class).review(request)));
	}

	int stocktake(ReviewRequest request) {
		return whileSaying(RESUME, () -> run(context -> context.getBean(ReviewCommand.class).stocktake(request)));
	}

	/**
	 * The schedule: an application is started for each piece of work and stopped after
	 * it, so that nothing is held while it waits.
	 */
	int schedule(ReviewRequest request) {
		Clock clock = Clock.system(ZoneId.of("Europe/London"));
		return whileSaying(SCHEDULE_STOPPED, () -> {
			try {
				return ScheduleLoop.run(this::session, request.input(), request.output(), request.documents(), clock,
						ScheduleLoop.sleeping(clock), -1);
			}
			catch (Exception ex) {
				this.err.println("plan-review stopped: " + StartupProblem.explain(ex));
				return 1;
			}
		});
	}

	/** The application started for one piece of the schedule's work. */
	private ScheduleLoop.Session session() {
		ConfigurableApplicationContext context = Launcher.start(this.main, this.home);
		return new ScheduleLoop.Session() {
			@Override
			public ScheduledReviews reviews() {
				return context.getBean(ScheduledReviews.class);
			}

			@Override
			public void close() {
				context.close();
			}
		};
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

	/**
	 * Moves the history from the embedded H2 database into the configured one (which this
	 * run has brought up to date, as any run would).
	 */
	int moveHistory(Path from) {
		return run(context -> {
			Path file = EmbeddedHistory.file(from);
			DataSource to = context.getBean(DataSource.class);
			String target;
			try (Connection connection = to.getConnection()) {
				target = connection.getMetaData().getURL();
			}
			if (target.startsWith("jdbc:h2:") && target.contains(file.toString().replaceAll("\\.mv\\.db$", ""))) {
				return new ReviewCommand.Outcome(Launcher.EXIT_USAGE, "config/application.yml still names " + file
						+ " as the database: set the new database there first (README: On a server), then move.");
			}
			Optional<DataSource> source = EmbeddedHistory.open(from);
			if (source.isEmpty()) {
				return new ReviewCommand.Outcome(Launcher.EXIT_USAGE,
						"There is no database at " + file + ": nothing to move. Name the one to move with --from.");
			}
			try {
				HistoryMove.Moved moved = HistoryMove.move(source.get(), to, this.out::println);
				return new ReviewCommand.Outcome(0,
						"Moved the history of " + moved.reviews() + " review" + (moved.reviews() == 1 ? "" : "s")
								+ (moved.quarters().isEmpty() ? "" : " (" + String.join(", ", moved.quarters()) + ")")
								+ " from " + file + " into " + target + ". Keep " + file
								+ " until a review has run on the new database.");
			}
			catch (HistoryMove.Refused ex) {
				return new ReviewCommand.Outcome(3, ex.getMessage());
			}
		});
	}

	private static final String RESUME = "plan-review was stopped before it finished: nothing was published "
			+ "by this run. Run the same command again: it resumes from where it stopped.";

	private static final String SCHEDULE_STOPPED = "The schedule was stopped. Start it again with ./run.sh "
			+ "--schedule: a review that fell due meanwhile is done as soon as it starts.";

	/** Work that must finish, or say what to do when it is stopped (SIGTERM, Ctrl-C). */
	@FunctionalInterface
	private interface Stoppable {

		int run();

	}

	/**
	 * Runs the work; if the process is told to stop before it is done (a service stopped,
	 * Ctrl-C), says so, and what to do, on the way out.
	 */
	private int whileSaying(String stopped, Stoppable work) {
		Thread say = new Thread(() -> {
			this.err.println();
			this.err.println(stopped);
		}, "stopped-message");
		Runtime.getRuntime().addShutdownHook(say);
		try {
			return work.run();
		}
		finally {
			try {
				Runtime.getRuntime().removeShutdownHook(say);
			}
			catch (IllegalStateException shuttingDown) {
				// The process is already stopping: the message is on its way.
			}
		}
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
