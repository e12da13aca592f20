package uk.gov.london.planreview.review;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import uk.gov.london.planreview.archive.Manifest;
import uk.gov.london.planreview.archive.OutputLayout;
import uk.gov.london.planreview.archive.Publisher;
import uk.gov.london.planreview.archive.RevisionIndex;
import uk.gov.london.planreview.archive.Sha256;
import uk.gov.london.planreview.authority.AuthorityDirectory;
import uk.gov.london.planreview.export.TableExport;
import uk.gov.london.planreview.finding.Finding;
import uk.gov.london.planreview.finding.FindingStore;
import uk.gov.london.planreview.history.MovementStore;
import uk.gov.london.planreview.history.PlanComparison;
import uk.gov.london.planreview.goodpractice.GoodPracticeExport;
import uk.gov.london.planreview.goodpractice.GoodPracticeReview;
import uk.gov.london.planreview.ingest.InputFolder;
import uk.gov.london.planreview.ingest.PlanWorkbookReader;
import uk.gov.london.planreview.ingest.ReceivedWorkbook;
import uk.gov.london.planreview.ingest.SubmissionConsolidator;
import uk.gov.london.planreview.ingest.SubmissionStatus;
import uk.gov.london.planreview.ingest.SubmissionStore;
import uk.gov.london.planreview.ingest.WorkbookListReader;
import uk.gov.london.planreview.report.FeedbackReport;
import uk.gov.london.planreview.report.ReviewData;
import uk.gov.london.planreview.report.ReviewDataLoader;
import uk.gov.london.planreview.report.DocumentRendering;
import uk.gov.london.planreview.report.PlanView;
import uk.gov.london.planreview.report.ReviewReport;
import uk.gov.london.planreview.report.StocktakeReport;
import uk.gov.london.planreview.review.ReviewRunStore.RecordedInput;
import uk.gov.london.planreview.scoring.PlanScore;
import uk.gov.london.planreview.stocktake.StocktakeReading;
import uk.gov.london.planreview.stocktake.StocktakeService;
import uk.gov.london.planreview.scoring.PlanScorer;
import uk.gov.london.planreview.scoring.ScoreStore;
import uk.gov.london.planreview.template.TemplateCatalogue;

/**
 * The quarterly review: one Spring Batch job, its steps in the order they run. Each step
 * keeps what it produces in the database or the run's staging folder, so a run that dies
 * restarts from the step that failed; nothing is published until the last step.
 */
@Configuration(proxyBeanMethods = false)
class QuarterlyReviewJobConfiguration {

	static final String JOB_NAME = Jobs.QUARTERLY_REVIEW;

	/**
	 * Workbooks read per transaction: enough to keep every core busy, few enough that a
	 * restart repeats little.
	 */
	private static final int READ_CHUNK = 8;

	@Bean
	Job quarterlyReview(JobRepository jobRepository, Step prepareRun, Step readPlans, Step consolidatePlans,
			Step readStocktake, Step scorePlans, Step compareWithLastQuarter, Step findGoodPractice, Step writeTables,
			Step renderDocuments, Step publish, RunTimings timings) {
		return new JobBuilder(JOB_NAME, jobRepository).listener(timings)
			.start(prepareRun)
			.next(readPlans)
			.next(consolidatePlans)
			.next(readStocktake)
			.next(scorePlans)
			.next(compareWithLastQuarter)
			.next(findGoodPractice)
			.next(writeTables)
			.next(renderDocuments)
			.next(publish)
			.build();
	}

	/**
	 * Records the run and the input files it will review, and clears any staging left by
	 * an abandoned run.
	 */
	@Bean
	Step prepareRun(JobRepository jobRepository, PlatformTransactionManager transactions, ReviewRunStore runs,
			FindingStore findings, Progress progress) {
		return new StepBuilder("prepareRun", jobRepository).tasklet((contribution, chunk) -> {
			ReviewRun run = run(chunk);
			progress.say("Reviewing " + run.quarter() + " from " + run.input() + " into "
					+ run.layout().publishedDir(run.revision()));
			runs.begin(run);
			findings.clear(run.runId(), "prepareRun");
			List<Finding> ignored = new ArrayList<>();
			for (InputFolder.InputFile file : InputFolder.list(run.input())) {
				runs.recordInput(run.runId(), new RecordedInput(file.name(), file.kind(), Sha256.of(file.path())));
				if (file.kind() == InputFolder.Kind.OTHER) {
					ignored.add(InputFolder.ignored(file));
				}
			}
			findings.add(run.runId(), "prepareRun", ignored);
			Publisher.deleteTree(run.staging());
			Files.createDirectories(run.staging());
			return RepeatStatus.FINISHED;
		}, transactions).build();
	}

