package io.ultramarket.commerce.deadline;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The persisted deadline scheduler ({@code commerce.deadlines.*}).
 *
 * @param pollEvery how often the scheduler looks for due deadlines in {@code scheduled_tasks}; a deadline
 *                  fires at most this late
 * @param threads   how many deadlines run at once
 * @param heartbeatEvery how often an instance marks the deadlines it is running as alive; one that died
 *                       with a deadline picked leaves it to another after six missed heartbeats (ADR 0055)
 */
@ConfigurationProperties("commerce.deadlines")
public record DeadlineProperties(@DefaultValue("1s") Duration pollEvery, @DefaultValue("2") int threads,
                                 @DefaultValue("10s") Duration heartbeatEvery) {
}
