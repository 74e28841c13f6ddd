package dev.hybridstore.coreapi.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * ?page= and ?limit= of every offset-paged list, so their defaults and bounds are written once. Taken as
 * {@code @Valid @BeanParam Paging paging}: a violation names the query parameter, as on a method's own parameter.
 */
public class Paging {

    @QueryParam("page")
    @DefaultValue("1")
    @Min(1)
    int page;

    @QueryParam("limit")
    @DefaultValue("20")
    @Min(1)
    @Max(100)
    int limit;

    public int page() {
        return page;
    }

    public int limit() {
        return limit;
    }
}
