package uk.gov.london.planreview.review;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import uk.gov.london.planreview.archive.OutputLayout;
import uk.gov.london.planreview.quarter.Quarter;

/**
 * One run of the quarterly review, as its job parameters describe it. Quarter, input,
 * output and revision identify the run (running them again restarts it); the run date and
 * whether to render documents do not.
 *
 * @param runId the Spring Batch job instance, which keys the run's rows in the project's
 * tables
 * @param runDate the date documents carry (the start of the review date in London); a
 * restarted run keeps its first start's, so it produces the same documents as an
 * uninterrupted one
 */
public record ReviewRun(long runId, Quarter quarter, Path input, Path output, int revision, Instant runDate,
		boolean documents, String part) {

	static final String QUARTER = "quarter";

	static final String INPUT = "input";

	static final String OUTPUT = "output";

	static final String REVISION = "revision";

	static final String RUN_DATE = "runDate";

	static final String DOCUMENTS = "documents";

	static final String ATTEMPT = "attempt";

	/**
	 * @param attempt how many reviews of the same quarter, input, output and revision
	 * completed before and have since had their outputs removed (0 almost always): a new
	 * attempt is a new job instance
	 */
	public static JobParameters parameters(Quarter quarter, Path input, Path output, int revision, int attempt,
			Instant runDate, boolean documents) {
		return new JobParametersBuilder().addString(QUARTER, quarter.toString())
			.addString(INPUT, input.toAbsolutePath().normalize().toString())
			.addString(OUTPUT, output.toAbsolutePath().normalize().toString())
			.addLong(REVISION, (long) revision)
			.addLong(ATTEMPT, (long) attempt)
			.addString(RUN_DATE, runDate.toString(), false)
			.addString(DOCUMENTS, Boolean.toString(documents), false)
			.toJobParameters();
	}

	public static ReviewRun of(JobExecution execution) {
		JobParameters p = execution.getJobParameters();
		return new ReviewRun(execution.getJobInstance().getInstanceId(), Quarter.parse(p.getString(QUARTER)),
				Path.of(p.getString(INPUT)), Path.of(p.getString(OUTPUT)), p.getLong(REVISION).intValue(),
				Instant.parse(p.getString(RUN_DATE)), Boolean.parseBoolean(p.getString(DOCUMENTS)),
				Jobs.part(execution.getJobInstance().getJobName()));
	}

	/**
	 * Where this run publishes: the quarter's folder, or its stocktake/ folder for the
	 * stock-take on its own.
	 */
	public OutputLayout layout() {
		return new OutputLayout(this.output, this.quarter, this.part);
	}

	/**
	 * An input file by name: in the input folder, or the input itself when a single file
	 * was given.
	 */
	public Path inputFile(String name) {
		return Files.isRegularFile(this.input) ? this.input : this.input.resolve(name);
	}

	/** The folder this run writes into until it is complete. */
	public Path staging() {
		return layout().stagingDir(this.revision);
	}

}
