package uk.gov.london.planreview.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the job tests' shared application context at the suite's one database, made when
 * the first context starts, and at the project's own folder as the program's home
 * whatever the working directory.
 */
public final class SharedDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static Map<String, Object> properties;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-database", properties()));
	}

	private static synchronized Map<String, Object> properties() {
		if (properties == null) {
			Map<String, Object> values = new HashMap<>();
			Path folder;
			try {
				folder = Files.createTempDirectory("plan-review-tests-");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			values.put("spring.datasource.url", TestDatabase.url(folder));
			if (TestDatabase.postgresql()) {
				values.put("spring.datasource.username", "postgres");
				values.put("spring.datasource.password", "postgres");
			}
			values.put("planreview.home", Project.dir().toString());
			properties = Map.copyOf(values);
		}
		return properties;
	}

}
