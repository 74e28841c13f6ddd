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
}