	/**
	 * Reads the workbooks, several at once (one per core): each is independent, and a
	 * chunk is still written, and committed, in file order.
	 */
	@Bean
	Step readPlans(JobRepository jobRepository, PlatformTransactionManager transactions,
			WorkbookListReader workbookReader, ItemProcessor<Path, ReceivedWorkbook> planReader,
			ItemWriter<ReceivedWorkbook> submissionWriter, ThreadPoolTaskExecutor readingThreads) {
		return new StepBuilder("readPlans", jobRepository).<Path, ReceivedWorkbook>chunk(READ_CHUNK)
			.transactionManager(transactions)
			.reader(workbookReader)
			.processor(planReader)
			.writer(submissionWriter)
			.taskExecutor(readingThreads)
			.build();
	}

	@Bean
	ThreadPoolTaskExecutor readingThreads(@Value("${planreview.read.threads:0}") int threads) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(threads > 0 ? threads : Runtime.getRuntime().availableProcessors());
		executor.setThreadNamePrefix("plan-reader-");
		executor.setDaemon(true);
		return executor;
	}

	@Bean
	@StepScope
	WorkbookListReader workbookReader(@Value("#{stepExecution}") StepExecution stepExecution, ReviewRunStore runs,
			Progress progress) {
		ReviewRun run = ReviewRun.of(stepExecution.getJobExecution());
		List<Path> workbooks = runs.inputs(run.runId())
			.stream()
			.filter(input -> input.kind() == InputFolder.Kind.WORKBOOK)
			.map(input -> run.inputFile(input.name()))
			.toList();
		return new WorkbookListReader(workbooks, (position, path) -> progress.count("Reading plans", position,
				workbooks.size(), path.getFileName().toString()));
	}

	@Bean
	@StepScope
	ItemProcessor<Path, ReceivedWorkbook> planReader(@Value("#{stepExecution}") StepExecution stepExecution,
			ReviewRunStore runs, PlanWorkbookReader reader) {
		List<RecordedInput> inputs = runs.inputs(ReviewRun.of(stepExecution.getJobExecution()).runId());
		return path -> {
			String name = path.getFileName().toString();
			String sha = inputs.stream()
				.filter(i -> i.name().equals(name))
				.map(RecordedInput::sha256)
				.findFirst()
				.orElseThrow();
			return new ReceivedWorkbook(sha, reader.read(path));
		};
	}

	@Bean
	@StepScope
	ItemWriter<ReceivedWorkbook> submissionWriter(@Value("#{stepExecution}") StepExecution stepExecution,
			SubmissionStore submissions, FindingStore findings) {
		long runId = ReviewRun.of(stepExecution.getJobExecution()).runId();
		return chunk -> {
			for (ReceivedWorkbook received : chunk) {
				submissions.save(runId, received);
				findings.add(runId, "readPlans", received.reading().findings());
			}
		};
	}

	/**
	 * Settles duplicate submissions (the later one stands) and lists authorities with no
	 * plan.
	 */
	@Bean
	Step consolidatePlans(JobRepository jobRepository, PlatformTransactionManager transactions,
			SubmissionStore submissions, FindingStore findings, AuthorityDirectory authorities) {
		return new StepBuilder("consolidatePlans", jobRepository).tasklet((contribution, chunk) -> {
			long runId = run(chunk).runId();
			SubmissionConsolidator.Outcome outcome = SubmissionConsolidator.consolidate(submissions.submissions(runId),
					authorities.all());
			outcome.superseded()
				.forEach(s -> submissions.setStatus(runId, s.sourceFile(), SubmissionStatus.SUPERSEDED, s.reason()));
			findings.add(runId, "consolidatePlans", outcome.findings());
			return RepeatStatus.FINISHED;
		}, transactions).build();
	}

	/**
	 * Reads the London Councils stock-take responses among the inputs, if there are any.
	 */
	@Bean
	Step readStocktake(JobRepository jobRepository, PlatformTransactionManager transactions, StocktakeSteps stocktake,
			Progress progress) {
		return new StepBuilder("readStocktake", jobRepository).tasklet((contribution, chunk) -> {
			StocktakeReading reading = stocktake.readAndRecord(run(chunk));
			if (!reading.responses().isEmpty()) {
				progress.say("Read stock-take responses from " + reading.responses().size() + " authorities");
			}
			return RepeatStatus.FINISHED;
		}, transactions).build();
	}

	@Bean
	Step scorePlans(JobRepository jobRepository, PlatformTransactionManager transactions, SubmissionStore submissions,
			ScoreStore scores, PlanScorer scorer, TemplateCatalogue catalogue, Progress progress) {
		return new StepBuilder("scorePlans", jobRepository).tasklet((contribution, chunk) -> {
			long runId = run(chunk).runId();
			progress.say("Scoring plans");
			List<PlanScore> scored = new ArrayList<>();
			submissions.forEachAcceptedPlan(runId,
					plan -> scored.add(scorer.score(plan, catalogue.version(plan.templateVersion()).orElseThrow())));
			scores.clear(runId);
			scores.save(runId, PlanScorer.rank(scored));
			return RepeatStatus.FINISHED;
		}, transactions).build();
	}

	/**
	 * Compares each plan with its review last quarter: scores then and now, each action's
	 * RAG movement.
	 */
	@Bean
	Step compareWithLastQuarter(JobRepository jobRepository, PlatformTransactionManager transactions,
			SubmissionStore submissions, ScoreStore scores, MovementStore movements, Progress progress) {
		return new StepBuilder("compareWithLastQuarter", jobRepository).tasklet((contribution, chunk) -> {
			ReviewRun run = run(chunk);
			String previousQuarter = run.quarter().previous().toString();
			movements.clear(run.runId());
			Optional<Long> previousRun = movements.latestCompletedRun(previousQuarter);
			if (previousRun.isEmpty()) {
				progress.say("No review of " + previousQuarter + " to compare with");
				return RepeatStatus.FINISHED;
			}
			progress.say("Comparing with " + previousQuarter);
			long previousId = previousRun.get();
			Map<String, PlanScore> previousScores = new HashMap<>();
			scores.scores(previousId).forEach(s -> previousScores.put(s.planId(), s));
			Map<String, SubmissionStore.Submission> previousPlans = new HashMap<>();
			submissions.submissions(previousId)
				.stream()
				.filter(s -> s.status() == SubmissionStatus.ACCEPTED)
				.forEach(s -> previousPlans.put(s.planId(), s));
			submissions.forEachAcceptedPlan(run.runId(), plan -> {
				SubmissionStore.Submission before = previousPlans.get(plan.planId());
				if (before != null && previousScores.containsKey(plan.planId())) {
					movements.save(run.runId(), PlanComparison.compare(submissions.plan(previousId, before),
							previousScores.get(plan.planId()), previousId, previousQuarter, plan));
				}
			});
			return RepeatStatus.FINISHED;
		}, transactions).build();
	}

	/**
	 * Good practice in the plans, and the basket of offers for each plan's weak areas.
	 */
	@Bean
	Step findGoodPractice(JobRepository jobRepository, PlatformTransactionManager transactions,
			GoodPracticeReview goodPractice, Progress progress) {
		return new StepBuilder("findGoodPractice", jobRepository).tasklet((contribution, chunk) -> {
			progress.say("Finding good practice and linking up");
			goodPractice.review(run(chunk).runId());
			return RepeatStatus.FINISHED;
		}, transactions).build();
	}

	@Bean
	Step writeTables(JobRepository jobRepository, PlatformTransactionManager transactions, TableExport tables,
			StocktakeSteps stocktakeSteps, StocktakeService stocktake, GoodPracticeExport goodPractice,
			Progress progress) {
		return new StepBuilder("writeTables", jobRepository).tasklet((contribution, chunk) -> {
			ReviewRun run = run(chunk);
			progress.say("Writing actions.csv, scores.csv, movement.csv, good-practice.csv and linking-up.csv");
			tables.writeActions(run.runId(), run.staging().resolve("actions.csv"));
			tables.writeScores(run.runId(), run.staging().resolve("scores.csv"));
			tables.writeMovement(run.runId(), run.staging().resolve("movement.csv"));
			goodPractice.writeGoodPractice(run.runId(), run.staging().resolve("good-practice.csv"));
			goodPractice.writeLinkingUp(run.runId(), run.staging().resolve("linking-up.csv"));
			StocktakeReading reading = stocktakeSteps.read(run);
			if (!reading.responses().isEmpty()) {
				stocktake.writeCsv(reading, stocktakeSteps.reviewedPlans(run),
						run.staging().resolve("stocktake-responses.csv"));
			}
			return RepeatStatus.FINISHED;
		}, transactions).build();
	}

	/**
	 * Renders review.pdf and every plan's feedback/<plan_id>.pdf, each with its HTML. The
	 * run's data is loaded once; the feedback documents are rendered on a fixed pool of
	 * one thread per core (rendering is CPU-bound and each document independent). A
	 * tasklet rather than a partitioned step: the documents are written whole and are the
	 * same bytes every time, so a restart re-renders them all instead of tracking each
	 * one.
	 */
	@Bean
	Step renderDocuments(JobRepository jobRepository, PlatformTransactionManager transactions, ReviewDataLoader loader,
			ReviewReport review, FeedbackReport feedback, StocktakeSteps stocktakeSteps, StocktakeService stocktake,
			StocktakeReport stocktakeReport, Progress progress,
			@Value("${planreview.documents.threads:0}") int threads) {
		return new StepBuilder("renderDocuments", jobRepository).tasklet((contribution, chunk) -> {
			ReviewRun run = run(chunk);
			if (run.documents()) {
				ReviewData data = loader.load(run.runId(), run.quarter().toString(), run.runDate());
				// The review is the longest document, so it starts first; the feedback
				// fills the other cores.
				List<DocumentRendering.Document> documents = new ArrayList<>();
				documents.add(new DocumentRendering.Document("review.pdf",
						() -> review.write(data, run.staging().resolve("review.pdf"))));
				StocktakeReading reading = stocktakeSteps.read(run);
				if (!reading.responses().isEmpty()) {
					documents.add(new DocumentRendering.Document("stocktake.pdf",
							() -> stocktakeReport.write(reading,
									stocktake.summary(reading, stocktakeSteps.reviewedPlans(run)),
									run.quarter().toString(), run.runDate(), run.staging().resolve("stocktake.pdf"))));
				}
				for (PlanView plan : data.plans()) {
					documents.add(new DocumentRendering.Document("feedback for " + plan.name(),
							() -> feedback.write(data, plan, FeedbackReport.target(run.staging(), plan.planId()))));
				}
				DocumentRendering.renderAll(documents,
						threads > 0 ? threads : Runtime.getRuntime().availableProcessors(),
						(done, of, name) -> progress.count("Rendered documents", done, of, name));
			}
			return RepeatStatus.FINISHED;
		}, transactions).build();
	}

	/**
	 * Writes findings.csv and the manifest, then publishes the staged outputs and records
	 * the quarter's current revision in revisions.json.
	 */
	@Bean
	Step publish(JobRepository jobRepository, PlatformTransactionManager transactions, TableExport tables,
			ReviewRunStore runs, Progress progress, ObjectProvider<BuildProperties> build) {
		String version = build.getIfAvailable() != null ? build.getIfAvailable().getVersion() : "development";
		return new StepBuilder("publish", jobRepository).tasklet((contribution, chunk) -> {
			ReviewRun run = run(chunk);
			OutputLayout layout = run.layout();
			// The manifest is written before anything moves and moves last: if it is
			// already staged, an earlier
			// attempt was interrupted while publishing, and the remaining files only need
			// moving.
			if (Files.isDirectory(run.staging()) && !Files.exists(run.staging().resolve(OutputLayout.MANIFEST))) {
				tables.writeFindings(run.runId(), run.staging().resolve("findings.csv"));
				List<Manifest.Entry> inputs = runs.inputs(run.runId())
					.stream()
					.map(i -> new Manifest.Entry(i.name(), i.sha256()))
					.toList();
				Instant started = chunk.getStepContext()
					.getStepExecution()
					.getJobExecution()
					.getStartTime()
					.atZone(ZoneId.systemDefault())
					.toInstant();
				new Manifest(run.quarter().toString(), run.revision(), true,
						run.revision() > 1 ? run.revision() - 1 : null, started,
						run.runDate().atZone(ReviewRequest.LONDON).toLocalDate(), version, inputs,
						Manifest.outputsOf(run.staging()))
					.write(run.staging().resolve(OutputLayout.MANIFEST));
			}
			Publisher.publish(layout, run.revision());
			RevisionIndex.update(layout);
			runs.complete(run, Instant.now());
			progress.say("Published " + layout.publishedDir(run.revision()));
			return RepeatStatus.FINISHED;
		}, transactions).build();
	}

	private static ReviewRun run(ChunkContext chunk) {
		return ReviewRun.of(chunk.getStepContext().getStepExecution().getJobExecution());
	}

}
