package org.eads.screening.internal.web;

import java.net.URI;
import java.time.Clock;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.eads.screening.internal.mrz.MachineReadableZone;
import org.eads.screening.internal.mrz.MrzFormatException;
import org.eads.screening.internal.mrz.MrzParser;
import org.eads.screening.internal.mrz.OcrTolerance;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/mrz}: reads a machine readable zone and says which check digits hold. */
@RestController
@RequestMapping("/api/v1/mrz")
@Tag(name = "MRZ", description = "ICAO Doc 9303 machine readable zones of passports, identity cards and visas")
class MrzApi {

    private final MrzParser parser = new MrzParser(Clock.systemUTC());

    /** The zone as pasted or scanned; {@code suggestCorrections} proposes fixes of usual OCR confusions. */
    record MrzRequest(String mrz, Boolean suggestCorrections) {
    }

    @PostMapping
    @Operation(summary = "Read a machine readable zone",
            description = "Accepts a TD1 (3 lines of 30), TD2 (2 x 36), TD3 (2 x 44) or visa zone, with or without "
                    + "line breaks. Returns the fields, every check digit with the digit expected and the one found, "
                    + "and problems such as impossible dates. A failed check digit is reported, not refused; text "
                    + "that is not a zone at all is a 400 that says which line and position are wrong.")
    MachineReadableZone read(@RequestBody MrzRequest request) {
        if (request == null || request.mrz() == null || request.mrz().isBlank()) {
            throw new MrzFormatException(0, 0, "Give the zone's text in the field 'mrz'");
        }
        return parser.parse(request.mrz(),
                Boolean.TRUE.equals(request.suggestCorrections()) ? OcrTolerance.SUGGEST_CORRECTIONS : OcrTolerance.EXACT);
    }

    @ExceptionHandler(MrzFormatException.class)
    ResponseEntity<ProblemDetail> notAZone(MrzFormatException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Not a machine readable zone");
        problem.setInstance(URI.create("/api/v1/mrz"));
        return ResponseEntity.badRequest().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
