package uk.gov.london.planreview.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import picocli.CommandLine;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import uk.gov.london.planreview.xml.XmlFactories;

/**
 * Reads the command line ({@link Commands}) and runs what it asks for, turning the result
 * into an exit status and a last line in plain English. Mistakes on the command line are
 * answered before the application starts.
 */
public final class Launcher {

	/** Exit status for a command line that could not be followed. */
	static final int EXIT_USAGE = CommandLine.ExitCode.USAGE;

	private Launcher() {
	}

	public static int launch(Class<?> application, String[] args) {
		XmlFactories.useJdkDefaults();
		Path home = Path.of(System.getProperty("planreview.home", ".")).toAbsolutePath().normalize();
		return commandLine(new Application(application, home), LocalDate.now(ZoneId.of("Europe/London"))).execute(args);
	}

	/**
	 * Starts the application for a home folder: its config/application.yml applies
	 * wherever the command is run from, and its data/ holds the database.
	 */
	public static ConfigurableApplicationContext start(Class<?> application, Path home) {
		keepPrivate(home.resolve("data"), System.err);
		SpringApplication spring = new SpringApplication(application);
		spring.setWebApplicationType(WebApplicationType.NONE);
		spring.setDefaultProperties(Map.of("planreview.home", home.toString(), "spring.config.additional-location",
				"optional:file:" + home.resolve("config") + "/"));
		return spring.run();
	}

	/**
	 * data/ holds the database (every lead's and signatory's name) and the log: only the
	 * account that runs the review may open it. Published outputs follow the umask.
	 */
	static void keepPrivate(Path data, PrintStream err) {
		try {
			Files.createDirectories(data);
			Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
		}
		catch (UnsupportedOperationException ex) {
			// Not a POSIX file system: its own access rules apply.
		}
		catch (IOException ex) {
			// The review can still run (a folder it cannot create fails later, naming
			// it); the person running it is told that the names in it may be readable by
			// others.
			err.println("plan-review: could not make " + data + " private to this account (" + ex.getMessage()
					+ "); other accounts may be able to read the names it holds. "
					+ "Ask whoever manages the server to restrict it to this account.");
		}
	}

	/**
	 * The command line for an application in a home folder, with today's date for the
	 * defaults.
	 */
	static CommandLine commandLine(Application application, LocalDate today) {
		CommandLine cli = new CommandLine(new Commands.Review(application, today));
		cli.addSubcommand("review", new Commands.Review(application, today));
		cli.addSubcommand("stocktake", new Commands.Stocktake(application, today));
		cli.addSubcommand("template", new Commands.Template(application, today));
		cli.addSubcommand("check", new Commands.Check(application));
		cli.addSubcommand("move-history", new Commands.MoveHistory(application));
		cli.setParameterExceptionHandler((ex, args) -> {
			PrintWriter err = ex.getCommandLine().getErr();
			err.println("plan-review: " + ex.getMessage());
			err.println("Run ./run.sh --help to see the options.");
			return EXIT_USAGE;
		});
		cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
			commandLine.getErr().println("plan-review stopped: " + StartupProblem.explain(ex));
			return 1;
		});
		return cli;
	}

}
