package uk.gov.london.planreview.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

import uk.gov.london.planreview.testing.Chromium;

/**
 * The benchmark of actions.html (bench.sh pages): opens the page from the disk in
 * headless Chromium and measures what an analyst waits for — the page shown, each
 * keystroke of a filter, a sort — printing one line of figures. Not a test: speed is
 * measured here, not asserted.
 *
 * <pre>
 * java -cp ... uk.gov.london.planreview.site.ActionsPageTimings output/actions.html "youth hub"
 * </pre>
 */
public final class ActionsPageTimings {

	private static final int RUNS = 3;

	private ActionsPageTimings() {
	}

	public static void main(String[] args) throws Exception {
		Path page = Path.of(args[0]).toAbsolutePath();
		String query = args.length > 1 ? args[1] : "youth hub";
		List<Double> shown = new ArrayList<>();
		List<Double> keys = new ArrayList<>();
		List<Double> frames = new ArrayList<>();
		List<Double> sorts = new ArrayList<>();
		double heap = 0;
		int actions = 0;
		try (Chromium browser = Chromium.start(1280, 900)) {
			for (int run = 0; run < RUNS; run++) {
				browser.open(page.toUri().toString());
				shown.add(browser.evaluate("performance.getEntriesByName('actions-shown')[0].startTime").asDouble());
				actions = browser.evaluate("document.querySelectorAll('#actions tbody tr').length").asInt();
				browser.evaluate("document.getElementById('filter').focus()");
				for (int i = 0; i < query.length(); i++) {
					String c = String.valueOf(query.charAt(i));
					// The handler's own time: the filter and the rows it shows.
					keys.add(browser
						.evaluate("(() => { const box = document.getElementById('filter'); "
								+ "const t = performance.now(); box.value += " + quote(c)
								+ "; box.dispatchEvent(new Event('input')); return performance.now() - t; })()")
						.asDouble());
					browser.evaluate("(() => { const box = document.getElementById('filter'); "
							+ "box.value = box.value.slice(0, -1); box.dispatchEvent(new Event('input')); })()");
					// And as a keyboard types it, until the next frame is drawn.
					browser.evaluate("window.typed = performance.now()");
					browser.key(c);
					frames.add(
							browser
								.evaluate("new Promise(r => requestAnimationFrame(() => setTimeout(() => "
										+ "r(performance.now() - window.typed), 0)))")
								.asDouble());
				}
				sorts.add(
						browser
							.evaluate("(() => { const t = performance.now(); "
									+ "document.querySelector('button[data-column=\"text\"]').click(); "
									+ "return performance.now() - t; })()")
							.asDouble());
				JsonNode memory = browser.evaluate("performance.memory ? performance.memory.usedJSHeapSize : 0");
				heap = Math.max(heap, memory.asDouble() / (1024 * 1024));
			}
			int total = browser
				.evaluate("JSON.parse(document.getElementById('actions-data').textContent).actions.length")
				.asInt();
			System.out.printf(Locale.ROOT,
					"actions.html: %.1f MB, %d actions (%d rows drawn); shown after %.0f ms (median of %d loads); "
							+ "filter \"%s\" a key at a time: handler median %.1f ms, max %.1f ms; "
							+ "key to next frame median %.1f ms, max %.1f ms; sort by action text %.0f ms; "
							+ "script heap %.0f MB%n",
					Files.size(page) / 1e6, total, actions, median(shown), RUNS, query, median(keys),
					Collections.max(keys), median(frames), Collections.max(frames), median(sorts), heap);
		}
	}

	private static String quote(String c) {
		return "'" + c.replace("\\", "\\\\").replace("'", "\\'") + "'";
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}

}
