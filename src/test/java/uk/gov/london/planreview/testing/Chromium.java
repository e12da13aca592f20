package uk.gov.london.planreview.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A headless Chromium driven through its DevTools protocol, over a WebSocket with the
 * JDK's own HTTP client: enough to open a page, run script in it, type into it and
 * photograph it. Each browser has a fresh profile, no network services of its own and no
 * sandbox (tests run as root in containers).
 */
public final class Chromium implements AutoCloseable {

	private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");

	private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Process process;

	private final Path profile;

	private final WebSocket socket;

	private final AtomicInteger ids = new AtomicInteger();

	private final Map<Integer, CompletableFuture<JsonNode>> replies = new ConcurrentHashMap<>();

	private final BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();

	private Chromium(Process process, Path profile, WebSocket socket) {
		this.process = process;
		this.profile = profile;
		this.socket = socket;
	}

	/** The browser on this machine's PATH, if there is one. */
	public static Optional<Path> executable() {
		String path = System.getenv("PATH");
		if (path == null) {
			return Optional.empty();
		}
		for (String dir : path.split(java.io.File.pathSeparator)) {
			for (String name : NAMES) {
				Path candidate = Path.of(dir, name);
				if (Files.isExecutable(candidate)) {
					return Optional.of(candidate);
				}
			}
		}
		return Optional.empty();
	}

	/** Starts a browser with one blank page, the window this size. */
	public static Chromium start(int width, int height) throws IOException, InterruptedException {
		Path executable = executable()
			.orElseThrow(() -> new IllegalStateException("Chromium is not installed (apt-get install chromium)"));
		Path profile = Files.createTempDirectory("plan-review-chromium-");
		Process process = new ProcessBuilder(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-extensions", "--disable-dev-shm-usage", "--user-data-dir=" + profile,
				"--remote-debugging-port=0", "--window-size=" + width + "," + height, "about:blank")
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		CompletableFuture<String> browser = new CompletableFuture<>();
		Thread reader = new Thread(() -> {
			try (BufferedReader err = new BufferedReader(
					new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
				for (String line = err.readLine(); line != null; line = err.readLine()) {
					Matcher m = LISTENING.matcher(line);
					if (m.find()) {
						browser.complete(m.group(1));
					}
				}
				browser.completeExceptionally(new IOException("Chromium exited before it listened"));
			}
			catch (IOException ex) {
				browser.completeExceptionally(ex);
			}
		}, "chromium-stderr");
		reader.setDaemon(true);
		reader.start();
		try {
			URI endpoint = URI.create(browser.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS));
			String pages = HttpClient.newHttpClient()
				.send(java.net.http.HttpRequest
					.newBuilder(URI.create("http://" + endpoint.getAuthority() + "/json/list"))
					.timeout(TIMEOUT)
					.build(), java.net.http.HttpResponse.BodyHandlers.ofString())
				.body();
			String page = null;
			for (JsonNode target : JSON.readTree(pages)) {
				if ("page".equals(target.path("type").asString())) {
					page = target.path("webSocketDebuggerUrl").asString();
				}
			}
			if (page == null) {
				throw new IOException("Chromium has no page open: " + pages);
			}
			Listener listener = new Listener();
			WebSocket socket = HttpClient.newHttpClient()
				.newWebSocketBuilder()
				.connectTimeout(TIMEOUT)
				.buildAsync(URI.create(page), listener)
				.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
			Chromium chromium = new Chromium(process, profile, socket);
			listener.chromium = chromium;
			chromium.send("Page.enable", Map.of());
			chromium.send("Runtime.enable", Map.of());
			chromium.send("Emulation.setDeviceMetricsOverride",
					Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
			return chromium;
		}
		catch (Exception ex) {
			process.destroyForcibly();
			throw new IOException("Could not start Chromium: " + ex.getMessage(), ex);
		}
	}

	/** Sends a command and waits for its result. */
	public JsonNode send(String method, Map<String, Object> params) throws IOException {
		int id = this.ids.incrementAndGet();
		CompletableFuture<JsonNode> reply = new CompletableFuture<>();
		this.replies.put(id, reply);
		ObjectNode message = JSON.createObjectNode();
		message.put("id", id);
		message.put("method", method);
		message.set("params", JSON.valueToTree(params));
		this.socket.sendText(JSON.writeValueAsString(message), true).join();
		try {
			JsonNode answer = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
			if (answer.has("error")) {
				throw new IOException(method + " failed: " + answer.get("error"));
			}
			return answer.path("result");
		}
		catch (Exception ex) {
			throw ex instanceof IOException io ? io : new IOException(method + ": " + ex, ex);
		}
	}

	/** Opens the address and waits until the page has loaded. */
	public void open(String url) throws IOException, InterruptedException {
		this.events.clear();
		send("Page.navigate", Map.of("url", url));
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			JsonNode event = this.events.poll(1, TimeUnit.SECONDS);
			if (event != null && "Page.loadEventFired".equals(event.path("method").asString())) {
				return;
			}
		}
		throw new IOException("The page " + url + " did not load");
	}

