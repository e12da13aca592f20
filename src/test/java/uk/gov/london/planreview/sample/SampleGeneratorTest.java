package uk.gov.london.planreview.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.gov.london.planreview.authority.Authority;
import uk.gov.london.planreview.authority.AuthorityDirectory;
import uk.gov.london.planreview.reference.ReferenceData;
import uk.gov.london.planreview.sample.PlanDocument.Column;
import uk.gov.london.planreview.sample.PlanDocument.Field;
import uk.gov.london.planreview.sample.PlanProfile.Format;
import uk.gov.london.planreview.sample.PlanProfile.Quirk;
import uk.gov.london.planreview.template.TemplateCatalogue;
import uk.gov.london.planreview.testing.Project;

class SampleGeneratorTest {

	private static final Set<String> AUTHORITY_LABELS = Set.of("local authority", "borough", "authority",
			"local authority / authorities covered", "authorities covered", "boroughs covered");

	private static final ReferenceData REFERENCE = ReferenceData.packaged();

	private static final AuthorityDirectory LONDON = AuthorityDirectory.load(REFERENCE);

	@TempDir
	static Path root;

	private static Path first;

	private static Path second;

	private static SampleGenerator.Summary summary;

	@BeforeAll
	static void generateTwice() throws IOException {
		first = root.resolve("first");
		second = root.resolve("second");
		summary = SampleGenerator.generate(first, 1);
		SampleGenerator.generate(second, 1);
	}

	@Test
	void generatingTwiceGivesByteIdenticalFiles() throws IOException {
		Map<String, byte[]> a = files(first);
		Map<String, byte[]> b = files(second);
		assertThat(b.keySet()).isEqualTo(a.keySet());
		a.forEach((name, bytes) -> assertThat(b.get(name)).as(name).isEqualTo(bytes));
	}

	@Test
	void londonSampleCoversEveryAuthorityExactlyOnce() throws IOException {
		assertThat(summary.plans()).isEqualTo(32);
		Map<String, String> coveredBy = new TreeMap<>();
		boolean joint = false;
		for (String file : summary.files()) {
			AuthorityDirectory.Resolution resolution = LONDON.resolveAll(coverAuthority(first.resolve(file)));
			assertThat(resolution.complete()).as(file + " names " + resolution).isTrue();
			joint |= resolution.authorities().size() == 2;
			for (Authority authority : resolution.authorities()) {
				assertThat(coveredBy.put(authority.onsCode(), file)).as(authority + " covered twice").isNull();
			}
		}
		assertThat(coveredBy.keySet())
			.containsExactlyElementsOf(LONDON.all().stream().map(Authority::onsCode).toList());
		assertThat(joint).isTrue();
		assertThat(coveredBy.get("E09000021")).isEqualTo(coveredBy.get("E09000027"));
	}

	@Test
	void londonSampleSpreadsTemplatesAndFormats() {
		List<PlanProfile> profiles = LondonSample.profiles(LONDON);
		assertThat(profiles.stream().filter(p -> p.version().equals("2017")).count()).isGreaterThanOrEqualTo(2);
		assertThat(profiles.stream().filter(p -> p.version().equals("2023")).count()).isGreaterThanOrEqualTo(5);
		assertThat(profiles).anyMatch(p -> p.format() == Format.XLS && p.version().equals("2017"));
		assertThat(profiles.stream().filter(p -> p.format() == Format.XLSM).count()).isGreaterThanOrEqualTo(2);
		assertThat(summary.files()).anyMatch(f -> f.endsWith(".xls")).anyMatch(f -> f.endsWith(".xlsm"));
		for (Quirk quirk : Quirk.values()) {
			assertThat(profiles).as(quirk.name()).anyMatch(p -> p.has(quirk));
		}
	}

	@Test
	void everyHeadingIsAKnownSynonym() {
		Set<String> synonyms = new HashSet<>();
		for (Map<String, String> row : REFERENCE.table("column-headings.csv")) {
			ReferenceData.list(row.get("headings")).forEach(h -> synonyms.add(h.toLowerCase(Locale.ROOT)));
		}
		PlanComposer composer = new PlanComposer(TemplateCatalogue.load(REFERENCE));
		for (PlanProfile profile : LondonSample.profiles(LONDON)) {
			for (Column column : composer.compose(profile).columns()) {
				if (column.field() == Field.WARD || column.field() == Field.FUNDING || column.field() == Field.LCPF) {
					continue;
				}
				String heading = column.heading().replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
				assertThat(synonyms).as(profile.fileName() + ": " + column.heading()).contains(heading);
			}
		}
	}

