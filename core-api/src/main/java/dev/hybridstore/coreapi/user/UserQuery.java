package dev.hybridstore.coreapi.user;

import dev.hybridstore.platform.problem.ProblemException;

/** A page request on users: seed 003's segment filters (null = any) and the keyset cursor. */
public record UserQuery(String region, String gender, String ageGroup, String after, int limit) {

    public UserQuery {
        gender = gender == null || gender.isBlank() ? null : gender;
        // The column is char(1): an unchecked "Fxyz" would be cut to "F" by the cast and match.
        if (gender != null && !gender.equals("M") && !gender.equals("F")) {
            throw ProblemException.invalidField("gender", "must be M or F");
        }
    }
}
