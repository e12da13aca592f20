package uk.gov.london.planreview.document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Renders a run's documents on a small fixed pool, one thread per core. Rendering a PDF
 * is CPU-bound and independent from one document to the next; the data is loaded before,
 * so the threads touch no database. Documents are started in the order given: put the
 * longest first, so no core waits at the end.
 */
public final class DocumentRendering {

	private DocumentRendering() {
	}

	/** One document to render. */
	public record Document(String name, Render render) {
	}

	/** Renders a document and writes it whole. */
	@FunctionalInterface
	public interface Render {

		void run() throws IOException;

	}

	/** Told, as each document is done, how many are done of how many, and its name. */
	@FunctionalInterface
	public interface Done {

		void accept(int done, int of, String name);

	}

	public static void renderAll(List<Document> documents, int threads, Done done) throws IOException {
		ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), runnable -> {
			Thread thread = new Thread(runnable, "document-renderer");
			thread.setDaemon(true);
			return thread;
		});
		try {
			AtomicInteger count = new AtomicInteger();
			List<Future<?>> futures = new ArrayList<>();
			for (Document document : documents) {
				futures.add(pool.submit(() -> {
					document.render().run();
					done.accept(count.incrementAndGet(), documents.size(), document.name());
					return null;
				}));
			}
			for (Future<?> future : futures) {
				future.get();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Rendering the documents was interrupted", ex);
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
