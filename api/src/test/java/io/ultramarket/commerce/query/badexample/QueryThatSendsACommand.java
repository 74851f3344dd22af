package io.ultramarket.commerce.query.badexample;

import org.axonframework.commandhandling.gateway.CommandGateway;

import java.time.Instant;

/** Breaks "queries send no commands" and "one clock": a reader that decides, on the wall clock's time. */
public class QueryThatSendsACommand {

    private final CommandGateway commands;

    public QueryThatSendsACommand(CommandGateway commands) {
        this.commands = commands;
    }

    public void decide() {
        commands.send("expire at " + Instant.now());
    }
}
