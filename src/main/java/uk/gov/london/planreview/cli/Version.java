package uk.gov.london.planreview.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the version the build recorded (META-INF/build-info.properties). */
final class Version implements IVersionProvider {

	@Override
	public String[] getVersion() throws IOException {
		Properties build = new Properties();
		try (InputStream in = Version.class.getResourceAsStream("/META-INF/build-info.properties")) {
			if (in != null) {
				build.load(in);
			}
		}
		return new String[] { "plan-review " + build.getProperty("build.version", "(development build)") };
	}

}
