package io.ultramarket.commerce.query.live;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

class StoreCommitsTest {

    private final StoreCommits commits = new StoreCommits();

    @Test
    void aWaitForACommitNotYetHeardEndsWithTheNextOne() {
        long seen = commits.count();
        CompletableFuture<Long> wait = commits.after(seen).toFuture();

        assertThat(wait).as("before any commit").isNotDone();
        commits.heard();
        assertThat(wait).isCompletedWithValue(seen + 1);
    }

    @Test
    void aCommitHeardBeforeTheWaitBeganEndsItAtOnce() {
        long seenWhenTheReadBegan = commits.count();
        commits.heard();

        assertThat(commits.after(seenWhenTheReadBegan).toFuture()).isCompletedWithValue(seenWhenTheReadBegan + 1);
    }

    @Test
    void commitsAlreadySeenDoNotEndTheWait() {
        commits.heard();
        commits.heard();

        assertThat(commits.after(commits.count()).toFuture()).isNotDone();
    }
}
