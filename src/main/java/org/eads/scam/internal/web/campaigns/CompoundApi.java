package org.eads.scam.internal.web.campaigns;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.eads.identity.CurrentUser;
import org.eads.scam.Compound;
import org.eads.scam.CompoundInput;
import org.eads.scam.Compounds;
import org.eads.scam.VictimInput;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@ConditionalOnWebApplication
@RequestMapping(path = "/api/v1/scam/compounds", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Scam compounds", description = """
        Scam compounds, the people rescued from or trafficked into them (no names), and the campaigns linked to \
        them. victimsOfViewerNationality counts the victims of your member's nationality. Analysts and supervisors \
        enter compounds, victims and links; a linked campaign shows only if you may see one of its reports.""")
class CompoundApi {

    private final Compounds compounds;
    private final CurrentUser currentUser;

    CompoundApi(Compounds compounds, CurrentUser currentUser) {
        this.compounds = compounds;
        this.currentUser = currentUser;
    }

    record Created(long id) {
    }

    @GetMapping
    @Operation(summary = "Every compound, with its victims and the linked campaigns you may see")
    List<Compound> list() {
        return compounds.list(currentUser.get());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One compound, with its operators you may see")
    Compound view(@PathVariable long id) {
        return compounds.view(currentUser.get(), id);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a compound")
    Created create(@RequestBody CompoundInput body) {
        return new Created(compounds.create(currentUser.get(), body));
    }

    @PostMapping(path = "/{id}/victims", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a person rescued from or trafficked into the compound")
    Created victim(@PathVariable long id, @RequestBody VictimInput body) {
        return new Created(compounds.addVictim(currentUser.get(), id, body));
    }
}
