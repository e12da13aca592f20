package uk.gov.london.planreview.sample;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import uk.gov.london.planreview.authority.Authority;
import uk.gov.london.planreview.authority.AuthorityDirectory;
import uk.gov.london.planreview.reference.ReferenceData;

/**
 * Invented English districts beyond London, for benchmarks at more than London's scale:
 * plausible place names built from a stock of parts, ONS-like codes in a range no real
 * district uses ({@code E079nnnnn}), and made-up police areas. The i-th district is the
 * same whatever the scale, so a larger run only adds.
 */
final class SyntheticAuthorities {

	private static final String[] HEADS = { "Ash", "Brad", "Chester", "Dun", "Elm", "Fair", "Gold", "Hart", "Ivy",
			"Kings", "Lang", "Mill", "Nether", "Oak", "Pen", "Queens", "Red", "Stan", "Thorn", "Up", "Wal", "Whit",
			"Yarn", "Bex", "Cran", "Dray", "Fern", "Glen", "Hay", "Kirk", "Lyn", "Marl", "Nor", "Ox", "Rook", "Sand",
			"Tad", "Wey", "Brom", "Cold", "Ather", "Bel", "Carl", "Dal", "Eller" };

	private static final String[] TAILS = { "bury", "ford", "ton", "ham", "field", "ley", "wick", "worth", "by",
			"minster", "borough", "stead", "bridge", "cot", "hurst", "mouth", "port", "well", "dale", "thorpe" };

	private static final String[] QUALIFIERS = { "North ", "South ", "East ", "West ", "Upper ", "Great ", "Mid " };

	private static final String[] SUFFIXES = { " Vale", " Heath", " Downs", " Forest", " Moor", " Valley" };

	private static final String[] REGIONS = { "Wessex", "Mercia", "Pennine", "Anglia", "Severn", "Humber", "Weald",
			"Cotswold", "Fenland", "Tamar", "Solent", "Chiltern" };

	private static final String[] AREAS = { "North", "South", "East", "West", "Central" };

	private SyntheticAuthorities() {
	}

	/** A synthetic district and the police force that covers it. */
	record District(Authority authority, String force) {
	}

	/** The first {@code count} districts, avoiding every London name and alias. */
	static List<District> first(int count, AuthorityDirectory london) {
		Dice dice = new Dice("synthetic-districts", "names");
		Set<String> taken = new HashSet<>();
		List<District> districts = new ArrayList<>();
		while (districts.size() < count) {
			String name = name(dice);
			String key = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
			if (!taken.add(key) || london.resolve(name).isPresent()) {
				continue;
			}
			int n = districts.size() + 1;
			String region = REGIONS[(n - 1) % REGIONS.length];
			String bcu = region + " " + AREAS[(n - 1) / REGIONS.length % AREAS.length];
			districts.add(new District(new Authority(String.format("E079%05d", n), name, bcu), region + " Police"));
		}
		return districts;
	}

	private static String name(Dice dice) {
		String base = dice.pick(HEADS) + dice.pick(TAILS);
		return switch (dice.between(0, 5)) {
			case 0 -> dice.pick(QUALIFIERS) + base;
			case 1 -> base + dice.pick(SUFFIXES);
			case 2 -> base + "-on-" + dice.pick("Sea", "Trent", "Avon", "Wye", "Ouse");
			default -> base;
		};
	}

	/**
	 * Writes a reference folder for the districts: an authorities.csv in the format of
	 * config/reference/authorities.csv (the real 33 rows as the reference data has them,
	 * then the synthetic districts), beside a copy of every other reference file.
	 */
	static void write(Path file, ReferenceData reference, List<District> districts) throws IOException {
		Files.createDirectories(file.getParent());
		for (String other : ReferenceData.FILES) {
			if (!other.equals(file.getFileName().toString())) {
				reference.copy(other, file.getParent());
			}
		}
		CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, format)) {
			printer.printRecord("ons_code", "name", "bcu", "aliases");
			for (Map<String, String> row : reference.table("authorities.csv")) {
				printer.printRecord(row.get("ons_code"), row.get("name"), row.get("bcu"), row.get("aliases"));
			}
			for (District district : districts) {
				Authority a = district.authority();
				printer.printRecord(a.onsCode(), a.name(), a.bcu(), "");
			}
		}
	}

}
