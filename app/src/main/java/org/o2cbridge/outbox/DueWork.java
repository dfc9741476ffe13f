package org.o2cbridge.outbox;

import java.time.Instant;

/**
 * What the outbox holds due for some actions, as one query sees it: how many rows could be claimed
 * now, and since when the oldest and the newest of them have been due (their next attempt time,
 * or the end of an expired lease). Both instants are null when nothing is due.
 */
public record DueWork(int count, Instant oldestDueSince, Instant newestDueSince) {

    public static final DueWork NONE = new DueWork(0, null, null);
}
