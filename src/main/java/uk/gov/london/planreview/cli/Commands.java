package uk.gov.london.planreview.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import uk.gov.london.planreview.quarter.Quarter;
import uk.gov.london.planreview.review.ReviewRequest;

/**
 * The commands {@code ./run.sh} accepts. Each one checks its options, then starts the
 * application and runs.
 */
final class Commands {

	private Commands() {
	}

	/** Options every review takes: where from, where to, which quarter, dated when. */
	static final class Where {

		@Option(names = "--input", paramLabel = "DIR",
				description = "Where the plan workbooks (.xlsx, .xlsm, .xls) and stock-take responses (.csv) are; "
						+ "sub-folders are read too. Default: input/ beside run.sh.")
		Path input;

		@Option(names = "--output", paramLabel = "DIR",
				description = "Where to write the outputs; each quarter gets its own folder. Default: output/ beside run.sh.")
		Path output;

		@Option(names = "--quarter", paramLabel = "YYYY-Qn", converter = Conversions.QuarterConverter.class,
				description = "The quarter under review (calendar quarters: 2026-Q4 is October to December 2026). "
						+ "Default: the current quarter.")
		Quarter quarter;

		@Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = Conversions.DateConverter.class,
				description = "The date the documents carry. Default: today. The same inputs reviewed with the same "
						+ "date give identical outputs.")
		LocalDate date;

		@Option(names = "--rerun",
				description = "Review a quarter that has already been reviewed again. Its published outputs are kept; "
						+ "the new review becomes revision 2 (then 3, ...) in OUTPUT/QUARTER/revision-N/.")
		boolean rerun;

		@Option(names = "--no-documents", negatable = false,
				description = "Skip the PDF and HTML documents; write only the tables and the manifest.")
		boolean noDocuments;

		@Option(names = "--afresh",
				description = "Start the quarter's review again from the current inputs, setting aside a run that "
						+ "was interrupted instead of resuming it. (A changed input folder or config/ does this "
						+ "by itself.)")
		boolean afresh;

