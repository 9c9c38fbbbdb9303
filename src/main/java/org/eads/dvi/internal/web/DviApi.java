package org.eads.dvi.internal.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.eads.dvi.DviOperations;
import org.eads.identity.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/dvi", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Disaster victim identification", description = """
        DVI operations after a mass-casualty event. Only the members taking part in an operation (and the \
        Secretariat) see it and its files; another operation answers 404.""")
class DviApi {

    private final DviOperations operations;
    private final CurrentUser currentUser;

    DviApi(DviOperations operations, CurrentUser currentUser) {
        this.operations = operations;
        this.currentUser = currentUser;
    }

    @PostMapping(path = "/operations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Open a DVI operation led by your member",
            description = "name, place, occurredOn (date), crisisId (optional), frequencyTable (default "
                    + "\"East Asia 2023\"), theta (default 0.01), mutationRate (default 0.002), missingReported, "
                    + "members taking part (alpha-3 codes).")
    ResponseEntity<org.eads.dvi.Operation> open(@RequestBody org.eads.dvi.Operation.Input input) {
        org.eads.dvi.Operation o = operations.open(currentUser.get(), input);
        return ResponseEntity.created(URI.create("/api/v1/dvi/operations/" + o.id())).body(o);
    }

    @GetMapping("/operations")
    @Operation(summary = "Operations your member takes part in, newest first")
    List<org.eads.dvi.Operation> list() {
        return operations.list(currentUser.get());
    }

    @GetMapping("/operations/{id}")
    @Operation(summary = "One operation")
    org.eads.dvi.Operation get(@PathVariable UUID id) {
        return operations.get(currentUser.get(), id);
    }
}
