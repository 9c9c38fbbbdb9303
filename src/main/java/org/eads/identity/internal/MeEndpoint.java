package org.eads.identity.internal;

import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the bearer token belongs to: the first call an API client makes, to check its token. */
@RestController
@Tag(name = "Identity", description = "The caller behind the bearer token")
class MeEndpoint {

    /** The caller as e-ADS sees it. */
    public record Me(String username, String displayName, String memberCode, Long agencyId, Set<Role> roles) {
    }

    private final CurrentUser currentUser;

    MeEndpoint(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "The user of the bearer token: name, member, agency and roles")
    Me me() {
        EadsUser user = currentUser.get();
        return new Me(user.username(), user.displayName(), user.memberCode(), user.agencyId(), user.roles());
    }
}
