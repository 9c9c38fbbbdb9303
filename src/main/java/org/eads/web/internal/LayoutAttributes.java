package org.eads.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.member.Member;
import org.eads.member.Members;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.thymeleaf.context.LazyContextVariable;

/**
 * What the page layout shows on every page: who is signed in, for which member, and where they are (to mark the
 * current navigation item). The member's name is looked up only if a page is actually drawn.
 */
@ControllerAdvice
class LayoutAttributes {

    private final CurrentUser currentUser;
    private final Members members;

    LayoutAttributes(CurrentUser currentUser, Members members) {
        this.currentUser = currentUser;
        this.members = members;
    }

    /** The fully signed-in user, or null (signed out, or only half-way through the sign-in). */
    @ModelAttribute("signedIn")
    EadsUser signedIn() {
        return currentUser.find().orElse(null);
    }

    @ModelAttribute("signedInMember")
    Object signedInMember() {
        return new LazyContextVariable<String>() {
            @Override
            protected String loadValue() {
                return currentUser.find().flatMap(u -> members.find(u.memberCode())).map(Member::name).orElse(null);
            }
        };
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
