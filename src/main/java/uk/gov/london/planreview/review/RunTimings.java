package uk.gov.london.planreview.review;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.StringJoiner;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import uk.gov.london.planreview.document.PdfRenderer;

/**
 * For the benchmark (bench.sh): with {@code planreview.timings=true}, a run ends with one
 * line giving the time each step took, the pages rendered and the peak heap, read off
 * Spring Batch's own step records.
 */
@Component
class RunTimings implements JobExecutionListener {

	private final boolean enabled;

	private final PdfRenderer renderer;

	private final Progress progress;

	RunTimings(RunSettings settings, PdfRenderer renderer, Progress progress) {
		this.enabled = settings.timings();
		this.renderer = renderer;
		this.progress = progress;
	}

	@Override
	public void afterJob(JobExecution execution) {
		if (!this.enabled) {
			return;
		}
		StringJoiner line = new StringJoiner(" ", "TIMINGS ", "");
		line.add("job_ms=" + millis(Duration.between(execution.getStartTime(), execution.getEndTime())));
		for (StepExecution step : execution.getStepExecutions()) {
			line.add(step.getStepName() + "_ms=" + millis(Duration.between(step.getStartTime(), step.getEndTime())));
		}
		line.add("pages=" + this.renderer.pagesRendered());
		line.add("peak_heap_mib=" + peakHeapMiB());
		this.progress.say(line.toString());
	}

	private static long millis(Duration duration) {
		return duration.toMillis();
	}

	/**
	 * The sum of every heap pool's peak: an upper bound of the heap the run ever used.
	 */
	private static long peakHeapMiB() {
		long bytes = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
				bytes += pool.getPeakUsage().getUsed();
			}
		}
		return bytes / (1024 * 1024);
	}

}
