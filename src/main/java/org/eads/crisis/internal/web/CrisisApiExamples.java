package org.eads.crisis.internal.web;

/** Examples shown in the API documentation of the crises; the crisis API test sends the request examples. */
final class CrisisApiExamples {

    private CrisisApiExamples() {
    }

    static final String DECLARE = """
            {"type":"BOMBING","title":"Explosion at Jalan Bukit Bintang shopping centre",
             "place":"Jalan Bukit Bintang, Kuala Lumpur","latitude":3.1466,"longitude":101.7101,
             "occurredAt":"2026-11-23T08:15:00Z","dead":4,"injured":37,"missing":2,
             "distribution":"MEMBERS_AND_PARTNERS","exercise":false}""";

    static final String STATUS = """
            {"status":"CONTAINED","note":"Perimeter secured; no further devices found."}""";

    static final String CASUALTIES = """
            {"dead":6,"injured":41,"missing":0}""";

    static final String REQUEST = """
            {"resourceType":"DVI_TEAM","quantity":2,"neededBy":"2026-11-24T00:00:00Z",
             "place":"Hospital Kuala Lumpur mortuary","notes":"Teams with post-mortem odontology"}""";

    static final String OFFER = """
            {"response":"PARTIAL","quantity":1,"notes":"Team of 12 ready to fly from Changi at 18:00 UTC"}""";

    static final String DECLINE = """
            {"response":"DECLINE","reason":"Our DVI teams are deployed to the floods in the north"}""";

    static final String STATE = """
            {"state":"EN_ROUTE"}""";

    static final String SITREP = """
            {"text":"Second device found and rendered safe at 10:40 UTC. Area reopened except Lot 10.",
             "distribution":"MEMBERS"}""";

    static final String INTELLIGENCE = """
            {"kind":"VEHICLE_PLATE","value":"WXY 1234","note":"White Hilux seen leaving before the blast"}""";

    static final String INVALID = """
            {"type":"about:blank","title":"The request is not valid","status":400,
             "detail":"latitude: must be between -90 and 90 degrees; dead: must be 0 or more",
             "instance":"/api/v1/crises",
             "errors":[{"field":"latitude","message":"must be between -90 and 90 degrees"},
                       {"field":"dead","message":"must be 0 or more"}]}""";

    static final String NOT_FOUND = """
            {"type":"about:blank","title":"Not found","status":404,
             "detail":"Crisis 3f2b8c1e-6d4a-4f7e-9a1b-2c3d4e5f6a7b not found: it does not exist, or it is not distributed to your member",
             "instance":"/api/v1/crises/3f2b8c1e-6d4a-4f7e-9a1b-2c3d4e5f6a7b"}""";

    static final String ILLEGAL_STATE = """
            {"type":"about:blank","title":"Not possible in the present state","status":409,
             "detail":"A deployment that is OFFERED cannot become ON_SITE: it goes OFFERED, ACCEPTED, EN_ROUTE, ON_SITE, RELEASED in that order, and may be released at any point after its acceptance",
             "instance":"/api/v1/crises/3f2b8c1e-6d4a-4f7e-9a1b-2c3d4e5f6a7b/offers/9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f/state"}""";
}