	@Test
	void qualitySpreadShowsInWhoLeadsTheActions() {
		// each item takes the category of its longest matching term, so "Safer Schools
		// Officers" is police, not schools
		Map<String, String> terms = new LinkedHashMap<>();
		Map<String, Pattern> words = new LinkedHashMap<>();
		for (Map<String, String> row : REFERENCE.table("partner-categories.csv")) {
			for (String term : ReferenceData.list(row.get("matches"))) {
				terms.put(term, row.get("category"));
				words.put(term, Pattern.compile("(^|[^\\p{L}])" + Pattern.quote(term) + "($|[^\\p{L}])"));
			}
		}
		PlanComposer composer = new PlanComposer(TemplateCatalogue.load(REFERENCE));
		for (PlanProfile profile : LondonSample.profiles(LONDON)) {
			Set<String> found = new HashSet<>();
			for (PlanDocument.Block block : composer.compose(profile).blocks()) {
				for (PlanDocument.Entry entry : block.entries()) {
					if (entry.organisations() == null) {
						continue;
					}
					for (String item : entry.organisations().toLowerCase(Locale.ROOT).split("\\s*(/|&|,|;|\\n)\\s*")) {
						String longest = null;
						for (String term : terms.keySet()) {
							if (words.get(term).matcher(item).find()
									&& (longest == null || term.length() > longest.length())) {
								longest = term;
							}
						}
						if (longest != null) {
							found.add(terms.get(longest));
						}
					}
				}
			}
			switch (profile.quality()) {
				case EXEMPLARY -> assertThat(found).as(profile.fileName()).hasSizeGreaterThanOrEqualTo(8);
				case POLICE_ONLY -> assertThat(found).as(profile.fileName()).containsExactly("Police");
				default -> {
				}
			}
		}
	}

	@Test
	void plantedGoodPracticeIsInTheWorkbooks() throws IOException {
		for (String name : List.of("planted-good-practice.csv", "near-misses.csv")) {
			List<CSVRecord> rows = csv(resource(name));
			assertThat(rows).isNotEmpty();
			Map<String, String> files = new HashMap<>();
			LondonSample.profiles(LONDON).forEach(p -> files.put(p.planId(), p.fileName()));
			Map<String, List<String>> sheets = new HashMap<>();
			for (CSVRecord row : rows) {
				Path file = first.resolve(files.get(row.get("authority_ons_code")));
				List<String> text = sheets.computeIfAbsent(file + "!" + row.get("sheet"),
						k -> sheetText(file, row.get("sheet")));
				assertThat(text).as(row.toString()).contains(row.get("action_text"));
			}
		}
		Set<String> seedIdeas = new HashSet<>();
		csv(resource("planted-good-practice.csv")).forEach(r -> seedIdeas.add(r.get("category")));
		assertThat(seedIdeas).contains("joint-intelligence-hub", "risk-index", "youth-cooperative",
				"adolescent-support-lac", "school-lessons-menu", "mediation", "school-transition");
	}

	@Test
	void groundTruthFilesAreUpToDate() throws IOException {
		for (Map.Entry<String, String> file : SampleGenerator.groundTruth(REFERENCE).entrySet()) {
			assertThat(resource(file.getKey()))
				.as(file.getKey() + " is stale: run SampleGenerator --ground-truth src/test/resources/sample")
				.isEqualTo(file.getValue());
		}
	}