	/**
	 * Runs script in the page and returns its value (a promise's, once settled), as JSON.
	 */
	public JsonNode evaluate(String expression) throws IOException {
		JsonNode result = send("Runtime.evaluate",
				Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
		if (result.has("exceptionDetails")) {
			throw new IOException("The page's script failed: " + result.get("exceptionDetails"));
		}
		return result.path("result").path("value");
	}

	/** Types the text into whatever has the focus, a key at a time. */
	public void type(String text) throws IOException {
		for (int i = 0; i < text.length(); i++) {
			key(String.valueOf(text.charAt(i)));
		}
	}

	/** Presses one key that types a character, as a keyboard would. */
	public void key(String character) throws IOException {
		send("Input.dispatchKeyEvent", Map.of("type", "keyDown", "key", character, "text", character));
		send("Input.dispatchKeyEvent", Map.of("type", "keyUp", "key", character));
	}

	/** Presses Backspace. */
	public void backspace() throws IOException {
		Map<String, Object> key = Map.of("key", "Backspace", "code", "Backspace", "windowsVirtualKeyCode", 8);
		send("Input.dispatchKeyEvent", with(key, "type", "rawKeyDown"));
		send("Input.dispatchKeyEvent", with(key, "type", "keyUp"));
	}

	/** Photographs the window, or the whole page, as a PNG. */
	public void screenshot(Path png, boolean wholePage) throws IOException {
		JsonNode shot = send("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", wholePage));
		Files.createDirectories(png.toAbsolutePath().getParent());
		Files.write(png, Base64.getDecoder().decode(shot.path("data").asString()));
	}

	@Override
	public void close() throws IOException {
		try {
			send("Browser.close", Map.of());
		}
		catch (IOException ex) {
			// It is closing anyway.
		}
		this.socket.abort();
		try {
			if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		try (var files = Files.walk(this.profile)) {
			for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
		catch (IOException ex) {
			// A temporary profile the browser may still be letting go of.
		}
	}

	private static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
		Map<String, Object> copy = new java.util.HashMap<>(map);
		copy.put(key, value);
		return copy;
	}

	/** Collects the browser's messages: replies to their commands, events to a queue. */
	private static final class Listener implements WebSocket.Listener {

		private final StringBuilder partial = new StringBuilder();

		private volatile Chromium chromium;

		private final List<JsonNode> early = new ArrayList<>();

		@Override
		public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
			this.partial.append(data);
			if (last) {
				JsonNode message = JSON.readTree(this.partial.toString());
				this.partial.setLength(0);
				deliver(message);
			}
			socket.request(1);
			return null;
		}

		private synchronized void deliver(JsonNode message) {
			Chromium to = this.chromium;
			if (to == null) {
				this.early.add(message);
				return;
			}
			for (JsonNode waiting : this.early) {
				route(to, waiting);
			}
			this.early.clear();
			route(to, message);
		}

		private static void route(Chromium to, JsonNode message) {
			if (message.has("id")) {
				CompletableFuture<JsonNode> reply = to.replies.remove(message.get("id").asInt());
				if (reply != null) {
					reply.complete(message);
				}
			}
			else {
				to.events.add(message);
			}
		}

	}

}
