package org.charter.archfixture.bad.ballot;

/** A domain class that breaks the rules on purpose: it knows an adapter. */
public class BallotView {

    public Class<?> controller() {
        return org.charter.archfixture.good.ballot.adapter.BallotControllerHolder.class;
    }
}
