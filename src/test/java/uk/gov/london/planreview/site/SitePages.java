package uk.gov.london.planreview.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.london.planreview.ingest.Fixtures;

/**
 * What the site's tests share: two quarters of plans for two authorities, the second with
 * an action added and actions whose text would be markup, a formula or a script if
 * anything trusted it; and ways to read the pages as a program would.
 */
final class SitePages {

	/** An action only the second quarter has. */
	static final String YOUTH_HUB = "Open a youth hub in the town centre with detached youth workers";

	/** Text that would end the page's data and run a script, were it not escaped. */
	static final String SCRIPT = "</script><img src=x onerror=alert(1)> <!-- Close the gap";

	/** Text a spreadsheet would take for a formula. */
	static final String FORMULA = "=HYPERLINK(\"http://example.invalid/\",\"Click for the plan\")";

	static final String COMMAND = "+cmd|' /C calc'!A0";

	static final LocalDate FIRST_DATE = LocalDate.of(2026, 4, 20);

	static final LocalDate SECOND_DATE = LocalDate.of(2026, 7, 20);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private SitePages() {
	}

	/** Camden and Hackney, this quarter and the next. */
	static void inputs(Path first, Path second) throws IOException {
		Fixtures.plan(first, "Camden.xlsx", "Camden");
		Fixtures.plan(first, "Hackney.xlsx", "Hackney");
		List<Object[]> later = new ArrayList<>();
		for (Object[] action : Fixtures.standardActions()) {
			later.add(Arrays.copyOf(action, action.length));
		}
		later.add(new Object[] { "4.7", "Safeguarding and educating young people", YOUTH_HUB,
				"Hub open five nights a week", "Youth Service Manager", "Youth Service", null, null, "Lease signed",
				"Amber", "" });
		later.add(new Object[] { "5.2", "Working with communities and neighbourhoods to reduce violence", SCRIPT,
				FORMULA, COMMAND, "VCS", null, null, "-1.2", "Red", "@SUM(A1:A9)" });
		Fixtures.plan(second, "Camden.xlsx", "Camden", later.toArray(Object[][]::new));
		Fixtures.plan(second, "Hackney.xlsx", "Hackney");
	}

	/** The actions JSON inside actions.html, as the page's script reads it. */
	static JsonNode actionsData(Path page) throws IOException {
		String html = Files.readString(page, StandardCharsets.UTF_8);
		Matcher m = Pattern.compile("id=\"actions-data\">(.*?)</script>", Pattern.DOTALL).matcher(html);
		if (!m.find()) {
			throw new AssertionError("actions.html has no data");
		}
		return JSON.readTree(m.group(1));
	}

	/** Every relative address a page links to, as written. */
	static List<String> links(Path page) throws IOException {
		List<String> links = new ArrayList<>();
		Matcher m = Pattern.compile("href=\"([^\"#]+)\"").matcher(Files.readString(page, StandardCharsets.UTF_8));
		while (m.find()) {
			links.add(m.group(1).replace("&amp;", "&"));
		}
		return links;
	}

}
