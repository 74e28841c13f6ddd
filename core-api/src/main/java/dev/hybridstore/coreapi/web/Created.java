package dev.hybridstore.coreapi.web;

import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;

/** A create's answer: 201 with the stored row, and where it is read as the Location. */
public final class Created {

    private Created() {
    }

    public static <T> RestResponse<T> at(String location, T row) {
        return RestResponse.ResponseBuilder.<T>created(URI.create(location)).entity(row).build();
    }
}