		ReviewRequest request(Path home, LocalDate today, String defaultInput) {
			return new ReviewRequest(this.input != null ? this.input : home.resolve(defaultInput),
					this.output != null ? this.output : home.resolve("output"),
					this.quarter != null ? this.quarter : Quarter.containing(today), this.rerun, !this.noDocuments,
					this.date != null ? this.date : today, this.afresh);
		}

	}

	@Command(name = "./run.sh", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
			usageHelpAutoWidth = true,
			header = "plan-review: the quarterly review of London's CSP violence reduction action plans.",
			synopsisSubcommandLabel = "[review | stocktake | template | check | move-history]",
			description = { "Reviews every plan workbook in the input folder (the default command) and writes "
					+ "review.pdf, feedback/<plan>.pdf, each plan's own workbook with the review's comments "
					+ "(feedback/<plan>-annotated.xlsx), stocktake.pdf, the CSV files, findings.csv and manifest.json "
					+ "under OUTPUT/QUARTER/." },
			footer = { "", "Also:",
					"  ./run.sh sample --output DIR [--scale N]   write the sample input (N times the London sample)",
					"  ./run.sh template [--version YEAR] [--authority NAME] --output DIR   write the plan template",
					"",
					"Settings (scoring weights, schedule, database) are in config/application.yml; reference data in "
							+ "config/reference/; document templates in templates/. An interrupted review resumes where it "
							+ "stopped when the same command is run again.",
					"Exit status: 0 published; 1 the run stopped (it says why); 2 a mistake in the command; 3 the "
							+ "quarter is already published; 4 another run is working on the quarter." })
	static final class Review implements Callable<Integer> {

		private final Application application;

		private final LocalDate today;

		@Mixin
		Where where = new Where();

		@Option(names = "--schedule",
				description = "Stay running and review each quarter when it has ended, on the schedule in "
						+ "config/application.yml (planreview.schedule.cron).")
		boolean schedule;

		@Spec
		CommandSpec spec;

		Review(Application application, LocalDate today) {
			this.application = application;
			this.today = today;
		}

		@Override
		public Integer call() {
			if (this.schedule && this.where.rerun) {
				throw new ParameterException(this.spec.commandLine(),
						"--schedule and --rerun do not go together: a scheduled run never replaces a published review.");
			}
			if (this.schedule && (this.where.quarter != null || this.where.date != null)) {
				throw new ParameterException(this.spec.commandLine(),
						"--schedule chooses the quarter and the date itself; leave out --quarter and --date.");
			}
			ReviewRequest request = this.where.request(this.application.home(), this.today, "input");
			return this.schedule ? this.application.schedule(request) : this.application.review(request);
		}

	}

	@Command(name = "stocktake", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
			usageHelpAutoWidth = true,
			description = "Read only the London Councils stock-take responses (a .csv file, or the .csv files in a "
					+ "folder) and write stocktake.pdf and stocktake-responses.csv under OUTPUT/QUARTER/stocktake/.")
	static final class Stocktake implements Callable<Integer> {

		private final Application application;

		private final LocalDate today;

		@Mixin
		Where where = new Where();

		Stocktake(Application application, LocalDate today) {
			this.application = application;
			this.today = today;
		}

		@Override
		public Integer call() {
			return this.application.stocktake(this.where.request(this.application.home(), this.today, "input"));
		}

	}

	/**
	 * The template for partnerships; {@code --version} here is the template's, so the
	 * program's own version is not offered.
	 */
	@Command(name = "template", sortOptions = false, usageHelpAutoWidth = true,
			description = "Write the plan template as an Excel workbook for partnerships to fill in: a cover sheet "
					+ "with the sign-off block, the action table with the template's mandatory actions, drop-down "
					+ "lists and an instructions sheet. With --authority, filled in with that partnership's plan as "
					+ "last reviewed, so it only has to update progress and RAG ratings.")
	static final class Template implements Callable<Integer> {

		private final Application application;

		private final LocalDate today;

		@Option(names = "--version", paramLabel = "YEAR",
				description = "The template version (2017, 2021, 2023, as config/reference/template-versions.csv "
						+ "lists them). Default: the newest.")
		String version;

		@Option(names = "--authority", paramLabel = "NAME",
				description = "Fill the template in with this partnership's plan from its last review "
						+ "(for example Camden; a joint partnership by either authority).")
		String authority;

		@Option(names = "--output", paramLabel = "DIR", required = true,
				description = "The folder to write the workbook into.")
		Path output;

		@Option(names = { "-h", "--help" }, usageHelp = true, description = "Show this help message and exit.")
		boolean help;

		Template(Application application, LocalDate today) {
			this.application = application;
			this.today = today;
		}

		@Override
		public Integer call() {
			return this.application.template(this.version, this.authority, this.output, this.today);
		}

	}

	@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
			description = "Start, check the settings, reference data and database, and stop.")
	static final class Check implements Callable<Integer> {

		private final Application application;

		Check(Application application) {
			this.application = application;
		}

		@Override
		public Integer call() {
			return this.application.check();
		}

	}

	@Command(name = "move-history", mixinStandardHelpOptions = true, versionProvider = Version.class,
			usageHelpAutoWidth = true,
			description = "Move the history of every review (scores, actions and RAG ratings by quarter, and the "
					+ "runs themselves) from the embedded H2 database into the database config/application.yml "
					+ "names, which must hold none yet: how a server moves to PostgreSQL. The H2 file is only read.")
	static final class MoveHistory implements Callable<Integer> {

		private final Application application;

		@Option(names = "--from", paramLabel = "FILE",
				description = "The H2 database to move from. Default: data/plan-review.mv.db.")
		Path from;

		MoveHistory(Application application) {
			this.application = application;
		}

		@Override
		public Integer call() {
			return this.application.moveHistory(
					this.from != null ? this.from : this.application.home().resolve("data").resolve("plan-review"));
		}

	}

}
