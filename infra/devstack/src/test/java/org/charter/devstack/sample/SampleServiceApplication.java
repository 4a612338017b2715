package org.charter.devstack.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;

/** Stands in for a Charter service in ServiceLauncherIT (no MongoDB runs behind its URI there). */
@SpringBootApplication(exclude = MongoAutoConfiguration.class)
public class SampleServiceApplication {
}
