package org.charter.election.ballot;

import java.util.List;

/** Which members the "has voted" register lists for a contest: that they voted, never how. */
public interface Turnout {

    List<String> voted(String contestId);
}
