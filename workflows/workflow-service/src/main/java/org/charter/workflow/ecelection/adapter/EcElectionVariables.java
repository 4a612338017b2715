package org.charter.workflow.ecelection.adapter;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.charter.workflow.ecelection.ElectionPeriods;
import org.charter.workflow.election.Election.CalledElection;
import org.charter.workflow.process.adapter.ProcessContexts;
import org.charter.workflow.process.adapter.ProcessVariables;

/**
 * The {@code ec-election} process's variables, typed: the election, its calendar as the election
 * service fixed it ({@code slateAt}, which the nomination period's timer reads), its contests
 * (comma-separated, since the engine stores no lists: {@code contestCount} is the multi-instance
 * cardinality) and the periods. Each contest's process gets them all.
 */
class EcElectionVariables extends ProcessVariables {

    static final String ELECTION = "election";
    static final Map<String, String> PERIOD_VARIABLES = periodVariables();

    EcElectionVariables(VariableScope scope) {
        super(scope);
    }

    static EcElectionVariables of(VariableScope scope) {
        return new EcElectionVariables(scope);
    }

    private static Map<String, String> periodVariables() {
        Map<String, String> variables = new LinkedHashMap<>();
        ElectionPeriods.NAMES.forEach(name -> variables.put(name, name + "Period"));
        return variables;
    }

    static Map<String, Object> atStart(CalledElection election, ElectionPeriods periods, String correlationId) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(ELECTION, election.id());
        variables.put(ProcessContexts.CORRELATION_ID, correlationId);
        putPeriods(variables, periods.asMap(), PERIOD_VARIABLES);
        variables.put("contests", String.join(",", election.contests()));
        variables.put("contestCount", election.contests().size());
        variables.put("slateAt", java.util.Date.from(election.slateAt()));
        variables.put("ballotOpensAt", java.util.Date.from(election.ballotOpensAt()));
        variables.put("termStartsAt", java.util.Date.from(election.termStartsAt()));
        return variables;
    }

    String election() {
        return (String) scope.getVariable(ELECTION);
    }

    Map<String, String> periodTexts() {
        return periodTexts(ElectionPeriods.NAMES, PERIOD_VARIABLES);
    }

    List<String> contests() {
        String joined = (String) scope.getVariable("contests");
        return joined == null || joined.isBlank() ? List.of() : Arrays.stream(joined.split(",")).map(String::strip).toList();
    }

    Instant slateAt() {
        return instant("slateAt");
    }

    Instant ballotOpensAt() {
        return instant("ballotOpensAt");
    }

    Instant termStartsAt() {
        return instant("termStartsAt");
    }
}
