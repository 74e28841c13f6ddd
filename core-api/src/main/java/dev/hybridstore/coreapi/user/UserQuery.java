package dev.hybridstore.coreapi.user;

/** A page request on users: seed 003's segment filters (null = any) and the keyset cursor. */
public record UserQuery(String region, String gender, String ageGroup, String after, int limit) {
}
