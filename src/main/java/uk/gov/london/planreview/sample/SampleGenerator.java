package uk.gov.london.planreview.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import uk.gov.london.planreview.authority.AuthorityDirectory;
import uk.gov.london.planreview.reference.ReferenceData;
import uk.gov.london.planreview.sample.SyntheticAuthorities.District;
import uk.gov.london.planreview.template.TemplateCatalogue;

/**
 * Writes the sample input: plan workbooks for London's 33 authorities with every quirk
 * the reader must handle, and the stock-take responses. At a scale above 1 it adds plans
 * for invented districts beyond London, and an authorities.csv naming them, for
 * benchmarks.
 * <p>
 * Output is deterministic: the same scale and reference data give byte-identical files,
 * and each plan's content depends only on its own authority, so the London plans are the
 * same at every scale.
 */
public final class SampleGenerator {

	/** The stock-take export's file name in the output directory. */
	public static final String STOCKTAKE_FILE = "stocktake-responses.csv";

	private SampleGenerator() {
	}

	/**
	 * What was written.
	 *
	 * @param plans workbooks written
	 * @param authorities authorities they cover
	 * @param bytes total size of the workbooks
	 * @param files workbook file names, London first
	 * @param authoritiesFile the authorities.csv covering the synthetic districts, or
	 * null at scale 1
	 */
	public record Summary(int plans, int authorities, long bytes, List<String> files, Path stocktakeFile,
			Path authoritiesFile) {
	}

	/** The sample from the packaged reference data. */
	public static Summary generate(Path outputDir, int scale) throws IOException {
		return generate(outputDir, scale, ReferenceData.packaged());
	}

	/**
	 * @param scale 1 for the London sample; n for about n × 33 plans (London plus
	 * synthetic districts)
	 */
	public static Summary generate(Path outputDir, int scale, ReferenceData reference) throws IOException {
		if (scale < 1) {
			throw new IllegalArgumentException("scale must be at least 1, was " + scale);
		}
		Files.createDirectories(outputDir);
		AuthorityDirectory london = AuthorityDirectory.load(reference);
		List<PlanProfile> londonProfiles = LondonSample.profiles(london);
		List<PlanProfile> profiles = new ArrayList<>(londonProfiles);
		Path authoritiesFile = null;
		if (scale > 1) {
			List<District> districts = SyntheticAuthorities.first((scale - 1) * london.all().size(), london);
			profiles.addAll(SyntheticSample.profiles(districts, londonProfiles));
			authoritiesFile = outputDir.resolve("reference").resolve("authorities.csv");
			SyntheticAuthorities.write(authoritiesFile, reference, districts);
		}
		PlanComposer composer = new PlanComposer(TemplateCatalogue.load(reference));
		long bytes;
		try {
			// plans are independent, so drawing them in parallel cannot change their
			// bytes
			bytes = profiles.parallelStream().mapToLong(profile -> {
				byte[] workbook = WorkbookRenderer.render(composer.compose(profile));
				write(outputDir.resolve(profile.fileName()), workbook);
				return workbook.length;
			}).sum();
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		Path stocktake = outputDir.resolve(STOCKTAKE_FILE);
		Files.write(stocktake, StocktakeSample.csv(StocktakeSample.responses(london)));
		int authorities = profiles.stream().mapToInt(p -> p.onsCodes().size()).sum();
		return new Summary(profiles.size(), authorities, bytes, profiles.stream().map(PlanProfile::fileName).toList(),
				stocktake, authoritiesFile);
	}

	/**
	 * Writes what the London sample was built to contain (planted good practice, near
	 * misses, plan profiles, expected stock-take reading) into {@code directory},
	 * normally src/test/resources/sample/.
	 */
	public static void writeGroundTruth(Path directory) throws IOException {
		Files.createDirectories(directory);
		for (Map.Entry<String, String> file : groundTruth(ReferenceData.packaged()).entrySet()) {
			Files.writeString(directory.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
		}
	}

	static Map<String, String> groundTruth(ReferenceData reference) {
		AuthorityDirectory london = AuthorityDirectory.load(reference);
		PlanComposer composer = new PlanComposer(TemplateCatalogue.load(reference));
		List<PlanDocument> plans = LondonSample.profiles(london).stream().map(composer::compose).toList();
		return GroundTruth.files(plans, StocktakeSample.responses(london), london);
	}

	private static void write(Path file, byte[] content) {
		try {
			Files.write(file, content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * {@code SampleGenerator --ground-truth
	 *
	<dir>
	 * } writes the London sample's expected results (the sample itself is written by
	 * {@code ./run.sh sample}).
	 */
	public static void main(String[] args) throws IOException {
		if (args.length != 2 || !"--ground-truth".equals(args[0])) {
			System.err.println(
					"usage: SampleGenerator --ground-truth <dir>   (the sample itself: ./run.sh sample --output DIR)");
			System.exit(2);
		}
		writeGroundTruth(Path.of(args[1]));
	}

}
