package uk.gov.london.planreview.review;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import uk.gov.london.planreview.archive.Sha256;
import uk.gov.london.planreview.ingest.InputFolder;
import uk.gov.london.planreview.review.ReviewRunStore.RecordedInput;

/**
 * What changed in the input folder since a run recorded it: files added, removed and
 * replaced, said as a person would.
 *
 * @param added names of files that are new
 * @param removed names of files that are gone
 * @param replaced names of files whose content is not what the run read
 */
record InputChanges(List<String> added, List<String> removed, List<String> replaced) {

	/** How many files a description names before it counts the rest. */
	private static final int NAMED = 3;

	static InputChanges since(List<RecordedInput> recorded, InputFolder.Listing now) throws IOException {
		Map<String, String> before = recorded.stream()
			.collect(Collectors.toMap(RecordedInput::name, RecordedInput::sha256, (a, b) -> a, TreeMap::new));
		Map<String, InputFolder.InputFile> after = now.files()
			.stream()
			.collect(Collectors.toMap(InputFolder.InputFile::name, Function.identity(), (a, b) -> a, TreeMap::new));
		List<String> added = new ArrayList<>();
		List<String> replaced = new ArrayList<>();
		for (Map.Entry<String, InputFolder.InputFile> file : after.entrySet()) {
			String sha = before.get(file.getKey());
			if (sha == null) {
				added.add(file.getKey());
			}
			else if (!sha.equals(Sha256.of(file.getValue().path()))) {
				replaced.add(file.getKey());
			}
		}
		List<String> removed = before.keySet().stream().filter(name -> !after.containsKey(name)).toList();
		return new InputChanges(List.copyOf(added), removed, List.copyOf(replaced));
	}

	boolean none() {
		return this.added.isEmpty() && this.removed.isEmpty() && this.replaced.isEmpty();
	}

	/**
	 * "2 files were added (a.xlsx, b.xlsx), 1 removed (c.xlsx) and 1 replaced (d.xlsx)".
	 */
	String describe() {
		List<String> parts = new ArrayList<>();
		for (Map.Entry<String, List<String>> change : Map
			.of("added", this.added, "removed", this.removed, "replaced", this.replaced)
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.toList()) {
			List<String> names = change.getValue();
			if (!names.isEmpty()) {
				String verb = parts.isEmpty() ? (names.size() == 1 ? " file was " : " files were ") : " ";
				parts.add(names.size() + verb + change.getKey() + " ("
						+ String.join(", ", names.subList(0, Math.min(NAMED, names.size())))
						+ (names.size() > NAMED ? " and " + (names.size() - NAMED) + " more" : "") + ")");
			}
		}
		return parts.size() == 1 ? parts.get(0)
				: String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
	}

}
