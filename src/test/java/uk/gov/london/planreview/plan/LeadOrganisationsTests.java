package uk.gov.london.planreview.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Whom to contact, written as a reader would: no brackets inside brackets. */
class LeadOrganisationsTests {

	@Test
	void theOrganisationsTheLeadDoesNotNameFollowInBrackets() {
		assertThat(LeadOrganisations.contact("DS Patel", List.of("MPS", "Housing")))
			.isEqualTo("DS Patel (MPS, Housing)");
		assertThat(LeadOrganisations.contact("Leon Hargreaves; Community Engagement Manager", List.of("Council")))
			.isEqualTo("Leon Hargreaves, Community Engagement Manager (Council)");
	}

	@Test
	void whereBracketsWouldNestTheOrganisationsFollowADash() {
		assertThat(LeadOrganisations.contact("Insp Rowe (MPS)", List.of("MPS (South East BCU)", "LA")))
			.isEqualTo("Insp Rowe (MPS) – MPS (South East BCU), LA");
		assertThat(LeadOrganisations.contact("Amira Bennett, Director of Public Health",
				List.of("Council (Community Safety)")))
			.isEqualTo("Amira Bennett, Director of Public Health – Council (Community Safety)");
	}

	@Test
	void aNameSplitAtAnAmpersandIsWholeAgain() {
		assertThat(LeadOrganisations.asWritten(List.of("NHS trust (A", "E)", "LA"))).containsExactly("NHS trust (A&E)",
				"LA");
	}

}
