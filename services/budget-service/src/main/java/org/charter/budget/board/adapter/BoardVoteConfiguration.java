package org.charter.budget.board.adapter;

import com.mongodb.client.MongoDatabase;
import org.charter.budget.board.BoardMotions;
import org.charter.budget.board.FollowingBoardVotes;
import org.charter.budget.proposal.RecordingBoardDecisions;
import org.charter.platform.consumer.EventSubscription;
import org.charter.platform.kafka.EventTopics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class BoardVoteConfiguration {

    @Bean
    BoardMotions boardMotions(MongoDatabase database) {
        return new MongoBoardMotions(database);
    }

    @Bean
    FollowingBoardVotes followingBoardVotes(BoardMotions motions, RecordingBoardDecisions decisions) {
        return new FollowingBoardVotes(motions, decisions);
    }

    /**
     * One thread: a motion's MotionProposed and its decision share the motion's key, so they come
     * in order on one partition. The group name is the position on the committee's topic: keep it stable.
     */
    @Bean
    EventSubscription committeeDecisions(FollowingBoardVotes following) {
        return EventSubscription.of("budget.committee-decisions", following::on, EventTopics.of("committee"));
    }
}
