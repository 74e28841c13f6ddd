package dev.hybridstore.coreapi.admin;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/** Requests to /admin with the test run's token. */
final class AdminApi {

    private AdminApi() {
    }

    static RequestSpecification admin() {
        return given().header("Authorization", "Bearer " + AdminProfiles.TOKEN);
    }

    /** Brings the database to the latest schema, as an operator would. */
    static void upgrade(ScratchDatabase db) {
        admin().queryParam("database", db.name()).post("/admin/db/migrations/upgrade").then().statusCode(200);
    }
}
