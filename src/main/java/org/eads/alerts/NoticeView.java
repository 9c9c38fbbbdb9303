package org.eads.alerts;

import java.util.List;
import java.util.UUID;

/**
 * A notice as one viewer sees it: the records it refers to as their sharing allows, the flags the viewer may see,
 * the viewer's notification still waiting for an acknowledgement, and what the viewer may do with it.
 *
 * @param pendingAlert     the viewer's notification about this notice that still awaits their acknowledgement
 * @param acknowledgements per member, whether it acknowledged the notice: for the issuing member only, else empty
 * @param ownFlag          the viewer's member's flag, if it set one
 */
public record NoticeView(Notice notice, List<ReferencedRecord> records, List<NoticeFlag> flags,
                         UUID pendingAlert, List<MemberAcknowledgement> acknowledgements, NoticeFlag ownFlag,
                         Permissions may) {

    /** What the viewer may do with the notice now. */
    public record Permissions(boolean edit, boolean submit, boolean approve, boolean update, boolean cancel,
                              boolean flag) {
    }
}
