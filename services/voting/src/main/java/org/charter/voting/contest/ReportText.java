package org.charter.voting.contest;

import java.math.BigDecimal;
import java.util.Map;
import org.charter.voting.ranked.CountMethod;
import org.charter.voting.ranked.CountReport;
import org.charter.voting.ranked.Stage;

/** The count as a person reads a result sheet. */
public final class ReportText {

    private ReportText() {
    }

    public static String render(CountReport r) {
        StringBuilder out = new StringBuilder();
        String nl = System.lineSeparator();
        out.append(r.title()).append(nl);
        out.append(switch (r.method()) {
                    case STV -> "Scottish STV (SSI 2007/42 Sch. 1 rules 45-52)";
                    case IRV -> "Instant-runoff";
                    case TWO_ROUND -> "Two-round, first ballot";
                })
                .append(", ").append(r.seats()).append(r.seats() == 1 ? " seat" : " seats")
                .append(", ").append(r.validBallots()).append(" valid ballots");
        if (r.setAside() > 0) {
            out.append(" (").append(r.setAside()).append(" empty set aside)");
        }
        out.append(", ").append(r.method() == CountMethod.STV ? "quota " : "majority at stage 1 ").append(r.quota().toPlainString()).append(nl);
        if (!r.withdrawn().isEmpty()) {
            out.append("Withdrawn: ").append(String.join(", ", r.withdrawn())).append(nl);
        }
        int width = Math.max(13, r.candidates().stream().mapToInt(String::length).max().orElse(10));
        for (Stage s : r.stages()) {
            out.append(nl).append("Stage ").append(s.number()).append(": ").append(describe(s, r.method())).append(nl);
            for (Map.Entry<String, BigDecimal> t : s.tallies().entrySet()) {
                out.append("  ").append(pad(t.getKey(), width)).append(' ').append(pad(t.getValue().toPlainString(), -14));
                BigDecimal got = s.transfers().get(t.getKey());
                if (got != null) {
                    out.append("  (+").append(got.toPlainString()).append(')');
                }
                if (s.elected().contains(t.getKey())) {
                    out.append("  ELECTED");
                }
                if (s.excluded().contains(t.getKey())) {
                    out.append("  EXCLUDED");
                }
                out.append(nl);
            }
            out.append("  ").append(pad("exhausted", width)).append(' ').append(pad(s.exhausted().toPlainString(), -14));
            if (s.nonTransferable().signum() > 0) {
                out.append("  (+").append(s.nonTransferable().toPlainString()).append(')');
            }
            out.append(nl);
            if (s.roundingLoss().signum() > 0) {
                out.append("  ").append(pad("rounding loss", width)).append(' ').append(pad(s.roundingLoss().toPlainString(), -14)).append(nl);
            }
            if (s.threshold() != null) {
                out.append("  ").append(pad("majority", width)).append(' ').append(pad(s.threshold().toPlainString(), -14))
                        .append("  (of the continuing ballots)").append(nl);
            }
            for (String note : s.notes()) {
                out.append("  note: ").append(note).append(nl);
            }
        }
        out.append(nl).append("Elected: ").append(r.elected().isEmpty() ? "nobody" : String.join(", ", r.elected()));
        if (!r.runoff().isEmpty()) {
            out.append(" yet; runoff ballot between ").append(String.join(" and ", r.runoff()));
        } else if (r.unfilled() > 0) {
            out.append(" (").append(r.unfilled()).append(" seat").append(r.unfilled() == 1 ? "" : "s").append(" unfilled)");
        }
        return out.append(nl).toString();
    }

    private static String describe(Stage s, CountMethod method) {
        return switch (s.kind()) {
            case FIRST_PREFERENCES -> "first preferences";
            case SURPLUS -> "surplus of " + s.from().get(0) + " (" + s.surplus().toPlainString() + ") transferred";
            case EXCLUSION -> s.from().get(0) + (method == CountMethod.IRV
                    ? " excluded, ballots moved to their next preference"
                    : " excluded, papers transferred at the value received");
            case SAME_MEMBER_EXCLUSION -> String.join(", ", s.from()) + " excluded (same member as an elected candidate)";
            case RUNOFF_SELECTION -> "no majority: the two with the most first preferences go to a runoff ballot";
        };
    }

    private static String pad(String s, int width) {
        int w = Math.abs(width);
        if (s.length() >= w) {
            return s;
        }
        String spaces = " ".repeat(w - s.length());
        return width < 0 ? spaces + s : s + spaces;
    }
}
