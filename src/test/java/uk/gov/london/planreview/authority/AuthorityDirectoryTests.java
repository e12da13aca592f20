package uk.gov.london.planreview.authority;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.london.planreview.reference.ReferenceData;

class AuthorityDirectoryTests {

	private final AuthorityDirectory directory = AuthorityDirectory.load(ReferenceData.packaged());

	@Test
	void knowsAllThirtyThreeAuthorities() {
		assertThat(this.directory.all()).hasSize(33);
		assertThat(this.directory.all().get(0).name()).isEqualTo("City of London");
	}

	@ParameterizedTest(name = "\"{0}\" is {1}")
	@CsvSource(delimiter = '|', textBlock = """
			LB Camden                          | E09000007
			London Borough of Camden           | E09000007
			camden council                     | E09000007
			Royal Borough of Greenwich         | E09000011
			RBKC                               | E09000020
			K&C                                | E09000020
			Royal Borough of Kensington & Chelsea | E09000020
			LBHF                               | E09000013
			H&F                                | E09000013
			Barking & Dagenham                 | E09000002
			Kingston                           | E09000021
			Richmond                           | E09000027
			City of London Corporation         | E09000001
			Westminster City Council           | E09000033
			  TOWER   HAMLETS  Council         | E09000030
			London Borough of Waltham Forest Council | E09000031
			""")
	void resolvesTheSpellingsPlansUse(String name, String code) {
		assertThat(this.directory.resolve(name)).map(Authority::onsCode).contains(code);
	}

	@Test
	void resolvesNonBreakingSpaces() {
		assertThat(this.directory.resolve("Tower\u00A0Hamlets")).map(Authority::onsCode).contains("E09000030");
	}

	@Test
	void resolvesSeveralAuthoritiesInOneCellKeepingNamesThatContainAnd() {
		AuthorityDirectory.Resolution joint = this.directory.resolveAll("Kingston and Richmond");
		assertThat(joint.authorities()).extracting(Authority::onsCode).containsExactly("E09000021", "E09000027");
		AuthorityDirectory.Resolution three = this.directory.resolveAll("Barking & Dagenham, Havering and Redbridge");
		assertThat(three.authorities()).extracting(Authority::name)
			.containsExactly("Barking and Dagenham", "Havering", "Redbridge");
		assertThat(three.unresolved()).isEmpty();
	}

	@Test
	void reportsWhatItCannotResolveRatherThanGuess() {
		assertThat(this.directory.resolve("Camdon")).isEmpty();
		assertThat(this.directory.resolve("Surrey")).isEmpty();
		AuthorityDirectory.Resolution partial = this.directory.resolveAll("Hackney and Narnia");
		assertThat(partial.authorities()).extracting(Authority::name).containsExactly("Hackney");
		assertThat(partial.unresolved()).containsExactly("Narnia");
	}

	@Test
	void planIdSortsOnsCodesAndJoinsThemWithPlus() {
		assertThat(AuthorityDirectory.planId(this.directory.resolveAll("Richmond and Kingston").authorities()))
			.isEqualTo("E09000021+E09000027");
	}

}
