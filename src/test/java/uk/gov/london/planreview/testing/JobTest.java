package uk.gov.london.planreview.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test that runs the application's jobs. Every such test class shares one application
 * context and one database (H2, or PostgreSQL in the second surefire run), so the context
 * starts once per suite: tests keep apart by writing into folders of their own, which is
 * what tells one run from another.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = "planreview.progress=false")
@ContextConfiguration(initializers = SharedDatabase.class)
public @interface JobTest {

}
