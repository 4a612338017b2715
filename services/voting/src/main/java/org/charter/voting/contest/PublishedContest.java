package org.charter.voting.contest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.charter.voting.ranked.CountMethod;
import org.charter.voting.ranked.Contest;

/**
 * A contest as Charter publishes it at close (docs/voting/published-contest.schema.json): the
 * slate, the anonymised ballots, the method, the revealed seed and, once counted, the result.
 *
 * @param method the method the contest is counted with, if the file says
 * @param seed   the revealed seed in hex, if the file says
 * @param result the published count report, if the file carries one
 */
public record PublishedContest(Contest contest, Optional<CountMethod> method, Optional<String> seed,
                               Optional<JsonNode> result) {
}
