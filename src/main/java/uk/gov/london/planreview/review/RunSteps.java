package uk.gov.london.planreview.review;

import java.time.Instant;
import java.time.ZoneId;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds the jobs' steps alike: each runs in a transaction of the job repository's
 * database and passes its {@link Checkpoints} as it starts.
 */
@Component
class RunSteps {

	/** The work of a step that runs once, given the run. */
	@FunctionalInterface
	interface RunWork {

		void run(ReviewRun run) throws Exception;

	}

	private final JobRepository jobRepository;

	private final PlatformTransactionManager transactions;

	private final StepExecutionListener checkpoints;

	RunSteps(JobRepository jobRepository, PlatformTransactionManager transactions, Checkpoints checkpoints) {
		this.jobRepository = jobRepository;
		this.transactions = transactions;
		this.checkpoints = new StepExecutionListener() {
			@Override
			public void beforeStep(StepExecution stepExecution) {
				checkpoints.reached("before " + stepExecution.getStepName());
			}
		};
	}

	/** A step that does its work once. */
	Step once(String name, RunWork work) {
		return builder(name).tasklet((contribution, chunk) -> {
			work.run(run(chunk));
			return RepeatStatus.FINISHED;
		}, this.transactions).build();
	}

	StepBuilder builder(String name) {
		return new StepBuilder(name, this.jobRepository).listener(this.checkpoints);
	}

	PlatformTransactionManager transactions() {
		return this.transactions;
	}

	static ReviewRun run(ChunkContext chunk) {
		return ReviewRun.of(chunk.getStepContext().getStepExecution().getJobExecution());
	}

	/** When the run's job started, for the manifest. */
	static Instant startTime(StepExecution step) {
		return step.getJobExecution().getStartTime().atZone(ZoneId.systemDefault()).toInstant();
	}

}