	@Test
	void stocktakeIsASurveyExport() throws IOException {
		byte[] bytes = Files.readAllBytes(first.resolve(SampleGenerator.STOCKTAKE_FILE));
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
		assertThat(text).contains("\r\n");
		List<CSVRecord> rows = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(text))
			.getRecords();
		Map<String, List<CSVRecord>> byAuthority = new LinkedHashMap<>();
		for (CSVRecord row : rows) {
			Authority authority = LONDON.resolve(row.get("Local authority"))
				.orElseThrow(() -> new AssertionError("unresolved " + row.get("Local authority")));
			byAuthority.computeIfAbsent(authority.onsCode(), k -> new ArrayList<>()).add(row);
		}
		assertThat(rows).hasSize(31);
		assertThat(byAuthority).hasSize(30).doesNotContainKeys("E09000004", "E09000016", "E09000029");
		assertThat(byAuthority.get(StocktakeSample.ANSWERED_TWICE)).hasSize(2);
		assertThat(rows).anyMatch(r -> r.get("Q1 detail").contains("\n"));
		long plans = byAuthority.values()
			.stream()
			.filter(responses -> GroundTruth.yes(responses.get(responses.size() - 1).get(5)))
			.count();
		assertThat(plans).isEqualTo(StocktakeSample.KNIFE_CRIME_PLANS);
	}

	@Test
	void largerScaleAddsDistrictsWithTheirOwnReference(@TempDir Path dir) throws IOException {
		SampleGenerator.Summary three = SampleGenerator.generate(dir, 3);
		assertThat(three.plans()).isEqualTo(98);
		assertThat(three.authorities()).isEqualTo(99);
		List<CSVRecord> reference = csv(Files.readString(three.authoritiesFile()));
		Set<String> codes = new HashSet<>();
		reference.forEach(r -> assertThat(codes.add(r.get("ons_code"))).as(r.get("ons_code")).isTrue());
		assertThat(codes).hasSize(99);
		AuthorityDirectory all = AuthorityDirectory.load(new ReferenceData(three.authoritiesFile().getParent()));
		Set<String> covered = new HashSet<>();
		for (String file : three.files()) {
			AuthorityDirectory.Resolution resolution = all.resolveAll(coverAuthority(dir.resolve(file)));
			assertThat(resolution.complete()).as(file + " names " + resolution).isTrue();
			resolution.authorities().forEach(a -> assertThat(covered.add(a.onsCode())).as(file).isTrue());
		}
		assertThat(covered).isEqualTo(codes);
		// the London plans do not change when districts are added
		for (String file : summary.files()) {
			assertThat(Files.readAllBytes(dir.resolve(file))).as(file)
				.isEqualTo(Files.readAllBytes(first.resolve(file)));
		}
	}

	/**
	 * The bundled input/ is the London sample. Compared by unzipped content rather than
	 * bytes, because another JDK's zlib may compress the same content differently.
	 */
	@Test
	void bundledInputIsTheLondonSample() throws IOException {
		Path input = Project.path("input");
		for (String file : summary.files()) {
			assertThat(content(input.resolve(file))).as(file).isEqualTo(content(first.resolve(file)));
		}
		assertThat(Files.readAllBytes(input.resolve(SampleGenerator.STOCKTAKE_FILE)))
			.isEqualTo(Files.readAllBytes(first.resolve(SampleGenerator.STOCKTAKE_FILE)));
	}

	// ---- helpers

	private static Map<String, byte[]> files(Path dir) throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> paths = Files.list(dir)) {
			for (Path path : paths.toList()) {
				files.put(path.getFileName().toString(), Files.readAllBytes(path));
			}
		}
		return files;
	}

	private static Map<String, String> content(Path file) throws IOException {
		Map<String, String> entries = new TreeMap<>();
		byte[] bytes = Files.readAllBytes(file);
		if (!file.toString().endsWith(".xls")) {
			try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
				ZipEntry entry;
				while ((entry = zip.getNextEntry()) != null) {
					entries.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
				}
			}
			return entries;
		}
		entries.put("xls", HexFormat.of().formatHex(bytes));
		return entries;
	}

	/**
	 * The authority named on the cover: the value to the right of (or below) its label.
	 */
	private static String coverAuthority(Path file) throws IOException {
		DataFormatter format = new DataFormatter();
		try (Workbook workbook = open(file)) {
			Sheet cover = workbook.getSheetAt(0);
			for (Row row : cover) {
				for (Cell cell : row) {
					if (AUTHORITY_LABELS.contains(format.formatCellValue(cell).trim().toLowerCase(Locale.ROOT))) {
						Cell right = row.getCell(cell.getColumnIndex() + 1);
						String value = right == null ? "" : format.formatCellValue(right);
						if (value.isBlank()) {
							Row below = cover.getRow(row.getRowNum() + 1);
							value = below == null ? "" : format.formatCellValue(below.getCell(cell.getColumnIndex()));
						}
						return value;
					}
				}
			}
		}
		throw new AssertionError("no authority on the cover of " + file);
	}

	private static List<String> sheetText(Path file, String sheetName) {
		List<String> text = new ArrayList<>();
		DataFormatter format = new DataFormatter();
		try (Workbook workbook = open(file)) {
			Sheet sheet = workbook.getSheet(sheetName);
			assertThat(sheet).as(file.getFileName() + " has sheet '" + sheetName + "'").isNotNull();
			for (Row row : sheet) {
				for (Cell cell : row) {
					text.add(format.formatCellValue(cell));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return text;
	}

	/** Opens a workbook read-only. */
	private static Workbook open(Path file) {
		try {
			return WorkbookFactory.create(file.toFile(), null, true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String resource(String name) throws IOException {
		try (InputStream in = SampleGeneratorTest.class.getResourceAsStream("/sample/" + name)) {
			assertThat(in).as(name).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static List<CSVRecord> csv(String text) throws IOException {
		return CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(text))
			.getRecords();
	}

}
