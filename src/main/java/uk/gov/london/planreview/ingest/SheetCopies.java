package uk.gov.london.planreview.ingest;

import java.text.Normalizer;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.gov.london.planreview.finding.Finding;

/**
 * Workbooks keep earlier copies of their plan ("Copy of Action Plan", "Action Plan (2)",
 * "Q3 version", a hidden sheet): counting every sheet that looks like an action table
 * would count the plan twice. Sheets whose actions are mostly the same are copies of one
 * another; of each such set one is the plan, chosen as a person would — the one the cover
 * names as current, else a visible one over a hidden one, else one whose name does not
 * mark it as a copy, else the latest dated, else the fullest, else the first — and the
 * others are set aside, and said so.
 */
final class SheetCopies {

	/** A sheet's action rows, and what reading them found. */
	record SheetRows(SheetView sheet, List<RawRow> rows, List<Finding> findings) {
	}

	/**
	 * Two sheets are copies when at least this share of the smaller's actions are the
	 * other's.
	 */
	private static final double SAME = 0.5;

	/** Fewer actions than this and a sheet is too small to call a copy. */
	private static final int FEWEST = 2;

	private static final Pattern COPY_NAME = Pattern.compile(
			"(?i).*(\\bcopy\\b|\\(\\d+\\)\\s*$|\\bold\\b|\\bprevious\\b|\\barchive|\\bbackup\\b|\\bversion\\b|\\bdraft\\b|"
					+ "\\bsuperseded\\b|\\bq[1-4]\\b).*");

	private static final Pattern CURRENT = Pattern
		.compile("(?i)\\b(current|latest|live|up to date|up-to-date|revised|this is the plan|use the)\\b");

	private static final Pattern QUOTED = Pattern.compile("['‘’\"“”]([^'‘’\"“”]{1,40})['‘’\"“”]");

	private static final Pattern MONTH_YEAR = Pattern
		.compile("(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\s*'?(\\d{2}|\\d{4})\\b");

	private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
			Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
			Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

	private SheetCopies() {
	}

	/**
	 * The sheets that make up the plan, in workbook order, with a finding for each one
	 * set aside.
	 * @param coverText every cell of the cover sheets, where a plan may say which tab is
	 * current
	 */
	static List<SheetRows> plan(List<SheetRows> sheets, String coverText, String sourceFile, List<Finding> findings) {
		List<Set<String>> texts = sheets.stream().map(s -> texts(s.rows())).toList();
		Set<String> current = namedAsCurrent(coverText);
		Set<SheetRows> setAside = new HashSet<>();
		for (List<Integer> members : groups(texts)) {
			Choice choice = choose(members.stream().map(sheets::get).toList(), current);
			Set<String> planTexts = texts.get(sheets.indexOf(choice.plan()));
			for (int k : members) {
				SheetRows copy = sheets.get(k);
				if (copy == choice.plan()) {
					continue;
				}
				setAside.add(copy);
				long shared = texts.get(k).stream().filter(planTexts::contains).count();
				String plan = choice.plan().sheet().displayName();
				findings.add(Finding.warning(sourceFile, copy.sheet().displayName(), "The sheet ‘"
						+ copy.sheet().displayName() + "’ repeats the plan on ‘" + plan + "’ (" + shared + " of its "
						+ copy.rows().size() + " actions are the same), so it was set aside as an "
						+ "earlier copy and not counted; ‘" + plan + "’ was read because " + choice.why()
						+ ". If it holds actions of its own, ask the CSP to keep the whole plan on one sheet."));
			}
		}
		return sheets.stream().filter(sheet -> !setAside.contains(sheet)).toList();
	}

	/** Sets of two or more sheets that are copies of one another, by index. */
	private static List<List<Integer>> groups(List<Set<String>> texts) {
		int[] group = new int[texts.size()];
		for (int i = 0; i < group.length; i++) {
			group[i] = i;
		}
		for (int i = 0; i < group.length; i++) {
			for (int j = i + 1; j < group.length; j++) {
				if (group[j] != group[i] && copies(texts.get(i), texts.get(j))) {
					int from = group[j];
					for (int k = 0; k < group.length; k++) {
						group[k] = group[k] == from ? group[i] : group[k];
					}
				}
			}
		}
		List<List<Integer>> groups = new ArrayList<>();
		for (int i = 0; i < group.length; i++) {
			List<Integer> members = new ArrayList<>();
			for (int k = 0; k < group.length; k++) {
				if (group[k] == i) {
					members.add(k);
				}
			}
			if (members.size() > 1) {
				groups.add(members);
			}
		}
		return groups;
	}

