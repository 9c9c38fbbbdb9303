package org.eads.records.internal.web;

/** Examples shown in the API documentation; a test sends each request example, so they stay true. */
final class ApiExamples {

    private ApiExamples() {
    }

    static final String PERSON = """
            {"type":"PERSON","names":[{"full":"Ahmad Faizal bin Rahman"}],"dateOfBirth":"1984-03-12",
             "nationalities":["MYS"],"sharingLevel":"NATIONAL"}""";

    static final String PERSON_FULL = """
            {"type":"PERSON",
             "names":[{"full":"สมชาย ใจดี","latin":"Somchai Jaidee","kind":"PRIMARY"},
                      {"full":"Chai","kind":"ALIAS"}],
             "sex":"MALE","dateOfBirth":"1979-11","placeOfBirth":"Chiang Mai","nationalities":["THA"],
             "identityDocuments":[{"type":"PASSPORT","number":"AA1234567","country":"THA"}],
             "distinguishingMarks":["scar on left forearm"],"status":"WANTED","crimeAreas":["ILLICIT_DRUG_TRAFFICKING"],
             "summary":"Wanted for trafficking methamphetamine across the Mekong.",
             "sharingLevel":"SELECTED","sharedWith":["LAO","MYS"],"handlingCodes":["H0","H2"],
             "classification":"CONFIDENTIAL","reviewDate":"2028-06-30"}""";

    static final String VEHICLE = """
            {"type":"VEHICLE","plate":"WXY 1234","plateCountry":"MYS","make":"Toyota","model":"Hilux",
             "colour":"white","year":2019,"status":"STOLEN","sharingLevel":"MEMBERS"}""";

    static final String UPDATE = """
            {"type":"PERSON","version":1,"names":[{"full":"Ahmad Faizal bin Abdul Rahman"}],
             "dateOfBirth":"1984-03-12","nationalities":["MYS"],"sharingLevel":"MEMBERS","handlingCodes":["H1"]}""";

    static final String LINK = """
            {"to":"3f2b8c1e-6d4a-4f7e-9a1b-2c3d4e5f6a7b","kind":"ASSOCIATE_OF"}""";

    static final String INVALID = """
            {"type":"about:blank","title":"The request is not valid","status":400,
             "detail":"names: at least one name is required; sharingLevel: 'EVERYONE' is not one of NATIONAL, HIT_NO_HIT, SELECTED, MEMBERS, MEMBERS_AND_PARTNERS",
             "instance":"/api/v1/records",
             "errors":[{"field":"names","message":"at least one name is required"},
                       {"field":"sharingLevel","message":"'EVERYONE' is not one of NATIONAL, HIT_NO_HIT, SELECTED, MEMBERS, MEMBERS_AND_PARTNERS"}]}""";

    static final String STALE = """
            {"type":"about:blank","title":"The record was changed by someone else","status":409,
             "detail":"The record was changed by someone else: you edited version 1, it is now at version 2. Reload it and apply your change again.",
             "instance":"/api/v1/records/3f2b8c1e-6d4a-4f7e-9a1b-2c3d4e5f6a7b","currentVersion":2}""";

    static final String NOT_FOUND = """
            {"type":"about:blank","title":"Record not found","status":404,
             "detail":"No record 3f2b8c1e-6d4a-4f7e-9a1b-2c3d4e5f6a7b: it does not exist, or it is not shared with you",
             "instance":"/api/v1/records/3f2b8c1e-6d4a-4f7e-9a1b-2c3d4e5f6a7b"}""";
}
