package org.charter.committee.motion;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/**
 * The line differences between two text versions of a motion, as java-diff-utils finds them
 * (Myers' algorithm): each change says where it is in either version and which lines it removes
 * and adds; lines not listed are the same in both.
 */
public record TextDiff(int from, int to, List<Change> changes) {

    /** {@code type}: INSERT, DELETE or CHANGE; line numbers from 1, {@code fromLine}/{@code toLine} where the block starts. */
    public record Change(String type, int fromLine, int toLine, List<String> removed, List<String> added) {
    }

    public static TextDiff between(TextVersion from, TextVersion to) {
        List<Change> changes = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(lines(from.text()), lines(to.text())).getDeltas()) {
            changes.add(new Change(delta.getType().name(), delta.getSource().getPosition() + 1,
                    delta.getTarget().getPosition() + 1, List.copyOf(delta.getSource().getLines()),
                    List.copyOf(delta.getTarget().getLines())));
        }
        return new TextDiff(from.number(), to.number(), changes);
    }

    private static List<String> lines(String text) {
        return List.of(text.split("\\R", -1));
    }
}
