package org.charter.archfixture.bad.ballot;

import org.springframework.stereotype.Component;

/** A domain class that breaks the rules on purpose: a Spring component in a feature root. */
@Component
public class BallotClock {
}
