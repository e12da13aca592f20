package uk.gov.london.planreview.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import uk.gov.london.planreview.review.Quarter;

/**
 * Reads {@code ./run.sh [command] [options]}. Every mistake is a {@link UsageException}
 * whose message says, in plain English, what was wrong.
 */
public final class OptionsParser {

	private OptionsParser() {
	}

	/** A command line that cannot be followed. */
	public static final class UsageException extends Exception {

		private static final long serialVersionUID = 1L;

		UsageException(String message) {
			super(message);
		}

	}

	/**
	 * @param home the program's folder, against which the default input and output
	 * folders are found
	 * @param today the date that decides the default quarter
	 */
	public static Options parse(String[] args, Path home, LocalDate today) throws UsageException {
		Command command = Command.REVIEW;
		Path input = null;
		Path output = null;
		Quarter quarter = Quarter.containing(today);
		boolean rerun = false;
		boolean documents = true;
		boolean schedule = false;
		int scale = 1;
		LocalDate reviewDate = today;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
			String inline = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
			switch (name) {
				case "review" -> command = first(i, Command.REVIEW, arg);
				case "stocktake" -> command = first(i, Command.STOCKTAKE, arg);
				case "sample" -> command = first(i, Command.SAMPLE, arg);
				case "check" -> command = first(i, Command.CHECK, arg);
				case "-h", "--help", "help" -> command = Command.HELP;
				case "--input" -> {
					input = Path.of(inline != null ? inline : value(args, ++i, name));
				}
				case "--output" -> {
					output = Path.of(inline != null ? inline : value(args, ++i, name));
				}
				case "--quarter" -> {
					String text = inline != null ? inline : value(args, ++i, name);
					try {
						quarter = Quarter.parse(text);
					}
					catch (IllegalArgumentException ex) {
						throw new UsageException(ex.getMessage());
					}
				}
				case "--scale" -> {
					String text = inline != null ? inline : value(args, ++i, name);
					try {
						scale = Integer.parseInt(text);
					}
					catch (NumberFormatException ex) {
						scale = 0;
					}
					if (scale < 1 || scale > 1000) {
						throw new UsageException("--scale takes a whole number from 1 to 1000, not \"" + text + "\".");
					}
				}
				case "--date" -> {
					String text = inline != null ? inline : value(args, ++i, name);
					try {
						reviewDate = LocalDate.parse(text);
					}
					catch (DateTimeParseException ex) {
						throw new UsageException(
								"--date takes a date written YYYY-MM-DD, for example 2026-12-01, not \"" + text
										+ "\".");
					}
				}
				case "--rerun" -> rerun = true;
				case "--no-documents" -> documents = false;
				case "--schedule" -> schedule = true;
				default -> throw new UsageException(arg.startsWith("-") ? "There is no option " + arg + "."
						: "\"" + arg + "\" is not a command; the commands are review, stocktake, sample and check.");
			}
		}
		if (command == Command.HELP) {
			return new Options(Command.HELP, null, null, quarter, false, true, false, 1, reviewDate);
		}
		if (command == Command.SAMPLE && output == null) {
			throw new UsageException("sample needs --output: the folder to write the sample input into.");
		}
		if (schedule && command != Command.REVIEW) {
			throw new UsageException("--schedule runs the quarterly review on its schedule; it does not go with "
					+ command.name().toLowerCase() + ".");
		}
		if (schedule && rerun) {
			throw new UsageException(
					"--schedule and --rerun do not go together: a scheduled run never replaces a published review.");
		}
		return new Options(command, input != null ? input : home.resolve("input"),
				output != null ? output : home.resolve("output"), quarter, rerun, documents, schedule, scale,
				reviewDate);
	}

	private static Command first(int index, Command command, String arg) throws UsageException {
		if (index != 0) {
			throw new UsageException("Put the command \"" + arg + "\" first, before the options.");
		}
		return command;
	}

	private static String value(String[] args, int index, String option) throws UsageException {
		if (index >= args.length || args[index].startsWith("--")) {
			throw new UsageException(option + " needs a value, for example " + example(option) + ".");
		}
		return args[index];
	}

	private static String example(String option) {
		return switch (option) {
			case "--quarter" -> "--quarter 2026-Q3";
			case "--date" -> "--date 2026-12-01";
			case "--scale" -> "--scale 10";
			default -> option + " path/to/folder";
		};
	}

	/** What {@code ./run.sh --help} prints. */
	public static String usage() {
		return """
				plan-review: the quarterly review of London's CSP violence reduction action plans

				Usage:
				  ./run.sh [review] [--input DIR] [--output DIR] [--quarter YYYY-Qn] [--date YYYY-MM-DD]
				                    [--rerun] [--no-documents]
				  ./run.sh --schedule [--input DIR] [--output DIR]
				  ./run.sh stocktake [--input DIR|FILE] [--output DIR] [--quarter YYYY-Qn]
				  ./run.sh sample --output DIR [--scale N]
				  ./run.sh check
				  ./run.sh --help

				Commands:
				  review      Review every plan workbook in the input folder (the default command). Writes
				              review.pdf, feedback/<plan>.pdf, stocktake.pdf, actions.csv, scores.csv,
				              good-practice.csv, findings.csv and manifest.json under OUTPUT/QUARTER/.
				  stocktake   Read only the London Councils stock-take responses (a .csv file, or the .csv
				              files in a folder) and write stocktake.pdf and stocktake-responses.csv.
				  sample      Write the sample input (plans for all 33 authorities and stock-take responses).
				  check       Start, check the settings, reference data and database, and stop.

				Options:
				  --input DIR       Where the plan workbooks (.xlsx, .xlsm, .xls) and stock-take responses
				                    (.csv) are. Default: input/ beside run.sh.
				  --output DIR      Where to write the outputs; each quarter gets its own folder.
				                    Default: output/ beside run.sh.
				  --quarter Q       The quarter under review, as YYYY-Qn (calendar quarters: 2026-Q4 is
				                    October to December 2026). Default: the current quarter.
				  --date D          The date the documents carry, as YYYY-MM-DD. Default: today. The same
				                    inputs reviewed with the same date give identical outputs.
				  --rerun           Review a quarter that has already been reviewed again. Its published
				                    outputs are kept; the new review becomes revision 2 (then 3, ...) in
				                    OUTPUT/QUARTER/revision-N/.
				  --no-documents    Skip the PDF and HTML documents; write only the CSV files and manifest.
				  --schedule        Stay running and review each quarter on the schedule set in
				                    config/application.yml (planreview.schedule.cron).
				  --scale N         For sample: write N times the London sample (N x 33 plans).
				  --help            Show this help.

				Settings (scoring weights, schedule, database) are in config/application.yml; reference data
				(authorities, template versions, mandatory actions, partner categories) in config/reference/.
				An interrupted review resumes where it stopped when the same command is run again.
				""";
	}

}
