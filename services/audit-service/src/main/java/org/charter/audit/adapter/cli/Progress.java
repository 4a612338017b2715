package org.charter.audit.adapter.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** The progress bar of long work, on standard error (standard output stays the answer): rate and time left. */
final class Progress {

    private Progress() {
    }

    static ProgressBar bar(String task, String unit) {
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(-1).setStyle(ProgressBarStyle.ASCII)
                .setUnit(unit, 1).showSpeed().setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
    }
}
