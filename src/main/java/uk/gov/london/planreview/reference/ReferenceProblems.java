package uk.gov.london.planreview.reference;

import java.util.List;

/** Reference data that cannot be used as it is: each problem on a line of its own. */
public class ReferenceProblems extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	private final List<String> problems;

	public ReferenceProblems(List<String> problems) {
		super(String.join("\n", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return this.problems;
	}

}
