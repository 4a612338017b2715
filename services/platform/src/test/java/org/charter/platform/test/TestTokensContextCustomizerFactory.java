package org.charter.platform.test;

import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/** Applies {@link TrustTestTokens}; registered in the test-jar's {@code META-INF/spring.factories}. */
public class TestTokensContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        boolean wanted = MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
                .isPresent(TrustTestTokens.class);
        return wanted ? new TrustingCustomizer() : null;
    }

    /** Equal to every other instance, so contexts that trust test tokens are cached and shared. */
    private static final class TrustingCustomizer implements ContextCustomizer {

        @Override
        public void customizeContext(org.springframework.context.ConfigurableApplicationContext context,
                                     org.springframework.test.context.MergedContextConfiguration merged) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("charterTestTokens",
                    Map.of(TestTokens.PUBLIC_KEY_PROPERTY, TestTokens.publicKeyLocation())));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof TrustingCustomizer;
        }

        @Override
        public int hashCode() {
            return TrustingCustomizer.class.hashCode();
        }
    }
}
