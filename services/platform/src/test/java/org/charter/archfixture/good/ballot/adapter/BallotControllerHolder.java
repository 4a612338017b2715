package org.charter.archfixture.good.ballot.adapter;

/** Referenced by a bad fixture that knows an adapter. */
public class BallotControllerHolder {
}
