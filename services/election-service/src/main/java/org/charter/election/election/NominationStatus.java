package org.charter.election.election;

public enum NominationStatus {
    NOMINATED,
    ACCEPTED,
    WITHDRAWN
}
