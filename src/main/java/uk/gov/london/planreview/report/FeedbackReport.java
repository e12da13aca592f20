package uk.gov.london.planreview.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

import org.springframework.stereotype.Component;

/**
 * Each plan's feedback to its CSP board (feedback/&lt;plan_id&gt;.pdf and .html): a cover, contents, and
 * the {@link FeedbackSection}s the plan's data supports.
 *
 * <p>Rendering a PDF is CPU-bound and independent from one plan to the next, so {@link #writeAll} renders
 * on a small fixed pool, one thread per core. The data is loaded once beforehand, so the threads touch
 * no database; each document is written whole, so a run that dies part-way and restarts simply renders
 * them all again and gets the same bytes.
 */
@Component
public class FeedbackReport {

	private final List<FeedbackSection> sections;

	private final DocumentWriter writer;

	FeedbackReport(List<FeedbackSection> sections, DocumentWriter writer) {
		this.sections = List.copyOf(sections);
		this.writer = writer;
	}

	/** Where a plan's feedback goes, in the run's folder. */
	public static Path target(Path folder, String planId) {
		return folder.resolve("feedback").resolve(planId + ".pdf");
	}

	public DocumentModel model(ReviewData data, PlanView plan) {
		FeedbackData feedback = new FeedbackData(data, plan);
		List<Section> present = new ArrayList<>();
		for (FeedbackSection section : this.sections) {
			section.build(feedback).ifPresent(present::add);
		}
		String csp = plan.plan().cspName().isBlank() ? "the Community Safety Partnership" : plan.plan().cspName().trim();
		return new DocumentModel("Feedback on the violence reduction action plan: " + plan.name(),
				"The review panel’s feedback to the board of " + csp, "For the board of " + csp + " (" + plan.name() + ")",
				"Feedback on the action plan of " + plan.name() + ", " + data.quarter(),
				"Feedback from MOPAC, the Metropolitan Police Service and London Councils on the violence reduction action plan of "
						+ plan.name() + " for " + data.quarter(),
				data.quarter(), data.period(), data.date(), present);
	}

	public void write(ReviewData data, PlanView plan, Path target) throws IOException {
		this.writer.write("feedback.ftl", Map.of("doc", model(data, plan)), data.runDate(), target);
	}

	/** The plan's feedback as its HTML file holds it. */
	public String html(ReviewData data, PlanView plan) {
		return this.writer.html("feedback.ftl", Map.of("doc", model(data, plan)));
	}

	/**
	 * Writes every plan's feedback into {@code folder/feedback/}, on {@code threads} threads.
	 * @param done told of each plan when its documents are written, with how many are done
	 */
	public void writeAll(ReviewData data, Path folder, int threads, BiConsumer<Integer, PlanView> done) throws IOException {
		ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), runnable -> {
			Thread thread = new Thread(runnable, "feedback-renderer");
			thread.setDaemon(true);
			return thread;
		});
		try {
			AtomicInteger count = new AtomicInteger();
			List<Future<?>> futures = new ArrayList<>();
			for (PlanView plan : data.plans()) {
				futures.add(pool.submit(() -> {
					write(data, plan, target(folder, plan.planId()));
					done.accept(count.incrementAndGet(), plan);
					return null;
				}));
			}
			for (Future<?> future : futures) {
				future.get();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Rendering the feedback was interrupted", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof IOException io) {
				throw io;
			}
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
		finally {
			pool.shutdownNow();
		}
	}

}
