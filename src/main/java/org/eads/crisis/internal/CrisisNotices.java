package org.eads.crisis.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eads.alerts.AlertKind;
import org.eads.alerts.Alerts;
import org.eads.alerts.MessageType;
import org.eads.alerts.NewAlert;
import org.eads.alerts.Recipients;
import org.eads.alerts.Sender;
import org.eads.crisis.Crisis;
import org.eads.crisis.Distribution;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.member.Member;
import org.eads.member.MemberKind;
import org.eads.member.Members;
import org.springframework.stereotype.Component;

/**
 * The notifications of a crisis. The declaration is one CRISIS alert to the crisis contacts of every member of the
 * distribution, who must acknowledge it; everything after it is a CRISIS_UPDATE that refers to it. An exercise
 * crisis marks every one of them as exercise.
 */
@Component
public class CrisisNotices {

    static final String OBJECT = "CRISIS";

    private final Alerts alerts;
    private final Members members;

    CrisisNotices(Alerts alerts, Members members) {
        this.alerts = alerts;
        this.members = members;
    }

    /** The active members a distribution reaches, in the order pages list them. */
    public List<Member> reached(Distribution distribution) {
        Set<MemberKind> kinds = distribution == Distribution.MEMBERS_AND_PARTNERS
                ? Set.of(MemberKind.MEMBER, MemberKind.SECRETARIAT, MemberKind.PARTNER)
                : Set.of(MemberKind.MEMBER, MemberKind.SECRETARIAT);
        return members.all().stream().filter(m -> m.active() && kinds.contains(m.kind())).toList();
    }

    public UUID declare(EadsUser user, UUID crisisId, ValidCrisis c, String memberName) {
        String body = c.type().label() + " at " + c.place() + coordinates(c.latitude(), c.longitude())
                + ", declared by " + memberName + ". Casualties: " + c.casualties() + ". Open the crisis board "
                + "and acknowledge.";
        return alerts.send(Sender.of(user), NewAlert.of(AlertKind.CRISIS, "Crisis declared by " + memberName + ": "
                        + c.title(), contactsOf(reached(c.distribution()).stream().map(Member::code).toList()))
                .body(body).about(OBJECT, crisisId.toString(), "/crises/" + crisisId).exercise(c.exercise()));
    }

    /** An update to everyone the crisis was distributed to. */
    public void toDistribution(EadsUser user, Crisis crisis, String subject, String body) {
        to(user, crisis, subject, body, reached(crisis.distribution()).stream().map(Member::code).toList());
    }

    /** An update to the crisis contacts of the given members. */
    public void to(EadsUser user, Crisis crisis, String subject, String body, List<String> memberCodes) {
        if (memberCodes.isEmpty()) {
            return;
        }
        alerts.send(Sender.of(user), NewAlert.of(AlertKind.CRISIS_UPDATE, crisis.title() + ": " + subject,
                        contactsOf(memberCodes))
                .body(body).about(OBJECT, crisis.id().toString(), crisis.page()).exercise(crisis.exercise())
                .following(MessageType.UPDATE, crisis.declarationAlertId()));
    }

    private static Recipients contactsOf(List<String> memberCodes) {
        Recipients to = new Recipients(Set.of(), Set.of(), Set.of());
        for (String code : memberCodes) {
            to = to.and(Recipients.role(code, Role.CRISIS_CONTACT));
        }
        return to;
    }

    private static String coordinates(Double latitude, Double longitude) {
        return latitude == null ? "" : " (" + latitude + ", " + longitude + ")";
    }
}
