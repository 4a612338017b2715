package org.charter.web.motion;

import java.util.ArrayList;
import java.util.List;

/**
 * Two text versions of a motion side by side, row by row, from the committee API's line changes:
 * lines outside a change are the same in both and paired; a change pairs its removed lines with its
 * added lines, a blank cell where one side has fewer.
 */
public final class SideBySide {

    /** One row: the earlier version's line and the later's (null: no line on that side), and whether it changed. */
    public record Row(Integer fromNumber, String from, Integer toNumber, String to, boolean changed) {
    }

    /** A change as the API gives it: where it starts in each version (lines from 1), the lines removed and added. */
    public record Change(int fromLine, int toLine, List<String> removed, List<String> added) {
    }

    private SideBySide() {
    }

    public static List<Row> rows(String fromText, String toText, List<Change> changes) {
        String[] from = fromText.split("\\R", -1);
        String[] to = toText.split("\\R", -1);
        List<Row> rows = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (Change change : changes) {
            while (i < change.fromLine() - 1 && j < change.toLine() - 1) {
                rows.add(new Row(i + 1, from[i], j + 1, to[j], false));
                i++;
                j++;
            }
            int size = Math.max(change.removed().size(), change.added().size());
            for (int k = 0; k < size; k++) {
                boolean left = k < change.removed().size();
                boolean right = k < change.added().size();
                rows.add(new Row(left ? i + 1 : null, left ? change.removed().get(k) : null,
                        right ? j + 1 : null, right ? change.added().get(k) : null, true));
                i += left ? 1 : 0;
                j += right ? 1 : 0;
            }
        }
        while (i < from.length && j < to.length) {
            rows.add(new Row(i + 1, from[i], j + 1, to[j], false));
            i++;
            j++;
        }
        return rows;
    }
}
