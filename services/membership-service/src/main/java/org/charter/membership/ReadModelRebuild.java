package org.charter.membership;

import java.util.List;
import org.charter.platform.projection.Projection;
import org.charter.platform.projection.ProjectionRebuilder;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Rebuilds every read model from the event history when the service starts, before it serves:
 * whatever a crash between an append and its projection left out is back. Cheap at a
 * consortium's scale (tens of members, hundreds of events).
 */
@Component
@Order(0)
class ReadModelRebuild implements ApplicationRunner {

    private final ProjectionRebuilder rebuilder;
    private final List<Projection> projections;

    ReadModelRebuild(ProjectionRebuilder rebuilder, List<Projection> projections) {
        this.rebuilder = rebuilder;
        this.projections = projections;
    }

    @Override
    public void run(ApplicationArguments args) {
        projections.forEach(rebuilder::rebuild);
    }
}
