package uk.gov.london.planreview.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

import uk.gov.london.planreview.authority.AuthorityDirectory;
import uk.gov.london.planreview.reference.ReferenceData;
import uk.gov.london.planreview.sample.SyntheticAuthorities.District;
import uk.gov.london.planreview.template.TemplateCatalogue;
import uk.gov.london.planreview.xml.XmlFactories;

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
	 * {@code ./run.sh sample --output DIR [--scale N]} writes the sample input;
	 * {@code --ground-truth DIR} writes the London sample's expected results (normally
	 * into src/test/resources/sample/).
	 */
	public static void main(String[] args) {
		XmlFactories.useJdkDefaults();
		// POI notes that a new workbook has no summary information yet: not news to the user.
		((Logger) LoggerFactory.getLogger("org.apache.poi")).setLevel(Level.ERROR);
		System.exit(run(args));
	}

	private static int run(String[] args) {
		Path output = null;
		Path groundTruth = null;
		int scale = 1;
		for (int i = 0; i < args.length; i++) {
			String value = i + 1 < args.length ? args[i + 1] : null;
			switch (args[i]) {
				case "--output" -> output = value == null ? null : Path.of(args[++i]);
				case "--ground-truth" -> groundTruth = value == null ? null : Path.of(args[++i]);
				case "--scale" -> {
					scale = value != null && value.matches("\\d{1,4}") ? Integer.parseInt(args[++i]) : 0;
					if (scale < 1 || scale > 1000) {
						return usage("--scale takes a whole number from 1 to 1000.");
					}
				}
				default -> {
					return usage("There is no option " + args[i] + ".");
				}
			}
		}
		try {
			if (groundTruth != null) {
				writeGroundTruth(groundTruth);
				return 0;
			}
			if (output == null) {
				return usage("sample needs --output: the folder to write the sample input into.");
			}
			long started = System.nanoTime();
			Summary summary = generate(output, scale);
			System.out.printf("Wrote %d plans covering %d authorities and the stock-take responses to %s in %.1f s.%n",
					summary.plans(), summary.authorities(), output, (System.nanoTime() - started) / 1e9);
			if (summary.authoritiesFile() != null) {
				System.out.println("The plans beyond London need their own authorities: run with "
						+ "-Dplanreview.reference-dir=" + summary.authoritiesFile().getParent());
			}
			return 0;
		}
		catch (IOException | RuntimeException ex) {
			System.err.println("plan-review could not write the sample: " + ex.getMessage());
			return 1;
		}
	}

	private static int usage(String problem) {
		System.err.println("plan-review sample: " + problem);
		System.err.println("Usage: ./run.sh sample --output DIR [--scale N]   (N times the London sample, 1 to 1000)");
		return 2;
	}

}
