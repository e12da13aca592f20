package uk.gov.london.planreview.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import uk.gov.london.planreview.authority.Authority;
import uk.gov.london.planreview.finding.Finding;
import uk.gov.london.planreview.finding.Severity;
import uk.gov.london.planreview.ingest.SubmissionStore.Submission;
import uk.gov.london.planreview.text.Listing;

/**
 * Settles which submission stands for each authority. Two readable submissions for one
 * authority in the same run: the one with the later submission date stands; with no dates
 * to tell them apart, the later file name (usually the later version, "v2"). Also lists
 * the authorities no plan covers.
 */
public final class SubmissionConsolidator {

	private SubmissionConsolidator() {
	}

	/** A submission set aside, and why. */
	public record Superseded(String sourceFile, String reason) {
	}

	/** What consolidation decided. */
	public record Outcome(List<Superseded> superseded, List<Finding> findings) {
	}

	/**
	 * @param named the authorities a file's name names, for files that could not be read
	 */
	public static Outcome consolidate(List<Submission> submissions, List<Authority> allAuthorities,
			Function<String, List<Authority>> named) {
		List<Submission> accepted = new ArrayList<>(submissions.stream()
			.filter(s -> s.status() == SubmissionStatus.ACCEPTED)
			.sorted(Comparator.comparing(SubmissionConsolidator::dateOrMin)
				.thenComparing(Submission::sourceFile)
				.reversed())
			.toList());
		List<Superseded> superseded = new ArrayList<>();
		List<Finding> findings = new ArrayList<>();
		Map<String, Submission> standing = new LinkedHashMap<>();
		for (Submission candidate : accepted) {
			Submission conflict = candidate.authorities()
				.stream()
				.map(a -> standing.get(a.onsCode()))
				.filter(s -> s != null)
				.findFirst()
				.orElse(null);
			if (conflict == null) {
				candidate.authorities().forEach(a -> standing.put(a.onsCode(), candidate));
				continue;
			}
			String why;
			if (conflict.submitted() != null && candidate.submitted() != null
					&& !conflict.submitted().equals(candidate.submitted())) {
				why = "it was submitted later (" + conflict.submitted() + ", against " + candidate.submitted() + ")";
			}
			else if (conflict.submitted() != null && candidate.submitted() == null) {
				why = "it gives a submission date (" + conflict.submitted() + ") and the other does not";
			}
			else {
				why = "the submission dates do not tell them apart, so the later file name (usually the later version) was used";
			}
			String reason = "Two submissions cover " + overlap(candidate, conflict) + ": " + conflict.sourceFile()
					+ " was used because " + why + "; " + candidate.sourceFile() + " was set aside.";
			superseded.add(new Superseded(candidate.sourceFile(), reason));
			findings.add(new Finding(candidate.sourceFile(), candidate.planId(), Severity.WARNING, "", reason
					+ " If the set-aside file is the right one, remove the other from the input folder and run again."));
		}
		Set<String> covered = new HashSet<>(standing.keySet());
		for (Authority authority : allAuthorities) {
			if (!covered.contains(authority.onsCode())) {
				boolean rejected = submissions.stream()
					.anyMatch(s -> s.status() == SubmissionStatus.REJECTED && s.authorities().contains(authority));
				List<String> unreadable = submissions.stream()
					.filter(s -> s.status() == SubmissionStatus.REJECTED && s.authorities().isEmpty())
					.map(Submission::sourceFile)
					.filter(file -> named.apply(file).contains(authority))
					.toList();
				findings.add(new Finding("", authority.onsCode(), Severity.WARNING, "",
						"No plan for " + authority.name() + " was reviewed this quarter"
								+ (rejected ? ": its submission could not be read (see its other findings)."
										: !unreadable.isEmpty() ? ": " + String.join(", ", unreadable)
												+ ", which may be its plan, was received but could not be read "
												+ "(see its findings)." : ": none was received.")));
			}
		}
		return new Outcome(superseded, findings);
	}

	private static LocalDate dateOrMin(Submission submission) {
		return submission.submitted() == null ? LocalDate.MIN : submission.submitted();
	}

	private static String overlap(Submission a, Submission b) {
		return Listing.and(a.authorities().stream().filter(b.authorities()::contains).map(Authority::name).toList());
	}

}