	private record Choice(SheetRows plan, String why) {
	}

	private static Choice choose(List<SheetRows> members, Set<String> current) {
		List<SheetRows> named = members.stream().filter(m -> current.contains(key(m.sheet().displayName()))).toList();
		if (named.size() == 1) {
			return new Choice(named.get(0), "the cover names it as the current plan");
		}
		List<SheetRows> visible = members.stream().filter(m -> !m.sheet().hidden()).toList();
		if (visible.size() == 1) {
			return new Choice(visible.get(0), "it is the one not hidden");
		}
		List<SheetRows> candidates = visible.isEmpty() ? members : visible;
		List<SheetRows> plain = candidates.stream()
			.filter(m -> !COPY_NAME.matcher(m.sheet().displayName()).matches())
			.toList();
		if (plain.size() == 1) {
			return new Choice(plain.get(0), "its name does not mark it as a copy");
		}
		candidates = plain.isEmpty() ? candidates : plain;
		Optional<SheetRows> latest = latestDated(candidates);
		if (latest.isPresent()) {
			return new Choice(latest.get(), "its name carries the latest date");
		}
		int most = candidates.stream().mapToInt(m -> m.rows().size()).max().orElse(0);
		List<SheetRows> fullest = candidates.stream().filter(m -> m.rows().size() == most).toList();
		return fullest.size() == 1 ? new Choice(fullest.get(0), "it has the most actions")
				: new Choice(fullest.get(0), "it comes first in the workbook");
	}

	/** The one sheet whose name carries a later month than every other's, if any. */
	private static Optional<SheetRows> latestDated(List<SheetRows> candidates) {
		List<SheetRows> dated = candidates.stream().filter(m -> monthOf(m).isPresent()).toList();
		if (dated.size() != candidates.size() || dated.size() < 2) {
			return Optional.empty();
		}
		SheetRows latest = dated.stream().max(Comparator.comparing(m -> monthOf(m).orElseThrow())).orElseThrow();
		long atLatest = dated.stream().filter(m -> monthOf(m).equals(monthOf(latest))).count();
		return atLatest == 1 ? Optional.of(latest) : Optional.empty();
	}

	private static Optional<YearMonth> monthOf(SheetRows sheet) {
		Matcher m = MONTH_YEAR.matcher(sheet.sheet().displayName());
		if (!m.find()) {
			return Optional.empty();
		}
		int year = Integer.parseInt(m.group(2));
		return Optional.of(YearMonth.of(year < 100 ? 2000 + year : year,
				MONTHS.get(m.group(1).toLowerCase(Locale.ROOT).substring(0, 3))));
	}

	/**
	 * Sheet names a cover sentence gives as current: the first one quoted after the word
	 * that says so ("The current action plan is on the tab 'Action Plan (2)'").
	 */
	private static Set<String> namedAsCurrent(String coverText) {
		Set<String> names = new HashSet<>();
		for (String sentence : coverText.split("(?<=[.!?])\\s+|\\n")) {
			Matcher current = CURRENT.matcher(sentence);
			if (current.find()) {
				Matcher quoted = QUOTED.matcher(sentence);
				if (quoted.find(current.end())) {
					names.add(key(quoted.group(1)));
				}
			}
		}
		return names;
	}

	private static boolean copies(Set<String> a, Set<String> b) {
		int smaller = Math.min(a.size(), b.size());
		if (smaller < FEWEST) {
			return false;
		}
		long shared = a.stream().filter(b::contains).count();
		return shared >= SAME * smaller;
	}

	private static Set<String> texts(List<RawRow> rows) {
		Set<String> texts = new HashSet<>();
		rows.forEach(row -> texts.add(key(row.text())));
		return texts;
	}

	private static String key(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC)
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^\\p{L}\\p{N}]+", " ")
			.trim();
	}

}
